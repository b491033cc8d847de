import { afterAll, describe, expect, it } from '@jest/globals';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { childEnv, isWithheld, withheldNames } from '../../src/io/child-env.js';
import { runEvalCommand } from '../../src/io/eval/index.js';
import { tempDir } from '../helpers/repo.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('the environment policy for commands Lepton runs', () => {
  it.each([
    // The runner's and the Action's own.
    ['INPUT_TOKEN', 'ghs_x', true],
    ['INPUT_WORKING-DIRECTORY', 'models/a', true],
    ['ACTIONS_RUNTIME_TOKEN', 'eyJ', true],
    ['ACTIONS_ID_TOKEN_REQUEST_TOKEN', 'x', true],
    ['ACTIONS_ID_TOKEN_REQUEST_URL', 'https://x', true],
    ['ACTIONS_RESULTS_URL', 'https://x', true],
    ['ACTIONS_CACHE_URL', 'https://x', true],
    ['GITHUB_ENV', '/r/_temp/_runner_file_commands/set_env_1', true],
    ['GITHUB_OUTPUT', '/r/_temp/_runner_file_commands/set_output_1', true],
    ['GITHUB_PATH', '/r/_temp/_runner_file_commands/add_path_1', true],
    ['GITHUB_STATE', '/r/_temp/_runner_file_commands/save_state_1', true],
    ['GITHUB_STEP_SUMMARY', '/r/_temp/_runner_file_commands/step_summary_1', true],
    // A file-command path under any other name.
    ['MY_COPY', '/home/runner/work/_temp/_runner_file_commands/set_env_1', true],
    // Secrets set in a step's env.
    ['GITHUB_TOKEN', 'ghs_x', true],
    ['GH_TOKEN', 'ghs_x', true],
    ['github_token', 'ghs_x', true],
    ['NODE_AUTH_TOKEN', 'npm_x', true],
    ['HF_TOKEN', 'hf_x', true],
    ['AWS_SESSION_TOKEN', 'x', true],
    ['AWS_SECRET_ACCESS_KEY', 'x', true],
    ['AWS_ACCESS_KEY_ID', 'AKIA', true],
    ['OPENAI_API_KEY', 'sk-x', true],
    ['WANDB_APIKEY', 'x', true],
    ['GOOGLE_APPLICATION_CREDENTIALS', '/k.json', true],
    ['LEPTON_REGISTRY_PASSWORD', 'x', true],
    ['LEPTON_PROMETHEUS_TOKEN', 'x', true],
    ['DB_PASSWD', 'x', true],
    ['CLIENT_SECRETS', 'x', true],
    ['SIGNING_PRIVATE_KEY', 'x', true],
    ['MYTOKEN', 'x', true],
    ['NPM_CONFIG__AUTH', 'x', true],
    ['DOCKER_AUTH_CONFIG', '{}', true],
    ['SSH_AUTH_SOCK', '/tmp/ssh-x/agent.1', true],
    // Common secret names with a whole word PAT, PASS, PWD, KEY(S), AUTHORIZATION, or ending AUTH.
    ['GH_PAT', 'ghp_x', true],
    ['DB_PASS', 'x', true],
    ['SMTP_PASS_FILE', '/run/s', true],
    ['MYSQL_PWD', 'x', true],
    ['SSH_KEY', '-----BEGIN', true],
    ['WANDB_KEY', 'x', true],
    ['DEPLOY_KEYS', 'x', true],
    ['key', 'x', true],
    ['HF_AUTH', 'x', true],
    ['HTTP_AUTHORIZATION', 'Bearer x', true],
    ['API_TOKEN_2', 'x', true],
    // A URL with a password in its userinfo, whatever the name.
    ['DATABASE_URL', 'postgres://u:pw@db.example:5432/x', true],
    [
      'PIP_EXTRA_INDEX_URL',
      'https://a.example/simple https://__token__:pypi-x@b.example/simple',
      true,
    ],
    ['REDIS_URL', 'redis://:s3cret@cache:6379/0', true],
    ['MONGO', 'mongodb+srv://u:p@ss@cluster.example/db', true],
    // What evals need, kept: whole words only, and no password in a URL.
    ['PWD', '/home/runner/work/x', false],
    ['OLDPWD', '/home/runner', false],
    ['PASSTHROUGH', '1', false],
    ['KEYBOARD', 'us', false],
    ['MONKEY', 'patch', false],
    ['PYTHON_KEYRING_BACKEND', 'keyring.backends.null.Keyring', false],
    ['PIP_KEYRING_PROVIDER', 'import', false],
    ['PYTHONPATH', '/src', false],
    ['LD_LIBRARY_PATH', '/usr/lib', false],
    ['AUTHOR', 'x', false],
    ['AUTH_DOMAIN', 'example.org', false],
    ['PATCH_LEVEL', '2', false],
    ['COMPAT', '1', false],
    ['MLFLOW_TRACKING_URI', 'http://mlflow.example:5000', false],
    ['REPO_URL', 'ssh://git@github.com/o/r.git', false],
    ['EMPTY_PW_URL', 'ftp://anon:@ftp.example/pub', false],
    ['HTTP_PROXY', 'http://proxy.example:3128', false],
    ['NOTE', 'see https://example.org/a:b@c', false],
    // What evals need, kept.
    ['TOKENIZERS_PARALLELISM', 'false', false],
    ['PATH', '/usr/bin:/bin', false],
    ['HOME', '/home/runner', false],
    ['GITHUB_SHA', 'abc', false],
    ['GITHUB_EVENT_NAME', 'pull_request', false],
    ['RUNNER_TEMP', '/home/runner/work/_temp', false],
    ['LEPTON_MODEL', 'sentiment', false],
    ['SEED', '42', false],
  ])('%s=%s withheld: %s', (name, value, withheld) => {
    expect(isWithheld(name, value)).toBe(withheld);
    expect(Object.keys(childEnv({ [name]: value }))).toEqual(withheld ? [] : [name]);
  });

  it('names what it drops (never the values), sorted, and skips undefined values', () => {
    const env = { PATH: '/bin', GITHUB_TOKEN: 'ghs_s', INPUT_TOKEN: 'ghs_s', UNSET: undefined };
    expect(withheldNames(env)).toEqual(['GITHUB_TOKEN', 'INPUT_TOKEN']);
    expect(childEnv(env)).toEqual({ PATH: '/bin' });
  });

  it('applies to the eval process itself, whatever its caller passed', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const secret = 'ghs_passedStraightThrough0123';
    await runEvalCommand({
      command: `node -e "require('fs').writeFileSync('env.json', JSON.stringify(process.env))"`,
      cwd: dir,
      env: {
        PATH: process.env.PATH ?? '',
        GITHUB_TOKEN: secret,
        ACTIONS_RUNTIME_TOKEN: secret,
        INPUT_TOKEN: secret,
        GH_PAT: secret,
        DATABASE_URL: `postgres://u:${secret}@db/x`,
        GITHUB_ENV: join(dir, '_runner_file_commands', 'set_env'),
        SEED: '7',
      },
      timeoutMs: null,
      killGraceMs: 1000,
      output: () => undefined,
      warn: () => undefined,
    });
    const seen = readFileSync(join(dir, 'env.json'), 'utf8');
    expect(seen).not.toContain(secret);
    expect(seen).not.toContain('_runner_file_commands');
    expect(JSON.parse(seen)).toMatchObject({ SEED: '7' });
  });
});
