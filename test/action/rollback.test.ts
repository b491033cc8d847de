import { afterAll, describe, expect, it } from '@jest/globals';
import { parseRecord } from '../../src/core/registry/message.js';
import { git } from '../helpers/repo.js';
import { cleanupOrigins, MODEL, MODEL_DIR, NO_IDENTITY, type Origin } from './model-repo.js';
import { twoInStaging } from './staged.js';
import { cleanupRuns, examplePayload, runAction, type ActionRun } from './run-action.js';

afterAll(() => {
  cleanupOrigins();
  cleanupRuns();
});

const readable = (markdown: string): string =>
  markdown.replace(/\\([!-/:-@[-`{-~])/g, '$1').replace(/\u2060/g, '');

async function dispatch(
  o: Origin,
  inputs: Record<string, string>,
  eventInputs: Record<string, unknown> = {},
): Promise<ActionRun> {
  const payload = await examplePayload('workflow_dispatch');
  payload.inputs = eventInputs;
  return runAction({
    workspace: o.checkout('main'),
    eventName: 'workflow_dispatch',
    payload,
    inputs: { 'working-directory': MODEL_DIR, ...inputs },
    env: NO_IDENTITY,
  });
}

describe('the action: command rollback', () => {
  it('withdraws the holder, pushes the unassignment tag with the reason and the run, and reports it', async () => {
    const o = await twoInStaging();
    const r = await dispatch(o, {
      command: 'rollback',
      stage: 'staging',
      reason: 'error rate 4% after the deploy',
    });
    expect(r.errors).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({
      version: '0.1.0',
      tag: `${MODEL}@v0.1.0`,
      'stage-tag': `${MODEL}#staging!#3`,
      passed: 'true',
    });
    const record = parseRecord(
      git(o.remote, 'tag', '--list', '--format=%(contents)', `${MODEL}#staging!#3`),
    );
    expect(record).toMatchObject({
      kind: 'unassign',
      version: '0.2.0',
      to: { version: '0.1.0', tag: `${MODEL}#staging#1` },
      reason: 'error rate 4% after the deploy',
      runUrl: expect.stringMatching(/\/actions\/runs\/4242$/),
    });
    expect(record?.kind === 'unassign' && record.by).toMatch(
      /^github-actions .*actions\/runs\/4242/,
    );
    const summary = readable(r.summary);
    expect(summary).toContain('v0.2.0 withdrawn from `staging`');
    expect(summary).toContain('Reason: error rate 4% after the deploy');
  });

  it('auto on workflow_dispatch with rollback: true takes stage and reason from the event inputs; without a reason it fails', async () => {
    const o = await twoInStaging();
    const refused = await dispatch(o, {}, { rollback: 'true', stage: 'staging' });
    expect(refused.code).not.toBe(0);
    expect(refused.errors.join('\n')).toContain('rollback needs the "reason" input');
    expect(git(o.remote, 'tag', '--list', `${MODEL}#staging!*`)).toBe('');

    const r = await dispatch(o, {}, { rollback: true, stage: 'staging', reason: 'drift' });
    expect(r.errors).toEqual([]);
    expect(r.outputs['stage-tag']).toBe(`${MODEL}#staging!#3`);
  });

  it("refuses to empty the stage with a hint for the Action, not the CLI's --allow-empty flag", async () => {
    const o = await twoInStaging();
    const inputs = { command: 'rollback', stage: 'staging', reason: 'drift' };
    expect((await dispatch(o, inputs)).code).toBe(0);
    const refused = await dispatch(o, inputs);
    expect(refused.code).toBe(2);
    const said = refused.errors.join('\n');
    expect(said).toContain('v0.1.0 is the only version staging holds');
    expect(said).not.toContain('pass --allow-empty');
    expect(said).toContain(
      'the Action never leaves a stage empty; to withdraw it anyway, run lepton rollback staging --reason TEXT --allow-empty --push from a clone',
    );
    expect(git(o.remote, 'tag', '--list', `${MODEL}#staging!*`).trim()).toBe(`${MODEL}#staging!#3`);
  });
});
