import { realpathSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { LeptonError } from '../core/errors/index.js';
import { checkVersionOverride, oneVersionPerCommit, versionOnCommit } from '../core/plan/record.js';
import type { Fingerprint } from '../core/fingerprint/types.js';
import type { Registry } from '../core/registry/types.js';
import { decodeName, fsPath, hasEscapedBytes } from '../core/fingerprint/names.js';
import { climbOf } from '../core/manifest/rules.js';
import {
  listGitIndex,
  trackedLinks,
  trackedRegularFiles,
  type StartedListing,
} from '../io/files/list.js';
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
 * `record` refuses (LeptonError 'invalid', exit 2) a selected file that is a symlink leading to
 * content HEAD does not hold as it is: a target git does not track (ignored, untracked) or one
 * that differs from HEAD. The version's fingerprint would cover bytes no commit has, so it could
 * never be checked against its commit (io/registry/verify.ts: "symlink to nothing in the tree")
 * and the gate would later find no baseline. `listing`: the model folder's listing the record
 * started; `differing`: as for refuseDirtyTree. Costs one `ls-files` only when a selected file
 * is a symlink (and one more listing when the manifest's paths climb above its folder).
 */
export async function refuseLinksOutsideHead(
  ctx: AppContext,
  listing: StartedListing,
  differing: readonly string[],
): Promise<void> {
  const root = ctx.repoRoot as string;
  const m = ctx.manifest;
  const paths = [...partsOf(m).flatMap(({ part }) => part.paths), ...(m.eval.paths ?? [])];
  const climb = Math.max(0, ...paths.map((p) => climbOf(p.replace(/^!/, ''))));
  const depth =
    relative(root, ctx.modelDir) === '' ? 0 : relative(root, ctx.modelDir).split(sep).length;
  if (climb > depth) return; // a path leaving the repository: the fingerprint refuses it, placed
  const base = resolve(ctx.modelDir, ...Array<string>(climb).fill('..'));
  const raw =
    climb === 0 && listing.cwd === ctx.modelDir
      ? await listing.raw
      : await listGitIndex(ctx.git.at(base));
  const prefix = relative(root, ctx.modelDir).split(sep).join('/');
  const selected = partMatcher(paths);
  const rootReal = realpathSync.native(root);
  const targets = new Map<string, string>(); // the target, repository-relative → the link
  for (const name of trackedLinks(raw)) {
    const abs = join(base, name);
    if (!selected(rebaseName(relative(root, abs).split(sep).join('/'), prefix))) continue;
    let real: string;
    try {
      real = decodeName(realpathSync.native(fsPath(abs), { encoding: 'buffer' }));
    } catch {
      continue; // a dangling link: the fingerprint names it
    }
    if (real !== rootReal && !real.startsWith(rootReal + sep)) continue; // likewise
    const target = relative(rootReal, real).split(sep).join('/');
    if (!hasEscapedBytes(target)) targets.set(target, relative(root, abs).split(sep).join('/'));
  }
  if (targets.size === 0) return;
  const tracked = await trackedRegularFiles(ctx.git.at(root), [...targets.keys()]);
  const changed = new Set(differing);
  const problems: string[] = [];
  for (const [target, link] of targets) {
    if (!tracked.has(target))
      problems.push(`${link} → ${target}, which git does not track (ignored or untracked)`);
    else if (changed.has(target)) problems.push(`${link} → ${target}, which differs from HEAD`);
  }
  if (problems.length === 0) return;
  throw new LeptonError(
    'invalid',
    `${problems.length} symlink${problems.length === 1 ? '' : 's'} of the model lead${problems.length === 1 ? 's' : ''} to content HEAD does not hold: commit the target${problems.length === 1 ? '' : 's'} (or point the link at a committed file) first, since the version tag would name HEAD`,
    problems.slice(0, 20),
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
