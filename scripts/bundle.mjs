// Builds the committed bundles: dist/index.js (the action), dist/cli.js (bin.lepton), dist/lib.js and dist/core.js (the npm library).
// Each runs with plain `node` on a runner that has no node_modules. The library is two files (lepton-ci and lepton-ci/core); the
// CLI is split so that a command loads only the code it runs: dist/cli.js (alone, small) chooses;
// commander's program is dist/cli-program.js and its chunks in dist/cli-chunks/ (--help skips the
// manifest's YAML parser and schema, status the eval's CSV parser). A plain `lepton validate`
// (src/cli/fast-line.ts) loads dist/cli-fast.js instead, built on its own: no commander, and
// chunks holding only what validate runs (in the shared build, chunks cut for seventeen commands
// were 28 files, with crypto, worker_threads and zlib from the hashing code beside the listing;
// docs/startup.md). The action is split the same way (dist/index.js and dist/action-chunks/):
// @actions/cache and @actions/artifact (Azure blob SDK, undici, protobuf: a third of its
// start-up) load only when a run reaches the service, octokit only when a run calls the GitHub
// API (src/io/github/open-client.ts), and zod only for a manifest with a problem to report
// (src/core/manifest/quick.ts); workflow commands are Lepton's own (action/workflow-commands.ts),
// since @actions/core's entry loads undici. Chunk names are content hashes, so the build stays
// deterministic.
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

const CHUNK_DIRS = ['dist/cli-chunks', 'dist/cli-fast-chunks', 'dist/action-chunks'];

// dist/cli.js is built alone, with nothing to share (every command reads it first: no chunk to
// load before it can choose): it imports the fast path (dist/cli-fast.js) and commander's
// program (dist/cli-program.js), the other builds' entries, not copies.
const entryOfOtherBuild = {
  name: 'entry-of-other-build',
  setup(b) {
    const other = { './fast.js': './cli-fast.js', './program.js': './cli-program.js' };
    b.onResolve({ filter: /^\.\/(fast|program)\.js$/ }, (args) =>
      args.importer.endsWith(join('src', 'cli', 'main.ts'))
        ? { path: other[args.path], external: true }
        : undefined,
    );
  },
};

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

const isEntry = (file) =>
  Number(!CHUNK_DIRS.some((d) => relative(process.cwd(), file.path).startsWith(d)));

const [actionFiles, cliFiles, fastFiles] = await Promise.all([
  // keepNames: @actions/cache tells its errors apart by class name (ReserveCacheError is a note,
  // not a warning), which a renamed class would break.
  emit({
    ...common,
    entryPoints: { index: 'src/action/index.ts' },
    outdir: 'dist',
    splitting: true,
    chunkNames: 'action-chunks/[name]-[hash]',
    keepNames: true,
  }),
  emit({
    ...common,
    entryPoints: { 'cli-program': 'src/cli/program.ts' },
    outdir: 'dist',
    splitting: true,
    chunkNames: 'cli-chunks/[name]-[hash]',
  }),
  emit({
    ...common,
    entryPoints: { 'cli-fast': 'src/cli/fast.ts' },
    outdir: 'dist',
    splitting: true,
    chunkNames: 'cli-fast-chunks/[name]-[hash]',
  }),
  emit({ ...common, entryPoints: ['src/index.ts'], outfile: 'dist/lib.js' }),
  // lepton-ci/core: the building blocks (package.json "exports").
  emit({ ...common, entryPoints: ['src/core-api.ts'], outfile: 'dist/core.js' }),
]);
// The entry last, once what it imports is there. main.ts starts with the #! line; esbuild keeps
// it first in dist/cli.js.
await emit({
  ...common,
  entryPoints: { cli: 'src/cli/main.ts' },
  outdir: 'dist',
  plugins: [entryOfOtherBuild],
});
await chmod('dist/cli.js', 0o755);

// Chunks of earlier builds (their names hold a content hash) would pile up in dist/.
const kept = new Set([...actionFiles, ...cliFiles, ...fastFiles]);
for (const dir of CHUNK_DIRS) {
  for (const name of await readdir(dir)) {
    const path = `${dir}/${name}`;
    if (!kept.has(path)) await rm(path, { force: true });
  }
}
