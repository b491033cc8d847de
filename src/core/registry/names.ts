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

const ARTIFACT_RE = new RegExp(`^(?:${DIRNAME}=)?${NAME}$`);
const DOT = 0x2e;
const ZERO = 0x30;
const NINE = 0x39;
/** The artifact last seen by the fast path below, and its model name. */
let lastArtifact: string | null = null;
let lastModel = '';

/**
 * `NAME@vX.Y.Z` with X, Y, Z plain numbers (every version tag Lepton writes) without the
 * pattern: thousands of tags are parsed per cold read. `undefined` for anything else, which
 * the pattern then parses. `@` is in neither NAME nor DIRNAME, so the pattern's artifact is
 * exactly what precedes the first `@`, and `vX.Y.Z` up to the end is its SEMVER alone.
 */
function plainVersionTag(tag: string): ParsedTag | undefined {
  const at = tag.indexOf('@');
  if (at <= 0 || tag.charCodeAt(at + 1) !== 0x76) return undefined; // `v`
  let i = at + 2;
  for (let part = 0; part < 3; part++) {
    if (part > 0) {
      if (tag.charCodeAt(i) !== DOT) return undefined;
      i++;
    }
    const start = i;
    for (let c = tag.charCodeAt(i); c >= ZERO && c <= NINE; c = tag.charCodeAt(++i));
    // At least one digit, and no leading zero (SemVer's `0|[1-9]\d*`).
    if (i === start || (tag.charCodeAt(start) === ZERO && i - start > 1)) return undefined;
  }
  if (i !== tag.length) return undefined;
  const artifact = tag.slice(0, at);
  if (artifact !== lastArtifact) {
    if (!ARTIFACT_RE.test(artifact)) return undefined;
    lastArtifact = artifact;
    lastModel = artifact.replace('=', ':');
  }
  return { kind: 'version', model: lastModel, version: tag.slice(at + 2) };
}

/** Parses a tag name (without `refs/tags/`); null when it is not one of GTO's tags. */
export function parseTagName(tag: string): ParsedTag | null {
  return plainVersionTag(tag) ?? parseTagNameByPattern(tag);
}

/** `parseTagName` by GTO's pattern alone (what the fast path is tested against). */
export function parseTagNameByPattern(tag: string): ParsedTag | null {
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
