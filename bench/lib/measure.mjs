// Wall and CPU time of one command, for benches that compare a command with a reference run
// in the same rounds. CPU is user + system of everything the command waited for (its children
// too: git, the eval), read with bash's `times` (millisecond resolution; /usr/bin/time gives
// 10 ms). On a machine shared with other work, CPU time moves much less than wall time.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';

const BASH = ['/bin/bash', '/usr/bin/bash'].find((p) => existsSync(p)) ?? null;
// `times` prints the shell's own and then its children's user and system time (`0m0.012s`).
const SCRIPT = '"$@"; rc=$?; times >&3; exit $rc';

const seconds = (s) => {
  const m = /^(\d+)m([\d.]+)s$/.exec(s);
  return m ? Number(m[1]) * 60 + Number(m[2]) : NaN;
};

/**
 * Runs argv (no shell parsing of its words) in `cwd` with `env`.
 * @returns {{ wall: number, cpu: number, stdout: string, stderr: string }} times in ms (cpu NaN without bash)
 * @throws Error naming the command when it exits non-zero
 */
export function measure(argv, { cwd, env = process.env } = {}) {
  const t = process.hrtime.bigint();
  const r = BASH
    ? spawnSync(BASH, ['-c', SCRIPT, 'bash', ...argv], {
        cwd,
        env,
        stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
        maxBuffer: 64 * 1024 * 1024,
      })
    : spawnSync(argv[0], argv.slice(1), { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const wall = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== 0) {
    throw new Error(`${argv.join(' ')}: exit ${r.status}\n${r.stdout}\n${r.stderr}`);
  }
  let cpu = NaN;
  if (BASH) {
    const children = String(r.output[3]).trim().split('\n').at(-1)?.split(/\s+/) ?? [];
    cpu = (seconds(children[0] ?? '') + seconds(children[1] ?? '')) * 1000;
  }
  return { wall, cpu, stdout: String(r.stdout), stderr: String(r.stderr) };
}

export const median = (xs) => {
  const s = xs.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** `load average 1.2 → 1.9 on 2 cores`: the machine's load when the rounds began and ended. */
export const loadNote = (before) =>
  `load average ${before.toFixed(1)} → ${loadavg()[0].toFixed(1)} on ${cpus().length} cores`;

export const loadNow = () => loadavg()[0];
