import { readSealedFile, writeSealedFileSync } from '../files/sealed-file.js';
import { VERSION as LEPTON_VERSION } from '../../version.js';
import { tagCacheFile } from './cache.js';

/**
 * The last rendered output of `lepton show`, kept beside the model's tag cache
 * (`<git dir>/lepton/tags/MODEL.shown`) so that a read whose inputs did not change prints it
 * without parsing or decoding the registry.
 *
 * What `show` prints is a pure function of: the registry (itself a pure function of the model's
 * tag listing: tag objects never change, the tag cache's own rule), the manifest's stage names
 * in their order (`showRegistry`), the renderer (named by its format) and the release of Lepton
 * (whose rules assemble, show and render). The memo is believed only under a head naming exactly
 * those: this memo format, this release, this model, the current listing's digest, the format,
 * the stage names. Nothing else reaches the output (no time, HEAD, environment or terminal).
 *
 * Layout: one sealed file (io/files/sealed-file.ts: a CRC-32 per section, read only as a
 * bounded regular file, written whole and renamed into place), three sections:
 *   0. the head, `["lepton-show-memo", 1, LEPTON_VERSION, MODEL, DIGEST, FORMAT, [STAGE…]]`;
 *   1. the tags `show` warns about (the result's `skipped`, `[{tag, reason}…]`), so that a
 *      memo's run warns as the run that rendered it did;
 *   2. the rendered bytes.
 * A file that fails any check is no memo. A checksum guards against accidents, not a forger.
 */

const FORMAT = 'lepton-show-memo';
/** Bump whenever the bytes change. */
const VERSION = 1;
const KIND = 'show-memo';
/** As the tag cache's bound: a larger output is not kept (nor a file found read). */
const MAX_BYTES = 256 << 20;

/** Everything a memo's bytes depend on besides the release and the model. */
export interface ShowMemoKey {
  /** The digest of the model's tag listing (`listModel`). */
  readonly digest: string;
  /** The renderer's name for its output's form (e.g. `Output.RESULT_FORMAT`). */
  readonly format: string;
  /** The manifest's stage names, in its order. */
  readonly stages: readonly string[];
}

export interface ShowMemo {
  /** The rendered output, byte for byte. */
  readonly bytes: Buffer;
  readonly skipped: readonly { readonly tag: string; readonly reason: string }[];
}

/** Where a model's memo is kept, beside its tag cache (no other cache file ends so). */
export const showMemoFile = (gitDir: string, model: string): string =>
  tagCacheFile(gitDir, model).replace(/\.json$/, '.shown');

const headOf = (model: string, key: ShowMemoKey): string =>
  JSON.stringify([FORMAT, VERSION, LEPTON_VERSION, model, key.digest, key.format, key.stages]);

/**
 * The memo kept for `model` under exactly `key` (and this release), or null: none, another
 * key's, damaged, or anything but a bounded regular file. Never throws.
 */
export function loadShowMemo(gitDir: string, model: string, key: ShowMemoKey): ShowMemo | null {
  const sealed = readSealedFile(showMemoFile(gitDir, model), KIND, MAX_BYTES);
  if (sealed === null || sealed.count !== 3) return null;
  // The head is compared byte for byte with the one this key makes: one JSON encoding.
  const head = sealed.section(0);
  if (head === null || !head.equals(Buffer.from(headOf(model, key)))) return null;
  const listed = sealed.section(1);
  const bytes = sealed.section(2);
  if (listed === null || bytes === null) return null;
  try {
    const skipped: unknown = JSON.parse(listed.toString('utf8'));
    if (!Array.isArray(skipped)) return null;
    const out: { tag: string; reason: string }[] = [];
    for (const s of skipped as unknown[]) {
      if (typeof s !== 'object' || s === null) return null;
      const { tag, reason } = s as { tag?: unknown; reason?: unknown };
      if (typeof tag !== 'string' || typeof reason !== 'string') return null;
      if (Object.keys(s).length !== 2) return null;
      out.push({ tag, reason });
    }
    return { bytes, skipped: out };
  } catch {
    return null;
  }
}

/**
 * Keeps `memo` under `key` (written whole, then renamed into place; without fsync: a torn file
 * fails its checksum). A read-only or vanished git directory, or an output past the bound, only
 * costs speed. Never throws.
 */
export function saveShowMemo(
  gitDir: string,
  model: string,
  key: ShowMemoKey,
  memo: ShowMemo,
): void {
  const skipped = memo.skipped.map((s) => ({ tag: s.tag, reason: s.reason }));
  writeSealedFileSync(
    showMemoFile(gitDir, model),
    KIND,
    [[Buffer.from(headOf(model, key))], [Buffer.from(JSON.stringify(skipped))], [memo.bytes]],
    MAX_BYTES,
  );
}
