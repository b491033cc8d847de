// The eval: scores this shard's rows (all rows when not sharded) and writes out/metrics.json.
// Sharded (`lepton eval --shard I/N`), it takes every N-th row from row I-1, so the N shards
// together see each row once. `n` is how many rows this run scored (Lepton weighs means by it).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { predict, DATA } from './src/model.js';

const index = Number(process.env.LEPTON_SHARD_INDEX ?? 1);
const count = Number(process.env.LEPTON_SHARD_COUNT ?? 1);
const config = JSON.parse(readFileSync(new URL('./config.json', import.meta.url), 'utf8'));
const [header, ...lines] = readFileSync(new URL(DATA, import.meta.url), 'utf8')
  .trim()
  .split('\n');
const cols = header.split(',');
const rows = lines
  .map((l) => Object.fromEntries(l.split(',').map((v, i) => [cols[i], Number(v)])))
  .filter((_, i) => i % count === index - 1);

let correct = 0;
let brier = 0;
let minMargin = Infinity;
let maxScore = -Infinity;
for (const row of rows) {
  const score = predict(row, config);
  const label = score >= 0.5 ? 1 : 0;
  if (label === row.label) correct++;
  brier += (score - row.label) ** 2;
  minMargin = Math.min(minMargin, Math.abs(score - 0.5));
  maxScore = Math.max(maxScore, score);
}
const n = rows.length;
mkdirSync(new URL('./out/', import.meta.url), { recursive: true });
const metrics = {
  n,
  accuracy: correct / n,
  brier: brier / n,
  correct,
  errors: n - correct,
  min_margin: minMargin,
  max_score: maxScore,
};
writeFileSync(
  new URL('./out/metrics.json', import.meta.url),
  JSON.stringify(metrics, null, 2) + '\n',
);
