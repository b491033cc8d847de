import { runCli } from './program.js';

// The process shell: the only place that reads process globals and sets the exit code.
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
});
