import { afterAll, afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseRecord } from '../../src/core/registry/message.js';
import { git } from '../helpers/repo.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js';
import { DEPLOY_HOOK, type HookCall } from '../delivery/deploy-hooks.js';
import {
  cleanupOrigins,
  MODEL,
  MODEL_DIR,
  MODEL_FILES,
  origin,
  type Origin,
} from './model-repo.js';
import { cleanupRuns, examplePayload, runAction, type ActionRun } from './run-action.js';

// Several real processes per case (the Action, git, the hook) on a shared, busy machine.
jest.setTimeout(300_000);

const TOKEN = 'ghs_deploytoken';
const RUN_URL = 'https://github.com/octo-org/models/actions/runs/4242';

const MANIFEST = `version: 1
model: ${MODEL}
components:
  code: { paths: [eval.js, params.json] }
data:
  train: { paths: [data.csv] }
eval:
  command: node eval.js
  metrics: out/metrics.json
  thresholds:
    accuracy: { min: 0.9 }
stages:
  production:
    deploy:
      command: node deploy.mjs
      environment: prod-eu
      url: https://models.example.com/sentiment
      timeout: 1m
`;

const FILES = {
  ...MODEL_FILES,
  [`${MODEL_DIR}/lepton.yml`]: MANIFEST,
  [`${MODEL_DIR}/deploy.mjs`]: DEPLOY_HOOK,
};

let gh: FakeGitHub;
beforeEach(async () => {
  gh = await startFakeGitHub({ owner: 'octo-org', repo: 'models', token: TOKEN });
});
afterEach(() => gh.close());
afterAll(() => {
  cleanupOrigins();
  cleanupRuns();
});

