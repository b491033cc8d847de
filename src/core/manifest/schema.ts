import * as z from 'zod';
// The one function, not the package's index (47 modules compiled on every manifest read).
import validSemver from 'semver/functions/valid.js';
import { isAbsolutePath } from './rules.js';
import {
  DURATION,
  ENV_NAME,
  HTTP_URL,
  NAME,
  NAME_MAX_LENGTH,
  OCI_STORE,
  PART_NAME,
  PERCENT,
} from './patterns.js';

export { DURATION, OCI_STORE, PERCENT };

/**
 * The manifest format, once: the validator parses with these schemas and
 * `schema/lepton.schema.json` is generated from them. Cross-key rules (stage
 * order) live in `rules.ts`; value rules that need a custom message are
 * refinements here so they appear next to the key they check.
 */

/**
 * Whether a path climbs above where it starts with `..`, or is absolute. Manifest paths may
 * climb as long as they stay in the repository: that is checked against the tree
 * (rules.ts `pathsLeavingRepo`), where the repository's top level is known.
 */
export function pathEscapes(p: string): boolean {
  if (p.startsWith('/') || p.startsWith('\\') || /^[A-Za-z]:/.test(p)) return true;
  let depth = 0;
  for (const seg of p.split(/[\\/]+/)) {
    if (seg === '..') depth -= 1;
    else if (seg !== '.' && seg !== '') depth += 1;
    if (depth < 0) return true;
  }
  return false;
}

const repoPath = z
  .string()
  .min(1, 'expected a non-empty path')
  .refine((p) => !isAbsolutePath(p.replace(/^!/, '')), {
    message:
      'path is absolute; paths are relative to lepton.yml\'s folder (they may climb with ".." within the repository)',
  });

const name = (what: string) =>
  z
    .string()
    .regex(
      NAME,
      `expected a ${what} name of lowercase letters, digits and '-', starting with a letter and not ending with '-'`,
    )
    .max(
      NAME_MAX_LENGTH,
      `expected a ${what} name of at most ${NAME_MAX_LENGTH} characters: it is part of git tag names (MODEL@vX.Y.Z, MODEL#STAGE#N), which git keeps as files whose names the file system limits to 255 bytes`,
    );

const RELATIVE = 'expected a non-negative number or a percentage like "10%"';
const relativeBound = z
  .union([z.number().nonnegative(RELATIVE), z.string().regex(PERCENT, RELATIVE)], {
    error: RELATIVE,
  })
  .describe(
    'A non-negative number (absolute, in the metric\'s units) or "N%" of the baseline value',
  );

const thresholdShape = {
  min: z.number().describe('The metric must be at least this').optional(),
  max: z.number().describe('The metric must be at most this').optional(),
  max_drop: relativeBound.describe('How far below the baseline the metric may fall').optional(),
  max_rise: relativeBound.describe('How far above the baseline the metric may rise').optional(),
  level: z
    .enum(['error', 'warn'])
    .describe('error blocks; warn is shown and never blocks (default error)')
    .optional(),
};

type Bounds = { min?: number; max?: number; max_drop?: unknown; max_rise?: unknown };
const boundRules = <T extends z.ZodType<Bounds>>(schema: T) =>
  schema
    .refine(
      (t) =>
        t.min !== undefined ||
        t.max !== undefined ||
        t.max_drop !== undefined ||
        t.max_rise !== undefined,
      { message: 'a threshold needs at least one bound: min, max, max_drop or max_rise' },
    )
    .refine((t) => t.min === undefined || t.max === undefined || t.min <= t.max, {
      message: 'min is above max: no value can pass',
      path: ['max'],
    });

export const thresholdSchema = boundRules(z.strictObject(thresholdShape));

/** An eval threshold may also say how to treat a break inside the noise (contract §11). */
export const evalThresholdSchema = boundRules(
  z.strictObject({
    ...thresholdShape,
    noise: z
      .enum(['warn', 'off'])
      .describe(
        'warn: a max_drop/max_rise break that a bootstrap of eval.samples cannot tell from noise at 95% is a warning (default off)',
      )
      .optional(),
  }),
).refine((t) => t.noise !== 'warn' || t.max_drop !== undefined || t.max_rise !== undefined, {
  message: 'noise: warn applies to max_drop and max_rise; this threshold has neither',
  path: ['noise'],
});

const thresholds = z.record(z.string().min(1), thresholdSchema);

