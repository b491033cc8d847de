import { z } from 'zod';
import type { StageRecord, VersionRecord } from './types.js';

/**
 * What a record read back from a tag must look like before anything trusts it. Tags are
 * written by other tools and other versions of Lepton too, so unknown keys are kept and a
 * record that does not fit is treated as absent (the tag still counts), never as an error.
 */

const finite = z.number().refine(Number.isFinite);
const check = z.looseObject({
  metric: z.string(),
  rule: z.enum(['min', 'max', 'max_drop', 'max_rise']),
  bound: z.union([z.number(), z.string()]),
  baseline: z.number().nullable(),
  actual: z.number().nullable(),
  passed: z.boolean(),
  level: z.enum(['error', 'warn']),
  reason: z.string().nullable(),
});
const ref = z.looseObject({ version: z.string(), tag: z.string() });

const versionRecord = z.looseObject({
  kind: z.literal('version'),
  schema: z.literal(1),
  model: z.string(),
  version: z.string(),
  commit: z.string(),
  created: z.string(),
  fingerprint: z.string(),
  components: z.record(z.string(), z.string()),
  data: z.record(z.string(), z.string()),
  metrics: z.record(z.string(), finite),
  checks: z.array(check),
  passed: z.boolean(),
  baseline: ref.nullable(),
  evalSettings: z.string(),
  reused: z.boolean(),
  runUrl: z.string().nullable(),
  artifact: z.looseObject({ id: z.number(), url: z.string().nullable() }).nullable(),
});

const stageRecord = z.looseObject({
  kind: z.literal('stage'),
  schema: z.literal(1),
  model: z.string(),
  version: z.string(),
  stage: z.string(),
  n: z.number().int(),
  created: z.string(),
  checks: z.array(check),
  promotedBy: z.string(),
  runUrl: z.string().nullable(),
});

const anyRecord = z.discriminatedUnion('kind', [versionRecord, stageRecord]);

/** The record if `value` is one, else null. */
export function asRecord(value: unknown): VersionRecord | StageRecord | null {
  const r = anyRecord.safeParse(value);
  return r.success ? (r.data as VersionRecord | StageRecord) : null;
}
