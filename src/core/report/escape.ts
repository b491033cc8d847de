/**
 * Text from outside Lepton (metric names and values come from the eval's own
 * files, which a pull request controls) must not break or inject into the
 * Markdown/HTML of a PR comment, nor into a terminal. Everything untrusted
 * passes through one of these before it is rendered.
 */

import { CONTROLS, LINE_BREAKS, MAX_NAME, clip } from '../format/text.js';

export { MAX_NAME, clip, plainText } from '../format/text.js';

const ASCII_PUNCTUATION = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/g;
const WORD_JOINER = '\u2060';

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
