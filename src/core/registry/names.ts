/**
 * GTO's Git-tag grammar, every kind of tag it writes, so that Lepton reads a repository that
 * GTO also manages and GTO reads Lepton's tags:
 *
 *   NAME@vX.Y.Z        version (registration)        NAME@vX.Y.Z!       deregistration
 *   NAME#STAGE#N       stage assignment              NAME#STAGE!#N      unassignment
 *   NAME@deprecated    deprecation                   NAME@created       creation (GTO reads it)
 *
 * Any of them may carry `#N`, GTO's per-model event counter. A name in a tag writes GTO's
 * `dir:name` artifact form as `dir=name`. The patterns are GTO's own (gto/constants.py).
 */

export type TagKind = 'version' | 'deregister' | 'assign' | 'unassign' | 'deprecate' | 'create';

export interface ParsedTag {
  readonly kind: TagKind;
  /** The artifact name as GTO spells it (`dir:name` for `dir=name` in the tag). */
  readonly model: string;
  /** `X.Y.Z[-pre][+build]` without `v` (version and deregister). */
  readonly version?: string;
  readonly stage?: string;
  /** GTO's event counter, when the tag carries one. */
  readonly n?: number;
}

const NAME = '[a-zA-Z0-9](?:[a-zA-Z0-9\\-/_]*[a-zA-Z0-9])?';
const DIRNAME = '[a-zA-Z0-9\\-_./]+';
// Semantic Versioning 2.0.0's own pattern, as GTO uses it.
const SEMVER =
  '(?:0|[1-9]\\d*)\\.(?:0|[1-9]\\d*)\\.(?:0|[1-9]\\d*)' +
  '(?:-(?:(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?' +
  '(?:\\+[0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*)?';

const TAG_RE = new RegExp(
  `^(?<artifact>(?:${DIRNAME}=)?${NAME})` +
    `(?:(?:#(?<stage>${NAME})|@v(?<version>${SEMVER}))(?<cancel>!?)|@(?<special>deprecated|created))` +
    `(?:#(?<n>[0-9]+))?$`,
);
const NAME_RE = new RegExp(`^${NAME}$`);
const SEMVER_RE = new RegExp(`^${SEMVER}$`);

/** Parses a tag name (without `refs/tags/`); null when it is not one of GTO's tags. */
export function parseTagName(tag: string): ParsedTag | null {
  const m = TAG_RE.exec(tag);
  const g = m?.groups;
  if (!g?.artifact) return null;
  const model = g.artifact.replace('=', ':');
  const n = g.n === undefined ? undefined : Number(g.n);
  const counter = n === undefined || !Number.isSafeInteger(n) ? {} : { n };
  if (g.special) {
    return { kind: g.special === 'deprecated' ? 'deprecate' : 'create', model, ...counter };
  }
  const cancelled = g.cancel === '!';
  if (g.version !== undefined) {
    return { kind: cancelled ? 'deregister' : 'version', model, version: g.version, ...counter };
  }
  return { kind: cancelled ? 'unassign' : 'assign', model, stage: g.stage, ...counter };
}

export const isValidName = (name: string): boolean => NAME_RE.test(name);
export const isSemver = (version: string): boolean => SEMVER_RE.test(version);

const inTag = (model: string) => model.replace(':', '=');

/** `MODEL@vX.Y.Z` */
export const versionTag = (model: string, version: string): string => `${inTag(model)}@v${version}`;

/** `MODEL#STAGE#N` */
export const stageTag = (model: string, stage: string, n: number): string =>
  `${inTag(model)}#${stage}#${n}`;

/** `MODEL#STAGE!#N` (Lepton never writes it; GTO's `unassign` does). */
export const unassignTag = (model: string, stage: string, n: number): string =>
  `${inTag(model)}#${stage}!#${n}`;

/** `MODEL@vX.Y.Z!` (GTO's `deregister`). */
export const deregisterTag = (model: string, version: string): string =>
  `${inTag(model)}@v${version}!`;

/** `MODEL@deprecated` (GTO's `deprecate`). */
export const deprecateTag = (model: string): string => `${inTag(model)}@deprecated`;

/**
 * The `for-each-ref` patterns that cover every tag of one model and no other model's
 * (`sent@*` does not match `sentiment@v1.0.0`).
 */
export const modelRefPatterns = (model: string): [string, string] => [
  `refs/tags/${inTag(model)}@*`,
  `refs/tags/${inTag(model)}#*`,
];

/**
 * The ref holding a model's event counter on a remote: its value is the tag object of the
 * model's newest event (a tag carrying N) that Lepton pushed. Every push of such a tag moves it
 * by compare-and-swap in the same `git push --atomic`, so two events can never take one N and
 * an event always lands above every one before it. Outside `refs/tags/`, so GTO never sees it.
 */
export const eventCounterRef = (model: string): string => `refs/lepton/events/${inTag(model)}/head`;

/** The fetch refspec that mirrors a model's counter (a glob: the remote may not have it yet). */
export const eventCounterRefspec = (model: string): string =>
  `+refs/lepton/events/${inTag(model)}/*:refs/lepton/events/${inTag(model)}/*`;

/**
 * N for a model's next event: one more than the highest N on any of its numbered tags (GTO's
 * rule) and on the remote's counter (whose tag may be gone, or not fetched yet).
 */
export const nextEventN = (maxTagN: number, counterN: number): number =>
  Math.max(maxTagN, counterN) + 1;
