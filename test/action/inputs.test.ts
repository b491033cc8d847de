import { afterAll, describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { makeRepo, type TestRepo } from '../helpers/repo.js';
import { MODEL_DIR, MODEL_FILES } from './model-repo.js';
import { cleanupRuns, runAction } from './run-action.js';

const repos: TestRepo[] = [];
afterAll(() => {
  for (const r of repos) r.cleanup();
  cleanupRuns();
});

/** A repository holding the sentiment model under models/sentiment, a file beside it. */
function repo(): TestRepo {
  const r = makeRepo({ ...MODEL_FILES, 'models/README.md': 'models\n' });
  repos.push(r);
  return r;
}

/** The step's failure: its first line, and the indented detail lines (the runner shows %0A as a newline). */
function failure(errors: readonly string[]): string[] {
  const last = errors[errors.length - 1] ?? '';
  return last.replace(/^::error::/, '').split('%0A');
}

describe('action inputs that point nowhere are named, with the path (exit 2, nothing run)', () => {
  it.each([
    {
      name: 'a misspelt working-directory (was: spawn git ENOENT)',
      inputs: { command: 'eval', 'working-directory': 'modles/sentiment' },
      first: 'input "working-directory": "modles/sentiment" does not exist',
      details: (ws: string) => [
        `  resolved against the workspace ${ws}: ${join(ws, 'modles/sentiment')}`,
        '  did you mean "models/sentiment"?',
      ],
    },
    {
      name: 'a misspelt last folder of working-directory',
      inputs: { command: 'validate', 'working-directory': 'models/sentimnt' },
      first: 'input "working-directory": "models/sentimnt" does not exist',
      details: (ws: string) => [
        `  resolved against the workspace ${ws}: ${join(ws, 'models/sentimnt')}`,
        '  did you mean "models/sentiment"?',
      ],
    },
    {
      name: 'a working-directory that is a file',
      inputs: { command: 'validate', 'working-directory': 'models/README.md' },
      first: 'input "working-directory": "models/README.md" is not a directory',
      details: (ws: string) => [
        `  resolved against the workspace ${ws}: ${join(ws, 'models/README.md')}`,
      ],
    },
    {
      name: 'a misspelt manifest',
      inputs: { command: 'validate', 'working-directory': MODEL_DIR, manifest: 'lepton.yaml' },
      first: 'input "manifest": "lepton.yaml" does not exist',
      details: (ws: string) => [
        `  resolved against working-directory "${MODEL_DIR}": ${join(ws, MODEL_DIR, 'lepton.yaml')}`,
        '  did you mean "lepton.yml"?',
      ],
    },
    {
      name: 'a manifest that is a directory',
      inputs: { command: 'record', manifest: 'models' },
      first: 'input "manifest": "models" is a directory',
      details: (ws: string) => [`  resolved against working-directory ".": ${join(ws, 'models')}`],
    },
  ])('$name', async ({ inputs, first, details }) => {
    const r = repo();
    const run = await runAction({
      workspace: r.dir,
      inputs: inputs as unknown as Record<string, string>,
    });
    expect(run.code).toBe(2);
    expect(failure(run.errors)).toEqual([first, ...details(r.dir)]);
    expect(run.stdout + run.stderr).not.toContain('ENOENT');
    expect(run.summary).toContain('### Lepton failed');
    expect(r.git('tag', '--list')).toBe('');
  });

  it.each([
    {
      name: 'a stage the manifest does not declare, with the closest one',
      inputs: { command: 'promote', stage: 'stagng' },
      lines: [
        'input "stage": sentiment has no stage "stagng"',
        `  stages in ${MODEL_DIR}/lepton.yml: staging, production`,
        '  did you mean "staging"?',
      ],
    },
    {
      name: 'a version that is no version',
      inputs: { command: 'promote', stage: 'staging', version: 'latest-good' },
      lines: [
        'input "version": "latest-good" is not a version',
        '  expected 1.2.0, v1.2.0 or sentiment@v1.2.0; leave it empty for the latest that passed',
      ],
    },
    {
      name: 'push: true without an origin remote',
      inputs: { command: 'record' },
      removeOrigin: true,
      lines: [
        'input "push" is true, but the repository at <repo> has no "origin" remote to push to',
        '  check the repository out with actions/checkout, or set push: false to tag locally only',
      ],
    },
    {
      name: 'a boolean that is no boolean',
      inputs: { command: 'record', push: 'yes' },
      lines: [
        'input "push" must be true or false (got "yes")',
        '  YAML 1.2 core schema booleans: true, True, TRUE, false, False, FALSE',
      ],
    },
  ])('$name', async ({ inputs, lines, removeOrigin }) => {
    const r = repo();
    if (removeOrigin) r.git('remote', 'remove', 'origin');
    const run = await runAction({
      workspace: r.dir,
      inputs: { 'working-directory': MODEL_DIR, ...(inputs as unknown as Record<string, string>) },
    });
    expect(run.code).toBe(2);
    expect(failure(run.errors)).toEqual(lines.map((l) => l.replace('<repo>', r.dir)));
    // Refused before the eval: it would have written out/.
    expect(run.stdout).not.toContain('::group::eval');
    expect(r.git('tag', '--list')).toBe('');
  });
});
