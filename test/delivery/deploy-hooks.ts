// A model repository whose stages deploy through a real hook process: `deploy.mjs` appends what
// it received (its LEPTON_* variables, the record file's contents, every credential-looking
// variable it can see) to out/deploys.jsonl, then succeeds, fails or hangs as out/fail-VERSION says.
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { makeRepo, type TestRepo } from '../helpers/repo.js';

export const DEPLOY_HOOK = `import fs from 'node:fs';
import { execFileSync, spawn } from 'node:child_process';
const v = process.env.LEPTON_VERSION;
const record = JSON.parse(fs.readFileSync(process.env.LEPTON_RECORD, 'utf8'));
const seen = Object.fromEntries(
  Object.entries(process.env).filter(([k]) =>
    /^(LEPTON_|INPUT_|ACTIONS_)|TOKEN|^GITHUB_(ENV|OUTPUT|STEP_SUMMARY|PATH|STATE)$/.test(k),
  ),
);
// What the remote has while the hook runs: with --push the stage tag is there first.
const remoteTags = execFileSync('git', ['ls-remote', '--tags', 'origin'], { encoding: 'utf8' })
  .split('\\n')
  .filter((l) => l && !l.endsWith('^{}'))
  .map((l) => l.split('refs/tags/')[1]);
fs.mkdirSync('out', { recursive: true });
fs.appendFileSync(
  'out/deploys.jsonl',
  JSON.stringify({ env: seen, record, cwd: process.cwd(), remoteTags }) + '\\n',
);
console.log('deploying ' + v + ' to ' + process.env.LEPTON_STAGE);
// In the Action, workflow commands are off while the hook prints: this is plain text there.
console.log('::error::a hook cannot annotate the run');
const mode = fs.existsSync('out/fail-' + v) ? fs.readFileSync('out/fail-' + v, 'utf8').trim() : 'ok';
if (mode === 'exit') {
  console.error('cannot reach the cluster');
  process.exit(7);
}
if (mode === 'hang') {
  // Ignores TERM, and so does the child it leaves: only SIGKILL to the group ends them.
  process.on('SIGTERM', () => {});
  const child = spawn('sh', ['-c', 'trap "" TERM; while :; do sleep 1; done'], { stdio: 'ignore' });
  fs.writeFileSync('out/hang-child.pid', String(child.pid));
  setInterval(() => {}, 1000);
}
`;

export function deployManifest(opts: { timeout?: string; rollback?: boolean } = {}): string {
  const extra = [
    opts.timeout ? `      timeout: ${opts.timeout}` : null,
    opts.rollback === undefined ? null : `      rollback_on_failure: ${opts.rollback}`,
  ]
    .filter(Boolean)
    .join('\n');
  return `version: 1
model: sentiment
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
    accuracy: { min: 0.9 }
stages:
  staging: {}
  production:
    deploy:
      command: node deploy.mjs
      environment: prod-eu
      url: https://models.example.com/sentiment
${extra}
`;
}

export function deployRepo(manifest = deployManifest()): TestRepo {
  return makeRepo({
    'lepton.yml': manifest,
    'deploy.mjs': DEPLOY_HOOK,
    'src/model.txt': 'v1',
    'data/train.csv': 'a,b\n1,2\n',
    '.gitignore': 'out/\n',
  });
}

export interface HookCall {
  readonly env: Record<string, string>;
  readonly record: { version: string; commit: string; model: string };
  readonly cwd: string;
  readonly remoteTags: string[];
}

/** Every run of the hook so far, oldest first. */
export function hookCalls(repo: TestRepo): HookCall[] {
  const file = join(repo.dir, 'out/deploys.jsonl');
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as HookCall);
}

/** Makes the hook fail (`exit`: exit code 7) or hang for `version`. */
export function failDeployOf(repo: TestRepo, version: string, mode: 'exit' | 'hang'): void {
  mkdirSync(join(repo.dir, 'out'), { recursive: true });
  writeFileSync(join(repo.dir, `out/fail-${version}`), mode);
}
