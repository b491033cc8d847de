import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  Scalar,
  type Document,
  type LineCounter,
  type Node,
  type YAMLMap,
} from 'yaml';

/** Where a key path points in the YAML source: the key itself, the value, or the nearest existing ancestor. */
export interface Located {
  readonly line: number;
  readonly column: number;
}

type Segment = string | number;

/**
 * `at: 'key'` points at the mapping key (unknown keys, bad names);
 * `at: 'value'` at the value (wrong types, bad values).
 */
export function locate(
  doc: Document,
  counter: LineCounter,
  path: readonly Segment[],
  at: 'key' | 'value' = 'value',
): Located {
  let node: unknown = doc.contents;
  let best: number = offsetOf(node) ?? 0;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && keyText(p.key) === String(seg));
      if (!pair) break;
      const keyOff = offsetOf(pair.key);
      if (last && at === 'key' && keyOff !== undefined) {
        best = keyOff;
        break;
      }
      // A key with no value (`staging:`) has no value node: point at the key.
      node = pair.value;
      best = offsetOf(node) ?? keyOff ?? best;
    } else if (isSeq(node) && (typeof seg === 'number' || /^\d+$/.test(String(seg)))) {
      // A list index, as a number or as the digits a key path of strings holds (`eval.metrics.2`).
      node = node.items[Number(seg)];
      best = offsetOf(node) ?? best;
    } else {
      break;
    }
  }
  const pos = counter.linePos(best);
  return { line: pos.line, column: pos.col };
}

function keyText(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  return undefined;
}

function offsetOf(node: unknown): number | undefined {
  const range = (node as Node | null | undefined)?.range;
  return Array.isArray(range) ? range[0] : undefined;
}

/** A mapping key that appears twice in one mapping: its path (ending in the key) and the offset of the second. */
export interface DuplicateKey {
  readonly path: readonly Segment[];
  readonly key: string;
  readonly offset: number;
}

/**
 * Every repeated key of every mapping, with its key path. One set per
 * mapping, so this is linear in the document; the YAML parser's own
 * `uniqueKeys` check compares each key with every earlier one (quadratic: a
 * 40,000-component manifest took over a minute) and reports no key path.
 * Iterative, so a deeply nested document cannot overflow the stack.
 */
export function duplicateKeys(doc: Document): DuplicateKey[] {
  const out: DuplicateKey[] = [];
  eachMapping(doc, (map, path) => {
    const seen = new Set<string>();
    for (const pair of map.items) {
      const key = keyText(pair.key);
      if (key === undefined) continue;
      if (seen.has(key)) {
        out.push({ path: [...path, key], key, offset: offsetOf(pair.key) ?? 0 });
      } else seen.add(key);
    }
  });
  return out.sort((a, b) => a.offset - b.offset);
}

/**
 * Calls `visit` with every mapping of the document and its key path (children under keys with
 * text only). Iterative, so a deeply nested document cannot overflow the stack; linear.
 */
function eachMapping(
  doc: Document,
  visit: (map: YAMLMap<unknown, unknown>, path: Segment[]) => void,
): void {
  const stack: { node: unknown; path: Segment[] }[] = [{ node: doc.contents, path: [] }];
  while (stack.length) {
    const { node, path } = stack.pop() as { node: unknown; path: Segment[] };
    if (isMap(node)) {
      visit(node, path);
      for (const pair of node.items) {
        const key = keyText(pair.key);
        if (key !== undefined) stack.push({ node: pair.value, path: [...path, key] });
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => stack.push({ node: item, path: [...path, i] }));
    }
  }
}

/**
 * A mapping key the manifest refuses: an alias (`*k : b`) or a YAML 1.1 merge key (`<<: *base`).
 * `path` is the mapping's key path and then the key as written (`*k`, `<<`); `offset` is the key's.
 * `resolves` is the text an alias key stands for, when it stands for text.
 */
export interface RefusedKey {
  readonly kind: 'alias' | 'merge';
  readonly path: readonly Segment[];
  readonly offset: number;
  readonly resolves?: string;
}

/**
 * Every alias key and plain `<<` key in the document. An alias key resolves to its anchor's text
 * only when the document is converted, so a key path or duplicate check on the written keys
 * misses it (`*k : b` with `&k model` sets `model` a second time). The parser (YAML 1.2, no
 * `merge` option) reads `<<` as an ordinary key, which no manifest mapping takes; refused by
 * name rather than reported as an unknown key or a strange threshold. A quoted `"<<"` is text.
 * Iterative, linear in the document, like `duplicateKeys`.
 */
export function refusedKeys(doc: Document): RefusedKey[] {
  const out: RefusedKey[] = [];
  eachMapping(doc, (map, path) => {
    for (const pair of map.items) {
      const offset = offsetOf(pair.key) ?? 0;
      if (isAlias(pair.key)) {
        const target = pair.key.resolve(doc);
        out.push({
          kind: 'alias',
          path: [...path, `*${pair.key.source}`],
          offset,
          ...(isScalar(target) && { resolves: String(target.value) }),
        });
      } else if (isScalar(pair.key) && pair.key.value === '<<' && pair.key.type === Scalar.PLAIN) {
        out.push({ kind: 'merge', path: [...path, '<<'], offset });
      }
    }
  });
  return out.sort((a, b) => a.offset - b.offset);
}

/**
 * The key path of the entry whose text holds `offset` (`eval.command` for a syntax error inside
 * that value), for errors the YAML parser reports by position only. It stops at a node that
 * starts at or after the offset: that node is what the parser made of the broken text (a
 * nested mapping out of `echo {"a": 1}`), not something the author wrote; and it does not step
 * into a flow collection (`[…]`, `{…}`), which an unclosed bracket fills with the lines after it.
 * @returns the segments, empty when the offset is outside every entry
 */
export function pathAt(doc: Document, offset: number): Segment[] {
  const path: Segment[] = [];
  let node: unknown = doc.contents;
  // Bounded by the document's depth; each step goes one level down.
  for (;;) {
    if (isMap(node)) {
      const pair = node.items.find((p) => {
        const start = offsetOf(p.key);
        const end = endOf(p.value) ?? endOf(p.key);
        return start !== undefined && end !== undefined && start <= offset && offset <= end;
      });
      const key = pair && keyText(pair.key);
      if (key === undefined) break;
      path.push(key);
      node = pair?.value;
    } else if (isSeq(node)) {
      const i = node.items.findIndex((n) => {
        const start = offsetOf(n);
        const end = endOf(n);
        return start !== undefined && end !== undefined && start <= offset && offset <= end;
      });
      if (i < 0) break;
      path.push(i);
      node = node.items[i];
    } else break;
    // Inside an unclosed `[`/`{` the parser reads what follows as items: no key the author wrote.
    if ((offsetOf(node) ?? -1) >= offset || ((isMap(node) || isSeq(node)) && node.flow)) break;
  }
  return path;
}

/** Where a node's value ends (before trailing comments and blank lines). */
function endOf(node: unknown): number | undefined {
  const range = (node as Node | null | undefined)?.range;
  return Array.isArray(range) ? range[1] : undefined;
}
