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

/**
 * The words of a shell command that may name files, read as POSIX `sh` would split them but
 * never run: quotes and backslashes are honoured; operators (`|`, `&&`, `;`, `(`) separate
 * commands; the target of an output redirection (`> out.json`) is an output, not an input,
 * and is left out, as are options (`-x`, `--flag`), words holding a parameter or command
 * substitution (`$X`, `` `x` ``) or a `~`, absolute paths, and comments. `--opt=value` and
 * `NAME=value` give their value. A quoted word holding spaces is kept, and split again too
 * (`sh -c "python x.py"`). Unquoted glob characters are kept, so `data/*.csv` is a glob. Relative to the folder
 * the command runs in, in the order written, each once.
 */
export function commandWords(command: string, depth = 0): string[] {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let dynamic = false;
  let quotedSpace = false;
  let skipNext = false;
  const end = () => {
    if (!inWord) return;
    if (skipNext) skipNext = false;
    else if (!dynamic) {
      words.push(word);
      // `sh -c "python x.py"`: the words inside count too.
      if (quotedSpace && depth < 2) words.push(...commandWords(word, depth + 1));
    }
    word = '';
    inWord = false;
    dynamic = false;
    quotedSpace = false;
  };
  for (let i = 0; i < command.length; i++) {
    const c = command[i] as string;
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      end();
    } else if (c === '#' && !inWord) {
      const nl = command.indexOf('\n', i);
      if (nl < 0) break;
      i = nl;
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
      for (; j < command.length && command[j] !== '"'; j++) {
        const d = command[j] as string;
        if (d === '\\' && '"\\$`'.includes(command[j + 1] ?? '')) word += command[++j];
        else {
          if (d === '$' || d === '`') dynamic = true;
          if (/\s/.test(d)) quotedSpace = true;
          word += d;
        }
      }
      i = j;
    } else {
      if (c === '$' || c === '`') dynamic = true;
      inWord = true;
      word += c;
    }
  }
  end();
  const out: string[] = [];
  for (const w of words) {
    const eq = w.indexOf('=');
    const value = eq > 0 && /^(--?[A-Za-z0-9][\w-]*|[A-Za-z_]\w*)$/.test(w.slice(0, eq));
    const candidate = value ? w.slice(eq + 1) : w;
    if (candidate === '' || candidate.startsWith('-') || candidate.startsWith('/')) continue;
    if (candidate.startsWith('~') || /^[A-Za-z]:[\\/]/.test(candidate)) continue;
    if (!out.includes(candidate)) out.push(candidate);
  }
  return out;
}
