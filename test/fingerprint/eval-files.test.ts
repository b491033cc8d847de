// The eval's own files count (CONTRACT §2, issue 13 item 8): files the command names and
// `eval.paths` are hashed into the eval settings, never into the model's fingerprint.
import { afterEach, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { commandPaths, commandWords } from '../../src/core/fingerprint/eval-files.js';
import { makeRepo, runCli, type TestRepo } from '../helpers/repo.js';

const repos: TestRepo[] = [];
afterEach(() => {
  for (const r of repos.splice(0)) r.cleanup();
});

/** An eval script writing `accuracy` as read from `score` (a constant in the script, or a file). */
const script = (accuracy: string) =>
  `const fs = require('fs');\nfs.mkdirSync('out', { recursive: true });\nfs.writeFileSync('out/metrics.json', JSON.stringify({ accuracy: ${accuracy} }));\n`;

function project(command: string, extraEval: string[] = [], files: Record<string, string> = {}) {
  const repo = makeRepo({
    'lepton.yml': [
      'version: 1',
      'model: demo',
      'components:',
      '  code:',
      '    paths: [src/**]',
      'eval:',
      `  command: ${JSON.stringify(command)}`,
      '  metrics: out/metrics.json',
      ...extraEval,
      '  thresholds:',
      '    accuracy: { max_drop: 0.05 }',
      '',
    ].join('\n'),
    'src/model.txt': 'weights v1\n',
    '.gitignore': 'out/\n',
    ...files,
  });
  repos.push(repo);
  return repo;
}

interface Json {
  fingerprint: string;
  reused: boolean;
  metrics: Record<string, number>;
  changed: { components: string[]; data: string[]; eval?: boolean };
  created?: boolean;
  baseline: { version: string } | null;
}

async function run(repo: TestRepo, cmd: 'eval' | 'record') {
  const r = await runCli(repo.dir, [cmd, '--json']);
  if (r.code !== 0 && r.code !== 1) throw new Error(`${cmd} exited ${r.code}: ${r.stderr}`);
  return { code: r.code, json: JSON.parse(r.stdout) as Json, stderr: r.stderr };
}

describe('the eval’s own files', () => {
  it('editing evaluate.js (named by the command, in no component) runs the eval again: no reuse, no "unchanged"', async () => {
    const repo = project('node evaluate.js', [], { 'evaluate.js': script('0.9') });
    const first = await run(repo, 'record');
    expect(first.json.created).toBe(true);

    repo.write({ 'evaluate.js': script('0.5') });
    repo.commit('a harsher eval');
    const e = await run(repo, 'eval');
    expect(e.json.reused).toBe(false);
    expect(e.json.metrics).toEqual({ accuracy: 0.5 });
    expect(e.json.fingerprint).toBe(first.json.fingerprint);
    expect(e.json.changed).toEqual({ components: [], data: [], eval: true });
    expect(e.code).toBe(1);

    const r = await runCli(repo.dir, ['record']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('eval changed');
    expect(r.stdout).not.toMatch(/Unchanged:/);
    expect(r.stdout).toContain(
      'Eval changed: demo@v0.1.0 already records this fingerprint, measured by another eval',
    );
    expect(r.stdout).not.toMatch(/reused/i);
    // No version for a changed eval alone: the model's content is v0.1.0's.
    expect(repo.git('tag', '--list').trim()).toBe('demo@v0.1.0');
  });

  it('reuses the metrics when only a file the eval does not name changed', async () => {
    const repo = project('node evaluate.js', [], {
      'evaluate.js': script('0.9'),
      'README.md': 'v1\n',
    });
    await run(repo, 'record');
    repo.write({ 'README.md': 'v2\n' });
    repo.commit('docs');
    const e = await run(repo, 'eval');
    expect(e.json.reused).toBe(true);
    expect(e.json.changed).toEqual({ components: [], data: [] });
  });

  it.each([
    [
      'eval.paths globs',
      'node harness/run.js',
      ['  paths: ["fixtures/**"]'],
      'fixtures/expected.json',
    ],
    ['an --opt=value word', 'node harness/run.js --config=conf/eval.json', [], 'conf/eval.json'],
    ['an input redirection', 'node harness/run.js < conf/eval.json', [], 'conf/eval.json'],
    ['a word inside sh -c "…"', `sh -c "node harness/run.js conf/eval.json"`, [], 'conf/eval.json'],
  ])('a change to a file named by %s runs the eval again', async (_, command, extra, file) => {
    const harness = `const fs = require('fs');\nfs.mkdirSync('out', { recursive: true });\nfs.writeFileSync('out/metrics.json', JSON.stringify({ accuracy: 0.9 }));\n`;
    const repo = project(command, extra, {
      'harness/run.js': harness,
      [file]: '{"v": 1}\n',
    });
    const first = await run(repo, 'record');
    const status1 = JSON.parse((await runCli(repo.dir, ['status', '--json'])).stdout) as {
      fingerprint: string;
      eval: { files: number; hash: string };
    };
    expect(status1.eval.files).toBe(2);
    repo.write({ [file]: '{"v": 2}\n' });
    repo.commit('eval input');
    const e = await run(repo, 'eval');
    expect(e.json.reused).toBe(false);
    expect(e.json.changed.eval).toBe(true);
    // Not the model's fingerprint.
    expect(e.json.fingerprint).toBe(first.json.fingerprint);
    const status2 = JSON.parse((await runCli(repo.dir, ['status', '--json'])).stdout) as {
      fingerprint: string;
      eval: { files: number; hash: string };
    };
    expect(status2.fingerprint).toBe(status1.fingerprint);
    expect(status2.eval.hash).not.toBe(status1.eval.hash);
  });

  it('an eval.paths glob that matches nothing is an error naming it', async () => {
    const repo = project('node evaluate.js', ['  paths: ["fixturez/**"]'], {
      'evaluate.js': script('0.9'),
    });
    const r = await runCli(repo.dir, ['status']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /lepton\.yml:\d+:\d+: eval\.paths\.0: path "fixturez\/\*\*" matches no file/,
    );
  });

  it('the schema and the README name eval.paths', () => {
    const schema = JSON.parse(readFileSync(join('schema', 'lepton.schema.json'), 'utf8')) as {
      properties: { eval: { properties: Record<string, unknown> } };
    };
    expect(Object.keys(schema.properties.eval.properties)).toContain('paths');
    expect(readFileSync('README.md', 'utf8')).toMatch(/^\s+paths: .*# .*eval/m);
  });
});

describe('commandWords: the words of a command that may be files, never run through a shell', () => {
  it.each([
    ['python evaluate.py', ['python', 'evaluate.py']],
    ['python -m pkg.eval --split test', ['python', 'pkg.eval', 'test']],
    [
      'python eval.py --config=conf/e.yaml > out/log.txt 2>&1',
      ['python', 'eval.py', 'conf/e.yaml'],
    ],
    [
      'python \'my eval.py\' "data dir/x.csv"',
      ['python', 'my eval.py', 'my', 'eval.py', 'data dir/x.csv', 'data', 'dir/x.csv'],
    ],
    [
      'SEED=1 python e.py && ./report.sh | tee out.txt',
      ['1', 'python', 'e.py', './report.sh', 'tee', 'out.txt'],
    ],
    ['python e.py $DATA "$HOME/x" `pwd`/y ~/z /abs/p', ['python', 'e.py']],
    ['python e.py # a comment naming c.py', ['python', 'e.py']],
    ['python e.py < in.txt >> out.txt', ['python', 'e.py', 'in.txt']],
    ['cat a\\ b.txt', ['cat', 'a b.txt']],
    ['python e.py; rm -rf x', ['python', 'e.py', 'rm', 'x']],
  ])('%s', (command, words) => {
    expect(commandWords(command)).toEqual(words);
  });
});

// Trial finding: files the command runs without naming them as a word were missed, so an edit
// to them was answered with stale metrics; and an eval naming no file at all said nothing.
describe('commandPaths: what the command reads besides its words', () => {
  it.each([
    ['python3 -m evalmod', ['evalmod.py', 'evalmod']],
    ['python -m pkg.ev --split test', ['pkg/ev.py', 'pkg/ev', 'pkg/__init__.py']],
    ['python3.11 -u -W ignore -m a.b.c', ['a/b/c.py', 'a/b/c', 'a/__init__.py', 'a/b/__init__.py']],
    ['python -Im evalmod', ['evalmod.py', 'evalmod']],
    ['python -mevalmod', ['evalmod.py', 'evalmod']],
    ['.venv/bin/python -m evalmod', ['evalmod.py', 'evalmod']],
    ['uv run python -m evalmod', ['evalmod.py', 'evalmod']],
    ['uv run --with numpy -m evalmod', ['evalmod.py', 'evalmod']],
    ['uv run --module=evalmod', ['evalmod.py', 'evalmod']],
    ['poetry run python -m evalmod', ['evalmod.py', 'evalmod']],
    ['conda run -n env python3 -m evalmod', ['evalmod.py', 'evalmod']],
    ['sh -c "python -m evalmod"', ['evalmod.py', 'evalmod']],
    ['python e.py -m evalmod', []],
    ['python -c "import x" -m evalmod', []],
    ['git commit -m evalmod', []],
    ['python -m $MOD', []],
    ['make eval', ['GNUmakefile', 'makefile', 'Makefile']],
    ['make -f build/eval.mk eval', ['build/eval.mk']],
    ['make --file=eval.mk', ['eval.mk']],
    ['make -C sub eval', ['sub/GNUmakefile', 'sub/makefile', 'sub/Makefile']],
    ['gmake -C sub -f e.mk', ['sub/e.mk']],
    ['make -f /abs/e.mk', []],
    ['sh e.sh $PWD/conf/acc.txt', []],
  ])('%s', (command, derived) => {
    const words = commandWords(command);
    expect(commandPaths(command)).toEqual([...words, ...derived.filter((d) => !words.includes(d))]);
  });

  it.each([
    ['sh e.sh $PWD/conf/acc.txt', ['sh', 'e.sh', 'conf/acc.txt']],
    [
      'sh e.sh ${PWD}/conf/acc.txt "$PWD/b c.txt"',
      ['sh', 'e.sh', 'conf/acc.txt', 'b c.txt', 'b', 'c.txt'],
    ],
    ['sh e.sh --conf=$PWD/conf/acc.txt', ['sh', 'e.sh', 'conf/acc.txt']],
    ['sh e.sh "$(echo conf/acc.txt)"', ['sh', 'e.sh', 'echo', 'conf/acc.txt']],
    ['sh e.sh "$(cat "$(echo list.txt)")"', ['sh', 'e.sh', 'cat', 'echo', 'list.txt']],
    ['sh e.sh $PWDX/a ${PWD} x$PWD/y', ['sh', 'e.sh']],
  ])('%s: words', (command, words) => {
    expect(commandWords(command)).toEqual(words);
  });
});

describe('the eval’s files the command names through a rule, end to end', () => {
  const writer = `import json, os\nos.makedirs('out', exist_ok=True)\njson.dump({'accuracy': 0.9}, open('out/metrics.json', 'w'))\n`;
  const sh = `mkdir -p out && echo '{"accuracy": 0.9}' > out/metrics.json\n`;
  it.each([
    ['python3 -m evalmod', { 'evalmod.py': writer }, 'evalmod.py'],
    [
      'python3 -m evalmod',
      { 'evalmod/__init__.py': '', 'evalmod/__main__.py': writer },
      'evalmod/__main__.py',
    ],
    ['python3 -m pkg.ev', { 'pkg/__init__.py': '', 'pkg/ev.py': writer }, 'pkg/ev.py'],
    [
      'python3 -m pkg.ev',
      { 'pkg/__init__.py': '', 'pkg/ev/__init__.py': '', 'pkg/ev/__main__.py': writer },
      'pkg/ev/__main__.py',
    ],
    ['make eval', { Makefile: `eval:\n\tsh e.sh\n`, 'e.sh': sh }, 'Makefile'],
    [
      'make -f build/eval.mk eval',
      { 'build/eval.mk': `eval:\n\tsh e.sh\n`, 'e.sh': sh },
      'build/eval.mk',
    ],
    ['sh e.sh $PWD/conf/acc.txt', { 'e.sh': sh, 'conf/acc.txt': '1\n' }, 'conf/acc.txt'],
    ['sh e.sh "$(echo conf/acc.txt)"', { 'e.sh': sh, 'conf/acc.txt': '1\n' }, 'conf/acc.txt'],
  ])('%s: an edit to %#’s %s runs the eval again', async (command, files, edited) => {
    const repo = project(command, [], files as Record<string, string>);
    const first = await run(repo, 'record');
    expect(first.json.created).toBe(true);
    repo.write({ [edited]: `${(files as Record<string, string>)[edited]}\n# edited\n` });
    repo.commit('edit the eval');
    const e = await run(repo, 'eval');
    expect(e.json.reused).toBe(false);
    expect(e.json.changed.eval).toBe(true);
    expect(e.json.fingerprint).toBe(first.json.fingerprint);
  });
});
