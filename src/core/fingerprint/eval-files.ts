import { createHash } from 'node:crypto';
import type { PartHash } from './types.js';

/**
 * The eval's own files (CONTRACT §2): files `eval.command` names and `eval.paths`. Their hash
 * goes into the eval settings, never into the model's fingerprint, so editing `evaluate.py`
 * makes the eval run again (no reused metrics) without making a new model version.
 */

/** Bump when the combination below changes: recorded settings then stop matching (the eval reruns). */
const EVAL_FILES_ENCODING = 'lepton-eval-files/1';

/**
 * The eval settings with the eval's files in them: `settings` itself when there are none (so
 * the settings of a manifest whose command names no file, and that has no `eval.paths`, are
 * what they always were), else sha256 over `["lepton-eval-files/1", SETTINGS, FILES_HASH]`
 * as JSON, where FILES_HASH is the part hash (encoding.ts) of the files.
 */
export function evalSettingsWithFiles(
  settings: string,
  files: PartHash | null | undefined,
): string {
  if (!files || files.files === 0) return settings;
  const canonical = JSON.stringify([EVAL_FILES_ENCODING, settings, files.hash]);
  return `sha256:${createHash('sha256').update(canonical, 'utf8').digest('hex')}`;
}

const OPERATORS = new Set(['|', '&', ';', '<', '>', '(', ')']);

/** A word of one simple command as written, for the rules that read its arguments. */
interface RawWord {
  readonly text: string;
  /** Holds a parameter or command substitution (`$X`, `` `x` ``): its text is not what runs. */
  readonly dynamic: boolean;
}

/** `NAME=value` / `--opt=value` words give their value. */
const VALUE_WORD = /^(--?[A-Za-z0-9][\w-]*|[A-Za-z_]\w*)$/;

/**
 * The words of a shell command that may name files, read as POSIX `sh` would split them but
 * never run: quotes and backslashes are honoured; operators (`|`, `&&`, `;`, `(`) separate
 * commands; the target of an output redirection (`> out.json`) is an output, not an input,
 * and is left out, as are options (`-x`, `--flag`), words holding a parameter or command
 * substitution (`$X`, `` `x` ``) or a `~`, absolute paths, and comments. `--opt=value` and
 * `NAME=value` give their value. A quoted word holding spaces is kept, and split again too
 * (`sh -c "python x.py"`), as is a command substitution in double quotes (`"$(echo x.txt)"`:
 * `echo`, `x.txt`). A word starting `$PWD/` or `${PWD}/` (the folder the command runs in) is
 * read without it. Unquoted glob characters are kept, so `data/*.csv` is a glob. Relative to
 * the folder the command runs in, in the order written, each once.
 */
export function commandWords(command: string, depth = 0): string[] {
  return scanCommand(command, depth).words;
}

/**
 * The paths `eval.command` names, for the eval's own files (CONTRACT §2): its words
 * (commandWords), then what some commands read without naming it as a word:
 * - `python -m pkg.mod` (any `python`, `python3`, `python3.11`, `pypy3`, a path to one, and
 *   after wrappers such as `poetry run`, `uv run`, `pipenv run`, `conda run -n E`), and
 *   `uv run -m pkg.mod` / `--module`: the module's files, `pkg/mod.py` or the package folder
 *   `pkg/mod/` (its `__init__.py`, `__main__.py` and the rest), and the `__init__.py` of each
 *   package above it (`pkg/__init__.py`), which Python runs first;
 * - `make [TARGET]` (`gmake` too): the makefile it reads, `-f FILE` / `--file=FILE` when given,
 *   else `GNUmakefile`, `makefile` and `Makefile`, under `-C DIR` when given. The files its
 *   recipes run are not followed (list them in `eval.paths`).
 * Every path is optional: one that names no file of the repository is no error.
 */
export function commandPaths(command: string): string[] {
  const { words, derived } = scanCommand(command, 0);
  const out = [...words];
  for (const p of derived) if (!out.includes(p)) out.push(p);
  return out;
}

