import { afterEach, describe, expect, it, test } from '@jest/globals';
import { planRollback, type RollbackPlan } from '../../src/core/delivery/rollback.js';
import { parseRecord } from '../../src/core/registry/message.js';
import { parseTagName } from '../../src/core/registry/names.js';
import type { Registry, StageEvent, VersionEntry } from '../../src/core/registry/types.js';
import { holders } from '../../src/core/registry/stages.js';
import { join } from 'node:path';
import { GIT_ENV, git, runCli, type RunResult, type TestRepo } from '../helpers/repo.js';
import { addStage, addVersion, modelRepo } from '../registry/fixture.js';
import {
  holdFirstPush,
  raceOrigin,
  type PushHold,
  type RaceOrigin,
} from '../registry/race-fixture.js';

// ---------------------------------------------------------------- the planner (pure)

const C = (v: string) => v.replace(/\D/g, '').padEnd(40, '0');
const ev = (
  n: number,
  stage: string,
  version: string,
  action: 'assign' | 'unassign' = 'assign',
): StageEvent => ({
  action,
  stage,
  n,
  tag: `m#${stage}${action === 'unassign' ? '!' : ''}#${n}`,
  version: action === 'assign' ? version : null,
  target: version,
  object: '',
  commit: C(version),
  date: '2026-01-01T00:00:00Z',
  summary: null,
});
const reg = (events: StageEvent[], deregistered: string[] = []): Registry => ({
  model: 'm',
  versions: [...new Set(events.map((e) => e.target as string))].map((v): VersionEntry => ({
    version: v,
    tag: `m@v${v}`,
    object: '',
    commit: C(v),
    date: '2026-01-01T00:00:00Z',
    summary: null,
    ...(deregistered.includes(v) && { deregistered: true }),
  })),
  stages: holders(events, new Set(deregistered)),
  events,
  maxN: Math.max(0, ...events.map((e) => e.n)),
  skipped: [],
});

const summary = (p: RollbackPlan): string =>
  p.kind === 'withdraw'
    ? `withdraw ${p.from.version} (${p.from.tag}) → ${p.to ? `${p.to.version} (${p.to.tag})` : 'empty'}`
    : p.kind === 'gone'
      ? `gone ${p.version}`
      : `refused: ${p.message}`;