/** The summary as read: Markdown escapes and the invisible word joiners removed. */
const readable = (markdown: string): string =>
  markdown.replace(/\\([!-/:-@[-`{-~])/g, '$1').replace(/\u2060/g, '');

const remoteTags = (o: Origin): string[] =>
  git(o.remote, 'tag', '--list').split('\n').filter(Boolean).sort();

/** The same environment a job with secrets would have: none may reach the hook. */
const JOB_SECRETS = {
  GITHUB_TOKEN: TOKEN,
  ACTIONS_RUNTIME_TOKEN: 'rt',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc',
};

async function record(o: Origin, accuracy: number): Promise<void> {
  o.write({ [`${MODEL_DIR}/params.json`]: `{ "accuracy": ${accuracy} }\n` });
  o.commit(`accuracy ${accuracy}`);
  o.git('push', '-q', 'origin', 'main');
  const payload = await examplePayload('push', (p) => p.ref === 'refs/heads/master');
  payload.ref = 'refs/heads/main';
  (payload.repository as { default_branch: string }).default_branch = 'main';
  const r = await runAction({
    workspace: o.checkout('main'),
    eventName: 'push',
    payload,
    inputs: { 'working-directory': MODEL_DIR, token: TOKEN },
    apiUrl: gh.url,
  });
  expect(r.code).toBe(0);
}

interface Dispatch {
  readonly run: ActionRun;
  readonly calls: HookCall[];
}

/** workflow_dispatch in a fresh checkout; `fail` makes the hook fail for those versions there. */
async function dispatch(
  o: Origin,
  inputs: Record<string, string>,
  fail: Record<string, 'exit' | 'hang'> = {},
): Promise<Dispatch> {
  const ws = o.checkout('main');
  const out = join(ws, MODEL_DIR, 'out');
  mkdirSync(out, { recursive: true });
  for (const [v, mode] of Object.entries(fail)) writeFileSync(join(out, `fail-${v}`), mode);
  const run = await runAction({
    workspace: ws,
    eventName: 'workflow_dispatch',
    payload: await examplePayload('workflow_dispatch'),
    inputs: { 'working-directory': MODEL_DIR, token: TOKEN, ...inputs },
    apiUrl: gh.url,
    env: JOB_SECRETS,
  });
  const file = join(out, 'deploys.jsonl');
  const calls = existsSync(file)
    ? readFileSync(file, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as HookCall)
    : [];
  return { run, calls };
}

const HOOK_ANNOTATION = '::error::a hook cannot annotate the run';

/** The step's own error annotations: the hook's line is plain text when commands are off. */
function stepErrors(run: ActionRun): string[] {
  const lines = run.stdout.split('\n');
  let resume: string | null = null;
  const out: string[] = [];
  for (const line of lines) {
    const stop = /^::stop-commands::(.+)$/.exec(line);
    if (stop) resume = stop[1]!;
    else if (resume !== null && line === `::${resume}::`) resume = null;
    else if (line.startsWith('::error') && resume === null) out.push(line);
  }
  return out;
}

const deploymentRequests = () =>
  gh.requests.filter((r) => r.path.startsWith('/repos/octo-org/models/deployments'));

describe('the action deploys a promotion as a GitHub Deployment', () => {
  it('promote → the hook runs with the LEPTON_* variables and no credential → deployment in_progress, then success', async () => {
    const o = origin(FILES);
    await record(o, 0.93);
    const { run, calls } = await dispatch(o, { stage: 'production' });
    // The hook printed an ::error:: line, inside the stop-commands block: the runner ignores it.
    expect(run.stdout).toContain(HOOK_ANNOTATION);
    expect(stepErrors(run)).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({
      version: '0.1.0',
      'stage-tag': `${MODEL}#production#1`,
      passed: 'true',
      // Set on every run, empty when no rollback happened.
      'rolled-back-to': '',
      'rollback-tag': '',
    });

    expect(calls).toHaveLength(1);
    const env = calls[0]!.env;
    expect(env).toMatchObject({
      LEPTON_MODEL: MODEL,
      LEPTON_VERSION: '0.1.0',
      LEPTON_TAG: `${MODEL}@v0.1.0`,
      LEPTON_STAGE: 'production',
      LEPTON_PREVIOUS_VERSION: '',
      LEPTON_COMMIT: o.git('rev-parse', 'main').trim(),
    });
    // Nothing but LEPTON_*: no GITHUB_TOKEN, INPUT_*, ACTIONS_*, nor the runner's file commands.
    expect(Object.keys(env).filter((k) => !k.startsWith('LEPTON_'))).toEqual([]);
    expect(calls[0]!.remoteTags).toContain(`${MODEL}#production#1`);

    const posted = deploymentRequests();
    expect(posted.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /repos/octo-org/models/deployments',
      expect.stringMatching(/^POST \/repos\/octo-org\/models\/deployments\/\d+\/statuses$/),
      expect.stringMatching(/^POST \/repos\/octo-org\/models\/deployments\/\d+\/statuses$/),
    ]);
    expect(posted[0]!.authorization).toBe(`token ${TOKEN}`);
    expect(posted[0]!.body).toMatchObject({
      ref: `${MODEL}@v0.1.0`,
      environment: 'prod-eu',
      auto_merge: false,
      required_contexts: [],
      payload: { model: MODEL, version: '0.1.0', tag: `${MODEL}@v0.1.0` },
    });
    expect(gh.deployments()).toHaveLength(1);
    expect(gh.deployments()[0]!.statuses).toEqual([
      expect.objectContaining({ state: 'in_progress', log_url: RUN_URL }),
      expect.objectContaining({
        state: 'success',
        log_url: RUN_URL,
        environment_url: 'https://models.example.com/sentiment',
      }),
    ]);
    expect(readable(run.summary)).toContain('Deploy of v0.1.0 to `production` succeeded');
  });

  it('a failing hook: failure status, exit 3, the unassignment on the remote, the previous holder redeployed', async () => {
    const o = origin(FILES);
    await record(o, 0.93);
    expect((await dispatch(o, { stage: 'production' })).run.code).toBe(0);
    await record(o, 0.95);
    const { run, calls } = await dispatch(o, { stage: 'production' }, { '0.2.0': 'exit' });
    expect(run.code).toBe(3);
    expect(stepErrors(run)[0]).toMatch(
      /^::error::deploy of v0\.2\.0 to production failed: deploy hook exited with code 7 \(rolled back: sentiment#production!#3; production holds v0\.1\.0 now\)/,
    );
    expect(calls.map((c) => [c.env.LEPTON_VERSION, c.env.LEPTON_PREVIOUS_VERSION])).toEqual([
      ['0.2.0', '0.1.0'],
      ['0.1.0', '0.2.0'],
    ]);
    // The redeploy ran after the unassignment reached the remote.
    expect(calls[1]!.remoteTags).toContain(`${MODEL}#production!#3`);
    expect(gh.deployments().map((d) => [d.ref, d.statuses.map((s) => s.state).join(',')])).toEqual([
      [`${MODEL}@v0.1.0`, 'in_progress,success'],
      [`${MODEL}@v0.2.0`, 'in_progress,failure'],
      [`${MODEL}@v0.1.0`, 'in_progress,success'],
    ]);
    expect(gh.deployments()[1]!.statuses[1]).not.toHaveProperty('environment_url');
    expect(gh.deployments()[1]!.statuses[1]).toMatchObject({ log_url: RUN_URL });
    expect(remoteTags(o)).toEqual([
      `${MODEL}#production!#3`,
      `${MODEL}#production#1`,
      `${MODEL}#production#2`,
      `${MODEL}@v0.1.0`,
      `${MODEL}@v0.2.0`,
    ]);
    const unassign = parseRecord(
      git(o.remote, 'tag', '--list', '--format=%(contents)', `${MODEL}#production!#3`),
    );
    expect(unassign).toMatchObject({
      kind: 'unassign',
      version: '0.2.0',
      reason: 'deploy of v0.2.0 to production failed: deploy hook exited with code 7',
      exitCode: 7,
      runUrl: RUN_URL,
    });
    const summary = readable(run.summary);
    expect(summary).toContain('Deploy of v0.2.0 to `production` failed');
    expect(summary).toContain(
      '**Rolled back**: `sentiment#production!#3` withdraws v0.2.0, pushed; `production` falls back to v0.1.0',
    );
    expect(summary).toContain('| redeploy after rollback | v0.1.0 | `prod-eu` | success | 0 |');
  });

  it('command: deploy redeploys the holder as a new Deployment', async () => {
    const o = origin(FILES);
    await record(o, 0.93);
    await dispatch(o, { stage: 'production' });
    const { run, calls } = await dispatch(o, { command: 'deploy', stage: 'production' });
    expect(stepErrors(run)).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ version: '0.1.0', tag: `${MODEL}@v0.1.0` });
    expect(calls.map((c) => c.env.LEPTON_VERSION)).toEqual(['0.1.0']);
    expect(gh.deployments().map((d) => [d.ref, d.statuses.map((s) => s.state).join(',')])).toEqual([
      [`${MODEL}@v0.1.0`, 'in_progress,success'],
      [`${MODEL}@v0.1.0`, 'in_progress,success'],
    ]);
    expect(remoteTags(o)).toEqual([`${MODEL}#production#1`, `${MODEL}@v0.1.0`]);
  });

  it('a token without deployments: write warns, and the deploy still runs', async () => {
    const o = origin(FILES);
    await record(o, 0.93);
    gh.refuse('POST', 403);
    const { run, calls } = await dispatch(o, { stage: 'production' });
    expect(run.code).toBe(0);
    expect(calls).toHaveLength(1);
    expect(run.warnings.join('\n')).toContain(
      `could not create a GitHub deployment for ${MODEL}@v0.1.0`,
    );
    expect(run.warnings.join('\n')).toContain('permissions: deployments: write');
  });
});

