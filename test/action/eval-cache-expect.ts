// What both cache-service tests (v1 and v2) expect of a run the eval cache answered.
import { expect } from '@jest/globals';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { MODEL_DIR } from './model-repo.js';
import type { ActionRun } from './run-action.js';

/** `second` ran in `workspace` on the content `first` evaluated, and took its metrics from the cache. */
export function expectRestored(first: ActionRun, second: ActionRun, workspace: string): void {
  expect(second.stdout).toContain('eval results restored from the Actions cache');
  expect(existsSync(join(workspace, MODEL_DIR, 'out'))).toBe(false); // the eval command never ran
  expect(second.outputs.reused).toBe('true');
  expect(second.outputs.metrics).toBe(first.outputs.metrics);
  expect(second.summary).toContain('Metrics reused from the eval cache');
  expect(first.summary).not.toContain('Metrics reused');
}
