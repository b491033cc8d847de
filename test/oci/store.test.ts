import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseRecord } from '../../src/core/registry/message.js';
import { digestBytes } from '../../src/io/oci/index.js';
import { makeRepo, runCli, tempDir, type TestRepo } from '../helpers/repo.js';
import { versionTags } from '../registry/eval-fixture.js';
import { freePort, startRegistry, type TestRegistry } from './registry.js';

// The eval builds the model file from the model's source, as a training step would.
const EVAL = `import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
mkdirSync('out', { recursive: true });
const accuracy = Number(readFileSync('src/acc.txt', 'utf8'));
writeFileSync('out/model.bin', 'weights ' + accuracy + '\\n'.repeat(1000));
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

function storeRepo(store: string): TestRepo {
  return makeRepo({
    'lepton.yml': manifest(store),
    'eval.mjs': EVAL,
    'src/acc.txt': '0.95',
    '.gitignore': 'out/\n',
  });
}

let reg: TestRegistry;
let repo: TestRepo;
// No Docker config of the machine's, no credentials: the registry here needs none.
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
const manifestAt = async (name: string, ref: string) => {
  const res = await fetch(`http://${reg.host}/v2/${name}/manifests/${ref}`, {
    headers: { accept: 'application/vnd.oci.image.manifest.v1+json' },
  });
  if (res.status !== 200) return null;
  const bytes = Buffer.from(await res.arrayBuffer());
  return { digest: digestBytes(bytes), json: JSON.parse(bytes.toString()) };
};

