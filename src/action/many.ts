import * as core from './workflow-commands.js';
import { mkdir, realpath, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import type { Logger } from '../app/context.js';
import { affected } from '../app/affected.js';
import { expandManifests, findModels } from '../app/models.js';
import { exitCodeOf, isLeptonError, LeptonError } from '../core/errors/index.js';
import { codeSpan, escapeText } from '../core/report/escape.js';
import { describeAffected, droppedWarning } from '../core/report/ls.js';
import { markdownTable } from '../core/report/table.js';
import { Git } from '../io/git.js';
import { modelRefPatterns } from '../core/registry/names.js';
import { annotateManifestIssues } from './annotations.js';
import { writeJobSummary } from './summary.js';
import { loadManifest, ManifestInvalidError } from '../io/manifest-file.js';
import type { GitHubEvent, Plan } from './event.js';
import type { ActionInputs } from './inputs.js';
import { errorReport } from './report.js';
import { run, type RunResult } from './run.js';

/**
 * The Action over many models (CONTRACT §5, §6): `manifest: models/*\/lepton.yml` runs every
 * model it matches in this one step — each its own eval/record/promote, its own sticky comment
 * — with one job summary (a row per model, then each report) and outputs keyed by model; and
 * `command: plan`, which sets the output `matrix` from `affected` for a matrix of model jobs.
 */

interface Shell {
  readonly env: Readonly<NodeJS.ProcessEnv>;
  readonly workspace: string;
  readonly tempDir: string;
  readonly log: Logger;
  readonly signal?: AbortSignal;
}

/** One model's run in a many-model step. */
interface ModelRun {
  readonly manifest: string;
  readonly result: RunResult;
  /** The failure that stopped this model (the others still ran). */
  readonly error: unknown;
}

/**
 * Runs every manifest `inputs.manifest` (a glob) matches, one after another, then publishes
 * the outputs and the job summary and fails the step when any model's gate or run failed (the
 * exit code of the first failure that was not a threshold: 2, 3 or 4).
 */
export async function runManyAction(
  inputs: ActionInputs,
  plan: Exclude<Plan, { kind: 'skip' | 'comment' }>,
  shell: Shell,
): Promise<void> {
  const dir = await realpath(resolve(shell.workspace, inputs.workingDirectory)).catch(() => {
    throw new LeptonError(
      'invalid',
      `input "working-directory": ${JSON.stringify(inputs.workingDirectory)} does not exist`,
    );
  });
  const top = (await new Git(dir, shell.env).topLevel()) ?? dir;
  const paths = await expandManifests(new Git(top, shell.env), inputs.manifest, dir);
  shell.log.info(`manifest ${inputs.manifest}: ${paths.length} model(s)`);
  const runs: ModelRun[] = [];
  for (const path of paths) {
    const manifest = relative(dir, path);
    const name = relative(top, path);
    const one = { ...inputs, manifest };
    let result: RunResult;
    let error: unknown = null;
    try {
      result = await shell.log.group(`lepton: ${name}`, () => run({ ...shell, inputs: one, plan }));
    } catch (e) {
      error = e;
      if (e instanceof ManifestInvalidError) annotateManifestIssues(e.issues);
      shell.log.warn(`${name}: ${e instanceof Error ? e.message : String(e)}`);
      result = {
        // Outputs are keyed by model: a manifest that parsed names it, even when its run failed.
        model: e instanceof ManifestInvalidError ? null : await modelNameOf(path),
        version: null,
        tag: null,
        stageTag: null,
        rolledBackTo: null,
        rollbackTag: null,
        passed: false,
        reused: false,
        metrics: {},
        report: errorReport(e),
        gateFailure: null,
      };
    }
    runs.push({ manifest: name, result, error });
  }
  await publishMany(runs, shell.tempDir, shell.env.GITHUB_STEP_SUMMARY);
  const gates = runs.filter((r) => r.result.gateFailure !== null);
  const errors = runs.filter((r) => r.error !== null);
  const lines = [
    ...errors.map((r) => `${keyOf(r)}: ${message(r.error)}`),
    ...gates.map((r) => `${keyOf(r)}: ${r.result.gateFailure}`),
  ];
  // A failure that is not a threshold's (an error, a failed deploy: exit 3, a registry: 4)
  // fails the step whatever fail-on-threshold says, with the first such run's exit code, as
  // the one-model step does.
  const hard = runs.find(
    (r) => r.error !== null || (r.result.gateFailure !== null && r.result.exitCode !== undefined),
  );
  if (hard) {
    core.setFailed(lines.join('\n'));
    process.exitCode = hard.error !== null ? exitCodeOf(hard.error) : hard.result.exitCode;
  } else if (gates.length) {
    if (inputs.failOnThreshold) core.setFailed(lines.join('\n'));
    else core.warning(`${lines.join('; ')} (fail-on-threshold is false: the step still succeeds)`);
  }
}

/** The model's name from its manifest; null when the manifest cannot be read or parsed. */
const modelNameOf = (path: string): Promise<string | null> =>
  loadManifest(path).then(
    (m) => m.model,
    () => null,
  );

/**
 * How outputs, results and messages name a run: its model, or its manifest's path when the
 * manifest could not be parsed (so no name is known).
 */
const keyOf = (r: ModelRun) => r.result.model ?? r.manifest;

const message = (e: unknown) =>
  isLeptonError(e)
    ? [e.message, ...e.details].join('; ')
    : e instanceof Error
      ? e.message
      : String(e);

/** Outputs keyed by model, one report file, one job summary. */
async function publishMany(
  runs: readonly ModelRun[],
  tempDir: string,
  summaryFile: string | undefined,
): Promise<void> {
  const keyed = <T>(pick: (r: RunResult) => T) =>
    JSON.stringify(Object.fromEntries(runs.map((r) => [keyOf(r), pick(r.result)])));
  const report = manyReport(runs);
  await mkdir(tempDir, { recursive: true });
  const reportPath = join(tempDir, 'lepton-models-report.md');
  await writeFile(reportPath, report);
  core.setOutput(
    'version',
    keyed((r) => r.version ?? ''),
  );
  core.setOutput(
    'tag',
    keyed((r) => r.tag ?? ''),
  );
  core.setOutput(
    'stage-tag',
    keyed((r) => r.stageTag ?? ''),
  );
  core.setOutput(
    'rolled-back-to',
    keyed((r) => r.rolledBackTo ?? ''),
  );
  core.setOutput(
    'rollback-tag',
    keyed((r) => r.rollbackTag ?? ''),
  );
  core.setOutput(
    'reused',
    keyed((r) => r.reused),
  );
  core.setOutput(
    'metrics',
    keyed((r) => r.metrics),
  );
  core.setOutput('passed', String(runs.every((r) => r.result.passed && r.error === null)));
  core.setOutput(
    'results',
    JSON.stringify(
      Object.fromEntries(
        runs.map((r) => [
          keyOf(r),
          {
            manifest: r.manifest,
            version: r.result.version,
            tag: r.result.tag,
            stageTag: r.result.stageTag,
            rolledBackTo: r.result.rolledBackTo,
            rollbackTag: r.result.rollbackTag,
            passed: r.result.passed && r.error === null,
            reused: r.result.reused,
            metrics: r.result.metrics,
            error: r.error === null ? null : message(r.error),
          },
        ]),
      ),
    ),
  );
  core.setOutput('report', reportPath);
  try {
    if (!(await writeJobSummary(report, summaryFile))) core.info(`the report is in ${reportPath}`);
  } catch (e) {
    core.warning(`could not write the job summary: ${(e as Error).message}`);
  }
}

/** A table with a row per model, then each model's own report. */
function manyReport(runs: readonly ModelRun[]): string {
  const rows = runs.map((r) => [
    r.result.model ? codeSpan(r.result.model, true) : '—',
    codeSpan(r.manifest, true),
    r.error !== null ? '❌ error' : r.result.passed ? '✅ pass' : '❌ fail',
    r.result.version ? escapeText(`v${r.result.version}`) : '—',
    r.result.reused ? 'reused' : '',
    escapeText(r.error !== null ? message(r.error) : (r.result.gateFailure ?? ''), 300),
  ]);
  const failed = runs.filter((r) => r.error !== null || !r.result.passed).length;
  return [
    `### Lepton · ${runs.length} model(s): ${failed === 0 ? 'all passed' : `${failed} failed`}`,
    '',
    ...markdownTable(['model', 'manifest', 'result', 'version', 'metrics', 'why'], rows),
    '',
    ...runs.map((r) => r.result.report),
  ].join('\n');
}

/**
 * `command: plan`: the models a change reaches (`affected`), as the output `matrix`
 * (`{"include": [{model, manifest, working-directory}]}`) for `strategy.matrix`, with `count`.
 * pull_request: against the base branch (fetched, one commit deep, when the clone lacks it);
 * push: against the commit before the push, plus every model whose content no version records
 * (its versions' tags fetched, one commit deep, so a push after a cancelled record still
 * records it); any other event, or a base that cannot be had: every model. A plan with no
 * model says so in the job summary; a manifest the glob matched at the base and no longer
 * matches (renamed, removed) is named in a warning and the summary.
 */
export async function planAction(
  inputs: ActionInputs,
  event: GitHubEvent,
  shell: Shell,
): Promise<void> {
  const dir = resolve(shell.workspace, inputs.workingDirectory);
  const top = await new Git(dir, shell.env).topLevel();
  if (!top) {
    throw new LeptonError('invalid', `plan needs a git checkout; ${dir} is not in one`, [
      'run actions/checkout first',
    ]);
  }
  const git = new Git(top, shell.env);
  // The default manifest input names one file; for a plan it means "every model".
  const pattern =
    inputs.manifest === 'lepton.yml' && inputs.workingDirectory === '.'
      ? {}
      : { pattern: inputs.manifest, cwd: dir };
  const base = await planBase(git, event, shell.log);
  let include: { model: string; manifest: string; 'working-directory': string }[];
  let lines: string[];
  if (base === null) {
    const models = await findModels(git, pattern);
    include = models.map((m) => ({
      model: m.model.model,
      manifest: m.manifest,
      'working-directory': m.dir,
    }));
    lines = [
      `Every model (${include.length}): no base to compare with on ${event.name || 'this event'}.`,
    ];
  } else {
    const onPush = event.name === 'push';
    const tagged = onPush ? await fetchVersionTags(git, pattern, shell.log) : true;
    const a = await affected(git, { ...pattern, base, unrecorded: onPush });
    include = [...a.include];
    if (!tagged) {
      // Without the tags, "recorded" cannot be told: every model, never a dropped one.
      const all = await findModels(git, pattern);
      include = all.map((m) => ({
        model: m.model.model,
        manifest: m.manifest,
        'working-directory': m.dir,
      }));
    }
    for (const d of a.dropped) core.warning(droppedWarning(d));
    const dropped = a.dropped.map((d) => `> [!WARNING]\n> ${escapeText(droppedWarning(d))}`);
    lines = !tagged
      ? [
          `Every model (${include.length}): the versions' tags could not be fetched, so which content is recorded cannot be told.`,
        ]
      : a.models.length
        ? [
            `${a.models.length} model(s) affected since ${codeSpan(base)}:`,
            '',
            ...markdownTable(
              ['model', 'manifest', 'changed'],
              a.models.map((m) => [
                codeSpan(m.model, true),
                codeSpan(m.manifest, true),
                escapeText(describeAffected(m)),
              ]),
            ),
            ...(a.unaffected.length
              ? ['', `Unaffected: ${a.unaffected.map((u) => codeSpan(u)).join(', ')}`]
              : []),
          ]
        : [
            `No model is affected since ${codeSpan(base)}: no eval runs.${a.unaffected.length ? ` Unaffected: ${a.unaffected.map((u) => codeSpan(u)).join(', ')}.` : ''}`,
          ];
    if (dropped.length) lines.push('', ...dropped.flatMap((d) => [d, '']));
  }
  const matrix = JSON.stringify({ include });
  shell.log.info(
    `plan: ${include.length ? include.map((e) => e.model).join(', ') : 'no model affected: nothing to evaluate'}`,
  );
  core.setOutput('matrix', matrix);
  core.setOutput('count', String(include.length));
  core.setOutput('passed', 'true');
  const report = [`### Lepton · plan`, '', ...lines, ''].join('\n');
  await mkdir(shell.tempDir, { recursive: true });
  const reportPath = join(shell.tempDir, 'lepton-plan-report.md');
  await writeFile(reportPath, report);
  core.setOutput('report', reportPath);
  await writeJobSummary(report, shell.env.GITHUB_STEP_SUMMARY).catch((e: Error) =>
    core.warning(`could not write the job summary: ${e.message}`),
  );
}

/**
 * The version tags (`MODEL@…`) of every model the plan reads, so `affected` can tell which
 * content no version records: one `git fetch`, one commit deep in a shallow clone (the
 * versions' trees, not their history). False, having warned, when they cannot be had.
 */
async function fetchVersionTags(
  git: Git,
  pattern: { pattern?: string; cwd?: string },
  log: Logger,
): Promise<boolean> {
  const models = await findModels(git, pattern);
  if (models.length === 0) return true;
  const shallow = await git.run(['rev-parse', '--is-shallow-repository'], { allowFailure: true });
  const specs = models.map((m) => {
    const [versions] = modelRefPatterns(m.model.model);
    return `+${versions}:${versions}`;
  });
  const r = await git.run(
    [
      '-c',
      'maintenance.auto=false',
      'fetch',
      '-q',
      '--no-tags',
      ...(shallow.stdout.trim() === 'true' ? ['--depth=1'] : []),
      'origin',
      ...specs,
    ],
    { allowFailure: true },
  );
  if (r.code !== 0) {
    log.warn(`could not fetch the models' version tags from origin: planning every model`);
    return false;
  }
  log.info(`fetched the version tags of ${models.length} model(s) from origin`);
  return true;
}

/** The revision to compare with, fetched when the clone lacks it; null: plan every model. */
async function planBase(git: Git, event: GitHubEvent, log: Logger): Promise<string | null> {
  const p = event.payload as { before?: string; pull_request?: { base?: { ref?: string } } };
  let ref: string | null = null;
  let fetch: string | null = null;
  const base = p.pull_request?.base?.ref;
  if ((event.name === 'pull_request' || event.name === 'pull_request_target') && base) {
    if (!/^[\w./-]+$/.test(base) || base.startsWith('-')) return null;
    ref = `refs/remotes/origin/${base}`;
    fetch = `+refs/heads/${base}:${ref}`;
  } else if (
    event.name === 'push' &&
    typeof p.before === 'string' &&
    /^[0-9a-f]{40}$/.test(p.before) &&
    !/^0+$/.test(p.before)
  ) {
    ref = p.before;
    fetch = p.before;
  }
  if (ref === null || fetch === null) return null;
  const have = await git.run(['rev-parse', '-q', '--verify', `${ref}^{commit}`], {
    allowFailure: true,
  });
  if (have.code !== 0) {
    const r = await git.run(['fetch', '-q', '--no-tags', '--depth=1', 'origin', fetch], {
      allowFailure: true,
    });
    if (r.code !== 0) {
      log.warn(`could not fetch the base ${ref} from origin: planning every model`);
      return null;
    }
    log.info(`fetched the base ${ref} from origin (one commit deep)`);
  }
  return ref;
}
