import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { git, makeRepo, tempDir, type TestRepo } from '../helpers/repo.js';

export const MODEL = 'sentiment';

/** A small real model: the eval reads params.json and writes the metrics (and the env it saw). */
export const MODEL_FILES: Record<string, string> = {
  'models/sentiment/lepton.yml': `version: 1
model: ${MODEL}
components:
  code: { paths: [eval.js, params.json] }
data:
  train: { paths: [data.csv] }
eval:
  command: node eval.js
  metrics: out/metrics.json
  thresholds:
    accuracy: { min: 0.9, max_drop: 0.02 }
    latency_ms: { max: 50, level: warn }
artifacts:
  paths: [out/model.json]
stages:
  staging: {}
  production:
    after: staging
    thresholds:
      accuracy: { min: 0.95 }
`,
  'models/sentiment/eval.js': `const fs = require('node:fs');
const p = JSON.parse(fs.readFileSync('params.json', 'utf8'));
fs.mkdirSync('out', { recursive: true });
fs.writeFileSync('out/env.json', JSON.stringify(process.env));
fs.writeFileSync('out/model.json', JSON.stringify({ weights: [p.accuracy] }));
fs.writeFileSync('out/metrics.json', JSON.stringify({ accuracy: p.accuracy, latency_ms: 12 }));
`,
  'models/sentiment/params.json': '{ "accuracy": 0.93 }\n',
  'models/sentiment/data.csv': 'text,label\nhello,1\n',
  '.gitignore': 'out/\n',
};

export const MODEL_DIR = 'models/sentiment';

/** No git identity at all, as on a fresh runner: tags must come from github-actions[bot]. */
export const NO_IDENTITY = {
  GIT_AUTHOR_NAME: undefined,
  GIT_AUTHOR_EMAIL: undefined,
  GIT_COMMITTER_NAME: undefined,
  GIT_COMMITTER_EMAIL: undefined,
  EMAIL: undefined,
};

export interface Origin extends TestRepo {
  /** A depth-1, tagless clone of `branch`, as actions/checkout leaves it. */
  checkout(branch: string): string;
  /** Pushes the current branch (and creates it on the remote). */
  publish(branch: string): void;
}

const cleanups: (() => void)[] = [];
export function cleanupOrigins(): void {
  for (const c of cleanups.splice(0)) c();
}

/** What actions/checkout makes by default of `branch`: one commit, no tags (removed by cleanupOrigins). */
export function shallowCheckout(remote: string, branch: string): string {
  const base = tempDir('lepton-checkout-');
  cleanups.push(() => rmSync(base, { recursive: true, force: true }));
  const dir = join(base, 'workspace');
  git(
    base,
    'clone',
    '-q',
    '--depth',
    '1',
    '--no-tags',
    '--branch',
    branch,
    `file://${remote}`,
    dir,
  );
  return dir;
}

/** The "GitHub side": a work tree plus the bare remote the runner's clone fetches from and pushes to. */
export function origin(files: Record<string, string> = MODEL_FILES): Origin {
  const repo = makeRepo(files);
  cleanups.push(repo.cleanup);
  repo.git('push', '-q', 'origin', 'main');
  return {
    ...repo,
    publish: (branch) =>
      void repo.git('push', '-q', '--force', 'origin', `HEAD:refs/heads/${branch}`),
    checkout: (branch) => shallowCheckout(repo.remote, branch),
  };
}

/** Changes the model's accuracy on a new branch and publishes it: the pull request's head. */
export function prBranch(o: Origin, branch: string, accuracy: number): void {
  o.git('checkout', '-q', '-B', branch, 'main');
  o.write({ [`${MODEL_DIR}/params.json`]: `{ "accuracy": ${accuracy} }\n` });
  o.commit(`accuracy ${accuracy}`);
  o.publish(branch);
  o.git('checkout', '-q', 'main');
}

/** What mergeCheckout made: the work tree and the three commits. */
export interface MergeCheckout {
  readonly workspace: string;
  /** refs/pull/N/merge: parents `base`, then `head`. */
  readonly merge: string;
  readonly head: string;
  readonly base: string;
}

/**
 * What actions/checkout makes by default on `pull_request`: GitHub's `refs/pull/N/merge` (main
 * merged with `branch`, which no branch holds) fetched one commit deep, checked out detached.
 * `main` gets a commit of its own first, so the merge is a true merge.
 */
export function mergeCheckout(o: Origin, branch: string, number: number): MergeCheckout {
  o.git('checkout', '-q', 'main');
  o.write({ 'notes.txt': `main moved on before #${number}\n` });
  o.commit('main moves on');
  o.publish('main');
  const base = o.git('rev-parse', 'HEAD').trim();
  const head = o.git('rev-parse', branch).trim();
  o.git('merge', '-q', '--no-ff', '-m', `Merge ${head} into ${base}`, branch);
  const merge = o.git('rev-parse', 'HEAD').trim();
  o.git('push', '-q', 'origin', `${merge}:refs/pull/${number}/merge`);
  o.git('reset', '-q', '--hard', base);
  const dir = join(tempDir('lepton-checkout-'), 'workspace');
  cleanups.push(() => rmSync(join(dir, '..'), { recursive: true, force: true }));
  mkdirSync(dir);
  git(dir, 'init', '-q');
  git(dir, 'remote', 'add', 'origin', `file://${o.remote}`);
  const ref = `refs/remotes/pull/${number}/merge`;
  git(dir, 'fetch', '-q', '--no-tags', '--depth=1', 'origin', `+${merge}:${ref}`);
  git(dir, 'checkout', '-q', '--detach', ref);
  return { workspace: dir, merge, head, base };
}
