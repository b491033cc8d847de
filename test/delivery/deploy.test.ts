import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { readFileSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { parseRecord } from '../../src/core/registry/message.js';
import { git, runCli, type TestRepo } from '../helpers/repo.js';
import { addStage, addVersion } from '../registry/fixture.js';
import { deployManifest, deployRepo, failDeployOf, hookCalls } from './deploy-hooks.js';

// Several real processes per case (the Action, git, the hook) on a shared, busy machine.
jest.setTimeout(300_000);

let repo: TestRepo;
afterEach(() => repo?.cleanup());

/** Credentials a CI job could hold: none may reach the hook. */
const SECRETS = {
  GITHUB_TOKEN: 'ghs_secret',
  INPUT_TOKEN: 'ghs_input',
  ACTIONS_RUNTIME_TOKEN: 'rt',
  ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:9/oidc',
  NODE_AUTH_TOKEN: 'npm',
};

const cli = async (args: string[], env: Record<string, string> = {}) => {
  const r = await runCli(repo.dir, [...args, '--json'], { LEPTON_KILL_GRACE_MS: '300', ...env });
  return { ...r, json: r.stdout ? JSON.parse(r.stdout) : null };
};

const tags = (g: (...a: string[]) => string, pattern = 'refs/tags/sentiment#*') =>
  g('for-each-ref', '--format=%(refname:strip=2)', pattern).split('\n').filter(Boolean);

const commitOf = (version: string) =>
  repo.git('rev-list', '-n', '1', `sentiment@v${version}`).trim();

/** Running (a zombie waiting for a reaper runs nothing). */
const alive = (pid: number): boolean => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/^[ZX]/.test(stat.slice(stat.lastIndexOf(')') + 2));
  } catch {
    return false;
  }
};

describe('promote runs the stage deploy hook', () => {
  it('after the stage tag is made, with every LEPTON_* variable, the record file, and no credential', async () => {
    repo = deployRepo();
    const store = {
      ref: '127.0.0.1:5000/models/sentiment@sha256:' + 'a'.repeat(64),
      digest: 'sha256:' + 'a'.repeat(64),
    };
    await addVersion(repo, '0.1.0');
    await addVersion(repo, '0.2.0', { artifact: store });

    const first = await cli(['promote', '0.1.0', 'production'], SECRETS);
    expect(first.code).toBe(0);
    const second = await cli(['promote', '0.2.0', 'production'], SECRETS);
    expect(second.stderr).toContain('deploying 0.2.0 to production');
    expect(second.code).toBe(0);
    expect(second.json).toMatchObject({
      promoted: true,
      tag: 'sentiment#production#2',
      deploy: {
        model: 'sentiment',
        stage: 'production',
        rollback: null,
        kept: null,
        runs: [
          {
            version: '0.2.0',
            cause: 'promote',
            environment: 'prod-eu',
            url: 'https://models.example.com/sentiment',
            ok: true,
            exitCode: 0,
            timedOut: false,
          },
        ],
      },
    });

    const calls = hookCalls(repo);
    expect(calls).toHaveLength(2);
    expect(calls[0]!.env).toEqual({
      LEPTON_MODEL: 'sentiment',
      LEPTON_VERSION: '0.1.0',
      LEPTON_TAG: 'sentiment@v0.1.0',
      LEPTON_STAGE_TAG: 'sentiment#production#1',
      LEPTON_COMMIT: commitOf('0.1.0'),
      LEPTON_STAGE: 'production',
      LEPTON_PREVIOUS_VERSION: '',
      LEPTON_ARTIFACT: '',
      LEPTON_RECORD: expect.stringMatching(/lepton-deploy-.*\/record\.json$/),
      LEPTON_KILL_GRACE_MS: '300',
    });
    expect(calls[1]!.env).toEqual({
      ...calls[1]!.env,
      LEPTON_VERSION: '0.2.0',
      LEPTON_PREVIOUS_VERSION: '0.1.0',
      LEPTON_ARTIFACT: store.ref,
      LEPTON_COMMIT: commitOf('0.2.0'),
    });
    // Not one credential-looking variable: the env above is everything the filter let through.
    for (const c of calls) {
      expect(Object.keys(c.env).filter((k) => !k.startsWith('LEPTON_'))).toEqual([]);
    }
    expect(calls[1]!.record).toMatchObject({
      kind: 'version',
      model: 'sentiment',
      version: '0.2.0',
      commit: commitOf('0.2.0'),
      artifact: store,
    });
    expect(calls[1]!.cwd).toBe(realpathSync(repo.dir));
  });

  it('with --push the stage tag is on the remote before the hook runs', async () => {
    repo = deployRepo();
    await addVersion(repo, '0.1.0');
    repo.git('push', '-q', 'origin', 'main', 'sentiment@v0.1.0');
    const r = await cli(['promote', '0.1.0', 'production', '--push']);
    expect(r.code).toBe(0);
    expect(r.json).toMatchObject({ pushed: true, tag: 'sentiment#production#1' });
    expect(hookCalls(repo)[0]!.remoteTags).toContain('sentiment#production#1');
  });

  it('runs no hook for a refused promotion, one already held, or a stage without deploy', async () => {
    repo = deployRepo();
    await addVersion(repo, '0.1.0');
    await addVersion(repo, '0.2.0', { passed: false });
    expect((await cli(['promote', '0.2.0', 'production'])).code).toBe(1);
    expect((await cli(['promote', '0.1.0', 'staging'])).json.deploy).toBeNull();
    expect((await cli(['promote', '0.1.0', 'production'])).code).toBe(0);
    const again = await cli(['promote', '0.1.0', 'production']);
    expect(again.json).toMatchObject({ already: true, deploy: null });
    expect(again.stderr).toContain('nothing deployed (lepton deploy production deploys it again)');
    expect(hookCalls(repo).map((c) => c.env.LEPTON_VERSION)).toEqual(['0.1.0']);
  });
});

