import { afterEach, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { GIT_ENV, makeRepo, PROJECT, type TestRepo } from '../helpers/repo.js';

const SCRIPT = join(PROJECT, 'scripts/move-major-tag.sh');

let repo: TestRepo | undefined;
afterEach(() => repo?.cleanup());

/** A repository at package version `version`, its commit tagged `v<version>`. */
function release(r: TestRepo, version: string): string {
  r.write({ 'package.json': JSON.stringify({ name: 'lepton-ci', version }) });
  const commit = r.commit(`release ${version}`);
  r.git('tag', '-a', `v${version}`, '-m', `v${version}`);
  r.git('push', '-q', 'origin', 'main', `v${version}`);
  return commit;
}

function moveMajor(r: TestRepo, tag: string) {
  const res = spawnSync('bash', [SCRIPT, tag], {
    cwd: r.dir,
    env: { ...process.env, ...GIT_ENV },
    encoding: 'utf8',
  });
  return { code: res.status, stdout: res.stdout, stderr: res.stderr };
}

/** The commit a tag names on the remote, or null. */
function remoteTag(r: TestRepo, tag: string): string | null {
  const out = r.git('ls-remote', 'origin', `refs/tags/${tag}^{}`).trim();
  return out ? out.split('\t')[0]! : null;
}

describe('scripts/move-major-tag.sh (the release workflow’s last step)', () => {
  it('moves v1 to each new release, and never back to a patch of an older line', () => {
    repo = makeRepo();
    const first = release(repo, '1.0.0');
    expect(moveMajor(repo, 'v1.0.0').code).toBe(0);
    expect(remoteTag(repo, 'v1')).toBe(first);

    const second = release(repo, '1.1.0');
    expect(moveMajor(repo, 'v1.1.0').code).toBe(0);
    expect(remoteTag(repo, 'v1')).toBe(second);

    // A fix for the 1.0 line, released after 1.1.0: v1 stays on 1.1.0.
    repo.git('checkout', '-q', '-b', 'maint', 'v1.0.0');
    release(repo, '1.0.1');
    const r = moveMajor(repo, 'v1.0.1');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('v1.1.0 is newer than v1.0.1; v1 stays where it is');
    expect(remoteTag(repo, 'v1')).toBe(second);
    // Release tags themselves never move.
    expect(remoteTag(repo, 'v1.0.0')).toBe(first);
  });

  it.each([
    ['v1.2', "'v1.2' is not a release tag vX.Y.Z"],
    ['1.0.0', "'1.0.0' is not a release tag vX.Y.Z"],
    ['v2.0.0', "v2.0.0 does not match package.json's version 1.0.0"],
  ])('refuses %s (exit 2) and moves nothing', (tag, message) => {
    repo = makeRepo();
    release(repo, '1.0.0');
    repo.git('tag', '-a', 'v2.0.0', '-m', 'v2.0.0');
    const r = moveMajor(repo, tag);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(remoteTag(repo, 'v1')).toBeNull();
    expect(remoteTag(repo, 'v2')).toBeNull();
  });
});

describe('the Action as the Marketplace lists it', () => {
  const action = parse(readFileSync(join(PROJECT, 'action.yml'), 'utf8')) as {
    name: string;
    description: string;
    branding: { icon: string; color: string };
  };

  it('has a short description and branding GitHub accepts', () => {
    // The Marketplace cuts descriptions at 125 characters.
    expect(action.description.length).toBeLessThanOrEqual(125);
    expect(action.name.length).toBeGreaterThan(0);
    const colors = [
      'white',
      'black',
      'yellow',
      'blue',
      'green',
      'orange',
      'red',
      'purple',
      'gray-dark',
    ];
    expect(colors).toContain(action.branding.color);
    expect(action.branding.icon).toMatch(/^[a-z][a-z0-9-]*$/);
  });

  it('repeats no phrase (eight words or more) within an input or output description', () => {
    const full = parse(readFileSync(join(PROJECT, 'action.yml'), 'utf8')) as Record<
      'inputs' | 'outputs',
      Record<string, { description: string }>
    >;
    const repeated = [...Object.entries(full.inputs), ...Object.entries(full.outputs)].flatMap(
      ([name, { description }]) => {
        const words = description.split(/\s+/).filter((w) => w.length > 0);
        const phrases = words.slice(0, -7).map((_, i) => words.slice(i, i + 8).join(' '));
        return phrases.filter((x, i) => phrases.indexOf(x) !== i).map((x) => `${name}: ${x}`);
      },
    );
    expect(repeated).toEqual([]);
  });

  it('release.yml runs on version tags, checks dist/ and moves the major tag', () => {
    const text = readFileSync(join(PROJECT, '.github/workflows/release.yml'), 'utf8');
    const wf = parse(text) as {
      on: { push: { tags: string[] } };
      jobs: Record<string, { steps: { run?: string }[] }>;
    };
    expect(wf.on.push.tags).toEqual(['v[0-9]+.[0-9]+.[0-9]+']);
    const runs = Object.values(wf.jobs).flatMap((j) => j.steps.map((s) => s.run ?? ''));
    // .ci/run rebuilds and fails when dist/ or schema/ differ from the build.
    expect(runs).toContain('bash .ci/run');
    expect(readFileSync(join(PROJECT, '.ci/run'), 'utf8')).toContain(
      'git status --porcelain -- dist schema',
    );
    expect(runs.some((r) => r.includes('bash scripts/move-major-tag.sh "$TAG"'))).toBe(true);
  });
});
