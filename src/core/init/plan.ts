import picomatch from 'picomatch';
import { parse } from 'yaml';
import { parseMetrics } from '../metrics/index.js';
import { isStageOutput, parseDvcYaml, type DvcPipeline } from './dvc.js';
import { renderManifest } from './render.js';
import type {
  Finding,
  InitContents,
  InitListing,
  InitOptions,
  InitPlan,
  PlannedFile,
} from './types.js';
import { renderWorkflows } from './workflows.js';

/** Scripts that evaluate a model, by the names projects give them, most likely first. */
const EVAL_SCRIPTS = [
  'evaluate.py',
  'eval.py',
  'src/evaluate.py',
  'src/eval.py',
  'scripts/evaluate.py',
  'scripts/eval.py',
  'evaluate.js',
  'eval.js',
  'eval.mjs',
  'src/eval.js',
  'scripts/eval.js',
];
const TRAIN_SCRIPTS: Readonly<Record<string, string>> = {
  'evaluate.py': 'train.py',
  'eval.py': 'train.py',
  'src/evaluate.py': 'src/train.py',
  'src/eval.py': 'src/train.py',
  'scripts/evaluate.py': 'scripts/train.py',
  'scripts/eval.py': 'scripts/train.py',
  'evaluate.js': 'train.js',
  'eval.js': 'train.js',
  'eval.mjs': 'train.mjs',
  'src/eval.js': 'src/train.js',
  'scripts/eval.js': 'scripts/train.js',
};
/** Where Python projects keep their pip requirements (example-get-started: src/). */
const REQUIREMENTS = ['requirements.txt', 'src/requirements.txt'];
const METRICS_FILE = /(^|\/)(metrics|scores|results)\.(json|ya?ml|csv)$/;
const CODE_FILE = /\.(py|ipynb|js|mjs|cjs|ts|r|jl|sh|sql)$/i;
const WEIGHTS_FILE =
  /\.(pt|pth|bin|onnx|h5|hdf5|pkl|pickle|joblib|safetensors|ckpt|pb|tflite|gguf)$/i;
const NOT_CODE = /^(setup\.py|conftest\.py|noxfile\.py|.*\.config\.[cm]?[jt]s|\.[^/]*)$/;
const TOOL_DIRS = /^(tests?|docs?|notebooks|examples|\.github|\.dvc|dist|build|node_modules)\//;
const CONFIG_DIRS = ['config', 'configs', 'conf'];
const MODEL_NAME = /^[a-z]([a-z0-9-]*[a-z0-9])?$/;

/**
 * The files the planner wants to read, given what it has read so far: call again with the new
 * contents until it asks for nothing new (dvc.yaml names the metrics files to read, package.json
 * the eval script).
 */
export function filesToRead(listing: InitListing, contents: InitContents): string[] {
  const has = new Set(listing.files);
  const want = new Set<string>();
  for (const f of [
    'dvc.yaml',
    'package.json',
    'pyproject.toml',
    'artifacts.yaml',
    '.python-version',
    ...REQUIREMENTS,
  ]) {
    if (has.has(f)) want.add(f);
  }
  const dvc = contents['dvc.yaml'] ? parseDvcYaml(contents['dvc.yaml']) : null;
  // Metrics files are often ignored by git (written by the eval), so they are asked for by name.
  for (const m of metricsCandidates(listing, dvc)) want.add(m);
  const script = evalScript(listing, contents);
  for (const f of script?.files ?? []) want.add(f);
  return [...want].filter((f) => !(f in contents));
}

function metricsCandidates(listing: InitListing, dvc: DvcPipeline | null): string[] {
  if (dvc && dvc.metrics.length) return [...dvc.metrics];
  return listing.files
    .filter((f) => METRICS_FILE.test(f) && !TOOL_DIRS.test(f) && !f.includes('node_modules/'))
    .sort((a, b) => a.split('/').length - b.split('/').length || a.localeCompare(b))
    .slice(0, 1);
}

interface EvalScript {
  readonly command: string;
  /**
   * The script files the command runs, in order, to read for a metrics path (the last that
   * names one wins: `node train.js && node eval.js` evaluates last).
   */
  readonly files: readonly string[];
  readonly how: string;
}

