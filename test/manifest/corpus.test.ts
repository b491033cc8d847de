import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateManifest } from '../../src/core/manifest/index.js';

const DIR = join(import.meta.dirname, '../fixtures/manifests');
const invalid = readdirSync(join(DIR, 'invalid')).filter((f) => f.endsWith('.yml'));
const valid = readdirSync(join(DIR, 'valid')).filter((f) => f.endsWith('.yml'));

/** `LINE:COL KEY.PATH :: message start` — one expected problem per line of a `.errors` file. */
function expected(file: string) {
  return readFileSync(join(DIR, 'invalid', file.replace(/\.yml$/, '.errors')), 'utf8')
    .trim()
    .split('\n')
    .map((line) => {
      const m = /^(\d+):(\d+) (\S+(?: \S+)*?) :: (.*)$/.exec(line);
      if (!m) throw new Error(`bad expectation line in ${file}: ${line}`);
      return { line: Number(m[1]), column: Number(m[2]), path: m[3], message: m[4]! };
    });
}

describe('invalid manifest corpus', () => {
  it('has at least 30 cases', () => expect(invalid.length).toBeGreaterThanOrEqual(30));

  it.each(invalid)('%s reports exactly the expected problems', (file) => {
    const result = validateManifest(readFileSync(join(DIR, 'invalid', file), 'utf8'), file);
    expect(result.ok).toBe(false);
    const got = result.issues.map((i) => ({
      line: i.line,
      column: i.column,
      path: i.path,
      text: i.hint ? `${i.message} (${i.hint})` : i.message,
      file: i.file,
    }));
    const want = expected(file);
    expect(got.map(({ line, column, path }) => ({ line, column, path }))).toEqual(
      want.map(({ line, column, path }) => ({ line, column, path })),
    );
    want.forEach((w, i) => expect(got[i]!.text.startsWith(w.message)).toBe(true));
    got.forEach((g) => expect(g.file).toBe(file));
  });
});

describe('valid manifests', () => {
  it.each(valid)('%s validates', (file) => {
    const result = validateManifest(readFileSync(join(DIR, 'valid', file), 'utf8'), file);
    expect(result.issues).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('normalises the contract example: defaults, milliseconds, parsed percentages, frozen', () => {
    const r = validateManifest(readFileSync(join(DIR, 'valid/contract-example.yml'), 'utf8'));
    if (!r.ok) throw new Error('expected valid');
    const m = r.manifest;
    expect(m.eval.timeoutMs).toBe(30 * 60 * 1000);
    expect(m.eval.metrics).toEqual(['out/metrics.json']);
    expect(m.eval.env).toEqual({ SEED: '42' });
    expect(m.eval.thresholds.find((t) => t.metric === 'latency_p95_ms')).toEqual({
      metric: 'latency_p95_ms',
      max: 50,
      maxRise: { kind: 'percent', value: 10 },
      level: 'error',
    });
    expect(m.eval.thresholds.find((t) => t.metric === 'coverage')?.level).toBe('warn');
    expect(m.stages.map((s) => [s.name, s.after])).toEqual([
      ['staging', null],
      ['production', 'staging'],
    ]);
    expect(m.versioning).toEqual({ first: '0.1.0', bump: { components: 'minor', data: 'patch' } });
    expect(Object.isFrozen(m.eval.thresholds[0])).toBe(true);
    expect(Object.isFrozen(m.components)).toBe(true);
  });

  it('fills defaults for the minimal manifest and converts scalar env values to strings', () => {
    const min = validateManifest(readFileSync(join(DIR, 'valid/minimal.yml'), 'utf8'));
    if (!min.ok) throw new Error('expected valid');
    expect(min.manifest).toMatchObject({
      components: [],
      data: [],
      artifacts: [],
      stages: [],
      description: null,
      eval: { workdir: '.', timeoutMs: null, env: {}, thresholds: [] },
    });
    const full = validateManifest(readFileSync(join(DIR, 'valid/full-forms.yml'), 'utf8'));
    if (!full.ok) throw new Error('expected valid');
    expect(full.manifest.eval.env).toEqual({ SEED: '42', FAST: 'true', NAME: 'x' });
    expect(full.manifest.eval.timeoutMs).toBe(5_400_000);
    expect(full.manifest.components[0]!.paths).toEqual(['src/**/*.js', 'config.json']);
    expect(full.manifest.stages.map((s) => s.name)).toEqual(['staging', 'qa', 'production']);
  });
});
