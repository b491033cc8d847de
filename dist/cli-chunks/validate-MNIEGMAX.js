import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import "./chunk-3CYXKRVX.js";

// src/cli/commands/validate.ts
function register(program, context) {
  program.command("validate").description(
    "check the manifest, and its paths against the working tree: every problem at once, with file:line:column and key path"
  ).addHelpText(
    "after",
    "\nExit codes: 0 valid, 2 invalid (each problem at file:line:column, with its key path and a hint)."
  ).action(async () => (await import("./validate-run-HFIJDWFV.js")).validate(context()));
}
export {
  register
};
