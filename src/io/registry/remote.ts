import {
  eventCounterRef,
  eventCounterRefspec,
  modelRefPatterns,
  parseTagName,
} from '../../core/registry/names.js';
import { LeptonError } from '../../core/errors/index.js';
import { lastLines, type Git, type GitResult } from '../git.js';

/** The remote's event counter as this repository last fetched it. */
export interface EventCounter {
  readonly ref: string;
  /** The tag object the counter holds; null when the remote has no counter yet. */
  readonly object: string | null;
  /** The N of the tag it holds (0 when none, or when that object is not a numbered tag). */
  readonly n: number;
}

/** A model's event tag to push with its counter: the push succeeds only if the counter still holds `counter.object`. */
export interface CounterUpdate {
  readonly counter: EventCounter;
  /** The tag object the counter moves to (the event's own tag). */
  readonly object: string;
}

export type PushOutcome =
  /** The remote took the tag. */
  | { readonly status: 'pushed' }
  /** The remote already had this very tag object. */
  | { readonly status: 'up-to-date' }
  /**
   * Refused because the remote's refs are not what this run decided on: a concurrent run took
   * the tag's name or moved the event counter (or held its lock for a moment). Read again, decide again.
   */
  | { readonly status: 'taken'; readonly detail: string }
  /** Refused for another reason (a hook, a protected or hidden ref, permissions): retrying cannot help. */
  | {
      readonly status: 'refused';
      readonly detail: string;
      readonly remoteLines: readonly string[];
      /** The refs refused for a reason of their own (not only because the atomic push failed). */
      readonly causes: readonly string[];
      /**
       * Refs the remote took all the same: git 2.39's receive-pack refuses a hidden ref outside
       * the atomic transaction, so the other refs of the push still land.
       */
      readonly landed: readonly string[];
    }
  /** No verdict: the remote could not be reached, or git failed before any ref was judged. */
  | { readonly status: 'failed'; readonly detail: string; readonly remoteLines: readonly string[] };

/**
 * Reasons git prints for a ref whose refusal says the remote's refs changed under this run
 * (client side, from what the remote advertised): the name exists, or the counter's lease failed.
 */
const TAKEN_REASONS = new Set(['already exists', 'stale info', 'fetch first', 'non-fast-forward']);
/** Printed for the other refs of an `--atomic` push when one was refused: the cause is elsewhere. */
const COMPANION_REASONS = new Set(['atomic push failed', 'atomic push failure']);
/**
 * The remote's ref transaction failed (`receive-pack`): a race when another push held the lock
 * or wrote the ref first (git says so in its `remote: error: cannot lock ref …` line), anything
 * else (permissions, a full disk) is not.
 */
const TRANSACTION_REASONS = new Set(['atomic transaction failed', 'failed to update ref']);
const RACE_IN_TRANSACTION =
  /File exists|reference already exists|but expected|reference is missing/;

interface PorcelainLine {
  readonly flag: string;
  /** The `to` side of `from:to`. */
  readonly ref: string;
  readonly summary: string;
  readonly reason: string | null;
}

/**
 * Parses `git push --porcelain` output. git-push(1), "OUTPUT"
 * (https://git-scm.com/docs/git-push#_output): with `--porcelain` each ref is one line on
 * stdout, `<flag> TAB <from>:<to> TAB <summary> (<reason>)`, where flag is `' '` fast-forward,
 * `+` forced update, `-` deleted, `*` new ref, `!` rejected or failed to push, `=` up to date;
 * summary is e.g. `[new tag]`, `[up to date]`, `[rejected]`, `[remote rejected]`,
 * `[remote failure]`; the reason (in parentheses) explains a failed ref. The remote's own messages
 * (a hook's stderr) arrive on stderr as `remote: …` lines.
 */
export function parsePorcelain(stdout: string): PorcelainLine[] {
  const lines: PorcelainLine[] = [];
  for (const line of stdout.split('\n')) {
    const fields = line.split('\t');
    if (fields.length < 3) continue;
    const [flag = '', fromTo = '', rest = ''] = fields;
    const colon = fromTo.indexOf(':');
    if (flag.length !== 1 || colon < 0) continue;
    const m = /^(.*?)(?: \((.*)\))?$/.exec(rest.trim());
    lines.push({
      flag,
      ref: fromTo.slice(colon + 1),
      summary: m?.[1] ?? rest,
      reason: m?.[2] ?? null,
    });
  }
  return lines;
}

/** The remote's messages in git's stderr (`remote: …`), without the prefix and git's padding. */
export function remoteLines(stderr: string): string[] {
  return stderr
    .split('\n')
    .filter((l) => l.startsWith('remote: '))
    .map((l) => l.slice('remote: '.length).trimEnd())
    .filter((l) => l !== '')
    .slice(0, 20);
}

