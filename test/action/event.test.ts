import { describe, expect, test } from '@jest/globals';
import { planRun } from '../../src/action/event.js';
import type { ActionInputs } from '../../src/action/inputs.js';

const inputs = (over: Partial<ActionInputs> = {}): ActionInputs => ({
  command: 'auto',
  manifest: 'lepton.yml',
  workingDirectory: '.',
  version: null,
  stage: null,
  reason: null,
  token: '',
  comment: true,
  push: true,
  failOnThreshold: true,
  issue: false,
  ...over,
});

describe('planRun routes the monitor', () => {
  test.each([
    [
      'auto on schedule: every monitored stage',
      inputs(),
      'schedule',
      { kind: 'monitor', stage: null },
    ],
    [
      'auto on schedule with a stage input',
      inputs({ stage: 'production' }),
      'schedule',
      { kind: 'monitor', stage: 'production' },
    ],
    [
      'command monitor on any event',
      inputs({ command: 'monitor', stage: 'production' }),
      'workflow_dispatch',
      { kind: 'monitor', stage: 'production' },
    ],
    [
      'command monitor without a stage: every monitored stage',
      inputs({ command: 'monitor' }),
      'push',
      { kind: 'monitor', stage: null },
    ],
  ])('%s', (_name, i, event, plan) => {
    expect(planRun(i, { name: event, payload: {} })).toEqual(plan);
  });

  test('an unknown event is still skipped, naming schedule among the events Lepton acts on', () => {
    const plan = planRun(inputs(), { name: 'issues', payload: {} });
    expect(plan).toEqual({ kind: 'skip', reason: expect.stringContaining('and schedule)') });
  });
});

describe('planRun on pull request events', () => {
  const head = 'a'.repeat(40);
  const payload = { pull_request: { number: 7, base: { ref: 'main' }, head: { sha: head } } };
  const evalPlan = { kind: 'eval', baseBranch: 'main', pullRequest: 7, headSha: head };

  test.each([
    ['auto on pull_request', inputs(), 'pull_request', payload, evalPlan],
    // Chosen in the workflow (a label-gated run, say): allowed, and its checkout still checked.
    [
      'command eval on pull_request_target',
      inputs({ command: 'eval' }),
      'pull_request_target',
      payload,
      evalPlan,
    ],
    // No pull request to read: the other commands do not need one.
    [
      'command validate with no payload',
      inputs({ command: 'validate' }),
      'pull_request',
      {},
      { kind: 'validate' },
    ],
    [
      'command eval on push',
      inputs({ command: 'eval' }),
      'push',
      {},
      { kind: 'eval', baseBranch: null, pullRequest: null, headSha: null },
    ],
  ])('%s', (_name, i, name, p, plan) => {
    expect(planRun(i, { name, payload: p })).toEqual(plan);
  });

  test.each([
    [
      'auto on pull_request_target',
      inputs(),
      'pull_request_target',
      payload,
      'does not evaluate pull requests on pull_request_target',
    ],
    ['auto with no pull request', inputs(), 'pull_request', {}, 'carries no pull request number'],
    [
      'command eval with no pull request',
      inputs({ command: 'eval' }),
      'pull_request',
      {},
      'carries no pull request number',
    ],
    [
      'a pull request with no head commit',
      inputs(),
      'pull_request',
      { pull_request: { number: 7 } },
      'carries no head commit',
    ],
    [
      'a head that is not a commit id',
      inputs(),
      'pull_request',
      { pull_request: { number: 7, head: { sha: 'main' } } },
      'carries no head commit',
    ],
    [
      'a number that is not a pull request’s',
      inputs(),
      'pull_request',
      { pull_request: { number: 0, head: { sha: head } } },
      'carries no pull request number',
    ],
  ])('refuses (invalid) %s', (_name, i, name, p, message) => {
    expect(() => planRun(i, { name, payload: p })).toThrow(
      expect.objectContaining({ kind: 'invalid', message: expect.stringContaining(message) }),
    );
  });
});
