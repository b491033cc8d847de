// A real OCI registry for the tests: Debian's docker-registry (the CNCF distribution server),
// on 127.0.0.1, its storage and log in a temporary folder, optionally behind htpasswd.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync, createWriteStream } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { tempDir } from '../helpers/repo.js';

export const REGISTRY_BIN = '/usr/bin/docker-registry';
export const hasRegistry = existsSync(REGISTRY_BIN);

export interface TestRegistry {
  /** `127.0.0.1:PORT` (or the address asked for). */
  readonly host: string;
  readonly dir: string;
  /** The server's process id (a deploy hook may stop it to make the registry fail mid-run). */
  readonly pid: number;
  /** The registry's storage root (blobs under docker/registry/v2/blobs/sha256/xx/HEX/data). */
  readonly storage: string;
  /** Access-log lines so far: `METHOD PATH STATUS`. */
  requests(): string[];
  /** Waits until the access log stops growing (the registry writes it after answering). */
  settle(): Promise<string[]>;
  /** The file holding a blob's bytes in the registry's storage. */
  blobFile(digest: string): string;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const s = createServer();
    s.on('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => done(port));
    });
  });
}

export async function startRegistry(
  options: {
    user?: string;
    password?: string;
    port?: number;
    /** A loopback address other than 127.0.0.1 (a registry on port 80 under a borrowed name). */
    address?: string;
  } = {},
): Promise<TestRegistry> {
  const dir = tempDir('lepton-registry-');
  const address = options.address ?? '127.0.0.1';
  const port = options.port ?? (await freePort());
  const storage = join(dir, 'storage');
  const auth =
    options.user !== undefined
      ? `auth:\n  htpasswd:\n    realm: lepton-test\n    path: ${join(dir, 'htpasswd')}\n`
      : '';
  if (options.user !== undefined) {
    const line = execFileSync('htpasswd', ['-Bbn', options.user, options.password ?? ''], {
      encoding: 'utf8',
    });
    writeFileSync(join(dir, 'htpasswd'), line.trim() + '\n');
  }
  writeFileSync(
    join(dir, 'config.yml'),
    `version: 0.1
log:
  level: info
  accesslog:
    disabled: false
storage:
  filesystem:
    rootdirectory: ${storage}
  delete:
    enabled: true
http:
  addr: ${address}:${port}
${auth}`,
  );
  const logFile = join(dir, 'registry.log');
  const log = createWriteStream(logFile);
  const child: ChildProcess = spawn(REGISTRY_BIN, ['serve', join(dir, 'config.yml')], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const host = `${address}:${port}`;
  await waitUp(host, child, logFile);
  const requests = () =>
    readFileSync(logFile, 'utf8')
      .split('\n')
      .map((l) => /"(GET|HEAD|POST|PUT|PATCH|DELETE) (\S+) HTTP\/[\d.]+" (\d+)/.exec(l))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => `${m[1]} ${m[2]} ${m[3]}`);
  return {
    host,
    dir,
    pid: child.pid as number,
    storage,
    requests,
    settle: async () => {
      let last = -1;
      for (let stable = 0; stable < 3;) {
        await new Promise((r) => setTimeout(r, 100));
        const n = requests().length;
        stable = n === last ? stable + 1 : 0;
        last = n;
      }
      return requests();
    },
    blobFile: (digest) => {
      const hex = digest.replace(/^sha256:/, '');
      return join(storage, 'docker/registry/v2/blobs/sha256', hex.slice(0, 2), hex, 'data');
    },
    stop: () =>
      new Promise((done) => {
        if (child.exitCode !== null || child.signalCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}

async function waitUp(host: string, child: ChildProcess, logFile: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (child.exitCode !== null) {
      throw new Error(`docker-registry exited: ${readFileSync(logFile, 'utf8')}`);
    }
    try {
      const res = await fetch(`http://${host}/v2/`);
      if (res.status === 200 || res.status === 401) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`docker-registry did not start on ${host}`);
}
