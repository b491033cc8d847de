import { LeptonError } from '../errors/index.js';
import type { Samples } from './samples.js';

/**
 * The stored form of a version's per-example values (a git blob the record names).
 *
 *   "lepton-samples/1\n" + one JSON header line + the ids as a JSON array (UTF-8, byte length
 *   in the header) + one block per column
 *
 * A column of small non-negative integers (0/1 correctness, counts) is stored one byte per
 * example. A column of decimals with at most 9 places (what evals print) is stored exactly as
 * int32 multiples of 10^-k; any other column as float32. Both 4-byte kinds are split into
 * four byte planes (all first bytes, then all second bytes, …), the "shuffle" filter of
 * Blosc/HDF5, so that git's zlib finds the runs in the high bytes. float32 keeps 7 significant
 * digits: stored values serve only to pair a later run's examples with these, where that
 * precision is far below any interval's width; the version's own interval is computed from the
 * eval's full-precision file. 100,000 examples with a 0/1 column, a 4-place and a 6-place
 * column take about 0.67 MB once git has compressed them.
 */
const MAGIC = 'lepton-samples/1\n';

interface Header {
  readonly n: number;
  readonly idBytes: number;
  readonly columns: readonly {
    readonly name: string;
    readonly type: 'u8' | 'f32' | 'dec';
    readonly places?: number;
  }[];
}

const isSmallInts = (v: Float64Array) => v.every((x) => Number.isInteger(x) && x >= 0 && x <= 255);

/** The fewest decimal places (≤ 9) that write every value exactly as an int32 multiple, or null. */
function decimalPlaces(values: Float64Array): number | null {
  for (let k = 0; k <= 9; k++) {
    const scale = 10 ** k;
    if (values.every((v) => Math.abs(v * scale) < 2 ** 31 && Math.round(v * scale) / scale === v))
      return k;
  }
  return null;
}

function shuffled(words: Int32Array | Float32Array): Uint8Array {
  const bytes = new Uint8Array(words.buffer);
  const out = new Uint8Array(bytes.length);
  const n = words.length;
  for (let i = 0; i < n; i++)
    for (let p = 0; p < 4; p++) out[p * n + i] = bytes[i * 4 + p] as number;
  return out;
}

function unshuffled(planes: Uint8Array, n: number): ArrayBuffer {
  const bytes = new Uint8Array(n * 4);
  for (let i = 0; i < n; i++)
    for (let p = 0; p < 4; p++) bytes[i * 4 + p] = planes[p * n + i] as number;
  return bytes.buffer;
}

function encodeColumn(name: string, v: Float64Array) {
  if (isSmallInts(v)) return { name, type: 'u8' as const, bytes: Uint8Array.from(v) };
  const places = decimalPlaces(v);
  if (places !== null) {
    const scale = 10 ** places;
    const ints = Int32Array.from(v, (x) => Math.round(x * scale));
    return { name, type: 'dec' as const, places, bytes: shuffled(ints) };
  }
  return { name, type: 'f32' as const, bytes: shuffled(new Float32Array(v)) };
}

/** Encodes samples for storage (see the format above). */
export function encodeSamples(samples: Samples): Uint8Array {
  const enc = new TextEncoder();
  const ids = enc.encode(JSON.stringify(samples.ids));
  const names = Object.keys(samples.columns).sort();
  const blocks = names.map((name) => encodeColumn(name, samples.columns[name] as Float64Array));
  const header: Header = {
    n: samples.ids.length,
    idBytes: ids.length,
    columns: blocks.map(({ name, type, ...rest }) => ({
      name,
      type,
      ...('places' in rest && { places: rest.places }),
    })),
  };
  const head = enc.encode(`${MAGIC}${JSON.stringify(header)}\n`);
  const parts = [head, ids, ...blocks.map((b) => b.bytes)];
  const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * Decodes what `encodeSamples` wrote.
 * @throws LeptonError kind `git` when the bytes are not a samples blob of this format
 */
export function decodeSamples(bytes: Uint8Array, source: string): Samples {
  const bad = (why: string): never => {
    throw new LeptonError('git', `${source} is not a Lepton samples blob: ${why}`);
  };
  const dec = new TextDecoder();
  const magic = dec.decode(bytes.subarray(0, MAGIC.length));
  if (magic !== MAGIC) bad('wrong format line');
  const nl = bytes.indexOf(10, MAGIC.length);
  if (nl < 0) bad('no header');
  let header: Header;
  try {
    header = JSON.parse(dec.decode(bytes.subarray(MAGIC.length, nl))) as Header;
  } catch {
    return bad('header is not JSON');
  }
  const { n, idBytes, columns } = header;
  if (!Number.isInteger(n) || n < 0 || !Number.isInteger(idBytes) || !Array.isArray(columns))
    bad('header fields');
  let at = nl + 1;
  let ids: unknown;
  try {
    ids = JSON.parse(dec.decode(bytes.subarray(at, at + idBytes)));
  } catch {
    bad('ids are not JSON');
  }
  if (!Array.isArray(ids) || ids.length !== n || !ids.every((i) => typeof i === 'string'))
    bad('id count');
  at += idBytes;
  const out: Record<string, Float64Array> = {};
  for (const c of columns) {
    const size = c.type === 'u8' ? n : n * 4;
    if (at + size > bytes.length) bad(`column ${c.name} is cut short`);
    const block = bytes.slice(at, at + size);
    if (c.type === 'u8') out[c.name] = Float64Array.from(block);
    else if (c.type === 'f32')
      out[c.name] = new Float64Array(new Float32Array(unshuffled(block, n)));
    else {
      const scale = 10 ** (c.places ?? 0);
      out[c.name] = Float64Array.from(new Int32Array(unshuffled(block, n)), (x) => x / scale);
    }
    at += size;
  }
  if (at !== bytes.length) bad('trailing bytes');
  return { ids: ids as string[], columns: out };
}
