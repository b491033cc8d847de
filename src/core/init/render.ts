import { Document, isMap, isScalar, isSeq, type Pair, type YAMLMap } from 'yaml';
import { SCHEMA_ID } from '../manifest/index.js';

export interface ManifestDraft {
  readonly model: string;
  readonly components: Readonly<Record<string, readonly string[]>>;
  readonly data: Readonly<Record<string, readonly string[]>>;
  readonly command: string;
  readonly metrics: readonly string[];
  /** Metric names and values seen in an existing metrics file, in file order. */
  readonly metricValues: Readonly<Record<string, number>>;
  readonly python: boolean;
  readonly dvc: boolean;
  /** DVC's model artifact path (`artifacts:` of dvc.yaml), suggested in a comment. */
  readonly artifact: string | null;
  /** Why each part was chosen, by `components.NAME` / `data.NAME`: a trailing comment. */
  readonly why: Readonly<Record<string, string>>;
  /** The comment above eval.command. */
  readonly commandNote: string | null;
}

/** Names a metrics file carries that are bookkeeping, not quality (DVCLive's `step`, sizes). */
const NOT_A_METRIC = /(^|[._])(step|epoch|epochs|count|n|size|samples|test_size|train_size)$/i;
/** Lower is better for these; higher for anything else. */
const LOWER_IS_BETTER =
  /(loss|error|err|rmse|mse|mae|mape|latency|time|duration|_ms|perplexity|wer|cer)/i;
const HELD_OUT = /^(test|val|valid|validation|eval|holdout)$/;
const TIMING = /(latency|time|duration|_ms)/i;

/** Commented-out threshold lines for the metrics seen, each with a bound near today's value. */
export function suggestedThresholds(values: Readonly<Record<string, number>>): string[] {
  const lines: string[] = [];
  let names = Object.keys(values).filter((n) => !NOT_A_METRIC.test(n));
  // DVCLive-style `train.x` / `test.x`: the held-out split is the one worth gating.
  const segments = (n: string) => n.split(/[./]/);
  if (names.some((n) => segments(n).some((s) => HELD_OUT.test(s)))) {
    names = names.filter((n) => !segments(n).includes('train'));
  }
  const width = Math.max(0, ...names.map((n) => n.length));
  for (const name of names) {
    const v = values[name]!;
    if (!Number.isFinite(v)) continue;
    const key = /^[A-Za-z_][\w.-]*$/.test(name) ? name : JSON.stringify(name);
    let rule: string;
    if (TIMING.test(name)) rule = `{ max: ${ceil2(v * 2)}, level: warn }`;
    else if (LOWER_IS_BETTER.test(name)) rule = `{ max: ${ceil2(v)}, max_rise: '5%' }`;
    else rule = `{ min: ${floor2(v)}, max_drop: '2%' }`;
    lines.push(`  ${(key + ':').padEnd(width + 1)} ${rule}`);
  }
  return lines;
}

const floor2 = (v: number) => Math.floor(v * 100) / 100;
const ceil2 = (v: number) => Math.ceil(v * 100) / 100;

function pairOf(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((p) => isScalar(p.key) && p.key.value === key) as Pair | undefined;
}

/** Puts a comment block above a key of a mapping. */
function above(map: YAMLMap, key: string, text: string, space = false): void {
  const k = pairOf(map, key)?.key;
  if (isScalar(k)) {
    k.commentBefore = text
      .split('\n')
      .map((l) => ` ${l}`)
      .join('\n');
    if (space) k.spaceBefore = true;
  }
}

/** A comment at the end of a key's line (on the value: after a scalar, or above a block). */
function after(map: YAMLMap, key: string, text: string): void {
  const v = pairOf(map, key)?.value;
  if (isScalar(v) || (isSeq(v) && v.flow)) v.comment = ` ${text}`;
}

/**
 * The manifest `init` writes: the draft as YAML, with a comment on each choice and the
 * thresholds as commented suggestions (a gate the user has not chosen is not switched on).
 */
