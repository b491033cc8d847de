import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeRepo, PROJECT, runCli, tempDir, writeFiles } from '../helpers/repo.js';

const EXAMPLE = join(PROJECT, 'test/fixtures/manifests/valid/contract-example.yml');

describe('lepton validate (built CLI)', () => {
  it('prints a one-line OK on stderr and exits 0 for the contract example', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'lepton.yml': readFileSync(EXAMPLE, 'utf8') });
    const r = await runCli(dir, ['validate']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^lepton\.yml: OK/);
  });

  it('exits 2 with every problem, each as file:line:col: key.path: message', async () => {
    const dir = tempDir();
    writeFiles(dir, {
      'lepton.yml':
        'version: 1\nmodel: m\nevall: {}\neval:\n  command: x\n  metrics: m.json\n  timeout: 30 minutes\n',
    });
    const r = await runCli(dir, ['validate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('lepton.yml:3:1: evall: unknown key (did you mean "eval"?)');
    expect(r.stderr).toContain(
      'lepton.yml:7:12: eval.timeout: expected a duration like 45s, 30m or 1h',
    );
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  // One file listed twice would be read twice after the eval ran: refused before anything runs.
  it.each([['validate'], ['eval'], ['record']])(
    '%s refuses a metrics file listed twice (as ./m.json) before running the eval (exit 2)',
    async (cmd) => {
      const repo = makeRepo({
        'lepton.yml':
          'version: 1\nmodel: m\ncomponents:\n  code:\n    paths: [src/**]\neval:\n  command: sh eval.sh\n  metrics:\n    - m.json\n    - ./m.json\n',
        'src/a.txt': 'a\n',
        'eval.sh': 'touch ran\necho \'{"acc": 1}\' > m.json\n',
      });
      const r = await runCli(repo.dir, [cmd]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(
        'lepton.yml:10:7: eval.metrics.1: metrics file "./m.json" is listed twice (as "m.json"): first at eval.metrics.0',
      );
      expect(existsSync(join(repo.dir, 'ran'))).toBe(false);
    },
  );

  // `../iris/m.json` in models/iris is `m.json` too: only the manifest's place shows it.
  it.each([['validate'], ['eval'], ['record'], ['status']])(
    '%s refuses a metrics file listed again through its own folder (../iris/m.json) before running the eval (exit 2)',
    async (cmd) => {
      const repo = makeRepo({
        'models/iris/lepton.yml':
          'version: 1\nmodel: m\ncomponents:\n  code:\n    paths: [src/**]\neval:\n  command: sh eval.sh\n  metrics:\n    - m.json\n    - ../iris/m.json\n',
        'models/iris/src/a.txt': 'a\n',
        'models/iris/eval.sh': 'touch ran\necho \'{"acc": 1}\' > m.json\n',
      });
      const r = await runCli(join(repo.dir, 'models/iris'), [cmd]);
      expect(r.code).toBe(2);
      const message =
        'eval.metrics.1: metrics file "../iris/m.json" is listed twice (as "m.json"): first at eval.metrics.0';
      expect(r.stderr).toContain(cmd === 'validate' ? `lepton.yml:10:7: ${message}` : message);
      expect(existsSync(join(repo.dir, 'models/iris/ran'))).toBe(false);
    },
  );

  it('does not take ../other/m.json for its own m.json', async () => {
    const repo = makeRepo({
      'models/iris/lepton.yml':
        'version: 1\nmodel: m\ncomponents:\n  code:\n    paths: [src/**]\neval:\n  command: sh eval.sh\n  metrics:\n    - m.json\n    - ../other/m.json\n',
      'models/iris/src/a.txt': 'a\n',
      'models/iris/eval.sh': 'true\n',
    });
    const r = await runCli(join(repo.dir, 'models/iris'), ['validate']);
    expect(r.stderr).not.toContain('listed twice');
    expect(r.code).toBe(0);
  });

  it('names the path tried when the manifest is missing', async () => {
    const dir = tempDir();
    const r = await runCli(dir, ['--manifest', 'nope.yml', 'validate']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(
      `lepton: cannot read manifest ${join(dir, 'nope.yml')}: no such file\n` +
        "  write one with `lepton init` in the model's folder, or name the one you have (the CLI's --manifest FILE, the Action's manifest input); `lepton ls` lists the repository's models",
    );
  });

  it.each([['status'], ['eval'], ['record'], ['show']])(
    '%s without a manifest says how to get one (exit 2)',
    async (cmd) => {
      const dir = tempDir();
      const r = await runCli(dir, [cmd, '--json']);
      expect(r.code).toBe(2);
      expect(JSON.parse(r.stdout)).toEqual({
        error: {
          kind: 'invalid',
          code: 2,
          message: `cannot read manifest ${join(dir, 'lepton.yml')}: no such file`,
          details: [
            "write one with `lepton init` in the model's folder, or name the one you have (the CLI's --manifest FILE, the Action's manifest input); `lepton ls` lists the repository's models",
          ],
        },
      });
    },
  );

  it('a glob given to a one-model command says it reads one manifest (exit 2)', async () => {
    const dir = tempDir();
    const r = await runCli(dir, ['--manifest', 'models/*/lepton.yml', 'status']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(
      `lepton: cannot read manifest ${join(dir, 'models/*/lepton.yml')}: no such file\n` +
        '  this command reads one manifest: name it (models/a/lepton.yml); a glob is for ls, affected and the Action',
    );
  });

  it('answers --version and --help for every command', async () => {
    const dir = tempDir();
    const v = await runCli(dir, ['--version']);
    expect(v.code).toBe(0);
    expect(v.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    for (const cmd of ['validate', 'status', 'eval', 'record', 'promote', 'show', 'diff']) {
      const h = await runCli(dir, [cmd, '--help']);
      expect(h.code).toBe(0);
      expect(h.stdout).toContain(`lepton ${cmd}`);
    }
  });

  it('exits 2 on an unknown command', async () => {
    const r = await runCli(tempDir(), ['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown command 'frobnicate'");
  });
});