describe('a failed deploy', () => {
  it.each([
    ['exit', '1m', 'deploy hook exited with code 7', 7, false],
    [
      'hang',
      '3s',
      'deploy hook timed out after 3s (stages.production.deploy.timeout); its processes were stopped',
      null,
      true,
    ],
  ] as const)(
    '(%s) exits 3; with rollback_on_failure: false the stage tag stays and the report says so',
    async (mode, timeout, message, exitCode, timedOut) => {
      repo = deployRepo(deployManifest({ timeout, rollback: false }));
      await addVersion(repo, '0.1.0');
      await addVersion(repo, '0.2.0');
      expect((await cli(['promote', '0.1.0', 'production'])).code).toBe(0);
      failDeployOf(repo, '0.2.0', mode);

      const r = await cli(['promote', '0.2.0', 'production']);
      expect(r.code).toBe(3);
      expect(r.json.promoted).toBe(true);
      expect(r.json.deploy.runs).toHaveLength(1);
      expect(r.json.deploy.runs[0]).toMatchObject({
        version: '0.2.0',
        ok: false,
        exitCode,
        timedOut,
        error: message,
      });
      expect(r.json.deploy.rollback).toBeNull();
      expect(r.json.deploy.kept).toContain(
        'stages.production.deploy.rollback_on_failure is false; the stage tag stays: v0.2.0 holds production though its deploy failed',
      );
      expect(r.stderr).toContain(
        'not rolled back: stages.production.deploy.rollback_on_failure is false',
      );
      // Nothing withdrawn: the tags are the two assignments, and show names v0.2.0 the holder.
      expect(tags(repo.git)).toEqual(['sentiment#production#1', 'sentiment#production#2']);
      const show = await cli(['show']);
      expect(show.json.stages.production).toMatchObject({ version: '0.2.0' });
      if (mode === 'exit')
        expect(r.json.deploy.runs[0].details).toContain('cannot reach the cluster');
    },
  );

  it('a hook that ignores TERM is killed on its timeout with the child it started', async () => {
    repo = deployRepo(deployManifest({ timeout: '3s', rollback: false }));
    await addVersion(repo, '0.1.0');
    failDeployOf(repo, '0.1.0', 'hang');
    const r = await cli(['promote', '0.1.0', 'production']);
    expect(r.code).toBe(3);
    expect(r.json.deploy.runs[0]).toMatchObject({ ok: false, timedOut: true, exitCode: null });
    const pid = Number(readFileSync(join(repo.dir, 'out/hang-child.pid'), 'utf8'));
    expect(pid).toBeGreaterThan(1);
    expect(alive(pid)).toBe(false);
  });
});

const recordOf = (dir: string, tag: string) =>
  parseRecord(git(dir, 'tag', '--list', '--format=%(contents)', tag)) as unknown as Record<
    string,
    unknown
  >;