describe('record, promote and pull with artifacts.store (docker-registry on 127.0.0.1)', () => {
  it('stores each version before its tag, moves :staging with promote, and pulls by version and stage', async () => {
    repo = storeRepo(`oci://${reg.host}/acme/models`);
    const head = repo.git('rev-parse', 'HEAD').trim();
    const first = await cli(['record', '--push', '--json']);
    expect(first.code).toBe(0);
    const digest: string = first.json.artifact.digest;
    expect(first.json.artifact).toEqual({
      ref: `${reg.host}/acme/models/sentiment@${digest}`,
      digest,
    });
    const rec = parseRecord(
      repo.git('for-each-ref', '--format=%(contents)', 'refs/tags/sentiment@v0.1.0'),
    );
    expect(rec).toMatchObject({ version: '0.1.0', artifact: first.json.artifact });

    const m = await manifestAt('acme/models/sentiment', '0.1.0');
    expect(m?.digest).toBe(digest);
    expect(m?.json.artifactType).toBe('application/vnd.lepton.model.v1');
    expect(m?.json.annotations).toEqual({
      'org.opencontainers.image.version': '0.1.0',
      'org.opencontainers.image.revision': head,
      'org.opencontainers.image.created': rec?.kind === 'version' ? rec.created : undefined,
    });
    const model = readFileSync(join(repo.dir, 'out/model.bin'));
    expect(m?.json.layers).toEqual([
      {
        mediaType: 'application/octet-stream',
        digest: digestBytes(model),
        size: model.length,
        annotations: { 'org.opencontainers.image.title': 'out/model.bin' },
      },
    ]);
    // The config blob is the version record as it was before the store's reference was added.
    const config = await fetch(
      `http://${reg.host}/v2/acme/models/sentiment/blobs/${m?.json.config.digest}`,
    );
    expect(JSON.parse(await config.text())).toEqual({ ...rec, artifact: null });

    expect((await cli(['promote', '0.1.0', 'staging', '--push'])).code).toBe(0);
    expect((await manifestAt('acme/models/sentiment', 'staging'))?.digest).toBe(digest);

    repo.write({ 'src/acc.txt': '0.97' });
    repo.commit('better');
    const second = await cli(['record', '--push', '--json']);
    expect(second.json).toMatchObject({ version: '0.2.0', created: true });
    expect(second.json.artifact.digest).not.toBe(digest);
    expect((await cli(['promote', '0.2.0', 'staging', '--push'])).code).toBe(0);
    expect((await manifestAt('acme/models/sentiment', 'staging'))?.digest).toBe(
      second.json.artifact.digest,
    );
    expect((await manifestAt('acme/models/sentiment', '0.1.0'))?.digest).toBe(digest);

    for (const [ref, version, acc] of [
      ['sentiment#staging', '0.2.0', '0.97'],
      ['0.1.0', '0.1.0', '0.95'],
      ['sentiment@v0.1.0', '0.1.0', '0.95'],
    ] as const) {
      const to = join(tempDir(), 'model');
      const pulled = await cli(['pull', ref, '--to', to, '--json']);
      expect(pulled.code).toBe(0);
      const bytes = Buffer.from(`weights ${acc}` + '\n'.repeat(1000));
      expect(pulled.json).toMatchObject({
        model: 'sentiment',
        version,
        tag: `sentiment@v${version}`,
        dir: to,
        files: [{ path: 'out/model.bin', size: bytes.length, digest: digestBytes(bytes) }],
      });
      expect(readFileSync(join(to, 'out/model.bin')).equals(bytes)).toBe(true);
    }
  }, 240_000);

  it('a dead registry fails record with exit 4 and no git tag; the rerun, with the registry up, records', async () => {
    const port = await freePort();
    repo = storeRepo(`oci://127.0.0.1:${port}/models`);
    const dead = await cli(['record', '--push']);
    expect(dead.code).toBe(4);
    expect(dead.stderr).toContain(
      `model store 127.0.0.1:${port}/models/sentiment: could not reach http://127.0.0.1:${port}`,
    );
    expect(versionTags(repo.git)).toEqual([]);
    expect(versionTags((...a) => repo.git('--git-dir', repo.remote, ...a))).toEqual([]);

    const up = await startRegistry({ port });
    try {
      const again = await cli(['record', '--push', '--json']);
      expect(again.code).toBe(0);
      expect(again.json).toMatchObject({ version: '0.1.0', created: true, pushed: true });
      expect(versionTags(repo.git)).toEqual(['sentiment@v0.1.0']);
    } finally {
      await up.stop();
    }
  }, 120_000);

  it('a corrupted blob is refused by pull with exit 4 and nothing written', async () => {
    repo = storeRepo(`oci://${reg.host}/corrupt`);
    const rec = await cli(['record', '--json']);
    expect(rec.code).toBe(0);
    const model = readFileSync(join(repo.dir, 'out/model.bin'));
    const file = reg.blobFile(digestBytes(model));
    writeFileSync(file, Buffer.from(readFileSync(file).toString().replace('weights', 'WEIGHTS')));
    const to = tempDir();
    const pulled = await cli(['pull', '0.1.0', '--to', to, '--json']);
    expect(pulled.code).toBe(4);
    expect(pulled.stderr).toContain('out/model.bin does not match its digest');
    expect(readdirSync(to)).toEqual([]);
  });

  it('pull refuses (exit 2) a version recorded without a store, and an unknown one', async () => {
    repo = storeRepo(`oci://${reg.host}/x`);
    writeFileSync(
      join(repo.dir, 'lepton.yml'),
      manifest(`oci://${reg.host}/x`).replace(/ {2}store: .*\n/, ''),
    );
    repo.commit('no store');
    expect((await cli(['record'])).code).toBe(0);
    const none = await cli(['pull', '0.1.0', '--to', tempDir()]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('sentiment@v0.1.0 has no artifact in a model store');
    const unknown = await cli(['pull', '9.9.9', '--to', tempDir()]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('9.9.9: no such version of sentiment');
    const stage = await cli(['pull', 'sentiment#staging', '--to', tempDir()]);
    expect(stage.code).toBe(2);
    expect(stage.stderr).toContain('sentiment#staging: staging holds no version of sentiment');
    expect(stage.stderr).toContain('`lepton promote VERSION staging` assigns one');
    expect(stage.stderr).not.toContain('no such version');
    const undeclared = await cli(['pull', 'sentiment#prod', '--to', tempDir()]);
    expect(undeclared.code).toBe(2);
    expect(undeclared.stderr).toContain('sentiment#prod: sentiment has no stage "prod"');
    expect(undeclared.stderr).toContain('its stages (lepton.yml): staging');
  });

  it.each([
    ['s3://bucket/models', 'expected an OCI repository prefix'],
    ['oci://ghcr.io/Acme/Models', 'expected an OCI repository prefix'],
    ['oci://', 'expected an OCI repository prefix'],
  ])('artifacts.store %s is a manifest error naming the key', async (store, message) => {
    repo = storeRepo(store);
    const r = await cli(['validate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('artifacts.store');
    expect(r.stderr).toContain(message);
    expect(existsSync(join(repo.dir, 'out'))).toBe(false);
  });
});
