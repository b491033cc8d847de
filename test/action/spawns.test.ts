import { afterAll, describe, expect, it } from '@jest/globals';
import { rmSync } from 'node:fs';
import { countOf, gitLog } from '../helpers/git-log.js';
import { git } from '../helpers/repo.js';
import { cleanupOrigins, MODEL, MODEL_DIR, NO_IDENTITY, origin, prBranch } from './model-repo.js';
import { cleanupRuns, examplePayload, runAction } from './run-action.js';

// Each git spawn blocks the Action's Node for 10–25 ms (issue 23): a push run asks git each
// question once. The log sees Lepton's own git commands (git's children bypass PATH).
const log = gitLog();
afterAll(() => {
  cleanupOrigins();
  cleanupRuns();
  rmSync(log.bin, { recursive: true, force: true });
});

async function pushRun(workspace: string) {
  const payload = await examplePayload('push', (p) => p.ref === 'refs/heads/master');
  payload.ref = 'refs/heads/main';
  (payload.repository as { default_branch: string }).default_branch = 'main';
  log.clear();
  const run = await runAction({
    workspace,
    eventName: 'push',
    payload,
    inputs: { 'working-directory': MODEL_DIR },
    env: { ...NO_IDENTITY, ...log.env },
  });
  expect(run.errors).toEqual([]);
  expect(run.code).toBe(0);
  return log.lines();
}

describe('the git a push run spawns', () => {
  it('records from a depth-1 tagless clone asking each question once', async () => {
    const o = origin();
    const lines = await pushRun(o.checkout('main'));
    expect(git(o.remote, 'tag', '--list').trim()).toBe(`${MODEL}@v0.1.0`);
    const once = [
      // The registry: read once, before the eval, and decided on (the push is the arbiter).
      'for-each-ref --format=%(refname:strip=2)',
      // HEAD's commit comes with the status (`# branch.oid`), not from a rev-parse of its own.
      'status --porcelain=v2 --branch ',
      'ls-files ',
      'tag -a ',
      'push ',
    ];
    for (const prefix of once) expect([prefix, countOf(lines, prefix)]).toEqual([prefix, 1]);
    // Where the repository is, its git dir and whether it is shallow: found without git in
    // actions/checkout's plain clone (io/repo-discovery.ts).
    expect(countOf(lines, 'rev-parse --show-toplevel')).toBe(0);
    expect(countOf(lines, 'rev-parse --is-shallow-repository')).toBe(0);
    // Tags and history in one fetch (the remote's HEAD wanted too, so a first record with no
    // tag to fetch still deepens), without git's auto maintenance after it.
    const fetches = lines.filter((l) => / fetch /.test(` ${l} `));
    expect(fetches).toEqual([
      expect.stringMatching(/^-c maintenance\.auto=false fetch .*--unshallow origin .* HEAD$/),
    ]);
    // A remote that is there is not looked up first (only when the fetch fails); the new tag's
    // object is read from the loose ref git just wrote; no commit count for a log line.
    for (const asked of ['remote get-url', 'rev-parse', 'rev-list']) {
      expect([asked, countOf(lines, asked)]).toEqual([asked, 0]);
    }
    // 21 before issue 23's Action work, 14 at its stop 4.
    expect(lines.length).toBeLessThanOrEqual(8);
  });

  it('a re-run on the same content asks each question once too, and creates no tag', async () => {
    const o = origin();
    await pushRun(o.checkout('main'));
    const lines = await pushRun(o.checkout('main'));
    expect(countOf(lines, 'rev-parse --show-toplevel')).toBe(0);
    expect(countOf(lines, 'remote get-url origin')).toBe(0);
    expect(countOf(lines, 'tag -a ')).toBe(0);
    expect(countOf(lines, 'for-each-ref --format=%(refname:strip=2)')).toBe(1);
  });
});

describe('the git a pull request run spawns', () => {
  it('asks for HEAD and its parents once (cat-file, beside the fetch), and nothing else new', async () => {
    const o = origin();
    prBranch(o, 'spawns', 0.95);
    const ws = o.checkout('spawns');
    const head = git(ws, 'rev-parse', 'HEAD').trim();
    const payload = await examplePayload('pull_request', (e) => e.action === 'synchronize');
    const pr = payload.pull_request as {
      number: number;
      base: { ref: string };
      head: { sha: string };
    };
    payload.number = pr.number = 5;
    pr.base.ref = 'main';
    pr.head.sha = head;
    log.clear();
    const run = await runAction({
      workspace: ws,
      eventName: 'pull_request',
      payload,
      inputs: { 'working-directory': MODEL_DIR, comment: 'false' },
      env: log.env,
    });
    expect(run.errors).toEqual([]);
    expect(run.code).toBe(0);
    const lines = log.lines();
    expect(countOf(lines, 'cat-file --batch')).toBe(1);
    expect(countOf(lines, 'rev-parse --show-toplevel')).toBe(0);
    expect(lines.filter((l) => / fetch /.test(` ${l} `))).toHaveLength(1);
    // The base branch's check-ref-format, the fetch, HEAD (new), the listing, the registry, the
    // stat cache's diff-files and the baseline's rev-parse: 6 before the checkout check.
    expect(lines.length).toBeLessThanOrEqual(7);
  });
});
