import { afterAll, describe, expect, it } from '@jest/globals';
import { parseRecord } from '../../src/core/registry/message.js';
import type { StageRecord, TagRecord, VersionRecord } from '../../src/core/registry/types.js';
import { git } from '../helpers/repo.js';
import { startFakeResults } from './fake-results.js';
import {
  cleanupOrigins,
  MODEL,
  MODEL_DIR,
  NO_IDENTITY,
  origin,
  type Origin,
} from './model-repo.js';
import { cleanupRuns, examplePayload, runAction, type ActionRun } from './run-action.js';

afterAll(() => {
  cleanupOrigins();
  cleanupRuns();
});

/** The summary as read: Markdown escapes and the invisible word joiners removed. */
const readable = (markdown: string): string =>
  markdown.replace(/\\([!-/:-@[-`{-~])/g, '$1').replace(/\u2060/g, '');

const remoteTags = (o: Origin): string[] =>
  git(o.remote, 'tag', '--list').split('\n').filter(Boolean).sort();

const recordOf = (o: Origin, tag: string): TagRecord | null =>
  parseRecord(git(o.remote, 'tag', '--list', '--format=%(contents)', tag));

async function pushToMain(
  o: Origin,
  env: Record<string, string | undefined> = {},
): Promise<ActionRun> {
  const payload = await examplePayload('push', (p) => p.ref === 'refs/heads/master');
  payload.ref = 'refs/heads/main';
  (payload.repository as { default_branch: string }).default_branch = 'main';
  return runAction({
    workspace: o.checkout('main'),
    eventName: 'push',
    payload,
    inputs: { 'working-directory': MODEL_DIR },
    env: { ...NO_IDENTITY, ...env },
  });
}

async function release(o: Origin, tag: string, stage: string): Promise<ActionRun> {
  const payload = await examplePayload('release', (p) => p.action === 'published');
  (payload.release as { tag_name: string }).tag_name = tag;
  return runAction({
    workspace: o.checkout('main'),
    eventName: 'release',
    payload,
    inputs: { 'working-directory': MODEL_DIR, stage },
    env: NO_IDENTITY,
  });
}

function mergeToMain(o: Origin, accuracy: number): void {
  o.write({ [`${MODEL_DIR}/params.json`]: `{ "accuracy": ${accuracy} }\n` });
  o.commit(`accuracy ${accuracy}`);
  o.git('push', '-q', 'origin', 'main');
}

describe('the action on push to the default branch (record) from a depth-1, tagless clone', () => {
  it('records the first version, uploads its artifact, pushes the tag as github-actions[bot]', async () => {
    const o = origin();
    const results = await startFakeResults();
    let run: ActionRun;
    try {
      run = await pushToMain(o, {
        ACTIONS_RESULTS_URL: results.url,
        ACTIONS_RUNTIME_TOKEN: results.runtimeToken,
      });
    } finally {
      await results.close();
    }
    expect(run.errors).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('the clone was shallow');
    expect(run.outputs).toMatchObject({
      version: '0.1.0',
      tag: `${MODEL}@v0.1.0`,
      'stage-tag': '',
      passed: 'true',
      reused: 'false',
    });
    expect(JSON.parse(run.outputs.metrics!)).toEqual({ accuracy: 0.93, latency_ms: 12 });
    expect(remoteTags(o)).toEqual([`${MODEL}@v0.1.0`]);
    expect(
      git(
        o.remote,
        'tag',
        '--list',
        '--format=%(objecttype) %(taggername) %(taggeremail)',
        `${MODEL}@v0.1.0`,
      ).trim(),
    ).toBe('tag github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>');
    // The artifact (model file, report, metrics) was uploaded first and the record points at it.
    expect(results.artifacts.map((a) => a.name)).toEqual([`${MODEL}-v0.1.0`]);
    const rec = recordOf(o, `${MODEL}@v0.1.0`) as VersionRecord;
    expect(rec.artifact).toEqual({
      id: results.artifacts[0]!.id,
      url: `https://github.com/octo-org/models/actions/runs/4242/artifacts/${results.artifacts[0]!.id}`,
    });
    expect(rec.runUrl).toBe('https://github.com/octo-org/models/actions/runs/4242');
    expect(rec.commit).toBe(o.git('rev-parse', 'main').trim());
    expect(readable(run.summary)).toContain(`Recorded ${MODEL}@v0.1.0 (pushed to origin)`);
    expect(run.summary).toContain(
      `Artifact: [${MODEL}-v0.1.0](https://github.com/octo-org/models/actions/runs/4242/artifacts/${results.artifacts[0]!.id})`,
    );
  });

  it('re-running on the same content creates nothing; a merged change records the bumped version against it', async () => {
    const o = origin();
    expect((await pushToMain(o)).outputs.tag).toBe(`${MODEL}@v0.1.0`);

    const again = await pushToMain(o);
    expect(again.code).toBe(0);
    expect(again.outputs).toMatchObject({
      version: '0.1.0',
      tag: `${MODEL}@v0.1.0`,
      reused: 'true',
    });
    expect(readable(again.summary)).toContain(
      `Unchanged: this content is already recorded as ${MODEL}@v0.1.0 (origin has it already)`,
    );
    expect(remoteTags(o)).toEqual([`${MODEL}@v0.1.0`]);

    mergeToMain(o, 0.94);
    const next = await pushToMain(o);
    expect(next.code).toBe(0);
    expect(next.outputs).toMatchObject({ version: '0.2.0', tag: `${MODEL}@v0.2.0` });
    expect(remoteTags(o)).toEqual([`${MODEL}@v0.1.0`, `${MODEL}@v0.2.0`]);
    expect((recordOf(o, `${MODEL}@v0.2.0`) as VersionRecord).baseline).toEqual({
      version: '0.1.0',
      tag: `${MODEL}@v0.1.0`,
    });
    // Without the runner's artifact service: a warning, and the version is recorded without one.
    expect(next.warnings).toContainEqual(
      `::warning::the Actions artifact service is not available here: ${MODEL}-v0.2.0 is not uploaded`,
    );
    expect((recordOf(o, `${MODEL}@v0.2.0`) as VersionRecord).artifact).toBeNull();
  });

  it('records a version that fails its thresholds, and fails the step', async () => {
    const o = origin();
    mergeToMain(o, 0.5);
    const run = await pushToMain(o);
    expect(run.code).toBe(1);
    expect(run.errors).toEqual(['::error::thresholds failed: accuracy min']);
    expect(run.outputs).toMatchObject({ version: '0.1.0', passed: 'false' });
    expect((recordOf(o, `${MODEL}@v0.1.0`) as VersionRecord).passed).toBe(false);
  });

  it('push: false records locally without pushing', async () => {
    const o = origin();
    const payload = await examplePayload('push', (p) => p.ref === 'refs/heads/master');
    payload.ref = 'refs/heads/main';
    (payload.repository as { default_branch: string }).default_branch = 'main';
    const ws = o.checkout('main');
    const run = await runAction({
      workspace: ws,
      eventName: 'push',
      payload,
      inputs: { 'working-directory': MODEL_DIR, push: 'false' },
    });
    expect(run.code).toBe(0);
    expect(run.outputs.tag).toBe(`${MODEL}@v0.1.0`);
    expect(git(ws, 'tag', '--list').trim()).toBe(`${MODEL}@v0.1.0`);
    expect(remoteTags(o)).toEqual([]);
  });
});

