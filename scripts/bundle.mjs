// Builds the committed bundles: dist/index.js (the action), dist/cli.js (bin.lepton), dist/lib.js and dist/core.js (the npm library).
// Each runs with plain `node` on a runner that has no node_modules. The action and the library
// are single files; the CLI is split (dist/cli.js and its chunks in dist/cli-chunks/) so that a
// command loads only the code it runs: --help and --version skip the manifest's YAML parser and
// schema, status skips the eval's CSV parser.
import { build } from 'esbuild';
import { chmod, mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

// Some bundled dependencies are CommonJS and call require(); give the ES module one.
const banner = {
  js: "import { createRequire as __leptonCreateRequire } from 'node:module';\nconst require = __leptonCreateRequire(import.meta.url);",
};

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
  banner,
  write: false,
};

const CHUNKS = 'dist/cli-chunks';

// Write each file whole, then rename: tests may be running the previous build at this moment.
// Chunks first and entries last, so an entry never names a chunk that is not there yet.
async function emit(options) {
  const result = await build(options);
  const files = [...result.outputFiles].sort((a, b) => isEntry(a) - isEntry(b));
  for (const file of files) {
    await mkdir(join(file.path, '..'), { recursive: true });
    const tmp = `${file.path}.${process.pid}.tmp`;
    await writeFile(tmp, file.contents, { mode: file.path.endsWith('cli.js') ? 0o755 : 0o644 });
    await rename(tmp, file.path);
  }
  return result.outputFiles.map((f) => relative(process.cwd(), f.path));
}

const isEntry = (file) => Number(!relative(process.cwd(), file.path).startsWith(CHUNKS));

const [, cliFiles] = await Promise.all([
  // keepNames: @actions/cache tells its errors apart by class name (ReserveCacheError is a note,
  // not a warning), which a renamed class would break.
  emit({
    ...common,
    entryPoints: ['src/action/main.ts'],
    outfile: 'dist/index.js',
    keepNames: true,
  }),
  // main.ts starts with the #! line; esbuild keeps it first in dist/cli.js.
  emit({
    ...common,
    entryPoints: { cli: 'src/cli/main.ts' },
    outdir: 'dist',
    splitting: true,
    chunkNames: 'cli-chunks/[name]-[hash]',
  }),
  emit({ ...common, entryPoints: ['src/index.ts'], outfile: 'dist/lib.js' }),
  // lepton-ci/core: the building blocks (package.json "exports").
  emit({ ...common, entryPoints: ['src/core-api.ts'], outfile: 'dist/core.js' }),
]);
await chmod('dist/cli.js', 0o755);

// Chunks of earlier builds (their names hold a content hash) would pile up in dist/.
const kept = new Set(cliFiles);
for (const name of await readdir(CHUNKS)) {
  const path = `${CHUNKS}/${name}`;
  if (!kept.has(path)) await rm(path, { force: true });
}
