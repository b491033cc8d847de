import type { Git } from '../git.js';
import type { Settings } from '../settings.js';
export interface Identity {
    readonly name: string;
    readonly email: string;
    /** `git`: the user's own; `actions`: GitHub Actions' bot, since the runner has none. */
    readonly source: 'git' | 'actions';
}
export declare const ACTIONS_BOT: Identity;
/**
 * Who tags: the user's git identity (environment, then config, as git decides); in GitHub
 * Actions without a configured one, the Actions bot — the runner's host-derived guess is never
 * used. Nothing at all: an error naming the fix.
 */
export declare function resolveIdentity(git: Git, settings: Pick<Settings, 'ci' | 'identityInEnv'>): Promise<Identity>;
/** The environment that makes git tag as `id` without touching any config. */
export declare const identityEnv: (id: Identity) => Record<string, string>;
