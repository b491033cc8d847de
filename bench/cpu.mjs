// Helpers for benches that compare CPU time on a shared machine (not a bench itself: run.mjs
// runs only *.bench.mjs). Wall time on 2 cores shared by several people says more about the
// neighbours than about the program; user+sys CPU time of a command and all its children does not
// depend on how many others run, so the benches' ratios are CPU-time ratios.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Runs `cmd args` in `cwd` and resolves with its wall time and the user+sys CPU time it and every
 * process it waited for used (ms), as bash's `times` reports for its children (ms precision),
 * plus its stdout. Rejects when the command fails.
 */
export function timeCpu(cmd, args, cwd, env) {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    // `times` prints two lines: the shell's own times, then its children's (the command's).
    const child = spawn('bash', ['-c', '"$@"; s=$?; times >&2; exit $s', 'bash', cmd, ...args], {
      cwd,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out = [];
    let err = '';
    child.stdout.on('data', (b) => out.push(b));
    child.stderr.on('data', (b) => (err += b));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (code !== 0) return reject(new Error(`${cmd} ${args.join(' ')} exited ${code}: ${err}`));
      const last = err.trimEnd().split('\n').at(-1) ?? '';
      const m = /^(\d+)m([\d.]+)s (\d+)m([\d.]+)s$/.exec(last);
      if (!m) return reject(new Error(`no CPU times from bash: ${last}`));
      const cpu = (Number(m[1]) * 60 + Number(m[2]) + Number(m[3]) * 60 + Number(m[4])) * 1000;
      resolve({ ms, cpu, out: Buffer.concat(out) });
    });
  });
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** `load average (1, 5, 15 min): a, b, c` */
export const loadLine = () =>
  `load average (1, 5, 15 min): ${loadavg()
    .map((x) => x.toFixed(2))
    .join(', ')}`;

/**
 * A fixture directory made once and kept for later runs, under the system's temporary directory,
 * keyed by `key` (the bench's name, its fixture version and sizes: bump the version whenever the
 * fixture's making changes). `make(dir)` fills a fresh directory; it is renamed into place only
 * once complete, so an interrupted run never leaves half a fixture to be reused. BENCH_FRESH=1
 * makes it again. Resolves with `{dir, made}` (`made`: false when reused).
 */
export async function cachedFixture(key, make) {
  const root = join(tmpdir(), 'lepton-bench-fixtures');
  const dir = join(root, key);
  if (process.env.BENCH_FRESH) rmSync(dir, { recursive: true, force: true });
  if (existsSync(dir)) return { dir, made: false };
  mkdirSync(root, { recursive: true });
  const tmp = `${dir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp);
  try {
    await make(tmp);
    renameSync(tmp, dir);
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
  return { dir, made: true };
}
