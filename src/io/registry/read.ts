import { LeptonError } from '../../core/errors/index.js';
import {
  assembleRegistry,
  overviewOf,
  prepareTag,
  type PreparedTag,
  type RegistryOverview,
} from '../../core/registry/build.js';
import { modelRefPatterns } from '../../core/registry/names.js';
import type { RawTag, Registry } from '../../core/registry/types.js';
import { lastLines, type Git } from '../git.js';
import {
  listingDigest,
  loadOverview,
  openTagCache,
  saveOverview,
  saveTagCache,
  tagCacheFile,
  type CachedTag,
  type TagCache,
} from './cache.js';
import { ListingStream, ObjectStream, type Listed } from './tag-objects.js';

/** Names and object ids: what a listing asks of `for-each-ref` (no tag object is opened). */
const LISTING_FORMAT = '--format=%(refname:strip=2)%00%(objectname)';

/**
 * Everything one model's tags say. One `git for-each-ref` lists the model's tags by name and
 * object id; when that listing is byte for byte the one the tag cache was written from (same
 * SHA-256), the registry kept there is the answer, and no tag name is even parsed. Otherwise the
 * tags the cache lacks are read and the cache rewritten.
 *
 * @throws LeptonError `git` when git cannot list or read the tags.
 */
export async function readRegistry(git: Git, model: string): Promise<Registry> {
  return (await readModel(git, model, true)).registry;
}

/**
 * Every tag of one model (and only that model), records summarized, before the registry is
 * assembled from them. Updates the tag cache as `readRegistry` does.
 *
 * @throws LeptonError `git` when git cannot list or read the tags.
 */
export async function readPreparedTags(git: Git, model: string): Promise<PreparedTag[]> {
  return (await readModel(git, model, false)).prepared ?? [];
}

async function readModel(
  git: Git,
  model: string,
  kept: boolean,
): Promise<{ registry: Registry; prepared: PreparedTag[] | null }> {
  return registryOfModelListing(git, await listModel(git, model), kept);
}

/** registryOfListing for a listModel listing; outside a repository, no tags (not an error for a reader). */
function registryOfModelListing(
  git: Git,
  listing: ModelListing,
  kept: boolean,
): Promise<{ registry: Registry; prepared: PreparedTag[] | null }> {
  if (listing.gitDir === null) {
    return Promise.resolve({ registry: assembleRegistry(listing.model, []), prepared: [] });
  }
  const { gitDir, model, chunks, digest } = listing;
  return registryOfListing(git, gitDir, model, chunks, kept, digest);
}

/** One model's tag listing (names and object ids), as `for-each-ref` printed it. */
export interface ModelListing {
  readonly model: string;
  /** null outside a repository (no tags, no cache). */
  readonly gitDir: string | null;
  readonly chunks: readonly Buffer[];
  /** SHA-256 (hex) of the listing's bytes: what the tag cache and the `show` memo are keyed by. */
  readonly digest: string;
}

/**
 * Lists one model's tags (one `git for-each-ref`, no tag object opened).
 *
 * @throws LeptonError `git` when git cannot list the tags.
 */
export async function listModel(git: Git, model: string): Promise<ModelListing> {
  const gitDir = await git.gitDir();
  if (gitDir === null) return { model, gitDir, chunks: [], digest: listingDigest([]) };
  const chunks: Buffer[] = [];
  const r = await git.run(['for-each-ref', LISTING_FORMAT, ...modelRefPatterns(model)], {
    allowFailure: true,
    onStdout: (chunk) => chunks.push(chunk),
  });
  if (r.code !== 0) {
    throw new LeptonError('git', `could not read the tags of ${model}: ${lastLines(r.stderr)}`);
  }
  return { model, gitDir, chunks, digest: listingDigest(chunks) };
}

/**
 * The registry a listing (`listModel`'s) names, as `readRegistry` reads it; `cached` says
 * whether the tag cache held it whole (the same listing was read before, and nothing was
 * rewritten).
 *
 * @throws LeptonError `git` when git cannot read the tags.
 */
