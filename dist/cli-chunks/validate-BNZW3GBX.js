import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  exitCodesHelp
} from "./chunk-I3GXCFIF.js";
import "./chunk-3CYXKRVX.js";

// src/cli/commands/validate.ts
function register(program, context) {
  program.command("validate").description(
    "check the manifest, and its paths against the working tree: every problem at once, with file:line:column and key path"
  ).addHelpText("after", `
${exitCodesHelp("validate")}`).action(async () => (await import("./validate-run-JJPJD6UR.js")).validate(context()));
}
export {
  register
};
