// @e2e: runs the built CLI (through the fixture).
// Rollbacks on the site and in its API: real `lepton promote`/`rollback` runs, a failed deploy
// rolled back automatically, GTO-style unassignments, then a real `lepton site`.
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { esc } from '../../src/core/site/index.js';
import { PROJECT } from '../helpers/repo.js';
import { FAILED, REASON, rollbackSite, type RollbackSite } from './rollback-fixture.js';

// Nine real CLI runs (and deploy hooks) on a shared, busy machine.
jest.setTimeout(300_000);

let f: RollbackSite;
beforeAll(async () => {
  f = await rollbackSite();
}, 300_000);
afterAll(() => f?.repo.cleanup());

/** What a table cell shows of a long reason: its first 300 characters and `…`. */
const clip = (text: string, max: number): string => `${Array.from(text).slice(0, max).join('')}…`;

const read = (p: string): string => readFileSync(join(f.out, p), 'utf8');
const json = (p: string): Record<string, unknown> => JSON.parse(read(p)) as Record<string, unknown>;

interface Event {
  readonly action: string;
  readonly stage: string;
  readonly n: number;
  readonly version: string | null;
  readonly reason: string | null;
  readonly exitCode: number | null;
  readonly heldBefore: string | null;
  readonly heldAfter: string | null;
  readonly withdrawnBy: string | null;
  readonly promotedBy: string | null;
}
const events = (): Event[] => json('api/models/sentiment.json').events as Event[];

describe('the API names what each rollback withdrew, why, and where the stage fell back to', () => {
  test('every event, newest first', () => {
    const by = 'Test Author <author@example.com>';
    // [n, action, stage, version, heldBefore, heldAfter, withdrawnBy, reason, exitCode, by]
    expect(
      events().map((e) => [
        e.n,
        e.action,
        e.stage,
        e.version,
        e.heldBefore,
        e.heldAfter,
        e.withdrawnBy,
        e.reason,
        e.exitCode,
        e.promotedBy,
      ]),
    ).toEqual([
      // An unassignment of a version no longer in the stage changes nothing.
      [10, 'unassign', 'production', '0.2.0', '0.3.0', '0.3.0', null, null, null, null],
      // GTO's attribution: the version at the tag's commit, though 0.3.0 holds the stage.
      [9, 'unassign', 'production', '0.1.0', '0.3.0', '0.3.0', null, null, null, null],
      [8, 'unassign', 'staging', '0.3.0', '0.3.0', null, null, null, null, null],
      [7, 'assign', 'production', '0.3.0', '0.1.0', '0.3.0', null, null, null, by],
      [6, 'unassign', 'production', '0.4.0', '0.4.0', '0.1.0', null, FAILED, 7, by],
      [
        5,
        'assign',
        'production',
        '0.4.0',
        '0.1.0',
        '0.4.0',
        'sentiment#production!#6',
        null,
        null,
        by,
      ],
      [4, 'assign', 'staging', '0.3.0', null, '0.3.0', 'sentiment#staging!#8', null, null, by],
      [3, 'unassign', 'production', '0.2.0', '0.2.0', '0.1.0', null, REASON, null, by],
      [
        2,
        'assign',
        'production',
        '0.2.0',
        '0.1.0',
        '0.2.0',
        'sentiment#production!#3',
        null,
        null,
        by,
      ],
      [
        1,
        'assign',
        'production',
        '0.1.0',
        null,
        '0.1.0',
        'sentiment#production!#9',
        null,
        null,
        by,
      ],
    ]);
  });

  test("the newest event of each stage ends on the stage's holder", () => {
    const doc = json('api/models/sentiment.json') as {
      stages: Record<string, { version: string } | null>;
    };
    expect(doc.stages).toEqual({
      staging: null,
      production: expect.objectContaining({ version: '0.3.0' }),
    });
    for (const [stage, holder] of Object.entries(doc.stages)) {
      expect([stage, events().find((e) => e.stage === stage)?.heldAfter]).toEqual([
        stage,
        holder?.version ?? null,
      ]);
    }
  });

  test('the model document validates against its schema', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
    const schema = JSON.parse(
      readFileSync(join(PROJECT, 'schema/api/model.schema.json'), 'utf8'),
    ) as object;
    const validate = ajv.compile(schema);
    expect([validate(json('api/models/sentiment.json')), validate.errors ?? null]).toEqual([
      true,
      null,
    ]);
  });
});

