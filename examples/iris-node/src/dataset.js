import { readFileSync } from 'node:fs';

export const FEATURES = ['sepal_length', 'sepal_width', 'petal_length', 'petal_width'];

/** Reads the bundled CSV: four numeric features and the species, one flower a line. */
export function loadIris(path) {
  const [header, ...lines] = readFileSync(path, 'utf8').trim().split(/\r?\n/);
  const columns = header.split(',');
  const expected = [...FEATURES, 'species'];
  if (columns.join() !== expected.join()) {
    throw new Error(`${path}: expected columns ${expected.join(',')}, found ${header}`);
  }
  return lines.map((line, i) => {
    const cells = line.split(',');
    const values = cells.slice(0, 4).map(Number);
    if (cells.length !== 5 || values.some((v) => !Number.isFinite(v))) {
      throw new Error(`${path}:${i + 2}: not a row of four numbers and a species`);
    }
    return { features: values, species: cells[4] };
  });
}

/** mulberry32: a tiny seeded generator, so the split is the same on every machine. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle(items, next) {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** A stratified split: each species keeps its share in both halves. */
export function split(rows, { seed, testFraction }) {
  const next = random(seed);
  const train = [];
  const test = [];
  const bySpecies = new Map();
  for (const r of rows) bySpecies.set(r.species, [...(bySpecies.get(r.species) ?? []), r]);
  for (const group of bySpecies.values()) {
    const shuffled = shuffle(group, next);
    const nTest = Math.round(shuffled.length * testFraction);
    test.push(...shuffled.slice(0, nTest));
    train.push(...shuffled.slice(nTest));
  }
  return { train, test };
}

/** Keeps only the configured features, in the configured order. */
export function select(rows, features) {
  const unknown = features.filter((f) => !FEATURES.includes(f));
  if (unknown.length || features.length === 0) {
    throw new Error(`features must be a non-empty subset of ${FEATURES.join(', ')}`);
  }
  const idx = features.map((f) => FEATURES.indexOf(f));
  return rows.map((r) => idx.map((i) => r.features[i]));
}