/** What one push's per-ref verdicts mean for the refs it pushed (see {@link PushOutcome}). */
export function classifyPush(
  code: number,
  stdout: string,
  stderr: string,
  tagRef: string,
  refs: readonly string[],
): PushOutcome {
  const verdicts = parsePorcelain(stdout).filter((l) => refs.includes(l.ref));
  const fromRemote = remoteLines(stderr);
  const tag = verdicts.find((l) => l.ref === tagRef);
  if (code === 0 && verdicts.length === refs.length && verdicts.every((l) => l.flag !== '!')) {
    return tag?.flag === '=' ? { status: 'up-to-date' } : { status: 'pushed' };
  }
  const rejected = verdicts.filter((l) => l.flag === '!');
  if (rejected.length === 0) {
    return { status: 'failed', detail: lastLines(stderr || stdout), remoteLines: fromRemote };
  }
  const causes = rejected.filter((l) => !COMPANION_REASONS.has(l.reason ?? ''));
  const detail = (causes.length ? causes : rejected)
    .map((l) => `${l.ref}: ${l.summary}${l.reason ? ` (${l.reason})` : ''}`)
    .join('; ');
  const race =
    causes.length > 0 &&
    causes.every(
      (l) =>
        (l.summary === '[rejected]' && TAKEN_REASONS.has(l.reason ?? '')) ||
        (l.summary === '[remote rejected]' &&
          TRANSACTION_REASONS.has(l.reason ?? '') &&
          RACE_IN_TRANSACTION.test(stderr)),
    );
  return race
    ? { status: 'taken', detail }
    : {
        status: 'refused',
        detail,
        remoteLines: fromRemote,
        causes: causes.map((l) => l.ref),
        landed: verdicts.filter((l) => l.flag !== '!').map((l) => l.ref),
      };
}

/** A ref pushed with a tag in its atomic push (a version's samples blob, contract §11). */
export interface ExtraRef {
  readonly ref: string;
  /** The object id it names; the ref must not exist on the remote, or already name this. */
  readonly object: string;
}

/**
 * Pushes one tag with `git push --atomic --porcelain`; with `counter`, also moves the model's
 * event counter to the tag, leased on the value this run decided on (`--force-with-lease`), in
 * the same atomic push: both land, or neither.
 */
export async function pushTag(
  git: Git,
  remote: string,
  tag: string,
  counter?: CounterUpdate,
  extra: readonly ExtraRef[] = [],
): Promise<PushOutcome> {
  const ref = `refs/tags/${tag}`;
  const args = ['push', '--porcelain', '--atomic'];
  const refspecs = [`${ref}:${ref}`];
  const refs = [ref];
  if (counter) {
    // An empty expected value means "must not exist yet" (git-push(1), --force-with-lease).
    args.push(`--force-with-lease=${counter.counter.ref}:${counter.counter.object ?? ''}`);
    refspecs.push(`${counter.object}:${counter.counter.ref}`);
    refs.push(counter.counter.ref);
  }
  for (const e of extra) {
    // Must not exist yet, or hold this very object (then git reports it up to date).
    args.push(`--force-with-lease=${e.ref}:`);
    refspecs.push(`${e.object}:${e.ref}`);
    refs.push(e.ref);
  }
  const r = await git.run([...args, remote, ...refspecs], { allowFailure: true });
  return classifyPush(r.code, r.stdout, r.stderr, ref, refs);
}

/** The objects the remote's refs hold (missing refs are absent); throws (git) when unreachable. */
export async function remoteRefs(
  git: Git,
  remote: string,
  refs: readonly string[],
): Promise<Map<string, string>> {
  const r = await git.run(['ls-remote', remote, ...refs]);
  const found = new Map<string, string>();
  for (const line of r.stdout.split('\n')) {
    const [object, name] = line.split('\t');
    if (object && name && refs.includes(name)) found.set(name, object);
  }
  return found;
}

/** The object the remote's tag holds, null when it has none; throws (git) when unreachable. */
export async function remoteTagObject(
  git: Git,
  remote: string,
  tag: string,
): Promise<string | null> {
  const ref = `refs/tags/${tag}`;
  return (await remoteRefs(git, remote, [ref])).get(ref) ?? null;
}

/** What a fetch of a model's tags did. */
export interface TagFetch {
  /** Tags it created here (` * [new tag]` lines), local names. */
  readonly created: readonly string[];
  /**
   * Local tags it kept although the remote's tag of the same name differs (git: "would clobber
   * existing tag"): never moved or deleted; the other tags were fetched all the same.
   */
  readonly kept: readonly string[];
}

