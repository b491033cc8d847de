import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { LeptonError } from '../core/errors/index.js';
import { readReportExtras } from './result-extras.js';
import type { Check, CheckRule } from '../core/gate/types.js';
import { isSemver, isValidName } from '../core/registry/names.js';
import type { VersionRef } from '../core/registry/types.js';
import type { ReportInput } from '../core/report/types.js';
import type { GitHubClient } from '../io/github/octokit.js';
import { loadArtifactClient } from '../io/services/artifact-client.js';

/**
 * The result an unprivileged `command: eval` job hands to the privileged `command: comment`
 * job (GitHub's split for untrusted pull requests). It is the pull request's output — its code
 * ran in the job that made it and could replace it — so the comment job validates every field
 * and re-renders the report from the structured `reportInput`, never posting `report` as is.
 */
export interface ResultDocument {
  readonly kind: 'lepton-result';
  readonly schema: 1;
  readonly model: string;
  /** The pull request's head commit the eval ran for (40 hex digits). */
  readonly headSha: string;
  /**
   * Present when the eval ran on a merge of `headSha` (GitHub's `refs/pull/N/merge`, what
   * actions/checkout checks out by default): that commit and its other parent, the base's tip.
   * The comment names it as the evaluated commit. Absent in results from before it existed.
   */
  readonly merge?: { readonly commit: string; readonly base: string };
  readonly pullRequest: number;
  readonly passed: boolean;
  /** The Markdown report as the eval job rendered it (for people; the comment job ignores it). */
  readonly report: string;
  readonly reportInput: ReportInput;
}

/** Artifacts named with this prefix and the model: `lepton-result-sentiment`. */
export const RESULT_ARTIFACT_PREFIX = 'lepton-result-';
const RESULT_FILE = 'result.json';
/** A result far larger than any report is refused unread. */
const MAX_RESULT_BYTES = 2 * 1024 * 1024;
const MAX_ZIP_BYTES = 8 * 1024 * 1024;
const MAX_ARTIFACTS = 50;

/**
 * Uploads `doc` as the artifact `lepton-result-MODEL` (`result.json` and `report.md`). Without
 * the runner's artifact service (a local run) or on a service error: warns, returns null.
 */