export async function readRegistryOfListing(
  git: Git,
  listing: ModelListing,
): Promise<{ registry: Registry; cached: boolean }> {
  const { registry, prepared } = await registryOfModelListing(git, listing, true);
  return { registry, cached: prepared === null };
}

/**
 * The registries of many models, from one `git for-each-ref` over every tag: each model's
 * lines of it are byte for byte the listing `readRegistry` gets from the model's own patterns
 * (`NAME@*` and `NAME#*`, where `*` matches no `/`; for-each-ref sorts by name either way), so
 * each model's cache answers exactly as it would there. In `models`' order.
 *
 * @throws LeptonError `git` when git cannot list or read the tags.
 */
export async function readRegistries(git: Git, models: readonly string[]): Promise<Registry[]> {
  const out: Registry[] = [];
  await eachListing(git, models, async (gitDir, m, listing) => {
    out.push(
      gitDir === null
        ? assembleRegistry(m, [])
        : (await registryOfListing(git, gitDir, m, listing, true)).registry,
    );
  });
  return out;
}

/**
 * As `readRegistries`, each model's overview only (its latest version and stage holders): a
 * warm read parses a few bytes per model, not every version.
 *
 * @throws LeptonError `git` when git cannot list or read the tags.
 */
export async function readOverviews(
  git: Git,
  models: readonly string[],
): Promise<RegistryOverview[]> {
  const out: RegistryOverview[] = [];
  await eachListing(git, models, async (gitDir, m, listing) => {
    if (gitDir === null) return void out.push(overviewOf(assembleRegistry(m, [])));
    const file = tagCacheFile(gitDir, m);
    const digest = listingDigest(listing);
    const kept = loadOverview(file, m, digest);
    if (kept !== null) return void out.push(kept);
    const { registry, prepared } = await registryOfListing(git, gitDir, m, listing, true, digest);
    // The registry was the tag cache's own (which then was not rewritten): the overview alone is.
    if (prepared === null) await saveOverview(file, m, { digest, registry });
    out.push(overviewOf(registry));
  });
  return out;
}

/** Each model's listing (in `models`' order) from one `for-each-ref` over every tag. */
async function eachListing(
  git: Git,
  models: readonly string[],
  /** gitDir null: outside a repository, where there are no tags (not an error for a reader). */
  each: (gitDir: string | null, model: string, listing: Buffer[]) => Promise<void>,
): Promise<void> {
  const gitDir = await git.gitDir();
  if (gitDir === null) {
    for (const m of models) await each(null, m, []);
    return;
  }
  const chunks: Buffer[] = [];
  const r = await git.run(['for-each-ref', LISTING_FORMAT, 'refs/tags'], {
    allowFailure: true,
    onStdout: (chunk) => chunks.push(chunk),
  });
  if (r.code !== 0) {
    throw new LeptonError('git', `could not read the tags: ${lastLines(r.stderr)}`);
  }
  const lines = splitListing(Buffer.concat(chunks), models);
  for (const m of models) await each(gitDir, m, lines.get(inTag(m)) ?? []);
}

const inTag = (model: string) => model.replace(':', '=');
const AT = 0x40;
const HASH = 0x23;
const SLASH = 0x2f;
const NUL = 0;
const NEWLINE = 0x0a;

/**
 * Each model's lines of a whole listing, as bytes. A line is `NAME` + `@` or `#` + a rest with
 * no `/` before the NUL, as the model's patterns match (a NAME holds neither `@` nor `#`, so the
 * name before the first of them says whose a tag is).
 */
