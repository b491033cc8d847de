import { afterEach, describe, expect, it } from '@jest/globals';
import { chmodSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeRepo, runCli, tempDir, writeFiles, type TestRepo } from '../helpers/repo.js';
import { sha } from './helpers.js';

interface StatusJson {
  model: string;
  fingerprint: string;
  components: Record<string, { hash: string; files: number }>;
  data: Record<string, { hash: string; files: number }>;
  latest: { version: string; tag: string } | null;
  changed: { components: string[]; data: string[] };
}

function manifest(
  components: Record<string, string[]>,
  data: Record<string, string[]> = {},
  model = 'demo',
): string {
  const block = (parts: Record<string, string[]>) =>
    Object.entries(parts)
      .map(([n, p]) => `  ${n}:\n    paths: ${JSON.stringify(p)}\n`)
      .join('');
  return (
    `version: 1\nmodel: ${model}\n` +
    (Object.keys(components).length ? `components:\n${block(components)}` : '') +
    (Object.keys(data).length ? `data:\n${block(data)}` : '') +
    'eval:\n  command: "true"\n  metrics: out/metrics.json\n'
  );
}

async function status(dir: string, args: string[] = []): Promise<StatusJson> {
  const r = await runCli(dir, ['status', '--json', ...args]);
  if (r.code !== 0) throw new Error(`status exited ${r.code}: ${r.stderr}`);
  return JSON.parse(r.stdout) as StatusJson;
}

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()?.();
});
function repo(files: Record<string, string | Buffer> = {}): TestRepo {
  const r = makeRepo(files);
  cleanups.push(r.cleanup);
  return r;
}
function dir(): string {
  const d = tempDir();
  cleanups.push(() => rmSync(d, { recursive: true, force: true }));
  return d;
}

const FILES = {
  'src/tok/vocab.txt': 'a\nb\nc\n',
  'src/tok/rules.py': 'print(1)\n',
  'src/clf/model.py': 'W = 3\n',
  'configs/clf.yaml': 'depth: 4\n',
  'data/train.csv': 'x,y\n1,2\n',
};
const PARTS = { tokenizer: ['src/tok/**'], classifier: ['src/clf/**', 'configs/clf.yaml'] };
const DATA = { train: ['data/train.csv'] };

