/**
 * Text from outside Lepton (metric names and values come from the eval's own
 * files, which a pull request controls) must not break or inject into the
 * Markdown/HTML of a PR comment, nor into a terminal. Everything untrusted
 * passes through one of these before it is rendered.
 */
export { MAX_NAME, clip, plainText } from '../format/text.js';
/**
 * One line, no control characters, and no `<!--`: the report's hidden marker
 * must be the only HTML comment opener in it, even inside a code span, so a
 * search for a marker cannot land on a metric name (a zero-width space breaks it).
 */
export declare function oneLine(text: string, max?: number): string;
/**
 * Untrusted text as literal Markdown inline text. Every ASCII punctuation
 * character is backslash-escaped (CommonMark renders `\X` as a literal X, and
 * escaped `<`, `&` come out as `&lt;`, `&amp;`), which stops emphasis, links
 * (`](`), HTML (`<script>`), entities and table pipes. GitHub also turns
 * `@name` into a mention and bare URLs into links after Markdown; a word
 * joiner (invisible) breaks those patterns.
 */
export declare function escapeText(text: string, max?: number): string;
/**
 * Untrusted text as a code span (metric and part names read best that way).
 * Nothing inside a code span is Markdown, HTML, a mention or a link; the fence
 * is one backtick longer than any run inside. In a table cell every `|` is
 * escaped, which GitHub's table parser strips again before the code span is read.
 */
export declare function codeSpan(text: string, inTable?: boolean, max?: number): string;
