import { describe, expect, it } from '@jest/globals';
import { pushSuffix, pushWording } from '../../../src/core/format/wording.js';
import type { EvalReportSource } from '../../../src/core/report/eval.js';
import { renderMarkdownReport } from '../../../src/core/report/markdown.js';
import {
  recordMarkdown,
  recordNote,
  recordSummaryMarkdown,
  recordSummaryNote,
  recordText,
  type RecordReportSource,
} from '../../../src/core/report/record.js';
import { check } from '../../registry/records.js';

const COMMIT = 'abcdef0123456789abcdef0123456789abcdef01';

const outcome: EvalReportSource & { evalSettings: string } = {
  model: 'sentiment',
  passed: true,
  reused: false,
  reusedFrom: null,
  baseline: null,
  baselineRecord: null,
  skipped: [],
  metrics: { accuracy: 0.95 },
  checks: [check({ actual: 0.95 })],
  changed: { components: ['classifier'], data: [] },
  ignored: [],
  evalSettings: 'sha256:e1',
};

function result(over: Partial<RecordReportSource> = {}): RecordReportSource {
  return {
    outcome,
    version: '0.1.0',
    tag: 'sentiment@v0.1.0',
    created: true,
    pushed: null,
    commit: COMMIT,
    record: { evalSettings: 'sha256:e1', artifact: null },
    note: null,
    ...over,
  };
}

describe('push wording', () => {
  it.each([
    [null, null, '', ''],
    [true, 'pushed to up', ' (pushed to up)', '; pushed to up'],
    [false, 'up has it already', ' (up has it already)', '; up has it already'],
  ] as const)('pushed %s', (pushed, words, paren, semi) => {
    expect(pushWording(pushed, 'up')).toBe(words);
    expect(pushSuffix(pushed, 'up')).toBe(paren);
    expect(pushSuffix(pushed, 'up', '; ')).toBe(semi);
  });
});

describe('what record did, in words', () => {
  // [what, result, terminal note, Action summary note]
  const cases: [string, RecordReportSource, string, string][] = [
    [
      'created and pushed',
      result({ pushed: true }),
      'Recorded sentiment@v0.1.0 on abcdef012345; pushed to origin',
      'Recorded sentiment@v0.1.0 (pushed to origin)',
    ],
    [
      'created, not pushed',
      result(),
      'Recorded sentiment@v0.1.0 on abcdef012345',
      'Recorded sentiment@v0.1.0',
    ],
    [
      'already recorded, remote had it',
      result({ created: false, pushed: false }),
      'Unchanged: sentiment@v0.1.0 already records this fingerprint; origin has it already',
      'Unchanged: this content is already recorded as sentiment@v0.1.0 (origin has it already)',
    ],
    [
      'already recorded by another eval',
      result({ created: false, record: { evalSettings: 'sha256:other', artifact: null } }),
      'Eval changed: sentiment@v0.1.0 already records this fingerprint, measured by another eval; the eval ran again and these metrics are its (not recorded: sentiment@v0.1.0 keeps its own)',
      'Unchanged: this content is already recorded as sentiment@v0.1.0',
    ],
    [
      'nothing (bump none)',
      result({ created: false, tag: null, version: null, record: null, note: 'only data' }),
      'Nothing recorded: only data',
      'only data',
    ],
  ];
  it.each(cases)('%s', (_what, r, note, summary) => {
    expect(recordNote(r)).toBe(note);
    expect(recordSummaryNote(r)).toBe(summary);
    expect(recordText(r)).toContain(`\n${note}\n`);
    expect(recordMarkdown(r)).toContain(note.slice(0, 8));
  });
});

describe("the Action's record summary: the artifact link inside the report", () => {
  const url = 'https://github.com/o/r/actions/runs/1/artifacts/42';
  const made = result({ record: { evalSettings: 'sha256:e1', artifact: { id: 42, url } } });

  it('ends with the link, exactly as the summary always showed it', () => {
    const md = recordSummaryMarkdown(made, { model: 'sentiment' });
    expect(md.endsWith(`\n\nArtifact: [sentiment-v0.1.0](${url})\n`)).toBe(true);
    // The same text the report had with the link appended after it.
    const withoutLink = recordSummaryMarkdown(
      result({ record: { evalSettings: 'sha256:e1', artifact: null } }),
      { model: 'sentiment' },
    );
    expect(md).toBe(`${withoutLink}\nArtifact: [sentiment-v0.1.0](${url})\n`);
  });

  it.each([
    ['a version found, not created', result({ created: false, record: made.record })],
    [
      'an artifact without a URL',
      result({ record: { evalSettings: 'e', artifact: { id: 1, url: null } } }),
    ],
    [
      'a store-only artifact',
      result({ record: { evalSettings: 'e', artifact: { ref: 'r', digest: 'd' } } }),
    ],
  ])('no link for %s', (_what, r) => {
    expect(recordSummaryMarkdown(r, { model: 'sentiment' })).not.toContain('Artifact:');
  });

  it('stays within the budget with the link counted (thousands of metrics)', () => {
    const metrics = Object.fromEntries(Array.from({ length: 3000 }, (_, i) => [`metric_${i}`, i]));
    const big = { ...made, outcome: { ...outcome, metrics } };
    const md = recordSummaryMarkdown(big, { model: 'sentiment', maxLength: 8000 });
    expect(md.length).toBeLessThanOrEqual(8000);
    expect(md).toContain(`Artifact: [sentiment-v0.1.0](${url})`);
    expect(md).toContain('more metrics not shown');
  });
});

describe('report links', () => {
  const base = {
    model: 'm',
    passed: true,
    baseline: null,
    baselineMetrics: null,
    metrics: {},
    checks: [],
    changed: { components: [], data: [] },
    reused: false,
    reusedFrom: null,
  };
  // [what, link, expected line]
  const cases: [string, { label: string; text: string; url: string }, string][] = [
    [
      'a plain https URL',
      { label: 'Artifact', text: 'm-v1.0.0', url: 'https://x.example/a/1' },
      'Artifact: [m-v1.0.0](https://x.example/a/1)',
    ],
    [
      'parentheses in the URL cannot end the link',
      { label: 'Artifact', text: 'm', url: 'https://x.example/a)(b' },
      'Artifact: [m](https://x.example/a%29%28b)',
    ],
    [
      'link text that is Markdown is escaped',
      { label: 'Artifact', text: '](javascript:alert(1))', url: 'https://x.example/' },
      'Artifact: [\\]\\(javascript\\:alert\\(1\\)\\)](https://x.example/)',
    ],
    [
      'a javascript: URL is shown as text, unlinked',
      { label: 'Artifact', text: 'm', url: 'javascript:alert(1)' },
      'Artifact: javascript\\:alert\\(1\\)',
    ],
    [
      'not a URL at all',
      { label: 'Artifact', text: 'm', url: '<b>nope</b>' },
      'Artifact: \\<b\\>nope\\<\\/b\\>',
    ],
  ];
  it.each(cases)('%s', (_what, link, line) => {
    const md = renderMarkdownReport({ ...base, links: [link] });
    expect(md.trimEnd().split('\n').at(-1)).toBe(line);
  });
});
