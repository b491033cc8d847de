// A real Prometheus server (Debian's `prometheus`) for the tests, on 127.0.0.1, scraping a
// small exporter of the test's own every second. `.ci/run` installs the package when missing.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { closeServer, listenLocal } from './http-fake.js';
import { tempDir } from './repo.js';

export const PROMETHEUS = '/usr/bin/prometheus';

/** An exporter whose text the test sets; Prometheus scrapes it as job "live". */
export interface Exporter {
  readonly url: string;
  text: string;
  close(): Promise<void>;
}

export async function startExporter(text = ''): Promise<Exporter> {
  const state = { text };
  const server: Server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' });
    res.end(state.text);
  });
  const url = await listenLocal(server);
  return {
    url,
    get text() {
      return state.text;
    },
    set text(t: string) {
      state.text = t;
    },
    close: () => closeServer(server),
  };
}

async function freePort(): Promise<number> {
  const s = createNetServer();
  await new Promise<void>((done) => s.listen(0, '127.0.0.1', done));
  const { port } = s.address() as AddressInfo;
  await new Promise<void>((done) => s.close(() => done()));
  return port;
}

export interface Prometheus {
  readonly url: string;
  /** Waits (bounded) until `query` returns at least one series. */
  waitFor(query: string, timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

/** Starts Prometheus scraping `targets` (host:port, each its own job named by index) every second. */
export async function startPrometheus(targets: Record<string, string>): Promise<Prometheus> {
  const dir = tempDir('lepton-prom-');
  const port = await freePort();
  const jobs = Object.entries(targets)
    .map(
      ([job, target]) =>
        `  - job_name: ${JSON.stringify(job)}\n    scrape_interval: 1s\n    static_configs:\n      - targets: [${JSON.stringify(target)}]`,
    )
    .join('\n');
  writeFileSync(
    join(dir, 'prometheus.yml'),
    `global:\n  scrape_interval: 1s\nscrape_configs:\n${jobs}\n`,
  );
  const child: ChildProcess = spawn(
    PROMETHEUS,
    [
      `--config.file=${join(dir, 'prometheus.yml')}`,
      `--storage.tsdb.path=${join(dir, 'data')}`,
      `--web.listen-address=127.0.0.1:${port}`,
      '--log.level=warn',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let log = '';
  child.stderr?.on('data', (c: Buffer) => (log += c.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      const r = await fetch(`${url}/-/ready`);
      if (r.ok) break;
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`prometheus did not start: ${log.slice(-2000)}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    async waitFor(query, timeoutMs = 30_000) {
      const end = Date.now() + timeoutMs;
      for (;;) {
        const r = await fetch(`${url}/api/v1/query?${new URLSearchParams({ query })}`);
        const body = (await r.json()) as { data?: { result?: unknown[] } };
        if ((body.data?.result?.length ?? 0) > 0) return;
        if (Date.now() > end) throw new Error(`no data for ${query} after ${timeoutMs} ms`);
        await new Promise((r) => setTimeout(r, 250));
      }
    },
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((done) => child.once('exit', done));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
