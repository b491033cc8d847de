// Start-up: `lepton validate` (the CLI, its command's chunks, the manifest read and checked, and
// the tree listed by git) and `lepton --version` on the Iris example, against `node -e 0`,
// spawned alternately in the same run. Wall time, and CPU time (user + system of the process
// and the git it waits for, from /usr/bin/time when present): on a shared machine the CPU
// ratio moves less with the load. Target: validate ≤ 1.6× node -e 0.
// Uses the built dist/ (run `npm run bundle` first); builds nothing.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(ROOT, 'dist', 'cli.js');
if (!existsSync(CLI)) {
  console.error('bench: dist/cli.js is missing; run `npm run bundle` first');
  process.exit(1);
}
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const cwd = join(ROOT, 'examples', 'iris-node');
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

const cases = [
  ['node -e 0', [process.execPath, '-e', '0']],
  ['lepton --version', [process.execPath, CLI, '--version']],
  ['lepton validate', [process.execPath, CLI, 'validate']],
];

function run(argv) {
  const t = process.hrtime.bigint();
  const r = TIME
    ? spawnSync(TIME, ['-f', '%U %S', ...argv], { cwd, encoding: 'utf8' })
    : spawnSync(argv[0], argv.slice(1), { cwd, encoding: 'utf8' });
  const wall = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== 0) throw new Error(`${argv.join(' ')}: exit ${r.status}\n${r.stderr}`);
  const cpu = TIME
    ? r.stderr
        .trim()
        .split('\n')
        .at(-1)
        .split(' ')
        .reduce((a, b) => a + Number(b) * 1000, 0)
    : NaN;
  return { wall, cpu };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (const [, argv] of cases) run(argv); // warm-up (and the compile cache, where Node has one)
const rows = cases.map(() => ({ wall: [], cpu: [] }));
for (let i = 0; i < RUNS; i++) {
  cases.forEach(([, argv], j) => {
    const r = run(argv);
    rows[j].wall.push(r.wall);
    rows[j].cpu.push(r.cpu);
  });
}
const base = { wall: median(rows[0].wall), cpu: median(rows[0].cpu) };
console.log(
  `start-up on examples/iris-node, median of ${RUNS}, Node ${process.version} (load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores):`,
);
cases.forEach(([name], j) => {
  const wall = median(rows[j].wall);
  const cpu = median(rows[j].cpu);
  console.log(
    `  ${name.padEnd(18)} ${wall.toFixed(0).padStart(5)} ms wall ${(wall / base.wall).toFixed(2)}×   ${TIME ? `${cpu.toFixed(0).padStart(4)} ms CPU ${(cpu / base.cpu).toFixed(2)}×` : ''}${name === 'lepton validate' ? '   (target ≤ 1.6× node -e 0)' : ''}`,
  );
});
