import { PassThrough } from 'node:stream';
import type { CliIo } from '../../src/cli/program.js';

/**
 * Runs a CLI entry in this process with captured output: `how` is runCli, runFast or
 * runCommander, given `io` less its streams.
 * @returns what it wrote to stdout and stderr, and the exit code it returned
 */
export async function inProcess<C>(
  how: (argv: readonly string[], io: CliIo) => Promise<C>,
  argv: readonly string[],
  io: Omit<CliIo, 'stdout' | 'stderr'>,
): Promise<{ stdout: string; stderr: string; code: C }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (b: Buffer) => (out += b.toString()));
  stderr.on('data', (b: Buffer) => (err += b.toString()));
  const code = await how(argv, { ...io, stdout, stderr });
  return { stdout: out, stderr: err, code };
}

/** A minimal valid lepton.yml whose one component has `paths` (YAML flow text). */
export const demoManifest = (paths: string, more = ''): string =>
  [
    'version: 1',
    'model: demo',
    'components:',
    `  code: { paths: ${paths} }`,
    'eval:',
    '  command: "true"',
    '  metrics: out/metrics.json',
    more,
  ].join('\n');

/**
 * A lepton.yml that evaluates, records and promotes: model `demo`, one component over `src/**`,
 * an eval writing `metrics` (JSON text) to out/m.json (keep `out/` in .gitignore), then `more`
 * lines (stages…).
 */
export const recordableManifest = (
  metrics = '{"acc": 0.9}',
  more: readonly string[] = [],
): string =>
  [
    'version: 1',
    'model: demo',
    'components:',
    '  code:',
    '    paths: [src/**]',
    'eval:',
    `  command: ${JSON.stringify(`mkdir -p out && echo '${metrics}' > out/m.json`)}`,
    '  metrics: out/m.json',
    ...more,
    '',
  ].join('\n');
