#!/usr/bin/env node
import module from 'node:module';
import { fastCommandLine, printVersion } from './fast-line.js';
import { listenForInterrupts } from '../io/interrupts.js';
import { exitCodeWithLostOutput, guardOutput, lostOutputMessage } from './output-guard.js';

// The entry is kept small (its two imports read the command line and hold the signals): Node ≥
// 22.1 can then keep V8's compiled code of everything imported below on disk between runs (older
// Node has no compile cache; this is then a no-op). The commands import what they need when they
// run, so --help and --version load little.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();

// The process shell: the only place that reads process globals, owns the signal listeners
// (an interrupt stops a running eval, then Lepton dies of it) and sets the exit code.
const interrupts = listenForInterrupts(process);
// A failed write to stdout or stderr (a reader gone: `| head`; a full disk) must not kill the
// run in the middle; lost output is said, and the run then does not exit 0 (output-guard.ts).
const output = guardOutput(process);
process.once('exit', (code) => {
  const lost = output.lost();
  if (lost === null) return;
  if (lost.stream === 'stdout') process.stderr.write(lostOutputMessage(lost));
  process.exitCode = exitCodeWithLostOutput(code, lost);
});
const argv = process.argv.slice(2);
const io = {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  // Read when a command needs it (shell.ts's commandContext): a current folder removed since the
  // shell entered it makes process.cwd() throw, which must not kill --help.
  get cwd(): string {
    return process.cwd();
  },
  signal: interrupts.signal,
};
// A plain `lepton validate` runs without commander, from its own bundle (dist/cli-fast.js:
// scripts/bundle.mjs), which holds only what validate runs; anything else goes to commander.
// runCli (program.ts) makes the same choice in one module graph.
const fast =
  printVersion(argv, io) ??
  (fastCommandLine(argv) ? await (await import('./fast.js')).runFast(argv, io) : null);
process.exitCode = fast ?? (await (await import('./program.js')).runCommander(argv, io));
interrupts.dispose();