/** A URL's userinfo (`https://user:token@host`, `https://token@host`) as `***`. */
export const maskUrls = (text: string): string =>
  text.replace(/([a-z][a-z0-9+.-]*:\/\/)[^\s/?#@]+@/gi, '$1***@');

/**
 * git's own reason for a failed command, from its stderr: its `! [...]` ref lines and its
 * `error:`/`fatal:` lines (else its last lines), at most `n` lines of 300 characters, URLs'
 * credentials masked; `exit CODE` when it said nothing.
 */
export function gitReason(stderr: string, code: number, n = 5): string {
  const lines = stderr.split('\n').map((l) => l.trim());
  const said = lines.filter((l) => /^! \[|^(error|fatal):/.test(l));
  const chosen = (said.length ? said : lines.filter(Boolean).slice(-3)).slice(0, n);
  const more = said.length > n ? ` (and ${said.length - n} more)` : '';
  const text = chosen.map((l) => (l.length > 300 ? `${l.slice(0, 299)}…` : l)).join('; ');
  return text ? maskUrls(text) + more : `exit ${code}`;
}

const NEW_TAG = /^ \* \[new tag\]\s+\S+\s+->\s+(\S+)/;
const CLOBBER = /^ ! \[rejected\]\s+\S+\s+->\s+(\S+)\s+\(would clobber existing tag\)$/;

/**
 * Reads a tag fetch's result (git run with LC_ALL=C, without --quiet): what it created and the
 * local tags it kept. A fetch whose only refusals are tags that would clobber local ones
 * succeeded for every other ref (git updates refs one by one unless --atomic).
 *
 * @throws LeptonError 'git' naming git's reason (gitReason) for any other failure.
 */
export function readTagFetch(r: GitResult): TagFetch {
  const lines = r.stderr.split('\n');
  const created = lines.flatMap((l) => NEW_TAG.exec(l)?.[1] ?? []);
  const kept = lines.flatMap((l) => CLOBBER.exec(l)?.[1] ?? []);
  if (r.code !== 0) {
    const other = lines.some(
      (l) => (/^ ! \[/.test(l) && !CLOBBER.test(l)) || /^(error|fatal):/.test(l),
    );
    if (kept.length === 0 || other) {
      throw new LeptonError('git', `git fetch failed: ${gitReason(r.stderr, r.code)}`);
    }
  }
  return { created, kept };
}

/** The warning for tags a fetch kept (TagFetch.kept), or null when it kept none. */
export function keptTagsWarning(remote: string, fetched: TagFetch): string | null {
  if (fetched.kept.length === 0) return null;
  const names = fetched.kept.slice(0, 5).join(', ');
  const more = fetched.kept.length > 5 ? ` and ${fetched.kept.length - 5} more` : '';
  return `kept the local tag(s) ${names}${more}: ${remote}'s tags of the same name differ (git: would clobber existing tag); the local ones are neither moved nor deleted, and ${remote}'s other tags were fetched`;
}

/**
 * Fetches the remote's tags of one model into the local tags, and its event counter into the
 * local mirror of it. Tags are never forced: a local tag that differs from the remote's of the
 * same name is kept (named in the result, and to `warn` when given) and the others are fetched.
 * The counter is a mirror, so it is.
 *
 * @throws LeptonError 'git' with git's reason when the fetch fails otherwise.
 */
export async function fetchModelTags(
  git: Git,
  remote: string,
  model: string,
  warn?: (message: string) => void,
): Promise<TagFetch> {
  // Not --quiet: its ` * [new tag]` and ` ! [rejected]` lines say what came and what was kept.
  const r = await git.run(
    [
      'fetch',
      '--no-tags',
      '--no-write-fetch-head',
      remote,
      ...modelRefPatterns(model).map((p) => `${p}:${p}`),
      eventCounterRefspec(model),
    ],
    { allowFailure: true },
  );
  const fetched = readTagFetch(r);
  const kept = keptTagsWarning(remote, fetched);
  if (kept !== null) warn?.(kept);
  return fetched;
}

/** The model's event counter as last fetched (see {@link eventCounterRef}). */
export async function readEventCounter(git: Git, model: string): Promise<EventCounter> {
  const ref = eventCounterRef(model);
  // %(tag) is the name inside the tag object: the counter's N, even if that tag was removed since.
  const r = await git.run(['for-each-ref', '--format=%(objectname) %(tag)', ref]);
  const [object, name = ''] = r.stdout.trim().split(' ');
  if (!object) return { ref, object: null, n: 0 };
  return { ref, object, n: parseTagName(name)?.n ?? 0 };
}

/**
 * Sets the local mirror of the counter to what the remote holds (removing it when the remote has
 * none): a fetch never removes a ref, so a counter deleted or hidden on the remote would
 * otherwise be expected there for ever.
 */
export async function syncEventCounter(
  git: Git,
  model: string,
  remoteObject: string | null,
): Promise<void> {
  const ref = eventCounterRef(model);
  const local = (await readEventCounter(git, model)).object;
  if (local === remoteObject) return;
  if (remoteObject === null) await git.run(['update-ref', '-d', ref]);
  // Otherwise the next fetch brings the object and the value.
}
