import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LeptonError } from '../../src/core/errors/index.js';
import {
  digestBytes,
  manifestDigestOf,
  pullArtifact,
  pushArtifact,
  tagManifest,
  type StoreSettings,
} from '../../src/io/oci/index.js';
import { tempDir, writeFiles } from '../helpers/repo.js';
import { startRegistry, type TestRegistry } from './registry.js';

const settings: StoreSettings = { insecure: false };
let reg: TestRegistry;
beforeAll(async () => {
  reg = await startRegistry();
});
afterAll(() => reg?.stop());

const uploads = (lines: string[]) =>
  lines.filter((l) => /^(PUT|PATCH) \/v2\/.*\/blobs\/uploads\//.test(l));

function files(dir: string, content: Record<string, Buffer | string>) {
  writeFiles(dir, content);
  return Object.keys(content).map((title) => ({ title, path: join(dir, title) }));
}

describe('the OCI client against docker-registry', () => {
  it('pushes an artifact in ORAS layout, then again with nothing uploaded, and pulls it verified', async () => {
    const dir = tempDir();
    const model = randomBytes(300_000);
    const list = files(dir, { 'out/model.bin': model, 'out/tokenizer.json': '{"v":1}' });
    const repo = { registry: reg.host, name: 'acme/models/sentiment' };
    const config = Buffer.from(JSON.stringify({ kind: 'version', version: '1.2.0' }));
    const annotations = { 'org.opencontainers.image.version': '1.2.0' };
    const first = await pushArtifact({ repo, settings, files: list, config, annotations });
    expect(first.uploaded).toBe(model.length + 7 + config.length);
    expect(first.ref).toBe(`${reg.host}/acme/models/sentiment@${first.digest}`);
    expect(first.digest).toBe(digestBytes(first.manifest));
    const manifest = JSON.parse(first.manifest.toString());
    expect(manifest).toEqual({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      artifactType: 'application/vnd.lepton.model.v1',
      config: {
        mediaType: 'application/vnd.lepton.record.v1+json',
        digest: digestBytes(config),
        size: config.length,
      },
      layers: [
        {
          mediaType: 'application/octet-stream',
          digest: digestBytes(model),
          size: model.length,
          annotations: { 'org.opencontainers.image.title': 'out/model.bin' },
        },
        {
          mediaType: 'application/octet-stream',
          digest: digestBytes('{"v":1}'),
          size: 7,
          annotations: { 'org.opencontainers.image.title': 'out/tokenizer.json' },
        },
      ],
      annotations,
    });

    const before = (await reg.settle()).length;
    const again = await pushArtifact({ repo, settings, files: list, config, annotations });
    expect(again.uploaded).toBe(0);
    expect(again.digest).toBe(first.digest);
    const second = (await reg.settle()).slice(before);
    expect(uploads(second)).toEqual([]);
    // Three HEADs answered 200 (two files and the config), one manifest PUT by digest.
    expect(second.filter((l) => l.startsWith('HEAD ') && l.endsWith(' 200'))).toHaveLength(3);

    await tagManifest({ ...repo, digest: first.digest }, settings, '1.2.0');
    expect(await manifestDigestOf(repo, settings, '1.2.0')).toBe(first.digest);
    expect(await manifestDigestOf(repo, settings, 'production')).toBeNull();

    const to = tempDir();
    const pulled = await pullArtifact({
      ref: { ...repo, digest: first.digest },
      settings,
      dir: to,
    });
    expect(pulled).toEqual([
      { title: 'out/model.bin', digest: digestBytes(model), size: model.length },
      { title: 'out/tokenizer.json', digest: digestBytes('{"v":1}'), size: 7 },
    ]);
    expect(readFileSync(join(to, 'out/model.bin')).equals(model)).toBe(true);
    expect(readdirSync(join(to, 'out')).sort()).toEqual(['model.bin', 'tokenizer.json']);
  });

  it('uploads in chunks (PATCH with Content-Range) above the threshold, and the bytes come back whole', async () => {
    const dir = tempDir();
    const big = randomBytes(1_000_003);
    const list = files(dir, { 'w.bin': big });
    const repo = { registry: reg.host, name: 'chunked/m' };
    const before = (await reg.settle()).length;
    const pushed = await pushArtifact({
      repo,
      settings,
      files: list,
      config: Buffer.from('{}'),
      annotations: {},
      chunk: { chunkThreshold: 500_000, chunkSize: 300_000 },
    });
    const lines = (await reg.settle()).slice(before);
    // ceil(1,000,003 / 300,000) = 4 chunks, then the closing PUT; the config goes up in one PUT.
    expect(lines.filter((l) => l.startsWith('PATCH ')).map((l) => l.split(' ')[2])).toEqual([
      '202',
      '202',
      '202',
      '202',
    ]);
    const to = tempDir();
    await pullArtifact({ ref: { ...repo, digest: pushed.digest }, settings, dir: to });
    expect(readFileSync(join(to, 'w.bin')).equals(big)).toBe(true);
  });

  it('refuses a blob whose stored bytes were altered, leaving nothing in the folder', async () => {
    const dir = tempDir();
    const bytes = randomBytes(50_000);
    const list = files(dir, { 'a.txt': 'fine\n', 'sub/model.bin': bytes });
    const repo = { registry: reg.host, name: 'corrupt/m' };
    const pushed = await pushArtifact({
      repo,
      settings,
      files: list,
      config: Buffer.from('{"c":1}'),
      annotations: {},
    });
    const file = reg.blobFile(digestBytes(bytes));
    const altered = Buffer.from(bytes);
    altered[100] = altered[100]! ^ 0xff;
    writeFileSync(file, altered);
    const to = join(tempDir(), 'into');
    const error = await pullArtifact({
      ref: { ...repo, digest: pushed.digest },
      settings,
      dir: to,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LeptonError);
    expect((error as LeptonError).kind).toBe('git');
    expect((error as LeptonError).message).toContain(
      `sub/model.bin does not match its digest: expected ${digestBytes(bytes)} (50000 bytes), got ${digestBytes(altered)} (50000 bytes)`,
    );
    // Neither a.txt (verified) nor the bad file nor a .part: the folder this pull made is gone.
    expect(existsSync(to)).toBe(false);
  });
});
