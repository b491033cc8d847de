// Use cases ask git through named io functions (io/git-files.ts, io/registry/*): ESLint refuses
// a raw git command line in src/app (eslint.config.js, noRawGit). Each case lints a snippet as a
// file of that layer; the last case lints the real src/app files.
import { describe, expect, it } from '@jest/globals';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { PROJECT } from '../helpers/repo.js';

const eslint = new ESLint({ cwd: PROJECT });
const RULE = 'no-restricted-syntax';

async function rawGitErrors(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path });
  return (result?.messages ?? []).filter((m) => m.ruleId === RULE).map((m) => m.message);
}

const declared = 'declare const git: any, ctx: any, that: any;\n';

describe('no raw git in src/app', () => {
  it.each([
    "await git.run(['rev-parse', 'HEAD']);",
    "await git.out(['ls-files', '-z']);",
    "git.runSync(['cat-file', '-e', 'x']);",
    "await ctx.git.run(['cat-file', '-e', 'x'], { allowFailure: true });",
    'await ctx.git.out(args);',
    "await this.git.run(['tag']);",
    "await that.repo.run(['status', '--porcelain']);",
  ])('%s is refused in a use case', async (code) => {
    const errors = await rawGitErrors('src/app/fixture.ts', `${declared}${code}\n`);
    expect(errors).toEqual([
      'app calls no raw git: put the command behind a named function in src/io (io/git-files.ts)',
    ]);
  });

  it.each([
    ['src/app/fixture.ts', 'await ctx.git.topLevel();'],
    ['src/app/fixture.ts', "await ctx.git.remoteUrl('origin');"],
    ['src/app/fixture.ts', 'await that.run(options);'],
    ['src/io/fixture.ts', "await git.run(['rev-parse', 'HEAD']);"],
  ])('%s: %s is let through', async (path, code) => {
    expect(await rawGitErrors(path, `${declared}${code}\n`)).toEqual([]);
  });

  it('no file of src/app calls git raw today (site.ts excepted until the registry work moves it)', async () => {
    const dir = join(PROJECT, 'src/app');
    const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'site.ts');
    expect(files.length).toBeGreaterThan(20);
    const results = await eslint.lintFiles(files.map((f) => join(dir, f)));
    const found = results.flatMap((r) =>
      r.messages.filter((m) => m.ruleId === RULE).map((m) => `${r.filePath}:${m.line}`),
    );
    expect(found).toEqual([]);
  });
});
