// Which test files are end-to-end: they spawn the built CLI, Action or library (dist/), so
// they need `npm run bundle` first and take seconds each. The tag is what a file uses — a
// helper that runs the build (runCli, runNode, runAction, the init and example fixtures' CLI
// runs, the CLI/ACTION paths) — or an explicit `@e2e` in a comment (another process end to end:
// a browser). Everything else is the fast base (`npm run test:unit`).
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

const SPAWNS_BUILD =
  /\b(runCli|runNode|runAction|exampleRepo|lepton)\(|\b(CLI|ACTION)\b|\bdist\/(cli|index|lib)\.js|\bdist\/types\b|@e2e\b/;

function testFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'fixtures' ? [] : testFiles(path);
    return e.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** The e2e test files under `root`/test, as paths relative to `root` (POSIX). */
export function e2eTestFiles(root) {
  return testFiles(join(root, 'test'))
    .filter((f) => SPAWNS_BUILD.test(readFileSync(f, 'utf8')))
    .map((f) => relative(root, f).split('\\').join('/'))
    .sort();
}
