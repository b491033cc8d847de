import { describe, expect, it } from '@jest/globals';
import {
  convertWorkflowTemplate,
  NoOperationTraceWriter,
  parseWorkflow,
} from '@actions/workflow-parser';
import { parseAction } from '@actions/workflow-parser/actions/action-parser';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { PROJECT } from '../helpers/repo.js';

/** Every workflow file in the repository and in examples/, found on disk (not listed by hand). */
function workflowFiles(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.name === 'node_modules' || e.name === '.git' || e.name === 'dist') continue;
      const full = join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (
        /\.ya?ml$/.test(e.name) &&
        /(^|\/)(\.github\/workflows|examples\/workflows)\//.test(relative(PROJECT, full))
      ) {
        found.push(relative(PROJECT, full));
      }
    }
  };
  walk(PROJECT);
  return found.sort();
}

const files = workflowFiles();

describe('workflow files parse with GitHub’s own workflow parser', () => {
  it('finds the CI, the reusable workflow and the examples', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        '.github/workflows/ci.yml',
        '.github/workflows/lepton.yml',
        'examples/workflows/lepton-pr.yml',
        'examples/workflows/lepton-record.yml',
        'examples/workflows/lepton-promote.yml',
      ]),
    );
  });

  it.each(files)('%s has no parse or schema errors and converts to a workflow', async (file) => {
    const content = readFileSync(join(PROJECT, file), 'utf8');
    const result = parseWorkflow({ name: file, content }, new NoOperationTraceWriter());
    expect(result.context.errors.getErrors().map((e) => e.message)).toEqual([]);
    expect(result.value).toBeDefined();
    const template = await convertWorkflowTemplate(result.context, result.value!);
    expect((template.errors ?? []).map((e) => e.Message)).toEqual([]);
    expect(template.jobs.length).toBeGreaterThan(0);
  });

  it.each(files)('%s declares least permissions, explained in a comment', (file) => {
    const text = readFileSync(join(PROJECT, file), 'utf8');
    const doc = parse(text) as {
      permissions?: unknown;
      jobs: Record<string, { permissions?: Record<string, string> | string; uses?: string }>;
    };
    for (const [name, job] of Object.entries(doc.jobs)) {
      const granted = job.permissions ?? doc.permissions;
      // Every job runs with an explicit grant, never the repository's default token scope.
      expect({ job: name, granted: granted !== undefined }).toEqual({ job: name, granted: true });
      expect(granted).not.toBe('write-all');
      for (const scope of Object.keys(typeof granted === 'object' && granted ? granted : {})) {
        expect(text).toMatch(new RegExp(`#.*\\b${scope}: (read|write)\\b.*—`));
      }
    }
  });

  it.each(files)('%s never puts event data into a run: script', (file) => {
    const doc = parse(readFileSync(join(PROJECT, file), 'utf8')) as {
      jobs: Record<string, { steps?: { run?: string }[] }>;
    };
    for (const job of Object.values(doc.jobs)) {
      for (const step of job.steps ?? []) {
        expect(step.run ?? '').not.toMatch(/\$\{\{/);
      }
    }
  });
});

type Step = { uses?: string; run?: string; with?: Record<string, unknown> };
type Job = { permissions?: unknown; if?: string; steps?: Step[] };
type Workflow = {
  name: string;
  on: Record<string, unknown>;
  permissions?: unknown;
  concurrency?: { group: string; 'cancel-in-progress'?: unknown };
  jobs: Record<string, Job>;
};
const example = (name: string): Workflow =>
  parse(readFileSync(join(PROJECT, 'examples/workflows', name), 'utf8')) as Workflow;
const examples = files.filter((f) => f.startsWith('examples/workflows/'));

describe('example workflows: overlapping runs and untrusted pull requests', () => {
  it.each(examples)(
    '%s sets a concurrency group (per pull request where it runs on one)',
    (file) => {
      const doc = example(file.slice('examples/workflows/'.length));
      expect(doc.concurrency?.group).toEqual(expect.any(String));
      if ('pull_request' in doc.on) {
        expect(doc.concurrency!.group).toContain('github.event.pull_request.number');
      }
      if ('workflow_run' in doc.on) {
        expect(doc.concurrency!.group).toContain('github.event.workflow_run.head_branch');
      }
    },
  );

  it('the pull request example is the unprivileged half of the split: no permissions, no token, no credentials on disk', () => {
    const pr = example('lepton-pr.yml');
    expect(Object.keys(pr.on)).toEqual(['pull_request']);
    expect(pr.permissions).toEqual({});
    const steps = pr.jobs.eval!.steps!;
    const lepton = steps.find((x) => x.uses?.startsWith('lepton-ci/lepton@'))!;
    expect(lepton.with).toMatchObject({ command: 'eval', comment: false });
    expect(lepton.with).not.toHaveProperty('token');
    const checkout = steps.find((x) => x.uses?.startsWith('actions/checkout@'))!;
    expect(checkout.with).toMatchObject({ 'persist-credentials': false });
  });

  it('the comment half runs on workflow_run of the pull request example, checks out nothing, and holds only what it needs', () => {
    const pr = example('lepton-pr.yml');
    const c = example('lepton-pr-comment.yml');
    expect(c.on).toEqual({ workflow_run: { workflows: [pr.name], types: ['completed'] } });
    expect(c.permissions).toEqual({ actions: 'read', 'pull-requests': 'write' });
    const [job] = Object.values(c.jobs);
    expect(job!.if).toBe("github.event.workflow_run.event == 'pull_request'");
    expect(job!.steps!.map((x) => [x.uses, x.with])).toEqual([
      ['lepton-ci/lepton@main', { command: 'comment' }],
    ]);
  });
});

