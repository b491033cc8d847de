#!/usr/bin/env node
import module from 'node:module';

// The entry is kept tiny: Node ≥ 22.1 can then keep V8's compiled code of everything imported
// below on disk between runs (older Node has no compile cache; this is then a no-op). The
// commands import what they need when they run, so --help and --version load little.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
const { runCli } = await import('./program.js');
const { listenForInterrupts } = await import('../io/interrupts.js');

// The process shell: the only place that reads process globals, owns the signal listeners
// (an interrupt stops a running eval, then Lepton dies of it) and sets the exit code.
const interrupts = listenForInterrupts(process);
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
  signal: interrupts.signal,
});
interrupts.dispose();
