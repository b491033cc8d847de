import { LineCounter, parseDocument } from 'yaml';
import validSemver from 'semver/functions/valid.js';
import { normalize } from './normalize.js';
import { noiseIssues } from './noise-rules.js';
import { DURATION, ENV_NAME, HTTP_URL, OCI_STORE, PART_NAME, PERCENT, isName } from './patterns.js';
import { duplicateKeys, refusedKeys } from './positions.js';
import { isAbsolutePath, pathIssues, stageOrderIssues } from './rules.js';
import type { RawManifest } from './schema.js';
import type { ValidationResult } from './validate.js';

/**
 * The manifest check without zod, for the common case of a valid manifest: zod and the schema
 * built from it are ~240 KB compiled and ~25 ms run on every start (`lepton validate`, every
 * Action run). `quickValidate` accepts a manifest only when it is sure the full validator
 * (validate.ts, the zod schema in schema.ts) would accept it, and then returns what that returns;
 * anything else — every problem, and anything this check does not know — is null, and the full
 * validator, loaded then, reports it with its positions, messages and hints. So this check may be
 * stricter than the schema (a key added there and not here only costs speed), never looser:
 * test/manifest/quick.test.ts holds it to the full validator on the corpus and on random changes.
 */

type Obj = Record<string, unknown>;
type Check = (v: unknown) => boolean;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string';
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const absent = (v: unknown) => v === undefined;

/** A mapping with only these keys, each passing its check (a missing key is `undefined`). */
const shape =
  (fields: Readonly<Record<string, Check>>): Check =>
  (v) =>
    isObj(v) &&
    Object.keys(v).every((k) => Object.hasOwn(fields, k)) &&
    Object.entries(fields).every(([k, check]) => check(v[k]));

const optional =
  (check: Check): Check =>
  (v) =>
    absent(v) || check(v);

const record =
  (key: Check, value: Check): Check =>
  (v) =>
    isObj(v) && Object.entries(v).every(([k, x]) => key(k) && value(x));

const list =
  (item: Check): Check =>
  (v) =>
    Array.isArray(v) && v.length > 0 && v.every(item);

const matches =
  (re: RegExp): Check =>
  (v) =>
    isStr(v) && re.test(v);

const oneOf =
  (...values: readonly string[]): Check =>
  (v) =>
    isStr(v) && values.includes(v);

const nonEmpty: Check = (v) => isStr(v) && v.length > 0;
const isBool: Check = (v) => typeof v === 'boolean';
const repoPath: Check = (v) => nonEmpty(v) && !isAbsolutePath((v as string).replace(/^!/, ''));
const command: Check = (v) => nonEmpty(v) && !(v as string).includes('\0');
const timeout: Check = (v) =>
  isStr(v) && DURATION.test(v) && Number(DURATION.exec(v)?.[1] ?? 1) > 0;
const relativeBound: Check = (v) => (isNum(v) && v >= 0) || matches(PERCENT)(v);

const boundFields = {
  min: optional(isNum),
  max: optional(isNum),
  max_drop: optional(relativeBound),
  max_rise: optional(relativeBound),
  level: optional(oneOf('error', 'warn')),
};
const bounded = (t: Obj) =>
  (t.min !== undefined ||
    t.max !== undefined ||
    t.max_drop !== undefined ||
    t.max_rise !== undefined) &&
  (t.min === undefined || t.max === undefined || (t.min as number) <= (t.max as number));

const threshold: Check = (v) => shape(boundFields)(v) && bounded(v as Obj);
const evalThreshold: Check = (v) =>
  shape({ ...boundFields, noise: optional(oneOf('warn', 'off')) })(v) &&
  bounded(v as Obj) &&
  ((v as Obj).noise !== 'warn' ||
    (v as Obj).max_drop !== undefined ||
    (v as Obj).max_rise !== undefined);
const thresholds = record(nonEmpty, threshold);

const part = shape({ paths: list(repoPath) });

const evalSection = shape({
  command,
  workdir: optional(repoPath),
  metrics: (v) => repoPath(v) || list(repoPath)(v),
  paths: optional(list(repoPath)),
  timeout: optional(timeout),
  env: optional(
    record(matches(ENV_NAME), (x) => (isStr(x) && !x.includes('\0')) || isNum(x) || isBool(x)),
  ),
  samples: optional(repoPath),
  min_samples: optional((x) => isNum(x) && Number.isSafeInteger(x) && x >= 2),
  thresholds: optional(record(nonEmpty, evalThreshold)),
  shards: optional((x) => isNum(x) && Number.isSafeInteger(x) && x >= 1 && x <= 1000),
  merge: optional(record(nonEmpty, oneOf('mean', 'sum', 'min', 'max'))),
});

const monitor = shape({
  prometheus: optional(matches(HTTP_URL)),
  queries: record(nonEmpty, nonEmpty),
  thresholds: optional(thresholds),
  rollback: optional(isBool),
});

const deploy = shape({
  command,
  timeout: optional(timeout),
  environment: optional((x) => nonEmpty(x) && (x as string).length <= 255),
  url: optional(matches(HTTP_URL)),
  rollback_on_failure: optional(isBool),
});

const stage: Check = (v) =>
  v === null ||
  shape({
    after: optional(isStr),
    thresholds: optional(thresholds),
    monitor: optional(monitor),
    deploy: optional(deploy),
  })(v);

const bump = optional(oneOf('major', 'minor', 'patch', 'none'));

const manifest = shape({
  version: (v) => v === 1,
  model: (v) => isStr(v) && isName(v),
  description: optional(isStr),
  components: optional(record(matches(PART_NAME), part)),
  data: optional(record(matches(PART_NAME), part)),
  eval: evalSection,
  artifacts: optional(shape({ paths: list(repoPath), store: optional(matches(OCI_STORE)) })),
  stages: optional(record((k) => isStr(k) && isName(k), stage)),
  versioning: optional(
    shape({
      first: optional((v) => isStr(v) && validSemver(v) !== null && !v.startsWith('v')),
      bump: optional(shape({ components: bump, data: bump })),
    }),
  ),
});

/**
 * A valid manifest's result without loading zod, or null: not sure (then ask validate.ts).
 * Same arguments and, when not null, the same result as `validateManifest`.
 */
export function quickValidate(text: string, file = 'lepton.yml'): ValidationResult | null {
  void file; // A valid manifest's result names no file.
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: false, prettyErrors: true });
  if (doc.errors.length || duplicateKeys(doc).length || refusedKeys(doc).length) return null;
  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: 1000 });
  } catch {
    return null;
  }
  if (!manifest(raw)) return null;
  if (stageOrderIssues(raw).length || pathIssues(raw).length || noiseIssues(raw).length)
    return null;
  return { ok: true, manifest: normalize(raw as RawManifest), issues: [] };
}

/**
 * `validateManifest`, loading zod only for a manifest the quick check is not sure of.
 * @returns the same result as validate.ts `validateManifest(text, file)`
 */
export async function validateManifestLazily(
  text: string,
  file = 'lepton.yml',
): Promise<ValidationResult> {
  return quickValidate(text, file) ?? (await import('./validate.js')).validateManifest(text, file);
}
