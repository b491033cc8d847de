import { parse } from 'yaml';

/**
 * A DVC `.dvc` file stands for data DVC keeps out of git: it contributes the
 * hashes and sizes it records for each output, never the data.
 *
 * DVC 3 writes, per output, `md5`, `size`, `hash: md5` and `path`, and for a
 * directory `md5: <hex>.dir` plus `nfiles`; DVC 2 omits `hash` (its md5 is of
 * a different kind, so the marker is kept in the record).
 */
export interface DvcOut {
  readonly path: string;
  /** DVC's hash-kind marker (`md5` in DVC 3), null when absent (DVC 2). */
  readonly hashName: string | null;
  /** `<hex>` for a file, `<hex>.dir` for a directory. */
  readonly md5: string;
  readonly size: number | null;
  readonly nfiles: number | null;
}

export type DvcParse =
  | { readonly ok: true; readonly outs: readonly DvcOut[] }
  | { readonly ok: false; readonly reason: string };

const MD5 = /^[0-9a-f]{32}(\.dir)?$/;

export function isDvcFile(path: string): boolean {
  return path.endsWith('.dvc') && !path.endsWith('/.dvc') && path !== '.dvc';
}

/** The outputs a `.dvc` file records, or why it cannot be read as one. */
export function parseDvcFile(text: string): DvcParse {
  let doc: unknown;
  try {
    doc = parse(text);
  } catch (e) {
    return { ok: false, reason: `not valid YAML (${(e as Error).message.split('\n')[0]})` };
  }
  if (!isRecord(doc) || !Array.isArray(doc.outs) || doc.outs.length === 0) {
    return { ok: false, reason: 'expected an `outs:` list' };
  }
  const outs: DvcOut[] = [];
  for (const [i, raw] of (doc.outs as unknown[]).entries()) {
    if (!isRecord(raw)) return { ok: false, reason: `outs[${i}] is not a mapping` };
    const { path, md5, size, nfiles, hash } = raw;
    if (typeof path !== 'string' || path === '') {
      return { ok: false, reason: `outs[${i}] has no path` };
    }
    if (typeof md5 !== 'string' || !MD5.test(md5)) {
      return {
        ok: false,
        reason: `output "${path}" records no md5 (run \`dvc commit\` so it records its data)`,
      };
    }
    if (size !== undefined && !isCount(size)) {
      return { ok: false, reason: `output "${path}" has a size that is not a whole number` };
    }
    if (nfiles !== undefined && !isCount(nfiles)) {
      return { ok: false, reason: `output "${path}" has an nfiles that is not a whole number` };
    }
    if (hash !== undefined && typeof hash !== 'string') {
      return { ok: false, reason: `output "${path}" has a hash marker that is not a string` };
    }
    outs.push({
      path,
      hashName: hash ?? null,
      md5,
      size: size ?? null,
      nfiles: nfiles ?? null,
    });
  }
  return { ok: true, outs };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isCount(v: unknown): v is number {
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
}