function scanCommand(command: string, depth: number): { words: string[]; derived: string[] } {
  const words: string[] = [];
  const derived: string[] = [];
  let simple: RawWord[] = [];
  let word = '';
  let inWord = false;
  let dynamic = false;
  let quotedSpace = false;
  let skipNext = false;
  // The word after `<` is read (a file the eval reads) but is no argument of the command.
  let inputNext = false;
  const flush = () => {
    for (const p of derivedPaths(simple)) if (!derived.includes(p)) derived.push(p);
    simple = [];
  };
  const nested = (text: string) => {
    if (depth >= 2) return;
    const inner = scanCommand(text, depth + 1);
    words.push(...inner.words);
    for (const p of inner.derived) if (!derived.includes(p)) derived.push(p);
  };
  const end = () => {
    if (!inWord) return;
    if (skipNext) skipNext = false;
    else {
      if (!inputNext) simple.push({ text: word, dynamic });
      if (!dynamic) {
        words.push(word);
        // `sh -c "python x.py"`: the words inside count too.
        if (quotedSpace) nested(word);
      }
    }
    inputNext = false;
    word = '';
    inWord = false;
    dynamic = false;
    quotedSpace = false;
  };
  // `$PWD/x` and `${PWD}/x` at the start of a word (or of its `=value`): `x`, from the folder run in.
  const pwdPrefix = (i: number): number => {
    if (word !== '' && !(word.endsWith('=') && VALUE_WORD.test(word.slice(0, -1)))) return 0;
    for (const p of ['$PWD/', '${PWD}/']) if (command.startsWith(p, i)) return p.length;
    return 0;
  };
  for (let i = 0; i < command.length; i++) {
    const c = command[i] as string;
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      end();
      if (c === '\n') flush();
    } else if (c === '#' && !inWord) {
      const nl = command.indexOf('\n', i);
      if (nl < 0) break;
      i = nl;
      flush();
    } else if (OPERATORS.has(c)) {
      // `2>` and `&>`: the digits or & before belong to the redirection, not to a word.
      if (c === '>' && /^\d+$/.test(word)) {
        word = '';
        inWord = false;
      }
      end();
      if (c === '>') {
        while (command[i + 1] === '>' || command[i + 1] === '&' || command[i + 1] === '|') i++;
        skipNext = true;
      } else {
        skipNext = false;
        if (c === '<') inputNext = true;
        else flush();
      }
    } else if (c === '\\') {
      inWord = true;
      if (i + 1 < command.length) word += command[++i];
    } else if (c === "'") {
      inWord = true;
      const close = command.indexOf("'", i + 1);
      const text = command.slice(i + 1, close < 0 ? command.length : close);
      if (/\s/.test(text)) quotedSpace = true;
      word += text;
      i = close < 0 ? command.length : close;
    } else if (c === '"') {
      inWord = true;
      let j = i + 1;
      const skip = pwdPrefix(j);
      if (skip) j += skip - 1;
      else j -= 1;
      for (j++; j < command.length && command[j] !== '"'; j++) {
        const d = command[j] as string;
        if (d === '\\' && '"\\$`'.includes(command[j + 1] ?? '')) word += command[++j];
        else if (d === '$' && command[j + 1] === '(' && command[j + 2] !== '(') {
          // `"$(cmd args)"`: the words of the command run inside count (its output does not).
          const close = closingParen(command, j + 1);
          nested(command.slice(j + 2, close));
          dynamic = true;
          word += command.slice(j, close + 1);
          j = close;
        } else {
          if (d === '$' || d === '`') dynamic = true;
          if (/\s/.test(d)) quotedSpace = true;
          word += d;
        }
      }
      i = j;
    } else {
      const skip = c === '$' ? pwdPrefix(i) : 0;
      if (skip) {
        inWord = true;
        i += skip - 1;
        continue;
      }
      if (c === '$' || c === '`') dynamic = true;
      inWord = true;
      word += c;
    }
  }
  end();
  flush();
  const out: string[] = [];
  for (const w of words) {
    const eq = w.indexOf('=');
    const value = eq > 0 && VALUE_WORD.test(w.slice(0, eq));
    const candidate = value ? w.slice(eq + 1) : w;
    if (!isRelativePath(candidate)) continue;
    if (!out.includes(candidate)) out.push(candidate);
  }
  return { words: out, derived: derived.filter(isRelativePath) };
}

function isRelativePath(p: string): boolean {
  if (p === '' || p.startsWith('-') || p.startsWith('/')) return false;
  return !(p.startsWith('~') || /^[A-Za-z]:[\\/]/.test(p));
}

/** The index of the `)` closing the `(` at `open` (nested pairs and quotes skipped), else the end. */
function closingParen(text: string, open: number): number {
  let level = 0;
  for (let k = open; k < text.length; k++) {
    const d = text[k];
    if (d === '\\') k++;
    else if (d === "'") {
      const q = text.indexOf("'", k + 1);
      k = q < 0 ? text.length : q;
    } else if (d === '(') level++;
    else if (d === ')' && --level === 0) return k;
  }
  return text.length;
}

