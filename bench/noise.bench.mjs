// Noise-aware gating: a paired bootstrap of 100,000 per-example differences × 2,000 resamples
// (the size issue 21 names), against the floor measured in the same run: one typed-array pass
// that sums 100,000 × 2,000 values at indices from an inline xorshift32 — the memory traffic
// and index arithmetic any resampling must do, with no generator object and no sorting.
// Target: under 2 s; printed as a ratio to the floor.
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { performance } from 'node:perf_hooks';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const N = Number(process.env.BENCH_EXAMPLES ?? 100_000);
const RESAMPLES = Number(process.env.BENCH_RESAMPLES ?? 2_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = mkdtempSync(join(tmpdir(), 'lepton-bench-noise-'));
const out = join(dir, 'bootstrap.mjs');
await build({
  entryPoints: [join(root, 'src/core/noise/bootstrap.ts')],
  bundle: true,
  format: 'esm',
  platform: 'node',
  outfile: out,
  logLevel: 'error',
});
const { pairedChange, seedFrom } = await import(pathToFileURL(out).href);

let x = 2463534242;
const rnd = () => {
  x ^= x << 13;
  x ^= x >>> 17;
  x ^= x << 5;
  return (x >>> 0) / 4294967296;
};
const baseline = new Float64Array(N);
const current = new Float64Array(N);
for (let i = 0; i < N; i++) {
  baseline[i] = rnd() < 0.85 ? 1 : 0;
  current[i] = rnd() < 0.9 ? baseline[i] : rnd() < 0.8 ? 1 : 0;
}

function floor() {
  const values = current;
  const n = values.length;
  let s = 0;
  let y = 88172645;
  for (let b = 0; b < RESAMPLES; b++) {
    for (let i = 0; i < n; i++) {
      y ^= y << 13;
      y ^= y >>> 17;
      y ^= y << 5;
      s += values[Math.floor(((y >>> 0) / 4294967296) * n)];
    }
  }
  return s;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const lepton = [];
const reference = [];
for (let r = 0; r < RUNS; r++) {
  let t = performance.now();
  pairedChange(current, baseline, { seed: seedFrom('5eed'.repeat(16)), resamples: RESAMPLES });
  lepton.push(performance.now() - t);
  t = performance.now();
  floor();
  reference.push(performance.now() - t);
}
rmSync(dir, { recursive: true, force: true });
const l = median(lepton);
const f = median(reference);
console.log(
  `paired bootstrap, ${N.toLocaleString('en')} examples × ${RESAMPLES.toLocaleString('en')} resamples: ` +
    `${l.toFixed(0)} ms (median of ${RUNS}; target < 2,000 ms)`,
);
console.log(`floor (one typed-array pass of the same size): ${f.toFixed(0)} ms`);
console.log(`ratio: ${(l / f).toFixed(2)}× the floor`);
