import { describe, expect, it, test } from '@jest/globals';
import {
  monitorIssueBody,
  monitorIssueMarker,
  monitorIssueTitle,
} from '../../src/core/report/monitor-issue.js';

describe('the monitor issue marker', () => {
  test.each([
    ['sentiment', 'production', '<!-- lepton:monitor model=sentiment stage=production -->'],
    ['team/sentiment', 'prod-eu', '<!-- lepton:monitor model=team/sentiment stage=prod-eu -->'],
    // Nothing a name holds can end the HTML comment or forge another stage's marker.
    ['a-->b', 'x', '<!-- lepton:monitor model=a--_b stage=x -->'],
    ['a', 'x stage=y', '<!-- lepton:monitor model=a stage=x_stage_y -->'],
  ])('%j / %j', (model, stage, marker) => {
    expect(monitorIssueMarker(model, stage)).toBe(marker);
  });

  it('two stages never share a marker', () => {
    expect(monitorIssueMarker('m', 'production')).not.toBe(monitorIssueMarker('m', 'staging'));
  });
});

describe('the monitor issue title and body', () => {
  it('a title is one bounded line', () => {
    expect(monitorIssueTitle('m', 'a\nb')).toBe('Lepton monitor: m in a b is failing');
    expect(monitorIssueTitle('m'.repeat(300), 's').length).toBeLessThan(140);
  });

  it('an unjudged stage says why, escaped, and names the run', () => {
    const body = monitorIssueBody({
      kind: 'unjudged',
      model: 'm',
      stage: 'production',
      message: 'Prometheus at http://p cannot be reached: <script>',
      details: ['accuracy: @team no data'],
      runUrl: 'https://github.com/o/r/actions/runs/1',
    });
    expect(body.split('\n')[0]).toBe(monitorIssueMarker('m', 'production'));
    expect(body).toContain('the monitor cannot judge');
    expect(body).not.toContain('<script>');
    expect(body).not.toMatch(/(^|[^`\\])@team/);
    expect(body).toContain('Run: https://github.com/o/r/actions/runs/1');
  });
});
