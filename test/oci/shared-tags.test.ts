import { afterAll, afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals';

import { chmodSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { digestBytes } from '../../src/io/oci/index.js';
import { openProject, promote, streamLogger } from '../../src/index.js';
import { GIT_ENV, git, makeRepo, runCli, tempDir, type TestRepo } from '../helpers/repo.js';
import { startRegistry, type TestRegistry } from './registry.js';

// Several records, promotions and hook runs against a real registry: slow on a loaded machine.
jest.setTimeout(300_000);

// Trial 9, F2: the registry's shared tags (`:X.Y.Z`, `:STAGE`), which serving systems pull, move
// only once the git tag is on the remote; a local record, promote or rollback leaves them. And the
// library's promote() delivers as the CLI's does: it runs the stage's deploy hook.

const EVAL = `import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
mkdirSync('out', { recursive: true });
const accuracy = Number(readFileSync('src/acc.txt', 'utf8'));
writeFileSync('out/model.bin', 'weights ' + accuracy);
writeFileSync('out/metrics.json', JSON.stringify({ accuracy }));
`;
const HOOK = '#!/bin/sh\necho "$LEPTON_VERSION" >> "$HOOK_LOG"\n';

let reg: TestRegistry;
let repo: TestRepo;
let hookLog: string;
beforeAll(async () => {
  reg = await startRegistry();
});
afterAll(() => reg?.stop());
afterEach(() => repo?.cleanup());

const env = () => ({ HOME: tempDir(), DOCKER_CONFIG: tempDir(), HOOK_LOG: hookLog });
const cli = async (args: string[]) => {
  const r = await runCli(repo.dir, args, env());
  return { ...r, json: r.stdout.trim().startsWith('{') ? JSON.parse(r.stdout) : null };
};
const digestOf = async (tag: string) => {
  const res = await fetch(`http://${reg.host}/v2/acme/models/m/manifests/${tag}`, {
    headers: { accept: 'application/vnd.oci.image.manifest.v1+json' },
  });
  return res.status === 200 ? digestBytes(Buffer.from(await res.arrayBuffer())) : null;
};
const deployed = () =>
  existsSync(hookLog) ? readFileSync(hookLog, 'utf8').trim().split('\n') : [];

function project(): void {
  hookLog = join(tempDir(), 'hook.log');
  repo = makeRepo({
    'lepton.yml': `version: 1
model: m
components:
  core:
    paths: [src/**]
eval:
  command: node eval.mjs
  metrics: out/metrics.json
artifacts:
  paths: [out/model.bin]
  store: oci://${reg.host}/acme/models
stages:
  production:
    deploy:
      command: ./deploy.sh
`,
    'eval.mjs': EVAL,
    'deploy.sh': HOOK,
    'src/acc.txt': '0.95',
    '.gitignore': 'out/\n',
  });
  chmodSync(join(repo.dir, 'deploy.sh'), 0o755);
  git(repo.dir, 'add', '-A');
  git(repo.dir, 'commit', '-qm', 'hook');
}

async function nextVersion(
  acc: string,
  push: boolean,
): Promise<{ version: string; digest: string }> {
  repo.write({ 'src/acc.txt': acc });
  repo.commit(`acc ${acc}`);
  const r = await cli(['record', ...(push ? ['--push'] : []), '--json']);
  expect(r.code).toBe(0);
  return { version: r.json.version, digest: r.json.artifact.digest };
}

describe('shared OCI tags follow the remote (docker-registry on 127.0.0.1)', () => {
  it('record, promote and rollback without --push move no shared tag, say how to publish, and --push then does', async () => {
    project();
    const first = await cli(['record', '--push', '--json']);
    expect(first.code).toBe(0);
    const d1 = first.json.artifact.digest as string;
    expect(await digestOf('0.1.0')).toBe(d1);
    expect((await cli(['promote', '0.1.0', 'production', '--push'])).code).toBe(0);
    expect(await digestOf('production')).toBe(d1);

    // A local record: its files are stored by digest, its :0.2.0 waits for the push.
    const v2 = await nextVersion('0.97', false);
    expect(await digestOf('0.2.0')).toBeNull();
    expect(git(repo.remote, 'tag', '--list', 'm@v0.2.0').trim()).toBe('');
    const again = await cli(['record', '--push']);
    expect(again.code).toBe(0);
    expect(git(repo.remote, 'tag', '--list', 'm@v0.2.0').trim()).toBe('m@v0.2.0');
    expect(await digestOf('0.2.0')).toBe(v2.digest);

    // A local promote: the hook runs (as before), :production stays with the remote's holder.
    const local = await cli(['promote', '0.2.0', 'production']);
    expect(local.code).toBe(0);
    expect(local.stderr).toContain(
      "the model store's :production tag is not moved: the stage tag is not pushed (lepton promote 0.2.0 production --push",
    );
    expect(await digestOf('production')).toBe(d1);
    expect(deployed()).toEqual(['0.1.0', '0.2.0']);
    // The note's command publishes it: the tag goes out, :production follows, nothing redeploys.
    const pushed = await cli(['promote', '0.2.0', 'production', '--push']);
    expect(pushed.code).toBe(0);
    expect(git(repo.remote, 'tag', '--list', 'm#production#*').trim().split('\n')).toHaveLength(2);
    expect(await digestOf('production')).toBe(v2.digest);
    expect(deployed()).toEqual(['0.1.0', '0.2.0']);

    // A local rollback: :production stays with what the remote says holds it.
    const rb = await cli(['rollback', 'production', '--reason', 'try', '--json']);
    expect(rb.code).toBe(0);
    expect(rb.json).toMatchObject({
      to: { version: '0.1.0' },
      storeMoved: false,
      storeError: null,
    });
    expect(rb.stderr).toContain(
      "the model store's :production tag is not moved: the rollback is not pushed",
    );
    expect(await digestOf('production')).toBe(v2.digest);
  });

  it("the library's promote() runs the stage's deploy hook and returns what it did", async () => {
    project();
    expect((await cli(['record', '--push'])).code).toBe(0);
    const sink = new Writable({ write: (_c, _e, done) => done() });
    const ctx = await openProject({
      manifestPath: join(repo.dir, 'lepton.yml'),
      env: { ...process.env, ...GIT_ENV, ...env(), GITHUB_ACTIONS: '' },
      log: streamLogger(sink),
    });
    const p = await promote(ctx, { version: '0.1.0', stage: 'production' });
    expect(p).toMatchObject({ promoted: true, tag: 'm#production#1' });
    expect(deployed()).toEqual(['0.1.0']);
    expect(p.deploy).toMatchObject({ stage: 'production', rollback: null, kept: null });
    expect(p.deploy?.runs.map((r) => [r.version, r.cause, r.ok])).toEqual([
      ['0.1.0', 'promote', true],
    ]);
  });
});