describe('the reusable workflow passes the per-model outputs through', () => {
  it('every output of its model job, and the workflow_call output of each, reads the step of the same name', () => {
    const wf = parse(readFileSync(join(PROJECT, '.github/workflows/lepton.yml'), 'utf8')) as {
      on: { workflow_call: { outputs: Record<string, { value: string }> } };
      jobs: Record<string, { outputs?: Record<string, string> }>;
    };
    const job = wf.jobs.lepton!.outputs!;
    // The action's per-run outputs (not plan's matrix/count, the glob's results or the report path).
    for (const name of [
      'version',
      'tag',
      'stage-tag',
      'passed',
      'reused',
      'metrics',
      'rolled-back-to',
      'rollback-tag',
    ]) {
      expect(job[name]).toBe(`\${{ steps.lepton.outputs.${name} }}`);
      expect(wf.on.workflow_call.outputs[name]!.value).toBe(`\${{ jobs.lepton.outputs.${name} }}`);
    }
  });
});

describe('monorepo workflows: plan → a matrix of model jobs → summary; shards → merge', () => {
  type MatrixJob = Job & {
    needs?: string | string[];
    strategy?: { 'fail-fast'?: boolean; matrix?: unknown };
  };
  const jobsOf = (file: string) =>
    (parse(readFileSync(join(PROJECT, file), 'utf8')) as { jobs: Record<string, MatrixJob> }).jobs;

  it.each(['.github/workflows/lepton.yml', 'examples/workflows/lepton-monorepo.yml'])(
    '%s plans with command: plan and fans out one job per model, fail-fast off; a PR summary says when nothing ran',
    (file) => {
      const jobs = jobsOf(file);
      const plan = jobs.plan!;
      expect(plan.steps!.find((x) => x.uses?.startsWith('lepton-ci/lepton@'))!.with).toMatchObject({
        command: 'plan',
      });
      const [name, fan] = Object.entries(jobs).find(([, j]) => j.needs === 'plan')!;
      expect(fan.if).toBe("needs.plan.outputs.count != '0'");
      expect(fan.strategy).toEqual({
        'fail-fast': false,
        matrix: '${{ fromJSON(needs.plan.outputs.matrix) }}',
      });
      const step = fan.steps!.find((x) => x.uses?.startsWith('lepton-ci/lepton@'))!;
      expect(step.with!.manifest).toBe('${{ matrix.manifest }}');
      const summary = jobs.summary!;
      expect(summary.needs).toEqual(['plan', name]);
      expect(summary.if).toBe("always() && github.event_name == 'pull_request'");
      expect(summary.steps![0]!.run).toContain(
        'no model is affected by this pull request; no eval ran',
      );
    },
  );

  it('the sharded example: N eval jobs upload shard files, a merge job hands them to the Action', () => {
    const jobs = jobsOf('examples/workflows/lepton-sharded.yml');
    expect(jobs.shard!.strategy!.matrix).toEqual({ shard: [1, 2, 3, 4] });
    const steps = jobs.shard!.steps!;
    expect(steps.find((x) => x.run)!.run).toContain('eval --shard "$SHARD/4"');
    expect(steps.find((x) => x.uses?.startsWith('actions/upload-artifact@'))!.with).toMatchObject({
      name: 'lepton-shard-${{ matrix.shard }}',
    });
    expect(jobs.merge!.needs).toBe('shard');
    const merge = jobs.merge!.steps!;
    expect(merge.find((x) => x.uses?.startsWith('actions/download-artifact@'))!.with).toMatchObject(
      {
        pattern: 'lepton-shard-*',
      },
    );
    expect(merge.find((x) => x.uses?.startsWith('lepton-ci/lepton@'))!.with).toMatchObject({
      shards: '${{ runner.temp }}/shards',
      command: "${{ github.event_name == 'pull_request' && 'eval' || 'record' }}",
    });
  });
});

describe('action.yml', () => {
  const content = readFileSync(join(PROJECT, 'action.yml'), 'utf8');

  it('parses with GitHub’s action schema', () => {
    const result = parseAction({ name: 'action.yml', content }, new NoOperationTraceWriter());
    expect(result.context.errors.getErrors().map((e) => e.message)).toEqual([]);
  });

  it('declares every input and output of the contract, each described, on node24', () => {
    const action = parse(content) as {
      inputs: Record<string, { description: string; default?: string }>;
      outputs: Record<string, { description: string }>;
      runs: { using: string; main: string };
    };
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(Object.keys(action.inputs).sort()).toEqual(
      [
        'command',
        'manifest',
        'working-directory',
        'version',
        'stage',
        'reason',
        'record-branches',
        'token',
        'comment',
        'push',
        'fail-on-threshold',
        // issue 18: the monitor's sticky issue
        'issue',
        'shards',
      ].sort(),
    );
    expect(Object.keys(action.outputs).sort()).toEqual(
      [
        'version',
        'tag',
        'stage-tag',
        // after a failed deploy's rollback: what the stage holds now, and the unassignment
        'rolled-back-to',
        'rollback-tag',
        'passed',
        'reused',
        'metrics',
        'report',
        'matrix',
        'count',
        'results',
      ].sort(),
    );
    for (const v of [...Object.values(action.inputs), ...Object.values(action.outputs)]) {
      expect(v.description.length).toBeGreaterThan(10);
    }
    expect(action.inputs.command!.default).toBe('auto');
    expect(action.inputs.manifest!.default).toBe('lepton.yml');
    expect(action.inputs['working-directory']!.default).toBe('.');
    expect(action.inputs.token!.default).toBe('${{ github.token }}');
    for (const b of ['comment', 'push', 'fail-on-threshold'])
      expect(action.inputs[b]!.default).toBe('true');
    expect(action.inputs.issue!.default).toBe('false');
  });
});
