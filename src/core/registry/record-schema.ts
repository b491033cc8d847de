import type { TagRecord } from './types.js';

/**
 * What a record read back from a tag must look like before anything trusts it. Tags are
 * written by other tools and other versions of Lepton too, so unknown keys are kept and a
 * record that does not fit is treated as absent (the tag still counts), never as an error.
 *
 * Checked by hand rather than with a schema library: `lepton show` reads thousands of these
 * per run, and this is a tenth of the cost.
 */

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown) => typeof v === 'string';
const strOrNull = (v: unknown) => v === null || typeof v === 'string';
const numOrNull = (v: unknown) => v === null || typeof v === 'number';

function mapOf(v: unknown, ok: (x: unknown) => boolean): boolean {
  if (!isObj(v)) return false;
  for (const k in v) if (!ok(v[k])) return false;
  return true;
}

const RULES = new Set(['min', 'max', 'max_drop', 'max_rise']);
const LEVELS = new Set(['error', 'warn']);

function isCheck(c: unknown): boolean {
  return (
    isObj(c) &&
    str(c.metric) &&
    RULES.has(c.rule as string) &&
    (typeof c.bound === 'number' || typeof c.bound === 'string') &&
    numOrNull(c.baseline) &&
    numOrNull(c.actual) &&
    typeof c.passed === 'boolean' &&
    LEVELS.has(c.level as string) &&
    strOrNull(c.reason)
  );
}

const checks = (v: unknown) => Array.isArray(v) && v.every(isCheck);

const ignoredList = (v: unknown) =>
  Array.isArray(v) &&
  v.every(
    (i) =>
      isObj(i) &&
      str(i.metric) &&
      (i.value === null || typeof i.value === 'string' || typeof i.value === 'boolean') &&
      (i.what === undefined || str(i.what)),
  );

const finite = (x: unknown) => typeof x === 'number' && Number.isFinite(x);
const count = (x: unknown) => Number.isSafeInteger(x) && (x as number) > 0;
// {value, ci: [lo, hi], n} per metric (contract §11).
const isInterval = (i: unknown) =>
  isObj(i) &&
  finite(i.value) &&
  Array.isArray(i.ci) &&
  i.ci.length === 2 &&
  i.ci.every(finite) &&
  count(i.n);
const isSamplesRef = (s: unknown) =>
  isObj(s) &&
  typeof s.blob === 'string' &&
  /^([0-9a-f]{40}|[0-9a-f]{64})$/.test(s.blob) &&
  count(s.n);

function isVersionRecord(r: Obj): boolean {
  const b = r.baseline;
  const a = r.artifact;
  return (
    str(r.version) &&
    str(r.commit) &&
    str(r.fingerprint) &&
    mapOf(r.components, str) &&
    mapOf(r.data, str) &&
    mapOf(r.metrics, (x) => typeof x === 'number' && Number.isFinite(x)) &&
    (r.ignored === undefined || ignoredList(r.ignored)) &&
    (r.intervals === undefined || mapOf(r.intervals, isInterval)) &&
    (r.samples === undefined || isSamplesRef(r.samples)) &&
    checks(r.checks) &&
    typeof r.passed === 'boolean' &&
    (b === null || (isObj(b) && str(b.version) && str(b.tag))) &&
    str(r.evalSettings) &&
    typeof r.reused === 'boolean' &&
    strOrNull(r.runUrl) &&
    (a === null || (isObj(a) && (isActionsArtifact(a) || isStoredArtifact(a))))
  );
}

// An Actions artifact (id, url), a model-store one (ref, digest), or both in one object.
const isActionsArtifact = (a: Obj) =>
  typeof a.id === 'number' && strOrNull(a.url) && (a.ref === undefined || isStoredArtifact(a));
const isStoredArtifact = (a: Obj) =>
  str(a.ref) && typeof a.digest === 'string' && /^sha256:[0-9a-f]{64}$/.test(a.digest);

function isStageRecord(r: Obj): boolean {
  return (
    str(r.version) &&
    str(r.stage) &&
    Number.isInteger(r.n) &&
    checks(r.checks) &&
    str(r.promotedBy) &&
    strOrNull(r.runUrl)
  );
}

const isRef = (v: unknown) => isObj(v) && str(v.version) && str(v.tag);

// A rollback's record (contract §7): `at` is its time, there is no `created`.
function isUnassignRecord(r: Obj): boolean {
  return (
    str(r.stage) &&
    str(r.version) &&
    Number.isInteger(r.n) &&
    isRef(r.from) &&
    (r.from as Obj).version === r.version &&
    (r.to === null || isRef(r.to)) &&
    str(r.reason) &&
    str(r.by) &&
    str(r.at) &&
    strOrNull(r.runUrl) &&
    (r.exitCode === undefined || r.exitCode === null || Number.isInteger(r.exitCode))
  );
}

/** The record if `value` is one, else null. */
export function asRecord(value: unknown): TagRecord | null {
  if (!isObj(value) || value.schema !== 1 || !str(value.model)) return null;
  if (value.kind === 'unassign')
    return isUnassignRecord(value) ? (value as unknown as TagRecord) : null;
  if (!str(value.created)) return null;
  if (value.kind === 'version')
    return isVersionRecord(value) ? (value as unknown as TagRecord) : null;
  if (value.kind === 'stage') return isStageRecord(value) ? (value as unknown as TagRecord) : null;
  return null;
}
