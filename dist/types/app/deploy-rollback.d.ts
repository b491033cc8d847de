import type { Withdraw } from './deploy.js';
/**
 * The automatic rollback after a failed deploy (contract §7): the rollback use case withdraws
 * exactly the version whose deploy failed (never one a concurrent promotion put there since),
 * even when that leaves the stage empty, with the failure as the reason and the hook's exit
 * code in the unassignment's record; pushed when the promotion was, to the same remote, and the
 * model store's `:STAGE` tag moved back with the promotion's own store settings. The one place the two use
 * cases meet, so the CLI and the Action pass the same function to `promoteAndDeploy`.
 */
export declare const withdrawOnFailure: Withdraw;
