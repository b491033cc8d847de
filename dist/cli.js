#!/usr/bin/env node
import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);

// src/cli/main.ts
import module from "node:module";
module.enableCompileCache?.();
var { runCli } = await import("./cli-chunks/program-CCUIVYJO.js");
var { listenForInterrupts } = await import("./cli-chunks/interrupts-EAX5JV3B.js");
var interrupts = listenForInterrupts(process);
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
  signal: interrupts.signal
});
interrupts.dispose();
