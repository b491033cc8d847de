// A registry whose stages were rolled back by real `lepton` runs (a rollback with a hostile
// reason, a failed deploy withdrawn automatically) and by GTO-style unassignment tags without
// Lepton's record, then published with a real `lepton site`.
import { join } from 'node:path';
import { runCli, type RunResult, type TestRepo } from '../helpers/repo.js';
import { addVersion } from '../registry/fixture.js';
import { check } from '../registry/records.js';
import { deployManifest, deployRepo, failDeployOf } from '../delivery/deploy-hooks.js';

/** Markup, both quotes, `&`, a line break and one very long word: free text from a tag message. */
export const REASON = `p99 <script>alert("x")</script> & 'timeouts'\nsee https://grafana.example/d?a=1&b=2 ${'0123456789'.repeat(300)}`;

/** The reason the automatic rollback after the failed deploy of 0.4.0 writes. */
export const FAILED = 'deploy of v0.4.0 to production failed: deploy hook exited with code 7';

export interface RollbackSite {
  readonly repo: TestRepo;
  readonly out: string;
  /** Each `lepton` run, in order, as `[args, result]`: a fixture step that failed says so. */
  readonly runs: readonly (readonly [readonly string[], RunResult])[];
}

/**
 * sentiment 0.1.0–0.4.0 (accuracy 0.91, 0.95, 0.93, 0.96), then, by N:
 *  1 production ← 0.1.0   2 production ← 0.2.0   3 rollback of production (REASON) → 0.1.0
 *  4 staging ← 0.3.0      5 production ← 0.4.0   6 its deploy fails: rolled back → 0.1.0
 *  7 production ← 0.3.0   8 GTO unassigns 0.3.0 from staging (empty)
 *  9 GTO unassigns 0.1.0 from production while 0.3.0 holds it (0.3.0 stays)
 * 10 GTO unassigns 0.2.0 from production again (no assignment of it is active: no change)
 */
export async function rollbackSite(): Promise<RollbackSite> {
  const repo = deployRepo(deployManifest());
  const runs: [string[], RunResult][] = [];
  const lepton = async (args: string[], code = 0): Promise<void> => {
    const r = await runCli(repo.dir, args, { LEPTON_KILL_GRACE_MS: '300' });
    runs.push([args, r]);
    if (r.code !== code) {
      throw new Error(`lepton ${args.join(' ')} exited ${r.code}, not ${code}:\n${r.stderr}`);
    }
  };
  const accuracy = { '0.1.0': 0.91, '0.2.0': 0.95, '0.3.0': 0.93, '0.4.0': 0.96 };
  for (const [version, value] of Object.entries(accuracy)) {
    await addVersion(repo, version, {
      metrics: { accuracy: value },
      checks: [check({ actual: value })],
    });
  }
  await lepton(['promote', '0.1.0', 'production']);
  await lepton(['promote', '0.2.0', 'production']);
  await lepton(['rollback', 'production', '--reason', REASON]);
  await lepton(['promote', '0.3.0', 'staging']);
  failDeployOf(repo, '0.4.0', 'exit');
  await lepton(['promote', '0.4.0', 'production'], 3);
  await lepton(['promote', '0.3.0', 'production']);
  // As `gto unassign` writes them: an annotated tag on the version's commit, no record.
  const gtoUnassign = (tag: string, version: string): void => {
    repo.git('tag', '-a', tag, '-m', 'unassign', `sentiment@v${version}^{commit}`);
  };
  gtoUnassign('sentiment#staging!#8', '0.3.0');
  gtoUnassign('sentiment#production!#9', '0.1.0');
  // And once more for 0.2.0, withdrawn at N 3 already: a tag that changes nothing.
  gtoUnassign('sentiment#production!#10', '0.2.0');
  // Beside the work tree: the repository's cleanup removes it.
  const out = join(repo.dir, '..', 'site');
  await lepton(['site', '--out', out]);
  return { repo, out, runs };
}
