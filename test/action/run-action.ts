import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT, runNode, tempDir } from '../helpers/repo.js';

/** The action's bundle, run exactly as the runner runs `runs.main`. */
export const ACTION = join(PROJECT, 'dist/index.js');

type Payload = Record<string, unknown>;

/** A realistic webhook payload from @octokit/webhooks-examples, deep-copied, with `edit` applied. */
export async function examplePayload(
  event: string,
  pick: (p: Payload) => boolean = () => true,
): Promise<Payload> {
  const all = (await import('@octokit/webhooks-examples')).default as unknown as {
    name: string;
    examples: Payload[];
  }[];
  const found = all.find((e) => e.name === event)?.examples.find(pick);
  if (!found) throw new Error(`no ${event} example payload`);
  return JSON.parse(JSON.stringify(found)) as Payload;
}

/** GitHub's example push payload, made a push to `main`, the default branch (a record run). */
export async function mainPushPayload(): Promise<Payload> {
  const payload = await examplePayload('push', (p) => p.ref === 'refs/heads/master');
  payload.ref = 'refs/heads/main';
  (payload.repository as { default_branch: string }).default_branch = 'main';
  return payload;
}

export interface ActionRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  /** Parsed from the GITHUB_OUTPUT file. */
  readonly outputs: Readonly<Record<string, string>>;
  /** The GITHUB_STEP_SUMMARY file. */
  readonly summary: string;
  /** `::error …::` / `::warning …::` lines from stdout. */
  readonly errors: readonly string[];
  readonly warnings: readonly string[];
}

export interface ActionRunOptions {
  /** GITHUB_WORKSPACE (and the process's cwd). */
  readonly workspace: string;
  /** Inputs by their action.yml names (`fail-on-threshold`); unset ones get action.yml's defaults from the action. */
  readonly inputs?: Readonly<Record<string, string>>;
  readonly eventName?: string;
  readonly payload?: Payload;
  /** The fake GitHub API. */
  readonly apiUrl?: string;
  readonly repository?: string;
  readonly env?: Readonly<Record<string, string | undefined>>;
}

const runnerDirs: string[] = [];

/** Removes every runner folder `runAction` made (call in afterAll). */
export function cleanupRuns(): void {
  for (const d of runnerDirs.splice(0)) rmSync(d, { recursive: true, force: true });
}

/** Runs `node dist/index.js` with the environment the runner gives a JavaScript action. */
export async function runAction(o: ActionRunOptions): Promise<ActionRun> {
  const runner = tempDir('lepton-runner-');
  runnerDirs.push(runner);
  const files = {
    output: join(runner, 'output'),
    summary: join(runner, 'summary'),
    event: join(runner, 'event.json'),
    temp: join(runner, 'temp'),
  };
  mkdirSync(files.temp);
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  const eventName = o.eventName ?? 'workflow_dispatch';
  // The runner always writes the payload: a dispatch run without one given gets GitHub's
  // example (on main, the default branch), as a dispatched workflow on main would.
  const payload =
    o.payload ?? (eventName === 'workflow_dispatch' ? await examplePayload(eventName) : {});
  writeFileSync(files.event, JSON.stringify(payload));
  const inputs: Record<string, string> = {};
  for (const [k, v] of Object.entries(o.inputs ?? {})) {
    // The runner's rule: upper-cased, spaces to underscores, hyphens kept.
    inputs[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v;
  }
  const r = await runNode(ACTION, [], o.workspace, {
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_WORKSPACE: o.workspace,
    GITHUB_REPOSITORY: o.repository ?? 'octo-org/models',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '4242',
    GITHUB_API_URL: o.apiUrl ?? 'http://127.0.0.1:9',
    // The stand-in has no rate limits: GitHub's pacing (writes 1 s apart) in ms, same requests.
    LEPTON_GITHUB_PACE_MS: '5',
    RUNNER_TEMP: files.temp,
    ...inputs,
    ...o.env,
  });
  const lines = r.stdout.split('\n');
  return {
    ...r,
    outputs: parseOutputFile(readFileSync(files.output, 'utf8')),
    summary: readFileSync(files.summary, 'utf8'),
    errors: lines.filter((l) => l.startsWith('::error')),
    warnings: lines.filter((l) => l.startsWith('::warning')),
  };
}

/** `name<<DELIM\nvalue\nDELIM` blocks, as @actions/core writes them. */
function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]!);
    out[m[1]!] = value.join('\n');
  }
  return out;
}
