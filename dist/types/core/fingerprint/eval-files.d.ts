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
 * (`sh -c "python x.py"`), as is a command substitution in double quotes (`"$(echo x.txt)"`:
 * `echo`, `x.txt`). A word starting `$PWD/` or `${PWD}/` (the folder the command runs in) is
 * read without it. Unquoted glob characters are kept, so `data/*.csv` is a glob. Relative to
 * the folder the command runs in, in the order written, each once.
 */
export declare function commandWords(command: string, depth?: number): string[];
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
export declare function commandPaths(command: string): string[];