export function splitListing(out: Buffer, models: readonly string[]): Map<string, Buffer[]> {
  const byName = new Map<string, Buffer[]>(models.map((m) => [inTag(m), []]));
  // Sorted by name, a model's lines mostly follow one another: a line that starts with the
  // last line's name and its `@`/`#` is that model's again, found without a byte loop or a
  // decoded string.
  let last: Buffer | null = null;
  let lastFound: Buffer[] | undefined;
  for (let at = 0; at < out.length;) {
    const nul = out.indexOf(NUL, at);
    if (nul < 0) break; // no whole line left (for-each-ref always writes one)
    let eol = out.indexOf(NEWLINE, nul);
    eol = eol < 0 ? out.length : eol + 1;
    let cut: number;
    if (
      last !== null &&
      at + last.length < nul &&
      (out[at + last.length] === AT || out[at + last.length] === HASH) &&
      out.compare(last, 0, last.length, at, at + last.length) === 0
    ) {
      cut = at + last.length;
    } else {
      cut = at;
      while (cut < nul && out[cut] !== AT && out[cut] !== HASH) cut++;
      if (cut < nul) {
        last = out.subarray(at, cut);
        lastFound = byName.get(last.toString('utf8'));
      }
    }
    if (cut < nul && lastFound !== undefined) {
      let slash = cut + 1;
      while (slash < nul && out[slash] !== SLASH) slash++;
      if (slash === nul) lastFound.push(out.subarray(at, eol));
    }
    at = eol;
  }
  return byName;
}

/** The registry a model's listing (for-each-ref's output, as it came) names. */
async function registryOfListing(
  git: Git,
  gitDir: string,
  model: string,
  listing: readonly Buffer[],
  useKept: boolean,
  digest = listingDigest(listing),
): Promise<{ registry: Registry; prepared: PreparedTag[] | null }> {
  const file = tagCacheFile(gitDir, model);
  const cache = openTagCache(file, model);
  const kept = useKept ? (cache?.registry(digest) ?? null) : null;
  if (kept !== null) return { registry: kept, prepared: null };
  const { prepared, tags } = await prepareListed(git, model, cache, listing);
  const registry = assembleRegistry(model, prepared);
  await saveTagCache(file, model, tags, { digest, registry });
  return { registry, prepared };
}

/**
 * The tags of a listing, records summarized: the tag cache says which are known already, and
 * one `git cat-file --batch` per half, started at the first tag the cache lacks, reads the
 * others, parsed as git writes them. A cold read (no cache, as in a fresh clone) reads them all
 * that way. Only each record's summary is kept: thousands of whole records would only cost
 * garbage collection, and the few reads that want more ask git for that one tag again
 * (`readRecord`, records.ts). Also gives every tag as the cache should now hold it.
 */
async function prepareListed(
  git: Git,
  model: string,
  opened: TagCache | null,
  listing: readonly Buffer[],
): Promise<{ prepared: PreparedTag[]; tags: CachedTag[] }> {
  // Every tag in its listing's place (for-each-ref's order, by name), whichever git process
  // read it and whenever its output came: the registry's choice between tags of equal rank
  // (`NAME@vX.Y.Z#1`, `#2`) and the cache's sort then never depend on the processes' timing.
  const slots: (CachedTag | undefined)[] = [];
  const finish = (raw: RawTag, slot: number) => {
    const p = prepareTag(model, raw);
    // The message is not kept: the summary holds all a listing reads.
    const kept = p && { raw: { ...raw, message: '' }, tag: p.tag, summary: p.summary };
    // A name the patterns catch that is no GTO tag (`sentiment@foo`) is remembered as such.
    slots[slot] = { name: raw.name, object: raw.object ?? '', prepared: kept };
  };
  // A tag on a tag is peeled to what the innermost tag points at, once all are read (rare).
  const onTags: RawTag[] = [];
  const onTagSlots: number[] = [];
  const onTag = (raw: RawTag, slot: number) => {
    if (raw.targetType !== 'tag') return finish(raw, slot);
    onTags.push(raw);
    onTagSlots.push(slot);
  };
  // Two git processes, each asked for every other tag: one alone leaves Node waiting on
  // its pipe, and the pipe, not the parsing, is the slower half of a cold read.
  const fetches: ObjectFetch[] = [];
  let asked = 0;
  const cache = opened?.tags() ?? new Map<string, CachedTag>();
  const stream = new ListingStream((ref) => {
    const hit = cache.get(ref.name);
    if (hit !== undefined && hit.object === ref.object) {
      slots.push(hit);
      return;
    }
    if (fetches.length === 0) fetches.push(fetchObjects(git, onTag), fetchObjects(git, onTag));
    (fetches[asked++ % fetches.length] as ObjectFetch).request(ref, slots.push(undefined) - 1);
  });
  for (const chunk of listing) {
    stream.write(chunk);
    for (const f of fetches) f.flush();
  }
  stream.end();
  for (const f of fetches) f.end();
  const listed = stream.count;
  if (fetches.length !== 0) {
    for (const failure of await Promise.all(fetches.map((f) => f.done))) {
      if (failure !== null) {
        throw new LeptonError('git', `could not read the tags of ${model}: ${failure}`);
      }
    }
    const peeled = await peel(git, onTags);
    for (let i = 0; i < peeled.length; i++) finish(peeled[i] as RawTag, onTagSlots[i] as number);
  }
  const tags: CachedTag[] = [];
  const prepared: PreparedTag[] = [];
  for (const t of slots) {
    if (t === undefined) continue;
    tags.push(t);
    if (t.prepared) prepared.push(t.prepared);
  }
  if (listed !== slots.length || tags.length !== slots.length) {
    throw new LeptonError('git', `could not read the tags of ${model}: output cut short`);
  }
  return { prepared, tags };
}

