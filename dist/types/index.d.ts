/**
 * lepton-ci: the library the CLI and the GitHub Action are built on (the public API).
 *
 * Open a project once, then call the use cases; each returns plain data (the fields of the CLI's
 * `--json`, and more) and prints nothing. Every expected failure is a `LeptonError` whose `kind`
 * and stable `code` (the CLI's exit code) say what went wrong. Pure building blocks (the gate,
 * fingerprints, metrics parsing, the report renderers, the tag grammar) are in `lepton-ci/core`.
 *
 *   import { openProject, record, streamLogger } from 'lepton-ci';
 *   const ctx = await openProject({ manifestPath: 'lepton.yml', env, log: streamLogger(process.stderr) });
 *   const r = await record(ctx, { push: true });
 *
 * The functions are documented here, where a reader of the API looks: parameters, the shape
 * returned, units, and every error thrown (`kind`/`code`).
 */
import { diff as diffImpl } from './app/diff.js';
import { evaluate as evaluateImpl } from './app/eval.js';
import { history as historyImpl } from './app/history.js';
import { type PromoteDeployResult } from './app/deploy.js';
import type { AppContext } from './app/context.js';
import type { PromoteOptions } from './app/promote.js';
import { record as recordImpl } from './app/record.js';
import { show as showImpl } from './app/show.js';
import { status as statusImpl } from './app/status.js';
import { validateManifest as validateManifestImpl } from './core/manifest/validate.js';
import { loadManifest as loadManifestImpl } from './io/manifest-file.js';
export { openProject, streamLogger, type AppContext, type OpenOptions, type Logger, type EvalCache, type Clock, } from './app/context.js';
export type { Settings } from './io/settings.js';
/**
 * `lepton status`: the model's fingerprint (each component and data set hashed by content) and
 * what changed since the latest recorded version. Reads files and git; writes only the stat
 * cache under the git directory.
 *
 * @param ctx from `openProject`
 * @param options.onProgress called with hashing progress once hashing has lasted 1 s
 * @returns `{model, fingerprint: 'sha256:…', components/data: {NAME: {hash, files}}, eval?, latest: {version, tag} | null, changed}`
 * @throws LeptonError `invalid` (code 2) for a path that leaves the repository or an unreadable file
 * @example
 *   const s = await status(ctx);
 *   if (s.changed.components.length) console.log(`${s.model}: new content, ${s.fingerprint}`);
 */
export declare const status: typeof statusImpl;
/**
 * `lepton eval`: fingerprints the model, picks the baseline (the newest version reachable from the
 * upstream default branch, or `options.baseline`), runs the eval command — or reuses the
 * baseline's (or the eval cache's) metrics when the fingerprint and eval settings are unchanged —
 * and checks the thresholds.
 *
 * @param options.baseline a version (`1.2.0`, `v1.2.0`, `MODEL@v1.2.0`) or any git revision
 * @param options.force run the eval even when metrics could be reused
 * @param options.killGraceMs ms between SIGTERM and SIGKILL when stopping the eval (default: the settings', 10 000)
 * @returns `EvalOutcome`: `{model, fingerprint, passed, reused, reusedFrom, baseline, metrics, checks, changed, evalSettings, …}`; `passed` false is not an error
 * @throws LeptonError `eval` (code 3) when the command fails, times out, leaves processes or its metrics file is missing or unreadable; `invalid` (code 2) for an unknown baseline; `git` (code 4) when fetching history fails
 * @example
 *   const o = await evaluate(ctx);
 *   for (const c of o.checks) if (!c.passed) console.log(`${c.metric} ${c.rule}: ${c.reason}`);
 */
export declare const evaluate: typeof evaluateImpl;
/**
 * `lepton record`: evaluates, then — when the fingerprint is new and the bump is not `none` —
 * creates the annotated version tag `MODEL@vX.Y.Z` on HEAD carrying the JSON record, and with
 * `push` pushes it (retrying lost races within `LEPTON_PUSH_BUDGET`, default 2 min). Never moves
 * or deletes a tag but one this run made and the remote refused.
 *
 * @param options.push push the tag to `options.remote` (default `origin`)
 * @param options.version `X.Y.Z` instead of the bump (must be higher than the latest)
 * @returns `RecordResult`: `{outcome, version, tag, created, pushed, attempts, commit, record, …}`; `created` false when the fingerprint was recorded already
 * @throws LeptonError `threshold` (code 1) when an error-level check failed (nothing is tagged); `eval` (3) as `evaluate`; `invalid` (2) for a dirty or detached work tree, a lower `version`, no git identity; `git` (4) when the push fails after retries
 * @example
 *   const r = await record(ctx, { push: true });
 *   if (r.created) console.log(`recorded ${r.tag}`);
 */