export const partSchema = z.strictObject({
  paths: z
    .array(repoPath)
    .min(1, 'expected at least one path')
    .describe('Globs relative to the folder of lepton.yml'),
});

const partName = z
  .string()
  .regex(PART_NAME, "expected a name of letters, digits, '.', '_' and '-'");

const bump = z.enum(['major', 'minor', 'patch', 'none']);

/** A NUL byte cannot pass through exec or an environment: refused here, not by spawn later. */
const NO_NUL = { message: 'contains a NUL byte, which no command or environment can hold' };
const noNul = (s: string) => !s.includes('\0');

/** `timeout: 10` names no unit; the message shows the two likely meanings. */
const durationType = (iss: { input?: unknown }) =>
  typeof iss.input === 'number'
    ? `a duration needs a unit: write ${iss.input}s or ${iss.input}m (or ${iss.input}h)`
    : undefined;

export const evalSchema = z.strictObject({
  command: z
    .string()
    .min(1, 'expected a command')
    .refine(noNul, NO_NUL)
    .describe('Run with `sh -c` in `workdir`'),
  workdir: repoPath.describe('Where the command runs, relative to the manifest').optional(),
  metrics: z
    .union([repoPath, z.array(repoPath).min(1, 'expected at least one metrics file')])
    .describe('The file(s) the command writes: JSON, YAML or CSV (metric,value)'),
  paths: z
    .array(repoPath)
    .min(1, 'expected at least one path')
    .describe(
      "Globs of the eval's own files (scripts, harnesses, fixtures) besides those the command names: a change to them runs the eval again, without changing the model's fingerprint",
    )
    .optional(),
  timeout: z
    .string({ error: durationType })
    .regex(DURATION, 'expected a duration like 45s, 30m or 1h')
    .refine((t) => Number(DURATION.exec(t)?.[1] ?? 1) > 0, {
      message: 'a timeout of 0 would stop the eval at once (leave timeout out for no limit)',
    })
    .describe('Kill the eval after this long: 45s, 30m, 1h')
    .optional(),
  env: z
    .record(
      z.string().regex(ENV_NAME, 'expected a variable name without "=" or NUL'),
      z.union([z.string().refine(noNul, NO_NUL), z.number(), z.boolean()]),
    )
    .describe('Extra environment variables for the command')
    .optional(),
  samples: repoPath
    .describe(
      'A per-example results file the command writes (JSON Lines or CSV: an id column and one column per metric that is a mean over examples), for confidence intervals and noise-aware gating',
    )
    .optional(),
  min_samples: z
    .number()
    .int('expected a whole number of examples')
    .min(2, 'expected at least 2 examples')
    .describe(
      'noise: warn excuses a break as noise only when this run and the baseline each scored at least this many examples (default 30)',
    )
    .optional(),
  thresholds: z
    .record(z.string().min(1), evalThresholdSchema)
    .describe('Per-metric bounds checked on every eval')
    .optional(),
  shards: z
    .number()
    .int('expected a whole number of shards')
    .min(1, 'expected at least 1 shard')
    .max(1000, 'expected at most 1000 shards')
    .describe('Split the eval: `lepton eval --shard I/N` per matrix job, then `lepton merge`')
    .optional(),
  merge: z
    .record(z.string().min(1), z.enum(['mean', 'sum', 'min', 'max']))
    .describe(
      "How shards combine per metric: mean (weighted by each shard's n; the default), sum, min, max",
    )
    .optional(),
});

export const monitorSchema = z
  .strictObject({
    prometheus: z
      .string()
      .regex(HTTP_URL, 'expected an http(s):// URL of a Prometheus server')
      .describe('The Prometheus server (else LEPTON_PROMETHEUS_URL)')
      .optional(),
    queries: z
      .record(z.string().min(1), z.string().min(1, 'expected a PromQL query'))
      .describe('Metric → PromQL query; $model, $version and $stage are replaced, quoted safely'),
    thresholds: thresholds
      .describe(
        "Bounds on the live values; max_drop/max_rise compare with the version's recorded eval",
      )
      .optional(),
    rollback: z.boolean().describe('Roll the stage back when the monitor fails').optional(),
  })
  .describe('How `lepton monitor STAGE` watches the version the stage holds');