describe('a failed deploy rolls back (rollback_on_failure, the default)', () => {
  it.each([
    ['exit', 'deploy hook exited with code 7', 7],
    [
      'hang',
      'deploy hook timed out after 3s (stages.production.deploy.timeout); its processes were stopped',
      null,
    ],
  ] as const)(
    '(%s) exit 3, the unassignment pushed with the failure as its reason, the previous holder redeployed',
    async (mode, error, exitCode) => {
      repo = deployRepo(deployManifest({ timeout: '3s' }));
      await addVersion(repo, '0.1.0');
      await addVersion(repo, '0.2.0');
      repo.git('push', '-q', 'origin', 'main', 'sentiment@v0.1.0', 'sentiment@v0.2.0');
      expect((await cli(['promote', '0.1.0', 'production', '--push'])).code).toBe(0);
      failDeployOf(repo, '0.2.0', mode);

      const r = await cli(['promote', '0.2.0', 'production', '--push'], SECRETS);
      expect(r.code).toBe(3);
      expect(r.json).toMatchObject({ promoted: true, tag: 'sentiment#production#2', pushed: true });
      expect(r.json.deploy.rollback).toEqual({
        tag: 'sentiment#production!#3',
        version: '0.2.0',
        to: { version: '0.1.0', tag: 'sentiment#production#1' },
        pushed: true,
        reason: `deploy of v0.2.0 to production failed: ${error}`,
        storeError: null,
      });
      expect(r.json.deploy.kept).toBeNull();
      expect(
        r.json.deploy.runs.map((x: { version: string; cause: string; ok: boolean }) => [
          x.version,
          x.cause,
          x.ok,
        ]),
      ).toEqual([
        ['0.2.0', 'promote', false],
        ['0.1.0', 'rollback', true],
      ]);
      expect(r.stdout).not.toBe('');
      expect(r.stderr).toContain(
        'rolled back: sentiment#production!#3 withdraws v0.2.0 (pushed); production falls back to v0.1.0',
      );
      expect(r.stderr).toContain('redeploy after rollback: sentiment v0.1.0 to production');
      // The promotion's own line says the version is not live: it read as if it were.
      expect(r.stderr).toContain(
        'Promoted sentiment v0.2.0 to production: sentiment#production#2 (pushed to origin)\n… but its deploy failed and it was rolled back: production holds v0.1.0\n',
      );

      // The hook ran three times; the redeploy was told which version it replaces.
      expect(
        hookCalls(repo).map((c) => [c.env.LEPTON_VERSION, c.env.LEPTON_PREVIOUS_VERSION]),
      ).toEqual([
        ['0.1.0', ''],
        ['0.2.0', '0.1.0'],
        ['0.1.0', '0.2.0'],
      ]);
      // On the remote, with the record the audit trail reads.
      expect(tags((...a) => git(repo.remote, ...a))).toEqual([
        'sentiment#production!#3',
        'sentiment#production#1',
        'sentiment#production#2',
      ]);
      expect(recordOf(repo.remote, 'sentiment#production!#3')).toMatchObject({
        kind: 'unassign',
        stage: 'production',
        version: '0.2.0',
        from: { version: '0.2.0', tag: 'sentiment#production#2' },
        to: { version: '0.1.0', tag: 'sentiment#production#1' },
        reason: `deploy of v0.2.0 to production failed: ${error}`,
        ...(exitCode === null ? {} : { exitCode }),
      });
      const show = await cli(['show']);
      expect(show.json.stages.production).toMatchObject({ version: '0.1.0' });
      const history = await cli(['history', 'production']);
      expect(history.json.events[0]).toMatchObject({
        kind: 'unassign',
        version: '0.2.0',
        reason: `deploy of v0.2.0 to production failed: ${error}`,
      });
    },
  );

  it('the first version to fail leaves the stage empty: nothing to redeploy', async () => {
    repo = deployRepo();
    await addVersion(repo, '0.1.0');
    failDeployOf(repo, '0.1.0', 'exit');
    const r = await cli(['promote', '0.1.0', 'production']);
    expect(r.code).toBe(3);
    expect(r.json.deploy.rollback).toMatchObject({
      tag: 'sentiment#production!#2',
      version: '0.1.0',
      to: null,
      pushed: null,
    });
    expect(r.json.deploy.runs).toHaveLength(1);
    expect(r.stderr).toContain('production is empty now');
    expect((await cli(['show'])).json.stages.production).toBeNull();
  });

  it('the redeploy of the previous holder failing too is reported, and nothing more is withdrawn', async () => {
    repo = deployRepo();
    await addVersion(repo, '0.1.0');
    await addVersion(repo, '0.2.0');
    expect((await cli(['promote', '0.1.0', 'production'])).code).toBe(0);
    failDeployOf(repo, '0.2.0', 'exit');
    failDeployOf(repo, '0.1.0', 'exit');
    const r = await cli(['promote', '0.2.0', 'production']);
    expect(r.code).toBe(3);
    expect(r.json.deploy.runs.map((x: { ok: boolean }) => x.ok)).toEqual([false, false]);
    expect(tags(repo.git)).toEqual([
      'sentiment#production!#3',
      'sentiment#production#1',
      'sentiment#production#2',
    ]);
    expect((await cli(['show'])).json.stages.production).toMatchObject({ version: '0.1.0' });
  });
});

