// Trains a k-nearest-neighbours classifier on the training part of the Iris data
// and writes it to out/model.json (the artifact Lepton uploads with each version).
import KNN from 'ml-knn';
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadConfig } from './src/config.js';
import { loadIris, select, split } from './src/dataset.js';

const config = loadConfig();
const { train } = split(loadIris('data/iris.csv'), config);
const knn = new KNN(
  select(train, config.features),
  train.map((r) => r.species),
  { k: config.k },
);

mkdirSync('out', { recursive: true });
writeFileSync('out/model.json', JSON.stringify({ config, knn: knn.toJSON() }));
console.log(
  `trained k=${config.k} on ${train.length} flowers, features: ${config.features.join(', ')}`,
);
