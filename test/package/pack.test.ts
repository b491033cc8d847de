import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { build } from 'esbuild';
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';
import semver from 'semver';
import { git, PROJECT, runCli, tempDir, writeFiles } from '../helpers/repo.js';

const run = promisify(execFile);

interface PackageJson {
  version: string;
  bin: Record<string, string>;
  engines: { node: string };
  dependencies?: Record<string, string>;
  files: string[];
}
const pkg = JSON.parse(readFileSync(join(PROJECT, 'package.json'), 'utf8')) as PackageJson;

/** The oldest Node 20 every tool in the lockfile accepts (ESLint 10 wants ^20.19). */
const NODE_20 = '20.19.0';

/**
 * The package as a user gets it: `npm pack`, installed from the tarball into an empty project
 * with `--offline` (it has no dependencies, so nothing is fetched), then its bins run by npx.
 */
describe('the packed lepton-ci', () => {
  let base: string;
  let project: string;
  let packed: { filename: string; files: { path: string }[] };
  // npm's own cache in the temp folder: the test neither reads nor fills the user's.
  const npmEnv = (): NodeJS.ProcessEnv => ({
    ...process.env,
    NODE_OPTIONS: '',
    npm_config_cache: join(base, 'npm-cache'),
    npm_config_update_notifier: 'false',
    npm_config_fund: 'false',
    npm_config_audit: 'false',
  });
  const npx = (...args: string[]) =>
    run('npm', ['exec', '--offline', '--no', '--', ...args], { cwd: project, env: npmEnv() });

  beforeAll(async () => {
    base = tempDir('lepton-pack-');
    project = join(base, 'consumer');
    const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', base], {
      cwd: PROJECT,
      env: npmEnv(),
    });
    packed = (JSON.parse(stdout) as (typeof packed)[])[0]!;
    writeFiles(project, {
      'package.json': JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
      '.gitignore': 'node_modules/\nout/\n',
      'lepton.yml': [
        'version: 1',
        'model: tiny',
        'components:',
        '  code: { paths: [model.py] }',
        'data:',
        '  rows: { paths: [data/rows.csv] }',
        'eval:',
        "  command: node -e \"require('fs').mkdirSync('out',{recursive:true});require('fs').writeFileSync('out/m.json','{\\\"accuracy\\\":0.9}')\"",
        '  metrics: out/m.json',
        '',
      ].join('\n'),
      'model.py': 'print("model")\n',
      'data/rows.csv': 'a,b\n1,2\n',
    });
    await run(
      'npm',
      ['install', '--offline', '--no-audit', '--no-fund', join(base, packed.filename)],
      { cwd: project, env: npmEnv() },
    );
    git(project, 'init', '-q', '-b', 'main');
    git(project, 'add', '-A');
    git(project, 'commit', '-q', '-m', 'tiny model');
  }, 180_000);
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  it('declares no runtime dependencies, both bins and Node 20', () => {
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(pkg.bin).toEqual({ lepton: 'dist/cli.js', 'lepton-ci': 'dist/cli.js' });
    expect(semver.minVersion(pkg.engines.node)?.major).toBe(20);
  });

  it('holds the bundles, the schema, action.yml and the docs, and no sources or tests', () => {
    const paths = packed.files.map((f) => f.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'package.json',
        'README.md',
        'CHANGELOG.md',
        'action.yml',
        'dist/cli.js',
        'dist/cli-fast.js',
        'dist/index.js',
        'dist/lib.js',
        'dist/core.js',
        'dist/types/index.d.ts',
        'dist/types/core-api.d.ts',
        'schema/lepton.schema.json',
      ]),
    );
    expect(
      paths.filter((p) => /^(src|test|examples|scripts|bench|node_modules)\//.test(p)),
    ).toEqual([]);
  });

  it('holds every docs/ page the README links to', () => {
    const paths = new Set(packed.files.map((f) => f.path));
    const linked = [
      ...new Set(
        [...readFileSync(join(PROJECT, 'README.md'), 'utf8').matchAll(/\]\((docs\/[^)#\s]+)/g)].map(
          (m) => m[1]!,
        ),
      ),
    ];
    expect(linked.length).toBeGreaterThan(0);
    expect(linked.filter((p) => !paths.has(p))).toEqual([]);
  });

  it('installs nothing but itself', () => {
    const installed = readdirSync(join(project, 'node_modules')).filter((n) => !n.startsWith('.'));
    expect(installed).toEqual(['lepton-ci']);
  });

  it('runs as `npx lepton` and `npx lepton-ci`', async () => {
    expect((await npx('lepton', '--version')).stdout.trim()).toBe(pkg.version);
    expect((await npx('lepton-ci', '--version')).stdout.trim()).toBe(pkg.version);
  });

  it('validates and hashes a model the same way as the development build', async () => {
    const v = await npx('lepton', 'validate');
    expect(v.stderr).toMatch(/lepton\.yml: OK — model "tiny", 1 component\(s\), 1 data set\(s\)/);
    const installed = JSON.parse((await npx('lepton-ci', 'status', '--json')).stdout) as {
      fingerprint: string;
      components: Record<string, { files: number }>;
    };
    const dev = await runCli(project, ['status', '--json']);
    expect(dev.code).toBe(0);
    expect(installed).toEqual(JSON.parse(dev.stdout));
    expect(installed.components).toEqual({ code: expect.objectContaining({ files: 1 }) });
  });

  it('runs `npx --package TARBALL lepton-ci init` in a Python project with no package.json', async () => {
    const py = join(base, 'python-project');
    writeFiles(py, {
      'train.py': 'print("train")\n',
      'evaluate.py': 'import json\njson.dump({"accuracy": 0.9}, open("metrics.json", "w"))\n',
      'requirements.txt': '',
      'data/rows.csv': 'a\n1\n',
    });
    git(py, 'init', '-q', '-b', 'main');
    const { stdout, stderr } = await run(
      'npm',
      [
        'exec',
        '--offline',
        '--yes',
        '--package',
        join(base, packed.filename),
        '--',
        'lepton-ci',
        'init',
        '--workflows',
      ],
      { cwd: py, env: npmEnv() },
    );
    expect(stdout).toContain('wrote lepton.yml');
    expect(stdout).toContain('wrote .github/workflows/lepton-pr.yml');
    expect(stderr).not.toMatch(/EBADENGINE/);
    const v = await runCli(py, ['validate']);
    expect(v.code).toBe(0);
    expect(readdirSync(py).sort()).toEqual(
      [
        '.git',
        '.github',
        'data',
        'evaluate.py',
        'lepton.yml',
        'requirements.txt',
        'train.py',
      ].sort(),
    );
  });

  it('imports as a library by its name', async () => {
    writeFiles(project, {
      'use.mjs':
        "import { validateManifest } from 'lepton-ci';\nconsole.log(typeof validateManifest);\n",
    });
    const { stdout } = await run(process.execPath, ['use.mjs'], { cwd: project, env: npmEnv() });
    expect(stdout.trim()).toBe('function');
  });
});

