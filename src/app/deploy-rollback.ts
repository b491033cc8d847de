import type { Withdraw } from './deploy.js';

/**
 * The automatic rollback after a failed deploy, adapted from the rollback use case
 * (`src/app/rollback.ts`). The one place the two use cases meet, so that the CLI and the Action
 * both pass the same function to `promoteAndDeploy`.
 */
export const withdrawOnFailure: Withdraw | undefined = undefined;
