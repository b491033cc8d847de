import type { Changed } from '../fingerprint/types.js';
import type { VersionRef } from '../registry/types.js';
import { quotedName } from '../fingerprint/names.js';

type Parts = Readonly<Record<string, { readonly hash: string; readonly files: number }>>;

/** What the status report reads of `status`'s result (`StatusResult` has all of it). */
export interface StatusReportSource {
  readonly model: string;
  readonly fingerprint: string;
  readonly components: Parts;
  readonly data: Parts;
  readonly latest: VersionRef | null;
  readonly changed: Changed;
  /** Each part's files (`status --files`), listed under the part. */
  readonly files?: {
    readonly components: Readonly<Record<string, readonly string[]>>;
    readonly data: Readonly<Record<string, readonly string[]>>;
    readonly eval?: readonly string[];
  };
}

/**
 * `lepton status` for a terminal: the fingerprint, what changed, each part's hash and file count
 * (and, with `files`, the files under each part, quoted as git quotes names: fingerprint/names.ts
 * `quotedName`; `--json` gives them exactly, an escaped byte as the lone surrogate `\udcXX`).
 */
export function statusText(r: StatusReportSource): string {
  const lines = [`${r.model}  ${r.fingerprint}`];
  const changed = r.changed.components.length + r.changed.data.length;
  if (r.latest === null) lines.push('no version recorded yet');
  else if (changed === 0) lines.push(`unchanged since ${r.latest.tag}`);
  else lines.push(`${changed} part${changed === 1 ? '' : 's'} changed since ${r.latest.tag}`);
  const names = [
    ...Object.keys(r.components),
    ...Object.keys(r.data),
    ...r.changed.components,
    ...r.changed.data,
  ];
  const width = Math.max(...names.map((n) => n.length), 4);
  const section = (
    title: string,
    parts: Parts,
    changedNames: readonly string[],
    lists?: Readonly<Record<string, readonly string[]>>,
  ) => {
    const keys = Object.keys(parts);
    const removed = changedNames.filter((n) => !(n in parts));
    if (keys.length === 0 && removed.length === 0) return;
    lines.push('', title);
    for (const name of keys) {
      const p = parts[name] as { hash: string; files: number };
      const mark = r.latest && changedNames.includes(name) ? '  changed' : '';
      lines.push(
        `  ${name.padEnd(width)}  ${p.hash.slice(0, 19)}  ${p.files} file${p.files === 1 ? '' : 's'}${mark}`,
      );
      for (const f of lists?.[name] ?? []) lines.push(`      ${quotedName(f)}`);
    }
    for (const name of removed) lines.push(`  ${name.padEnd(width)}  (removed)`);
  };
  section('components', r.components, r.changed.components, r.files?.components);
  section('data', r.data, r.changed.data, r.files?.data);
  if (r.files?.eval?.length) {
    lines.push('', "eval's own files (in the eval settings, not the fingerprint)");
    for (const f of r.files.eval) lines.push(`      ${quotedName(f)}`);
  }
  return lines.join('\n');
}
