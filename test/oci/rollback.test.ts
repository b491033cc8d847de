import { afterAll, afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals';

import { chmodSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { digestBytes } from '../../src/io/oci/index.js';
import { git, makeRepo, runCli, tempDir, type TestRepo } from '../helpers/repo.js';
import { startRegistry, type TestRegistry } from './registry.js';

// Several records, promotions and hook runs against a real registry: slow on a loaded machine.
jest.setTimeout(300_000);

// Issue 17: the model store's `:STAGE` tag follows the stage's holder back on a rollback.

const EVAL = `import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
mkdirSync('out', { recursive: true });
const accuracy = Number(readFileSync('src/acc.txt', 'utf8'));
writeFileSync('out/model.bin', 'weights ' + accuracy + '\\n'.repeat(100));
writeFileSync('out/metrics.json', JSON.stringify({ accuracy }));
`;

const manifest = (store: string) => `version: 1
model: sentiment
components:
  classifier:
    paths: [src/**]
eval:
  command: node eval.mjs
  metrics: out/metrics.json
  thresholds:
    accuracy: { min: 0.9 }
artifacts:
  paths: [out/model.bin]
  store: ${store}
stages:
  staging: {}
`;

let reg: TestRegistry;
let repo: TestRepo;
const env = () => ({ HOME: tempDir(), DOCKER_CONFIG: tempDir() });
beforeAll(async () => {
  reg = await startRegistry();
});
afterAll(() => reg?.stop());
afterEach(() => repo?.cleanup());

const cli = async (args: string[]) => {
  const r = await runCli(repo.dir, args, env());
  return { ...r, json: r.stdout.trim().startsWith('{') ? JSON.parse(r.stdout) : null };
};
const stageDigest = async (host: string, tag = 'staging') => {
  const res = await fetch(`http://${host}/v2/acme/models/sentiment/manifests/${tag}`, {
    headers: { accept: 'application/vnd.oci.image.manifest.v1+json' },
  });
  return res.status === 200 ? digestBytes(Buffer.from(await res.arrayBuffer())) : null;
};

/** Versions recorded with these accuracies (0.1.0, 0.2.0, …), each promoted to staging in turn. */
async function promotedVersions(host: string, accuracies: string[]): Promise<string[]> {
  repo = makeRepo({
    'lepton.yml': manifest(`oci://${host}/acme/models`),
    'eval.mjs': EVAL,
    'src/acc.txt': accuracies[0] as string,
    '.gitignore': 'out/\n',
  });
  const digests: string[] = [];
  for (const [i, acc] of accuracies.entries()) {
    if (i > 0) {
      repo.write({ 'src/acc.txt': acc });
      repo.commit(`acc ${acc}`);
    }
    const r = await cli(['record', '--push', '--json']);
    expect(r.code).toBe(0);
    digests.push(r.json.artifact.digest);
    expect((await cli(['promote', r.json.version, 'staging', '--push'])).code).toBe(0);
  }
  expect(await stageDigest(host)).toBe(digests.at(-1));
  return digests;
}

describe('rollback with artifacts.store (docker-registry on 127.0.0.1)', () => {
  it('moves :staging back to the new holder on each rollback, and pull by stage follows', async () => {
    const [d1, d2, d3] = await promotedVersions(reg.host, ['0.95', '0.96', '0.97']);
    const first = await cli(['rollback', 'staging', '--reason', 'drift', '--push', '--json']);
    expect(first.code).toBe(0);
    expect(first.json).toMatchObject({
      from: { version: '0.3.0' },
      to: { version: '0.2.0' },
      storeMoved: true,
    });
    expect(await stageDigest(reg.host)).toBe(d2);
    // The version tags are untouched.
    expect(await stageDigest(reg.host, '0.3.0')).toBe(d3);

    const to = join(tempDir(), 'model');
    const pulled = await cli(['pull', 'sentiment#staging', '--to', to, '--json']);
    expect(pulled.code).toBe(0);
    expect(pulled.json).toMatchObject({ version: '0.2.0' });

    const second = await cli([
      'rollback',
      'staging',
      '--reason',
      'still drifting',
      '--push',
      '--json',
    ]);
    expect(second.json).toMatchObject({ to: { version: '0.1.0' }, storeMoved: true });
    expect(await stageDigest(reg.host)).toBe(d1);
    const text = await cli(['rollback', 'staging', '--reason', 'x', '--allow-empty']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('staging now holds nothing (the stage is empty)');
  });

  it('leaves :staging alone (and says so) when the stage is left empty', async () => {
    const [d1] = await promotedVersions(reg.host, ['0.95']);
    const r = await cli(['rollback', 'staging', '--reason', 'bad', '--allow-empty', '--json']);
    expect(r.code).toBe(0);
    expect(r.json).toMatchObject({ to: null, storeMoved: false });
    expect(r.stderr).toContain(
      "staging is empty now; the model store's :staging tag still names v0.1.0",
    );
    expect(await stageDigest(reg.host)).toBe(d1);
  });

  it('a registry gone at rollback time: exit 4, the git rollback stands, and the hint is not to roll back again', async () => {
    const own = await startRegistry();
    try {
      await promotedVersions(own.host, ['0.95', '0.96']);
    } finally {
      await own.stop();
    }
    const r = await cli(['rollback', 'staging', '--reason', 'bad', '--push']);
    expect(r.code).toBe(4);
    expect(r.stdout).toContain('Do not roll back again: run lepton promote 0.1.0 staging --push');
    expect(git(repo.remote, 'tag', '--list', 'sentiment#staging!#*').trim()).toBe(
      'sentiment#staging!#3',
    );
  });
});

// Trial 9, F3: the registry failing while a rollback moves `:STAGE` must not stop the redeploy of
// the version the stage fell back to, and the hint it prints must finish the job.
describe('rollback with a deploy hook when the registry fails (docker-registry, htpasswd)', () => {
  const HOOK = `#!/bin/sh
echo "$LEPTON_VERSION" >> "$HOOK_LOG"
if [ "$LEPTON_VERSION" = "$FAIL_VERSION" ]; then
  [ -n "$KILL_PID" ] && kill "$KILL_PID"
  exit 1
fi
exit 0
`;
  const withHook = (store: string) =>
    manifest(store).replace(
      'stages:\n  staging: {}\n',
      'stages:\n  staging:\n    deploy:\n      command: ./deploy.sh\n',
    );
  let own: TestRegistry;
  let hookLog: string;
  const creds = (password: string, extra: Record<string, string> = {}) => ({
    HOME: tempDir(),
    DOCKER_CONFIG: tempDir(),
    LEPTON_REGISTRY_USERNAME: 'u',
    LEPTON_REGISTRY_PASSWORD: password,
    HOOK_LOG: hookLog,
    FAIL_VERSION: 'none',
    ...extra,
  });
  const run = async (args: string[], password = 'pw', extra: Record<string, string> = {}) => {
    const r = await runCli(repo.dir, args, creds(password, extra));
    return { ...r, json: r.stdout.trim().startsWith('{') ? JSON.parse(r.stdout) : null };
  };
  const deployed = () => readFileSync(hookLog, 'utf8').trim().split('\n');
  const digestOf = async (tag: string) => {
    const res = await fetch(`http://${own.host}/v2/acme/models/sentiment/manifests/${tag}`, {
      headers: {
        accept: 'application/vnd.oci.image.manifest.v1+json',
        authorization: `Basic ${Buffer.from('u:pw').toString('base64')}`,
      },
    });
    return res.status === 200 ? digestBytes(Buffer.from(await res.arrayBuffer())) : null;
  };

  async function twoPromoted(): Promise<string[]> {
    await setup();
    const digests: string[] = [];
    for (const acc of ['0.95', '0.96']) {
      if (acc !== '0.95') {
        repo.write({ 'src/acc.txt': acc });
        repo.commit(`acc ${acc}`);
      }
      const r = await run(['record', '--push', '--json']);
      expect(r.code).toBe(0);
      digests.push(r.json.artifact.digest);
      expect((await run(['promote', r.json.version, 'staging', '--push'])).code).toBe(0);
    }
    expect(deployed()).toEqual(['0.1.0', '0.2.0']);
    expect(await digestOf('staging')).toBe(digests[1]);
    return digests;
  }

  async function setup(): Promise<void> {
    own = await startRegistry({ user: 'u', password: 'pw' });
    hookLog = join(tempDir(), 'hook.log');
    repo = makeRepo({
      'lepton.yml': withHook(`oci://${own.host}/acme/models`),
      'eval.mjs': EVAL,
      'deploy.sh': HOOK,
      'src/acc.txt': '0.95',
      '.gitignore': 'out/\n',
    });
    chmodSync(join(repo.dir, 'deploy.sh'), 0o755);
    git(repo.dir, 'add', '-A');
    git(repo.dir, 'commit', '-qm', 'hook');
  }
  afterEach(() => own?.stop());

  it('lepton rollback: credentials refused → the fallback is still redeployed, exit 4, and the hint moves only the OCI tag', async () => {
    const [d1] = await twoPromoted();
    const r = await run(['rollback', 'staging', '--reason', 'bad', '--push', '--json'], 'wrong');
    expect(r.code).toBe(4);
    expect(r.json).toMatchObject({
      from: { version: '0.2.0' },
      to: { version: '0.1.0' },
      storeMoved: false,
      deployed: true,
      storeError: { message: expect.any(String) },
    });
    // The fallback serves again, though the registry refused.
    expect(deployed()).toEqual(['0.1.0', '0.2.0', '0.1.0']);
    const hint = (r.json.storeError.details as string[]).at(-1) as string;
    expect(hint).toContain('Do not roll back again: run lepton promote 0.1.0 staging --push');
    expect(r.stderr).toContain('lepton promote 0.1.0 staging --push');
    expect(git(repo.remote, 'tag', '--list', 'sentiment#staging!#*').trim()).toBe(
      'sentiment#staging!#3',
    );
    // The hint does what it says: the OCI tag follows, no tag is made, nothing is deployed again.
    const fix = await run(['promote', '0.1.0', 'staging', '--push']);
    expect(fix.code).toBe(0);
    expect(await digestOf('staging')).toBe(d1);
    expect(deployed()).toEqual(['0.1.0', '0.2.0', '0.1.0']);
    expect(git(repo.remote, 'tag', '--list', 'sentiment#*').trim().split('\n')).toHaveLength(3);
  });

  it('lepton promote --push: credentials refused after the stage tag is pushed → the version is still deployed, exit 4, and the hint moves only the OCI tag', async () => {
    await setup();
    const rec = await run(['record', '--push', '--json']);
    expect(rec.code).toBe(0);
    const r = await run(['promote', '0.1.0', 'staging', '--push', '--json'], 'wrong');
    expect(r.code).toBe(4);
    expect(r.json).toMatchObject({ promoted: true, storeError: { message: expect.any(String) } });
    expect(deployed()).toEqual(['0.1.0']);
    expect(r.stderr).toContain('run lepton promote 0.1.0 staging --push');
    expect(await digestOf('staging')).toBeNull();
    const fix = await run(['promote', '0.1.0', 'staging', '--push']);
    expect(fix.code).toBe(0);
    expect(await digestOf('staging')).toBe(rec.json.artifact.digest);
    expect(deployed()).toEqual(['0.1.0']);
  });

  it('automatic rollback after a failed deploy: the registry gone mid-run → the previous holder is redeployed and the report names the step', async () => {
    await twoPromoted();
    repo.write({ 'src/acc.txt': '0.97' });
    repo.commit('acc 0.97');
    expect((await run(['record', '--push'])).code).toBe(0);
    // The hook for 0.3.0 stops the registry, then fails: the rollback's :staging move fails.
    const r = await run(['promote', '0.3.0', 'staging', '--push', '--json'], 'pw', {
      FAIL_VERSION: '0.3.0',
      KILL_PID: String(own.pid),
    });
    expect(r.code).toBe(3);
    expect(deployed()).toEqual(['0.1.0', '0.2.0', '0.3.0', '0.2.0']);
    expect(r.json.deploy.rollback).toMatchObject({
      version: '0.3.0',
      to: { version: '0.2.0' },
      storeError: { message: expect.any(String) },
    });
    expect(r.json.deploy.kept).toBeNull();
    expect(r.stderr).toContain('lepton promote 0.2.0 staging --push');
  });
});
