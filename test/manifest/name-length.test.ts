import { afterEach, describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { makeRepo, runCli, type TestRepo } from '../helpers/repo.js';

/**
 * A model or stage name is at most 100 characters (src/core/manifest/patterns.ts,
 * NAME_MAX_LENGTH): each is part of git tag names, which git keeps as files named by them. Found
 * by a new-user trial: a 250-character model name passed `validate`, then `record` ran the whole
 * eval and failed with "could not create tag …: cannot lock ref", exit 4.
 */

const manifest = (model: string, stage = 'production') =>
  [
    'version: 1',
    `model: ${model}`,
    'components:',
    '  code:',
    '    paths: [src/**]',
    'eval:',
    `  command: ${JSON.stringify(`mkdir -p out && echo '{"acc": 0.9}' > out/m.json`)}`,
    '  metrics: out/m.json',
    'stages:',
    `  ${stage}: {}`,
    '',
  ].join('\n');

let repo: TestRepo | undefined;
afterEach(() => repo?.cleanup());

const repoWith = (text: string) =>
  (repo = makeRepo({ 'lepton.yml': text, 'src/a.txt': 'a\n', '.gitignore': 'out/\n' }));

const LONGEST = 'm' + 'a'.repeat(99);
const TOO_LONG = 'm' + 'a'.repeat(100);

describe('a model or stage name too long for git tags is refused by the manifest check', () => {
  it.each([
    [
      'a model of 101 characters',
      manifest(TOO_LONG),
      /^ {2}lepton\.yml:2:8: model: expected a model name of at most 100 characters: it is part of git tag names.* \(shorten it to 100 characters or fewer \("maaa+…" would do\)\)$/m,
    ],
    [
      "the trial's model of 250 characters",
      manifest('m' + 'a'.repeat(249)),
      /^ {2}lepton\.yml:2:8: model: expected a model name of at most 100 characters/m,
    ],
    [
      'a stage of 101 characters',
      manifest('demo', 's' + 'x'.repeat(100)),
      /^ {2}lepton\.yml:10:3: stages\.sx+: invalid name "sx+…": expected a stage name of at most 100 characters: .*\(shorten it to 100 characters or fewer/m,
    ],
  ])(
    '%s: validate exits 2 at its line and column; record runs no eval',
    async (_k, text, message) => {
      const r = repoWith(text);
      const v = await runCli(r.dir, ['validate']);
      expect(v.stderr).toMatch(message);
      expect(v.code).toBe(2);
      const rec = await runCli(r.dir, ['record']);
      expect(rec.stderr).toMatch(message);
      expect(rec.code).toBe(2);
      expect(existsSync(join(r.dir, 'out/m.json'))).toBe(false);
      expect(r.git('tag', '-l')).toBe('');
    },
  );
});

describe('the longest names make tags git can write', () => {
  it('a model of 100 characters is recorded; its longest stage tag is a valid ref git can make', async () => {
    const r = repoWith(manifest(LONGEST, 's' + 'x'.repeat(99)));
    const v = await runCli(r.dir, ['validate']);
    expect(v.code).toBe(0);
    const rec = await runCli(r.dir, ['record']);
    expect(rec.stderr).not.toMatch(/cannot lock ref/);
    expect(rec.code).toBe(0);
    expect(r.git('tag', '-l')).toBe(`${LONGEST}@v0.1.0\n`);
    // GTO's unassignment, the longest tag shape, with a counter of a million events.
    const longest = `${LONGEST}#s${'x'.repeat(99)}!#1000000`;
    r.git('check-ref-format', `refs/tags/${longest}`);
    r.git('tag', longest);
    expect(r.git('tag', '-l', `${LONGEST}#*`)).toBe(`${longest}\n`);
  });
});
