/**
 * Text from outside Lepton (metric names and values come from the eval's own
 * files, which a pull request controls) must not break or inject into the
 * Markdown/HTML of a PR comment, nor into a terminal. Everything untrusted
 * passes through one of these before it is rendered.
 */

/** Longest piece of untrusted text shown in one place. */
export const MAX_NAME = 200;

const LINE_BREAKS = /\r\n|[\r\n\u0085\u2028\u2029]/g;
// C0/C1 controls and DEL, plus the bidi overrides that can disguise text.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const ASCII_PUNCTUATION = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/g;
const WORD_JOINER = '\u2060';

/** Cuts long text with an ellipsis (by code points, so no half surrogate pair is left). */
export function clip(text: string, max = MAX_NAME): string {
  // A string has at least as many UTF-16 units as code points: short ones need no split.
  if (text.length <= max) return text;
  const chars = Array.from(text);
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text;
}

/**
 * One line, no control characters, and no `<!--`: the report's hidden marker
 * must be the only HTML comment opener in it, even inside a code span, so a
 * search for a marker cannot land on a metric name (a zero-width space breaks it).
 */
export function oneLine(text: string, max = MAX_NAME): string {
  return clip(
    text.replace(LINE_BREAKS, ' ').replace(CONTROLS, ' ').replace(/<!--/g, '<!\u200b--'),
    max,
  );
}

/**
 * Untrusted text as literal Markdown inline text. Every ASCII punctuation
 * character is backslash-escaped (CommonMark renders `\X` as a literal X, and
 * escaped `<`, `&` come out as `&lt;`, `&amp;`), which stops emphasis, links
 * (`](`), HTML (`<script>`), entities and table pipes. GitHub also turns
 * `@name` into a mention and bare URLs into links after Markdown; a word
 * joiner (invisible) breaks those patterns.
 */
export function escapeText(text: string, max = MAX_NAME): string {
  return oneLine(text, max)
    .replace(ASCII_PUNCTUATION, (c) => `\\${c}`)
    .replace(/@/g, `@${WORD_JOINER}`)
    .replace(/\\:\\\/\\\//g, `\\:${WORD_JOINER}\\/\\/`)
    .replace(/(www)(\\\.)/gi, `$1${WORD_JOINER}$2`);
}

/**
 * Untrusted text as a code span (metric and part names read best that way).
 * Nothing inside a code span is Markdown, HTML, a mention or a link; the fence
 * is one backtick longer than any run inside. In a table cell every `|` is
 * escaped, which GitHub's table parser strips again before the code span is read.
 */
export function codeSpan(text: string, inTable = false, max = MAX_NAME): string {
  let body = oneLine(text, max);
  if (body === '') return '`""`';
  const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  if (/^[` ]|[` ]$/.test(body) && body.trim() !== '') body = ` ${body} `;
  if (inTable) body = body.replace(/\|/g, '\\|');
  return `${fence}${body}${fence}`;
}

/** Untrusted text for a terminal: one line, control characters shown as `\xNN` rather than obeyed. */
export function plainText(text: string, max = MAX_NAME): string {
  return clip(
    text.replace(
      CONTROLS,
      (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0').toUpperCase()}`,
    ),
    max,
  );
}
