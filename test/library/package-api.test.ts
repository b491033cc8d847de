import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT, runNode, tempDir, writeFiles } from '../helpers/repo.js';

/** The npm library as a consumer imports it: by package name, from the committed bundle. */
describe('lepton-ci as an npm library', () => {
  it('resolves by name to dist/lib.js with type declarations, and validates a manifest', async () => {
    const pkg = JSON.parse(readFileSync(join(PROJECT, 'package.json'), 'utf8')) as {
      exports: { '.': { import: string; types: string } };
    };
    const types = join(PROJECT, pkg.exports['.'].types);
    expect(readFileSync(types, 'utf8')).toContain("from './core/manifest/index.js'");
    expect(readFileSync(join(PROJECT, 'dist/types/core/manifest/validate.d.ts'), 'utf8')).toContain(
      'export declare function validateManifest(',
    );
    const dir = tempDir();
    writeFiles(dir, {
      'use.mjs': `
        import { validateManifest, EXIT_CODES } from 'lepton-ci';
        import { checkThresholds } from 'lepton-ci/core';
        const bad = validateManifest('version: 1\\nmodel: m\\n', 'x.yml');
        const good = validateManifest('version: 1\\nmodel: m\\neval: {command: x, metrics: m.json}\\n');
        console.log(JSON.stringify({ bad: bad.issues.map((i) => [i.line, i.path, i.message]), good: good.ok && good.manifest.model, exit: EXIT_CODES.invalid, core: checkThresholds({ thresholds: [{ metric: 'a', min: 1, level: 'error' }], metrics: { a: 2 }, baseline: null }).passed }));
      `,
    });
    // Self-reference by package name works from inside the package, as it would from node_modules.
    const script = join(PROJECT, 'test/library/.use.mjs');
    writeFiles(PROJECT, { 'test/library/.use.mjs': readFileSync(join(dir, 'use.mjs')) });
    try {
      const r = await runNode(script, [], PROJECT);
      expect(r.stderr).toBe('');
      expect(JSON.parse(r.stdout)).toEqual({
        bad: [[1, '<root>', 'missing required key "eval"']],
        good: 'm',
        exit: 2,
        core: true,
      });
    } finally {
      (await import('node:fs')).rmSync(script, { force: true });
    }
  });
});

/**
 * A plain-JavaScript caller is not held to the types: `openProject` without `log` worked, and
 * `evaluate` failed later with "Cannot read properties of undefined (reading 'info')" (a new-user
 * trial). The options are checked at once.
 */
describe('openProject called from plain JavaScript', () => {
  const CASES: [string, string, string[]][] = [
    [
      'no log',
      "{ manifestPath: 'lepton.yml', env: process.env }",
      [
        'log: a Logger with info, warn, output, group (missing: info, warn, output, group); streamLogger(process.stderr) makes one',
      ],
    ],
    [
      'a log without group',
      "{ manifestPath: 'lepton.yml', env: process.env, log: { info() {}, warn() {}, output() {} } }",
      [
        'log: a Logger with info, warn, output, group (missing: group); streamLogger(process.stderr) makes one',
      ],
    ],
    [
      'no manifestPath and no env',
      '{ log: streamLogger(process.stderr) }',
      ['manifestPath: the manifest file, a path', 'env: the environment, an object'],
    ],
    [
      'nothing at all',
      'undefined',
      [
        'manifestPath: the manifest file, a path',
        'env: the environment, an object',
        'log: a Logger with info, warn, output, group (missing: info, warn, output, group); streamLogger(process.stderr) makes one',
      ],
    ],
  ];
  it.each(CASES)(
    '%s: a LeptonError (code 2) naming each missing option',
    async (_name, options, details) => {
      const script = join(PROJECT, 'test/library/.open.mjs');
      writeFiles(PROJECT, {
        'test/library/.open.mjs': `
        import { openProject, streamLogger } from 'lepton-ci';
        try { await openProject(${options}); console.log('opened'); }
        catch (e) { console.log(JSON.stringify({ name: e.name, code: e.code, message: e.message, details: e.details })); }
      `,
      });
      try {
        const r = await runNode(script, [], PROJECT);
        expect(JSON.parse(r.stdout)).toEqual({
          name: 'LeptonError',
          code: 2,
          message: `openProject: options are missing or of the wrong type: ${(details as string[]).map((d) => d.split(':')[0]).join(', ')}`,
          details,
        });
      } finally {
        (await import('node:fs')).rmSync(script, { force: true });
      }
    },
  );
});
