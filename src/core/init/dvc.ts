import { parse } from 'yaml';

/** One stage of a `dvc.yaml` pipeline, as `init` uses it. */
export interface DvcStage {
  readonly name: string;
  /** The stage's commands in order (`cmd` may be a list). */
  readonly cmd: readonly string[];
  /** Where DVC runs the commands, relative to dvc.yaml (`.` by default). */
  readonly wdir: string;
  readonly deps: readonly string[];
  readonly outs: readonly string[];
  /** Parameter files the stage reads (`params.yaml` for bare keys). */
  readonly paramFiles: readonly string[];
  readonly metrics: readonly string[];
  readonly plots: readonly string[];
}

export interface DvcPipeline {
  readonly stages: readonly DvcStage[];
  /** Stage-level and top-level `metrics:` files, in the order found. */
  readonly metrics: readonly string[];
  readonly plots: readonly string[];
  readonly paramFiles: readonly string[];
  /** Top-level `artifacts:` of type `model` (DVC's and GTO's model registry names). */
  readonly models: readonly { readonly name: string; readonly path: string | null }[];
  /** Stages left out (`foreach`/`matrix` templates), by name. */
  readonly skipped: readonly string[];
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/** `[a, {b: opts}]` → `[a, b]`: DVC writes a path alone or as the key of its options. */
function pathList(v: unknown): string[] {
  if (!Array.isArray(v)) return [];
  const out: string[] = [];
  for (const item of v) {
    if (typeof item === 'string') out.push(item);
    else if (isRecord(item)) out.push(...Object.keys(item));
  }
  return out;
}

/** Top-level plots: a path, or `{id: {y: {file: column}}}` naming files inside. */
function plotFiles(v: unknown): string[] {
  if (!Array.isArray(v)) return [];
  const out: string[] = [];
  for (const item of v) {
    if (typeof item === 'string') out.push(item);
    else if (isRecord(item)) {
      for (const [id, def] of Object.entries(item)) {
        const y = isRecord(def) ? def.y : undefined;
        if (isRecord(y)) out.push(...Object.keys(y));
        else if (/\.[a-z]+$/i.test(id)) out.push(id);
      }
    }
  }
  return out;
}

/** `[key, {file.yaml: [keys]}]` → the files read: params.yaml for bare keys. */
function paramFiles(v: unknown): string[] {
  if (!Array.isArray(v)) return [];
  const out = new Set<string>();
  for (const item of v) {
    if (typeof item === 'string')
      out.add(/\.(ya?ml|json|toml|py)$/.test(item) ? item : 'params.yaml');
    else if (isRecord(item)) for (const f of Object.keys(item)) out.add(f);
  }
  return [...out];
}

const joinPath = (dir: string, p: string) =>
  dir === '.' || dir === '' ? p : `${dir.replace(/\/+$/, '')}/${p}`;

/**
 * Reads a `dvc.yaml`. Paths of a stage with `wdir` are made relative to dvc.yaml's folder.
 * Returns null when the text is not YAML or holds no `stages:` mapping (never throws: init only
 * reports what it could not read).
 */
export function parseDvcYaml(text: string): DvcPipeline | null {
  let doc: unknown;
  try {
    doc = parse(text);
  } catch {
    return null;
  }
  if (!isRecord(doc)) return null;
  const stages: DvcStage[] = [];
  const skipped: string[] = [];
  for (const [name, raw] of Object.entries(isRecord(doc.stages) ? doc.stages : {})) {
    if (!isRecord(raw) || 'foreach' in raw || 'matrix' in raw) {
      skipped.push(name);
      continue;
    }
    const cmd = typeof raw.cmd === 'string' ? [raw.cmd] : pathList(raw.cmd);
    const wdir = typeof raw.wdir === 'string' ? raw.wdir : '.';
    const rel = (list: string[]) => list.map((p) => joinPath(wdir, p));
    stages.push({
      name,
      cmd: cmd.map((c) => c.trim()).filter(Boolean),
      wdir,
      deps: rel(pathList(raw.deps)),
      outs: rel(pathList(raw.outs)),
      paramFiles: rel(paramFiles(raw.params)),
      metrics: rel(pathList(raw.metrics)),
      plots: rel(pathList(raw.plots)),
    });
  }
  const models = Object.entries(isRecord(doc.artifacts) ? doc.artifacts : {})
    .filter(([, a]) => isRecord(a) && a.type === 'model')
    .map(([name, a]) => ({
      name,
      path: isRecord(a) && typeof a.path === 'string' ? a.path : null,
    }));
  const uniq = (xs: string[]) => [...new Set(xs)];
  return {
    stages: orderStages(stages),
    metrics: uniq([...stages.flatMap((s) => s.metrics), ...pathList(doc.metrics)]),
    plots: uniq([...stages.flatMap((s) => s.plots), ...plotFiles(doc.plots)]),
    paramFiles: uniq([...stages.flatMap((s) => s.paramFiles), ...pathList(doc.params)]),
    models,
    skipped,
  };
}

const within = (path: string, dir: string) =>
  path === dir || path.startsWith(dir.replace(/\/+$/, '') + '/');

/**
 * The stages in an order `dvc repro` could run them: a stage after every stage whose outputs
 * it depends on; otherwise as written. A cycle (DVC refuses those) keeps the written order.
 */
export function orderStages(stages: readonly DvcStage[]): DvcStage[] {
  const done = new Set<string>();
  const out: DvcStage[] = [];
  const needs = (s: DvcStage) =>
    stages.filter(
      (o) => o !== s && o.outs.some((out) => s.deps.some((d) => within(d, out) || within(out, d))),
    );
  let progress = true;
  while (out.length < stages.length && progress) {
    progress = false;
    for (const s of stages) {
      if (done.has(s.name) || !needs(s).every((n) => done.has(n.name))) continue;
      done.add(s.name);
      out.push(s);
      progress = true;
    }
  }
  for (const s of stages) if (!done.has(s.name)) out.push(s);
  return out;
}

/** True when `path` is an output of a stage (or inside one): produced, never versioned as source. */
export function isStageOutput(pipeline: DvcPipeline, path: string): boolean {
  return pipeline.stages.some((s) => s.outs.some((o) => within(path, o)));
}
