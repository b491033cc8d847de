import { expect } from '@jest/globals';
import { MODEL_DIR, MODEL_FILES, NO_IDENTITY, origin, type Origin } from './model-repo.js';
import { examplePayload, runAction } from './run-action.js';

/**
 * Two versions recorded by the built action on pushes to main (0.1.0, then 0.2.0 with a better
 * params.json), both promoted to staging (N 1, 2): staging holds 0.2.0.
 */
export async function twoInStaging(files: Record<string, string> = MODEL_FILES): Promise<Origin> {
  const o = origin(files);
  const push = async () => {
    const payload = await examplePayload('push', (p) => p.ref === 'refs/heads/master');
    payload.ref = 'refs/heads/main';
    (payload.repository as { default_branch: string }).default_branch = 'main';
    const r = await runAction({
      workspace: o.checkout('main'),
      eventName: 'push',
      payload,
      inputs: { 'working-directory': MODEL_DIR },
      env: NO_IDENTITY,
    });
    expect(r.errors).toEqual([]);
    expect(r.code).toBe(0);
  };
  await push();
  o.write({ [`${MODEL_DIR}/params.json`]: '{ "accuracy": 0.94 }\n' });
  o.commit('better');
  o.git('push', '-q', 'origin', 'main');
  await push();
  for (const version of ['0.1.0', '0.2.0']) {
    const payload = await examplePayload('workflow_dispatch');
    payload.inputs = {};
    const r = await runAction({
      workspace: o.checkout('main'),
      eventName: 'workflow_dispatch',
      payload,
      inputs: { 'working-directory': MODEL_DIR, stage: 'staging', version },
      env: NO_IDENTITY,
    });
    expect(r.errors).toEqual([]);
  }
  return o;
}
