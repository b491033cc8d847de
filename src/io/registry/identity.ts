import { LeptonError } from '../../core/errors/index.js';
import type { Git } from '../git.js';
import type { Settings } from '../settings.js';

export interface Identity {
  readonly name: string;
  readonly email: string;
  /** `git`: the user's own; `actions`: GitHub Actions' bot, since the runner has none. */
  readonly source: 'git' | 'actions';
}

export const ACTIONS_BOT: Identity = {
  name: 'github-actions[bot]',
  email: '41898282+github-actions[bot]@users.noreply.github.com',
  source: 'actions',
};

/**
 * Who tags: the user's git identity (environment, then config, as git decides); in GitHub
 * Actions without a configured one, the Actions bot — the runner's host-derived guess is never
 * used. Nothing at all: an error naming the fix.
 */
export async function resolveIdentity(
  git: Git,
  settings: Pick<Settings, 'ci' | 'identityInEnv'>,
): Promise<Identity> {
  if (settings.ci && !(await configured(git, settings))) return ACTIONS_BOT;
  const r = await git.run(['var', 'GIT_COMMITTER_IDENT'], { allowFailure: true });
  const m = /^(.*?) <([^>]*)>/.exec(r.stdout);
  if (r.code !== 0 || !m) {
    throw new LeptonError('invalid', 'no git identity to sign the tag with', [
      'set one with: git config user.name "Your Name" && git config user.email you@example.com',
      '(or GIT_COMMITTER_NAME and GIT_COMMITTER_EMAIL in the environment)',
    ]);
  }
  return { name: m[1] ?? '', email: m[2] ?? '', source: 'git' };
}

async function configured(git: Git, settings: Pick<Settings, 'identityInEnv'>): Promise<boolean> {
  if (settings.identityInEnv) return true;
  const r = await git.run(['config', '--get-regexp', '^(user|committer)\\.email$'], {
    allowFailure: true,
  });
  return r.code === 0 && r.stdout.trim() !== '';
}

/** The environment that makes git tag as `id` without touching any config. */
export const identityEnv = (id: Identity): Record<string, string> => ({
  GIT_COMMITTER_NAME: id.name,
  GIT_COMMITTER_EMAIL: id.email,
});