export async function uploadResult(
  doc: ResultDocument,
  env: Readonly<NodeJS.ProcessEnv>,
  tempDir: string,
  log: { warn(m: string): void; info(m: string): void },
): Promise<number | null> {
  const name = `${RESULT_ARTIFACT_PREFIX}${doc.model}`;
  if (!env.ACTIONS_RUNTIME_TOKEN || !env.ACTIONS_RESULTS_URL) {
    log.warn(`the Actions artifact service is not available here: ${name} is not uploaded`);
    return null;
  }
  const dir = await mkdtemp(join(tempDir, 'lepton-result-'));
  try {
    const files = [join(dir, RESULT_FILE), join(dir, 'report.md')];
    await writeFile(files[0]!, JSON.stringify(doc, null, 2) + '\n');
    await writeFile(files[1]!, doc.report);
    const r = await new (await loadArtifactClient())().uploadArtifact(name, files, dir, {
      retentionDays: 7,
    });
    log.info(
      `uploaded ${name} (artifact ${r.id ?? '?'}) for pull request #${doc.pullRequest} at ${doc.headSha}: the comment job posts it`,
    );
    return r.id ?? null;
  } catch (e) {
    log.warn(`could not upload ${name}: ${(e as Error).message}`);
    return null;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** One result artifact of a run, as downloaded: its name and the unvalidated `result.json`. */
export interface DownloadedResult {
  readonly artifact: string;
  readonly json: unknown;
}

/**
 * Every `lepton-result-*` artifact of workflow run `runId`, through the REST API (`actions: read`).
 * The zip is read in memory and only `result.json` is taken from it: an untrusted archive is
 * never extracted to disk (no path in it is ever used). Size-bounded; throws `invalid` on a
 * malformed archive or a missing/oversized `result.json`.
 */
export async function downloadResults(
  client: GitHubClient,
  repo: { owner: string; repo: string },
  runId: number,
): Promise<DownloadedResult[]> {
  const listed = await client.rest.actions.listWorkflowRunArtifacts({
    ...repo,
    run_id: runId,
    per_page: 100,
  });
  const ours = listed.data.artifacts
    .filter((a) => a.name.startsWith(RESULT_ARTIFACT_PREFIX) && !a.expired)
    .slice(0, MAX_ARTIFACTS);
  const out: DownloadedResult[] = [];
  for (const a of ours) {
    if (a.size_in_bytes > MAX_ZIP_BYTES) {
      throw new LeptonError(
        'invalid',
        `artifact ${a.name} is ${a.size_in_bytes} bytes: too large for a result`,
      );
    }
    const r = await client.rest.actions.downloadArtifact({
      ...repo,
      artifact_id: a.id,
      archive_format: 'zip',
      request: { redirect: 'manual' },
    });
    const location = (r.headers as Record<string, unknown>).location;
    const zip =
      typeof location === 'string'
        ? await fetchBounded(location)
        : Buffer.from(r.data as ArrayBuffer);
    const text = readZipEntry(zip, RESULT_FILE, MAX_RESULT_BYTES, a.name).toString('utf8');
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (e) {
      throw new LeptonError(
        'invalid',
        `artifact ${a.name}: result.json is not JSON (${(e as Error).message})`,
      );
    }
    out.push({ artifact: a.name, json });
  }
  return out;
}

/** GETs a signed blob URL (no credentials sent), refusing more than MAX_ZIP_BYTES. */
async function fetchBounded(url: string): Promise<Buffer> {
  const res = await fetch(url, { redirect: 'follow' });
  if (!res.ok || !res.body)
    throw new LeptonError('invalid', `artifact download failed: HTTP ${res.status}`);
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.length;
    if (size > MAX_ZIP_BYTES)
      throw new LeptonError('invalid', 'artifact download is too large for a result');
    parts.push(Buffer.from(chunk));
  }
  return Buffer.concat(parts);
}

/**
 * The bytes of the entry `name` of a zip archive held in memory (stored or deflated), found
 * through the central directory. Refuses an entry larger than `max` before inflating it, and
 * inflation itself is capped at `max`.
 */
export function readZipEntry(zip: Buffer, name: string, max: number, what = 'the archive'): Buffer {
  const bad = (why: string) => new LeptonError('invalid', `${what}: ${why}`);
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw bad('not a zip archive');
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  for (let n = 0; n < count; n++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== 0x02014b50)
      throw bad('a broken zip directory');
    const method = zip.readUInt16LE(at + 10);
    const compressed = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLen = zip.readUInt16LE(at + 28);
    const extraLen = zip.readUInt16LE(at + 30);
    const commentLen = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const entry = zip.subarray(at + 46, at + 46 + nameLen).toString('utf8');
    at += 46 + nameLen + extraLen + commentLen;
    if (entry !== name) continue;
    if (size > max) throw bad(`${name} is ${size} bytes (at most ${max})`);
    if (local + 30 > zip.length || zip.readUInt32LE(local) !== 0x04034b50)
      throw bad('a broken zip entry');
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + compressed);
    if (data.length !== compressed) throw bad('a truncated zip entry');
    if (method === 0) return Buffer.from(data);
    if (method === 8) {
      try {
        return inflateRawSync(data, { maxOutputLength: max });
      } catch (e) {
        throw bad(`${name} does not inflate: ${(e as Error).message}`);
      }
    }
    throw bad(`${name} uses zip method ${method}`);
  }
  throw bad(`no ${name} in it`);
}

// ── validation: the document is untrusted input ────────────────────────────────────────────

const SHA = /^[0-9a-f]{40}$/;
const RULES: readonly CheckRule[] = ['min', 'max', 'max_drop', 'max_rise'];
const MAX_TEXT = 1000;
const MAX_ITEMS = 2000;

class Invalid extends Error {}

const fail = (path: string, what: string): never => {
  throw new Invalid(`${path}: ${what}`);
};
const obj = (v: unknown, path: string): Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)
    ? (v as Record<string, unknown>)
    : fail(path, 'expected an object');
const str = (v: unknown, path: string, max = MAX_TEXT): string =>
  typeof v === 'string' && v.length <= max && !v.includes('\0')
    ? v
    : fail(path, `expected a string of at most ${max} characters`);
const bool = (v: unknown, path: string): boolean =>
  typeof v === 'boolean' ? v : fail(path, 'expected true or false');
const num = (v: unknown, path: string): number =>
  typeof v === 'number' && Number.isFinite(v) ? v : fail(path, 'expected a finite number');
const arr = (v: unknown, path: string): unknown[] =>
  Array.isArray(v) && v.length <= MAX_ITEMS
    ? v
    : fail(path, `expected a list of at most ${MAX_ITEMS}`);
const nullable = <T>(v: unknown, read: (x: unknown) => T): T | null =>
  v === null ? null : read(v);
const metrics = (v: unknown, path: string): Record<string, number> => {
  const o = obj(v, path);
  const keys = Object.keys(o);
  if (keys.length > MAX_ITEMS) fail(path, `more than ${MAX_ITEMS} metrics`);
  const out: Record<string, number> = Object.create(null) as Record<string, number>;
  for (const k of keys) out[str(k, `${path} key`)] = num(o[k], `${path}.${k}`);
  return out;
};
const versionRef = (v: unknown, path: string, model: string): VersionRef => {
  const o = obj(v, path);
  const version = str(o.version, `${path}.version`);
  if (!isSemver(version)) fail(`${path}.version`, 'expected X.Y.Z');
  // The tag is derived, never taken: nothing but the version reaches the report.
  return { version, tag: `${model}@v${version}` };
};