describe('planRollback', () => {
  test.each<
    [string, StageEvent[], { allowEmpty?: boolean; pinned?: string; dereg?: string[] }, string]
  >([
    [
      'two promotions: back to the first',
      [ev(1, 'prod', '1.0.0'), ev(2, 'prod', '2.0.0')],
      {},
      'withdraw 2.0.0 (m#prod#2) → 1.0.0 (m#prod#1)',
    ],
    [
      'a second rollback walks back once more',
      [
        ev(1, 'prod', '1.0.0'),
        ev(2, 'prod', '2.0.0'),
        ev(3, 'prod', '3.0.0'),
        ev(4, 'prod', '3.0.0', 'unassign'),
      ],
      {},
      'withdraw 2.0.0 (m#prod#2) → 1.0.0 (m#prod#1)',
    ],
    [
      "another stage's events do not count",
      [ev(1, 'staging', '1.0.0'), ev(2, 'prod', '2.0.0'), ev(3, 'staging', '2.0.0')],
      { allowEmpty: false },
      'refused: v2.0.0 is the only version prod holds: rolling it back leaves prod empty',
    ],
    [
      'the only holder with --allow-empty',
      [ev(1, 'prod', '1.0.0')],
      { allowEmpty: true },
      'withdraw 1.0.0 (m#prod#1) → empty',
    ],
    [
      're-promoted version: its newest assignment is withdrawn, the stage falls to the one before',
      [ev(1, 'prod', '1.0.0'), ev(2, 'prod', '2.0.0'), ev(3, 'prod', '1.0.0')],
      {},
      'withdraw 1.0.0 (m#prod#3) → 2.0.0 (m#prod#2)',
    ],
    [
      'a deregistered earlier version is skipped (GTO: it holds nothing)',
      [ev(1, 'prod', '1.0.0'), ev(2, 'prod', '2.0.0'), ev(3, 'prod', '3.0.0')],
      { dereg: ['2.0.0'] },
      'withdraw 3.0.0 (m#prod#3) → 1.0.0 (m#prod#1)',
    ],
    [
      'empty stage: nothing to roll back',
      [ev(1, 'prod', '1.0.0'), ev(2, 'prod', '1.0.0', 'unassign')],
      { allowEmpty: true },
      'refused: prod holds no version of m: nothing to roll back',
    ],
    ['a stage never used', [], {}, 'refused: prod holds no version of m: nothing to roll back'],
    [
      'retry after a promotion landed first: the same version is withdrawn, the newcomer keeps the stage',
      [ev(1, 'prod', '1.0.0'), ev(2, 'prod', '2.0.0'), ev(3, 'prod', '3.0.0')],
      { pinned: '2.0.0' },
      'withdraw 2.0.0 (m#prod#2) → 3.0.0 (m#prod#3)',
    ],
    [
      'retry after a concurrent rollback withdrew it: nothing to do',
      [ev(1, 'prod', '1.0.0'), ev(2, 'prod', '2.0.0'), ev(3, 'prod', '2.0.0', 'unassign')],
      { pinned: '2.0.0' },
      'gone 2.0.0',
    ],
  ])('%s', (_name, events, o, expected) => {
    const plan = planRollback({
      registry: reg(events, o.dereg),
      stage: 'prod',
      allowEmpty: o.allowEmpty ?? false,
      ...(o.pinned !== undefined && { pinned: o.pinned }),
    });
    expect(summary(plan)).toBe(expected);
  });
});

describe("GTO's grammar for the unassignment", () => {
  test.each([
    [
      'sentiment#production!#3',
      { kind: 'unassign', model: 'sentiment', stage: 'production', n: 3 },
    ],
    ['dir=sentiment#prod!#12', { kind: 'unassign', model: 'dir:sentiment', stage: 'prod', n: 12 }],
    // GTO's --simple form carries no N.
    ['sentiment#production!', { kind: 'unassign', model: 'sentiment', stage: 'production' }],
    ['sentiment#production#3', { kind: 'assign', model: 'sentiment', stage: 'production', n: 3 }],
  ])('%s', (tag, parsed) => {
    expect(parseTagName(tag)).toEqual(parsed);
  });
  it('is not a tag with the bang elsewhere', () => {
    expect(parseTagName('sentiment!#production#3')).toBeNull();
    expect(parseTagName('sentiment#production#!3')).toBeNull();
  });
});

// ---------------------------------------------------------------- the CLI on real repositories

const json = (r: RunResult) => JSON.parse(r.stdout);
const remoteTags = (repo: TestRepo) =>
  git(repo.remote, 'tag', '--list').split('\n').filter(Boolean).sort();
const tagRecord = (dir: string, tag: string) =>
  parseRecord(git(dir, 'tag', '--list', '--format=%(contents)', tag));

