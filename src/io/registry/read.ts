import { LeptonError } from '../../core/errors/index.js';
import { prepareTag, type PreparedTag } from '../../core/registry/build.js';
import { modelRefPatterns } from '../../core/registry/names.js';
import type { RawTag } from '../../core/registry/types.js';
import { lastLines, type Git } from '../git.js';
import { loadTagCache, saveTagCache, tagCacheFile, type CachedTag } from './cache.js';
import { ListingStream, ObjectStream, type Listed } from './tag-objects.js';

/**
 * Every tag of one model (and only that model), records summarized. One `for-each-ref` lists
 * names and object ids (fast for any number of tags: no object is opened); the tag cache
 * says which are known already, and one `git cat-file --batch`, started at the first tag the
 * cache lacks, reads the others while the listing goes on, parsed as git writes them. A cold
 * read (no cache, as in a fresh clone) reads them all that way. Only each record's summary is
 * kept: thousands of whole records would only cost garbage collection, and the few reads that
 * want more ask git for that one tag again (`readRecord`, records.ts).
 */
export async function readPreparedTags(git: Git, model: string): Promise<PreparedTag[]> {
  const gitDir = await git.gitDir();
  if (gitDir === null) return []; // outside a repository there are no tags: not an error for a reader
  const file = tagCacheFile(gitDir, model);

  const prepared: PreparedTag[] = [];
  const known: CachedTag[] = [];
  const fresh: CachedTag[] = [];
  const finish = (raw: RawTag) => {
    const p = prepareTag(model, raw);
    // The message is not kept: the summary holds all a listing reads.
    const kept = p && { raw: { ...raw, message: '' }, tag: p.tag, summary: p.summary };
    if (kept) prepared.push(kept);
    // A name the patterns catch that is no GTO tag (`sentiment@foo`) is remembered as such.
    fresh.push({ name: raw.name, object: raw.object ?? '', prepared: kept });
  };
  // A tag on a tag is peeled to what the innermost tag points at, once all are read (rare).
  const onTags: RawTag[] = [];
  const onTag = (raw: RawTag) => (raw.targetType === 'tag' ? onTags.push(raw) : finish(raw));
  // Two git processes, each asked for every other tag: one alone leaves Node waiting on
  // its pipe, and the pipe, not the parsing, is the slower half of a cold read.
  let fetches: ObjectFetch[] | null = null;
  let asked = 0;
  // Assigned below, after git is started; read only by the listing's callbacks, which run later.
  // eslint-disable-next-line prefer-const
  let cache: Map<string, CachedTag> | undefined;
  const listing = listTags(
    git,
    model,
    (ref) => {
      const hit = cache?.get(ref.name);
      if (hit !== undefined && hit.object === ref.object) {
        known.push(hit);
        if (hit.prepared) prepared.push(hit.prepared);
        return;
      }
      fetches ??= [fetchObjects(git, onTag), fetchObjects(git, onTag)];
      (fetches[asked++ % fetches.length] as ObjectFetch).request(ref);
    },
    () => fetches?.forEach((f) => f.flush()),
  );
  // Read while git lists: the listing's lines are handled once this returns.
  cache = loadTagCache(file, model);
  const listed = await listing.finally(() => fetches?.forEach((f) => f.end()));
  if (fetches === null) return prepared;
  for (const failure of await Promise.all((fetches as ObjectFetch[]).map((f) => f.done))) {
    if (failure !== null) {
      throw new LeptonError('git', `could not read the tags of ${model}: ${failure}`);
    }
  }
  for (const raw of await peel(git, onTags)) finish(raw);
  if (listed !== known.length + fresh.length) {
    throw new LeptonError('git', `could not read the tags of ${model}: output cut short`);
  }
  await saveTagCache(file, model, [...known, ...fresh]);
  return prepared;
}

/**
 * Tags whose target is another tag, with `commit` and `targetType` of the object at the end
 * of the chain (`X^{}`), from one `git cat-file --batch-check`.
 */
async function peel(git: Git, raws: readonly RawTag[]): Promise<RawTag[]> {
  if (raws.length === 0) return [];
  const r = await git.run(['cat-file', '--batch-check'], {
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

/**
 * Names and object ids only: no tag object is opened, so this is fast for any number of tags.
 * Each ref goes to `onRef` as its line arrives; resolves with how many there were.
 */
async function listTags(
  git: Git,
  model: string,
  onRef: (ref: Listed) => void,
  onChunkEnd: () => void,
): Promise<number> {
  const listing = new ListingStream(onRef);
  const r = await git.run(
    ['for-each-ref', '--format=%(refname:strip=2)%00%(objectname)', ...modelRefPatterns(model)],
    {
      allowFailure: true,
      onStdout: (chunk) => {
        listing.write(chunk);
        onChunkEnd();
      },
    },
  );
  if (r.code !== 0) {
    if ((await git.gitDir()) === null) return 0;
    throw new LeptonError('git', `could not read the tags of ${model}: ${lastLines(r.stderr)}`);
  }
  listing.end();
  return listing.count;
}

interface ObjectFetch {
  /** Asks for one more ref's object (sent to git at the next flush). */
  request(ref: Listed): void;
  /** Sends what was asked for since the last flush, in one write. */
  flush(): void;
  /** No more requests. */
  end(): void;
  /** Settles once git is done: null, or why not every object was read. */
  readonly done: Promise<string | null>;
}

/** One `git cat-file --batch` that reads objects as they are asked for, in that order. */
function fetchObjects(git: Git, onTag: (raw: RawTag, text: Buffer) => void): ObjectFetch {
  const refs: Listed[] = [];
  const stream = new ObjectStream(refs, onTag);
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
    request: (ref) => {
      refs.push(ref);
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