function check(v: unknown, path: string): Check {
  const o = obj(v, path);
  const rule = str(o.rule, `${path}.rule`) as CheckRule;
  if (!RULES.includes(rule)) fail(`${path}.rule`, `expected one of ${RULES.join(', ')}`);
  const level = str(o.level, `${path}.level`);
  if (level !== 'error' && level !== 'warn') fail(`${path}.level`, 'expected error or warn');
  const bound =
    typeof o.bound === 'number' ? num(o.bound, `${path}.bound`) : str(o.bound, `${path}.bound`, 40);
  return {
    metric: str(o.metric, `${path}.metric`),
    rule,
    bound,
    baseline: nullable(o.baseline, (x) => num(x, `${path}.baseline`)),
    actual: nullable(o.actual, (x) => num(x, `${path}.actual`)),
    passed: bool(o.passed, `${path}.passed`),
    level: level as Check['level'],
    reason: nullable(o.reason, (x) => str(x, `${path}.reason`)),
  };
}

/**
 * Checks an untrusted result document field by field and rebuilds it from what passed (no
 * field is copied through unchecked; unknown fields are dropped). `passed` must agree with the
 * checks it summarises. Throws an `invalid` LeptonError naming the artifact and the field.
 */
export function validateResult(json: unknown, artifact: string): ResultDocument {
  try {
    const o = obj(json, 'result');
    if (o.kind !== 'lepton-result' || o.schema !== 1)
      fail('result', 'not a Lepton result (kind/schema)');
    const model = str(o.model, 'model', 100);
    if (!isValidName(model) || artifact !== `${RESULT_ARTIFACT_PREFIX}${model}`) {
      fail('model', `expected the model the artifact is named for (${artifact})`);
    }
    const headSha = str(o.headSha, 'headSha');
    if (!SHA.test(headSha)) fail('headSha', 'expected 40 hex digits');
    let merge: { commit: string; base: string } | undefined;
    if (o.merge !== undefined && o.merge !== null) {
      const m = obj(o.merge, 'merge');
      const commit = str(m.commit, 'merge.commit');
      const base = str(m.base, 'merge.base');
      if (!SHA.test(commit)) fail('merge.commit', 'expected 40 hex digits');
      if (!SHA.test(base)) fail('merge.base', 'expected 40 hex digits');
      merge = { commit, base };
    }
    const pullRequest = num(o.pullRequest, 'pullRequest');
    if (!Number.isSafeInteger(pullRequest) || pullRequest < 1)
      fail('pullRequest', 'expected a pull request number');
    const ri = obj(o.reportInput, 'reportInput');
    if (ri.model !== model) fail('reportInput.model', 'expected the result’s model');
    const checks = arr(ri.checks, 'reportInput.checks').map((c, i) =>
      check(c, `reportInput.checks[${i}]`),
    );
    const passed = bool(o.passed, 'passed');
    const recomputed = checks.every((c) => c.passed || c.level !== 'error');
    if (passed !== recomputed || bool(ri.passed, 'reportInput.passed') !== passed) {
      fail('passed', 'does not agree with the checks');
    }
    const changed = obj(ri.changed, 'reportInput.changed');
    const names = (v: unknown, p: string) => arr(v, p).map((x, i) => str(x, `${p}[${i}]`));
    const reportInput: ReportInput = {
      model,
      passed,
      baseline: nullable(ri.baseline, (x) => versionRef(x, 'reportInput.baseline', model)),
      baselineMetrics: nullable(ri.baselineMetrics, (x) =>
        metrics(x, 'reportInput.baselineMetrics'),
      ),
      metrics: metrics(ri.metrics, 'reportInput.metrics'),
      checks,
      changed: {
        components: names(changed.components, 'reportInput.changed.components'),
        data: names(changed.data, 'reportInput.changed.data'),
      },
      reused: bool(ri.reused, 'reportInput.reused'),
      reusedFrom: nullable(ri.reusedFrom, (x) => versionRef(x, 'reportInput.reusedFrom', model)),
      ...readReportExtras(ri, fail),
    };
    return {
      kind: 'lepton-result',
      schema: 1,
      model,
      headSha,
      ...(merge && { merge }),
      pullRequest,
      passed,
      report: '',
      reportInput,
    };
  } catch (e) {
    if (e instanceof Invalid) {
      throw new LeptonError(
        'invalid',
        `artifact ${artifact} is not a valid Lepton result: ${e.message}`,
      );
    }
    throw e;
  }
}