/** `python`, `python3`, `python3.11`, `pypy3`, `/usr/bin/python3`, `.venv/bin/python`. */
const PYTHON = /^(?:python|pypy)(?:\d+(?:\.\d+)*)?$/;
const MAKE = /^g?make$/;
/** A dotted module name `python -m` takes. */
const MODULE = /^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*$/;
/** Python's options that take the next word as their value (`-W ignore`, `-X dev`). */
const PYTHON_VALUE_OPTIONS = new Set(['W', 'X']);

const base = (w: RawWord): string | null =>
  w.dynamic ? null : (w.text.split('/').pop() ?? w.text);

/** The paths one simple command reads besides its words (see commandPaths). */
function derivedPaths(words: readonly RawWord[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const name = base(words[i] as RawWord);
    if (name === null) continue;
    if (PYTHON.test(name)) {
      const module = pythonModule(words, i + 1);
      if (module) out.push(...modulePaths(module));
    } else if (name === 'uv' && words[i + 1]?.text === 'run') {
      const module = uvModule(words, i + 2);
      if (module) out.push(...modulePaths(module));
    } else if (MAKE.test(name)) {
      out.push(...makefiles(words, i + 1));
    }
  }
  return out;
}

/** The module of `python [OPTIONS] -m MODULE`, read as CPython reads its options; else null. */
function pythonModule(words: readonly RawWord[], from: number): string | null {
  for (let j = from; j < words.length; j++) {
    const w = words[j] as RawWord;
    if (w.dynamic || w.text === '--' || !w.text.startsWith('-') || w.text === '-') return null;
    if (w.text.startsWith('--')) {
      if (w.text === '--check-hash-based-pycs') j++;
      continue;
    }
    // A cluster of one-letter options (`-u`, `-Im mod`, `-mmod`, `-W ignore`).
    const letters = w.text.slice(1);
    for (let k = 0; k < letters.length; k++) {
      const o = letters[k] as string;
      const rest = letters.slice(k + 1);
      if (o === 'm') return rest || (words[j + 1]?.dynamic ? null : (words[j + 1]?.text ?? null));
      if (o === 'c') return null;
      if (PYTHON_VALUE_OPTIONS.has(o)) {
        if (rest === '') j++;
        break;
      }
    }
  }
  return null;
}

/**
 * The module of `uv run [OPTIONS] -m MODULE` (or `--module MODULE`): the first such option
 * before a word naming Python (whose own `-m` the python rule reads) or `--`.
 */
function uvModule(words: readonly RawWord[], from: number): string | null {
  for (let j = from; j < words.length; j++) {
    const w = words[j] as RawWord;
    if (w.dynamic) continue;
    if (w.text === '--' || PYTHON.test(base(w) ?? '')) return null;
    if (w.text === '-m' || w.text === '--module') {
      const next = words[j + 1];
      return next && !next.dynamic ? next.text : null;
    }
    if (w.text.startsWith('--module=')) return w.text.slice('--module='.length);
  }
  return null;
}

/** `pkg.mod` → `pkg/mod.py`, the package folder `pkg/mod`, and `pkg/__init__.py`. */
function modulePaths(module: string): string[] {
  if (!MODULE.test(module)) return [];
  const parts = module.split('.');
  const path = parts.join('/');
  const out = [`${path}.py`, path];
  for (let k = 1; k < parts.length; k++) out.push(`${parts.slice(0, k).join('/')}/__init__.py`);
  return out;
}

/** The makefile(s) `make ARGS` reads: `-f FILE`s, else GNU make's three names; under `-C DIR`. */
function makefiles(words: readonly RawWord[], from: number): string[] {
  const files: string[] = [];
  let dir = '';
  for (let j = from; j < words.length; j++) {
    const w = words[j] as RawWord;
    if (w.dynamic) continue;
    const t = w.text;
    const next = () => {
      const n = words[++j];
      return n && !n.dynamic ? n.text : null;
    };
    let file: string | null = null;
    let folder: string | null = null;
    if (t === '-f' || t === '--file' || t === '--makefile') file = next();
    else if (/^--(?:make)?file=/.test(t)) file = t.slice(t.indexOf('=') + 1);
    else if (/^-f./.test(t)) file = t.slice(2);
    else if (t === '-C' || t === '--directory') folder = next();
    else if (t.startsWith('--directory=')) folder = t.slice('--directory='.length);
    else if (/^-C./.test(t)) folder = t.slice(2);
    if (file !== null) files.push(file);
    if (folder !== null) dir = dir === '' ? folder : `${dir}/${folder}`;
  }
  const names = files.length ? files : ['GNUmakefile', 'makefile', 'Makefile'];
  if (dir === '' || dir.startsWith('/')) return dir === '' ? names : [];
  return names.map((f) => (f.startsWith('/') ? f : `${dir.replace(/\/+$/, '')}/${f}`));
}
