import { describe, expect, it } from '@jest/globals';
import type { DeployRun, RollbackStep } from '../../src/core/report/deploy.js';
import {
  promoteMarkdown,
  promoteText,
  type PromoteReportSource,
} from '../../src/core/report/promote.js';

// What a promotion's own line says once its deploy has run: "Promoted v0.3.0 to production"
// above a failed deploy and its rollback read as if v0.3.0 were live (found by a new-user trial).

const run = (version: string, ok: boolean): DeployRun => ({
  model: 'm',
  stage: 'production',
  version,
  tag: `m@v${version}`,
  cause: 'promote',
  environment: 'production',
  url: null,
  ok,
  exitCode: ok ? 0 : 1,
  timedOut: false,
  durationMs: 300,
  error: ok ? null : 'deploy hook exited with code 1',
  details: [],
  deployment: null,
});

const rollback = (to: string | null): RollbackStep => ({
  tag: 'm#production!#5',
  version: '0.3.0',
  to: to === null ? null : { version: to, tag: 'm#production#2' },
  pushed: true,
  reason: 'deploy failed',
});

const promoted: PromoteReportSource = {
  model: 'm',
  version: '0.3.0',
  stage: 'production',
  promoted: true,
  tag: 'm#production#4',
  checks: [],
  already: false,
  refused: [],
  pushed: true,
};

const CASES: [string, PromoteReportSource['deploy'], string | null, string][] = [
  ['no deploy', undefined, null, '✅ Promoted v0.3.0 to `production`'],
  [
    'a deploy that succeeded',
    { runs: [run('0.3.0', true)], rollback: null, kept: null },
    null,
    '✅',
  ],
  [
    'a failed deploy rolled back to the version before',
    { runs: [run('0.3.0', false), run('0.2.0', true)], rollback: rollback('0.2.0'), kept: null },
    '… but its deploy failed and it was rolled back: production holds v0.2.0',
    // escaped as Markdown text (the stage name is the manifest's)
    '⚠️ Promoted v0.3.0 to `production`, but its deploy failed and it was rolled back\\: production holds v0\\.2\\.0',
  ],
  [
    'a failed deploy rolled back to nothing',
    { runs: [run('0.3.0', false)], rollback: rollback(null), kept: null },
    '… but its deploy failed and it was rolled back: production holds no version',
    '⚠️',
  ],
  [
    'a failed deploy kept (rollback_on_failure: false)',
    { runs: [run('0.3.0', false)], rollback: null, kept: 'rollback_on_failure is false' },
    '… but its deploy failed; it stays in production (rollback_on_failure is false)',
    '⚠️ Promoted v0.3.0 to `production`, but its deploy failed\\; it stays in production',
  ],
];

describe("a promotion's line after its deploy", () => {
  it.each(CASES)('%s', (_name, deploy, second, markdownHead) => {
    const text = promoteText({ ...promoted, deploy }).split('\n');
    expect(text[0]).toBe('Promoted m v0.3.0 to production: m#production#4 (pushed to origin)');
    expect(text[1] ?? '').toBe(second ?? '');
    expect(promoteMarkdown({ ...promoted, deploy })).toContain(markdownHead);
  });

  it('a refused promotion says nothing of a deploy', () => {
    const r = { ...promoted, promoted: false, tag: null, refused: ['thresholds failed'] };
    expect(
      promoteText({ ...r, deploy: null })
        .split('\n')
        .slice(0, 2),
    ).toEqual([
      'Refused: m v0.3.0 was not promoted to production (no tag made)',
      '  - thresholds failed',
    ]);
  });
});
