// The Action writes workflow and file commands itself (src/action/workflow-commands.ts) so
// that its start-up does not load @actions/core's HTTP client. What the runner reads must not
// change: each case runs the same call through @actions/core and through ours and compares
// stdout and the GITHUB_OUTPUT / summary files byte for byte (the output delimiter is random).
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import * as toolkit from '@actions/core';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as ours from '../../src/action/workflow-commands.js';

type Api = Pick<
  typeof ours,
  | 'setOutput'
  | 'setSecret'
  | 'error'
  | 'warning'
  | 'notice'
  | 'info'
  | 'debug'
  | 'startGroup'
  | 'endGroup'
  | 'setFailed'
  | 'getInput'
  | 'getBooleanInput'
>;

let dir: string;
const saved = { ...process.env };
const savedExit = process.exitCode;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lepton-wfc-'));
  for (const k of Object.keys(process.env)) if (/^(GITHUB_|INPUT_)/.test(k)) delete process.env[k];
});
afterEach(() => {
  process.env = { ...saved };
  process.exitCode = savedExit;
  rmSync(dir, { recursive: true, force: true });
});

/** stdout, the output file (delimiters made equal) and the exit code after `work`. */
function effects(work: () => void): { stdout: string; output: string; exitCode: unknown } {
  const output = join(dir, `output-${Math.random()}`);
  writeFileSync(output, '');
  process.env.GITHUB_OUTPUT = output;
  const original = process.stdout.write.bind(process.stdout);
  let stdout = '';
  process.stdout.write = ((chunk: string | Uint8Array) => {
    stdout += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString();
    return true;
  }) as typeof process.stdout.write;
  process.exitCode = undefined;
  try {
    work();
  } finally {
    process.stdout.write = original;
  }
  const exitCode = process.exitCode;
  process.exitCode = undefined;
  return {
    stdout,
    output: readFileSync(output, 'utf8').replace(/ghadelimiter_[0-9a-f-]{36}/g, 'DELIM'),
    exitCode,
  };
}

const cases: ReadonlyArray<readonly [string, (api: Api) => void]> = [
  ['an output with newlines and JSON', (c) => c.setOutput('metrics', '{"a":1}\nline 2\r\n')],
  ['a non-string output', (c) => c.setOutput('count', 3)],
  ['an empty output', (c) => c.setOutput('tag', '')],
  ['a mask', (c) => c.setSecret('ghp_abc%def\nxyz')],
  ['a warning with % and newlines', (c) => c.warning('50% done\nnext: line\r')],
  [
    'an error annotation at a position, with : and , in the file name',
    (c) => c.error('eval.timeout: bad', { file: 'a:b,c.yml', startLine: 3, startColumn: 5 }),
  ],
  ['an error annotation whose properties are all empty', (c) => c.error('x', { title: '' })],
  ['an Error as a notice', (c) => c.notice(new Error('boom'))],
  [
    'info, debug and a group',
    (c) => (c.startGroup('eval: x'), c.info('hi'), c.debug('d%'), c.endGroup()),
  ],
  ['setFailed', (c) => c.setFailed('threshold accuracy: 0.8 < 0.9')],
];

describe('workflow commands, as @actions/core writes them', () => {
  it.each(cases)('%s', (_name, call) => {
    const theirs = effects(() => call(toolkit as unknown as Api));
    const mine = effects(() => call(ours));
    expect(mine).toEqual(theirs);
    expect(mine.stdout + mine.output).not.toBe('');
  });

  it('without GITHUB_OUTPUT, an output is the set-output command, as before', () => {
    const run = (api: Api) => {
      const r = effects(() => {
        delete process.env.GITHUB_OUTPUT;
        api.setOutput('report', 'a\nb');
      });
      return r.stdout;
    };
    expect(run(ours)).toBe(run(toolkit as unknown as Api));
    expect(run(ours)).toBe('\n::set-output name=report::a%0Ab\n');
  });

  it.each([
    ['INPUT_WORKING-DIRECTORY', 'working-directory', '  sub/dir \n', 'sub/dir'],
    ['INPUT_FAIL_ON_THRESHOLD', 'fail on threshold', 'x', 'x'],
    ['INPUT_TOKEN', 'token', '', ''],
  ])('reads %s as input %j', (key, name, value, expected) => {
    process.env[key] = value;
    expect(ours.getInput(name)).toBe(expected);
    expect(ours.getInput(name)).toBe(toolkit.getInput(name));
  });

  it.each([
    ['True', true],
    ['FALSE', false],
    ['yes', 'Input does not meet YAML 1.2 "Core Schema" specification: push'],
  ] as const)('boolean input %j', (value, expected) => {
    process.env.INPUT_PUSH = value;
    const read = (api: Api) => {
      try {
        return api.getBooleanInput('push');
      } catch (e) {
        return (e as Error).message.split('\n')[0];
      }
    };
    expect(read(ours)).toBe(expected);
    expect(read(ours)).toBe(read(toolkit as unknown as Api));
  });

  it('appends to the job summary as the toolkit does, and names an unwritable file', async () => {
    const a = join(dir, 'summary-a');
    const b = join(dir, 'summary-b');
    writeFileSync(a, 'before\n');
    writeFileSync(b, 'before\n');
    await ours.appendSummary(a, '## Report\n| a |');
    process.env.GITHUB_STEP_SUMMARY = b;
    await toolkit.summary.addRaw('## Report\n| a |', true).write();
    expect(readFileSync(a, 'utf8')).toBe(readFileSync(b, 'utf8'));
    expect(readFileSync(a, 'utf8')).toBe('before\n## Report\n| a |\n');
    const missing = join(dir, 'nope', 'summary');
    await expect(ours.appendSummary(missing, 'x')).rejects.toThrow(
      `Unable to access summary file: '${missing}'.`,
    );
  });
});
