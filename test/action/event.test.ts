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
