import { afterAll, describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { git } from '../helpers/repo.js';
import {
  cleanupOrigins,
  MODEL,
  MODEL_DIR,
  NO_IDENTITY,
  origin,
  prBranch,
  type Origin,
} from './model-repo.js';
import { cleanupRuns, examplePayload, runAction, type ActionRun } from './run-action.js';

/**
 * Who may record and promote (docs/security.md: "Recording and promotion run only on the
 * default branch and on releases, never on pull request code"), and steps that must not be
 * green when nothing happened — run as the runner runs dist/index.js, against a bare remote.
 */

afterAll(() => {
  cleanupOrigins();
  cleanupRuns();
});

const remoteTags = (o: Origin): string[] =>
  git(o.remote, 'tag', '--list').split('\n').filter(Boolean).sort();

/** Whether the eval ran in this checkout (it writes its metrics there). */
const evalRan = (workspace: string) => existsSync(join(workspace, MODEL_DIR, 'out/metrics.json'));

type Payload = Record<string, unknown>;

async function pushPayload(branch: string, defaultBranch: string | null): Promise<Payload> {
  const p = await examplePayload('push', (e) => e.ref === 'refs/heads/master');
  p.ref = `refs/heads/${branch}`;
  const repo = p.repository as { default_branch?: string };
  if (defaultBranch === null) delete repo.default_branch;
  else repo.default_branch = defaultBranch;
  return p;
}

async function dispatchPayload(branch: string, inputs: Payload = {}): Promise<Payload> {
  const p = await examplePayload('workflow_dispatch');
  p.ref = `refs/heads/${branch}`;
  (p.repository as { default_branch: string }).default_branch = 'main';
  p.inputs = inputs;
  return p;
}

async function prPayload(sha: string): Promise<Payload> {
  const p = await examplePayload('pull_request', (e) => e.action === 'synchronize');
  const pr = p.pull_request as { number: number; base: { ref: string }; head: { sha: string } };
  pr.number = 7;
  pr.base.ref = 'main';
  pr.head.sha = sha;
  (p.repository as { default_branch: string }).default_branch = 'main';
  return p;
}

const run = (
  workspace: string,
  eventName: string,
  payload: Payload,
  inputs: Record<string, string>,
  env: Record<string, string | undefined> = {},
): Promise<ActionRun> =>
  runAction({
    workspace,
    eventName,
    payload,
    inputs: { 'working-directory': MODEL_DIR, ...inputs },
    env: { ...NO_IDENTITY, ...env },
  });

describe('record and promote refuse code that has not reached the default branch', () => {
  const refused: [string, string, (sha: string) => Promise<Payload>, string, RegExp][] = [
    [
      'record on pull_request',
      'pull_request',
      (sha) => prPayload(sha),
      'record',
      /command "record" does not run on the pull_request event/,
    ],
    [
      'record on pull_request_target',
      'pull_request_target',
      (sha) => prPayload(sha),
      'record',
      /command "record" does not run on the pull_request_target event/,
    ],
    [
      'record on a push to a feature branch',
      'push',
      () => pushPayload('feat-y', 'main'),
      'record',
      /records only the default branch \(main\), not refs\/heads\/feat-y/,
    ],
    [
      'record on workflow_dispatch on a feature branch',
      'workflow_dispatch',
      () => dispatchPayload('feat-y'),
      'record',
      /records only the default branch \(main\), not refs\/heads\/feat-y/,
    ],
    [
      'record on a push whose payload names no default branch',
      'push',
      () => pushPayload('main', null),
      'record',
      /names no default branch/,
    ],
    [
      'promote on pull_request',
      'pull_request',
      (sha) => prPayload(sha),
      'promote',
      /command "promote" does not run on the pull_request event/,
    ],
    [
      'deploy on pull_request_target',
      'pull_request_target',
      (sha) => prPayload(sha),
      'deploy',
      /command "deploy" does not run on the pull_request_target event/,
    ],
  ];

  it.each(refused)(
    '%s: exit 2 before any eval, nothing pushed, the way out named',
    async (_name, eventName, payload, command, message) => {
      const o = origin();
      prBranch(o, 'feat-y', 0.97);
      const ws = o.checkout('feat-y');
      const sha = git(ws, 'rev-parse', 'HEAD').trim();
      const r = await run(ws, eventName, await payload(sha), { command, stage: 'staging' });
      expect(r.code).toBe(2);
      expect(r.outputs.passed).toBe('false');
      expect(r.errors.join('\n')).toMatch(message);
      expect(r.errors.join('\n')).toMatch(/default branch|release: published/);
      expect(evalRan(ws)).toBe(false);
      expect(remoteTags(o)).toEqual([]);
    },
  );

  it('a promote with no version after a refused record picks only what main recorded', async () => {
    const o = origin();
    prBranch(o, 'feat-y', 0.97);
    const pr = o.checkout('feat-y');
    const sha = git(pr, 'rev-parse', 'HEAD').trim();
    expect((await run(pr, 'pull_request', await prPayload(sha), { command: 'record' })).code).toBe(
      2,
    );
    const main = o.checkout('main');
    const recorded = await run(main, 'push', await pushPayload('main', 'main'), {});
    expect(recorded.code).toBe(0);
    const promoted = await run(
      o.checkout('main'),
      'workflow_dispatch',
      await dispatchPayload('main'),
      {
        command: 'promote',
        stage: 'staging',
      },
    );
    expect(promoted.code).toBe(0);
    expect(promoted.outputs.version).toBe('0.1.0');
    expect(remoteTags(o)).toEqual([`${MODEL}#staging#1`, `${MODEL}@v0.1.0`]);
  });

  it.each([
    ['command record', { command: 'record' }],
    ['auto', {}],
  ])(
    '%s on a push to a branch record-branches lists records it; unlisted, it does not',
    async (_name, command) => {
      const o = origin();
      prBranch(o, 'release/1.x', 0.97);
      const allowed = await run(
        o.checkout('release/1.x'),
        'push',
        await pushPayload('release/1.x', 'main'),
        {
          ...command,
          'record-branches': 'hotfix, release/*',
        },
      );
      expect(allowed.errors).toEqual([]);
      expect(allowed.code).toBe(0);
      expect(remoteTags(o)).toEqual([`${MODEL}@v0.1.0`]);

      const other = origin();
      prBranch(other, 'release/1.x', 0.97);
      const ws = other.checkout('release/1.x');
      const not = await run(ws, 'push', await pushPayload('release/1.x', 'main'), {
        ...command,
        'record-branches': 'hotfix',
      });
      expect(not.code).toBe('command' in command ? 2 : 0);
      expect(evalRan(ws)).toBe(false);
      expect(remoteTags(other)).toEqual([]);
    },
  );
});

describe('no green step when nothing happened', () => {
  it("workflow_dispatch: the event's stage input promotes when the step's stage is empty", async () => {
    const o = origin();
    expect(
      (await run(o.checkout('main'), 'push', await pushPayload('main', 'main'), {})).code,
    ).toBe(0);
    const r = await run(
      o.checkout('main'),
      'workflow_dispatch',
      await dispatchPayload('main', { stage: 'staging', version: '0.1.0' }),
      {},
    );
    expect(r.errors).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.outputs['stage-tag']).toBe(`${MODEL}#staging#1`);
    expect(r.outputs.version).toBe('0.1.0');
    expect(remoteTags(o)).toContain(`${MODEL}#staging#1`);
  });

  it("workflow_dispatch: the event's version input is checked like the step's", async () => {
    const o = origin();
    const r = await run(
      o.checkout('main'),
      'workflow_dispatch',
      await dispatchPayload('main', { stage: 'staging', version: 'latest-ish' }),
      {},
    );
    expect(r.code).toBe(2);
    expect(r.errors.join('\n')).toContain('input "version"');
  });

  it.each(['push', 'workflow_dispatch', 'release'])(
    '%s with GITHUB_EVENT_PATH naming no file: exit 2 naming the file',
    async (eventName) => {
      const o = origin();
      const ws = o.checkout('main');
      const missing = join(ws, '..', 'no-such-event.json');
      const r = await run(ws, eventName, {}, {}, { GITHUB_EVENT_PATH: missing });
      expect(r.code).toBe(2);
      expect(r.outputs.passed).toBe('false');
      expect(r.errors.join('\n')).toContain(missing);
      expect(evalRan(ws)).toBe(false);
      expect(remoteTags(o)).toEqual([]);
    },
  );
});