describe('lepton rollback runs the hook for the version the stage falls back to', () => {
  it('twice: walks back two versions, deploying each, and a failing hook there exits 3', async () => {
    repo = deployRepo();
    for (const v of ['0.1.0', '0.2.0', '0.3.0']) {
      await addVersion(repo, v);
      expect((await cli(['promote', v, 'production'])).code).toBe(0);
    }
    const first = await cli(['rollback', 'production', '--reason', 'latency doubled'], SECRETS);
    expect(first.code).toBe(0);
    expect(first.json).toMatchObject({
      from: { version: '0.3.0' },
      to: { version: '0.2.0' },
      tag: 'sentiment#production!#4',
      deployed: true,
    });
    failDeployOf(repo, '0.1.0', 'exit');
    const second = await cli(['rollback', 'production', '--reason', 'still slow']);
    expect(second.code).toBe(3);
    expect(second.json).toMatchObject({
      from: { version: '0.2.0' },
      to: { version: '0.1.0' },
      deployed: false,
    });
    expect(
      hookCalls(repo)
        .slice(3)
        .map((c) => [c.env.LEPTON_VERSION, c.env.LEPTON_PREVIOUS_VERSION, c.env.LEPTON_STAGE_TAG]),
    ).toEqual([
      ['0.2.0', '0.3.0', 'sentiment#production#2'],
      ['0.1.0', '0.2.0', 'sentiment#production#1'],
    ]);
    expect(Object.keys(hookCalls(repo)[3]!.env).filter((k) => !k.startsWith('LEPTON_'))).toEqual(
      [],
    );
    expect((await cli(['show'])).json.stages.production).toMatchObject({ version: '0.1.0' });
  });
});

describe('lepton deploy STAGE', () => {
  it('re-runs the hook for the holder, or for a version that held the stage before', async () => {
    repo = deployRepo();
    await addVersion(repo, '0.1.0');
    await addVersion(repo, '0.2.0');
    await addStage(repo, '0.1.0', 'production', 1);
    await addStage(repo, '0.2.0', 'production', 2);

    const holder = await cli(['deploy', 'production'], SECRETS);
    expect(holder.code).toBe(0);
    expect(holder.json).toMatchObject({
      model: 'sentiment',
      stage: 'production',
      version: '0.2.0',
      ok: true,
      exitCode: 0,
      durationMs: expect.any(Number),
      runs: [{ cause: 'redeploy', environment: 'prod-eu' }],
    });
    const old = await cli(['deploy', 'production', '--version', 'v0.1.0']);
    expect(old.code).toBe(0);
    expect(old.json.version).toBe('0.1.0');
    expect(
      hookCalls(repo).map((c) => [
        c.env.LEPTON_VERSION,
        c.env.LEPTON_PREVIOUS_VERSION,
        c.env.LEPTON_STAGE_TAG,
      ]),
    ).toEqual([
      ['0.2.0', '0.1.0', 'sentiment#production#2'],
      ['0.1.0', '', 'sentiment#production#1'],
    ]);
    expect(Object.keys(hookCalls(repo)[0]!.env).filter((k) => !k.startsWith('LEPTON_'))).toEqual(
      [],
    );
    // No tag is made or changed by a redeploy.
    expect(tags(repo.git)).toEqual(['sentiment#production#1', 'sentiment#production#2']);
  });

  it('exits 3 when the redeploy fails, and changes no tag', async () => {
    repo = deployRepo();
    await addVersion(repo, '0.1.0');
    await addStage(repo, '0.1.0', 'production', 1);
    failDeployOf(repo, '0.1.0', 'exit');
    const r = await cli(['deploy', 'production']);
    expect(r.code).toBe(3);
    expect(r.json).toMatchObject({ version: '0.1.0', ok: false, exitCode: 7, rollback: null });
    expect(r.json.kept).toContain('lepton deploy changes no tag: v0.1.0 still holds production');
    expect(tags(repo.git)).toEqual(['sentiment#production#1']);
  });

  it.each([
    [['deploy', 'staging'], 'stage staging has no deploy hook'],
    [['deploy', 'prod'], 'sentiment has no stage "prod"'],
    [['deploy', 'production', '--version', '0.2.0'], 'v0.2.0 has never been in production'],
    [['deploy', 'production', '--version', 'latest'], 'latest: expected a version'],
    [['deploy', 'production', '--model', 'churn'], '--model churn: '],
  ])('%j refuses with exit 2: %s', async (args, message) => {
    repo = deployRepo();
    await addVersion(repo, '0.1.0');
    await addVersion(repo, '0.2.0');
    await addStage(repo, '0.1.0', 'production', 1);
    const r = await cli(args);
    expect(r.code).toBe(2);
    expect(r.json.error.message).toContain(message);
    expect(hookCalls(repo)).toEqual([]);
  });

  it('refuses with exit 2 when nothing holds the stage', async () => {
    repo = deployRepo();
    await addVersion(repo, '0.1.0');
    const r = await cli(['deploy', 'production']);
    expect(r.code).toBe(2);
    expect(r.json.error.message).toBe('nothing holds production: there is no version to deploy');
  });
});