export declare const record: typeof recordImpl;
/**
 * `lepton promote VERSION STAGE`, as the CLI and the Action run it: checks the version's own
 * result, the stage's `after:` and its thresholds on the recorded metrics (relative ones against
 * the version holding the stage now), then tags `MODEL#STAGE#N` on the version's commit (and
 * with `push`, pushes it and points the model store's `:STAGE` tag at the version), then runs the
 * stage's deploy hook (`stages.STAGE.deploy`, contract §7) for the version; when the hook fails
 * and `rollback_on_failure` holds (the default), withdraws the version (an unassignment tag,
 * pushed with `push`) and runs the hook again for the version the stage falls back to.
 *
 * @param options.version `1.2.0`, `v1.2.0` or `MODEL@v1.2.0`; default: the latest version that passed
 * @param options.stage a stage the manifest declares
 * @param options.budgetMs ms allowed for retries after lost races (default: the settings', 120 000)
 * @param options.store the model store's credentials (default: the context's environment's);
 *   the automatic rollback after a failed deploy moves `:STAGE` back with these same settings,
 *   and pushes its unassignment to the same `remote`
 * @returns `PromoteDeployResult`: `{model, version, stage, promoted, tag, checks, metrics, already, refused: string[], deploy}`;
 *   `deploy` is null when no hook ran (the stage has none, or nothing was promoted), else
 *   `{runs: [{version, cause, ok, exitCode, timedOut, durationMs, error, …}], rollback, kept}`: `deploy.runs[0].ok`
 *   false means the deploy failed (the CLI exits 3); it is not thrown
 * @throws LeptonError `threshold` (code 1) when refused; `invalid` (2) for an unknown version or stage; `git` (4) when the push fails after retries
 * @example
 *   const p = await promote(ctx, { stage: 'production', push: true });
 *   console.log(p.promoted ? p.tag : p.refused.join('; '));
 *   if (p.deploy && !p.deploy.runs[0]?.ok) console.error('the deploy failed');
 */
export declare const promote: (ctx: AppContext, options: PromoteOptions) => Promise<PromoteDeployResult>;
/**
 * `lepton show`: every version of the model, newest (highest semver) first, with its record and
 * the stages it holds, and every stage with its holder. Reads git tags only.
 *
 * @returns `{model, versions: [{version, tag, commit, created, passed, metrics, stages, fingerprint, …}], stages: {STAGE: holder | null}, skipped}`
 * @throws LeptonError `git` (code 4) when git cannot list or read the tags
 * @example
 *   const { versions } = await show(ctx);
 *   console.log(versions[0]?.version ?? 'no version yet');
 */
export declare const show: typeof showImpl;
/**
 * `lepton diff A [B]`: the recorded metrics of two versions side by side.
 *
 * @param a a version in any accepted form or a git revision (its newest reachable version)
 * @param b the same; default: the latest version
 * @returns `{a, b: {version, tag}, metrics: [{metric, a, b, change (b − a), relative (change/|a|, null where a is 0 or missing)}]}`
 * @throws LeptonError `invalid` (code 2) when either names no version
 * @example
 *   const d = await diff(ctx, '1.0.0');
 *   for (const m of d.metrics) console.log(m.metric, m.change);
 */
export declare const diff: typeof diffImpl;
/**
 * `lepton history [STAGE] [--at TIME]`: every stage event of the model, newest first — or, with
 * `at`, which version held each stage at that moment.
 *
 * @param options.stage only this stage's events
 * @param options.at an ISO 8601 date or date-time (UTC when it has no zone)
 * @returns `{model, events: [{n, tag, kind, stage, version, at, by, reason, runUrl}]}`, or with `at`, `{model, at, stages: {STAGE: {version, tag} | null}}`
 * @throws LeptonError `invalid` (code 2) for an unknown stage or a malformed `at`
 * @example
 *   const h = await history(ctx, { stage: 'production' });
 */
export declare const history: typeof historyImpl;
export { type StatusOptions, type StatusResult } from './app/status.js';
export { evalJson, type EvaluateOptions, type EvalOutcome } from './app/eval.js';
export { recordJson, type RecordOptions, type RecordResult } from './app/record.js';
export { type PromoteOptions, type PromoteResult } from './app/promote.js';
export type { PromoteDeployResult } from './app/deploy.js';
export type { DeployReportInput, DeployRun, RollbackStep } from './core/report/deploy.js';
export type { StoreFailure } from './core/delivery/rollback.js';
export { type ShowResult, type ShownVersion, type StageHolder } from './app/show.js';
export { type DiffResult, type MetricDiff } from './app/diff.js';
export type { HistoryOptions, HistoryResult, HistoryAtResult } from './app/history.js';
/**
 * Parses and validates manifest text (`lepton.yml`): no I/O, never throws. Every problem at once,
 * each with its position.
 *
 * @param text the YAML text
 * @param file how issues name the file (default `lepton.yml`)
 * @returns `{ok: true, manifest}` (normalized: durations in ms, defaults filled) or `{ok: false, issues: [{file, line, column (1-based), path, message, hint?}]}`
 * @example
 *   const r = validateManifest(readFileSync('lepton.yml', 'utf8'));
 *   if (!r.ok) for (const i of r.issues) console.error(`${i.file}:${i.line}:${i.column} ${i.path}: ${i.message}`);
 */
export declare const validateManifest: typeof validateManifestImpl;
/**
 * Reads and validates a manifest file.
 *
 * @param path the file
 * @param displayName how errors name the file (default: `path`)
 * @returns the normalized manifest
 * @throws ManifestInvalidError (a LeptonError, kind `invalid`, code 2) with every issue in `issues` and `details`; LeptonError `invalid` (2) when the file cannot be read
 * @example
 *   const manifest = await loadManifest('models/iris/lepton.yml');
 */
export declare const loadManifest: typeof loadManifestImpl;
export { ManifestInvalidError } from './io/manifest-file.js';
export type * from './core/manifest/types.js';
export type { ValidationResult } from './core/manifest/index.js';
export { manifestJsonSchema } from './core/manifest/index.js';
export { LeptonError, EXIT_CODES, exitCodeOf, type ErrorKind } from './core/errors/index.js';
export { VERSION } from './version.js';
