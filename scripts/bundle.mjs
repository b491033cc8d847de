// Builds the committed bundles: dist/index.js (the action), dist/cli.js (bin.lepton), dist/lib.js (the npm library).
// Each is self-contained so it runs with plain `node` on a runner that has no node_modules.
import { build } from 'esbuild';
import { chmod, mkdir, rename, writeFile } from 'node:fs/promises';

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

// Write each bundle whole, then rename: tests may be running the previous one at this moment.
async function emit(options) {
  const result = await build(options);
  for (const file of result.outputFiles) {
    await mkdir('dist', { recursive: true });
    const tmp = `${file.path}.${process.pid}.tmp`;
    await writeFile(tmp, file.contents, { mode: file.path.endsWith('cli.js') ? 0o755 : 0o644 });
    await rename(tmp, file.path);
  }
}

await Promise.all([
  emit({ ...common, entryPoints: ['src/action/main.ts'], outfile: 'dist/index.js' }),
  emit({
    ...common,
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli.js',
    banner: { js: '#!/usr/bin/env node\n' + banner.js },
  }),
  emit({ ...common, entryPoints: ['src/index.ts'], outfile: 'dist/lib.js' }),
]);
await chmod('dist/cli.js', 0o755);
