// The layer fences (eslint.config.js) fail a wrong import and let a right one through: each
// case lints one import line as if it were a file of that layer, with ESLint's own Node API.
import { describe, expect, it } from '@jest/globals';
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
