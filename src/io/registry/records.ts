import { LeptonError } from '../../core/errors/index.js';
import { parseRecord } from '../../core/registry/message.js';
import type {
  RecordedEvent,
  RecordedRegistry,
  RecordedVersion,
  Registry,
  StageEvent,
  StageRecord,
  TagRecord,
  TagSummary,
  UnassignRecord,
  VersionEntry,
  VersionRecord,
} from '../../core/registry/types.js';
import { lastLines, type Git } from '../git.js';
import { ObjectStream, type Listed } from './tag-objects.js';

type AnyRecord = TagRecord;

/** A version or stage tag as a registry read gives it: where it is, and its record's summary. */
interface Summarized {
  readonly tag: string;
  readonly object: string;
  readonly summary: TagSummary | null;
}

/**
 * The whole record of a version (or stage event) of a registry read: the registry keeps only
 * each record's summary, so this reads the tag object again, with one `git cat-file`.
 *
 * @returns the record, null when the tag has none (its `summary` is null: no git call then).
 * @throws LeptonError `git` when the tag object cannot be read, or holds another record than
 *   the one summarized (a registry built by hand with a wrong object id).
 */
export async function readRecord(git: Git, entry: VersionEntry): Promise<VersionRecord | null>;
export async function readRecord(
  git: Git,
  entry: StageEvent,
): Promise<StageRecord | UnassignRecord | null>;
export async function readRecord(
  git: Git,
  entry: VersionEntry | StageEvent,
): Promise<AnyRecord | null> {
  if (entry.summary === null) return null;
  return (await readRecords(git, [entry])).get(entry.tag) ?? null;
}

/**
 * The whole records of many tags, by tag name, from one `git cat-file --batch` (the site
 * shows every record whole). Tags without a record (`summary` null) are left out.
 *
 * @throws LeptonError `git` as `readRecord`.
 */
export async function readRecords(
  git: Git,
  entries: readonly Summarized[],
): Promise<Map<string, AnyRecord>> {
  const out = new Map<string, AnyRecord>();
  const wanted = entries.filter((e) => e.summary !== null);
  if (wanted.length === 0) return out;
  const refs: Listed[] = [];
  for (const e of wanted)
    refs.push({ name: e.tag, object: e.object || (await objectOf(git, e.tag)) });
  const bySummary = new Map(wanted.map((e) => [e.tag, e.summary]));
  let mismatch: string | null = null;
  const stream = new ObjectStream(refs, (raw) => {
    const record = parseRecord(raw.message);
    const summary = bySummary.get(raw.name) ?? null;
    if (record && summary && sameRecord(record, summary)) out.set(raw.name, record);
    else mismatch ??= raw.name;
  });
  const r = await git.run(['cat-file', '--batch', '--buffer'], {
    allowFailure: true,
    input: refs.map((ref) => `${ref.object}\n`).join(''),
    onStdout: (chunk) => stream.write(chunk),
  });
  const failure =
    r.code !== 0
      ? lastLines(r.stderr)
      : !stream.done
        ? (stream.failure ?? 'output cut short')
        : null;
  if (failure !== null)
    throw new LeptonError('git', `could not read the records of ${wanted[0]?.tag}…: ${failure}`);
  if (mismatch !== null) {
    throw new LeptonError('git', `${mismatch} holds another record than the one read before`, [
      'run again: the tag was replaced meanwhile',
    ]);
  }
  return out;
}

/** The registry with every version's and event's whole record (one git process for all). */
export async function readRegistryRecords(git: Git, registry: Registry): Promise<RecordedRegistry> {
  return (await readRecordsOfRegistries(git, [registry]))[0] as RecordedRegistry;
}

/**
 * Many models' registries with their whole records, in order, from one `git cat-file` for all
 * (the site of a repository of many models).
 *
 * @throws LeptonError `git` as `readRecord`.
 */
export async function readRecordsOfRegistries(
  git: Git,
  registries: readonly Registry[],
): Promise<RecordedRegistry[]> {
  const records = await readRecords(
    git,
    registries.flatMap((r) => [...r.versions, ...r.events]),
  );
  return registries.map((registry) => {
    const versions: RecordedVersion[] = registry.versions.map((v) => ({
      ...v,
      record: (records.get(v.tag) as VersionRecord | undefined) ?? null,
    }));
    const events: RecordedEvent[] = registry.events.map((e) => ({
      ...e,
      record: (records.get(e.tag) as StageRecord | UnassignRecord | undefined) ?? null,
    }));
    return { ...registry, versions, events };
  });
}

/** A record is the summarized one when every summary key has the same value in it. */
function sameRecord(record: AnyRecord, summary: TagSummary): boolean {
  const r = record as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(summary)) {
    const v = r[key];
    if (v !== value && JSON.stringify(v) !== JSON.stringify(value)) return false;
  }
  return true;
}

/** The object a tag names now (for entries built without one). */
async function objectOf(git: Git, tag: string): Promise<string> {
  const r = await git.run(['rev-parse', '--verify', '--quiet', `refs/tags/${tag}`], {
    allowFailure: true,
  });
  if (r.code !== 0) throw new LeptonError('git', `${tag}: no such tag`);
  return r.stdout.trim();
}
