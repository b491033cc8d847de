import { spawn } from 'node:child_process';
import { LeptonError } from '../core/errors/index.js';
import { discoverRepository } from './repo-discovery.js';
import { processEnv } from './settings.js';

/** The last lines of git's stderr (or stdout): what a message about a failure quotes. */
export const lastLines = (text: string, fallback = 'no message', n = 3): string =>
  text.trim().split('\n').slice(-n).join('\n') || fallback;

/** The one place Lepton spawns git: argument arrays only, never a shell string. */

export interface GitResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly code: number;
}

export interface GitOptions {
  /** Resolve with the non-zero result instead of throwing. */
  readonly allowFailure?: boolean;
  readonly input?: string | Uint8Array;
  readonly env?: Readonly<Record<string, string>>;
  /** Keep stdout as raw bytes (for -z output with non-UTF-8 names). */
  readonly encoding?: BufferEncoding;
  /**
   * Receive stdout's bytes as they arrive instead of in the result (then empty), so large
   * output is parsed while git is still writing it.
   */
  readonly onStdout?: (chunk: Buffer) => void;
  /**
   * Writes stdin while git runs, instead of `input`: stdin closes when the promise settles.
   * Lets one git process (`cat-file --batch`) work on what another is still listing.
   */
  readonly feed?: (write: (text: string) => void) => Promise<void>;
}

/**
 * What one repository's Git objects have learnt, shared by `at()`: each answer is asked of git
 * once per run (a spawn blocks Node for 10–25 ms, more than git's own work here).
 */
interface Known {
  /** The git directory (it cannot change under a work tree that exists). */
  gitDir: string | null;
  /** Whether the clone was shallow when the first rev-parse looked (never updated). */
  shallowAtTopLevel: boolean | null;
  /**
   * Whether the repository was found without git (src/io/repo-discovery.ts): a `.git` folder
   * holding its own refs, nothing in the environment or config moving them.
   */
  plainLayout: boolean;
  /**
   * `remote get-url NAME` answers: a run never adds, removes or changes a remote (a library
   * caller that does opens the project again).
   */
  readonly remotes: Map<string, Promise<string | null>>;
}

export class Git {
  private known: Known = {
    gitDir: null,
    shallowAtTopLevel: null,
    plainLayout: false,
    remotes: new Map(),
  };
  /** The top-level answer of this folder (its cwd never changes). */
  private top: Promise<string | null> | null = null;

  constructor(
    readonly cwd: string,
    private readonly baseEnv: NodeJS.ProcessEnv = processEnv(),
  ) {}

  /** Git for another folder of the same repository, keeping (and sharing) what this one learnt. */
  at(cwd: string): Git {
    const git = new Git(cwd, this.baseEnv);
    git.known = this.known;
    if (cwd === this.cwd) git.top = this.top;
    return git;
  }

  run(args: readonly string[], options: GitOptions = {}): Promise<GitResult> {
    return new Promise((resolve, reject) => {
      const child = spawn('git', [...args], {
        cwd: this.cwd,
        // With every request given at once, git need not flush its answer per line (`--stdin`
        // modes do when stdout is a pipe, unless GIT_FLUSH=0): check-attr on 10,000 paths took
        // ~950 reads here and twice the time, against ~35 reads buffered.
        env: this.env(
          options.input !== undefined && !options.feed
            ? { GIT_FLUSH: '0', ...options.env }
            : options.env,
        ),
        stdio: ['pipe', 'pipe', 'pipe'],
      });
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      child.stdout.on('data', options.onStdout ?? ((b: Buffer) => out.push(b)));
      child.stderr.on('data', (b: Buffer) => err.push(b));
      child.on('error', (e) =>
        reject(new LeptonError('git', `could not run git: ${e.message}`, [], { cause: e })),
      );
      child.on('close', (code) => {
        const result: GitResult = {
          stdout: Buffer.concat(out).toString(options.encoding ?? 'utf8'),
          stderr: Buffer.concat(err).toString('utf8'),
          code: code ?? 128,
        };
        if (result.code !== 0 && !options.allowFailure) {
          const msg = lastLines(result.stderr, `exit ${result.code}`);
          reject(new LeptonError('git', `git ${args[0] ?? ''} failed: ${msg}`));
        } else {
          resolve(result);
        }
      });
      // git may exit before reading its stdin (rev-parse, config): a closed pipe is not an error.
      child.stdin.on('error', () => {});
      if (options.feed) {
        const end = () => void child.stdin.end();
        options.feed((text) => void child.stdin.write(text)).then(end, end);
      } else {
        child.stdin.end(options.input ?? '');
      }
    });
  }

