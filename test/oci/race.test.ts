import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseRecord } from '../../src/core/registry/message.js';
import { git, makeRepo, runCli, tempDir, type TestRepo } from '../helpers/repo.js';
import { versionTags } from '../registry/eval-fixture.js';
import { startRegistry, type TestRegistry } from './registry.js';

// Concurrent `record --push` runs with different content, each storing its artifact: the OCI
// tag X.Y.Z must end on the manifest of the run whose git tag X.Y.Z won, and a run that lost
// tags its own manifest with the version it finally got.
const EVAL = `import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
mkdirSync('out', { recursive: true });
const accuracy = Number(readFileSync('src/acc.txt', 'utf8'));
writeFileSync('out/model.bin', 'weights ' + accuracy);
writeFileSync('out/metrics.json', JSON.stringify({ accuracy }));
`;

let reg: TestRegistry;
let origin: TestRepo;
let clones: string;
beforeAll(async () => {
  reg = await startRegistry();
  origin = makeRepo({
    'lepton.yml': `version: 1\nmodel: sentiment\ncomponents:\n  c:\n    paths: [src/**]\neval:\n  command: node eval.mjs\n  metrics: out/metrics.json\nartifacts:\n  paths: [out/model.bin]\n  store: oci://${reg.host}/race\n`,
    'eval.mjs': EVAL,
    'src/acc.txt': '0.9',
    '.gitignore': 'out/\n',
  });
  origin.git('push', '-q', 'origin', 'main');
  clones = tempDir('lepton-oci-clones-');
});
afterAll(async () => {
  await reg?.stop();
  origin?.cleanup();
  rmSync(clones, { recursive: true, force: true });
});

const ociTag = async (tag: string) => {
  const res = await fetch(`http://${reg.host}/v2/race/sentiment/manifests/${tag}`, {
    headers: { accept: 'application/vnd.oci.image.manifest.v1+json' },
  });
  const manifest = JSON.parse(await res.text());
  const config = await fetch(
    `http://${reg.host}/v2/race/sentiment/blobs/${manifest.config.digest}`,
  );
  return {
    digest: res.headers.get('docker-content-digest'),
    record: JSON.parse(await config.text()),
  };
};

describe('concurrent record --push with a model store', () => {
  it('every OCI version tag names the manifest of the run whose git tag holds that version', async () => {
    const dirs = ['a', 'b', 'c', 'd'].map((name, i) => {
      const dir = join(clones, name);
      git(clones, 'clone', '-q', origin.remote, name);
      writeFileSync(join(dir, 'src/acc.txt'), `0.9${i}1`);
      git(dir, 'commit', '-q', '-am', `model ${name}`);
      return dir;
    });
    const runs = await Promise.all(
      dirs.map((d) => runCli(d, ['record', '--push', '--json'], { HOME: tempDir() })),
    );
    for (const r of runs)
      expect({ code: r.code, stderr: r.code ? r.stderr : '' }).toEqual({ code: 0, stderr: '' });
    const tags = versionTags((...a) => git(origin.remote, ...a));
    expect(tags).toHaveLength(4);
    for (const tag of tags) {
      const rec = parseRecord(
        git(origin.remote, 'for-each-ref', '--format=%(contents)', `refs/tags/${tag}`),
      );
      if (rec?.kind !== 'version' || !rec.artifact?.digest)
        throw new Error(`${tag} has no stored artifact`);
      const oci = await ociTag(rec.version);
      expect({
        tag,
        digest: oci.digest,
        version: oci.record.version,
        fingerprint: oci.record.fingerprint,
      }).toEqual({
        tag,
        digest: rec.artifact.digest,
        version: rec.version,
        fingerprint: rec.fingerprint,
      });
    }
  }, 240_000);
});