export function renderManifest(d: ManifestDraft): string {
  const parts = (rec: Readonly<Record<string, readonly string[]>>) =>
    Object.fromEntries(Object.entries(rec).map(([n, paths]) => [n, { paths: [...paths] }]));
  const evalBlock: Record<string, unknown> = {
    command: d.command,
    metrics: d.metrics.length === 1 ? d.metrics[0] : [...d.metrics],
  };
  if (d.python) evalBlock.env = { PYTHONDONTWRITEBYTECODE: '1' };
  const body: Record<string, unknown> = { version: 1, model: d.model };
  if (Object.keys(d.components).length) body.components = parts(d.components);
  if (Object.keys(d.data).length) body.data = parts(d.data);
  body.eval = evalBlock;
  body.stages = { staging: {}, production: { after: 'staging' } };

  const doc = new Document(body);
  const root = doc.contents as YAMLMap;
  doc.commentBefore = [
    ` yaml-language-server: $schema=${SCHEMA_ID}`,
    ' Written by `lepton init` from what it found in this folder: read it, then run',
    ' `lepton validate` and `lepton status` (what is hashed). Every path is relative to this file.',
  ].join('\n');

  for (const section of ['components', 'data'] as const) {
    const map = doc.get(section, true);
    if (!isMap(map)) continue;
    for (const p of map.items) {
      const name = String((p.key as { value: unknown }).value);
      const paths = (p.value as YAMLMap).get('paths', true);
      if (isSeq(paths)) paths.flow = true;
      const why = d.why[`${section}.${name}`];
      if (why) after(p.value as YAMLMap, 'paths', why);
    }
  }
  after(root, 'model', `names its tags: ${d.model}@v0.1.0, …`);
  if (body.components) {
    above(
      root,
      'components',
      'The parts of the model, each versioned by the content of the files its globs match:\na change bumps the minor version.',
      true,
    );
  }
  if (body.data) {
    above(
      root,
      'data',
      `Data sets, versioned the same way (a change bumps the patch version).${
        d.dvc ? '\nA DVC .dvc file counts by the hashes it records: data is never downloaded.' : ''
      }`,
      true,
    );
  }
  above(root, 'eval', 'How the model is evaluated; runs with `sh -c` in this folder.', true);

  const ev = doc.get('eval', true) as YAMLMap;
  if (d.commandNote) above(ev, 'command', d.commandNote);
  after(
    ev,
    'metrics',
    d.metrics.length === 1
      ? 'written fresh by every run; nested keys flatten to "a.b"'
      : 'written fresh by every run',
  );
  if (d.python) {
    const env: unknown = ev.get('env', true);
    if (isMap(env)) after(env, 'PYTHONDONTWRITEBYTECODE', 'no __pycache__ beside the hashed code');
  }
  const suggestions = suggestedThresholds(d.metricValues);
  ev.comment = [
    ' timeout: 30m',
    suggestions.length
      ? ' Thresholds gate every eval and promotion. Suggested from the metrics this folder holds'
      : ' Thresholds gate every eval and promotion, per metric: min, max, max_drop, max_rise',
    suggestions.length
      ? " (bounds near today's values): uncomment and adjust."
      : ' (a number or "N%" of the baseline version), level: warn. For example:',
    ' thresholds:',
    ...(suggestions.length ? suggestions : ["  accuracy: { min: 0.9, max_drop: '2%' }"]).map(
      (l) => ` ${l}`,
    ),
  ].join('\n');

  const stagesComment = [
    ...(d.artifact
      ? [
          'The model file dvc.yaml declares, uploaded with each recorded version by the Action:',
          'artifacts:',
          `  paths: [${d.artifact}]`,
          '',
        ]
      : []),
    'Promotion targets, in order; a stage may add thresholds of its own.',
  ];
  const stagesKey = pairOf(root, 'stages')!.key;
  if (isScalar(stagesKey)) {
    stagesKey.spaceBefore = true;
    stagesKey.commentBefore = stagesComment.map((l) => (l ? ` ${l}` : '')).join('\n');
  }
  const production = (doc.getIn(['stages', 'production'], true) as YAMLMap) ?? null;
  if (production) after(production, 'after', 'a version must have held staging before');

  return doc.toString({ lineWidth: 0, flowCollectionPadding: false, singleQuote: true });
}
