import { afterEach, describe, expect, it, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { historyOf, holdersAt } from '../../src/core/delivery/history.js';
import { formatStageMessage } from '../../src/core/registry/message.js';
import { summarize } from '../../src/core/registry/summary.js';
import type { Registry, StageEvent } from '../../src/core/registry/types.js';
import { GIT_ENV, runCli, type TestRepo } from '../helpers/repo.js';
import { addVersion, modelRepo } from '../registry/fixture.js';
import { stageRecord } from '../registry/records.js';

const ev = (over: Partial<StageEvent> & Pick<StageEvent, 'n' | 'stage'>): StageEvent => {
  const action = over.action ?? 'assign';
  const target = over.target ?? over.version ?? null;
  return {
    action,
    tag: `m#${over.stage}${action === 'unassign' ? '!' : ''}#${over.n}`,
    version: action === 'assign' ? target : null,
    target,
    commit: 'c'.repeat(40),
    date: '2026-01-01T00:00:00Z',
    object: '',
    summary: null,
    ...over,
  };
};
const registry = (events: StageEvent[]): Registry => ({
  model: 'm',
  versions: [],
  stages: {},
  events,
  maxN: Math.max(0, ...events.map((e) => e.n)),
  skipped: [],
});

describe('historyOf and holdersAt (pure)', () => {
  const events = [
    ev({ n: 1, stage: 'staging', target: '0.1.0', date: '2026-01-01T10:00:00Z' }),
    ev({ n: 2, stage: 'production', target: '0.1.0', date: '2026-01-02T10:00:00Z' }),
    ev({ n: 3, stage: 'production', target: '0.2.0', date: '2026-01-03T10:00:00Z' }),
    ev({
      n: 4,
      stage: 'production',
      action: 'unassign',
      target: '0.2.0',
      date: '2026-01-04T10:00:00Z',
    }),
    ev({ n: 0, stage: 'dev', target: '0.0.1', date: '2025-12-31T00:00:00Z' }),
  ];
  it('lists every event newest first by N, GTO --simple tags (no N) last', () => {
    expect(
      historyOf(registry(events)).map((e) => `${e.n} ${e.kind} ${e.stage} ${e.version}`),
    ).toEqual([
      '4 unassign production 0.2.0',
      '3 assign production 0.2.0',
      '2 assign production 0.1.0',
      '1 assign staging 0.1.0',
      '0 assign dev 0.0.1',
    ]);
    expect(historyOf(registry(events), 'staging').map((e) => e.n)).toEqual([1]);
  });

  test.each([
    ['2025-12-30T00:00:00Z', { staging: null, production: null, dev: null }],
    ['2026-01-01T10:00:00Z', { staging: '0.1.0', production: null, dev: '0.0.1' }],
    ['2026-01-02T12:00:00Z', { staging: '0.1.0', production: '0.1.0', dev: '0.0.1' }],
    ['2026-01-03T10:00:00.500Z', { staging: '0.1.0', production: '0.2.0', dev: '0.0.1' }],
    // The rollback withdrew 0.2.0: production falls back to 0.1.0 (GTO's rule).
    ['2026-01-05T00:00:00Z', { staging: '0.1.0', production: '0.1.0', dev: '0.0.1' }],
  ])('at %s', (at, expected) => {
    const held = holdersAt(registry(events), Date.parse(at), ['staging', 'production']);
    expect(
      Object.fromEntries(Object.entries(held).map(([s, h]) => [s, h?.version ?? null])),
    ).toEqual(expected);
  });

  it('reads who and why from the records, and nothing from a tag without one', () => {
    const withRecord = ev({
      n: 5,
      stage: 'production',
      target: '0.3.0',
      summary: summarize(
        stageRecord({
          promotedBy: 'Ada <ada@example.com>',
          runUrl: 'https://github.com/o/r/actions/runs/1',
        }),
      ),
    });
    const [e] = historyOf(registry([withRecord]));
    expect(e).toMatchObject({
      by: 'Ada <ada@example.com>',
      runUrl: 'https://github.com/o/r/actions/runs/1',
      reason: null,
    });
    const [bare] = historyOf(registry([ev({ n: 6, stage: 'production', target: '0.3.0' })]));
    expect(bare).toMatchObject({ by: null, runUrl: null, reason: null });
  });
});

describe('lepton history (real tags)', () => {
  let repo: TestRepo;
  afterEach(() => repo?.cleanup());

  /** An annotated stage tag made at a given time, as `promote` would write it. */
  const tagAt = (name: string, target: string, date: string, message: string) =>
    execFileSync('git', ['tag', '-a', '--cleanup=verbatim', '-F', '-', name, target], {
      cwd: repo.dir,
      input: message,
      env: { ...process.env, ...GIT_ENV, GIT_COMMITTER_DATE: date },
    });

  it('lists the trail newest first and answers --at for a time between two promotions', async () => {
    repo = modelRepo();
    await addVersion(repo, '0.1.0');
    await addVersion(repo, '0.2.0');
    const stage = (version: string, n: number, by: string) =>
      formatStageMessage(stageRecord({ version, stage: 'production', n, promotedBy: by }));
    tagAt(
      'sentiment#production#1',
      'sentiment@v0.1.0^{}',
      '2026-11-01T12:00:00Z',
      stage('0.1.0', 1, 'Ada <a@x>'),
    );
    tagAt(
      'sentiment#production#2',
      'sentiment@v0.2.0^{}',
      '2026-11-03T12:00:00Z',
      stage('0.2.0', 2, 'Bob <b@x>'),
    );
    tagAt(
      'sentiment#production!#3',
      'sentiment@v0.2.0^{}',
      '2026-11-04T12:00:00Z',
      'rolled back by hand\n',
    );

    const all = await runCli(repo.dir, ['history', '--json']);
    expect(all.code).toBe(0);
    const doc = JSON.parse(all.stdout);
    expect(doc.model).toBe('sentiment');
    expect(
      doc.events.map((e: { n: number; kind: string; version: string; by: string | null }) => [
        e.n,
        e.kind,
        e.version,
        e.by,
      ]),
    ).toEqual([
      [3, 'unassign', '0.2.0', null],
      [2, 'assign', '0.2.0', 'Bob <b@x>'],
      [1, 'assign', '0.1.0', 'Ada <a@x>'],
    ]);
    expect(doc.events[1].at).toBe('2026-11-03T12:00:00.000Z');

    const at = async (t: string) =>
      JSON.parse((await runCli(repo.dir, ['history', '--at', t, '--json'])).stdout);
    expect(await at('2026-11-02T00:00:00Z')).toEqual({
      model: 'sentiment',
      at: '2026-11-02T00:00:00.000Z',
      stages: { staging: null, production: { version: '0.1.0', tag: 'sentiment#production#1' } },
    });
    expect((await at('2026-11-03T18:00:00Z')).stages.production.version).toBe('0.2.0');
    expect((await at('2026-11-05')).stages.production.version).toBe('0.1.0');
    expect((await at('2026-10-01')).stages.production).toBeNull();

    const text = await runCli(repo.dir, ['history', 'production']);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/sentiment: 3 stage events, newest first/);
    expect(text.stdout).toMatch(/3 +2026-11-04 12:00:00Z +rolled back +production +v0\.2\.0/);
  });

  test.each([
    [['history', '--at', 'yesterday'], /--at "yesterday" is not an ISO 8601 time/],
    [['history', 'prod'], /stage "prod" is not in lepton.yml/],
  ])('%j is refused with exit 2', async (args, message) => {
    repo = modelRepo();
    const r = await runCli(repo.dir, args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});
