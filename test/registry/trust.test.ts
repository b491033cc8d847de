// CONTRACT §3 / issue 22.8: every record is checked against its tag, and its fingerprint
// against the content at its commit, before anything trusts it.
import { afterEach, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatVersionMessage, parseRecord } from '../../src/core/registry/message.js';
import type { VersionRecord } from '../../src/core/registry/types.js';
import { fingerprintAtCommit } from '../../src/io/registry/verify.js';
import { validateManifest } from '../../src/core/manifest/validate.js';
import { runCli, type TestRepo } from '../helpers/repo.js';
import { addVersion, gitOf, modelRepo, workTreeFingerprint } from './fixture.js';
import { evalRepo } from './eval-fixture.js';

const repos: TestRepo[] = [];
afterEach(() => {
  for (const r of repos.splice(0)) r.cleanup();
});

function track(repo: TestRepo): TestRepo {
  repos.push(repo);
  return repo;
}

const stageTags = (repo: TestRepo) =>
  repo.git('tag', '--list', 'sentiment#*').split('\n').filter(Boolean);

/** The record a version tag carries, read back as Lepton reads it. */
function recordOf(repo: TestRepo, tag: string): VersionRecord {
  const text = repo.git('cat-file', 'tag', tag);
  return parseRecord(text.slice(text.indexOf('\n\n') + 2)) as VersionRecord;
}

/** An annotated tag with this record as its message, on `target`. */
function tagWith(repo: TestRepo, name: string, record: VersionRecord, target = 'HEAD'): void {
  const file = join(repo.dir, '..', 'msg.txt');
  writeFileSync(file, formatVersionMessage(record));
  repo.git('tag', '-a', name, '-F', file, target);
}

type Promoted = { promoted: boolean; tag: string | null; refused?: string[] };

describe('tags that point at no commit', () => {
  const TARGETS: [string, string][] = [
    ['a tree', 'HEAD^{tree}'],
    ['a blob', 'HEAD:src/model.txt'],
  ];
  it.each(TARGETS)(
    'a version tag on %s is not promoted (exit 1, no stage tag) and show skips it with a warning',
    async (kind, target) => {
      const repo = track(modelRepo());
      const v1 = await addVersion(repo, '0.1.0');
      // The record is v0.1.0's, its version changed: what a hand copy would carry.
      tagWith(repo, 'sentiment@v6.0.0', { ...v1, version: '6.0.0' }, target);
      const r = await runCli(repo.dir, ['promote', '6.0.0', 'staging', '--json']);
      expect(r.code).toBe(1);
      const json = JSON.parse(r.stdout) as Promoted;
      expect(json).toMatchObject({ promoted: false, tag: null });
      expect(json.refused?.[0]).toMatch(
        new RegExp(
          `^sentiment@v6\\.0\\.0 is not a version: it points at a ${kind.slice(2)} \\([0-9a-f]{12}\\), not a commit$`,
        ),
      );
      expect(stageTags(repo)).toEqual([]);

      const show = await runCli(repo.dir, ['show', '--json']);
      const shown = JSON.parse(show.stdout) as { versions: { version: string }[] };
      expect(shown.versions.map((v) => v.version)).toEqual(['0.1.0']);
      expect(show.stderr).toContain('warning: sentiment@v6.0.0 is not a version: it points at a');
    },
  );

  it("the next record bumps from the real latest version, stepping past a name a tree's tag takes", async () => {
    const repo = track(evalRepo('0.95'));
    expect((await runCli(repo.dir, ['record'])).code).toBe(0);
    repo.git('tag', '-a', 'sentiment@v0.2.0', '-m', 'x', 'HEAD^{tree}');
    repo.git('tag', '-a', 'sentiment@v6.0.0', '-m', 'x', 'HEAD^{tree}');
    repo.write({ 'src/acc.txt': '0.96' });
    repo.commit('better');
    const r = await runCli(repo.dir, ['record', '--json']);
    expect(r.code).toBe(0);
    // 0.1.0 → minor → 0.2.0 is taken by the tree's tag → 0.3.0; never 6.1.0.
    expect(JSON.parse(r.stdout)).toMatchObject({ version: '0.3.0', created: true });
  });

  it('a tag on a tag is peeled to its commit: a real version wrapped in another tag still counts', async () => {
    const repo = track(modelRepo());
    const v1 = await addVersion(repo, '0.1.0');
    const commit = repo.git('rev-parse', 'HEAD').trim();
    repo.git('tag', '-a', 'inner', '-m', 'inner');
    tagWith(repo, 'sentiment@v0.2.0', { ...v1, version: '0.2.0' }, 'inner');
    const show = JSON.parse((await runCli(repo.dir, ['show', '--json'])).stdout) as {
      versions: { version: string; commit: string }[];
    };
    expect(show.versions).toEqual([
      expect.objectContaining({ version: '0.2.0', commit }),
      expect.objectContaining({ version: '0.1.0', commit }),
    ]);
  });
});