describe('lepton status --json', () => {
  it('prints the contract shape: per part hash and file count, fingerprint, latest, changed', async () => {
    const r = repo({ ...FILES, 'lepton.yml': manifest(PARTS, DATA) });
    const run = await runCli(r.dir, ['status', '--json']);
    expect(run.code).toBe(0);
    const s = JSON.parse(run.stdout) as StatusJson;
    expect(Object.keys(s)).toEqual([
      'model',
      'fingerprint',
      'components',
      'data',
      'latest',
      'changed',
    ]);
    expect(s.model).toBe('demo');
    expect(s.fingerprint).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(s.components.tokenizer?.files).toBe(2);
    expect(s.components.classifier?.files).toBe(2);
    expect(s.data.train?.files).toBe(1);
    expect(s.latest).toBeNull();
    // Nothing recorded yet: every part counts as changed.
    expect(s.changed).toEqual({ components: ['tokenizer', 'classifier'], data: ['train'] });
  });

  it('hashes a part by the documented encoding (paths relative to the manifest folder)', async () => {
    const r = repo({
      'models/m/lepton.yml': manifest({ c: ['w/**'] }),
      'models/m/w/b.txt': 'bee',
      'models/m/w/a.txt': 'ay',
    });
    const s = await status(join(r.dir, 'models/m'));
    const text =
      'lepton-part/1\n' +
      `["file","w/a.txt",2,"${sha('ay')}"]\n` +
      `["file","w/b.txt",3,"${sha('bee')}"]\n`;
    expect(s.components.c?.hash).toBe('sha256:' + sha(text));
  });

  it('hashes large files on worker threads to the same SHA-256 as a single read', async () => {
    // More bytes than the main thread takes on (64 MiB), in files of different sizes, untracked.
    const big = (n: number, seed: number) => {
      const b = Buffer.alloc(n);
      for (let i = 0; i < n; i += 4096) b.writeUInt32LE((i * 2654435761 + seed) >>> 0, i);
      return b;
    };
    const files = {
      'w/a.bin': big(40 << 20, 1),
      'w/b.bin': big(20 << 20, 2),
      'w/c.bin': big(9 << 20, 3),
      'w/d.bin': big(5000, 4),
    };
    const r = repo({ 'lepton.yml': manifest({ weights: ['w'] }) });
    r.write(files);
    const s = await status(r.dir);
    const text =
      'lepton-part/1\n' +
      Object.entries(files)
        .map(([p, b]) => `["file","${p}",${b.length},"${sha(b)}"]\n`)
        .join('');
    expect(s.components.weights).toEqual({ hash: 'sha256:' + sha(text), files: 4 });
  });

  it('is stable across runs and across the order files were created in', async () => {
    const entries = Object.entries(FILES);
    const a = dir();
    for (const [p, c] of entries) writeFiles(a, { [p]: c });
    writeFiles(a, { 'lepton.yml': manifest(PARTS, DATA) });
    const b = dir();
    writeFiles(b, { 'lepton.yml': manifest(PARTS, DATA) });
    for (const [p, c] of [...entries].reverse()) writeFiles(b, { [p]: c });

    const first = await status(a);
    expect(await status(a)).toEqual(first);
    expect(await status(b)).toEqual(first);
    // In a repository (tracked and untracked files) the answer is the same as outside one.
    const r = repo(Object.fromEntries([...entries].reverse()));
    writeFiles(r.dir, { 'lepton.yml': manifest(PARTS, DATA) });
    expect((await status(r.dir)).fingerprint).toBe(first.fingerprint);
  });

  it("keeps a part's hash when the part is renamed; the fingerprint names parts", async () => {
    const r = repo({ ...FILES, 'lepton.yml': manifest(PARTS, DATA) });
    const before = await status(r.dir);
    writeFiles(r.dir, {
      'lepton.yml': manifest({ tokenizer: PARTS.tokenizer, ranker: PARTS.classifier }, DATA),
    });
    const after = await status(r.dir);
    expect(after.components.ranker).toEqual(before.components.classifier);
    expect(after.components.tokenizer).toEqual(before.components.tokenizer);
    expect(after.fingerprint).not.toBe(before.fingerprint);
  });

  it("one byte changed changes exactly that part's hash", async () => {
    const r = repo({ ...FILES, 'lepton.yml': manifest(PARTS, DATA) });
    const before = await status(r.dir);
    writeFiles(r.dir, { 'src/clf/model.py': 'W = 4\n' });
    const after = await status(r.dir);
    expect(after.components.classifier?.hash).not.toBe(before.components.classifier?.hash);
    expect(after.components.tokenizer).toEqual(before.components.tokenizer);
    expect(after.data).toEqual(before.data);
    expect(after.fingerprint).not.toBe(before.fingerprint);
  });

  it('counts untracked files git would track, never ignored ones or deleted ones', async () => {
    const r = repo({
      ...FILES,
      '.gitignore': '*.pyc\nbuild/\n',
      'lepton.yml': manifest(PARTS, DATA),
    });
    const before = await status(r.dir);
    writeFiles(r.dir, { 'src/tok/cache.pyc': 'junk', 'src/tok/build/x.txt': 'junk' });
    expect(await status(r.dir)).toEqual(before);

    writeFiles(r.dir, { 'src/tok/new.txt': 'new' });
    const added = await status(r.dir);
    expect(added.components.tokenizer?.files).toBe(3);
    expect(added.components.tokenizer?.hash).not.toBe(before.components.tokenizer?.hash);

    rmSync(join(r.dir, 'src/tok/new.txt'));
    rmSync(join(r.dir, 'src/tok/rules.py')); // tracked, deleted from the work tree
    const removed = await status(r.dir);
    expect(removed.components.tokenizer?.files).toBe(1);
  });

  it('includes dotfiles under a folder, and a bare folder path covers its files', async () => {
    const r = repo({
      'm/.config': 'x=1',
      'm/w.txt': 'w',
      'lepton.yml': manifest({ a: ['m/**'], b: ['m'] }),
    });
    const s = await status(r.dir);
    expect(s.components.a?.files).toBe(2);
    expect(s.components.b).toEqual(s.components.a);
  });

  it('reads DVC files by the hashes they record, never the data they stand for', async () => {
    const dvc = (md5: string, extra = '') =>
      `outs:\n- md5: ${md5}\n  size: 14445097\n  hash: md5\n  path: train.csv\n${extra}`;
    const dirDvc = `outs:\n- md5: b8f4d5a78e55e88906d5f4aeaf43802e.dir\n  size: 7630\n  nfiles: 4\n  hash: md5\n  path: images\n`;
    const r = repo({
      'data/train.csv.dvc': dvc('3863d0e317dd0ef3a9e8e4d1a3ee7a5d'),
      'data/images.dvc': dirDvc,
      // What `dvc add` writes beside them: the data itself is ignored.
      'data/.gitignore': '/train.csv\n/images\n',
      'lepton.yml': manifest({}, { train: ['data/train.csv.dvc'], images: ['data/images.dvc'] }),
    });
    writeFiles(r.dir, { 'data/train.csv': 'a,b\n', 'data/images/1.png': 'png' });
    const before = await status(r.dir);
    expect(before.data.train?.files).toBe(1);
    const line = JSON.stringify([
      'dvc',
      'data/train.csv.dvc',
      [['train.csv', 'md5', '3863d0e317dd0ef3a9e8e4d1a3ee7a5d', 14445097, null]],
    ]);
    expect(before.data.train?.hash).toBe('sha256:' + sha(`lepton-part/1\n${line}\n`));

    // The data changing without `dvc add` changes nothing; the recorded md5 changing does.
    writeFiles(r.dir, { 'data/train.csv': 'a,b\n1,2\n', 'data/images/2.png': 'png' });
    expect(await status(r.dir)).toEqual(before);
    writeFiles(r.dir, { 'data/train.csv.dvc': dvc('0000d0e317dd0ef3a9e8e4d1a3ee7a5d') });
    const after = await status(r.dir);
    expect(after.data.train?.hash).not.toBe(before.data.train?.hash);
    expect(after.data.images).toEqual(before.data.images);
    // Keys that record no data (a description) do not change the hash.
    writeFiles(r.dir, { 'data/images.dvc': 'desc: photos\n' + dirDvc });
    expect((await status(r.dir)).data.images).toEqual(before.data.images);
  });

  it('refuses a .dvc file that records no hash, naming it', async () => {
    const r = repo({ 'd.dvc': 'outs:\n- path: d\n', 'lepton.yml': manifest({}, { d: ['d.dvc'] }) });
    const run = await runCli(r.dir, ['status']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('d.dvc: not a DVC file: output "d" records no md5');
  });

  it('prints a human summary on stdout, nothing on stderr', async () => {
    const r = repo({ ...FILES, 'lepton.yml': manifest(PARTS, DATA) });
    const run = await runCli(r.dir, ['status']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^demo {2}sha256:[0-9a-f]{64}\nno version recorded yet\n/);
    expect(run.stdout).toMatch(/\n {2}tokenizer {3}sha256:[0-9a-f]{12} {2}2 files\n/);
    expect(run.stdout).toMatch(/\ndata\n {2}train {7}sha256:[0-9a-f]{12} {2}1 file\n$/);
    expect(run.stderr).toBe('');
  });
});

describe('lepton status refuses, exit 2', () => {
  it('names every path that matches nothing, and says when it matches only ignored files', async () => {
    const r = repo({
      ...FILES,
      '.gitignore': 'weights/\n',
      'lepton.yml': manifest({ ...PARTS, model: ['weights/**'], typo: ['src/tokk/**'] }, DATA),
    });
    writeFiles(r.dir, { 'weights/w.bin': 'w' });
    const run = await runCli(r.dir, ['status', '--json']);
    expect(run.code).toBe(2);
    // --json on failure: one error document on stdout (CONTRACT §4), the words on stderr.
    expect(JSON.parse(run.stdout).error).toMatchObject({ kind: 'invalid', code: 2 });
    // Positioned as `validate` positions them: file:line:column and key path.
    expect(run.stderr).toContain('lepton.yml: 2 problems');
    expect(run.stderr).toMatch(
      /lepton\.yml:\d+:\d+: components\.model\.paths\.0: path "weights\/\*\*" matches only files git ignores \(weights\/w\.bin\)/,
    );
    expect(run.stderr).toMatch(
      /lepton\.yml:\d+:\d+: components\.typo\.paths\.0: path "src\/tokk\/\*\*" matches no file/,
    );
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses a path that leaves the repository', async () => {
    // `..` may climb to the repository's top level (CONTRACT §1), not above it.
    const r = repo({
      'sub/lepton.yml': manifest({ up: ['../../outside.txt'] }),
      'outside.txt': 'x',
    });
    const run = await runCli(join(r.dir, 'sub'), ['status']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/leaves the repository/);
  });

  it('follows a symlink inside the repository, refuses one that leaves it', async () => {
    const r = repo({ 'real/w.txt': 'weights', 'copy/w.txt': 'weights' });
    mkdirSync(join(r.dir, 'linked'));
    symlinkSync('../real/w.txt', join(r.dir, 'linked/w.txt'));
    writeFiles(r.dir, { 'lepton.yml': manifest({ copy: ['copy/**'], linked: ['linked/**'] }) });
    const s = await status(r.dir);
    // A followed link contributes its target's content under its own path.
    const text = `lepton-part/1\n["file","linked/w.txt",7,"${sha('weights')}"]\n`;
    expect(s.components.linked?.hash).toBe('sha256:' + sha(text));

    const outside = dir();
    writeFileSync(join(outside, 'secret.txt'), 'secret');
    symlinkSync(join(outside, 'secret.txt'), join(r.dir, 'linked/out.txt'));
    const run = await runCli(r.dir, ['status']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('linked/out.txt: symlink leaves the repository');
  });

  it('names a file it cannot read', async () => {
    const r = repo({
      'w/ok.txt': 'ok',
      'w/locked.txt': 'secret',
      'lepton.yml': manifest({ w: ['w'] }),
    });
    chmodSync(join(r.dir, 'w/locked.txt'), 0o000);
    cleanups.push(() => chmodSync(join(r.dir, 'w/locked.txt'), 0o644));
    // root reads anything; run the CLI as nobody then (git must accept a repository it does not own).
    const asNobody = process.getuid?.() === 0;
    if (asNobody) chmodSync(join(r.dir, '..'), 0o755);
    const run = asNobody
      ? await runCli(
          r.dir,
          ['status'],
          { GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: 'safe.directory', GIT_CONFIG_VALUE_0: '*' },
          { uid: 65534 },
        )
      : await runCli(r.dir, ['status']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('w/locked.txt: cannot read it (EACCES: permission denied)');
  });
});

// trial: a new user could not see which files a part's hash is over.
describe('status --files', () => {
  const files = {
    ...FILES,
    'src/clf/notes.md': 'x\n',
    'data/ignored.tmp': 'x\n',
    '.gitignore': '*.tmp\n',
    'lepton.yml': manifest(
      { tok: ['src/tok/**'], clf: ['src/clf/**', '!src/clf/*.md'] },
      { train: ['data/**'] },
    ),
  };

  it("--json lists each part's files, as many as it counts, exclusions and .gitignore applied", async () => {
    const r = repo(files);
    const s = (await status(r.dir, ['--files'])) as StatusJson & {
      files: { components: Record<string, string[]>; data: Record<string, string[]> };
    };
    expect(s.files).toEqual({
      components: { tok: ['src/tok/rules.py', 'src/tok/vocab.txt'], clf: ['src/clf/model.py'] },
      data: { train: ['data/train.csv'] },
    });
    for (const [name, list] of Object.entries(s.files.components))
      expect(list.length).toBe(s.components[name]!.files);
    // Without --files the shape is the contract's, unchanged.
    expect(await status(r.dir)).not.toHaveProperty('files');
  });

  it('prints the files under each part, and lists names relative to the manifest', async () => {
    const { 'lepton.yml': _, ...rest } = files;
    const r = repo({
      ...rest,
      'models/m/lepton.yml': manifest({ code: ['train.py'] }, { shared: ['../../data/**'] }),
      'models/m/train.py': 'x\n',
    });
    const out = await runCli(r.dir, ['--manifest', 'models/m/lepton.yml', 'status', '--files']);
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/\n {2}code +sha256:[0-9a-f]{12} {2}1 file\n {6}train\.py\n/);
    expect(out.stdout).toMatch(
      /\n {2}shared +sha256:[0-9a-f]{12} {2}1 file\n {6}\.\.\/\.\.\/data\/train\.csv\n$/,
    );
  });

  it('outside a git work tree, --files is refused with exit 2', async () => {
    const d = dir();
    writeFiles(d, { 'lepton.yml': manifest({ code: ['a.py'] }), 'a.py': 'x\n' });
    const r = await runCli(d, ['status', '--files']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--files lists what git would track: run it in a git work tree');
  });
});
