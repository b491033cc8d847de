import { relative, sep } from 'node:path';
import { LeptonError } from '../core/errors/index.js';
import { checkVersionOverride, oneVersionPerCommit, versionOnCommit } from '../core/plan/record.js';
import type { Fingerprint } from '../core/fingerprint/types.js';
import type { Registry } from '../core/registry/types.js';
import { evalFilesPart, partMatcher, partsOf, rebaseName } from '../io/files/select.js';
import type { AppContext } from './context.js';
import { fingerprintProject } from './status.js';
import { findTrustedByFingerprint } from './verify.js';

/**
 * CONTRACT §2b: `record` refuses before the eval starts (LeptonError 'invalid', exit 2) when
 * the tag could not describe what the eval would judge: files of a component or data set,
 * the eval's own files or `lepton.yml` itself differ from HEAD (an uncommitted manifest with
 * loosened thresholds would be recorded as "passed"). `differing`: the paths (relative to the
 * repository root) that differ from HEAD (`worktreeState`).
 */
export function refuseDirtyTree(ctx: AppContext, differing: readonly string[]): void {
  const root = ctx.repoRoot as string;
  const toRepo = (abs: string) => relative(root, abs).split(sep).join('/');
  const prefix = toRepo(ctx.modelDir);
  const matchers = partsOf(ctx.manifest).map(({ kind, part }) => ({
    label: `${kind} "${part.name}"`,
    // `!` exclusions apply, as in the fingerprint.
    test: partMatcher(part.paths),
  }));
  const evalPaths = ctx.manifest.eval.paths ?? [];
  if (evalPaths.length) matchers.push({ label: 'eval.paths', test: partMatcher(evalPaths) });
  // What the eval or the build writes belongs in .gitignore, never in a commit.
  const outputs = partMatcher([...ctx.manifest.eval.metrics, ...ctx.manifest.artifacts]);
  const manifest = toRepo(ctx.manifestPath);
  // The files the command names, found as the fingerprint finds them (relative to the manifest).
  // A path the command names may be a folder (a `python -m` package): every file under it.
  const named = evalFilesPart(ctx.manifest)?.optional ?? [];
  const commandFile = named.length ? partMatcher(named) : () => false;
  const dirty: string[] = [];
  for (const path of differing) {
    if (path === manifest) {
      dirty.push(`${path} (the manifest: its thresholds decide whether the version passed)`);
      continue;
    }
    // Relative to the manifest's folder, climbing with ../ for paths above it (monorepos).
    const inModel = rebaseName(path, prefix);
    if (commandFile(inModel)) {
      dirty.push(`${path} (named by eval.command)`);
      continue;
    }
    const owner = matchers.find((m) => m.test(inModel));
    if (!owner) continue;
    dirty.push(
      outputs(inModel)
        ? `${path} (${owner.label}; the eval or build writes it: add it to .gitignore, not to a commit)`
        : `${path} (${owner.label})`,
    );
  }
  if (dirty.length === 0) return;
  const shown = dirty.slice(0, 20);
  if (dirty.length > shown.length) shown.push(`… and ${dirty.length - shown.length} more`);
  throw new LeptonError(
    'invalid',
    `${dirty.length} file${dirty.length === 1 ? '' : 's'} of the model differ${dirty.length === 1 ? 's' : ''} from HEAD: commit them (or stash them) first, since the version tag would name HEAD`,
    shown,
  );
}

/**
 * The checks that need the registry, before the eval: `--version` valid, higher than the
 * latest and not a name a tag already takes; HEAD not already carrying a version of the model
 * (unless that version records this very content, which `record` then reports as unchanged).
 * `fingerprint`: the one the caller is taking already, if any.
 */
export async function refuseBeforeEval(
  ctx: AppContext,
  registry: Registry,
  head: string,
  override: string | undefined,
  fingerprint?: Promise<Fingerprint>,
): Promise<void> {
  if (override !== undefined) checkVersionOverride(registry, override);
  const onHead = versionOnCommit(registry, head);
  if (!onHead) return;
  if (onHead.summary) {
    const fp = await (fingerprint ?? fingerprintProject(ctx));
    if (await findTrustedByFingerprint(ctx, registry, fp.fingerprint)) return;
  }
  throw oneVersionPerCommit(head, onHead);
}