describe('records that disagree with their tag', () => {
  it("v0.1.0's record copied onto another commit with only `version` changed is skipped, never promoted", async () => {
    const repo = track(modelRepo());
    await addVersion(repo, '0.1.0');
    repo.write({ 'src/model.txt': 'other content' });
    repo.commit('other');
    tagWith(repo, 'sentiment@v0.2.0', { ...recordOf(repo, 'sentiment@v0.1.0'), version: '0.2.0' });

    const show = await runCli(repo.dir, ['show', '--json']);
    expect(
      (JSON.parse(show.stdout) as { versions: { version: string }[] }).versions.map(
        (v) => v.version,
      ),
    ).toEqual(['0.1.0']);
    expect(show.stderr).toMatch(
      /warning: sentiment@v0\.2\.0 is not a version: its record names commit [0-9a-f]{12}, the tag points at [0-9a-f]{12}/,
    );

    const r = await runCli(repo.dir, ['promote', '0.2.0', 'staging', '--json']);
    expect(r.code).toBe(1);
    expect((JSON.parse(r.stdout) as Promoted).refused?.[0]).toMatch(
      /^sentiment@v0\.2\.0 is not a version: its record names commit/,
    );
    expect(stageTags(repo)).toEqual([]);
  });

  it('a record whose commit matches its tag but whose fingerprint is not that content is not promoted', async () => {
    const repo = track(modelRepo());
    const v1 = await addVersion(repo, '0.1.0');
    repo.write({ 'src/model.txt': 'other content' });
    const head = repo.commit('other');
    // Everything agrees with the tag except the content: v0.1.0's fingerprint on other content.
    tagWith(repo, 'sentiment@v0.2.0', { ...v1, version: '0.2.0', commit: head });
    const r = await runCli(repo.dir, ['promote', '0.2.0', 'staging', '--json']);
    expect(r.code).toBe(1);
    expect((JSON.parse(r.stdout) as Promoted).refused).toContainEqual(
      expect.stringMatching(
        /^sentiment@v0\.2\.0 is not trusted: its record's fingerprint sha256:[0-9a-f]{12}… is not that of the content at commit [0-9a-f]{12}/,
      ),
    );
    expect(stageTags(repo)).toEqual([]);
    // The genuine version is promoted as before.
    const ok = await runCli(repo.dir, ['promote', '0.1.0', 'staging', '--json']);
    expect(JSON.parse(ok.stdout)).toMatchObject({ promoted: true });
  });

  it('a forged record carrying the current fingerprint does not make eval reuse its fake metrics', async () => {
    const repo = track(evalRepo('0.95'));
    expect((await runCli(repo.dir, ['record'])).code).toBe(0);
    const base = repo.git('rev-parse', 'HEAD').trim();
    repo.git('checkout', '-q', '-b', 'feature');
    repo.write({ 'src/acc.txt': '0.5' });
    repo.commit('worse');
    const current = (
      JSON.parse((await runCli(repo.dir, ['status', '--json'])).stdout) as { fingerprint: string }
    ).fingerprint;
    // On main's commit, claiming this branch's content, with flattering numbers.
    const real = recordOf(repo, 'sentiment@v0.1.0');
    tagWith(
      repo,
      'sentiment@v0.2.0',
      {
        ...real,
        version: '0.2.0',
        commit: base,
        fingerprint: current,
        metrics: { accuracy: 0.99, f1_macro: 0.9 },
      },
      base,
    );
    const r = await runCli(repo.dir, ['eval', '--json']);
    const json = JSON.parse(r.stdout) as {
      reused: boolean;
      metrics: Record<string, number>;
      baseline: { version: string } | null;
      skipped: { tag: string; reason: string }[];
      passed: boolean;
    };
    expect(json.reused).toBe(false);
    expect(json.metrics.accuracy).toBe(0.5);
    // The forged version is passed over as the baseline too: the real v0.1.0 judges the drop.
    expect(json.baseline).toMatchObject({ version: '0.1.0' });
    expect(json.skipped).toContainEqual({
      tag: 'sentiment@v0.2.0',
      reason: expect.stringMatching(/^not trusted: its record's fingerprint/),
    });
    expect(json.passed).toBe(false);
    expect(r.code).toBe(1);
  });

  it('record does not answer "unchanged" because a forged record carries the current fingerprint', async () => {
    const repo = track(evalRepo('0.95'));
    expect((await runCli(repo.dir, ['record'])).code).toBe(0);
    const base = repo.git('rev-parse', 'HEAD').trim();
    repo.write({ 'src/acc.txt': '0.96' });
    repo.commit('better');
    const current = (
      JSON.parse((await runCli(repo.dir, ['status', '--json'])).stdout) as { fingerprint: string }
    ).fingerprint;
    const real = recordOf(repo, 'sentiment@v0.1.0');
    tagWith(
      repo,
      'sentiment@v0.0.9',
      { ...real, version: '0.0.9', commit: base, fingerprint: current },
      base,
    );
    const r = await runCli(repo.dir, ['record', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ version: '0.2.0', created: true });
    expect(r.stderr).toContain('warning: sentiment@v0.0.9 is not trusted');
  });
});

describe('the fingerprint at a commit', () => {
  it('equals the work tree fingerprint for LFS pointers, .dvc files, symlinks and nested folders, and is cached by tree', async () => {
    const repo = track(modelRepo());
    const oid = 'a'.repeat(64);
    repo.write({
      'src/deep/a b.txt': 'spaces\n',
      'src/weights.bin': `version https://git-lfs.github.com/spec/v1\noid sha256:${oid}\nsize 123\n`,
      'data/big.csv.dvc':
        'outs:\n- md5: 0123456789abcdef0123456789abcdef\n  size: 10\n  hash: md5\n  path: big.csv\n',
      'data/.gitignore': '/big.csv\n',
    });
    (await import('node:fs')).symlinkSync('deep/a b.txt', join(repo.dir, 'src/link.txt'));
    const commit = repo.commit('shapes');
    const expected = await workTreeFingerprint(repo);
    const parsed = validateManifest(readFileSync(join(repo.dir, 'lepton.yml'), 'utf8'));
    if (!parsed.ok) throw new Error('manifest');
    const cache = join(repo.dir, '.git', 'lepton', 'trees.json');
    const first = await fingerprintAtCommit(gitOf(repo), commit, parsed.manifest, '', cache);
    expect(first).toEqual({ ok: true, fingerprint: expected });
    expect(existsSync(cache)).toBe(true);
    // The cache answers next time: an entry rewritten with a valid checksum is believed (so
    // it is the cache that answers), one edited without it is not.
    const text = readFileSync(cache, 'utf8');
    const body = text.slice(text.indexOf('\n') + 1).replace(expected, 'sha256:cached');
    const sum = `sha256:${createHash('sha256').update(body).digest('hex')}`;
    writeFileSync(cache, `${sum}\n${body}`);
    const fromCache = await fingerprintAtCommit(gitOf(repo), commit, parsed.manifest, '', cache);
    expect(fromCache).toEqual({ ok: true, fingerprint: 'sha256:cached' });
    writeFileSync(cache, `${sum}\n${body.replace('sha256:cached', 'sha256:edited')}`);
    const again = await fingerprintAtCommit(gitOf(repo), commit, parsed.manifest, '', cache);
    expect(again).toEqual(first);
  });

  // A name that is not UTF-8 was read as U+FFFD from `ls-tree` but with its bytes kept from the
  // work tree's listing: the names differed, so the fingerprints did, and every version holding
  // such a file was "not trusted" the moment it was recorded.
  const NAMES: [string, Buffer][] = [
    ['Latin-1, not UTF-8', Buffer.from('src/caf\xe9.txt', 'latin1')],
    [
      'a lone continuation byte',
      Buffer.from([...Buffer.from('src/a'), 0x80, ...Buffer.from('.txt')]),
    ],
    ['an overlong encoding of /', Buffer.from([...Buffer.from('src/'), 0xc0, 0xaf, 0x78])],
    ['an encoded surrogate', Buffer.from([...Buffer.from('src/'), 0xed, 0xa0, 0x80, 0x78])],
    ['a folder whose name is not UTF-8', Buffer.from('src/d\xff/x.txt', 'latin1')],
    ['valid UTF-8 (control)', Buffer.from('src/caf\u00e9.txt', 'utf8')],
  ];
  it.each(NAMES)(
    "a file named with %s: the fingerprint at its commit equals the work tree's",
    async (_kind, name) => {
      const repo = track(modelRepo());
      const fs = await import('node:fs');
      const path = Buffer.concat([Buffer.from(`${repo.dir}/`), name]);
      fs.mkdirSync(path.subarray(0, path.lastIndexOf(0x2f)), { recursive: true });
      fs.writeFileSync(path, 'bytes\n');
      const commit = repo.commit('odd name');
      const parsed = validateManifest(readFileSync(join(repo.dir, 'lepton.yml'), 'utf8'));
      if (!parsed.ok) throw new Error('manifest');
      const expected = await workTreeFingerprint(repo);
      expect(await fingerprintAtCommit(gitOf(repo), commit, parsed.manifest, '', null)).toEqual({
        ok: true,
        fingerprint: expected,
      });
    },
  );

  it('a version holding a file whose name is not UTF-8 is trusted: recorded once, promoted', async () => {
    const repo = track(evalRepo('0.95'));
    const fs = await import('node:fs');
    fs.writeFileSync(Buffer.from(`${repo.dir}/src/caf\xe9.txt`, 'latin1'), 'x\n');
    repo.commit('latin-1 name');
    expect((await runCli(repo.dir, ['record'])).code).toBe(0);
    const again = await runCli(repo.dir, ['record', '--json']);
    expect([again.code, again.stderr]).toEqual([0, expect.not.stringContaining('not trusted')]);
    expect(JSON.parse(again.stdout)).toMatchObject({ created: false, version: '0.1.0' });
    const promoted = await runCli(repo.dir, ['promote', '0.1.0', 'staging', '--json']);
    expect([promoted.code, JSON.parse(promoted.stdout).promoted]).toEqual([0, true]);
  });

  it('says why it cannot check a symlink that leaves the tree', async () => {
    const repo = track(modelRepo());
    (await import('node:fs')).symlinkSync('/etc/hostname', join(repo.dir, 'src/out.txt'));
    const commit = repo.commit('link out');
    const parsed = validateManifest(readFileSync(join(repo.dir, 'lepton.yml'), 'utf8'));
    if (!parsed.ok) throw new Error('manifest');
    expect(await fingerprintAtCommit(gitOf(repo), commit, parsed.manifest, '', null)).toEqual({
      ok: false,
      problem: 'src/out.txt: symlink leaves the repository (→ /etc/hostname)',
    });
  });
});
