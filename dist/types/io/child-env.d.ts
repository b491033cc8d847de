/**
 * The one environment policy for every command Lepton starts from a repository's text (the
 * eval now; deploy hooks later). Such a command is the repository's code — on a pull request,
 * its author's — so it gets no credential and no way to steer the steps after this one.
 *
 * What is dropped, and why:
 * - `INPUT_*`: the Action's inputs, the `token` input among them.
 * - `ACTIONS_*`: the runner's service credentials (`ACTIONS_RUNTIME_TOKEN` for the cache and
 *   artifact services, `ACTIONS_ID_TOKEN_REQUEST_TOKEN`/`_URL` for OIDC) and their URLs.
 * - `GITHUB_ENV`, `GITHUB_OUTPUT`, `GITHUB_PATH`, `GITHUB_STATE`, `GITHUB_STEP_SUMMARY`: the
 *   runner's file commands, through which a step sets later steps' environment, PATH and outputs.
 * - any name with a `_`-separated word ending in `TOKEN`, `SECRET`, `PASSWORD`, `PASSWD` or
 *   `CREDENTIAL` (plural too; any case), or containing `PRIVATE_KEY`, `API_KEY`, `APIKEY` or
 *   `ACCESS_KEY`: `GITHUB_TOKEN`/`GH_TOKEN` set in a step's `env`, `NODE_AUTH_TOKEN`,
 *   `HF_TOKEN`, `AWS_SECRET_ACCESS_KEY`, `AWS_SESSION_TOKEN`, `GOOGLE_APPLICATION_CREDENTIALS`,
 *   `LEPTON_REGISTRY_PASSWORD`, `LEPTON_PROMETHEUS_TOKEN`, `OPENAI_API_KEY`… A word only
 *   *starting* with one (`TOKENIZERS_PARALLELISM`, which ML evals set) is kept.
 * - any name with a `_`-separated word that *is* `PAT`, `PASS`, `PWD`, `KEY`, `KEYS` or
 *   `AUTHORIZATION`, or whose last word is `AUTH`: `GH_PAT`, `DB_PASS`, `MYSQL_PWD`, `SSH_KEY`,
 *   `WANDB_KEY`, `HF_AUTH`, `NPM_CONFIG__AUTH` (npm's `_auth`). Whole words only, so
 *   `PASSTHROUGH`, `KEYBOARD`, `MONKEY`, `PYTHON_KEYRING_BACKEND` and `OLDPWD` stay — and so
 *   does `PWD` itself, the shell's working directory.
 * - `DOCKER_AUTH_CONFIG` and `SSH_AUTH_SOCK` (the SSH agent: a credential reachable without
 *   reading a key) carry credentials under other names.
 * - any value holding a URL with a password in its userinfo (`scheme://user:password@host`,
 *   RFC 3986 §3.2.1): `DATABASE_URL=postgres://u:pw@db/x`, a `PIP_INDEX_URL` with a token.
 * - any value naming a path inside the runner's file-command folder (`_runner_file_commands`),
 *   whatever the variable is called.
 *
 * Names and values are a heuristic: a secret under a name none of these rules knows passes.
 * This stops what is *handed* to the command. It is not a sandbox: a command running as the
 * same user can still read its ancestors' `/proc/<pid>/environ` and the runner's files (see
 * docs/security.md), which is why untrusted pull requests get the split workflow.
 */
/** True when the variable `name` (with `value`) must not reach a command Lepton starts. */
export declare function isWithheld(name: string, value: string | undefined): boolean;
/**
 * The environment for a command Lepton runs: `env` without any withheld variable (see the
 * module comment), undefined values left out. Pure; never throws.
 */
export declare function childEnv(env: Readonly<Record<string, string | undefined>>): Record<string, string>;
/** The names `childEnv` would drop from `env`, sorted (for a log line; never the values). */
export declare function withheldNames(env: Readonly<Record<string, string | undefined>>): string[];
