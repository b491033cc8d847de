import { afterAll, describe, expect, it } from '@jest/globals';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { tempDir } from '../helpers/repo.js';
import { cleanupOrigins, MODEL, MODEL_DIR, NO_IDENTITY, origin } from './model-repo.js';
import { cleanupRuns, examplePayload, mainPushPayload, runAction } from './run-action.js';

// Compiling code is most of what a run pays before its own work (issue 23): a push run must not
// load what only promotion, a model store or a pull request's comment needs. A module-loader hook
// (node --import) writes every file of dist/ the run loads to a log; each bundled module keeps
// esbuild's `// path` marker, so the log tells which sources were compiled.
const hooks = tempDir('lepton-loaded-code-');
const log = join(hooks, 'loaded.txt');
writeFileSync(
  join(hooks, 'hooks.mjs'),
  `import { appendFileSync } from 'node:fs';
export async function load(url, context, next) {
  if (url.includes('/dist/')) appendFileSync(${JSON.stringify(log)}, url + '\\n');
  return next(url, context);
}
`,
);
writeFileSync(
  join(hooks, 'register.mjs'),
  `import { register } from 'node:module';
register(${JSON.stringify(pathToFileURL(join(hooks, 'hooks.mjs')).href)});
`,
);
const withHooks = {
  ...NO_IDENTITY,
  NODE_OPTIONS: `--import=${pathToFileURL(join(hooks, 'register.mjs')).href}`,
};

afterAll(() => {
  cleanupOrigins();
  cleanupRuns();
  rmSync(hooks, { recursive: true, force: true });
});

/** The sources (esbuild's `// src/…` and `// node_modules/…` markers) of every file the run loaded. */
function loadedSources(): Set<string> {
  const files = new Set(readFileSync(log, 'utf8').split('\n').filter(Boolean));
  const sources = new Set<string>();
  for (const url of files) {
    const text = readFileSync(new URL(url), 'utf8');
    for (const m of text.matchAll(/^\/\/ ((?:src|node_modules)\/\S+)$/gm)) sources.add(m[1]!);
  }
  return sources;
}

const PROMOTION_ONLY = [
  'src/action/promote-mode.ts',
  'src/app/deploy.ts',
  'src/app/rollback.ts',
  'src/io/oci/client.ts',
  'src/action/comment.ts',
];

describe('the code an Action run loads', () => {
  it('a push run loads no promotion, deploy, OCI client or comment code, nor semver ranges', async () => {
    const o = origin();
    const payload = await mainPushPayload();
    writeFileSync(log, '');
    const run = await runAction({
      workspace: o.checkout('main'),
      eventName: 'push',
      payload,
      inputs: { 'working-directory': MODEL_DIR },
      env: withHooks,
    });
    expect(run.errors).toEqual([]);
    expect(run.outputs.tag).toBe(`${MODEL}@v0.1.0`);
    const sources = loadedSources();
    // The run's own code was seen, so an empty log cannot pass.
    expect(sources).toContain('src/app/record.ts');
    for (const s of PROMOTION_ONLY) expect([s, sources.has(s)]).toEqual([s, false]);
    expect([...sources].filter((s) => s.startsWith('node_modules/semver/ranges/'))).toEqual([]);

    // Control: promotion does load its module, the deploy and the OCI client code.
    const dispatch = await examplePayload('workflow_dispatch');
    writeFileSync(log, '');
    const promoted = await runAction({
      workspace: o.checkout('main'),
      eventName: 'workflow_dispatch',
      payload: dispatch,
      inputs: { 'working-directory': MODEL_DIR, stage: 'staging' },
      env: withHooks,
    });
    expect(promoted.errors).toEqual([]);
    expect(promoted.outputs['stage-tag']).toBe(`${MODEL}#staging#1`);
    const promotion = loadedSources();
    for (const s of ['src/action/promote-mode.ts', 'src/app/deploy.ts']) {
      expect([s, promotion.has(s)]).toEqual([s, true]);
    }
  });
});