  private env(extra?: Readonly<Record<string, string>>): NodeJS.ProcessEnv {
    // Stable, parseable output whatever the user's locale and config; never a prompt.
    return { ...this.baseEnv, LC_ALL: 'C', GIT_TERMINAL_PROMPT: '0', ...extra };
  }

  /** stdout, trimmed of the trailing newline. */
  async out(args: readonly string[], options: GitOptions = {}): Promise<string> {
    return (await this.run(args, options)).stdout.replace(/\n$/, '');
  }

  /**
   * The repository's top level, or null outside a work tree; asked of git once per Git object.
   * The same git process names the git directory and says whether the clone is shallow, so a
   * later gitDir() or isShallow() spawns nothing.
   */
  topLevel(): Promise<string | null> {
    this.top ??= this.askTopLevel();
    return this.top;
  }

  private async askTopLevel(): Promise<string | null> {
    // The plain case (a checkout whose .git is a folder, nothing in the environment or config
    // that moves it) is found without a git process; anything else is git's to say.
    const found = discoverRepository(this.cwd, this.baseEnv);
    if (found) {
      this.known.gitDir = found.gitDir;
      this.known.shallowAtTopLevel = found.shallow;
      this.known.plainLayout = true;
      return found.top;
    }
    const r = await this.run(
      ['rev-parse', '--show-toplevel', '--absolute-git-dir', '--is-shallow-repository'],
      { allowFailure: true },
    );
    if (r.code !== 0) return null;
    const lines = r.stdout.split('\n');
    // A folder name holding a newline makes the lines ambiguous: ask for the top level alone.
    if (lines.length !== 4 || lines[3] !== '' || !/^(true|false)$/.test(lines[2] as string)) {
      const top = await this.run(['rev-parse', '--show-toplevel'], { allowFailure: true });
      return top.code === 0 ? top.stdout.replace(/\n$/, '') : null;
    }
    this.known.gitDir = lines[1] as string;
    this.known.shallowAtTopLevel = lines[2] === 'true';
    return lines[0] as string;
  }

  /** The URL of remote `name` as configured (credentials and all), or null when there is none. */
  remoteUrl(name = 'origin'): Promise<string | null> {
    let url = this.known.remotes.get(name);
    if (!url) {
      url = this.run(['remote', 'get-url', name], { allowFailure: true }).then((r) =>
        r.code === 0 ? r.stdout.trim() : null,
      );
      this.known.remotes.set(name, url);
      // A failure to run git is not kept: the next caller asks again (and sees it).
      url.catch(() => this.known.remotes.delete(name));
    }
    return url;
  }

  /** The names of the repository's remotes (`git remote`), sorted as git lists them; [] for none. */
  async remoteNames(): Promise<string[]> {
    const r = await this.run(['remote'], { allowFailure: true });
    return r.code === 0 ? r.stdout.split('\n').filter(Boolean) : [];
  }

  /**
   * Whether the clone was shallow when topLevel() asked (null before, or when git could not
   * say): for a caller that runs right after it (the Action's history fetch) and need not ask
   * again. A fetch, or the user, may have changed it since.
   */
  get shallowAtTopLevel(): boolean | null {
    return this.known.shallowAtTopLevel;
  }

  /**
   * The git directory when topLevel() found it without git (a `.git` folder that holds the
   * repository's own refs, as gitrepository-layout(5) lays them out, nothing in the
   * environment or config moving them), else null: where a caller may read a loose ref git has
   * just written instead of asking git.
   */
  get plainGitDir(): string | null {
    return this.known.plainLayout ? this.known.gitDir : null;
  }

  /** The git directory (absolute), or null outside a repository. */
  async gitDir(): Promise<string | null> {
    if (this.known.gitDir !== null) return this.known.gitDir;
    const r = await this.run(['rev-parse', '--absolute-git-dir'], { allowFailure: true });
    if (r.code !== 0) return null;
    this.known.gitDir = r.stdout.trim();
    return this.known.gitDir;
  }
}
