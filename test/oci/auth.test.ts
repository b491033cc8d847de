import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { LeptonError } from '../../src/core/errors/index.js';
import {
  credentialsFor,
  parseChallenge,
  pullArtifact,
  pushArtifact,
  registryOrigin,
  storeSettingsFromEnv,
  type StoreSettings,
} from '../../src/io/oci/index.js';
import { makeRepo, runCli, tempDir, writeFiles } from '../helpers/repo.js';
import { startRegistry, type TestRegistry } from './registry.js';

const USER = 'model-bot';
const PASSWORD = 's3cret-Pa55word';

let basic: TestRegistry;
let open: TestRegistry;
beforeAll(async () => {
  [basic, open] = await Promise.all([
    startRegistry({ user: USER, password: PASSWORD }),
    startRegistry(),
  ]);
});
afterAll(async () => {
  await Promise.all([basic?.stop(), open?.stop()]);
});

function oneFile() {
  const dir = tempDir();
  const bytes = randomBytes(10_000);
  writeFiles(dir, { 'model.bin': bytes });
  return { bytes, files: [{ title: 'model.bin', path: join(dir, 'model.bin') }] };
}

const push = (host: string, name: string, settings: StoreSettings) => {
  const { files } = oneFile();
  return pushArtifact({
    repo: { registry: host, name },
    settings,
    files,
    config: Buffer.from('{}'),
    annotations: {},
  });
};

const failure = async (p: Promise<unknown>): Promise<LeptonError> => {
  const e = await p.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(LeptonError);
  return e as LeptonError;
};

describe('basic auth (htpasswd) on docker-registry', () => {
  it('pushes and pulls with LEPTON_REGISTRY_USERNAME/PASSWORD', async () => {
    const settings = storeSettingsFromEnv({
      LEPTON_REGISTRY_USERNAME: USER,
      LEPTON_REGISTRY_PASSWORD: PASSWORD,
    });
    const pushed = await push(basic.host, 'team/m', settings);
    const to = tempDir();
    const files = await pullArtifact({
      ref: { registry: basic.host, name: 'team/m', digest: pushed.digest },
      settings,
      dir: to,
    });
    expect(files.map((f) => f.title)).toEqual(['model.bin']);
  });

  it("pushes with the Docker config's auths entry (base64 auth)", async () => {
    const home = tempDir();
    mkdirSync(join(home, '.docker'));
    const auth = Buffer.from(`${USER}:${PASSWORD}`).toString('base64');
    writeFileSync(
      join(home, '.docker/config.json'),
      JSON.stringify({ auths: { [basic.host]: { auth } } }),
    );
    const settings = storeSettingsFromEnv({ HOME: home });
    expect((await credentialsFor(settings, basic.host))?.username).toBe(USER);
    expect(await credentialsFor(settings, 'other.example:5000')).toBeNull();
    await expect(push(basic.host, 'team/docker', settings)).resolves.toMatchObject({
      uploaded: 10_002,
    });
  });

  it.each([
    [
      'a wrong password',
      { LEPTON_REGISTRY_USERNAME: USER, LEPTON_REGISTRY_PASSWORD: 'wrong' },
      'refused the credentials from LEPTON_REGISTRY_USERNAME/LEPTON_REGISTRY_PASSWORD (HTTP 401)',
    ],
    [
      'an unknown user',
      { LEPTON_REGISTRY_USERNAME: 'nobody', LEPTON_REGISTRY_PASSWORD: PASSWORD },
      'refused the credentials',
    ],
    ['no credentials', {}, 'asks for credentials and none are set'],
  ])(
    'fails clearly (exit 4) with %s, never showing the password',
    async (_what, creds, message) => {
      const e = await failure(
        push(basic.host, 'team/m2', storeSettingsFromEnv({ HOME: tempDir(), ...creds })),
      );
      expect(e.kind).toBe('git');
      expect(e.message).toContain(`model store ${basic.host}/team/m2: `);
      expect(e.message).toContain(message);
      expect([e.message, ...e.details].join('\n')).not.toContain(PASSWORD);
    },
  );

  it('the CLI exits 4 on a wrong password, without the password in its output, and makes no tag', async () => {
    const repo = makeRepo({
      'lepton.yml': `version: 1\nmodel: m\neval:\n  command: node -e "require('fs').mkdirSync('out',{recursive:true});require('fs').writeFileSync('out/m.json','{\\"a\\":1}');require('fs').writeFileSync('out/w.bin','w')"\n  metrics: out/m.json\nartifacts:\n  paths: [out/w.bin]\n  store: oci://${basic.host}/team\n`,
      '.gitignore': 'out/\n',
    });
    try {
      const r = await runCli(repo.dir, ['record'], {
        HOME: tempDir(),
        LEPTON_REGISTRY_USERNAME: USER,
        LEPTON_REGISTRY_PASSWORD: 'not-the-password',
      });
      expect(r.code).toBe(4);
      expect(r.stderr).toContain(
        `model store ${basic.host}/team/m: ${basic.host} refused the credentials`,
      );
      expect(r.stdout + r.stderr).not.toContain('not-the-password');
      expect(repo.git('tag', '-l').trim()).toBe('');
    } finally {
      repo.cleanup();
    }
  });
});

