// `validateManifest` on manifests of 10,000 and 40,000 components, against the floor of the
// same work: the `yaml` package parsing the same text (`parseDocument` without its duplicate-key check, + `toJS`), measured in
// the same run. Linear validation keeps both ratios about equal (a quadratic step made the
// 40,000-component manifest take over a minute: the parser's own duplicate-key check).
import { parseDocument } from 'yaml';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { validateManifest } = await import(pathToFileURL(join(root, 'dist/lib.js')).href);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

function manifest(n) {
  const lines = ['version: 1', 'model: big', 'eval:', '  command: ./eval.sh', '  metrics: m.json'];
  lines.push('components:');
  for (let i = 0; i < n; i++) lines.push(`  c${i}:`, `    paths: [src/c${i}/**]`);
  return lines.join('\n') + '\n';
}

function median(f) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const t = process.hrtime.bigint();
    f();
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

const rows = [];
for (const n of [10_000, 40_000]) {
  const text = manifest(n);
  const ok = validateManifest(text).ok;
  if (!ok) throw new Error('bench manifest should be valid');
  const floor = median(() => parseDocument(text, { uniqueKeys: false }).toJS());
  const ours = median(() => validateManifest(text));
  rows.push({ n, floor, ours });
  console.log(
    `${n} components: validate ${ours.toFixed(0)} ms, yaml parse ${floor.toFixed(0)} ms, ratio ${(ours / floor).toFixed(2)}×`,
  );
}
const [a, b] = rows;
console.log(
  `growth 10k → 40k: validate ${(b.ours / a.ours).toFixed(2)}×, yaml parse ${(b.floor / a.floor).toFixed(2)}× (linear ≈ 4×)`,
);
