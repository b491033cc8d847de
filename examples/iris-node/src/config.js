import { readFileSync } from 'node:fs';

/** The model's settings: a component of the model, so changing them makes a new version. */
export function loadConfig(path = 'config/model.json') {
  const config = JSON.parse(readFileSync(path, 'utf8'));
  const { k, features, seed, test_fraction: testFraction } = config;
  if (!Number.isInteger(k) || k < 1) throw new Error(`${path}: k must be a positive integer`);
  if (!Array.isArray(features)) throw new Error(`${path}: features must be a list`);
  if (!Number.isInteger(seed)) throw new Error(`${path}: seed must be an integer`);
  if (!(testFraction > 0 && testFraction < 1)) {
    throw new Error(`${path}: test_fraction must be between 0 and 1`);
  }
  return { k, features, seed, testFraction };
}
