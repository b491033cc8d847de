import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT } from '../helpers/repo.js';
import * as main from '../../src/index.js';
import * as core from '../../src/core-api.js';
import { LeptonError } from '../../src/index.js';

// The public API is small on purpose: what is exported here is a promise (ARCHITECTURE.md).
describe('the public API', () => {
  it('lepton-ci exports the use cases, the project, the manifest and the errors, nothing else', () => {
    expect(Object.keys(main).sort()).toEqual([
      'EXIT_CODES',
      'LeptonError',
      'ManifestInvalidError',
      'VERSION',
      'diff',
      'evalJson',
      'evaluate',
      'exitCodeOf',
      'history',
      'loadManifest',
      'manifestJsonSchema',
      'openProject',
      'promote',
      'record',
      'recordJson',
      'show',
      'status',
      'streamLogger',
      'validateManifest',
    ]);
  });

  it('the README and docs/ (shipped in the package) call only what lepton-ci exports: NAME(ctx, …)', () => {
    const files = ['README.md', ...readdirSync(join(PROJECT, 'docs')).map((f) => `docs/${f}`)];
    const called = files.flatMap((f) =>
      [...readFileSync(join(PROJECT, f), 'utf8').matchAll(/\b([A-Za-z]\w*)\(ctx\b/g)].map(
        (m) => `${f}: ${m[1]!}`,
      ),
    );
    expect(called.length).toBeGreaterThan(0);
    expect(called.filter((c) => !(c.split(': ')[1]! in main))).toEqual([]);
  });

  it.each(['normalize', 'pathEscapes', 'parseDuration', 'stageThresholds', 'formatIssue'])(
    'internal %s is not exported',
    (name) => {
      expect(name in main).toBe(false);
      expect(name in core).toBe(false);
    },
  );

  it('lepton-ci/core holds the building blocks', () => {
    expect(Object.keys(core).sort()).toEqual([
      'Git',
      'SCHEMA_ID',
      'checkThresholds',
      'childEnv',
      'evalSettingsHash',
      'fingerprintModel',
      'manifestJsonSchema',
      'manifestJsonSchemaText',
      'parseMetrics',
      'parseRecord',
      'parseTagName',
      'readRecord',
      'readRegistry',
      'readSettings',
      'renderMarkdownReport',
      'renderTextReport',
      'reportMarker',
      'selectFiles',
      'stageTag',
      'versionTag',
    ]);
  });

  it.each([
    ['invalid', 2],
    ['threshold', 1],
    ['eval', 3],
    ['git', 4],
  ] as const)('a LeptonError of kind %s has the stable code %d', (kind, code) => {
    const e = new LeptonError(kind, 'x');
    expect(e.code).toBe(code);
    expect(main.exitCodeOf(e)).toBe(code);
  });

  it('an invalid manifest file is a ManifestInvalidError with code 2', async () => {
    await expect(main.loadManifest('/nonexistent/lepton.yml')).rejects.toMatchObject({
      kind: 'invalid',
      code: 2,
      message: 'cannot read manifest /nonexistent/lepton.yml: no such file',
    });
  });
});
