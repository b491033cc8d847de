import { relative, resolve } from 'node:path';
import { Output, openApp, type CommandContext } from './context.js';
import { ManifestInvalidError } from '../io/manifest-file.js';
import { checkTree } from '../app/validate.js';
import { formatIssue } from '../core/manifest/format.js';

const cwd = resolve(process.cwd(), '.');
const ctx: CommandContext = {
  cwd,
  manifestPath: resolve(cwd, 'lepton.yml'),
  env: process.env,
  out: new Output(process.stdout, process.stderr),
  setExitCode: () => undefined,
};
const name = relative(ctx.cwd, ctx.manifestPath) || ctx.manifestPath;
const app = await openApp(ctx);
const m = app.manifest;
const tree = await checkTree(app, name);
for (const w of tree.warnings) ctx.out.note(`warning: ${formatIssue(w)}`);
if (tree.errors.length) throw new ManifestInvalidError(name, tree.errors);
const counts = `${m.components.length} component(s), ${m.data.length} data set(s), ${m.eval.thresholds.length} threshold(s), ${m.stages.length} stage(s)`;
ctx.out.note(`${name}: OK — model "${m.model}", ${counts}`);
