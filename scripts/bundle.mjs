// Builds the committed bundles: dist/index.js (the action), dist/cli.js (bin.lepton), dist/lib.js (the npm library).
// Each is self-contained so it runs with plain `node` on a runner that has no node_modules.
import { build } from 'esbuild';
import { chmod } from 'node:fs/promises';

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
};

await Promise.all([
  build({ ...common, entryPoints: ['src/action/main.ts'], outfile: 'dist/index.js' }),
  build({
    ...common,
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli.js',
    banner: { js: '#!/usr/bin/env node\n' + banner.js },
  }),
  build({ ...common, entryPoints: ['src/index.ts'], outfile: 'dist/lib.js' }),
]);
await chmod('dist/cli.js', 0o755);
