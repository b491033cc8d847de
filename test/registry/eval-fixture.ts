// A model whose eval really runs: accuracy is read from src/acc.txt (a component file), so a
// test sets the metric by changing the model, as a user would.
import { makeRepo, type TestRepo } from '../helpers/repo.js';

export const EVAL_SCRIPT = `import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
if (process.env.FAIL_EVAL) process.exit(7);
mkdirSync('out', { recursive: true });
const accuracy = Number(readFileSync('src/acc.txt', 'utf8'));
writeFileSync('out/metrics.json', JSON.stringify({ accuracy, f1_macro: 0.9 }));
`;

export function manifest(model = 'sentiment'): string {
  return `version: 1
model: ${model}
components:
  classifier:
    paths: [src/**]
data:
  train:
    paths: [data/**]
eval:
  command: node eval.mjs
  metrics: out/metrics.json
  thresholds:
    accuracy: { min: 0.9, max_drop: 0.05 }
stages:
  staging: {}
  production:
    after: staging
    thresholds:
      accuracy: { min: 0.93 }
`;
}

export function evalRepo(accuracy = '0.95'): TestRepo {
  return makeRepo({
    'lepton.yml': manifest(),
    'eval.mjs': EVAL_SCRIPT,
    'src/acc.txt': accuracy,
    'data/train.csv': 'text,label\nhi,1\n',
    '.gitignore': 'out/\n',
  });
}

/** The version tags of a repository (or bare remote), names only. */
export function versionTags(git: (...args: string[]) => string, model = 'sentiment'): string[] {
  return git('for-each-ref', '--format=%(refname:strip=2)', `refs/tags/${model}@*`)
    .split('\n')
    .filter(Boolean);
}
