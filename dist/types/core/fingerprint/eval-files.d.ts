import type { PartHash } from './types.js';
/**
 * The eval settings with the eval's files in them: `settings` itself when there are none (so
 * the settings of a manifest whose command names no file, and that has no `eval.paths`, are
 * what they always were), else sha256 over `["lepton-eval-files/1", SETTINGS, FILES_HASH]`
 * as JSON, where FILES_HASH is the part hash (encoding.ts) of the files.
 */
export declare function evalSettingsWithFiles(settings: string, files: PartHash | null | undefined): string;
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
export declare function commandWords(command: string, depth?: number): string[];
