// The built action's scheduled monitor with `monitor.rollback: true`, on actions/checkout's
// depth-1 tagless clone: a failing stage is rolled back and the unassignment tag is pushed.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  startExporter,
  startPrometheus,
  type Exporter,
  type Prometheus,
} from '../helpers/prometheus.js';
import { cleanupOrigins, MODEL, MODEL_DIR, MODEL_FILES, NO_IDENTITY } from './model-repo.js';
import { cleanupRuns, runAction } from './run-action.js';
import { twoInStaging } from './staged.js';

const MANIFEST = MODEL_FILES[`${MODEL_DIR}/lepton.yml`]!.replace(
  '  staging: {}\n',
  `  staging:
    monitor:
      queries:
        accuracy: 'max(sentiment_live_accuracy{version="$version"})'
      thresholds:
        accuracy: { min: 0.9 }
      rollback: true
`,
);

let exporter: Exporter;
let prom: Prometheus;

beforeAll(async () => {
  exporter = await startExporter(
    '# TYPE sentiment_live_accuracy gauge\n' +
      'sentiment_live_accuracy{version="0.1.0"} 0.93\n' +
      'sentiment_live_accuracy{version="0.2.0"} 0.5\n',
  );
  prom = await startPrometheus({ live: exporter.url.replace('http://', '') });
  await prom.waitFor('sentiment_live_accuracy{version="0.2.0"}');
}, 60_000);
afterAll(async () => {
  await prom?.stop();
  await exporter?.close();
  cleanupOrigins();
  cleanupRuns();
});

describe('the scheduled monitor with monitor.rollback: true', () => {
  it('rolls the failing stage back on a tagless clone and pushes the unassignment tag', async () => {
    const o = await twoInStaging({ ...MODEL_FILES, [`${MODEL_DIR}/lepton.yml`]: MANIFEST });
    const r = await runAction({
      workspace: o.checkout('main'),
      eventName: 'schedule',
      payload: { schedule: '17 * * * *' },
      inputs: { 'working-directory': MODEL_DIR },
      env: { ...NO_IDENTITY, LEPTON_PROMETHEUS_URL: prom.url },
    });
    expect(r.code).toBe(1);
    expect(r.errors.join('\n')).toMatch(/monitor failed: staging \(v0\.2\.0: accuracy min\)/);
    expect(r.outputs['stage-tag']).toBe(`${MODEL}#staging!#3`);
    // A downstream step reads what the stage holds now, and that this run did not pass.
    expect(r.outputs).toMatchObject({
      passed: 'false',
      version: '0.2.0',
      'rolled-back-to': '0.1.0',
      'rollback-tag': `${MODEL}#staging!#3`,
    });
    // The monitor's table, then the rollback: the tag, pushed, and the reason naming the check.
    expect(r.summary).toContain('in `staging`: FAILING');
    expect(r.summary).toContain('withdrawn from `staging`');
    expect(r.summary).toContain(`- Tag: \`${MODEL}#staging!#3\``);
    expect(r.summary).toContain('- Reason: monitor failed\\: accuracy ≥ 0\\.9\\: 0\\.5');
    const remote = o.git('ls-remote', '--tags', 'origin').split('\n');
    expect(remote.some((l) => l.endsWith(`refs/tags/${MODEL}#staging!#3`))).toBe(true);
  }, 180_000);
});
