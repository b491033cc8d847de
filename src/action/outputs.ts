import * as core from './workflow-commands.js';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeJobSummary } from './summary.js';
import type { RunResult } from './run.js';

/**
 * Every run, whatever happened: the report to a file and the job summary, and
 * every output set (empty where the mode has no value).
 */
export async function publish(
  result: RunResult,
  tempDir: string,
  summaryFile: string | undefined,
): Promise<void> {
  await mkdir(tempDir, { recursive: true });
  const reportPath = join(tempDir, `lepton-${result.model ?? 'run'}-report.md`);
  await writeFile(reportPath, result.report);
  core.setOutput('version', result.version ?? '');
  core.setOutput('tag', result.tag ?? '');
  core.setOutput('stage-tag', result.stageTag ?? '');
  core.setOutput('rolled-back-to', result.rolledBackTo ?? '');
  core.setOutput('rollback-tag', result.rollbackTag ?? '');
  core.setOutput('passed', String(result.passed));
  core.setOutput('reused', String(result.reused));
  core.setOutput('metrics', JSON.stringify(result.metrics));
  core.setOutput('report', reportPath);
  try {
    if (!(await writeJobSummary(result.report, summaryFile))) {
      core.info(`GITHUB_STEP_SUMMARY is not set: the report is only in ${reportPath}`);
    }
  } catch (e) {
    core.warning(`could not write the job summary: ${(e as Error).message}`);
  }
}
