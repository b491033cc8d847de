import { randomUUID } from 'node:crypto';
import { appendFileSync, existsSync } from 'node:fs';
import { access, appendFile } from 'node:fs/promises';
import { constants } from 'node:fs';
import { EOL } from 'node:os';

/**
 * The runner's side of the Action (the Action shell's; the only place below main.ts that reads the runner's environment, as its protocol is environment variables): inputs, workflow commands (`::warning file=…::message`) and
 * file commands (`GITHUB_OUTPUT`, `GITHUB_STEP_SUMMARY`), written as the runner documents them
 * (https://docs.github.com/en/actions/using-workflows/workflow-commands-for-github-actions) and
 * byte for byte as @actions/core 3 writes them. Not @actions/core itself: its entry module imports
 * its OIDC client, i.e. @actions/http-client and undici (~900 KB, ~80 ms of every run's start),
 * and the package exports nothing smaller. Only what the Action uses is here.
 */

/** Where an annotation points (GitHub resolves `file` against the repository root). */
export interface AnnotationProperties {
  readonly title?: string;
  readonly file?: string;
  readonly startLine?: number;
  readonly endLine?: number;
  readonly startColumn?: number;
  readonly endColumn?: number;
}

/** null/undefined → '', strings as they are, anything else as JSON (as the toolkit does). */
function commandValue(input: unknown): string {
  if (input === null || input === undefined) return '';
  if (typeof input === 'string' || input instanceof String) return String(input);
  return JSON.stringify(input);
}

const escapeData = (s: unknown): string =>
  commandValue(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

const escapeProperty = (s: unknown): string =>
  escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** `::name key=value,key=value::message` on stdout; properties without a value are left out. */
export function issueCommand(
  name: string,
  properties: Readonly<Record<string, unknown>>,
  message: unknown,
): void {
  // As the toolkit writes it: a space after the name whenever properties were passed, even
  // when none has a value.
  const keys = Object.keys(properties);
  const props = keys
    .filter((k) => Boolean(properties[k]))
    .map((k) => `${k}=${escapeProperty(properties[k])}`)
    .join(',');
  const head = `::${name || 'missing.command'}${keys.length ? ` ${props}` : ''}`;
  process.stdout.write(`${head}::${escapeData(message)}${EOL}`);
}

/** `name<<DELIMITER␤value␤DELIMITER`, appended to the file `GITHUB_<command>` names. */
function issueFileCommand(command: string, key: string, value: unknown): void {
  const file = process.env[`GITHUB_${command}`];
  if (!file) throw new Error(`Unable to find environment variable for file command ${command}`);
  if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`);
  const delimiter = `ghadelimiter_${randomUUID()}`;
  const text = commandValue(value);
  // A value holding the (random) delimiter would end the block early and set other outputs.
  if (key.includes(delimiter)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  }
  if (text.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  }
  appendFileSync(file, `${key}<<${delimiter}${EOL}${text}${EOL}${delimiter}${EOL}`, 'utf8');
}

/** Input `name` (`INPUT_NAME`, spaces as `_`), trimmed; '' when not given. */
export function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim();
}

/**
 * A boolean input in YAML 1.2's core schema (true/True/TRUE, false/False/FALSE).
 * @throws TypeError for anything else.
 */
export function getBooleanInput(name: string): boolean {
  const value = getInput(name);
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new TypeError(
    `Input does not meet YAML 1.2 "Core Schema" specification: ${name}\n` +
      `Support boolean input list: \`true | True | TRUE | false | False | FALSE\``,
  );
}

/** A step output: to `GITHUB_OUTPUT` when the runner gives one, else the old `set-output` command. */
export function setOutput(name: string, value: unknown): void {
  if (process.env.GITHUB_OUTPUT) return issueFileCommand('OUTPUT', name, value);
  process.stdout.write(EOL);
  issueCommand('set-output', { name }, commandValue(value));
}

/** Masks `secret` in the rest of the job's log. */
export const setSecret = (secret: string): void => issueCommand('add-mask', {}, secret);

const annotation =
  (kind: 'error' | 'warning' | 'notice') =>
  (message: string | Error, p: AnnotationProperties = {}): void =>
    issueCommand(
      kind,
      Object.keys(p).length
        ? {
            title: p.title,
            file: p.file,
            line: p.startLine,
            endLine: p.endLine,
            col: p.startColumn,
            endColumn: p.endColumn,
          }
        : {},
      message instanceof Error ? message.toString() : message,
    );

export const error = annotation('error');
export const warning = annotation('warning');
export const notice = annotation('notice');

/** An error annotation, and the step's exit code 1 (callers may set a more precise one after). */
export function setFailed(message: string | Error): void {
  process.exitCode = 1;
  error(message);
}

export const info = (message: string): void => void process.stdout.write(message + EOL);
export const debug = (message: string): void => issueCommand('debug', {}, message);
export const startGroup = (name: string): void => issueCommand('group', {}, name);
export const endGroup = (): void => issueCommand('endgroup', {}, '');

/**
 * Appends `markdown` and a newline to the job summary file.
 * @throws Error when the file is not readable and writable (as the toolkit's summary says it).
 */
export async function appendSummary(file: string, markdown: string): Promise<void> {
  try {
    await access(file, constants.R_OK | constants.W_OK);
  } catch {
    throw new Error(
      `Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`,
    );
  }
  await appendFile(file, markdown + EOL, { encoding: 'utf8' });
}