// Issue: a promotion whose deploy failed and was rolled back left `passed: true` and nothing
// saying the stage holds another version: a step gated on `passed` shipped a withdrawn version.
describe('the outputs after a deploy that failed', () => {
  interface Case {
    readonly name: string;
    /** Accuracies recorded, and which of them were promoted (and deployed) before the run. */
    readonly before: readonly number[];
    readonly manifest?: string;
    readonly inputs: Record<string, string>;
    readonly fail: Record<string, 'exit'>;
    readonly code: number;
    readonly outputs: Record<string, string>;
    /** The job summary's first line. */
    readonly head: RegExp;
  }
  const noRollback = MANIFEST.replace(
    '      timeout: 1m\n',
    '      timeout: 1m\n      rollback_on_failure: false\n',
  );
  const cases: Case[] = [
    {
      name: 'promote, rolled back to the previous holder',
      before: [0.93],
      inputs: { stage: 'production' },
      fail: { '0.2.0': 'exit' },
      code: 3,
      outputs: {
        passed: 'false',
        version: '0.2.0',
        tag: `${MODEL}@v0.2.0`,
        'stage-tag': `${MODEL}#production#2`,
        'rolled-back-to': '0.1.0',
        'rollback-tag': `${MODEL}#production!#3`,
      },
      head: /^### Lepton · `sentiment`: ⚠️ Promoted v0\.2\.0 to `production`, but its deploy failed and it was rolled back: production holds v0\.1\.0$/,
    },
    {
      name: 'promote of the first version, rolled back: the stage is empty',
      before: [],
      inputs: { stage: 'production' },
      fail: { '0.1.0': 'exit' },
      code: 3,
      outputs: {
        passed: 'false',
        version: '0.1.0',
        'stage-tag': `${MODEL}#production#1`,
        'rolled-back-to': '',
        'rollback-tag': `${MODEL}#production!#2`,
      },
      head: /rolled back: production holds no version$/,
    },
    {
      name: 'promote with rollback_on_failure: false: the version stays, and did not pass',
      before: [0.93],
      manifest: noRollback,
      inputs: { stage: 'production' },
      fail: { '0.2.0': 'exit' },
      code: 3,
      outputs: {
        passed: 'false',
        version: '0.2.0',
        'stage-tag': `${MODEL}#production#2`,
        'rolled-back-to': '',
        'rollback-tag': '',
      },
      head: /its deploy failed; it stays in production/,
    },
    {
      name: 'command: deploy that fails',
      before: [0.93],
      inputs: { command: 'deploy', stage: 'production' },
      fail: { '0.1.0': 'exit' },
      code: 3,
      outputs: { passed: 'false', version: '0.1.0', 'rolled-back-to': '', 'rollback-tag': '' },
      head: /Redeploy of v0\.1\.0 to `production` failed/,
    },
    {
      name: 'command: rollback whose redeploy of the fallback fails',
      before: [0.93, 0.95],
      inputs: { command: 'rollback', stage: 'production', reason: 'errors after the deploy' },
      fail: { '0.1.0': 'exit' },
      code: 3,
      outputs: {
        passed: 'false',
        version: '0.1.0',
        'stage-tag': `${MODEL}#production!#3`,
        'rolled-back-to': '0.1.0',
        'rollback-tag': `${MODEL}#production!#3`,
      },
      head: /withdrawn from `production`/,
    },
    {
      name: 'command: rollback whose redeploy succeeds',
      before: [0.93, 0.95],
      inputs: { command: 'rollback', stage: 'production', reason: 'errors after the deploy' },
      fail: {},
      code: 0,
      outputs: {
        passed: 'true',
        version: '0.1.0',
        'rolled-back-to': '0.1.0',
        'rollback-tag': `${MODEL}#production!#3`,
      },
      head: /withdrawn from `production`/,
    },
  ];

  it.each(cases)('$name', async (c) => {
    const o = origin(c.manifest ? { ...FILES, [`${MODEL_DIR}/lepton.yml`]: c.manifest } : FILES);
    for (const acc of c.before) {
      await record(o, acc);
      expect((await dispatch(o, { stage: 'production' })).run.code).toBe(0);
    }
    if (!c.inputs.command) await record(o, 0.97);
    const { run } = await dispatch(o, c.inputs, c.fail);
    expect(run.code).toBe(c.code);
    expect(run.outputs).toMatchObject(c.outputs);
    expect(readable(run.summary).split('\n')[0]).toMatch(c.head);
  });

  it('a manifest glob: the results entry and the keyed outputs say the deploy failed and where the stage fell back', async () => {
    const o = origin(FILES);
    await record(o, 0.93);
    expect((await dispatch(o, { stage: 'production' })).run.code).toBe(0);
    await record(o, 0.95);
    const glob = { 'working-directory': '.', manifest: 'models/*/lepton.yml', stage: 'production' };
    const { run } = await dispatch(o, glob, { '0.2.0': 'exit' });
    expect(run.code).toBe(3);
    expect(run.outputs.passed).toBe('false');
    expect(JSON.parse(run.outputs.results!)).toEqual({
      [MODEL]: expect.objectContaining({
        version: '0.2.0',
        stageTag: `${MODEL}#production#2`,
        rolledBackTo: '0.1.0',
        rollbackTag: `${MODEL}#production!#3`,
        passed: false,
      }),
    });
    expect(JSON.parse(run.outputs['rolled-back-to']!)).toEqual({ [MODEL]: '0.1.0' });
    expect(JSON.parse(run.outputs['rollback-tag']!)).toEqual({
      [MODEL]: `${MODEL}#production!#3`,
    });
    expect(JSON.parse(run.outputs.version!)).toEqual({ [MODEL]: '0.2.0' });
  });
});