describe('the pages say why a version was withdrawn', () => {
  test('the version page: from which stage, when, by whom, why, and where the stage fell back to', () => {
    const html = read('models/sentiment/versions/0.2.0.html');
    expect(html).toContain('<strong class="withdrawn">Withdrawn from production</strong>');
    expect(html).toContain(
      'by Test Author &lt;author@example.com&gt; (<code>sentiment#production!#3</code>); production fell back to <a href="0.1.0.html">0.1.0</a>.',
    );
    // The whole reason, escaped: line break and long word kept (CSS wraps them).
    expect(html).toContain(`Reason: <span class="reason">${esc(REASON)}</span>`);
    expect(html).toContain('<h2>Stage history</h2>');
    // GTO's later no-op unassignment of it hides nothing, and is listed as one.
    expect(html.match(/class="withdrawal"/g)).toHaveLength(1);
    expect(html).toContain(
      '<span class="withdrawn">unassigned</span> <span class="muted">(no assignment of it was active)</span>',
    );
  });

  test('the failed deploy: its reason and exit code', () => {
    const html = read('models/sentiment/versions/0.4.0.html');
    expect(html).toContain(
      `Reason (deploy exit code 7): <span class="reason">${esc(FAILED)}</span>`,
    );
  });

  test('a GTO unassignment without a record: withdrawn, no reason recorded; a version promoted again stands', () => {
    const v3 = read('models/sentiment/versions/0.3.0.html');
    expect(v3).toContain('Withdrawn from staging</strong>');
    expect(v3).toContain('staging was left empty.');
    expect(v3).toContain("No reason recorded (a tag without Lepton's record).");
    // production: 0.3.0 holds it, so no notice for it.
    expect(v3).not.toContain('Withdrawn from production');
    // 0.1.0 was withdrawn from production while it did not hold it.
    const v1 = read('models/sentiment/versions/0.1.0.html');
    expect(v1).toContain('Withdrawn from production</strong>');
    expect(v1).toContain('production fell back to <a href="0.3.0.html">0.3.0</a>.');
  });

  test("the model page: each stage's last event, and the timeline with what the stage then held and why", () => {
    const html = read('models/sentiment/index.html');
    const rows = [...html.matchAll(/<tr>(.*?)<\/tr>/gs)].map((m) => m[1] ?? '');
    const row = (tag: string): string => rows.find((r) => r.includes(`<code>${tag}</code>`)) ?? '';
    expect(row('sentiment#production!#3')).toContain(
      '<td><span class="withdrawn">rolled back</span></td><td><a href="versions/0.2.0.html">0.2.0</a></td><td><a href="versions/0.1.0.html">0.1.0</a></td>',
    );
    // Clipped in a table cell, whole in its title (and on the version page).
    expect(row('sentiment#production!#3')).toContain(
      `<span class="reason" title="${esc(REASON)}">${esc(clip(REASON, 300))}</span>`,
    );
    expect(clip(REASON, 300)).toMatch(/^p99 <script>.*\d…$/s);
    expect(row('sentiment#production#2')).toContain(
      'promoted <span class="withdrawn">(withdrawn by <code>sentiment#production!#3</code>)</span>',
    );
    expect(row('sentiment#staging!#8')).toContain(
      '<span class="withdrawn">unassigned</span></td><td><a href="versions/0.3.0.html">0.3.0</a></td><td><span class="muted">empty</span></td>',
    );
    // The stages table: staging is empty since GTO's unassignment.
    expect(html).toMatch(
      /<td>staging<\/td><td>—<\/td><td><\/td><td><span class="withdrawn">unassigned<\/span> <a href="versions\/0\.3\.0\.html">0\.3\.0<\/a> /,
    );
  });

  test('no reason reaches a page unescaped', () => {
    for (const page of ['models/sentiment/index.html', 'models/sentiment/versions/0.2.0.html']) {
      const html = read(page);
      expect([page, html.includes('<script>'), html.includes('"x")')]).toEqual([
        page,
        false,
        false,
      ]);
    }
  });
});

describe('the trend chart tells withdrawn promotions from standing ones', () => {
  test('each withdrawn promotion is marked, with the rollback and its reason in its title', () => {
    const html = read('models/sentiment/index.html');
    const lines = [
      ...html.matchAll(/<line class="(promotion[^"]*)"([^>]*)><title>([^<]*)<\/title>/g),
    ].map((m) => [m[1], /data-withdrawn-by="([^"]*)"/.exec(m[2] ?? '')?.[1] ?? null, m[3]]);
    // One chart (accuracy), promotions oldest first.
    expect(lines.map((l) => [l[0], l[1]])).toEqual([
      ['promotion withdrawn', 'sentiment#production!#9'],
      ['promotion withdrawn', 'sentiment#production!#3'],
      ['promotion withdrawn', 'sentiment#staging!#8'],
      ['promotion withdrawn', 'sentiment#production!#6'],
      ['promotion', null],
    ]);
    const title = lines[1]?.[2] ?? '';
    expect(title).toMatch(
      /^production ← 0\.2\.0, withdrawn \S+ \(sentiment#production!#3\): p99 &lt;script&gt;alert\(&quot;x&quot;\)&lt;\/script&gt; &amp; &#39;timeouts&#39;\nsee /,
    );
    // Clipped in a tooltip (the pages show it whole), then where the stage went.
    expect(title).toMatch(/\d…; production fell back to 0\.1\.0$/);
    expect(title).not.toContain(esc(REASON));
    expect(lines[3]?.[2]).toContain(`: ${esc(FAILED)}; production fell back to 0.1.0`);
    expect(lines[4]?.[2]).toBe('production ← 0.3.0');
    expect(html).toContain('<text class="promotion-label withdrawn"');
    expect(html).toContain('Promotions later withdrawn: production ← 0.1.0, withdrawn');
  });
});