/** Contract §7: how a version reaches the stage, run after its promotion (and a rollback). */
export const deploySchema = z
  .strictObject({
    command: z
      .string()
      .min(1, 'expected a command')
      .refine(noNul, NO_NUL)
      .describe(
        "Run with `sh -c` in the manifest's folder, in its own process group, like the eval",
      ),
    timeout: z
      .string({ error: durationType })
      .regex(DURATION, 'expected a duration like 45s, 15m or 1h')
      .refine((t) => Number(DURATION.exec(t)?.[1] ?? 1) > 0, {
        message: 'a timeout of 0 would stop the deploy at once (leave timeout out for no limit)',
      })
      .describe('Stop the hook (and fail the deploy) after this long: 45s, 15m, 1h')
      .optional(),
    environment: z
      .string()
      .min(1, 'expected a GitHub environment name')
      .max(255, 'a GitHub environment name has at most 255 characters')
      .describe(
        "The GitHub environment the Action's Deployment targets (default: the stage's name)",
      )
      .optional(),
    url: z
      .string()
      .regex(HTTP_URL, 'expected an http(s):// URL')
      .describe("Where the deployed model serves: the Deployment's environment_url")
      .optional(),
    rollback_on_failure: z
      .boolean()
      .describe(
        "When the hook fails or times out, withdraw the version and redeploy the stage's previous holder (default true)",
      )
      .optional(),
  })
  .describe("The deploy hook: run after a promotion to this stage and for a rollback's new holder");

export const stageSchema = z.union([
  z.null(),
  z.strictObject({
    after: z.string().describe('A stage the version must have held before this one').optional(),
    thresholds: thresholds.describe('Added on top of the eval thresholds').optional(),
    monitor: monitorSchema.optional(),
    deploy: deploySchema.optional(),
  }),
]);

export const versioningSchema = z.strictObject({
  first: z
    .string()
    .refine((v) => validSemver(v) !== null && !v.startsWith('v'), {
      message: 'expected a semantic version like 0.1.0',
    })
    .describe('The first version recorded (default 0.1.0)')
    .optional(),
  bump: z
    .strictObject({
      components: bump.describe('Bump when a component changed (default minor)').optional(),
      data: bump.describe('Bump when only data changed (default patch)').optional(),
    })
    .optional(),
});

export const manifestSchema = z
  .strictObject({
    version: z.literal(1, 'unsupported manifest version; this Lepton reads version: 1'),
    model: name('model').describe("The model's name, used in its tags"),
    description: z.string().optional(),
    components: z
      .record(partName, partSchema)
      .describe('Parts of the model, versioned by content')
      .optional(),
    data: z.record(partName, partSchema).describe('Data sets, versioned by content').optional(),
    eval: evalSchema,
    artifacts: z
      .strictObject({
        paths: z.array(repoPath).min(1, 'expected at least one path'),
        store: z
          .string()
          .regex(
            OCI_STORE,
            "expected an OCI repository prefix like oci://ghcr.io/acme/models (the model's name is appended)",
          )
          .describe(
            'A durable model store: an OCI registry and repository prefix, oci://REGISTRY/PREFIX',
          )
          .optional(),
      })
      .optional(),
    stages: z.record(name('stage'), stageSchema).describe('Promotion targets, in order').optional(),
    versioning: versioningSchema.optional(),
  })
  .describe('Lepton manifest (lepton.yml)');

export type RawManifest = z.infer<typeof manifestSchema>;

/** The keys each mapping accepts, by a path pattern (`*` for a user-chosen name): used for "did you mean". */
export const KNOWN_KEYS: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  [/^$/, Object.keys(manifestSchema.shape)],
  [/^(components|data)\.[^.]+$/, Object.keys(partSchema.shape)],
  [/^eval$/, Object.keys(evalSchema.shape)],
  [
    /^(stages\.[^.]+|stages\.[^.]+\.monitor)\.thresholds\.[^.]+$/,
    ['min', 'max', 'max_drop', 'max_rise', 'level'],
  ],
  [/^eval\.thresholds\.[^.]+$/, ['min', 'max', 'max_drop', 'max_rise', 'level', 'noise']],
  [/^artifacts$/, ['paths', 'store']],
  [/^stages\.[^.]+$/, ['after', 'thresholds', 'monitor', 'deploy']],
  [/^stages\.[^.]+\.deploy$/, Object.keys(deploySchema.shape)],
  [/^stages\.[^.]+\.monitor$/, Object.keys(monitorSchema.shape)],
  [/^versioning$/, Object.keys(versioningSchema.shape)],
  [/^versioning\.bump$/, ['components', 'data']],
];