describe('lepton rollback', () => {
  let repo: TestRepo;
  afterEach(() => repo?.cleanup());

  /** 0.1.0 and 0.2.0 promoted to staging in turn (N 1, 2), pushed. */
  async function twoPromotions(): Promise<TestRepo> {
    repo = modelRepo();
    await addVersion(repo, '0.1.0');
    await addVersion(repo, '0.2.0');
    await addStage(repo, '0.1.0', 'staging', 1);
    await addStage(repo, '0.2.0', 'staging', 2);
    repo.git('push', '-q', 'origin', 'main', '--tags');
    return repo;
  }

  it("withdraws the holder with GTO's unassignment tag: the stage falls back, tag and record exact, pushed", async () => {
    await twoPromotions();
    const before = Date.now();
    const r = await runCli(repo.dir, [
      'rollback',
      'staging',
      '--reason',
      'p99 latency doubled',
      '--push',
      '--json',
    ]);
    expect(r.stderr).not.toMatch(/error/i);
    expect(r.code).toBe(0);
    const out = json(r);
    expect(out).toEqual({
      model: 'sentiment',
      stage: 'staging',
      from: { version: '0.2.0', tag: 'sentiment#staging#2' },
      to: { version: '0.1.0', tag: 'sentiment#staging#1' },
      tag: 'sentiment#staging!#3',
      n: 3,
      reason: 'p99 latency doubled',
      by: 'Test Author <author@example.com>',
      at: expect.any(String),
      runUrl: null,
      pushed: true,
      attempts: 1,
      storeMoved: false,
      storeError: null,
      deployed: null,
    });
    expect(Date.parse(out.at)).toBeGreaterThanOrEqual(before - 1000);

    // The tag: annotated, on 0.2.0's commit, with the record; and on the remote, with the counter.
    const commit = repo.git('rev-list', '-n', '1', 'sentiment@v0.2.0').trim();
    expect(repo.git('rev-list', '-n', '1', 'sentiment#staging!#3').trim()).toBe(commit);
    expect(repo.git('cat-file', '-t', 'sentiment#staging!#3').trim()).toBe('tag');
    expect(tagRecord(repo.remote, 'sentiment#staging!#3')).toEqual({
      kind: 'unassign',
      schema: 1,
      model: 'sentiment',
      stage: 'staging',
      version: '0.2.0',
      n: 3,
      from: { version: '0.2.0', tag: 'sentiment#staging#2' },
      to: { version: '0.1.0', tag: 'sentiment#staging#1' },
      reason: 'p99 latency doubled',
      by: 'Test Author <author@example.com>',
      at: out.at,
      runUrl: null,
    });
    expect(remoteTags(repo)).toContain('sentiment#staging!#3');
    expect(git(repo.remote, 'rev-parse', 'refs/lepton/events/sentiment/head').trim()).toBe(
      git(repo.remote, 'rev-parse', 'refs/tags/sentiment#staging!#3').trim(),
    );
    // No tag moved or deleted: the two assignments are where they were.
    expect(remoteTags(repo)).toEqual([
      'sentiment#staging!#3',
      'sentiment#staging#1',
      'sentiment#staging#2',
      'sentiment@v0.1.0',
      'sentiment@v0.2.0',
    ]);

    // show and history read it back.
    const show = json(await runCli(repo.dir, ['show', '--json']));
    expect(JSON.stringify(show)).toContain('"staging"');
    const hist = json(await runCli(repo.dir, ['history', 'staging', '--json']));
    expect(hist.events[0]).toEqual({
      n: 3,
      tag: 'sentiment#staging!#3',
      kind: 'unassign',
      stage: 'staging',
      version: '0.2.0',
      at: expect.any(String),
      by: 'Test Author <author@example.com>',
      reason: 'p99 latency doubled',
      runUrl: null,
    });
    const text = await runCli(repo.dir, ['history', 'staging']);
    expect(text.stdout).toMatch(
      /3 +\S+ \S+ +rolled back +staging +v0\.2\.0 +Test Author <author@example\.com> +p99 latency doubled/,
    );
  });

  // A version pulled out of staging did not pass staging: `after: staging` refuses it until it
  // is promoted there again (found by a new user: a withdrawn version went on to production).
  it('a version withdrawn from staging is refused for production (after: staging) until promoted there again', async () => {
    await twoPromotions();
    const rb = await runCli(repo.dir, ['rollback', 'staging', '--reason', 'bad <b>model</b>']);
    expect(rb.code).toBe(0);
    const tagsBefore = repo.git('tag', '--list');
    const refused = await runCli(repo.dir, ['promote', '0.2.0', 'production', '--json']);
    expect(refused.code).toBe(1);
    expect(json(refused)).toMatchObject({
      refused: [
        'v0.2.0 was withdrawn from staging (sentiment#staging!#3: bad <b>model</b>), and production comes after staging (promote it there again first: lepton promote 0.2.0 staging)',
      ],
    });
    expect(repo.git('tag', '--list')).toBe(tagsBefore);
    // 0.1.0, which staging fell back to, still counts; 0.2.0 promoted again counts too.
    expect((await runCli(repo.dir, ['promote', '0.1.0', 'production'])).code).toBe(0);
    expect((await runCli(repo.dir, ['promote', '0.2.0', 'staging'])).code).toBe(0);
    const again = await runCli(repo.dir, ['promote', '0.2.0', 'production']);
    expect(again.stderr).not.toContain('withdrawn');
    expect(again.code).toBe(0);
  });

  it('twice walks back two versions, then refuses to empty the stage without --allow-empty', async () => {
    repo = modelRepo();
    for (const v of ['0.1.0', '0.2.0', '0.3.0']) await addVersion(repo, v);
    for (const [i, v] of ['0.1.0', '0.2.0', '0.3.0'].entries())
      await addStage(repo, v, 'staging', i + 1);
    const back = async () =>
      json(await runCli(repo.dir, ['rollback', 'staging', '--reason', 'bad', '--json']));
    expect(await back()).toMatchObject({
      from: { version: '0.3.0' },
      to: { version: '0.2.0' },
      tag: 'sentiment#staging!#4',
    });
    expect(await back()).toMatchObject({
      from: { version: '0.2.0' },
      to: { version: '0.1.0' },
      tag: 'sentiment#staging!#5',
    });
    const tagsBefore = repo.git('tag', '--list');
    const refused = await runCli(repo.dir, ['rollback', 'staging', '--reason', 'bad']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(
      'v0.1.0 is the only version staging holds: rolling it back leaves staging empty',
    );
    expect(refused.stderr).toContain('--allow-empty');
    expect(repo.git('tag', '--list')).toBe(tagsBefore);
    const emptied = await runCli(repo.dir, [
      'rollback',
      'staging',
      '--reason',
      'all bad',
      '--allow-empty',
      '--json',
    ]);
    expect(emptied.code).toBe(0);
    expect(json(emptied)).toMatchObject({
      from: { version: '0.1.0' },
      to: null,
      tag: 'sentiment#staging!#6',
    });
    expect(
      json(await runCli(repo.dir, ['history', '--at', '2999-01-01', '--json'])).stages.staging,
    ).toBeNull();
    const text = await runCli(repo.dir, [
      'rollback',
      'staging',
      '--reason',
      'again',
      '--allow-empty',
    ]);
    expect(text.code).toBe(2);
    expect(text.stderr).toContain('staging holds no version of sentiment: nothing to roll back');
  });

  test.each([
    [['rollback', 'staging'], /required option '--reason <text>' not specified/],
    [['rollback', 'staging', '--reason', '  '], /rollback needs a reason/],
    [['rollback', 'prod', '--reason', 'x'], /sentiment has no stage "prod"/],
    [
      ['rollback', 'production', '--reason', 'x'],
      /production holds no version of sentiment: nothing to roll back/,
    ],
    [
      ['rollback', 'staging', '--reason', 'x', '--model', 'other'],
      /--model other: .* is the manifest of sentiment/,
    ],
  ])('%j is refused with exit 2 and no tag', async (args, message) => {
    await twoPromotions();
    const before = repo.git('tag', '--list');
    const r = await runCli(repo.dir, args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(repo.git('tag', '--list')).toBe(before);
  });

  it('escapes a hostile reason in the text output and keeps it whole in the record', async () => {
    await twoPromotions();
    const reason = 'bad\u001b[31m model\n`rm -rf /` <!-- x -->';
    const r = await runCli(repo.dir, ['rollback', 'staging', '--reason', reason]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('reason: bad\\x1B[31m model\\x0A`rm -rf /` <!-- x -->');
    expect(tagRecord(repo.dir, 'sentiment#staging!#3')).toMatchObject({ reason: reason.trim() });
  });
});

describe('rollback(ctx, {version}) (the library call a failed deploy or monitor makes)', () => {
  let repo: TestRepo;
  afterEach(() => repo?.cleanup());

  it('withdraws the version it names even when it is not the holder, and writes nothing once it is gone', async () => {
    repo = modelRepo();
    await addVersion(repo, '0.1.0');
    await addVersion(repo, '0.2.0');
    await addStage(repo, '0.1.0', 'staging', 1);
    await addStage(repo, '0.2.0', 'staging', 2);
    const { openProject } = await import('../../src/app/context.js');
    const { rollback } = await import('../../src/app/rollback.js');
    const log: string[] = [];
    const ctx = await openProject({
      manifestPath: join(repo.dir, 'lepton.yml'),
      env: { ...process.env, ...GIT_ENV },
      log: {
        info: (m) => void log.push(m),
        warn: (m) => void log.push(`warning: ${m}`),
        output: () => undefined,
        group: (_n, work) => work(),
      },
    });
    const deployed: unknown[] = [];
    const deploy = async (t: unknown) => {
      deployed.push(t);
      return true;
    };
    const first = await rollback(ctx, { stage: 'staging', version: '0.1.0', reason: 'x', deploy });
    expect(first).toMatchObject({
      from: { version: '0.1.0', tag: 'sentiment#staging#1' },
      to: { version: '0.2.0', tag: 'sentiment#staging#2' },
      tag: 'sentiment#staging!#3',
      deployed: true,
    });
    expect(deployed).toEqual([
      {
        stage: 'staging',
        version: '0.2.0',
        tag: 'sentiment@v0.2.0',
        commit: repo.git('rev-list', '-n', '1', 'sentiment@v0.2.0').trim(),
        previous: '0.1.0',
      },
    ]);
    const again = await rollback(ctx, { stage: 'staging', version: '0.1.0', reason: 'x' });
    expect(again).toMatchObject({
      from: { version: '0.1.0', tag: 'sentiment#staging#1' },
      to: { version: '0.2.0' },
      tag: null,
      n: null,
      deployed: null,
    });
    expect(repo.git('tag', '--list', 'sentiment#staging!*').trim()).toBe('sentiment#staging!#3');
  });
});

// ---------------------------------------------------------------- races with a promotion

describe('rollback racing a promotion on one remote', () => {
  let origin: RaceOrigin | undefined;
  let hold: PushHold | undefined;
  afterEach(() => {
    origin?.cleanup();
    hold?.cleanup();
    origin = hold = undefined;
  });

  /** 0.1.0 then 0.2.0 in canary (N 1, 2), pushed. */
  async function promoted(o: RaceOrigin): Promise<void> {
    const dir = o.clone('setup');
    for (const v of ['0.1.0', '0.2.0']) {
      const r = await runCli(dir, ['promote', v, 'canary', '--push']);
      expect(r.code).toBe(0);
    }
  }

  it('a promotion landing while the rollback waits at its push: the rollback decides again with the next N and withdraws the same version', async () => {
    origin = await raceOrigin(3);
    const o = origin;
    await promoted(o);
    hold = holdFirstPush();
    const slow = o.clone('slow');
    const fast = o.clone('fast');
    const held$ = runCli(
      slow,
      ['rollback', 'canary', '--reason', 'errors', '--push', '--json'],
      hold.env,
    );
    await hold.waiting();
    const p = await runCli(fast, ['promote', '0.3.0', 'canary', '--push', '--json']);
    expect(p.code).toBe(0);
    expect(json(p)).toMatchObject({ promoted: true, tag: 'sentiment#canary#3' });
    hold.release();
    const late = await held$;
    expect(late.code).toBe(0);
    expect(json(late)).toMatchObject({
      from: { version: '0.2.0', tag: 'sentiment#canary#2' },
      to: { version: '0.3.0', tag: 'sentiment#canary#3' },
      tag: 'sentiment#canary!#4',
      pushed: true,
      attempts: 2,
    });
    expect(Object.fromEntries(o.stageTags())).toEqual({
      'sentiment#canary#1': 1,
      'sentiment#canary#2': 2,
      'sentiment#canary#3': 3,
      'sentiment#canary!#4': 4,
    });
    expect(await o.holders()).toEqual({ canary: '0.3.0' });
    // The lost tag was this run's own and is gone; the winner's is untouched.
    expect(git(slow, 'tag', '-l', 'sentiment#canary!#3')).toBe('');
  }, 120_000);

  it('a rollback and a promotion started at once both land, with distinct N', async () => {
    origin = await raceOrigin(3);
    const o = origin;
    await promoted(o);
    const a = o.clone('a');
    const b = o.clone('b');
    const objects = () =>
      git(o.remote, 'for-each-ref', '--format=%(refname) %(objectname)', 'refs/tags');
    const before = objects();
    const [rb, pr] = await Promise.all([
      runCli(a, ['rollback', 'canary', '--reason', 'errors', '--push', '--json']),
      runCli(b, ['promote', '0.3.0', 'canary', '--push', '--json']),
    ]);
    expect([rb.code, pr.code]).toEqual([0, 0]);
    // No tag moved or deleted: every tag there before is there still, on the same object.
    const after = objects();
    for (const line of before.split('\n').filter(Boolean)) expect(after).toContain(line);
    const tags = o.stageTags();
    expect(tags.size).toBe(4);
    expect([...tags.values()].sort()).toEqual([1, 2, 3, 4]);
    expect(tags.get(json(rb).tag)).toBe(json(rb).n);
    expect(json(rb).from.version).toBe('0.2.0');
    // Whichever landed first, 0.2.0 is withdrawn and 0.3.0 was assigned after 0.1.0.
    expect(await o.holders()).toEqual({ canary: '0.3.0' });
  }, 120_000);
});

// ---------------------------------------------------------------- the record kind

describe('the unassign record', () => {
  const record = {
    kind: 'unassign',
    schema: 1,
    model: 'sentiment',
    stage: 'production',
    version: '0.2.0',
    n: 3,
    from: { version: '0.2.0', tag: 'sentiment#production#2' },
    to: { version: '0.1.0', tag: 'sentiment#production#1' },
    reason: 'latency',
    by: 'Ada <a@x>',
    at: '2026-11-30T18:00:00.000Z',
    runUrl: null,
  };
  const message = (r: unknown) => `x\n\n\`\`\`json\n${JSON.stringify(r)}\n\`\`\`\n`;
  test.each<[string, unknown, boolean]>([
    ['as written', record, true],
    [
      'left empty (to: null), from a failed deploy (exitCode)',
      { ...record, to: null, exitCode: 3 },
      true,
    ],
    ['without a reason', { ...record, reason: undefined }, false],
    [
      'from naming another version than version',
      { ...record, from: { version: '0.3.0', tag: 't' } },
      false,
    ],
    ['to without a tag', { ...record, to: { version: '0.1.0' } }, false],
    ['a non-integer exitCode', { ...record, exitCode: 'x' }, false],
    ['schema 2', { ...record, schema: 2 }, false],
  ])('%s', (_name, r, ok) => {
    expect(parseRecord(message(r))).toEqual(ok ? r : null);
  });

  it('counts only on an unassignment tag of its own model and stage', async () => {
    const { buildRegistry } = await import('../../src/core/registry/build.js');
    const raw = (name: string, r: unknown) => ({
      name,
      annotated: true,
      commit: 'a'.repeat(40),
      date: '2026-11-30T18:00:00.000Z',
      message: message(r),
    });
    const reg = buildRegistry('sentiment', [
      raw('sentiment@v0.2.0', null),
      raw('sentiment#production!#3', record),
      raw('sentiment#staging!#4', record),
      raw('sentiment#production#5', record),
    ]);
    const byTag = Object.fromEntries(reg.events.map((e) => [e.tag, e.summary?.kind ?? null]));
    expect(byTag).toEqual({
      'sentiment#production!#3': 'unassign',
      'sentiment#staging!#4': null,
      'sentiment#production#5': null,
    });
  });
});
