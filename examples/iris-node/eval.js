// Evaluates out/model.json on the held-out flowers and writes out/metrics.json:
// accuracy, macro F1, recall per species (nested, so Lepton sees `recall.setosa`)
// and prediction latency.
import KNN from 'ml-knn';
import { ConfusionMatrix } from 'ml-confusion-matrix';
import { readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { loadIris, select, split } from './src/dataset.js';

const { config, knn: saved } = JSON.parse(readFileSync('out/model.json', 'utf8'));
const knn = KNN.load(saved);
const { test } = split(loadIris('data/iris.csv'), config);
const inputs = select(test, config.features);
const actual = test.map((r) => r.species);
const predicted = knn.predict(inputs);

// Latency of one prediction, timed over several passes; it varies between
// machines, so lepton.yml only warns on it.
const times = [];
for (let pass = 0; pass < 20; pass++) {
  for (const input of inputs) {
    const start = performance.now();
    knn.predict([input]);
    times.push(performance.now() - start);
  }
}
times.sort((a, b) => a - b);
const percentile = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))];

const cm = ConfusionMatrix.fromLabels(actual, predicted);
const species = [...new Set(actual)].sort();
const round = (x) => Math.round(x * 10000) / 10000;
const recall = Object.fromEntries(species.map((s) => [s, round(cm.getTruePositiveRate(s))]));
const f1 = species.map((s) => cm.getF1Score(s) || 0);

const metrics = {
  accuracy: round(cm.getAccuracy()),
  f1_macro: round(f1.reduce((a, b) => a + b, 0) / f1.length),
  recall,
  latency_ms: { p50: round(percentile(0.5)), p95: round(percentile(0.95)) },
  test_size: test.length,
};
writeFileSync('out/metrics.json', JSON.stringify(metrics, null, 2) + '\n');
console.log(
  `evaluated on ${test.length} flowers: accuracy ${metrics.accuracy}, wrote out/metrics.json`,
);
