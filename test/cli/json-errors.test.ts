import { afterEach, describe, expect, it } from '@jest/globals';
import { makeRepo, runCli, tempDir, type TestRepo } from '../helpers/repo.js';
import { rmSync } from 'node:fs';

/**
 * `--json` on failure (issue 22.7, contract §4): whatever fails, stdout holds
 * exactly one JSON document `{error: {kind, code, message}}` (plus `issues` for
 * an invalid manifest) and the exit code is the kind's.
 */

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

const MANIFEST = [
  'version: 1',
  'model: demo',
  'components:',
  '  code:',
  '    paths: [src/**]',
  'eval:',
  `  command: ${JSON.stringify(`mkdir -p out && echo '{"acc": 0.9}' > out/m.json`)}`,
  '  metrics: out/m.json',
  'stages:',
  '  production:',
  '    thresholds:',
  '      acc: { min: 0.95 }',
  '',
].join('\n');

function project(manifest = MANIFEST): TestRepo {
  const repo = makeRepo({ 'lepton.yml': manifest, 'src/a.txt': 'a\n', '.gitignore': 'out/\n' });
  cleanups.push(repo.cleanup);
  return repo;
}

interface ErrorDoc {
  error: { kind: string; code: number; message: string; issues?: unknown[] };
}

async function failing(dir: string, args: string[]) {
  const r = await runCli(dir, args);
  // One document: JSON.parse refuses trailing text, and the shape is checked whole.
  const doc = JSON.parse(r.stdout) as ErrorDoc;
  expect(Object.keys(doc)).toEqual(['error']);
  expect(doc.error.code).toBe(r.code);
  return { ...r, doc };
}

describe('--json failures print one JSON error document', () => {
  it('an invalid manifest: kind invalid, exit 2, with the issues positioned', async () => {
    const repo = project(MANIFEST.replace('model: demo', 'model: Demo\nmodle: x'));
    for (const cmd of [
      ['status'],
      ['eval'],
      ['record'],
      ['show'],
      ['promote', '0.1.0', 'production'],
    ]) {
      const { code, doc } = await failing(repo.dir, [...cmd, '--json']);
      expect(code).toBe(2);
      expect(doc.error).toMatchObject({
        kind: 'invalid',
        code: 2,
        message: 'lepton.yml: 2 problems',
      });
      expect(doc.error.issues).toEqual([
        expect.objectContaining({ file: 'lepton.yml', line: 2, column: 8, path: 'model' }),
        expect.objectContaining({
          file: 'lepton.yml',
          line: 3,
          column: 1,
          path: 'modle',
          message: 'unknown key',
          hint: 'did you mean "model"?',
        }),
      ]);
    }
  });

  it('an eval that fails: kind eval, exit 3', async () => {
    const repo = project(MANIFEST.replace(/ {2}command: .*/, '  command: exit 7'));
    const { code, doc } = await failing(repo.dir, ['eval', '--json']);
    expect(code).toBe(3);
    expect(doc.error.kind).toBe('eval');
    expect(doc.error.message).toMatch(/exit(ed)? (with )?(code )?7/);
  });

  it.each([
    [['diff', '9.9.9', '--json'], 'invalid', 2],
    [['promote', '9.9.9', 'production', '--json'], 'invalid', 2],
    [['record', '--version', 'not-a-version', '--json'], 'invalid', 2],
    [['eval', '--baseline', 'no-such-ref', '--json'], 'invalid', 2],
    [['eval', '--json', '--no-such-flag'], 'usage', 2],
    [['show', '--json', 'extra-argument'], 'usage', 2],
  ])('%j → %s, exit %d', async (args, kind, exit) => {
    const repo = project();
    const { code, doc } = await failing(repo.dir, args);
    expect(doc.error.kind).toBe(kind);
    expect(code).toBe(exit);
    expect(doc.error.message.length).toBeGreaterThan(0);
  });

  it('no manifest at all', async () => {
    const dir = tempDir();
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const { code, doc } = await failing(dir, ['status', '--json']);
    expect(code).toBe(2);
    expect(doc.error.message).toContain('no such file');
  });

  it('a failure after the result was printed leaves that one document', async () => {
    // record --push to a remote that does not exist: the report and result are printed first?
    // Either way stdout must parse as one document.
    const repo = project();
    const r = await runCli(repo.dir, ['record', '--push', '--remote', 'nowhere', '--json']);
    expect(r.code).not.toBe(0);
    expect(() => JSON.parse(r.stdout) as unknown).not.toThrow();
  });
});
