import type { Withdraw } from './deploy.js';
import { rollback } from './rollback.js';

/**
 * The automatic rollback after a failed deploy (contract §7): the rollback use case withdraws
 * exactly the version whose deploy failed (never one a concurrent promotion put there since),
 * even when that leaves the stage empty, with the failure as the reason and the hook's exit
 * code in the unassignment's record; pushed when the promotion was, to the same remote, and the
 * model store's `:STAGE` tag moved back with the promotion's own store settings. The one place the two use
 * cases meet, so the CLI and the Action pass the same function to `promoteAndDeploy`.
 */
export const withdrawOnFailure: Withdraw = async (ctx, req) => {
  const r = await rollback(ctx, {
    stage: req.stage,
    version: req.version,
    reason: req.reason,
    exitCode: req.exitCode,
    allowEmpty: true,
    push: req.push,
    remote: req.remote,
    ...(req.store !== undefined && { store: req.store }),
    ...(req.budgetMs !== undefined && { budgetMs: req.budgetMs }),
    ...(req.maxAttempts !== undefined && { maxAttempts: req.maxAttempts }),
  });
  return {
    // null: a concurrent run withdrew it first; its tag is the rollback asked for.
    tag: r.tag ?? '(withdrawn by a concurrent run)',
    version: r.from.version,
    to: r.to,
    pushed: r.pushed,
    reason: r.reason,
    storeError: r.storeError,
  };
};
