// Start-up: `lepton validate` (the CLI, its command's chunks, the manifest read and checked, and
// the tree listed by git) and `lepton --version` on the Iris example, against `node -e 0`,
// spawned in interleaved rounds in the same run. Wall time, and CPU time (user + system of the
// process and the git it waits for): on a shared machine the CPU ratio moves less with the load.
// Each figure is printed beside the reference's, as a ratio. Target: validate ≤ 1.6× node -e 0.
// Uses the built dist/ (run `npm run bundle` first); builds nothing.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import module from 'node:module';
import { fileURLToPath } from 'node:url';
import { loadNote, loadNow, measure, median } from './lib/measure.mjs';

// Node ≥ 22.1 keeps V8's compiled code on disk (dist/cli.js enables it; the warm-up fills it).
const CODE_CACHE =
  typeof module.enableCompileCache === 'function'
    ? "warm V8 compile cache (Node's)"
    : `no V8 code cache (Node ${process.version} has none)`;

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = process.env.LEPTON_BENCH_CLI ?? join(ROOT, 'dist', 'cli.js'); // another build to compare
if (!existsSync(CLI)) {
  console.error('bench: dist/cli.js is missing; run `npm run bundle` first');
  process.exit(1);
}
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const cwd = join(ROOT, 'examples', 'iris-node');

const cases = [
  ['node -e 0', [process.execPath, '-e', '0']],
  ['lepton --version', [process.execPath, CLI, '--version']],
  ['lepton validate', [process.execPath, CLI, 'validate']],
];

for (const [, argv] of cases) measure(argv, { cwd }); // warm-up (and the compile cache, where Node has one)
const load = loadNow();
const rows = cases.map(() => ({ wall: [], cpu: [] }));
for (let i = 0; i < RUNS; i++) {
  cases.forEach(([, argv], j) => {
    const r = measure(argv, { cwd });
    rows[j].wall.push(r.wall);
    rows[j].cpu.push(r.cpu);
  });
}
const base = { wall: median(rows[0].wall), cpu: median(rows[0].cpu) };
console.log(
  `start-up on examples/iris-node, median of ${RUNS} interleaved rounds, ${CODE_CACHE} (${loadNote(load)}):`,
);
const f = (x) => x.toFixed(0).padStart(5);
cases.forEach(([name], j) => {
  const wall = median(rows[j].wall);
  const cpu = median(rows[j].cpu);
  console.log(
    `  ${name.padEnd(18)} ${f(wall)} ms wall ${(wall / base.wall).toFixed(2)}×   ${f(cpu)} ms CPU ${(cpu / base.cpu).toFixed(2)}×` +
      (name === 'lepton validate' ? '   (target ≤ 1.6× node -e 0)' : ''),
  );
});