describe('what the bundles need at run time', () => {
  it('dist/ imports nothing but Node built-ins', async () => {
    // esbuild reads the bundles as they are and lists every import it would leave external.
    const result = await build({
      entryPoints: ['dist/cli.js', 'dist/index.js', 'dist/lib.js', 'dist/core.js'].map((f) =>
        join(PROJECT, f),
      ),
      bundle: true,
      platform: 'node',
      format: 'esm',
      splitting: true,
      outdir: join(PROJECT, 'dist-check-unused'),
      write: false,
      metafile: true,
      packages: 'external',
      logLevel: 'silent',
    });
    const builtins = new Set(builtinModules);
    const external = new Set<string>();
    for (const input of Object.values(result.metafile.inputs)) {
      for (const imp of input.imports) if (imp.external) external.add(imp.path);
    }
    expect(external.size).toBeGreaterThan(0);
    expect([...external].filter((p) => !builtins.has(p.replace(/^node:/, '')))).toEqual([]);
  });

  it('every package in the lockfile accepts Node 20 (no EBADENGINE on npm ci)', () => {
    const lock = JSON.parse(readFileSync(join(PROJECT, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { version?: string; engines?: { node?: string } | string[] }>;
    };
    const refusing = Object.entries(lock.packages)
      .filter(([, p]) => {
        const node = p.engines && !Array.isArray(p.engines) ? p.engines.node : undefined;
        return node !== undefined && !semver.satisfies(NODE_20, node);
      })
      .map(([path, p]) => `${path}@${p.version}`);
    expect(refusing).toEqual([]);
  });
});