describe('plain http', () => {
  it.each([
    ['ghcr.io', false, 'https://ghcr.io'],
    ['registry.example:5000', false, 'https://registry.example:5000'],
    ['127.0.0.1.nip.io', false, 'https://127.0.0.1.nip.io'],
    ['localhost:5000', false, 'http://localhost:5000'],
    ['127.0.0.1:5000', false, 'http://127.0.0.1:5000'],
    ['[::1]:5000', false, 'http://[::1]:5000'],
    ['registry.example:5000', true, 'http://registry.example:5000'],
  ])('%s (insecure: %s) → %s', (host, insecure, origin) => {
    expect(registryOrigin(host, insecure)).toBe(origin);
  });

  it('LEPTON_REGISTRY_INSECURE=1 (only) opts in, and a remote host is tried over https', async () => {
    expect(storeSettingsFromEnv({ LEPTON_REGISTRY_INSECURE: '1' }).insecure).toBe(true);
    expect(storeSettingsFromEnv({ LEPTON_REGISTRY_INSECURE: 'yes' }).insecure).toBe(false);
    const e = await failure(push('localhost.invalid:1', 'x/y', storeSettingsFromEnv({})));
    expect(e.message).toContain('could not reach https://localhost.invalid:1');
  });
});

/**
 * A registry behind Docker's token protocol: a token service, and a front that answers 401 with
 * `WWW-Authenticate: Bearer …` unless the request carries a token it issued, and otherwise
 * passes the request to the real (open) registry.
 */
async function bearerFront(target: string) {
  const tokens = new Map<string, string>();
  const asked: { scope: string[]; service: string | null; user: string | null }[] = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/token') {
      const auth = req.headers.authorization ?? '';
      const [user, pass] = Buffer.from(auth.replace(/^Basic /, ''), 'base64')
        .toString()
        .split(':');
      asked.push({
        scope: url.searchParams.getAll('scope'),
        service: url.searchParams.get('service'),
        user: user ?? null,
      });
      if (user !== USER || pass !== PASSWORD) {
        res.writeHead(401).end('{"errors":[{"code":"UNAUTHORIZED"}]}');
        return;
      }
      const token = randomBytes(8).toString('hex');
      tokens.set(token, url.searchParams.getAll('scope').join(' '));
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ token }));
      return;
    }
    const bearer = /^Bearer (\w+)$/.exec(req.headers.authorization ?? '')?.[1];
    const granted = bearer ? tokens.get(bearer) : undefined;
    const name = /^\/v2\/(.+?)\/(blobs|manifests)\//.exec(url.pathname)?.[1] ?? '';
    const needs = req.method === 'GET' || req.method === 'HEAD' ? 'pull' : 'push';
    if (!granted || !new RegExp(`repository:${name}:[a-z,]*${needs}`).test(granted)) {
      const port = (server.address() as AddressInfo).port;
      res
        .writeHead(401, {
          'www-authenticate': `Bearer realm="http://127.0.0.1:${port}/token",service="test-registry",scope="repository:${name}:pull"`,
          'content-type': 'application/json',
        })
        .end('{"errors":[{"code":"UNAUTHORIZED"}]}');
      return;
    }
    const headers = { ...req.headers, host: target };
    delete headers.authorization;
    const up = http.request(`http://${target}${req.url}`, { method: req.method, headers }, (r) => {
      const out = { ...r.headers };
      // Locations name the real registry: keep the session on this front.
      if (out.location) out.location = out.location.replace(`http://${target}`, '');
      res.writeHead(r.statusCode ?? 502, out);
      r.pipe(res);
    });
    req.pipe(up);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { host, asked, close: () => new Promise<void>((r) => server.close(() => r())) };
}

