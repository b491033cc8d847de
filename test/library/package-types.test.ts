import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { PROJECT, tempDir, writeFiles } from '../helpers/repo.js';

const run = promisify(execFile);
const TSC = createRequire(import.meta.url).resolve('typescript/bin/tsc');

/** The ```ts blocks of a Markdown file, in order. */
const tsBlocks = (file: string) =>
  [...readFileSync(join(PROJECT, file), 'utf8').matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map(
    (m) => m[1]!,
  );

/**
 * The declarations as `npm run bundle` emits them (scripts/types.mjs: tsconfig.types.json), in
 * a consumer's node_modules beside its own @types/node and nothing else (no zod: the package
 * has no dependencies), compiled as a strict consumer compiles them: skipLibCheck false, so
 * every declaration file the package's types reach is checked. @e2e: two tsc runs, tens of
 * seconds, so not in the fast base.
 */
describe('the published types, as a TypeScript consumer compiles them', () => {
  let base: string;
  let consumer: string;
  const tsc = async () => {
    try {
      await run(process.execPath, [TSC, '-p', consumer], { cwd: consumer });
      return '';
    } catch (e) {
      return (e as { stdout: string }).stdout || String(e);
    }
  };

  beforeAll(async () => {
    base = tempDir('lepton-types-');
    consumer = join(base, 'consumer');
    const pkg = join(consumer, 'node_modules', 'lepton-ci');
    await run(
      process.execPath,
      [TSC, '-p', 'tsconfig.types.json', '--outDir', join(pkg, 'dist', 'types')],
      { cwd: PROJECT },
    );
    cpSync(join(PROJECT, 'package.json'), join(pkg, 'package.json'));
    // @types/node (and its undici-types), as a consumer installs them: the README's example
    // uses \`process\`.
    for (const dep of ['@types/node', 'undici-types']) {
      mkdirSync(dirname(join(consumer, 'node_modules', dep)), { recursive: true });
      symlinkSync(join(PROJECT, 'node_modules', dep), join(consumer, 'node_modules', dep));
    }
    writeFiles(consumer, {
      'package.json': JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
      'tsconfig.json': JSON.stringify({
        compilerOptions: {
          strict: true,
          module: 'nodenext',
          moduleResolution: 'nodenext',
          target: 'es2022',
          noEmit: true,
          skipLibCheck: false,
          types: ['node'],
        },
        include: ['*.ts'],
      }),
    });
  }, 300_000);
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  it("compiles every public entry and the README's TypeScript examples with skipLibCheck false and no zod", async () => {
    expect(existsSync(join(consumer, 'node_modules', 'zod'))).toBe(false);
    const blocks = tsBlocks('README.md');
    expect(blocks.length).toBeGreaterThan(0);
    writeFiles(consumer, {
      'entries.ts': [
        "import * as main from 'lepton-ci';",
        "import * as core from 'lepton-ci/core';",
        "import type { Manifest, ValidationResult, EvalOutcome, RecordResult } from 'lepton-ci';",
        "import type { Check, Registry, VersionRecord } from 'lepton-ci/core';",
        'export type All = [Manifest, ValidationResult, EvalOutcome, RecordResult, Check, Registry, VersionRecord];',
        'export const names: string[] = [...Object.keys(main), ...Object.keys(core)];',
        '',
      ].join('\n'),
      ...Object.fromEntries(blocks.map((b, i) => [`readme-${i + 1}.ts`, `${b}export {};\n`])),
    });
    expect(await tsc()).toBe('');
  }, 300_000);
});
