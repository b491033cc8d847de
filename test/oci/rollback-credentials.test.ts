// The automatic rollback after a failed deploy moves the model store's `:STAGE` tag back with the
// credentials the promotion was given, not ones it builds from the environment: with the
// registry's only valid credentials coming through the promotion's path (the Action's `token`
// for ghcr.io; a library caller's `store` option), the tag must follow the stage to the fallback.
import { afterAll, afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { digestBytes } from '../../src/io/oci/index.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js';
import {
  git,
  makeRepo,
  PROJECT,
  runCli,
  runNode,
  tempDir,
  type TestRepo,
} from '../helpers/repo.js';
import { DEPLOY_HOOK } from '../delivery/deploy-hooks.js';
import { cleanupOrigins, MODEL, MODEL_DIR, MODEL_FILES, origin } from '../action/model-repo.js';
import { cleanupRuns, examplePayload, mainPushPayload, runAction } from '../action/run-action.js';
import { hasRegistry, startRegistry, type TestRegistry } from './registry.js';

// Records, promotions and hook runs against a real registry: slow on a loaded machine.
jest.setTimeout(300_000);

const d = hasRegistry ? describe : describe.skip;

/** The registry's manifest digest under `tag`, read with the registry's one valid login. */
async function digestOf(
  base: string,
  repository: string,
  tag: string,
  login: string,
): Promise<string | null> {
  const res = await fetch(`${base}/v2/${repository}/manifests/${tag}`, {
    headers: {
      accept: 'application/vnd.oci.image.manifest.v1+json',
      authorization: `Basic ${Buffer.from(login).toString('base64')}`,
    },
  });
  return res.status === 200 ? digestBytes(Buffer.from(await res.arrayBuffer())) : null;
}

/** No registry credentials anywhere in the environment: no variables, empty Docker configs. */
const noStoreCredentials = () => ({
  HOME: tempDir(),
  DOCKER_CONFIG: tempDir(),
  LEPTON_REGISTRY_USERNAME: undefined,
  LEPTON_REGISTRY_PASSWORD: undefined,
});

// The Action's token is a credential for ghcr.io alone. The test borrows that name for a local
// docker-registry: the Action's process gets a preloaded DNS answer (ghcr.io → a loopback
// address of its own, on port 80) and plain http (LEPTON_REGISTRY_INSECURE); nothing else of
// the Action changes, and the registry accepts only the token.
d(
  'the Action: a promotion whose deploy fails, with the token as the only registry credential',
  () => {
    const TOKEN = 'ghs_storeToken0123456789abcdefABCDEF';
    const ACTOR = 'octocat';
    const address = `127.${Math.floor(Math.random() * 200) + 20}.${Math.floor(Math.random() * 250) + 1}.${Math.floor(Math.random() * 250) + 1}`;
    let reg: TestRegistry;
    let gh: FakeGitHub;
    let preload: string;
    beforeEach(async () => {
      reg = await startRegistry({ user: ACTOR, password: TOKEN, address, port: 80 });
      gh = await startFakeGitHub({ owner: 'octo-org', repo: 'models', token: TOKEN });
      const dir = tempDir();
      preload = join(dir, 'ghcr-here.cjs');
      writeFileSync(
        preload,
        `const dns = require('node:dns');
const lookup = dns.lookup;
dns.lookup = function (host, options, callback) {
  if (host !== 'ghcr.io') return lookup.apply(this, arguments);
  const cb = typeof options === 'function' ? options : callback;
  const all = typeof options === 'object' && options !== null && options.all;
  const address = ${JSON.stringify(address)};
  process.nextTick(() => (all ? cb(null, [{ address, family: 4 }]) : cb(null, address, 4)));
};
`,
      );
    });
    afterEach(async () => {
      await reg?.stop();
      gh?.close();
    });
    afterAll(() => {
      cleanupOrigins();
      cleanupRuns();
    });

    const MANIFEST = `version: 1
model: ${MODEL}
components:
  code: { paths: [eval.js, params.json] }
data:
  train: { paths: [data.csv] }
eval:
  command: node eval.js
  metrics: out/metrics.json
  thresholds:
    accuracy: { min: 0.9 }
artifacts:
  paths: [out/model.json]
  store: oci://ghcr.io/acme/models
stages:
  production:
    deploy:
      command: node deploy.mjs
`;
    const env = () => ({
      ...noStoreCredentials(),
      NODE_OPTIONS: `--require ${preload}`,
      LEPTON_REGISTRY_INSECURE: '1',
      GITHUB_ACTOR: ACTOR,
    });

    it("moves ghcr.io's :production back to the fallback with the token the promotion used", async () => {
      const o = origin({
        ...MODEL_FILES,
        [`${MODEL_DIR}/lepton.yml`]: MANIFEST,
        [`${MODEL_DIR}/deploy.mjs`]: DEPLOY_HOOK,
      });
      const inputs = { 'working-directory': MODEL_DIR, token: TOKEN };
      const record = async (accuracy: number) => {
        o.write({ [`${MODEL_DIR}/params.json`]: `{ "accuracy": ${accuracy} }\n` });
        o.commit(`accuracy ${accuracy}`);
        o.git('push', '-q', 'origin', 'main');
        const r = await runAction({
          workspace: o.checkout('main'),
          eventName: 'push',
          payload: await mainPushPayload(),
          inputs,
          apiUrl: gh.url,
          env: env(),
        });
        expect([r.code, r.errors]).toEqual([0, []]);
      };
      const promote = async (failing: string | null) => {
        const ws = o.checkout('main');
        if (failing) {
          mkdirSync(join(ws, MODEL_DIR, 'out'), { recursive: true });
          writeFileSync(join(ws, MODEL_DIR, 'out', `fail-${failing}`), 'exit');
        }
        return runAction({
          workspace: ws,
          eventName: 'workflow_dispatch',
          payload: await examplePayload('workflow_dispatch'),
          inputs: { ...inputs, stage: 'production' },
          apiUrl: gh.url,
          env: env(),
        });
      };
      const base = `http://${reg.host}`;
      const digest = (tag: string) =>
        digestOf(base, 'acme/models/sentiment', tag, `${ACTOR}:${TOKEN}`);

      await record(0.93);
      expect((await promote(null)).code).toBe(0);
      await record(0.95);
      const [v1, v2] = [await digest('0.1.0'), await digest('0.2.0')];
      expect(v1).not.toBeNull();
      expect(v2).not.toBe(v1);

      const r = await promote('0.2.0');
      expect(r.code).toBe(3);
      expect(r.outputs).toMatchObject({
        passed: 'false',
        version: '0.2.0',
        'rolled-back-to': '0.1.0',
        'rollback-tag': `${MODEL}#production!#3`,
      });
      // The promotion moved :production to v0.2.0; the rollback moved it back, with the token.
      const puts = (await reg.settle()).filter((l) =>
        /^PUT \/v2\/acme\/models\/sentiment\/manifests\/production 201$/.test(l),
      );
      expect(puts).toHaveLength(3);
      expect(await digest('production')).toBe(v1);
      expect(r.summary).not.toContain('Model store: **failed**');
      expect(git(o.remote, 'tag', '--list', `${MODEL}#production!#3`).trim()).toBe(
        `${MODEL}#production!#3`,
      );
    });
  },
);

// The library's `promote(ctx, { store })`: the caller's own settings are the only credentials.
d('the library: promote with its own store settings, whose deploy fails', () => {
  let reg: TestRegistry;
  let repo: TestRepo;
  beforeEach(async () => {
    reg = await startRegistry({ user: 'u', password: 'pw' });
  });
  afterEach(async () => {
    await reg?.stop();
    repo?.cleanup();
  });

  const EVAL = `import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
mkdirSync('out', { recursive: true });
const accuracy = Number(readFileSync('src/acc.txt', 'utf8'));
writeFileSync('out/model.bin', 'weights ' + accuracy + '\\n');
writeFileSync('out/metrics.json', JSON.stringify({ accuracy }));
`;
  const HOOK = `#!/bin/sh
[ "$LEPTON_VERSION" = 0.2.0 ] && exit 1
exit 0
`;

  it(":staging moves back to the fallback with the caller's credentials", async () => {
    repo = makeRepo({
      'lepton.yml': `version: 1
model: sentiment
components:
  classifier:
    paths: [src/**]
eval:
  command: node eval.mjs
  metrics: out/metrics.json
artifacts:
  paths: [out/model.bin]
  store: oci://${reg.host}/acme/models
stages:
  staging:
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
    // Recorded and the first promoted with the CLI, given the login through its environment.
    const login = {
      ...noStoreCredentials(),
      LEPTON_REGISTRY_USERNAME: 'u',
      LEPTON_REGISTRY_PASSWORD: 'pw',
    };
    for (const acc of ['0.95', '0.96']) {
      if (acc !== '0.95') {
        repo.write({ 'src/acc.txt': acc });
        repo.commit(`acc ${acc}`);
      }
      expect((await runCli(repo.dir, ['record', '--push'], login)).code).toBe(0);
    }
    expect((await runCli(repo.dir, ['promote', '0.1.0', 'staging', '--push'], login)).code).toBe(0);
    const base = `http://${reg.host}`;
    const digest = (tag: string) => digestOf(base, 'acme/models/sentiment', tag, 'u:pw');
    const v1 = await digest('0.1.0');
    expect(v1).not.toBeNull();
    expect(await digest('staging')).toBe(v1);

    // The caller's program: credentials in its own settings, none in the environment it passes.
    const script = join(tempDir(), 'promote.mjs');
    writeFileSync(
      script,
      `import { openProject, promote, streamLogger } from ${JSON.stringify(join(PROJECT, 'dist/lib.js'))};
const ctx = await openProject({ manifestPath: 'lepton.yml', env: process.env, log: streamLogger(process.stderr) });
const p = await promote(ctx, {
  version: '0.2.0',
  stage: 'staging',
  push: true,
  store: { username: 'u', password: 'pw', insecure: false },
});
console.log(JSON.stringify({ promoted: p.promoted, storeError: p.storeError, rollback: p.deploy?.rollback ?? null }));
`,
    );
    const r = await runNode(script, [], repo.dir, noStoreCredentials());
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as {
      promoted: boolean;
      storeError: unknown;
      rollback: { to: { version: string } | null; storeError?: unknown } | null;
    };
    expect(out).toMatchObject({
      promoted: true,
      storeError: null,
      rollback: { to: { version: '0.1.0' }, storeError: null },
    });
    expect(await digest('staging')).toBe(v1);
    rmSync(script, { force: true });
  });
});