describe('the action on release published and workflow_dispatch (promote)', () => {
  it('promotes the version the release tag names, then refuses what the next stage forbids', async () => {
    const o = origin();
    mergeToMain(o, 0.94);
    expect((await pushToMain(o)).outputs.tag).toBe(`${MODEL}@v0.1.0`);

    const staged = await release(o, `${MODEL}@v0.1.0`, 'staging');
    expect(staged.errors).toEqual([]);
    expect(staged.code).toBe(0);
    expect(staged.outputs).toMatchObject({
      version: '0.1.0',
      tag: `${MODEL}@v0.1.0`,
      'stage-tag': `${MODEL}#staging#1`,
      passed: 'true',
    });
    expect(JSON.parse(staged.outputs.metrics!)).toMatchObject({ accuracy: 0.94 });
    expect(remoteTags(o)).toContain(`${MODEL}#staging#1`);
    const stageRecord = recordOf(o, `${MODEL}#staging#1`) as StageRecord;
    expect(stageRecord).toMatchObject({ kind: 'stage', version: '0.1.0', stage: 'staging' });
    expect(stageRecord.promotedBy).toContain('actions/runs/4242');
    expect(staged.summary).toContain('Promoted v0.1.0 to `staging`');

    // production needs accuracy ≥ 0.95: refused, no tag, the step fails.
    const prod = await release(o, 'v0.1.0', 'production');
    expect(prod.code).toBe(1);
    expect(prod.outputs).toMatchObject({ passed: 'false', 'stage-tag': '', version: '0.1.0' });
    expect(prod.errors).toEqual([
      expect.stringMatching(
        /^::error::promotion of v0\.1\.0 to production refused: production's thresholds failed/,
      ),
    ]);
    expect(prod.summary).toContain('Refused: v0.1.0 was not promoted to `production`');
    expect(remoteTags(o).filter((t) => t.includes('#production#'))).toEqual([]);
  });

  it('workflow_dispatch with a stage and no version promotes the latest version that passed', async () => {
    const o = origin();
    await pushToMain(o); // v0.1.0 passes
    mergeToMain(o, 0.5);
    await pushToMain(o); // v0.2.0 fails its thresholds
    expect(remoteTags(o)).toEqual([`${MODEL}@v0.1.0`, `${MODEL}@v0.2.0`]);

    const payload = await examplePayload('workflow_dispatch');
    const run = await runAction({
      workspace: o.checkout('main'),
      eventName: 'workflow_dispatch',
      payload,
      inputs: { 'working-directory': MODEL_DIR, stage: 'staging' },
      env: NO_IDENTITY,
    });
    expect(run.errors).toEqual([]);
    expect(run.stdout).toContain('promoting the latest version that passed: v0.1.0');
    expect(run.outputs).toMatchObject({ version: '0.1.0', 'stage-tag': `${MODEL}#staging#1` });
  });
});