/**
 * Tags whose target is another tag, with `commit` and `targetType` of the object at the end
 * of the chain (`X^{}`), from one `git cat-file --batch-check`.
 */
async function peel(git: Git, raws: readonly RawTag[]): Promise<RawTag[]> {
  if (raws.length === 0) return [];
  const r = await git.run(['cat-file', '--batch-check', '--buffer'], {
    input: raws.map((t) => `${t.commit}^{}\n`).join(''),
    allowFailure: true,
  });
  const lines = r.stdout.split('\n');
  return raws.map((raw, i) => {
    const [id = '', type = ''] = (lines[i] ?? '').split(' ');
    // `X^{} missing` when the chain is broken: the tag then points at nothing usable.
    return type === 'missing' || id === ''
      ? { ...raw, targetType: 'missing object' }
      : { ...raw, commit: id, targetType: type };
  });
}

interface ObjectFetch {
  /** Asks for one more ref's object (sent to git at the next flush); `slot` is handed back with it. */
  request(ref: Listed, slot: number): void;
  /** Sends what was asked for since the last flush, in one write. */
  flush(): void;
  /** No more requests. */
  end(): void;
  /** Settles once git is done: null, or why not every object was read. */
  readonly done: Promise<string | null>;
}

/** One `git cat-file --batch` that reads objects as they are asked for, in that order. */
function fetchObjects(git: Git, onTag: (raw: RawTag, slot: number) => void): ObjectFetch {
  const refs: Listed[] = [];
  const slots: number[] = [];
  let read = 0;
  // Objects come back in the order asked for: the n-th is the n-th request's.
  const stream = new ObjectStream(refs, (raw) => onTag(raw, slots[read++] as number));
  let write: (text: string) => void = () => {};
  let end!: () => void;
  const fed = new Promise<void>((resolve) => (end = resolve));
  const done = git
    .run(['cat-file', '--batch', '--buffer'], {
      allowFailure: true,
      feed: (w) => {
        write = w;
        return fed;
      },
      onStdout: (chunk) => stream.write(chunk),
    })
    .then(
      (r) =>
        r.code !== 0
          ? lastLines(r.stderr)
          : !stream.done
            ? (stream.failure ?? 'output cut short')
            : null,
      (e: Error) => e.message,
    );
  let ids = '';
  const flush = () => {
    if (ids) write(ids);
    ids = '';
  };
  return {
    request: (ref, slot) => {
      refs.push(ref);
      slots.push(slot);
      ids += `${ref.object}\n`;
    },
    flush,
    end: () => {
      flush();
      end();
    },
    done,
  };
}