function evalScript(listing: InitListing, contents: InitContents): EvalScript | null {
  const has = new Set(listing.files);
  const pkg = jsonOf(contents['package.json']);
  const scripts = isRecord(pkg?.scripts) ? pkg.scripts : {};
  for (const name of ['eval', 'evaluate']) {
    const s = scripts[name];
    if (typeof s === 'string') {
      // Every `node FILE.js` the script runs, not only the first (`node train.js && node eval.js`).
      const files = [...s.matchAll(/(?:^|[\s;&|(])node\s+(\S+\.[cm]?js)\b/g)]
        .map((m) => (m[1] as string).replace(/^\.\//, ''))
        .filter((f) => has.has(f));
      return {
        command: `npm run ${name}`,
        files,
        how: `package.json scripts.${name} ("${s}")`,
      };
    }
  }
  for (const file of EVAL_SCRIPTS) {
    if (!has.has(file)) continue;
    const run = (f: string) => (f.endsWith('.py') ? `python3 ${f}` : `node ${f}`);
    const train = TRAIN_SCRIPTS[file];
    if (train && has.has(train)) {
      return {
        command: `${run(train)} && ${run(file)}`,
        files: [train, file],
        how: `${file}, after ${train} (guessed: the eval needs a freshly trained model)`,
      };
    }
    return { command: run(file), files: [file], how: file };
  }
  return null;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

function jsonOf(text: string | null | undefined): Record<string, unknown> | null {
  if (!text) return null;
  try {
    const v: unknown = JSON.parse(text);
    return isRecord(v) ? v : null;
  } catch {
    return null;
  }
}

/** A model name Lepton accepts, from any string: `@acme/Churn_Model` → `churn-model`. */
export function modelNameOf(raw: string): string | null {
  const base = raw.replace(/^@[^/]+\//, '');
  const name = base
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^[^a-z]+/, '')
    .replace(/-+$/, '');
  return MODEL_NAME.test(name) ? name : null;
}

/** `name = "..."` of `[project]` or `[tool.poetry]` in a pyproject.toml. */
function pyprojectName(text: string | null | undefined): string | null {
  if (!text) return null;
  let section = '';
  for (const line of text.split('\n')) {
    const header = /^\s*\[([^\]]+)\]\s*$/.exec(line);
    if (header) section = header[1]!.trim();
    else if (section === 'project' || section === 'tool.poetry') {
      const m = /^\s*name\s*=\s*["']([^"']+)["']/.exec(line);
      if (m) return m[1]!;
    }
  }
  return null;
}

/** A unique part name from a path: `data/data.xml.dvc` → `data`, `data/train.csv.dvc` → `train`. */
function partName(path: string, taken: Set<string>): string {
  const file = path
    .split('/')
    .pop()!
    .replace(/\.dvc$/, '');
  const stem = file.replace(/\.[^.]*$/, '') || file;
  let name = stem.replace(/[^A-Za-z0-9_.-]+/g, '-').replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, '');
  if (!name) name = 'data';
  let unique = name;
  for (let i = 2; taken.has(unique); i++) unique = `${name}-${i}`;
  taken.add(unique);
  return unique;
}

/** Whether a glob (picomatch, dotfiles included, as Lepton selects) matches a listed file. */
const isExclusionGlob = (g: string) => g.startsWith('!');

/** Whether a file is in a part: matched by one of its globs and by none of its `!` exclusions. */
function picomatchAll(globs: readonly string[]): (file: string) => boolean {
  const inc = globs.filter((g) => !isExclusionGlob(g)).map((g) => picomatch(g, { dot: true }));
  const exc = globs.filter(isExclusionGlob).map((g) => picomatch(g.slice(1), { dot: true }));
  return (f) => inc.some((m) => m(f)) && !exc.some((m) => m(f));
}

function matchesAny(files: readonly string[], glob: string): boolean {
  const m = picomatch(glob, { dot: true });
  return files.some((f) => m(f));
}

/**
 * Plans `lepton init` for one folder: the manifest (and workflows) to write, and what it found.
 * Pure: the caller lists the folder and reads the files {@link filesToRead} names.
 */
export function planInit(
  listing: InitListing,
  contents: InitContents,
  options: InitOptions,
): InitPlan {
  const files = listing.files.filter((f) => !f.startsWith('.git/') && f !== options.manifest);
  const has = new Set(files);
  const findings: Finding[] = [];
  const found = (text: string) => findings.push({ text, guessed: false });
  const guess = (text: string) => findings.push({ text, guessed: true });
  const underDir = (dir: string) => files.some((f) => f.startsWith(dir + '/'));
  const pkg = jsonOf(contents['package.json']);

  // --- DVC --------------------------------------------------------------------------------
  const dvcText = contents['dvc.yaml'];
  const dvc = dvcText ? parseDvcYaml(dvcText) : null;
  if (dvcText && !dvc) found('dvc.yaml is not a pipeline Lepton can read; it is left out');
  if (dvc) {
    found(`dvc.yaml: ${dvc.stages.length} stage(s) (${dvc.stages.map((s) => s.name).join(' → ')})`);
    if (dvc.skipped.length)
      found(`dvc.yaml: skipped foreach/matrix stage(s) ${dvc.skipped.join(', ')}`);
    if (dvc.plots.length) found(`dvc.yaml plots (not gated by Lepton): ${dvc.plots.join(', ')}`);
  }
  const pointers = files.filter((f) => f.endsWith('.dvc') && !f.startsWith('.dvc/'));
  if (pointers.length) found(`DVC pointers: ${pointers.join(', ')}`);
  const usesDvc = Boolean(dvc) || pointers.length > 0 || underDir('.dvc');

  // --- language -----------------------------------------------------------------------------
  const python =
    files.some((f) => f.endsWith('.py')) ||
    REQUIREMENTS.some((f) => has.has(f)) ||
    has.has('pyproject.toml');
  const node = Boolean(pkg);
  const language =
    python && !(node && !files.some((f) => f.endsWith('.py'))) ? 'python' : node ? 'node' : 'other';

  // --- model name ---------------------------------------------------------------------------
  let model: string | null = null;
  const gto = contents['artifacts.yaml'] ? safeYaml(contents['artifacts.yaml']) : null;
  const gtoModel = isRecord(gto)
    ? Object.entries(gto).find(([, a]) => isRecord(a) && a.type === 'model')?.[0]
    : undefined;
  const candidates: [string | undefined | null, string][] = [
    [dvc?.models[0]?.name, 'dvc.yaml artifacts (type: model), the name GTO tags use'],
    [gtoModel, 'artifacts.yaml (GTO), the name GTO tags use'],
    [typeof pkg?.name === 'string' ? pkg.name : null, 'package.json name'],
    [pyprojectName(contents['pyproject.toml']), 'pyproject.toml name'],
  ];
  for (const [raw, where] of candidates) {
    const name = raw ? modelNameOf(raw) : null;
    if (name) {
      model = name;
      found(`model name "${name}" from ${where}`);
      break;
    }
  }
  if (!model) {
    model = modelNameOf(listing.folderName) ?? 'model';
    guess(`model name "${model}" from the folder's name`);
  }

  // --- components ---------------------------------------------------------------------------
  const code: string[] = [];
  const addCode = (p: string) => {
    if (!code.includes(p)) code.push(p);
  };
  for (const dir of ['src', 'lib']) if (underDir(dir)) addCode(`${dir}/**`);
  const packages = [
    ...new Set(
      files
        .filter((f) => /^[A-Za-z_][A-Za-z0-9_]*\/__init__\.py$/.test(f))
        .map((f) => f.split('/')[0]!),
    ),
  ].filter((d) => !/^(tests?|docs?|src|lib|scripts)$/.test(d));
  for (const p of packages) addCode(`${p}/**`);
  if (underDir('scripts') && files.some((f) => f.startsWith('scripts/') && CODE_FILE.test(f))) {
    addCode('scripts/**');
  }
  for (const f of files) {
    if (!f.includes('/') && CODE_FILE.test(f) && !NOT_CODE.test(f)) addCode(f);
  }
  const covered = (f: string) => code.some((g) => picomatch(g, { dot: true })(f));
  for (const s of dvc?.stages ?? []) {
    for (const d of s.deps) {
      if (isStageOutput(dvc!, d) || covered(d)) continue;
      if (CODE_FILE.test(d) && has.has(d)) addCode(d);
      else if (
        !CODE_FILE.test(d) &&
        underDir(d) &&
        files.some((f) => f.startsWith(d + '/') && CODE_FILE.test(f))
      ) {
        addCode(`${d.replace(/\/+$/, '')}/**`);
      }
    }
  }
  if (code.length) found(`code: ${code.join(', ')}`);

  const config: string[] = [];
  const paramFiles = dvc?.paramFiles.length
    ? dvc.paramFiles
    : has.has('params.yaml')
      ? ['params.yaml']
      : [];
  for (const p of paramFiles) if (has.has(p)) config.push(p);
  if (config.length) found(`parameters: ${config.join(', ')}`);
  for (const dir of CONFIG_DIRS) if (underDir(dir)) config.push(`${dir}/**`);
  for (const f of files) {
    if (/^(config|params|hparams|hyperparams)\.(json|ya?ml|toml)$/.test(f) && !config.includes(f))
      config.push(f);
  }

  // Git LFS: weights are part of the model; anything else is data.
  const lfs = listing.lfs.filter((f) => has.has(f));
  const lfsGlobs = (which: readonly string[]) => {
    const globs = new Set<string>();
    for (const f of which) {
      const dir = f.includes('/') ? f.slice(0, f.lastIndexOf('/')) : '';
      const ext = /\.[^./]+$/.exec(f)?.[0];
      globs.add(ext ? `${dir ? dir + '/' : ''}*${ext}` : f);
    }
    return [...globs].sort();
  };
  const weights = lfsGlobs(lfs.filter((f) => WEIGHTS_FILE.test(f)));
  const lfsData = lfsGlobs(lfs.filter((f) => !WEIGHTS_FILE.test(f) && !covered(f)));
  if (lfs.length) found(`Git LFS files: ${lfs.length} (${[...weights, ...lfsData].join(', ')})`);

  const why: Record<string, string> = {};
  const components: Record<string, string[]> = {};
  if (code.length) {
    components.code = code;
    why['components.code'] = dvc
      ? 'the source and the scripts dvc.yaml runs'
      : 'source folders and scripts';
  }
  if (config.length) {
    components.config = [...new Set(config)];
    why['components.config'] = dvc
      ? 'the parameters the stages read, and configuration'
      : 'configuration';
  }
  const ownWeights = weights.filter((g) => !covered(g));
  if (ownWeights.length) {
    components.weights = ownWeights;
    why['components.weights'] = 'model files in Git LFS, by the oid and size their pointers record';
  }

  // --- data ---------------------------------------------------------------------------------
  const data: Record<string, string[]> = {};
  const taken = new Set<string>();
  for (const p of pointers) {
    const name = partName(p, taken);
    data[name] = [p];
    why[`data.${name}`] = 'a DVC pointer: counts by the hashes it records';
  }
  const dataDirs = ['data', 'datasets'].filter(
    (d) => underDir(d) && !pointers.some((p) => p.startsWith(d + '/')),
  );
  // Git LFS files in a data folder are in that folder's set (their pointers are hashed either
  // way); naming them apart would leave the folder's other files in no part.
  const lfsOutside = lfsData.filter((g) => !dataDirs.some((d) => g.startsWith(d + '/')));
  if (lfsOutside.length) {
    const name = partName('lfs', taken);
    data[name] = lfsOutside;
    why[`data.${name}`] = 'Git LFS files, by the oid and size their pointers record';
  }
  for (const d of dataDirs) {
    const glob = `${d}/**`;
    const name = partName(d, taken);
    data[name] = [glob];
    why[`data.${name}`] = `every file git tracks under ${d}/`;
  }
  // DVC deps that git tracks and nothing above covers (a CSV beside the code).
  const inData = (f: string) =>
    Object.values(data)
      .flat()
      .some((g) => picomatch(g, { dot: true })(f));
  for (const s of dvc?.stages ?? []) {
    for (const d of s.deps) {
      if (isStageOutput(dvc!, d) || covered(d) || inData(d) || config.includes(d)) continue;
      if (has.has(`${d}.dvc`)) continue;
      if (!has.has(d) && !underDir(d)) continue;
      const name = partName(d, taken);
      data[name] = [has.has(d) ? d : `${d.replace(/\/+$/, '')}/**`];
      why[`data.${name}`] = `a dependency of the ${s.name} stage`;
    }
  }
  if (Object.keys(data).length) {
    found(
      `data: ${Object.entries(data)
        .map(([n, p]) => `${n} (${p.join(', ')})`)
        .join('; ')}`,
    );
  }

  for (const rec of [components, data]) {
    for (const [name, globs] of Object.entries(rec)) {
      const kept = globs.filter((g) => matchesAny(files, g));
      if (kept.length) rec[name] = kept;
      else delete rec[name];
    }
  }
  // One file, one part: a component's files inside a data folder (weights kept under data/)
  // are excluded from the data set, so a change to them bumps the version as a component.
  for (const [name, globs] of Object.entries(data)) {
    const inSet = picomatchAll(globs);
    const own = Object.values(components)
      .flat()
      .filter(
        (g) => !isExclusionGlob(g) && files.some((f) => inSet(f) && picomatch(g, { dot: true })(f)),
      );
    if (own.length) data[name] = [...globs, ...own.map((g) => `!${g}`)];
  }

  // --- eval -------------------------------------------------------------------------------
  let command: string;
  let commandNote: string | null = null;
  let scriptFiles: readonly string[] = [];
  const runnable = dvc?.stages.filter((s) => s.cmd.length) ?? [];
  if (runnable.length) {
    command = runnable
      .map((s) => {
        const cmds = s.cmd.join(' && ');
        return s.wdir === '.' ? cmds : `(cd ${shellWord(s.wdir)} && ${cmds})`;
      })
      .join(' && ');
    commandNote =
      "The dvc.yaml stages' commands in dependency order, so the eval needs no DVC. With DVC,\n" +
      '`dvc repro --force` does the same (--force: Lepton reads only metrics this run wrote).';
    found(`eval: the dvc.yaml stages' commands in order (what \`dvc repro\` runs; no DVC needed)`);
  } else {
    const script = evalScript({ ...listing, files }, contents);
    if (script) {
      command = script.command;
      scriptFiles = script.files;
      found(`eval command from ${script.how}`);
      if (script.command.includes('&&'))
        commandNote = 'Guessed: trains, then evaluates. Check that it runs from this folder.';
    } else {
      command = "echo 'lepton: set eval.command in lepton.yml' >&2; exit 1";
      commandNote =
        'No eval script was found: replace this with the command that evaluates the model.';
      guess('no eval script found: eval.command is a placeholder that fails until you set it');
    }
  }

  let metrics: string[];
  if (dvc?.metrics.length) {
    metrics = [...dvc.metrics];
    found(`metrics file(s) from dvc.yaml: ${metrics.join(', ')}`);
  } else {
    const existing = metricsCandidates({ ...listing, files }, null);
    const named = [...scriptFiles]
      .reverse()
      .map((file) => ({ file, path: metricsPathIn(contents[file]) }))
      .find((x) => x.path !== null);
    if (named?.path) {
      metrics = [named.path];
      found(`metrics file ${named.path}, named in ${named.file}`);
    } else if (existing.length) {
      metrics = existing;
      guess(`metrics file ${existing[0]} (an existing file by that name)`);
    } else {
      metrics = ['metrics.json'];
      guess('metrics file metrics.json (nothing names one: make the eval write it)');
    }
  }
  const metricValues: Record<string, number> = {};
  for (const m of metrics) {
    const text = contents[m];
    if (!text) continue;
    try {
      Object.assign(metricValues, parseMetrics(m, text).values);
    } catch {
      // A metrics file init cannot read only loses its suggestions.
    }
  }
  const metricNames = Object.keys(metricValues);
  if (metricNames.length) found(`metric names in ${metrics.join(', ')}: ${metricNames.join(', ')}`);

  const outs = dvc?.models[0]?.path ?? null;
  const manifestText = renderManifest({
    model,
    components,
    data,
    command,
    metrics,
    metricValues,
    python: language === 'python',
    dvc: usesDvc,
    artifact: outs,
    why,
    commandNote,
  });
  const requirements = REQUIREMENTS.find((f) => has.has(f)) ?? null;
  const planned: PlannedFile[] = [
    { path: options.manifest, base: 'folder', content: manifestText },
  ];
  if (options.workflows) {
    for (const w of renderWorkflows({
      model,
      repoPath: listing.repoPath,
      manifest: options.manifest,
      language,
      dvc: usesDvc,
      requirements,
      requirementsHaveDvc: /^\s*dvc\b/im.test((requirements && contents[requirements]) ?? ''),
      pyproject: has.has('pyproject.toml'),
      lockfile: has.has('package-lock.json'),
      pythonVersion: contents['.python-version']?.trim() || null,
    })) {
      planned.push(w);
    }
    found(
      `workflows for a ${language === 'other' ? 'plain' : language} project${usesDvc ? ' with `dvc pull` before the eval' : ''}`,
    );
    if (language === 'python' && !contents['.python-version']?.trim()) {
      guess('Python 3.12 in the workflows (no .python-version says otherwise)');
    }
    if (language === 'python' && !requirements && !has.has('pyproject.toml')) {
      guess('no requirements.txt or pyproject.toml: the workflows install no Python packages');
    }
  }
  return {
    model,
    files: planned,
    findings,
    components,
    data,
    eval: { command, metrics },
    metricNames,
    language,
    dvc: usesDvc,
  };
}

function safeYaml(text: string): unknown {
  try {
    return parse(text);
  } catch {
    return null;
  }
}

/** The first string literal in a script that looks like a metrics file path. */
function metricsPathIn(text: string | null | undefined): string | null {
  if (!text) return null;
  const m = /["'`]((?:[\w.-]+\/)*[\w.-]*(?:metrics|scores)[\w.-]*\.(?:json|ya?ml|csv))["'`]/i.exec(
    text,
  );
  return m ? m[1]!.replace(/^\.\//, '') : null;
}

/** A path as one shell word: left bare when safe, else single-quoted. */
function shellWord(s: string): string {
  return /^[\w./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}
