// The layer fences (eslint.config.js) fail a wrong import and let a right one through: each
// case lints one import line as if it were a file of that layer, with ESLint's own Node API.
// Use cases ask git through named io functions (io/git-files.ts, io/registry/*): the app fence
// also refuses a raw git command line (noRawGit), shown the same way and on the real files.
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { PROJECT } from '../helpers/repo.js';

const eslint = new ESLint({ cwd: PROJECT });

/** The fence messages one line of code gets as the file `path`. */
async function fenceErrors(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const used = x;\n`, { filePath: path });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals')
    .map((m) => `${m.ruleId}: ${m.message}`);
}

describe('layer fences', () => {
  it.each([
    ['src/core/gate/fixture.ts', "import { x } from '../../io/git.js';", 'io, app, cli, action'],
    ['src/core/fixture.ts', "import { x } from '../app/context.js';", 'io, app, cli, action'],
    ['src/core/report/fixture.ts', "import type { x } from '../../cli/context.js';", 'io, app'],
    ['src/core/report/fixture.ts', "import { x } from '../../action/run.js';", 'io, app'],
    ['src/core/site/fixture.ts', "import { x } from 'node:path';", 'no Node module but crypto'],
    ['src/core/site/fixture.ts', "import { x } from 'fs/promises';", 'no Node module but crypto'],
    ['src/core/site/fixture.ts', "import { x } from 'node:child_process';", 'no Node module'],
    ['src/core/site/fixture.ts', "import { x } from '@actions/core';", '@actions/*'],
    [
      'src/io/files/fixture.ts',
      "import type { x } from '../../app/context.js';",
      'app, cli, action',
    ],
    ['src/io/fixture.ts', "import { x } from '../cli/program.js';", 'app, cli, action'],
    ['src/io/eval/fixture.ts', "import { x } from '../../action/logger.js';", 'app, cli, action'],
    ['src/app/fixture.ts', "import { x } from '../cli/context.js';", 'cli, action'],
    ['src/app/fixture.ts', "import { x } from '../action/inputs.js';", 'cli, action'],
    ['src/app/fixture.ts', "import { x } from '@actions/core';", '@actions/*'],
  ])('%s: %s is refused', async (path, code, words) => {
    const errors = await fenceErrors(path, code);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('no-restricted-imports');
    expect(errors[0]).toContain(words);
  });

  it('core may not read process globals', async () => {
    expect(await fenceErrors('src/core/fixture.ts', 'const x = process.env.HOME;')).toEqual([
      "no-restricted-globals: Unexpected use of 'process'.",
    ]);
  });

  it.each([
    ['src/core/fixture.ts', "import { x } from 'node:crypto';"],
    ['src/core/report/fixture.ts', "import { x } from '../format/number.js';"],
    ['src/core/fixture.ts', "import type { x } from './ports.js';"],
    ['src/core/fixture.ts', "import { x } from 'semver';"],
    ['src/io/files/fixture.ts', "import { x } from '../../core/errors/index.js';"],
    ['src/io/github/fixture.ts', "import { x } from '@actions/core';"],
    ['src/io/fixture.ts', "import { x } from 'node:child_process';"],
    ['src/app/fixture.ts', "import { x } from '../io/git.js';"],
    ['src/cli/commands/fixture.ts', "import { x } from '../../app/eval.js';"],
    ['src/action/fixture.ts', "import { x } from '../app/context.js';"],
  ])('%s: %s is allowed', async (path, code) => {
    expect(await fenceErrors(path, code)).toEqual([]);
  });
});

const RULE = 'no-restricted-syntax';

/** The raw-git messages `code` gets as the file `path`. */
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

  it('no file of src/app calls git raw', async () => {
    const dir = join(PROJECT, 'src/app');
    const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(20);
    // Only files with a call the rule could refuse are linted (parsing all of src/app is slow).
    const suspects = files
      .map((f) => join(dir, f))
      .filter((f) => /\.\s*(run|out|runSync)\s*\(/.test(readFileSync(f, 'utf8')));
    // (lintFiles([]) would lint the whole project.)
    const results = suspects.length ? await eslint.lintFiles(suspects) : [];
    const found = results.flatMap((r) =>
      r.messages.filter((m) => m.ruleId === RULE).map((m) => `${r.filePath}:${m.line}`),
    );
    expect(found).toEqual([]);
  });
});