describe('the Bearer token flow', () => {
  it('answers the challenge with a token for pull,push, pushes and pulls through it', async () => {
    const front = await bearerFront(open.host);
    try {
      const settings = storeSettingsFromEnv({
        LEPTON_REGISTRY_USERNAME: USER,
        LEPTON_REGISTRY_PASSWORD: PASSWORD,
      });
      const { bytes, files } = oneFile();
      const pushed = await pushArtifact({
        repo: { registry: front.host, name: 'acme/tok' },
        settings,
        files,
        config: Buffer.from('{"t":1}'),
        annotations: {},
      });
      expect(pushed.uploaded).toBe(bytes.length + 7);
      // One token for the whole push: asked with the push scope, the service from the challenge.
      expect(front.asked).toEqual([
        {
          scope: ['repository:acme/tok:pull,push', 'repository:acme/tok:pull'],
          service: 'test-registry',
          user: USER,
        },
      ]);
      const to = tempDir();
      await pullArtifact({
        ref: { registry: front.host, name: 'acme/tok', digest: pushed.digest },
        settings,
        dir: to,
      });
      expect(readFileSync(join(to, 'model.bin')).equals(bytes)).toBe(true);
      expect(front.asked.at(-1)?.scope).toEqual(['repository:acme/tok:pull']);
    } finally {
      await front.close();
    }
  });

  it('a token service that refuses the credentials fails clearly', async () => {
    const front = await bearerFront(open.host);
    try {
      const settings = storeSettingsFromEnv({
        LEPTON_REGISTRY_USERNAME: USER,
        LEPTON_REGISTRY_PASSWORD: 'nope',
      });
      const e = await failure(push(front.host, 'acme/tok2', settings));
      expect(e.message).toContain(
        'refused the credentials from LEPTON_REGISTRY_USERNAME/LEPTON_REGISTRY_PASSWORD',
      );
    } finally {
      await front.close();
    }
  });
});

describe('parseChallenge', () => {
  it.each([
    [
      ' realm="https://ghcr.io/token",service="ghcr.io",scope="repository:acme/m:pull"',
      { realm: 'https://ghcr.io/token', service: 'ghcr.io', scope: 'repository:acme/m:pull' },
    ],
    [
      ' realm="https://auth.docker.io/token", service=registry.docker.io',
      { realm: 'https://auth.docker.io/token', service: 'registry.docker.io' },
    ],
    [' realm="a\\"b"', { realm: 'a"b' }],
  ])('%s', (text, params) => {
    expect(parseChallenge(text)).toEqual(params);
  });
});

describe('which credentials a registry gets', () => {
  const home = tempDir();
  mkdirSync(join(home, '.docker'));
  writeFileSync(
    join(home, '.docker/config.json'),
    JSON.stringify({
      auths: {
        'ghcr.io': { auth: Buffer.from('docker-user:docker-pass').toString('base64') },
        'https://index.docker.io/v1/': { auth: Buffer.from('hub:hubpass').toString('base64') },
      },
    }),
  );
  const env = { HOME: home, GITHUB_ACTOR: 'octocat' };
  const vars = { LEPTON_REGISTRY_USERNAME: 'u', LEPTON_REGISTRY_PASSWORD: 'p' };
  it.each([
    [
      'the variables first',
      { ...env, ...vars },
      'ghcr.io',
      'LEPTON_REGISTRY_USERNAME/LEPTON_REGISTRY_PASSWORD',
      'u',
    ],
    [
      'then the Docker config',
      env,
      'ghcr.io',
      `${home}/.docker/config.json (auths."ghcr.io")`,
      'docker-user',
    ],
    [
      "Docker Hub's v1 key",
      env,
      'docker.io',
      `${home}/.docker/config.json (auths."https://index.docker.io/v1/")`,
      'hub',
    ],
    [
      "then the Action's token, for ghcr.io only",
      { HOME: tempDir(), GITHUB_ACTOR: 'octocat' },
      'ghcr.io',
      "the Action's token",
      'octocat',
    ],
    ['nothing for another registry', { HOME: tempDir() }, 'quay.io', null, null],
  ])('%s', async (_what, e, registry, source, username) => {
    const creds = await credentialsFor(
      storeSettingsFromEnv(e, { githubToken: 'ghs_token' }),
      registry,
    );
    expect(creds && { source: creds.source, username: creds.username }).toEqual(
      source === null ? null : { source, username },
    );
  });
});
