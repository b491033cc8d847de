import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readSettings, type Env } from '../../src/io/settings.js';
import { PROJECT } from '../helpers/repo.js';

// The environment is read once, at the edge, into typed settings (src/io/settings.ts).
describe('readSettings', () => {
  const local = {
    ci: false,
    actor: null,
    runUrl: null,
    repositoryUrl: null,
    identityInEnv: false,
    killGraceMs: 10_000,
    pushBudgetMs: 120_000,
    debug: false,
  };
  const ci: Env = {
    GITHUB_ACTIONS: 'true',
    GITHUB_ACTOR: 'octocat',
    GITHUB_SERVER_URL: 'https://github.example',
    GITHUB_REPOSITORY: 'o/r',
    GITHUB_RUN_ID: '42',
  };

  it.each<[string, Env, Record<string, unknown>]>([
    ['an empty environment: the defaults', {}, local],
    [
      'a workflow run',
      ci,
      {
        ...local,
        ci: true,
        actor: 'octocat',
        runUrl: 'https://github.example/o/r/actions/runs/42',
        repositoryUrl: 'https://github.example/o/r',
      },
    ],
    [
      'a local shell with a run’s variables left over: no run, no actor',
      { ...ci, GITHUB_ACTIONS: undefined },
      { ...local, repositoryUrl: 'https://github.example/o/r' },
    ],
    ['LEPTON_KILL_GRACE_MS=300', { LEPTON_KILL_GRACE_MS: '300' }, { ...local, killGraceMs: 300 }],
    ['LEPTON_KILL_GRACE_MS=soon: the default', { LEPTON_KILL_GRACE_MS: 'soon' }, local],
    ['LEPTON_KILL_GRACE_MS=-1: the default', { LEPTON_KILL_GRACE_MS: '-1' }, local],
    ['LEPTON_PUSH_BUDGET=5m', { LEPTON_PUSH_BUDGET: '5m' }, { ...local, pushBudgetMs: 300_000 }],
    ['EMAIL names an identity', { EMAIL: 'a@b.c' }, { ...local, identityInEnv: true }],
    ['LEPTON_DEBUG=1', { LEPTON_DEBUG: '1' }, { ...local, debug: true }],
  ])('%s', (_, env, want) => {
    const { store: _store, env: _env, ...settings } = readSettings(env);
    expect(settings).toEqual(want);
  });

  it('keeps the environment as given, for git and the child environment', () => {
    const env = { PATH: '/bin', GITHUB_TOKEN: 't' };
    expect(readSettings(env).env).toBe(env);
  });

  it('refuses a push budget that is no duration: invalid, code 2, naming the variable', () => {
    expect(() => readSettings({ LEPTON_PUSH_BUDGET: 'soon' })).toThrow(
      expect.objectContaining({
        kind: 'invalid',
        code: 2,
        message: 'LEPTON_PUSH_BUDGET="soon": expected a duration like 90s, 5m or 1h (at most 24h)',
      }),
    );
  });
});

describe('nothing below the shells reads process.env', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory()
        ? files(join(dir, e.name))
        : e.name.endsWith('.ts')
          ? [join(dir, e.name)]
          : [],
    );
  it('core, io and app name it only in the settings reader', () => {
    const naming = ['src/core', 'src/io', 'src/app']
      .flatMap((d) => files(join(PROJECT, d)))
      .filter((f) => readFileSync(f, 'utf8').includes('process.env'))
      .map((f) => relative(PROJECT, f));
    expect(naming).toEqual(['src/io/settings.ts']);
  });
});
