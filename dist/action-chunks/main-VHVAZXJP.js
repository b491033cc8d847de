import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  DURATION,
  ENV_NAME,
  HTTP_URL,
  NAME,
  OCI_STORE,
  PART_NAME,
  PERCENT,
  climbOf,
  duplicateKeys,
  formatIssue,
  isAbsolutePath,
  locate,
  noiseIssues,
  normalize,
  parseDuration,
  pathIssues,
  pathsLeavingRepo,
  require_dist,
  require_mod,
  stageOrderIssues,
  stageThresholds
} from "./chunk-75MAQRGH.js";
import {
  require_semver
} from "./chunk-V4CXZ45A.js";
import {
  require_valid
} from "./chunk-3MIGHSNN.js";
import {
  __commonJS,
  __name,
  __toESM
} from "./chunk-HQRR3HW4.js";

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str4) => REGEX_SPECIAL_CHARS.test(str4);
    exports.isRegexChar = (str4) => str4.length === 1 && exports.hasRegexChars(str4);
    exports.escapeRegex = (str4) => str4.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str4) => str4.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str4) => {
      return str4.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path, { windows } = {}) => {
      const segs = path.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = /* @__PURE__ */ __name((code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    }, "isPathSeparator");
    var depth = /* @__PURE__ */ __name((token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    }, "depth");
    var scan = /* @__PURE__ */ __name((input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str4 = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob2 = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = /* @__PURE__ */ __name(() => index >= length, "eos");
      const peek = /* @__PURE__ */ __name(() => str4.charCodeAt(index + 1), "peek");
      const advance = /* @__PURE__ */ __name(() => {
        prev = code;
        return str4.charCodeAt(++index);
      }, "advance");
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob2 = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob2 = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob2 = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob2 = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob2 = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob2 = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob2 = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob2 === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob2 = false;
      }
      let base = str4;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str4.slice(0, start);
        str4 = str4.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob2 === true && lastIndex > 0) {
        base = str4.slice(0, lastIndex);
        glob = str4.slice(lastIndex);
      } else if (isGlob2 === true) {
        base = "";
        glob = str4;
      } else {
        base = str4;
      }
      if (base && base !== "" && base !== "/" && base !== str4) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob: isGlob2,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    }, "scan");
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants3 = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants3;
    var expandRange = /* @__PURE__ */ __name((args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    }, "expandRange");
    var syntaxError = /* @__PURE__ */ __name((type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    }, "syntaxError");
    var splitTopLevel = /* @__PURE__ */ __name((input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote3 = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote3 = quote3 === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote3 === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    }, "splitTopLevel");
    var isPlainBranch = /* @__PURE__ */ __name((branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    }, "isPlainBranch");
    var normalizeSimpleBranch = /* @__PURE__ */ __name((branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    }, "normalizeSimpleBranch");
    var hasRepeatedCharPrefixOverlap = /* @__PURE__ */ __name((branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    }, "hasRepeatedCharPrefixOverlap");
    var parseRepeatedExtglob = /* @__PURE__ */ __name((pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote3 = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote3 = quote3 === 1 ? 0 : 1;
          continue;
        }
        if (quote3 === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    }, "parseRepeatedExtglob");
    var buildCharClassStar = /* @__PURE__ */ __name((chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    }, "buildCharClassStar");
    var getStarExtglobSequenceChars = /* @__PURE__ */ __name((pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    }, "getStarExtglobSequenceChars");
    var repeatedExtglobRecursion = /* @__PURE__ */ __name((pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    }, "repeatedExtglobRecursion");
    var analyzeRepeatedExtglob = /* @__PURE__ */ __name((body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants3.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    }, "analyzeRepeatedExtglob");
    var parse3 = /* @__PURE__ */ __name((input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants3.globChars(opts.windows);
      const EXTGLOB_CHARS = constants3.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = /* @__PURE__ */ __name((opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      }, "globstar");
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = /* @__PURE__ */ __name(() => state.index === len - 1, "eos");
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = /* @__PURE__ */ __name(() => input.slice(state.index + 1), "remaining");
      const consume = /* @__PURE__ */ __name((value2 = "", num3 = 0) => {
        state.consumed += value2;
        state.index += num3;
      }, "consume");
      const append = /* @__PURE__ */ __name((token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      }, "append");
      const negate = /* @__PURE__ */ __name(() => {
        let count2 = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count2++;
        }
        if (count2 % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      }, "negate");
      const increment = /* @__PURE__ */ __name((type) => {
        state[type]++;
        stack.push(type);
      }, "increment");
      const decrement = /* @__PURE__ */ __name((type) => {
        state[type]--;
        stack.pop();
      }, "decrement");
      const push = /* @__PURE__ */ __name((tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      }, "push");
      const extglobOpen = /* @__PURE__ */ __name((type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      }, "extglobOpen");
      const extglobClose = /* @__PURE__ */ __name((token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open3 = tokens[token.tokensIndex];
          open3.type = "text";
          open3.value = literal;
          open3.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open3.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse3(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      }, "extglobClose");
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix4 = POSIX_REGEX_SOURCE[rest2];
                if (posix4) {
                  prev.value = pre + posix4;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open3 = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open3);
          push(open3);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr2 = tokens.slice();
            const range = [];
            for (let i = arr2.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr2[i].type === "brace") {
                break;
              }
              if (arr2[i].type !== "dots") {
                range.unshift(arr2[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after2 = input[state.index + 4];
            if (after2 && after2 !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    }, "parse");
    parse3.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants3.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = /* @__PURE__ */ __name((opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      }, "globstar");
      const create = /* @__PURE__ */ __name((str4) => {
        switch (str4) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str4);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      }, "create");
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse3;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse3 = require_parse();
    var utils = require_utils();
    var constants3 = require_constants();
    var isObject = /* @__PURE__ */ __name((val) => val && typeof val === "object" && !Array.isArray(val), "isObject");
    var picomatch3 = /* @__PURE__ */ __name((glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch3(input, options, returnState));
        const arrayMatcher = /* @__PURE__ */ __name((str4) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str4);
            if (state2) return state2;
          }
          return false;
        }, "arrayMatcher");
        return arrayMatcher;
      }
      const isState = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix4 = opts.windows;
      const regex = isState ? picomatch3.compileRe(glob, options) : picomatch3.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = /* @__PURE__ */ __name(() => false, "isIgnored");
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch3(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = /* @__PURE__ */ __name((input, returnObject = false) => {
        const { isMatch, match, output } = picomatch3.test(input, regex, options, { glob, posix: posix4 });
        const result = { glob, state, regex, posix: posix4, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      }, "matcher");
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    }, "picomatch");
    picomatch3.test = (input, regex, options, { glob, posix: posix4 } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix4 ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch3.matchBase(input, regex, options, posix4);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch3.matchBase = (input, glob, options, posix4 = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch3.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix4 }));
    };
    picomatch3.isMatch = (str4, patterns, options) => picomatch3(patterns, options)(str4);
    picomatch3.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch3.parse(p, options));
      return parse3(pattern, { ...options, fastpaths: false });
    };
    picomatch3.scan = (input, options) => scan(input, options);
    picomatch3.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch3.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch3.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse3.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse3(input, options);
      }
      return picomatch3.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch3.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch3.constants = constants3;
    module.exports = picomatch3;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch3(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    __name(picomatch3, "picomatch");
    Object.assign(picomatch3, pico);
    module.exports = picomatch3;
  }
});

// src/action/workflow-commands.ts
import { randomUUID } from "node:crypto";
import { appendFileSync, existsSync } from "node:fs";
import { access, appendFile } from "node:fs/promises";
import { constants } from "node:fs";
import { EOL } from "node:os";
function commandValue(input) {
  if (input === null || input === void 0) return "";
  if (typeof input === "string" || input instanceof String) return String(input);
  return JSON.stringify(input);
}
__name(commandValue, "commandValue");
var escapeData = /* @__PURE__ */ __name((s) => commandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A"), "escapeData");
var escapeProperty = /* @__PURE__ */ __name((s) => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C"), "escapeProperty");
function issueCommand(name, properties, message2) {
  const keys = Object.keys(properties);
  const props = keys.filter((k) => Boolean(properties[k])).map((k) => `${k}=${escapeProperty(properties[k])}`).join(",");
  const head = `::${name || "missing.command"}${keys.length ? ` ${props}` : ""}`;
  process.stdout.write(`${head}::${escapeData(message2)}${EOL}`);
}
__name(issueCommand, "issueCommand");
function issueFileCommand(command2, key, value) {
  const file = process.env[`GITHUB_${command2}`];
  if (!file) throw new Error(`Unable to find environment variable for file command ${command2}`);
  if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`);
  const delimiter = `ghadelimiter_${randomUUID()}`;
  const text = commandValue(value);
  if (key.includes(delimiter)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  }
  if (text.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  }
  appendFileSync(file, `${key}<<${delimiter}${EOL}${text}${EOL}${delimiter}${EOL}`, "utf8");
}
__name(issueFileCommand, "issueFileCommand");
function getInput(name) {
  return (process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "").trim();
}
__name(getInput, "getInput");
function getBooleanInput(name) {
  const value = getInput(name);
  if (["true", "True", "TRUE"].includes(value)) return true;
  if (["false", "False", "FALSE"].includes(value)) return false;
  throw new TypeError(
    `Input does not meet YAML 1.2 "Core Schema" specification: ${name}
Support boolean input list: \`true | True | TRUE | false | False | FALSE\``
  );
}
__name(getBooleanInput, "getBooleanInput");
function setOutput(name, value) {
  if (process.env.GITHUB_OUTPUT) return issueFileCommand("OUTPUT", name, value);
  process.stdout.write(EOL);
  issueCommand("set-output", { name }, commandValue(value));
}
__name(setOutput, "setOutput");
var setSecret = /* @__PURE__ */ __name((secret) => issueCommand("add-mask", {}, secret), "setSecret");
var annotation = /* @__PURE__ */ __name((kind) => (message2, p = {}) => issueCommand(
  kind,
  Object.keys(p).length ? {
    title: p.title,
    file: p.file,
    line: p.startLine,
    endLine: p.endLine,
    col: p.startColumn,
    endColumn: p.endColumn
  } : {},
  message2 instanceof Error ? message2.toString() : message2
), "annotation");
var error = annotation("error");
var warning = annotation("warning");
var notice = annotation("notice");
function setFailed(message2) {
  process.exitCode = 1;
  error(message2);
}
__name(setFailed, "setFailed");
var info = /* @__PURE__ */ __name((message2) => void process.stdout.write(message2 + EOL), "info");
var debug = /* @__PURE__ */ __name((message2) => issueCommand("debug", {}, message2), "debug");
var startGroup = /* @__PURE__ */ __name((name) => issueCommand("group", {}, name), "startGroup");
var endGroup = /* @__PURE__ */ __name(() => issueCommand("endgroup", {}, ""), "endGroup");
async function appendSummary(file, markdown) {
  try {
    await access(file, constants.R_OK | constants.W_OK);
  } catch {
    throw new Error(
      `Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`
    );
  }
  await appendFile(file, markdown + EOL, { encoding: "utf8" });
}
__name(appendSummary, "appendSummary");

// src/action/main.ts
import { tmpdir as tmpdir4 } from "node:os";

// src/core/errors/index.ts
var EXIT_CODES = {
  ok: 0,
  threshold: 1,
  invalid: 2,
  eval: 3,
  git: 4
};
var LeptonError = class extends Error {
  constructor(kind, message2, details = [], options) {
    super(message2, options);
    this.kind = kind;
    this.details = details;
    this.code = EXIT_CODES[kind];
  }
  kind;
  details;
  static {
    __name(this, "LeptonError");
  }
  name = "LeptonError";
  /** The stable code of `kind`: the CLI's exit code (2 invalid, 1 threshold, 3 eval, 4 git). */
  code;
};
var isLeptonError = /* @__PURE__ */ __name((e) => e instanceof LeptonError, "isLeptonError");
function exitCodeOf(e) {
  return isLeptonError(e) ? EXIT_CODES[e.kind] : 1;
}
__name(exitCodeOf, "exitCodeOf");

// src/io/manifest-file.ts
import { readFile } from "node:fs/promises";

// src/core/manifest/quick.ts
var import_yaml = __toESM(require_dist(), 1);
var import_valid = __toESM(require_valid(), 1);
var isObj = /* @__PURE__ */ __name((v) => typeof v === "object" && v !== null && !Array.isArray(v), "isObj");
var isStr = /* @__PURE__ */ __name((v) => typeof v === "string", "isStr");
var isNum = /* @__PURE__ */ __name((v) => typeof v === "number" && Number.isFinite(v), "isNum");
var absent = /* @__PURE__ */ __name((v) => v === void 0, "absent");
var shape = /* @__PURE__ */ __name((fields) => (v) => isObj(v) && Object.keys(v).every((k) => Object.hasOwn(fields, k)) && Object.entries(fields).every(([k, check2]) => check2(v[k])), "shape");
var optional = /* @__PURE__ */ __name((check2) => (v) => absent(v) || check2(v), "optional");
var record = /* @__PURE__ */ __name((key, value) => (v) => isObj(v) && Object.entries(v).every(([k, x]) => key(k) && value(x)), "record");
var list = /* @__PURE__ */ __name((item) => (v) => Array.isArray(v) && v.length > 0 && v.every(item), "list");
var matches = /* @__PURE__ */ __name((re) => (v) => isStr(v) && re.test(v), "matches");
var oneOf = /* @__PURE__ */ __name((...values) => (v) => isStr(v) && values.includes(v), "oneOf");
var nonEmpty = /* @__PURE__ */ __name((v) => isStr(v) && v.length > 0, "nonEmpty");
var isBool = /* @__PURE__ */ __name((v) => typeof v === "boolean", "isBool");
var repoPath = /* @__PURE__ */ __name((v) => nonEmpty(v) && !isAbsolutePath(v.replace(/^!/, "")), "repoPath");
var command = /* @__PURE__ */ __name((v) => nonEmpty(v) && !v.includes("\0"), "command");
var timeout = /* @__PURE__ */ __name((v) => isStr(v) && DURATION.test(v) && Number(DURATION.exec(v)?.[1] ?? 1) > 0, "timeout");
var relativeBound = /* @__PURE__ */ __name((v) => isNum(v) && v >= 0 || matches(PERCENT)(v), "relativeBound");
var boundFields = {
  min: optional(isNum),
  max: optional(isNum),
  max_drop: optional(relativeBound),
  max_rise: optional(relativeBound),
  level: optional(oneOf("error", "warn"))
};
var bounded = /* @__PURE__ */ __name((t) => (t.min !== void 0 || t.max !== void 0 || t.max_drop !== void 0 || t.max_rise !== void 0) && (t.min === void 0 || t.max === void 0 || t.min <= t.max), "bounded");
var threshold = /* @__PURE__ */ __name((v) => shape(boundFields)(v) && bounded(v), "threshold");
var evalThreshold = /* @__PURE__ */ __name((v) => shape({ ...boundFields, noise: optional(oneOf("warn", "off")) })(v) && bounded(v) && (v.noise !== "warn" || v.max_drop !== void 0 || v.max_rise !== void 0), "evalThreshold");
var thresholds = record(nonEmpty, threshold);
var part = shape({ paths: list(repoPath) });
var evalSection = shape({
  command,
  workdir: optional(repoPath),
  metrics: /* @__PURE__ */ __name((v) => repoPath(v) || list(repoPath)(v), "metrics"),
  paths: optional(list(repoPath)),
  timeout: optional(timeout),
  env: optional(
    record(matches(ENV_NAME), (x) => isStr(x) && !x.includes("\0") || isNum(x) || isBool(x))
  ),
  samples: optional(repoPath),
  thresholds: optional(record(nonEmpty, evalThreshold)),
  shards: optional((x) => isNum(x) && Number.isSafeInteger(x) && x >= 1 && x <= 1e3),
  merge: optional(record(nonEmpty, oneOf("mean", "sum", "min", "max")))
});
var monitor = shape({
  prometheus: optional(matches(HTTP_URL)),
  queries: record(nonEmpty, nonEmpty),
  thresholds: optional(thresholds),
  rollback: optional(isBool)
});
var deploy = shape({
  command,
  timeout: optional(timeout),
  environment: optional((x) => nonEmpty(x) && x.length <= 255),
  url: optional(matches(HTTP_URL)),
  rollback_on_failure: optional(isBool)
});
var stage = /* @__PURE__ */ __name((v) => v === null || shape({
  after: optional(isStr),
  thresholds: optional(thresholds),
  monitor: optional(monitor),
  deploy: optional(deploy)
})(v), "stage");
var bump = optional(oneOf("major", "minor", "patch", "none"));
var manifest = shape({
  version: /* @__PURE__ */ __name((v) => v === 1, "version"),
  model: matches(NAME),
  description: optional(isStr),
  components: optional(record(matches(PART_NAME), part)),
  data: optional(record(matches(PART_NAME), part)),
  eval: evalSection,
  artifacts: optional(shape({ paths: list(repoPath), store: optional(matches(OCI_STORE)) })),
  stages: optional(record(matches(NAME), stage)),
  versioning: optional(
    shape({
      first: optional((v) => isStr(v) && (0, import_valid.default)(v) !== null && !v.startsWith("v")),
      bump: optional(shape({ components: bump, data: bump }))
    })
  )
});
function quickValidate(text, file = "lepton.yml") {
  void file;
  const counter = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter: counter, uniqueKeys: false, prettyErrors: true });
  if (doc.errors.length || duplicateKeys(doc).length) return null;
  let raw;
  try {
    raw = doc.toJS({ maxAliasCount: 1e3 });
  } catch {
    return null;
  }
  if (!manifest(raw)) return null;
  if (stageOrderIssues(raw).length || pathIssues(raw).length || noiseIssues(raw).length)
    return null;
  return { ok: true, manifest: normalize(raw), issues: [] };
}
__name(quickValidate, "quickValidate");
async function validateManifestLazily(text, file = "lepton.yml") {
  return quickValidate(text, file) ?? (await import("./validate-LCGU24KL.js")).validateManifest(text, file);
}
__name(validateManifestLazily, "validateManifestLazily");

// src/io/manifest-file.ts
var ManifestInvalidError = class extends LeptonError {
  constructor(file, issues) {
    super(
      "invalid",
      `${file}: ${issues.length} problem${issues.length === 1 ? "" : "s"}`,
      issues.map(formatIssue)
    );
    this.file = file;
    this.issues = issues;
  }
  file;
  issues;
  static {
    __name(this, "ManifestInvalidError");
  }
};
async function loadManifest(path, displayName = path) {
  let text;
  try {
    text = await readFile(path, "utf8");
  } catch (e) {
    const code = e.code;
    const why = code === "ENOENT" ? "no such file" : e.message ?? String(e);
    throw new LeptonError(
      "invalid",
      `cannot read manifest ${path}: ${why}`,
      code !== "ENOENT" ? [] : /[*?[\]{}]/.test(path) ? [
        "this command reads one manifest: name it (models/a/lepton.yml); a glob is for ls, affected and the Action"
      ] : [
        "write one with `lepton init` in the model's folder, or name the one you have (the CLI's --manifest FILE, the Action's manifest input); `lepton ls` lists the repository's models"
      ]
    );
  }
  const result = await validateManifestLazily(text, displayName);
  if (!result.ok) throw new ManifestInvalidError(displayName, result.issues);
  return result.manifest;
}
__name(loadManifest, "loadManifest");

// src/action/annotations.ts
function annotateManifestIssues(issues) {
  for (const issue of issues) {
    const where = issue.path === "<root>" ? "" : `${issue.path}: `;
    error(`${where}${issue.message}${issue.hint ? ` (${issue.hint})` : ""}`, {
      file: issue.file,
      startLine: issue.line,
      startColumn: issue.column
    });
  }
}
__name(annotateManifestIssues, "annotateManifestIssues");

// src/action/event.ts
import { existsSync as existsSync2, readFileSync } from "node:fs";
var PR_EVENTS = /* @__PURE__ */ new Set(["pull_request", "pull_request_target"]);
function planRun(inputs, event) {
  const pr = PR_EVENTS.has(event.name) ? pullRequestOf(event.payload) : null;
  switch (inputs.command) {
    case "validate":
      return { kind: "validate" };
    case "eval":
      return {
        kind: "eval",
        baseBranch: pr?.base ?? null,
        pullRequest: pr?.number ?? null,
        headSha: pr?.headSha ?? null
      };
    case "record":
      return { kind: "record" };
    case "promote":
      return promotePlan(inputs, event);
    case "comment":
      return commentPlan(event);
    case "monitor":
      return { kind: "monitor", stage: inputs.stage };
    case "deploy":
      if (!inputs.stage) throw new LeptonError("invalid", 'deploy needs the "stage" input');
      return { kind: "deploy", stage: inputs.stage, version: inputs.version };
    case "rollback":
      return rollbackPlan(inputs, event);
    case "plan":
      return skip("command plan routes nothing");
    case "auto":
      return autoPlan(inputs, event, pr);
  }
}
__name(planRun, "planRun");
function autoPlan(inputs, event, pr) {
  const { name, payload } = event;
  if (PR_EVENTS.has(name)) {
    if (!pr) return skip(`the ${name} event carries no pull request number`);
    return { kind: "eval", baseBranch: pr.base, pullRequest: pr.number, headSha: pr.headSha };
  }
  if (name === "push") {
    const main2 = payload.repository?.default_branch;
    if (!main2) return skip("the push event does not name the default branch");
    if (payload.ref !== `refs/heads/${main2}`) {
      return skip(
        `a push to ${payload.ref ?? "an unknown ref"} is not a push to the default branch (${main2}): nothing to record`
      );
    }
    return { kind: "record" };
  }
  if (name === "workflow_dispatch") {
    const asked = payload.inputs?.rollback;
    if (asked === true || asked === "true") return rollbackPlan(inputs, event);
    if (!inputs.stage) {
      return skip(
        'workflow_dispatch without the "stage" input: nothing to promote (set command: record or eval to run those)'
      );
    }
    return promotePlan(inputs, event);
  }
  if (name === "workflow_run") return commentPlan(event);
  if (name === "schedule") return { kind: "monitor", stage: inputs.stage };
  if (name === "release") {
    if (payload.action !== "published") {
      return skip(`release ${payload.action ?? ""} is not "published": nothing to promote`);
    }
    return promotePlan(inputs, event);
  }
  return skip(
    `nothing to do on the "${name || "unknown"}" event (Lepton acts on pull_request, push to the default branch, workflow_dispatch with a stage, release published, and schedule)`
  );
}
__name(autoPlan, "autoPlan");
function rollbackPlan(inputs, event) {
  const given = event.payload.inputs ?? {};
  const text = /* @__PURE__ */ __name((v) => typeof v === "string" && v.trim() ? v.trim() : null, "text");
  const stage2 = inputs.stage ?? text(given.stage);
  const reason = inputs.reason ?? text(given.reason);
  const missing = [...stage2 ? [] : ['"stage"'], ...reason ? [] : ['"reason"']];
  if (!stage2 || !reason) {
    throw new LeptonError("invalid", `rollback needs the ${missing.join(" and ")} input`, [
      "see examples/workflows/lepton-rollback.yml (workflow_dispatch with required stage and reason)"
    ]);
  }
  return { kind: "rollback", stage: stage2, reason };
}
__name(rollbackPlan, "rollbackPlan");
function promotePlan(inputs, event) {
  const release = event.name === "release" ? event.payload.release?.tag_name : void 0;
  let version = inputs.version;
  let tagModel = null;
  if (!version && release) {
    const parsed = parseReleaseTag(release);
    if (!parsed)
      return skip(
        `the release tag "${release}" does not name a version (expected MODEL@vX.Y.Z or vX.Y.Z)`
      );
    version = parsed.version;
    tagModel = parsed.model;
  }
  if (!inputs.stage) {
    throw new LeptonError("invalid", 'promote needs the "stage" input (the stage to promote to)');
  }
  return { kind: "promote", stage: inputs.stage, version, tagModel };
}
__name(promotePlan, "promotePlan");
function parseReleaseTag(tag) {
  const m = /^(?:([a-zA-Z0-9](?:[a-zA-Z0-9\-/_]*[a-zA-Z0-9])?)@)?v?(\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.\-+]*)?)$/.exec(
    tag
  );
  return m ? { model: m[1] ?? null, version: m[2] } : null;
}
__name(parseReleaseTag, "parseReleaseTag");
function pullRequestOf(payload) {
  const number = payload.pull_request?.number;
  if (typeof number !== "number" || !Number.isInteger(number)) return null;
  const base = payload.pull_request?.base?.ref;
  const sha2 = payload.pull_request?.head?.sha;
  return {
    number,
    base: typeof base === "string" && base ? base : null,
    headSha: typeof sha2 === "string" && /^[0-9a-f]{40}$/.test(sha2) ? sha2 : null
  };
}
__name(pullRequestOf, "pullRequestOf");
function commentPlan(event) {
  if (event.name !== "workflow_run") {
    throw new LeptonError(
      "invalid",
      `command "comment" runs on the workflow_run event (after the eval workflow), not on "${event.name || "unknown"}"`,
      ["see examples/workflows/lepton-pr-comment.yml"]
    );
  }
  const run2 = event.payload.workflow_run;
  if (run2?.event !== "pull_request" && run2?.event !== "pull_request_target") {
    return skip(
      `the triggering run was for a ${run2?.event ?? "unknown"} event, not a pull request: nothing to comment`
    );
  }
  const id = run2.id;
  const sha2 = run2.head_sha;
  if (typeof id !== "number" || !Number.isSafeInteger(id) || typeof sha2 !== "string" || !/^[0-9a-f]{40}$/.test(sha2)) {
    throw new LeptonError("invalid", "the workflow_run event names no run id and head commit");
  }
  const full = run2.head_repository?.full_name;
  return {
    kind: "comment",
    runId: id,
    headSha: sha2,
    headRepository: typeof full === "string" && full ? full : null,
    pullRequests: (run2.pull_requests ?? []).map((p) => p.number).filter((n) => typeof n === "number" && Number.isSafeInteger(n))
  };
}
__name(commentPlan, "commentPlan");
var skip = /* @__PURE__ */ __name((reason) => ({ kind: "skip", reason }), "skip");
function readEvent(env) {
  const name = env.GITHUB_EVENT_NAME ?? "";
  const path = env.GITHUB_EVENT_PATH;
  if (!path || !existsSync2(path)) return { name, payload: {} };
  try {
    return { name, payload: JSON.parse(readFileSync(path, "utf8")) };
  } catch (e) {
    throw new LeptonError(
      "invalid",
      `cannot read the event payload ${path}: ${e.message}`
    );
  }
}
__name(readEvent, "readEvent");

// src/action/inputs.ts
var COMMANDS = [
  "auto",
  "validate",
  "eval",
  "record",
  "promote",
  "comment",
  "monitor",
  "deploy",
  "rollback",
  "plan"
];
function readInputs() {
  const token = getInput("token");
  if (token) setSecret(token);
  const command2 = getInput("command") || "auto";
  if (!COMMANDS.includes(command2)) {
    throw new LeptonError(
      "invalid",
      `input "command" must be one of ${COMMANDS.join(", ")} (got "${command2}")`
    );
  }
  return {
    command: command2,
    manifest: getInput("manifest") || "lepton.yml",
    workingDirectory: getInput("working-directory") || ".",
    version: getInput("version") || null,
    stage: getInput("stage") || null,
    reason: getInput("reason").trim() || null,
    token,
    comment: booleanInput("comment", true),
    push: booleanInput("push", true),
    failOnThreshold: booleanInput("fail-on-threshold", true),
    issue: booleanInput("issue", false),
    shards: getInput("shards") || null
  };
}
__name(readInputs, "readInputs");
function booleanInput(name, fallback) {
  if (getInput(name) === "") return fallback;
  try {
    return getBooleanInput(name);
  } catch {
    throw new LeptonError(
      "invalid",
      `input "${name}" must be true or false (got ${JSON.stringify(getInput(name))})`,
      ["YAML 1.2 core schema booleans: true, True, TRUE, false, False, FALSE"]
    );
  }
}
__name(booleanInput, "booleanInput");

// src/action/logger.ts
import { randomUUID as randomUUID2 } from "node:crypto";
function actionsLogger() {
  let stopped = false;
  let atLineStart = true;
  const deferred = [];
  return {
    info: /* @__PURE__ */ __name((message2) => info(message2), "info"),
    warn: /* @__PURE__ */ __name((message2) => stopped ? void deferred.push(message2) : warning(message2), "warn"),
    output: /* @__PURE__ */ __name((chunk) => {
      if (chunk === "") return;
      process.stdout.write(chunk);
      atLineStart = chunk.endsWith("\n");
    }, "output"),
    group: /* @__PURE__ */ __name(async (name, work) => {
      startGroup(name);
      const resume = randomUUID2();
      process.stdout.write(`::stop-commands::${resume}
`);
      stopped = true;
      try {
        return await work();
      } finally {
        process.stdout.write(`${atLineStart ? "" : "\n"}::${resume}::
`);
        atLineStart = true;
        stopped = false;
        endGroup();
        for (const message2 of deferred.splice(0)) warning(message2);
      }
    }, "group")
  };
}
__name(actionsLogger, "actionsLogger");

// src/action/outputs.ts
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";

// src/action/summary.ts
var MAX_SUMMARY_BYTES = 1024 * 1024;
async function writeJobSummary(markdown, summaryFile) {
  if (!summaryFile) return false;
  await appendSummary(summaryFile, fitSummary(markdown));
  return true;
}
__name(writeJobSummary, "writeJobSummary");
function fitSummary(markdown) {
  const note = "\n\n\u2026 (truncated: the job summary holds at most 1 MiB)\n";
  if (Buffer.byteLength(markdown) <= MAX_SUMMARY_BYTES) return markdown;
  let text = markdown.slice(0, MAX_SUMMARY_BYTES - note.length * 4);
  while (Buffer.byteLength(text) + Buffer.byteLength(note) > MAX_SUMMARY_BYTES) {
    text = text.slice(0, Math.floor(text.length * 0.9));
  }
  return text.slice(0, text.lastIndexOf("\n") + 1 || text.length) + note;
}
__name(fitSummary, "fitSummary");

// src/action/outputs.ts
async function publish(result, tempDir, summaryFile) {
  await mkdir(tempDir, { recursive: true });
  const reportPath = join(tempDir, `lepton-${result.model ?? "run"}-report.md`);
  await writeFile(reportPath, result.report);
  setOutput("version", result.version ?? "");
  setOutput("tag", result.tag ?? "");
  setOutput("stage-tag", result.stageTag ?? "");
  setOutput("passed", String(result.passed));
  setOutput("reused", String(result.reused));
  setOutput("metrics", JSON.stringify(result.metrics));
  setOutput("report", reportPath);
  try {
    if (!await writeJobSummary(result.report, summaryFile)) {
      info(`GITHUB_STEP_SUMMARY is not set: the report is only in ${reportPath}`);
    }
  } catch (e) {
    warning(`could not write the job summary: ${e.message}`);
  }
}
__name(publish, "publish");

// src/core/format/text.ts
var MAX_NAME = 200;
var LINE_BREAKS = /\r\n|[\r\n\u0085\u2028\u2029]/g;
var CONTROLS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
function clip(text, max = MAX_NAME) {
  if (text.length <= max) return text;
  const chars = Array.from(text);
  return chars.length > max ? `${chars.slice(0, max - 1).join("")}\u2026` : text;
}
__name(clip, "clip");
function plainText(text, max = MAX_NAME) {
  return clip(
    text.replace(
      CONTROLS,
      (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0").toUpperCase()}`
    ),
    max
  );
}
__name(plainText, "plainText");

// src/core/report/escape.ts
var ASCII_PUNCTUATION = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/g;
var WORD_JOINER = "\u2060";
function oneLine(text, max = MAX_NAME) {
  return clip(
    text.replace(LINE_BREAKS, " ").replace(CONTROLS, " ").replace(/<!--/g, "<!\u200B--"),
    max
  );
}
__name(oneLine, "oneLine");
function escapeText(text, max = MAX_NAME) {
  return oneLine(text, max).replace(ASCII_PUNCTUATION, (c) => `\\${c}`).replace(/@/g, `@${WORD_JOINER}`).replace(/\\:\\\/\\\//g, `\\:${WORD_JOINER}\\/\\/`).replace(/(www)(\\\.)/gi, `$1${WORD_JOINER}$2`);
}
__name(escapeText, "escapeText");
function codeSpan(text, inTable = false, max = MAX_NAME) {
  let body = oneLine(text, max);
  if (body === "") return '`""`';
  const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((run2) => run2.length));
  const fence2 = "`".repeat(longest + 1);
  if (/^[` ]|[` ]$/.test(body) && body.trim() !== "") body = ` ${body} `;
  if (inTable) body = body.replace(/\|/g, "\\|");
  return `${fence2}${body}${fence2}`;
}
__name(codeSpan, "codeSpan");

// src/core/report/summary.ts
function validReport(manifest2, manifestName) {
  const count2 = /* @__PURE__ */ __name((n, what) => `${n} ${what}${n === 1 ? "" : "s"}`, "count");
  return [
    `### Lepton \xB7 ${codeSpan(manifest2.model)}: ${codeSpan(manifestName)} is valid`,
    "",
    [
      count2(manifest2.components.length, "component"),
      count2(manifest2.data.length, "data set"),
      count2(manifest2.eval.thresholds.length, "threshold"),
      count2(manifest2.stages.length, "stage")
    ].join(", "),
    ""
  ].join("\n");
}
__name(validReport, "validReport");
function invalidReport(file, issues) {
  return [
    `### Lepton: ${codeSpan(file)} is invalid`,
    "",
    `${issues.length} problem${issues.length === 1 ? "" : "s"}:`,
    "",
    fence(issues.map(formatIssue).join("\n")),
    ""
  ].join("\n");
}
__name(invalidReport, "invalidReport");
function skippedReport(reason) {
  return `### Lepton: nothing to do

${fence(reason)}
`;
}
__name(skippedReport, "skippedReport");
function failedReport(message2, details) {
  return `### Lepton failed

${fence([message2, ...details.map((d) => `  ${d}`)].join("\n"))}
`;
}
__name(failedReport, "failedReport");
function fence(text) {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const f = "`".repeat(longest + 1);
  return `${f}text
${text}
${f}`;
}
__name(fence, "fence");

// src/action/report.ts
function errorReport(e) {
  if (e instanceof ManifestInvalidError) return invalidReport(e.file, e.issues);
  if (isLeptonError(e)) return failedReport(e.message, e.details);
  return failedReport(`internal error: ${e instanceof Error ? e.message : String(e)}`, []);
}
__name(errorReport, "errorReport");

// src/action/run.ts
import { realpath as realpath2 } from "node:fs/promises";
import { relative as relative9, resolve as resolve8, sep as sep9 } from "node:path";

// src/app/context.ts
import { dirname } from "node:path";

// src/io/git.ts
import { spawn } from "node:child_process";

// src/io/github/run-url.ts
function workflowRunUrl(env) {
  const { GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID } = env;
  if (!GITHUB_REPOSITORY || !GITHUB_RUN_ID) return null;
  return `${GITHUB_SERVER_URL || "https://github.com"}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}`;
}
__name(workflowRunUrl, "workflowRunUrl");

// src/io/oci/credentials.ts
import { readFile as readFile2 } from "node:fs/promises";
import { join as join2 } from "node:path";
function storeSettingsFromEnv(env, extra = {}) {
  const home = env.HOME ?? env.USERPROFILE;
  const dockerDir = env.DOCKER_CONFIG ?? (home ? join2(home, ".docker") : void 0);
  return {
    ...env.LEPTON_REGISTRY_USERNAME && { username: env.LEPTON_REGISTRY_USERNAME },
    ...env.LEPTON_REGISTRY_PASSWORD && { password: env.LEPTON_REGISTRY_PASSWORD },
    ...dockerDir && { dockerConfig: join2(dockerDir, "config.json") },
    ...extra.githubToken && { githubToken: extra.githubToken },
    ...env.GITHUB_ACTOR && { githubActor: env.GITHUB_ACTOR },
    insecure: env.LEPTON_REGISTRY_INSECURE === "1" || env.LEPTON_REGISTRY_INSECURE === "true"
  };
}
__name(storeSettingsFromEnv, "storeSettingsFromEnv");
async function credentialsFor(settings, registry) {
  if (settings.username !== void 0 && settings.password !== void 0) {
    return {
      username: settings.username,
      password: settings.password,
      source: "LEPTON_REGISTRY_USERNAME/LEPTON_REGISTRY_PASSWORD"
    };
  }
  if (settings.dockerConfig) {
    const found = await fromDockerConfig(settings.dockerConfig, registry);
    if (found) return found;
  }
  if (settings.githubToken && registry === "ghcr.io") {
    return {
      username: settings.githubActor ?? "lepton",
      password: settings.githubToken,
      source: "the Action's token"
    };
  }
  return null;
}
__name(credentialsFor, "credentialsFor");
async function fromDockerConfig(file, registry) {
  let config;
  try {
    config = JSON.parse(await readFile2(file, "utf8"));
  } catch {
    return null;
  }
  const auths = config.auths ?? {};
  const keys = registry === "docker.io" || registry === "registry-1.docker.io" ? ["https://index.docker.io/v1/", "docker.io", "index.docker.io"] : [registry, `https://${registry}`, `http://${registry}`, `https://${registry}/v2/`];
  for (const key of keys) {
    const entry = auths[key];
    if (!entry) continue;
    const source = `${file} (auths."${key}")`;
    if (entry.auth) {
      const text = Buffer.from(entry.auth, "base64").toString("utf8");
      const colon = text.indexOf(":");
      if (colon > 0) {
        return { username: text.slice(0, colon), password: text.slice(colon + 1), source };
      }
    }
    if (entry.username && entry.password) {
      return { username: entry.username, password: entry.password, source };
    }
  }
  return null;
}
__name(fromDockerConfig, "fromDockerConfig");

// src/io/settings.ts
var processEnv = /* @__PURE__ */ __name(() => process.env, "processEnv");
function readSettings(env = processEnv()) {
  const ci = env.GITHUB_ACTIONS === "true";
  const server = env.GITHUB_SERVER_URL || "https://github.com";
  const grace = Number(env.LEPTON_KILL_GRACE_MS);
  return {
    ci,
    actor: ci && env.GITHUB_ACTOR || null,
    runUrl: ci ? workflowRunUrl(env) : null,
    repositoryUrl: env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY ? `${server}/${env.GITHUB_REPOSITORY}` : null,
    identityInEnv: Boolean(env.GIT_COMMITTER_EMAIL || env.EMAIL),
    killGraceMs: env.LEPTON_KILL_GRACE_MS && Number.isFinite(grace) && grace >= 0 ? grace : DEFAULT_KILL_GRACE_MS,
    pushBudgetMs: pushBudgetMs(env),
    store: storeSettingsFromEnv(env),
    debug: env.LEPTON_DEBUG === "1",
    env
  };
}
__name(readSettings, "readSettings");
var DEFAULT_KILL_GRACE_MS = 1e4;
var DEFAULT_BUDGET_MS = 12e4;
function pushBudgetMs(env) {
  const raw = env.LEPTON_PUSH_BUDGET?.trim();
  if (!raw) return DEFAULT_BUDGET_MS;
  let ms = NaN;
  try {
    ms = parseDuration(raw);
  } catch {
  }
  if (!(ms > 0 && ms <= 864e5)) {
    throw new LeptonError(
      "invalid",
      `LEPTON_PUSH_BUDGET=${JSON.stringify(raw)}: expected a duration like 90s, 5m or 1h (at most 24h)`
    );
  }
  return ms;
}
__name(pushBudgetMs, "pushBudgetMs");

// src/io/git.ts
var lastLines = /* @__PURE__ */ __name((text, fallback = "no message", n = 3) => text.trim().split("\n").slice(-n).join("\n") || fallback, "lastLines");
var Git = class _Git {
  constructor(cwd, baseEnv = processEnv()) {
    this.cwd = cwd;
    this.baseEnv = baseEnv;
  }
  cwd;
  baseEnv;
  static {
    __name(this, "Git");
  }
  /** The git directory once known (it cannot change under a work tree that exists). */
  knownGitDir = null;
  /** Git for another folder of the same repository, keeping what this one learnt. */
  at(cwd) {
    const git = new _Git(cwd, this.baseEnv);
    git.knownGitDir = this.knownGitDir;
    return git;
  }
  run(args, options = {}) {
    return new Promise((resolve11, reject) => {
      const child = spawn("git", [...args], {
        cwd: this.cwd,
        env: this.env(options.env),
        stdio: ["pipe", "pipe", "pipe"]
      });
      const out = [];
      const err = [];
      child.stdout.on("data", options.onStdout ?? ((b) => out.push(b)));
      child.stderr.on("data", (b) => err.push(b));
      child.on(
        "error",
        (e) => reject(new LeptonError("git", `could not run git: ${e.message}`, [], { cause: e }))
      );
      child.on("close", (code) => {
        const result = {
          stdout: Buffer.concat(out).toString(options.encoding ?? "utf8"),
          stderr: Buffer.concat(err).toString("utf8"),
          code: code ?? 128
        };
        if (result.code !== 0 && !options.allowFailure) {
          const msg = lastLines(result.stderr, `exit ${result.code}`);
          reject(new LeptonError("git", `git ${args[0] ?? ""} failed: ${msg}`));
        } else {
          resolve11(result);
        }
      });
      child.stdin.on("error", () => {
      });
      if (options.feed) {
        const end = /* @__PURE__ */ __name(() => void child.stdin.end(), "end");
        options.feed((text) => void child.stdin.write(text)).then(end, end);
      } else {
        child.stdin.end(options.input ?? "");
      }
    });
  }
  env(extra) {
    return { ...this.baseEnv, LC_ALL: "C", GIT_TERMINAL_PROMPT: "0", ...extra };
  }
  /** stdout, trimmed of the trailing newline. */
  async out(args, options = {}) {
    return (await this.run(args, options)).stdout.replace(/\n$/, "");
  }
  /**
   * The repository's top level, or null outside a work tree. The same git process names the
   * git directory, so a later gitDir() spawns nothing (each spawn costs a few ms of a start).
   */
  async topLevel() {
    const r = await this.run(["rev-parse", "--show-toplevel", "--absolute-git-dir"], {
      allowFailure: true
    });
    if (r.code !== 0) return null;
    const lines = r.stdout.split("\n");
    if (lines.length !== 3 || lines[2] !== "") {
      const top = await this.run(["rev-parse", "--show-toplevel"], { allowFailure: true });
      return top.code === 0 ? top.stdout.trim() : null;
    }
    this.knownGitDir = lines[1].trim();
    return lines[0].trim();
  }
  /** The URL of remote `name` as configured (credentials and all), or null when there is none. */
  async remoteUrl(name = "origin") {
    const r = await this.run(["remote", "get-url", name], { allowFailure: true });
    return r.code === 0 ? r.stdout.trim() : null;
  }
  /** The git directory (absolute), or null outside a repository. */
  async gitDir() {
    if (this.knownGitDir !== null) return this.knownGitDir;
    const r = await this.run(["rev-parse", "--absolute-git-dir"], { allowFailure: true });
    if (r.code !== 0) return null;
    this.knownGitDir = r.stdout.trim();
    return this.knownGitDir;
  }
};

// src/app/context.ts
async function openProject(options) {
  const settings = options.settings ?? readSettings(options.env);
  const modelDir = dirname(options.manifestPath);
  const git = new Git(modelDir, options.env);
  const top = git.topLevel();
  top.catch(() => void 0);
  const manifest2 = await loadManifest(options.manifestPath, options.manifestName);
  const repoRoot = await top;
  return {
    manifest: manifest2,
    manifestPath: options.manifestPath,
    modelDir,
    repoRoot,
    git: repoRoot ? git.at(repoRoot) : git,
    env: options.env,
    settings,
    log: options.log,
    now: options.now ?? (() => /* @__PURE__ */ new Date()),
    ...options.evalCache && { evalCache: options.evalCache },
    ...options.signal && { signal: options.signal },
    ...options.isTTY !== void 0 && { isTTY: options.isTTY }
  };
}
__name(openProject, "openProject");

// src/action/run.ts
var import_fastest_levenshtein3 = __toESM(require_mod(), 1);

// src/core/registry/names.ts
var NAME2 = "[a-zA-Z0-9](?:[a-zA-Z0-9\\-/_]*[a-zA-Z0-9])?";
var DIRNAME = "[a-zA-Z0-9\\-_./]+";
var SEMVER = "(?:0|[1-9]\\d*)\\.(?:0|[1-9]\\d*)\\.(?:0|[1-9]\\d*)(?:-(?:(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+[0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*)?";
var TAG_RE = new RegExp(
  `^(?<artifact>(?:${DIRNAME}=)?${NAME2})(?:(?:#(?<stage>${NAME2})|@v(?<version>${SEMVER}))(?<cancel>!?)|@(?<special>deprecated|created))(?:#(?<n>[0-9]+))?$`
);
var NAME_RE = new RegExp(`^${NAME2}$`);
var SEMVER_RE = new RegExp(`^${SEMVER}$`);
function parseTagName(tag) {
  const m = TAG_RE.exec(tag);
  const g2 = m?.groups;
  if (!g2?.artifact) return null;
  const model = g2.artifact.replace("=", ":");
  const n = g2.n === void 0 ? void 0 : Number(g2.n);
  const counter = n === void 0 || !Number.isSafeInteger(n) ? {} : { n };
  if (g2.special) {
    return { kind: g2.special === "deprecated" ? "deprecate" : "create", model, ...counter };
  }
  const cancelled = g2.cancel === "!";
  if (g2.version !== void 0) {
    return { kind: cancelled ? "deregister" : "version", model, version: g2.version, ...counter };
  }
  return { kind: cancelled ? "unassign" : "assign", model, stage: g2.stage, ...counter };
}
__name(parseTagName, "parseTagName");
var isValidName = /* @__PURE__ */ __name((name) => NAME_RE.test(name), "isValidName");
var isSemver = /* @__PURE__ */ __name((version) => SEMVER_RE.test(version), "isSemver");
var inTag = /* @__PURE__ */ __name((model) => model.replace(":", "="), "inTag");
var versionTag = /* @__PURE__ */ __name((model, version) => `${inTag(model)}@v${version}`, "versionTag");
var stageTag = /* @__PURE__ */ __name((model, stage2, n) => `${inTag(model)}#${stage2}#${n}`, "stageTag");
var unassignTag = /* @__PURE__ */ __name((model, stage2, n) => `${inTag(model)}#${stage2}!#${n}`, "unassignTag");
var modelRefPatterns = /* @__PURE__ */ __name((model) => [
  `refs/tags/${inTag(model)}@*`,
  `refs/tags/${inTag(model)}#*`
], "modelRefPatterns");
var eventCounterRef = /* @__PURE__ */ __name((model) => `refs/lepton/events/${inTag(model)}/head`, "eventCounterRef");
var eventCounterRefspec = /* @__PURE__ */ __name((model) => `+refs/lepton/events/${inTag(model)}/*:refs/lepton/events/${inTag(model)}/*`, "eventCounterRefspec");
var nextEventN = /* @__PURE__ */ __name((maxTagN, counterN) => Math.max(maxTagN, counterN) + 1, "nextEventN");

// src/core/registry/version-arg.ts
function parseVersionArg(text, model) {
  const t = text.trim();
  const bare = t.startsWith("v") ? t.slice(1) : t;
  if (isSemver(bare)) return bare;
  const tag = parseTagName(t.replace(/^refs\/tags\//, ""));
  if (tag?.kind !== "version" || tag.version === void 0) return null;
  if (tag.model !== model) {
    throw new LeptonError(
      "invalid",
      `${t} is a version of model "${tag.model}", not of "${model}"`
    );
  }
  return tag.version;
}
__name(parseVersionArg, "parseVersionArg");

// src/core/report/marker.ts
var MARKER_PREFIX = "<!-- lepton:model=";
function reportMarker(model) {
  return `${MARKER_PREFIX}${model.replace(/[^A-Za-z0-9._/-]/g, "_")} -->`;
}
__name(reportMarker, "reportMarker");

// src/core/format/number.ts
var SIGNIFICANT = 10;
var EXACT_LIMIT = 2 ** 53;
function trimZeros(text) {
  return text.includes(".") ? text.replace(/\.?0+$/, "") : text;
}
__name(trimZeros, "trimZeros");
function tidy(text) {
  const [mantissa = "", exponent] = text.split("e");
  return exponent === void 0 ? trimZeros(mantissa) : `${trimZeros(mantissa)}e${exponent.replace("+", "")}`;
}
__name(tidy, "tidy");
function formatNumber(n, significant = SIGNIFICANT) {
  if (Number.isNaN(n)) return "NaN";
  if (!Number.isFinite(n)) return n > 0 ? "Infinity" : "-Infinity";
  if (n === 0) return "0";
  if (Number.isInteger(n) && Math.abs(n) <= EXACT_LIMIT) return String(n);
  return tidy(n.toPrecision(significant));
}
__name(formatNumber, "formatNumber");
function formatSigned(n, significant = SIGNIFICANT) {
  const text = formatNumber(n, significant);
  return n > 0 && text !== "0" ? `+${text}` : text;
}
__name(formatSigned, "formatSigned");
function formatPercent(fraction) {
  return `${formatSigned(fraction * 100, 3)}%`;
}
__name(formatPercent, "formatPercent");
function formatPair(a, b) {
  const fa = formatNumber(a);
  const fb = formatNumber(b);
  return fa === fb && a !== b ? [tidy(String(a)), tidy(String(b))] : [fa, fb];
}
__name(formatPair, "formatPair");
function change(a, b) {
  if (typeof a !== "number" || typeof b !== "number") return null;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return null;
  const delta = b - a;
  return { change: delta, relative: a === 0 ? null : delta / Math.abs(a) };
}
__name(change, "change");
function formatChange(a, b) {
  const c = change(a, b);
  if (!c) return "\u2014";
  const abs = formatSigned(c.change);
  if (c.relative === null) return abs;
  return `${abs} (${formatPercent(c.relative)})`;
}
__name(formatChange, "formatChange");

// src/core/format/checks.ts
var RULE_TEXT = {
  min: "\u2265",
  max: "\u2264",
  max_drop: "drop \u2264",
  max_rise: "rise \u2264"
};
function boundText(c, withLevel = true) {
  const bound = typeof c.bound === "number" ? formatNumber(c.bound) : c.bound;
  return `${RULE_TEXT[c.rule]} ${bound}${withLevel && c.level === "warn" ? " (warn)" : ""}`;
}
__name(boundText, "boundText");
function failedChecks(checks2, level) {
  return checks2.filter((c) => !c.passed && c.level === level);
}
__name(failedChecks, "failedChecks");
function failedCheckNames(checks2) {
  return failedChecks(checks2, "error").map((c) => `${c.metric} ${c.rule}`).join(", ");
}
__name(failedCheckNames, "failedCheckNames");
function failedCheckReasons(checks2) {
  return failedChecks(checks2, "error").map((c) => `${c.metric} ${c.rule}${c.reason ? ` (${c.reason})` : ""}`).join("; ");
}
__name(failedCheckReasons, "failedCheckReasons");
function thresholdsFailed(checks2) {
  return `thresholds failed: ${failedCheckNames(checks2) || "see the report"}`;
}
__name(thresholdsFailed, "thresholdsFailed");
var MARK = /* @__PURE__ */ __name((c) => c.passed ? "pass" : c.level === "warn" ? "warn" : "FAIL", "MARK");
function plainCheckLine(c) {
  const actual = c.actual === null ? "\u2014" : formatNumber(c.actual);
  const relative12 = c.rule === "max_drop" || c.rule === "max_rise";
  const base = relative12 && c.baseline !== null ? `, baseline ${formatNumber(c.baseline)}` : "";
  const reason = c.reason ? ` (${plainText(c.reason, 500)})` : "";
  return `${MARK(c)}  ${plainText(c.metric)} ${boundText(c)}: ${actual}${base}${reason}`;
}
__name(plainCheckLine, "plainCheckLine");

// src/core/report/rows.ts
var own = /* @__PURE__ */ __name((r, k) => r !== null && Object.prototype.hasOwnProperty.call(r, k), "own");
function metricRows(input) {
  const byMetric = /* @__PURE__ */ new Map();
  for (const c of input.checks) byMetric.set(c.metric, [...byMetric.get(c.metric) ?? [], c]);
  const names = [...byMetric.keys()];
  const seen = new Set(names);
  const add = /* @__PURE__ */ __name((keys) => {
    for (const k of keys.sort()) {
      if (seen.has(k)) continue;
      seen.add(k);
      names.push(k);
    }
  }, "add");
  add(Object.keys(input.metrics));
  add(Object.keys(input.baselineMetrics ?? {}));
  return names.map((metric) => {
    const checks2 = byMetric.get(metric) ?? [];
    const base = own(input.baselineMetrics, metric) ? input.baselineMetrics?.[metric] : void 0;
    const fromCheck = checks2.find((c) => c.baseline !== null)?.baseline ?? void 0;
    const baseline = base ?? fromCheck;
    const current = own(input.metrics, metric) ? input.metrics[metric] : void 0;
    const failed2 = checks2.filter((c) => !c.passed);
    const result = checks2.length === 0 ? "none" : failed2.some((c) => c.level === "error") ? "fail" : failed2.length ? "warn" : "pass";
    return {
      metric,
      baseline: baseline === void 0 ? "\u2014" : formatNumber(baseline),
      current: (current === void 0 ? absentValue(checks2) : formatNumber(current)) + intervalText(input.intervals?.[metric]),
      change: formatChange(baseline, current) + changeIntervalText(input.changeIntervals?.[metric]),
      threshold: checks2.map((c) => boundText(c)).join(", "),
      result,
      noBaseline: result === "pass" && checks2.some((c) => c.reason?.startsWith("no baseline") || isNewMetric(c))
    };
  });
}
__name(metricRows, "metricRows");
var intervalText = /* @__PURE__ */ __name((i) => i ? ` [${formatNumber(i.ci[0], 4)} \u2026 ${formatNumber(i.ci[1], 4)}]` : "", "intervalText");
var changeIntervalText = /* @__PURE__ */ __name((c) => c ? ` [95% CI ${formatSigned(c.ci[0], 4)} \u2026 ${formatSigned(c.ci[1], 4)}, ${c.pairing}]` : "", "changeIntervalText");
var isNewMetric = /* @__PURE__ */ __name((c) => c.passed && (c.rule === "max_drop" || c.rule === "max_rise") && / is new: not in baseline v/.test(c.reason ?? ""), "isNewMetric");
function absentValue(checks2) {
  const reason = checks2[0]?.reason ?? "";
  if (checks2.length === 0) return "\u2014";
  if (reason.startsWith("missing")) return "missing";
  return /\((NaN|-?Infinity)\)$/.exec(reason)?.[1] ?? "not a number";
}
__name(absentValue, "absentValue");

// src/core/report/table.ts
function markdownTable(header2, rows, align = []) {
  const line = /* @__PURE__ */ __name((cells) => `| ${cells.map((c) => c || " ").join(" | ")} |`, "line");
  const rule = header2.map((_, i) => align[i] === "right" ? "--:" : "---");
  return [line(header2), `|${rule.join("|")}|`, ...rows.map(line)];
}
__name(markdownTable, "markdownTable");

// src/core/report/trend.ts
var TREND_VERSIONS = 10;
var MAX_CHARTS = 20;
var own2 = /* @__PURE__ */ __name((r, k) => Object.prototype.hasOwnProperty.call(r, k), "own");
function trendOf(versions, checks2, current) {
  const points = [];
  for (const v of versions) {
    if (points.length >= TREND_VERSIONS) break;
    if (v.lightweight || v.deregistered || !v.summary) continue;
    points.push({ version: v.version, metrics: v.summary.metrics });
  }
  return { points: points.reverse(), metrics: [...new Set(checks2.map((c) => c.metric))], current };
}
__name(trendOf, "trendOf");
function mermaidLabel(text, max = 60) {
  const safe = text.replace(/[^A-Za-z0-9 ._:/@+()-]/g, "_");
  return safe.length > max ? `${safe.slice(0, max - 1)}_` : safe;
}
__name(mermaidLabel, "mermaidLabel");
function mermaidNumber(v) {
  if (!Number.isFinite(v) || Math.abs(v) >= 1e15) return null;
  const short2 = Number(v.toPrecision(10));
  let text = String(short2);
  if (/e/i.test(text)) text = short2.toFixed(20).replace(/0+$/, "").replace(/\.$/, "");
  return text === "-0" ? "0" : text;
}
__name(mermaidNumber, "mermaidNumber");
function trendChart(trend, metric) {
  const labels = [];
  const values = [];
  const numbers = [];
  const add = /* @__PURE__ */ __name((label, v) => {
    const text = v === void 0 ? null : mermaidNumber(v);
    if (text === null || v === void 0) return;
    labels.push(`"${mermaidLabel(label)}"`);
    values.push(text);
    numbers.push(v);
  }, "add");
  for (const p of trend.points)
    add(`v${p.version}`, own2(p.metrics, metric) ? p.metrics[metric] : void 0);
  if (values.length === 0) return null;
  add("this", own2(trend.current, metric) ? trend.current[metric] : void 0);
  const lo = Math.min(...numbers);
  const hi = Math.max(...numbers);
  const pad = hi > lo ? (hi - lo) * 0.1 : Math.abs(hi) * 0.05 || 1;
  const yLo = mermaidNumber(lo - pad) ?? "0";
  const yHi = mermaidNumber(hi + pad) ?? "1";
  const name = mermaidLabel(metric);
  return [
    "```mermaid",
    "xychart-beta",
    `  title "${name}"`,
    `  x-axis [${labels.join(", ")}]`,
    `  y-axis "${name}" ${yLo} --> ${yHi}`,
    `  line [${values.join(", ")}]`,
    "```"
  ].join("\n");
}
__name(trendChart, "trendChart");
function renderTrend(trend, budget) {
  const charts = trend.metrics.slice(0, MAX_CHARTS).map((m) => trendChart(trend, m)).filter((c) => c !== null);
  const n = trend.points.length;
  const title = `**Trend** (the last ${n === 1 ? "recorded version" : `${n} recorded versions`} and this run)`;
  let used = title.length + 2;
  const kept = [];
  for (const c of charts) {
    if (used + c.length + 2 > budget) break;
    kept.push(c);
    used += c.length + 2;
  }
  return kept.length ? ["", title, "", kept.join("\n\n")].join("\n") : "";
}
__name(renderTrend, "renderTrend");

// src/core/report/markdown.ts
var DEFAULT_MAX_LENGTH = 6e4;
var RESULT = {
  pass: "\u2705 pass",
  fail: "\u274C fail",
  warn: "\u26A0\uFE0F warn",
  none: ""
};
var plural = /* @__PURE__ */ __name((n, word) => `${n} ${word}${n === 1 ? "" : "s"}`, "plural");
var versionLabel = /* @__PURE__ */ __name((ref2) => `v${ref2.version}`, "versionLabel");
function headline(input) {
  const failures = failedChecks(input.checks, "error").length;
  const warnings = failedChecks(input.checks, "warn").length;
  const verdict2 = input.passed ? input.checks.length ? "thresholds passed" : "no thresholds to check" : `${plural(failures, "threshold check")} failed`;
  const warned = warnings ? `, ${plural(warnings, "warning")}` : "";
  const against = input.baseline ? `baseline ${versionLabel(input.baseline)}` : "no baseline yet";
  return `${input.passed ? "\u2705" : "\u274C"} ${input.model}: ${verdict2}${warned} \xB7 ${against}`;
}
__name(headline, "headline");
function checkLine(c) {
  return `- ${codeSpan(c.metric)} (${escapeText(boundText(c, false))}): ${escapeText(c.reason ?? "failed", 500)}`;
}
__name(checkLine, "checkLine");
function fit(lines, budget, what) {
  const kept = [];
  let used = 0;
  for (const [i, line] of lines.entries()) {
    const note = `- \u2026 and ${lines.length - i} more ${what} (see \`lepton eval --json\`)`;
    if (used + line.length + 1 + note.length + 1 > budget) return [...kept, note];
    kept.push(line);
    used += line.length + 1;
  }
  return kept;
}
__name(fit, "fit");
function changedLine(input) {
  const list2 = /* @__PURE__ */ __name((names) => names.map((n) => codeSpan(n)).join(", "), "list");
  const parts = [
    input.changed.components.length ? `components ${list2(input.changed.components)}` : "",
    input.changed.data.length ? `data ${list2(input.changed.data)}` : "",
    // The eval's command, settings or own files differ from the baseline's: it ran again.
    input.changed.eval ? "eval changed" : ""
  ].filter(Boolean);
  if (!input.baseline) {
    return parts.length ? `**New model:** ${parts.join("; ")}` : "";
  }
  const since = versionLabel(input.baseline);
  return parts.length ? `**Changed since ${since}:** ${parts.join("; ")}` : `**Changed since ${since}:** no component or data set`;
}
__name(changedLine, "changedLine");
function reuseLine(input) {
  if (!input.reused) return null;
  return input.reusedFrom ? `\u267B\uFE0F Metrics reused from ${versionLabel(input.reusedFrom)}: same fingerprint and eval settings, so the eval did not run again.` : "\u267B\uFE0F Metrics reused from the eval cache: same fingerprint and eval settings, so the eval did not run again.";
}
__name(reuseLine, "reuseLine");
var SAFE = /^[A-Za-z0-9 ._-]{1,200}$/;
var safeText = /* @__PURE__ */ __name((text) => SAFE.test(text) ? text : escapeText(text), "safeText");
function linkLine(link2) {
  const url = linkTarget(link2.url);
  const label = `${safeText(link2.label)}: `;
  return url ? `${label}[${safeText(link2.text)}](${url})` : `${label}${escapeText(link2.url, 500)}`;
}
__name(linkLine, "linkLine");
function linkTarget(text) {
  let url;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return null;
  return url.href.replace(/\(/g, "%28").replace(/\)/g, "%29");
}
__name(linkTarget, "linkTarget");
function renderMarkdownReport(input, options = {}) {
  const max = options.maxLength ?? DEFAULT_MAX_LENGTH;
  const head = [reportMarker(input.model), `### ${escapeText(headline(input), 400)}`, ""];
  head.push(
    input.baseline ? `Baseline: **${versionLabel(input.baseline)}** (${codeSpan(input.baseline.tag)})` : 'Baseline: none yet \u2014 relative checks (`max_drop`, `max_rise`) pass as "no baseline".'
  );
  const warnings = (input.baselineWarnings ?? []).slice(0, 20);
  if (warnings.length) head.push("", ...warnings.map((w) => `\u26A0\uFE0F ${escapeText(w, 500)}  `));
  const reuse = reuseLine(input);
  if (reuse) head.push("", reuse);
  const notes = (input.notes ?? []).slice(0, 20).map((n) => escapeText(n, 1e3));
  if (notes.length) head.push("", ...notes.map((n) => `${n}  `));
  const changed = changedLine(input);
  const tail = changed ? ["", changed] : [];
  const links = (input.links ?? []).slice(0, 20).map(linkLine);
  if (links.length) tail.push("", ...links);
  const fixed = [...head, ...tail].join("\n").length;
  let budget = Math.max(0, max - fixed - 200);
  const sections = [];
  for (const [level, title] of [
    ["error", "Failures"],
    ["warn", "Warnings (do not block)"]
  ]) {
    const failed2 = failedChecks(input.checks, level);
    if (!failed2.length) continue;
    const lines = fit(failed2.map(checkLine), Math.floor(budget / 4), "checks");
    const text = ["", `**${title}**`, "", ...lines].join("\n");
    sections.push(text);
    budget -= text.length;
  }
  const ignored = input.ignored ?? [];
  let notNumbers = "";
  if (ignored.length) {
    const lines = ignored.map((i) => `- ${codeSpan(i.metric)}: ${escapeText(i.what, 200)}`);
    const title = `**Not numbers** (${ignored.length}; no threshold, so not compared)`;
    notNumbers = ["", title, "", ...fit(lines, Math.floor(budget / 4), "values")].join("\n");
    budget -= notNumbers.length;
  }
  const rows = metricRows(input);
  let cut = false;
  if (rows.length) {
    const header2 = [
      "metric",
      input.baseline ? `baseline (${escapeText(versionLabel(input.baseline))})` : "baseline",
      "this",
      "change",
      "threshold",
      "result"
    ];
    const cells = /* @__PURE__ */ __name((r) => [
      codeSpan(r.metric, true),
      r.baseline,
      r.current,
      r.change,
      escapeText(r.threshold, 400),
      RESULT[r.result] + (r.noBaseline ? " (no baseline)" : "")
    ], "cells");
    const align = ["left", "right", "right", "right", "left", "left"];
    const kept = markdownTable(header2, [], align);
    let used = kept.join("\n").length;
    for (const [i, row] of rows.entries()) {
      const line = markdownTable(header2, [cells(row)], align)[2] ?? "";
      if (used + line.length + 1 > budget - 120) {
        kept.push("", `\u2026 ${rows.length - i} more metrics not shown (see \`lepton eval --json\`).`);
        cut = true;
        break;
      }
      kept.push(line);
      used += line.length + 1;
    }
    sections.push(["", ...kept].join("\n"));
  } else {
    sections.push("\nThe eval reported no metrics.");
  }
  if (notNumbers) sections.push(notNumbers);
  if (input.trend && !cut) {
    const used = [...head, ...sections, ...tail].join("\n").length + 1;
    const trend = renderTrend(input.trend, max - used - 1);
    if (trend) sections.push(trend);
  }
  return [...head, ...sections, ...tail].join("\n") + "\n";
}
__name(renderMarkdownReport, "renderMarkdownReport");

// src/io/github/open-client.ts
async function openGitHubClient(options) {
  const { createGitHubClient } = await import("./octokit-2TWDWITG.js");
  return createGitHubClient(options);
}
__name(openGitHubClient, "openGitHubClient");
function paceFromEnv(env) {
  const text = env.LEPTON_GITHUB_PACE_MS;
  return text && /^\d+$/.test(text) ? { paceMs: Number(text) } : {};
}
__name(paceFromEnv, "paceFromEnv");

// src/io/github/comments.ts
var MAX_COMMENT_CHARS = 65536;
var commentMarker = /* @__PURE__ */ __name((model) => reportMarker(model), "commentMarker");
var ACTIONS_BOT = { login: "github-actions[bot]", type: "Bot" };
async function tokenIdentity(client2) {
  try {
    const r = await client2.rest.users.getAuthenticated();
    if (r.data.login) return { login: r.data.login, type: r.data.type || "User", how: "GET /user" };
  } catch {
  }
  try {
    const r = await client2.graphql("query { viewer { login } }");
    const login = r.viewer?.login;
    if (typeof login === "string" && login) {
      return { login, type: login.endsWith("[bot]") ? "Bot" : "User", how: "GraphQL viewer" };
    }
  } catch {
  }
  return { ...ACTIONS_BOT, how: "assumed" };
}
__name(tokenIdentity, "tokenIdentity");
function isOwnComment(c, marker, author) {
  return c.user?.login === author.login && c.user.type === author.type && typeof c.body === "string" && c.body.startsWith(marker);
}
__name(isOwnComment, "isOwnComment");
async function upsertStickyComment(client2, target, marker, body, options = {}) {
  const text = fitComment(body.startsWith(marker) ? body : `${marker}
${body}`);
  const where = { owner: target.owner, repo: target.repo };
  const info2 = options.info ?? (() => void 0);
  try {
    let author = options.identity ?? await tokenIdentity(client2);
    if (!options.identity) {
      const how = author.how;
      info2(
        `the token comments as ${author.login} (${how === "assumed" ? "assumed: GITHUB_TOKEN" : how})`
      );
    }
    const existing = await ownComments(client2, target, marker, author);
    if (existing.length > 0) {
      const [keep, ...extra] = existing;
      const r2 = await client2.rest.issues.updateComment({
        ...where,
        comment_id: keep.id,
        body: text
      });
      const removed2 = await deleteAll(
        client2,
        target,
        extra.map((c) => c.id)
      );
      return { outcome: "updated", id: r2.data.id, url: r2.data.html_url, removed: removed2 };
    }
    const created = await client2.rest.issues.createComment({
      ...where,
      issue_number: target.issueNumber,
      body: text
    });
    const actual = created.data.user;
    if (actual && (actual.login !== author.login || actual.type !== author.type)) {
      info2(
        `the comment was written as ${actual.login}, not ${author.login}: looking for its older comments`
      );
      author = { login: actual.login, type: actual.type };
    }
    const mine = await ownComments(client2, target, marker, author);
    const oldest = mine[0];
    if (!oldest || oldest.id === created.data.id) {
      return { outcome: "created", id: created.data.id, url: created.data.html_url, removed: [] };
    }
    const r = await client2.rest.issues.updateComment({
      ...where,
      comment_id: oldest.id,
      body: text
    });
    const removed = await deleteAll(client2, target, [created.data.id]);
    info2(
      `another run created comment ${oldest.id} first: updated it and deleted the duplicate ${created.data.id}`
    );
    return { outcome: "updated", id: r.data.id, url: r.data.html_url, removed };
  } catch (e) {
    const status = e.status;
    if (status === 403 || status === 404) {
      return { outcome: "denied", status, message: e.message };
    }
    throw e;
  }
}
__name(upsertStickyComment, "upsertStickyComment");
async function ownComments(client2, target, marker, author) {
  const pages = client2.paginate.iterator(client2.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: 100
  });
  const found = [];
  for await (const page of pages) {
    for (const c of page.data) if (isOwnComment(c, marker, author)) found.push(c);
  }
  return found.sort((a, b) => a.id - b.id);
}
__name(ownComments, "ownComments");
async function deleteAll(client2, target, ids) {
  const removed = [];
  for (const id of ids) {
    try {
      await client2.rest.issues.deleteComment({
        owner: target.owner,
        repo: target.repo,
        comment_id: id
      });
      removed.push(id);
    } catch (e) {
      if (e.status !== 404) throw e;
    }
  }
  return removed;
}
__name(deleteAll, "deleteAll");
function fitComment(body) {
  if (body.length <= MAX_COMMENT_CHARS) return body;
  const note = "\n\n\u2026 (report truncated: the full report is in the job summary)\n";
  const room = body.slice(0, MAX_COMMENT_CHARS - note.length);
  const cut = room.lastIndexOf("\n");
  return (cut > 0 ? room.slice(0, cut) : room) + note;
}
__name(fitComment, "fitComment");

// src/core/report/comment.ts
function withCommit(report, commit) {
  return `${report.replace(/\n*$/, "\n")}
<sub>Evaluated commit ${commit}.</sub>
`;
}
__name(withCommit, "withCommit");

// src/action/comment.ts
var SHA = /^[0-9a-f]{40}$/;
async function commentOnPullRequest(c) {
  const [owner, repo] = (c.repository ?? "").split("/");
  if (!owner || !repo) {
    c.log.warn("GITHUB_REPOSITORY is not set: the pull request comment is skipped");
    return;
  }
  if (!c.token) {
    c.log.warn("no token: the pull request comment is skipped");
    return;
  }
  const client2 = await openGitHubClient({
    token: c.token,
    ...c.apiUrl && { baseUrl: c.apiUrl },
    ...c.paceMs !== void 0 && { paceMs: c.paceMs },
    warn: c.log.warn
  });
  const pr = `pull request #${c.pullRequest}`;
  try {
    if (c.commit !== null) {
      const head = await headOf(client2, owner, repo, c.pullRequest);
      if (head !== c.commit) {
        c.log.info(
          `not commenting on ${pr}: this run evaluated ${c.commit}, but the pull request's head is now ${head}; the run for that commit comments`
        );
        return;
      }
    }
    const r = await upsertStickyComment(
      client2,
      { owner, repo, issueNumber: c.pullRequest },
      commentMarker(c.model),
      c.commit !== null && SHA.test(c.commit) ? withCommit(c.report, c.commit) : c.report,
      { info: c.log.info }
    );
    if (r.outcome === "denied") {
      c.log.warn(
        `could not comment on ${pr} (HTTP ${r.status}: ${r.message}). A fork's pull request gets a read-only token; otherwise grant \`pull-requests: write\`. The report is in the job summary; the check is decided by the thresholds alone.`
      );
    } else {
      c.log.info(`${r.outcome} the comment on ${pr}: ${r.url}`);
      if (r.removed.length) c.log.info(`deleted duplicate comment(s) ${r.removed.join(", ")}`);
    }
  } catch (e) {
    const status = e.status;
    c.log.warn(
      `could not comment on ${pr}: ${typeof status === "number" ? `HTTP ${status}: ` : ""}${e.message}`
    );
  }
}
__name(commentOnPullRequest, "commentOnPullRequest");
async function headOf(client2, owner, repo, number) {
  const r = await client2.rest.pulls.get({ owner, repo, pull_number: number });
  return r.data.head.sha;
}
__name(headOf, "headOf");

// src/app/eval.ts
import { resolve as resolve4 } from "node:path";

// src/core/fingerprint/changed.ts
function changedParts(current, recorded) {
  return {
    components: diff(current.components, recorded?.components ?? null),
    data: diff(current.data, recorded?.data ?? null)
  };
}
__name(changedParts, "changedParts");
function diff(parts, recorded) {
  if (recorded === null) return parts.map((p) => p.name);
  const has = /* @__PURE__ */ __name((name) => Object.prototype.hasOwnProperty.call(recorded, name), "has");
  const changed = parts.filter((p) => !has(p.name) || recorded[p.name] !== p.hash).map((p) => p.name);
  const names = new Set(parts.map((p) => p.name));
  const removed = Object.keys(recorded).filter((n) => !names.has(n)).sort();
  return [...changed, ...removed];
}
__name(diff, "diff");

// src/core/fingerprint/eval-files.ts
import { createHash } from "node:crypto";
var EVAL_FILES_ENCODING = "lepton-eval-files/1";
function evalSettingsWithFiles(settings, files) {
  if (!files || files.files === 0) return settings;
  const canonical = JSON.stringify([EVAL_FILES_ENCODING, settings, files.hash]);
  return `sha256:${createHash("sha256").update(canonical, "utf8").digest("hex")}`;
}
__name(evalSettingsWithFiles, "evalSettingsWithFiles");
var OPERATORS = /* @__PURE__ */ new Set(["|", "&", ";", "<", ">", "(", ")"]);
function commandWords(command2, depth = 0) {
  const words = [];
  let word = "";
  let inWord = false;
  let dynamic = false;
  let quotedSpace = false;
  let skipNext = false;
  const end = /* @__PURE__ */ __name(() => {
    if (!inWord) return;
    if (skipNext) skipNext = false;
    else if (!dynamic) {
      words.push(word);
      if (quotedSpace && depth < 2) words.push(...commandWords(word, depth + 1));
    }
    word = "";
    inWord = false;
    dynamic = false;
    quotedSpace = false;
  }, "end");
  for (let i = 0; i < command2.length; i++) {
    const c = command2[i];
    if (c === " " || c === "	" || c === "\n" || c === "\r") {
      end();
    } else if (c === "#" && !inWord) {
      const nl2 = command2.indexOf("\n", i);
      if (nl2 < 0) break;
      i = nl2;
    } else if (OPERATORS.has(c)) {
      if (c === ">" && /^\d+$/.test(word)) {
        word = "";
        inWord = false;
      }
      end();
      if (c === ">") {
        while (command2[i + 1] === ">" || command2[i + 1] === "&" || command2[i + 1] === "|") i++;
        skipNext = true;
      } else {
        skipNext = false;
      }
    } else if (c === "\\") {
      inWord = true;
      if (i + 1 < command2.length) word += command2[++i];
    } else if (c === "'") {
      inWord = true;
      const close = command2.indexOf("'", i + 1);
      const text = command2.slice(i + 1, close < 0 ? command2.length : close);
      if (/\s/.test(text)) quotedSpace = true;
      word += text;
      i = close < 0 ? command2.length : close;
    } else if (c === '"') {
      inWord = true;
      let j = i + 1;
      for (; j < command2.length && command2[j] !== '"'; j++) {
        const d = command2[j];
        if (d === "\\" && '"\\$`'.includes(command2[j + 1] ?? "")) word += command2[++j];
        else {
          if (d === "$" || d === "`") dynamic = true;
          if (/\s/.test(d)) quotedSpace = true;
          word += d;
        }
      }
      i = j;
    } else {
      if (c === "$" || c === "`") dynamic = true;
      inWord = true;
      word += c;
    }
  }
  end();
  const out = [];
  for (const w of words) {
    const eq = w.indexOf("=");
    const value = eq > 0 && /^(--?[A-Za-z0-9][\w-]*|[A-Za-z_]\w*)$/.test(w.slice(0, eq));
    const candidate = value ? w.slice(eq + 1) : w;
    if (candidate === "" || candidate.startsWith("-") || candidate.startsWith("/")) continue;
    if (candidate.startsWith("~") || /^[A-Za-z]:[\\/]/.test(candidate)) continue;
    if (!out.includes(candidate)) out.push(candidate);
  }
  return out;
}
__name(commandWords, "commandWords");

// src/core/gate/check.ts
var import_fastest_levenshtein = __toESM(require_mod(), 1);
var own3 = /* @__PURE__ */ __name((record3, key) => record3 != null && Object.prototype.hasOwnProperty.call(record3, key), "own");
var slack = /* @__PURE__ */ __name((...magnitudes) => 8 * Number.EPSILON * Math.max(0, ...magnitudes.map(Math.abs)), "slack");
function boundText2(bound) {
  return bound.kind === "percent" ? `${formatNumber(bound.value)}%` : bound.value;
}
__name(boundText2, "boundText");
function unusable(input, metric) {
  if (own3(input.metrics, metric)) {
    const v = input.metrics[metric];
    if (typeof v !== "number") return "not a number";
    if (Number.isNaN(v)) return "not a finite number (NaN)";
    if (!Number.isFinite(v)) return `not a finite number (${formatNumber(v)})`;
    return null;
  }
  if (own3(input.nonNumeric, metric)) return `not a number: ${input.nonNumeric?.[metric] ?? ""}`;
  const near = closestMetrics(metric, [
    ...Object.keys(input.metrics),
    ...Object.keys(input.nonNumeric ?? {})
  ]);
  const names = near.map((n) => `\`${n}\``);
  const hint = names.length === 0 ? "" : ` (did you mean ${names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")} or ${names[names.length - 1]}`}?)`;
  return `missing from the eval output${hint}`;
}
__name(unusable, "unusable");
function closestMetrics(metric, available) {
  const lower = metric.toLowerCase();
  const limit = Math.max(2, Math.floor(metric.length / 3));
  const scored = [];
  for (const name of available) {
    const n = name.toLowerCase();
    let score2;
    if (n === lower) score2 = 0;
    else if (n.split(".").includes(lower) || lower.split(".").includes(n)) score2 = 1;
    else {
      if (Math.abs(n.length - lower.length) > limit) continue;
      const d = (0, import_fastest_levenshtein.distance)(n, lower);
      if (d > limit || d >= Math.max(n.length, lower.length)) continue;
      score2 = 1 + d;
    }
    scored.push([score2, name]);
  }
  return scored.sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0)).slice(0, 3).map(([, name]) => name);
}
__name(closestMetrics, "closestMetrics");
function baselineOf(input, metric) {
  if (!own3(input.baseline, metric)) return null;
  const v = input.baseline?.[metric];
  return typeof v === "number" && Number.isFinite(v) ? v : null;
}
__name(baselineOf, "baselineOf");
function absoluteRule(rule, bound, actual) {
  const passed = rule === "min" ? actual >= bound : actual <= bound;
  if (passed) return { passed, reason: null };
  const [a, b] = formatPair(actual, bound);
  return {
    passed,
    reason: rule === "min" ? `${a} is below the minimum ${b}` : `${a} is above the maximum ${b}`
  };
}
__name(absoluteRule, "absoluteRule");
function relativeRule(rule, bound, actual, base, hasBaseline, newReason) {
  if (!hasBaseline) return { passed: true, reason: "no baseline" };
  if (base === null) return { passed: true, reason: newReason };
  const moved = rule === "max_drop" ? base - actual : actual - base;
  const allowed = bound.kind === "percent" ? Math.abs(base) * bound.value / 100 : bound.value;
  const passed = moved <= allowed + slack(base, actual, allowed);
  if (passed) return { passed, reason: null };
  const [m, al] = formatPair(moved, allowed);
  const verb = rule === "max_drop" ? "dropped" : "rose";
  const limit = bound.kind === "percent" ? `${formatNumber(bound.value)}% (${al})` : al;
  return {
    passed,
    reason: `${verb} ${m} from the baseline ${formatNumber(base)}, more than the allowed ${limit}`
  };
}
__name(relativeRule, "relativeRule");
function checkThresholds(input) {
  const checks2 = [];
  const hasBaseline = input.baseline !== null && input.baseline !== void 0;
  for (const t of input.thresholds) {
    const problem = unusable(input, t.metric);
    const actual = problem === null ? input.metrics[t.metric] : null;
    const base = baselineOf(input, t.metric);
    const newReason = input.baselineVersion === void 0 ? "no baseline value for this metric" : `\`${t.metric}\` is new: not in baseline v${input.baselineVersion}`;
    const add = /* @__PURE__ */ __name((rule, bound, outcome) => checks2.push({
      metric: t.metric,
      rule,
      bound,
      baseline: base,
      actual,
      passed: outcome.passed,
      level: t.level,
      reason: outcome.reason
    }), "add");
    const rules = [];
    if (t.min !== void 0)
      rules.push(["min", t.min, (a) => absoluteRule("min", t.min, a)]);
    if (t.max !== void 0)
      rules.push(["max", t.max, (a) => absoluteRule("max", t.max, a)]);
    if (t.maxDrop !== void 0) {
      const b = t.maxDrop;
      rules.push([
        "max_drop",
        boundText2(b),
        (a) => relativeRule("max_drop", b, a, base, hasBaseline, newReason)
      ]);
    }
    if (t.maxRise !== void 0) {
      const b = t.maxRise;
      rules.push([
        "max_rise",
        boundText2(b),
        (a) => relativeRule("max_rise", b, a, base, hasBaseline, newReason)
      ]);
    }
    for (const [rule, bound, judge2] of rules) {
      add(rule, bound, actual === null ? { passed: false, reason: problem } : judge2(actual));
    }
  }
  return { checks: checks2, passed: checks2.every((c) => c.passed || c.level !== "error") };
}
__name(checkThresholds, "checkThresholds");

// src/core/metrics/types.ts
function emptyRecord() {
  return /* @__PURE__ */ Object.create(null);
}
__name(emptyRecord, "emptyRecord");
function hasOwn(record3, key) {
  return Object.prototype.hasOwnProperty.call(record3, key);
}
__name(hasOwn, "hasOwn");

// src/core/metrics/ignored.ts
function ignoredValues(read, thresholded = /* @__PURE__ */ new Set()) {
  const out = [];
  for (const metric of Object.keys(read.nonNumeric)) {
    if (thresholded.has(metric)) continue;
    const value = hasOwn(read.nonNumericValues, metric) ? read.nonNumericValues[metric] ?? null : null;
    out.push({ metric, value, what: read.nonNumeric[metric] ?? "not a number" });
  }
  for (const [metric, v] of Object.entries(read.values)) {
    if (Number.isFinite(v) || thresholded.has(metric)) continue;
    const text = formatNumber(v);
    out.push({ metric, value: text, what: text });
  }
  return out.sort((a, b) => a.metric < b.metric ? -1 : a.metric > b.metric ? 1 : 0);
}
__name(ignoredValues, "ignoredValues");

// node_modules/csv-parse/lib/api/CsvError.js
var CsvError = class _CsvError extends Error {
  static {
    __name(this, "CsvError");
  }
  constructor(code, message2, options, ...contexts) {
    if (Array.isArray(message2)) message2 = message2.join(" ").trim();
    super(message2);
    if (Error.captureStackTrace !== void 0) {
      Error.captureStackTrace(this, _CsvError);
    }
    this.code = code;
    for (const context of contexts) {
      for (const key in context) {
        const value = context[key];
        this[key] = Buffer.isBuffer(value) ? value.toString(options.encoding) : value == null ? value : JSON.parse(JSON.stringify(value));
      }
    }
  }
};

// node_modules/csv-parse/lib/utils/is_object.js
var is_object = /* @__PURE__ */ __name(function(obj2) {
  return typeof obj2 === "object" && obj2 !== null && !Array.isArray(obj2);
}, "is_object");

// node_modules/csv-parse/lib/api/normalize_columns_array.js
var normalize_columns_array = /* @__PURE__ */ __name(function(columns) {
  const normalizedColumns = [];
  for (let i = 0, l = columns.length; i < l; i++) {
    const column = columns[i];
    if (column === void 0 || column === null || column === false) {
      normalizedColumns[i] = { disabled: true };
    } else if (typeof column === "string" || typeof column === "number") {
      normalizedColumns[i] = { name: `${column}` };
    } else if (is_object(column)) {
      if (typeof column.name !== "string") {
        throw new CsvError("CSV_OPTION_COLUMNS_MISSING_NAME", [
          "Option columns missing name:",
          `property "name" is required at position ${i}`,
          "when column is an object literal"
        ]);
      }
      normalizedColumns[i] = column;
    } else {
      throw new CsvError("CSV_INVALID_COLUMN_DEFINITION", [
        "Invalid column definition:",
        "expect a string or a literal object,",
        `got ${JSON.stringify(column)} at position ${i}`
      ]);
    }
  }
  return normalizedColumns;
}, "normalize_columns_array");

// node_modules/csv-parse/lib/utils/ResizeableBuffer.js
var ResizeableBuffer = class {
  static {
    __name(this, "ResizeableBuffer");
  }
  constructor(size = 100) {
    this.size = size;
    this.length = 0;
    this.buf = Buffer.allocUnsafe(size);
  }
  prepend(val) {
    if (Buffer.isBuffer(val)) {
      const length = this.length + val.length;
      if (length >= this.size) {
        this.resize();
        if (length >= this.size) {
          throw Error("INVALID_BUFFER_STATE");
        }
      }
      const buf = this.buf;
      this.buf = Buffer.allocUnsafe(this.size);
      val.copy(this.buf, 0);
      buf.copy(this.buf, val.length);
      this.length += val.length;
    } else {
      const length = this.length++;
      if (length === this.size) {
        this.resize();
      }
      const buf = this.clone();
      this.buf[0] = val;
      buf.copy(this.buf, 1, 0, length);
    }
  }
  append(val) {
    const length = this.length++;
    if (length === this.size) {
      this.resize();
    }
    this.buf[length] = val;
  }
  clone() {
    return Buffer.from(this.buf.slice(0, this.length));
  }
  resize() {
    const length = this.length;
    this.size = this.size * 2;
    const buf = Buffer.allocUnsafe(this.size);
    this.buf.copy(buf, 0, 0, length);
    this.buf = buf;
  }
  toString(encoding) {
    if (encoding) {
      return this.buf.toString(encoding, 0, this.length);
    } else {
      return Uint8Array.prototype.slice.call(this.buf.slice(0, this.length));
    }
  }
  toJSON() {
    return this.toString("utf8");
  }
  reset() {
    this.length = 0;
  }
};
var ResizeableBuffer_default = ResizeableBuffer;

// node_modules/csv-parse/lib/api/init_state.js
var init_state = /* @__PURE__ */ __name(function(options) {
  const timchars = [
    // Basic Latin
    32,
    // [Space](https://www.fileformat.info/info/unicode/char/0020/index.htm)
    9,
    // [CHARACTER TABULATION (HT)](https://www.fileformat.info/info/unicode/char/0009/index.htm)
    10,
    // [LINE FEED (LF)](https://www.fileformat.info/info/unicode/char/000a/index.htm)
    13,
    // [CARRIAGE RETURN (CR)](https://www.fileformat.info/info/unicode/char/000d/index.htm)
    12,
    // [FORM FEED (FF)](https://www.fileformat.info/info/unicode/char/000c/index.htm)
    11,
    // [LINE TABULATION (VT)](https://www.fileformat.info/info/unicode/char/000b/index.htm)
    // Latin-1 Supplement
    160,
    // [NO-BREAK SPACE (NBSP)](https://www.fileformat.info/info/unicode/char/00a0/index.htm)
    // Ogham
    5760,
    // [OGHAM SPACE MARK](https://www.fileformat.info/info/unicode/char/1680/index.htm)
    // General Punctuation
    8192,
    // [EN QUAD](https://www.fileformat.info/info/unicode/char/2000/index.htm)
    8193,
    // [EM QUAD](https://www.fileformat.info/info/unicode/char/2001/index.htm)
    8194,
    // [EN SPACE](https://www.fileformat.info/info/unicode/char/2002/index.htm)
    8195,
    // [EM SPACE](https://www.fileformat.info/info/unicode/char/2003/index.htm)
    8196,
    // [THREE-PER-EM SPACE](https://www.fileformat.info/info/unicode/char/2004/index.htm)
    8197,
    // [FOUR-PER-EM SPACE](https://www.fileformat.info/info/unicode/char/2005/index.htm)
    8198,
    // [SIX-PER-EM SPACE](https://www.fileformat.info/info/unicode/char/2006/index.htm)
    8199,
    // [FIGURE SPACE](https://www.fileformat.info/info/unicode/char/2007/index.htm)
    8200,
    // [PUNCTUATION SPACE](https://www.fileformat.info/info/unicode/char/2008/index.htm)
    8201,
    // [THIN SPACE](https://www.fileformat.info/info/unicode/char/2009/index.htm)
    8202,
    // [HAIR SPACE](https://www.fileformat.info/info/unicode/char/200a/index.htm)
    8232,
    // [LINE SEPARATOR](https://www.fileformat.info/info/unicode/char/2028/index.htm)
    8233,
    // [PARAGRAPH SEPARATOR](https://www.fileformat.info/info/unicode/char/2029/index.htm)
    8239,
    // [NARROW NO-BREAK SPACE (NNBSP)](https://www.fileformat.info/info/unicode/char/202f/index.htm)
    8287,
    // [MEDIUM MATHEMATICAL SPACE (MMSP)](https://www.fileformat.info/info/unicode/char/205f/index.htm)
    12288,
    // [IDEOGRAPHIC SPACE](https://www.fileformat.info/info/unicode/char/3000/index.htm)
    65279
    // [ZERO WIDTH NO-BREAK SPACE (BOM)](https://www.fileformat.info/info/unicode/char/feff/index.htm)
  ].reduce((acc, codepoint) => {
    const encoded = Buffer.from(
      String.fromCharCode(codepoint),
      options.encoding
    );
    if (codepoint !== 63 && encoded.length === 1 && encoded[0] === 63) {
      return acc;
    }
    acc.push(encoded);
    return acc;
  }, []);
  const timcharFirstBytes = new Uint8Array(256);
  for (const t of timchars) timcharFirstBytes[t[0]] = 1;
  return {
    bomSkipped: false,
    bufBytesStart: 0,
    castField: options.cast_function,
    commenting: false,
    delimiterBufPrevious: void 0,
    delimiterDiscovered: false,
    // Current error encountered by a record
    error: void 0,
    enabled: options.from_line === 1,
    escaping: false,
    escapeIsQuote: Buffer.isBuffer(options.escape) && Buffer.isBuffer(options.quote) && Buffer.compare(options.escape, options.quote) === 0,
    // columns can be `false`, `true`, `Array`
    expectedRecordLength: Array.isArray(options.columns) ? options.columns.length : void 0,
    field: new ResizeableBuffer_default(20),
    firstLineToHeaders: options.cast_first_line_to_header,
    needMoreDataSize: Math.max(
      // Skip if the remaining buffer smaller than comment
      options.comment !== null ? options.comment.length : 0,
      ...options.delimiter ? options.delimiter.map((delimiter) => delimiter.length) : [],
      // Auto discovery of delimiter is limited to 1 character
      options.delimiter_auto ? 1 : 0,
      // Skip if the remaining buffer can be escape sequence
      options.quote !== null ? options.quote.length : 0,
      ...timchars.map((t) => t.length)
    ),
    previousBuf: void 0,
    quoting: false,
    stop: false,
    rawBuffer: new ResizeableBuffer_default(100),
    record: [],
    recordHasError: false,
    record_length: 0,
    recordDelimiterMaxLength: options.record_delimiter.length === 0 ? 0 : Math.max(...options.record_delimiter.map((v) => v.length)),
    trimChars: [
      Buffer.from(" ", options.encoding)[0],
      Buffer.from("	", options.encoding)[0]
    ],
    wasQuoting: false,
    wasRowDelimiter: false,
    timchars,
    timcharFirstBytes
  };
}, "init_state");

// node_modules/csv-parse/lib/utils/underscore.js
var underscore = /* @__PURE__ */ __name(function(str4) {
  return str4.replace(/([A-Z])/g, function(_, match) {
    return "_" + match.toLowerCase();
  });
}, "underscore");

// node_modules/csv-parse/lib/api/normalize_options.js
var normalize_options = /* @__PURE__ */ __name(function(opts) {
  const options = {};
  for (const opt in opts) {
    options[underscore(opt)] = opts[opt];
  }
  if (options.encoding === void 0 || options.encoding === true) {
    options.encoding = "utf8";
  } else if (options.encoding === null || options.encoding === false) {
    options.encoding = null;
  } else if (typeof options.encoding !== "string" && options.encoding !== null) {
    throw new CsvError(
      "CSV_INVALID_OPTION_ENCODING",
      [
        "Invalid option encoding:",
        "encoding must be a string or null to return a buffer,",
        `got ${JSON.stringify(options.encoding)}`
      ],
      options
    );
  }
  if (options.bom === void 0 || options.bom === null || options.bom === false) {
    options.bom = false;
  } else if (options.bom !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_BOM",
      [
        "Invalid option bom:",
        "bom must be true,",
        `got ${JSON.stringify(options.bom)}`
      ],
      options
    );
  }
  options.cast_function = null;
  if (options.cast === void 0 || options.cast === null || options.cast === false || options.cast === "") {
    options.cast = void 0;
  } else if (typeof options.cast === "function") {
    options.cast_function = options.cast;
    options.cast = true;
  } else if (options.cast !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_CAST",
      [
        "Invalid option cast:",
        "cast must be true or a function,",
        `got ${JSON.stringify(options.cast)}`
      ],
      options
    );
  }
  if (options.cast_date === void 0 || options.cast_date === null || options.cast_date === false || options.cast_date === "") {
    options.cast_date = false;
  } else if (options.cast_date === true) {
    options.cast_date = function(value) {
      const date = Date.parse(value);
      return !isNaN(date) ? new Date(date) : value;
    };
  } else if (typeof options.cast_date !== "function") {
    throw new CsvError(
      "CSV_INVALID_OPTION_CAST_DATE",
      [
        "Invalid option cast_date:",
        "cast_date must be true or a function,",
        `got ${JSON.stringify(options.cast_date)}`
      ],
      options
    );
  }
  options.cast_first_line_to_header = void 0;
  if (options.columns === true) {
    options.cast_first_line_to_header = void 0;
  } else if (typeof options.columns === "function") {
    options.cast_first_line_to_header = options.columns;
    options.columns = true;
  } else if (Array.isArray(options.columns)) {
    options.columns = normalize_columns_array(options.columns);
  } else if (options.columns === void 0 || options.columns === null || options.columns === false) {
    options.columns = false;
  } else {
    throw new CsvError(
      "CSV_INVALID_OPTION_COLUMNS",
      [
        "Invalid option columns:",
        "expect an array, a function or true,",
        `got ${JSON.stringify(options.columns)}`
      ],
      options
    );
  }
  if (options.group_columns_by_name === void 0 || options.group_columns_by_name === null || options.group_columns_by_name === false) {
    options.group_columns_by_name = false;
  } else if (options.group_columns_by_name !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_GROUP_COLUMNS_BY_NAME",
      [
        "Invalid option group_columns_by_name:",
        "expect an boolean,",
        `got ${JSON.stringify(options.group_columns_by_name)}`
      ],
      options
    );
  } else if (options.columns === false) {
    throw new CsvError(
      "CSV_INVALID_OPTION_GROUP_COLUMNS_BY_NAME",
      [
        "Invalid option group_columns_by_name:",
        "the `columns` mode must be activated."
      ],
      options
    );
  }
  if (options.comment === void 0 || options.comment === null || options.comment === false || options.comment === "") {
    options.comment = null;
  } else {
    if (typeof options.comment === "string") {
      options.comment = Buffer.from(options.comment, options.encoding);
    }
    if (!Buffer.isBuffer(options.comment)) {
      throw new CsvError(
        "CSV_INVALID_OPTION_COMMENT",
        [
          "Invalid option comment:",
          "comment must be a buffer or a string,",
          `got ${JSON.stringify(options.comment)}`
        ],
        options
      );
    }
  }
  if (options.comment_no_infix === void 0 || options.comment_no_infix === null || options.comment_no_infix === false) {
    options.comment_no_infix = false;
  } else if (options.comment_no_infix !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_COMMENT",
      [
        "Invalid option comment_no_infix:",
        "value must be a boolean,",
        `got ${JSON.stringify(options.comment_no_infix)}`
      ],
      options
    );
  }
  if (options.delimiter_auto === void 0 || options.delimiter_auto === null || options.delimiter_auto === false) {
    options.delimiter_auto = false;
  } else if (options.delimiter_auto === true) {
    options.delimiter_auto = {};
  } else if (!is_object(options.delimiter_auto)) {
    throw new CsvError(
      "CSV_INVALID_OPTION_DELIMITER_AUTO",
      [
        "Invalid option delimiter_auto:",
        "delimiter_auto must be a boolean or a configuration object,",
        `got ${JSON.stringify(options.delimiter_auto)}`
      ],
      options
    );
  }
  if (options.delimiter_auto) {
    if (options.delimiter_auto.preferred === void 0)
      options.delimiter_auto.preferred = {
        [",".charCodeAt(0)]: 1.8,
        ["	".charCodeAt(0)]: 1.8,
        [";".charCodeAt(0)]: 1.6,
        [" ".charCodeAt(0)]: 1.6,
        [":".charCodeAt(0)]: 1.5,
        [".".charCodeAt(0)]: 1.4,
        ["/".charCodeAt(0)]: 1.4
      };
    else if (!is_object(options.delimiter_auto.preferred)) {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER_AUTO",
        [
          "Invalid option delimiter_auto:",
          "preferred must be an object,",
          `got ${JSON.stringify(options.delimiter_auto.preferred)}`
        ],
        options
      );
    }
    if (options.delimiter_auto.score === void 0)
      options.delimiter_auto.score = (info2, options2) => {
        return (info2.total - info2.std) * (options2.preferred[info2.char_code] || 1);
      };
    else if (typeof options.delimiter_auto.score !== "function") {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER_AUTO",
        [
          "Invalid option delimiter_auto:",
          "score must be a function,",
          `got ${JSON.stringify(options.delimiter_auto.score)}`
        ],
        options
      );
    }
    if (options.delimiter_auto.size === void 0)
      options.delimiter_auto.size = 2048;
    else if (typeof options.delimiter_auto.size !== "number") {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER_AUTO",
        [
          "Invalid option delimiter_auto:",
          "size must be a number,",
          `got ${JSON.stringify(options.delimiter_auto.size)}`
        ],
        options
      );
    }
  }
  const delimiter_json = JSON.stringify(options.delimiter);
  if (options.delimiter_auto !== false) {
    options.delimiter = [];
  }
  if (!Array.isArray(options.delimiter)) {
    if (options.delimiter === void 0 || options.delimiter === null || options.delimiter === false) {
      options.delimiter = Buffer.from(",", options.encoding);
    }
    options.delimiter = [options.delimiter];
  }
  options.delimiter = options.delimiter.map(function(delimiter) {
    if (typeof delimiter === "string") {
      delimiter = Buffer.from(delimiter, options.encoding);
    }
    if (!Buffer.isBuffer(delimiter) || delimiter.length === 0) {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER",
        [
          "Invalid option delimiter:",
          "delimiter must be a non empty string or buffer or array of string|buffer,",
          `got ${delimiter_json}`
        ],
        options
      );
    }
    return delimiter;
  });
  if (options.escape === void 0 || options.escape === true) {
    options.escape = Buffer.from('"', options.encoding);
  } else if (typeof options.escape === "string") {
    options.escape = Buffer.from(options.escape, options.encoding);
  } else if (options.escape === null || options.escape === false) {
    options.escape = null;
  }
  if (options.escape !== null) {
    if (!Buffer.isBuffer(options.escape)) {
      throw new Error(
        `Invalid Option: escape must be a buffer, a string or a boolean, got ${JSON.stringify(options.escape)}`
      );
    }
  }
  if (options.from === void 0 || options.from === null) {
    options.from = 1;
  } else {
    if (typeof options.from === "string" && /\d+/.test(options.from)) {
      options.from = parseInt(options.from);
    }
    if (Number.isInteger(options.from)) {
      if (options.from < 0) {
        throw new Error(
          `Invalid Option: from must be a positive integer, got ${JSON.stringify(opts.from)}`
        );
      }
    } else {
      throw new Error(
        `Invalid Option: from must be an integer, got ${JSON.stringify(options.from)}`
      );
    }
  }
  if (options.from_line === void 0 || options.from_line === null) {
    options.from_line = 1;
  } else {
    if (typeof options.from_line === "string" && /\d+/.test(options.from_line)) {
      options.from_line = parseInt(options.from_line);
    }
    if (Number.isInteger(options.from_line)) {
      if (options.from_line <= 0) {
        throw new Error(
          `Invalid Option: from_line must be a positive integer greater than 0, got ${JSON.stringify(opts.from_line)}`
        );
      }
    } else {
      throw new Error(
        `Invalid Option: from_line must be an integer, got ${JSON.stringify(opts.from_line)}`
      );
    }
  }
  if (options.ignore_last_delimiters === void 0 || options.ignore_last_delimiters === null) {
    options.ignore_last_delimiters = false;
  } else if (typeof options.ignore_last_delimiters === "number") {
    options.ignore_last_delimiters = Math.floor(options.ignore_last_delimiters);
    if (options.ignore_last_delimiters === 0) {
      options.ignore_last_delimiters = false;
    }
  } else if (typeof options.ignore_last_delimiters !== "boolean") {
    throw new CsvError(
      "CSV_INVALID_OPTION_IGNORE_LAST_DELIMITERS",
      [
        "Invalid option `ignore_last_delimiters`:",
        "the value must be a boolean value or an integer,",
        `got ${JSON.stringify(options.ignore_last_delimiters)}`
      ],
      options
    );
  }
  if (options.ignore_last_delimiters === true && options.columns === false) {
    throw new CsvError(
      "CSV_IGNORE_LAST_DELIMITERS_REQUIRES_COLUMNS",
      [
        "The option `ignore_last_delimiters`",
        "requires the activation of the `columns` option"
      ],
      options
    );
  }
  if (options.info === void 0 || options.info === null || options.info === false) {
    options.info = false;
  } else if (options.info !== true) {
    throw new Error(
      `Invalid Option: info must be true, got ${JSON.stringify(options.info)}`
    );
  }
  if (options.max_record_size === void 0 || options.max_record_size === null || options.max_record_size === false) {
    options.max_record_size = 0;
  } else if (Number.isInteger(options.max_record_size) && options.max_record_size >= 0) {
  } else if (typeof options.max_record_size === "string" && /\d+/.test(options.max_record_size)) {
    options.max_record_size = parseInt(options.max_record_size);
  } else {
    throw new Error(
      `Invalid Option: max_record_size must be a positive integer, got ${JSON.stringify(options.max_record_size)}`
    );
  }
  if (options.objname === void 0 || options.objname === null || options.objname === false) {
    options.objname = void 0;
  } else if (Buffer.isBuffer(options.objname)) {
    if (options.objname.length === 0) {
      throw new Error(`Invalid Option: objname must be a non empty buffer`);
    }
    if (options.encoding === null) {
    } else {
      options.objname = options.objname.toString(options.encoding);
    }
  } else if (typeof options.objname === "string") {
    if (options.objname.length === 0) {
      throw new Error(`Invalid Option: objname must be a non empty string`);
    }
  } else if (typeof options.objname === "number") {
  } else {
    throw new Error(
      `Invalid Option: objname must be a string or a buffer, got ${options.objname}`
    );
  }
  if (options.objname !== void 0) {
    if (typeof options.objname === "number") {
      if (options.columns !== false) {
        throw Error(
          "Invalid Option: objname index cannot be combined with columns or be defined as a field"
        );
      }
    } else {
      if (options.columns === false) {
        throw Error(
          "Invalid Option: objname field must be combined with columns or be defined as an index"
        );
      }
    }
  }
  if (options.on_record === void 0 || options.on_record === null) {
    options.on_record = void 0;
  } else if (typeof options.on_record !== "function") {
    throw new CsvError(
      "CSV_INVALID_OPTION_ON_RECORD",
      [
        "Invalid option `on_record`:",
        "expect a function,",
        `got ${JSON.stringify(options.on_record)}`
      ],
      options
    );
  }
  if (options.on_skip !== void 0 && options.on_skip !== null && typeof options.on_skip !== "function") {
    throw new Error(
      `Invalid Option: on_skip must be a function, got ${JSON.stringify(options.on_skip)}`
    );
  }
  if (options.quote === null || options.quote === false || options.quote === "") {
    options.quote = null;
  } else {
    if (options.quote === void 0 || options.quote === true) {
      options.quote = Buffer.from('"', options.encoding);
    } else if (typeof options.quote === "string") {
      options.quote = Buffer.from(options.quote, options.encoding);
    }
    if (!Buffer.isBuffer(options.quote)) {
      throw new Error(
        `Invalid Option: quote must be a buffer or a string, got ${JSON.stringify(options.quote)}`
      );
    }
  }
  if (options.raw === void 0 || options.raw === null || options.raw === false) {
    options.raw = false;
  } else if (options.raw !== true) {
    throw new Error(
      `Invalid Option: raw must be true, got ${JSON.stringify(options.raw)}`
    );
  }
  if (options.record_delimiter === void 0) {
    options.record_delimiter = [];
  } else if (typeof options.record_delimiter === "string" || Buffer.isBuffer(options.record_delimiter)) {
    if (options.record_delimiter.length === 0) {
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a non empty string or buffer,",
          `got ${JSON.stringify(options.record_delimiter)}`
        ],
        options
      );
    }
    options.record_delimiter = [options.record_delimiter];
  } else if (!Array.isArray(options.record_delimiter)) {
    throw new CsvError(
      "CSV_INVALID_OPTION_RECORD_DELIMITER",
      [
        "Invalid option `record_delimiter`:",
        "value must be a string, a buffer or array of string|buffer,",
        `got ${JSON.stringify(options.record_delimiter)}`
      ],
      options
    );
  }
  options.record_delimiter = options.record_delimiter.map(function(rd, i) {
    if (typeof rd !== "string" && !Buffer.isBuffer(rd)) {
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a string, a buffer or array of string|buffer",
          `at index ${i},`,
          `got ${JSON.stringify(rd)}`
        ],
        options
      );
    } else if (rd.length === 0) {
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a non empty string or buffer",
          `at index ${i},`,
          `got ${JSON.stringify(rd)}`
        ],
        options
      );
    }
    if (typeof rd === "string") {
      rd = Buffer.from(rd, options.encoding);
    }
    return rd;
  });
  if (typeof options.relax_column_count === "boolean") {
  } else if (options.relax_column_count === void 0 || options.relax_column_count === null) {
    options.relax_column_count = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count must be a boolean, got ${JSON.stringify(options.relax_column_count)}`
    );
  }
  if (typeof options.relax_column_count_less === "boolean") {
  } else if (options.relax_column_count_less === void 0 || options.relax_column_count_less === null) {
    options.relax_column_count_less = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count_less must be a boolean, got ${JSON.stringify(options.relax_column_count_less)}`
    );
  }
  if (typeof options.relax_column_count_more === "boolean") {
  } else if (options.relax_column_count_more === void 0 || options.relax_column_count_more === null) {
    options.relax_column_count_more = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count_more must be a boolean, got ${JSON.stringify(options.relax_column_count_more)}`
    );
  }
  if (typeof options.relax_quotes === "boolean") {
  } else if (options.relax_quotes === void 0 || options.relax_quotes === null) {
    options.relax_quotes = false;
  } else {
    throw new Error(
      `Invalid Option: relax_quotes must be a boolean, got ${JSON.stringify(options.relax_quotes)}`
    );
  }
  if (typeof options.skip_empty_lines === "boolean") {
  } else if (options.skip_empty_lines === void 0 || options.skip_empty_lines === null) {
    options.skip_empty_lines = false;
  } else {
    throw new Error(
      `Invalid Option: skip_empty_lines must be a boolean, got ${JSON.stringify(options.skip_empty_lines)}`
    );
  }
  if (typeof options.skip_records_with_empty_values === "boolean") {
  } else if (options.skip_records_with_empty_values === void 0 || options.skip_records_with_empty_values === null) {
    options.skip_records_with_empty_values = false;
  } else {
    throw new Error(
      `Invalid Option: skip_records_with_empty_values must be a boolean, got ${JSON.stringify(options.skip_records_with_empty_values)}`
    );
  }
  if (typeof options.skip_records_with_error === "boolean") {
  } else if (options.skip_records_with_error === void 0 || options.skip_records_with_error === null) {
    options.skip_records_with_error = false;
  } else {
    throw new Error(
      `Invalid Option: skip_records_with_error must be a boolean, got ${JSON.stringify(options.skip_records_with_error)}`
    );
  }
  if (options.rtrim === void 0 || options.rtrim === null || options.rtrim === false) {
    options.rtrim = false;
  } else if (options.rtrim !== true) {
    throw new Error(
      `Invalid Option: rtrim must be a boolean, got ${JSON.stringify(options.rtrim)}`
    );
  }
  if (options.ltrim === void 0 || options.ltrim === null || options.ltrim === false) {
    options.ltrim = false;
  } else if (options.ltrim !== true) {
    throw new Error(
      `Invalid Option: ltrim must be a boolean, got ${JSON.stringify(options.ltrim)}`
    );
  }
  if (options.trim === void 0 || options.trim === null || options.trim === false) {
    options.trim = false;
  } else if (options.trim !== true) {
    throw new Error(
      `Invalid Option: trim must be a boolean, got ${JSON.stringify(options.trim)}`
    );
  }
  if (options.trim === true && opts.ltrim !== false) {
    options.ltrim = true;
  } else if (options.ltrim !== true) {
    options.ltrim = false;
  }
  if (options.trim === true && opts.rtrim !== false) {
    options.rtrim = true;
  } else if (options.rtrim !== true) {
    options.rtrim = false;
  }
  if (options.to === void 0 || options.to === null) {
    options.to = -1;
  } else if (options.to !== -1) {
    if (typeof options.to === "string" && /\d+/.test(options.to)) {
      options.to = parseInt(options.to);
    }
    if (Number.isInteger(options.to)) {
      if (options.to <= 0) {
        throw new Error(
          `Invalid Option: to must be a positive integer greater than 0, got ${JSON.stringify(opts.to)}`
        );
      }
    } else {
      throw new Error(
        `Invalid Option: to must be an integer, got ${JSON.stringify(opts.to)}`
      );
    }
  }
  if (options.to_line === void 0 || options.to_line === null) {
    options.to_line = -1;
  } else if (options.to_line !== -1) {
    if (typeof options.to_line === "string" && /\d+/.test(options.to_line)) {
      options.to_line = parseInt(options.to_line);
    }
    if (Number.isInteger(options.to_line)) {
      if (options.to_line <= 0) {
        throw new Error(
          `Invalid Option: to_line must be a positive integer greater than 0, got ${JSON.stringify(opts.to_line)}`
        );
      }
    } else {
      throw new Error(
        `Invalid Option: to_line must be an integer, got ${JSON.stringify(opts.to_line)}`
      );
    }
  }
  return options;
}, "normalize_options");

// node_modules/csv-parse/lib/utils/delimiter_discover.js
var delimiter_discover = /* @__PURE__ */ __name(function(records, options) {
  if (!options) {
    ({ delimiter_auto: options } = normalize_options({ delimiter_auto: true }));
  }
  if (typeof records === "string") {
    records = Buffer.from(records);
  }
  if (Buffer.isBuffer(records)) {
    records = ((data) => {
      const records2 = [];
      const parser = transform({ delimiter: [] });
      const push = /* @__PURE__ */ __name((record3) => records2.push(record3), "push");
      const close = /* @__PURE__ */ __name(() => {
      }, "close");
      const error2 = parser.parse(data, true, push, close);
      if (error2 !== void 0) throw error2;
      return records2;
    })(records);
  }
  const info2 = Array(127).fill().map(() => ({ lines: [] }));
  records.map(([record3], line) => {
    for (let i = 0, l = record3.length; i < l; i++) {
      const code = record3.charCodeAt(i);
      if (info2[code].lines[line] === void 0) info2[code].lines[line] = 0;
      info2[code].lines[line]++;
    }
  });
  info2.map((info3, i) => {
    info3.char_code = i;
    info3.std = std(info3.lines);
    info3.total = info3.lines.reduce((acc, val) => acc + val, 0);
    info3.preferred = !!options.preferred[i];
    info3.score = options.score(info3, options);
  });
  const result = info2.reduce(
    (acc, info3) => acc.score > info3.score ? acc : info3,
    {}
  );
  return String.fromCharCode(result.char_code);
}, "delimiter_discover");
var std = /* @__PURE__ */ __name(function(array) {
  const n = array.length;
  if (n === 0) return 0;
  const mean2 = array.reduce((a, b) => a + b) / n;
  return Math.sqrt(
    array.map((x) => Math.pow(x - mean2, 2)).reduce((a, b) => a + b) / n
  );
}, "std");

// node_modules/csv-parse/lib/api/index.js
var isRecordEmpty = /* @__PURE__ */ __name(function(record3) {
  return record3.every(
    (field) => field == null || field.toString && field.toString().trim() === ""
  );
}, "isRecordEmpty");
var cr = 13;
var nl = 10;
var boms = {
  // Note, the following are equals:
  // Buffer.from("\ufeff")
  // Buffer.from([239, 187, 191])
  // Buffer.from('EFBBBF', 'hex')
  utf8: Buffer.from([239, 187, 191]),
  // Note, the following are equals:
  // Buffer.from "\ufeff", 'utf16le
  // Buffer.from([255, 254])
  utf16le: Buffer.from([255, 254])
};
var transform = /* @__PURE__ */ __name(function(original_options = {}) {
  const info2 = {
    bytes: 0,
    bytes_records: 0,
    comment_lines: 0,
    empty_lines: 0,
    invalid_field_length: 0,
    lines: 1,
    records: 0
  };
  const options = normalize_options(original_options);
  return {
    info: info2,
    original_options,
    options,
    state: init_state(options),
    __needMoreData: /* @__PURE__ */ __name(function(i, bufLen, end) {
      if (end) return false;
      const { encoding, escape, quote: quote3 } = this.options;
      const { quoting, needMoreDataSize, recordDelimiterMaxLength } = this.state;
      const numOfCharLeft = bufLen - i - 1;
      const requiredLength = Math.max(
        needMoreDataSize,
        // Skip if the remaining buffer smaller than record delimiter
        // If "record_delimiter" is yet to be discovered:
        // 1. It is equals to `[]` and "recordDelimiterMaxLength" equals `0`
        // 2. We set the length to windows line ending in the current encoding
        // Note, that encoding is known from user or bom discovery at that point
        // recordDelimiterMaxLength,
        recordDelimiterMaxLength === 0 ? Buffer.from("\r\n", encoding).length : recordDelimiterMaxLength,
        // Skip if remaining buffer can be an escaped quote
        quoting ? (escape === null ? 0 : escape.length) + quote3.length : 0,
        // Skip if remaining buffer can be record delimiter following the closing quote
        quoting ? quote3.length + recordDelimiterMaxLength : 0
      );
      return numOfCharLeft < requiredLength;
    }, "__needMoreData"),
    // Central parser implementation
    parse: /* @__PURE__ */ __name(function(nextBuf, end, push, close) {
      const {
        bom,
        comment_no_infix,
        delimiter_auto,
        encoding,
        from_line,
        ltrim,
        max_record_size,
        raw,
        relax_quotes,
        rtrim,
        skip_empty_lines,
        to,
        to_line
      } = this.options;
      let { comment, escape, quote: quote3, record_delimiter } = this.options;
      const {
        bomSkipped,
        delimiterDiscovered,
        delimiterBufPrevious,
        rawBuffer,
        escapeIsQuote
      } = this.state;
      if (!delimiterDiscovered && delimiter_auto) {
        let delimiterBuf;
        if (delimiterBufPrevious === void 0) {
          delimiterBuf = nextBuf;
        } else if (delimiterBufPrevious !== void 0 && nextBuf === void 0) {
          delimiterBuf = delimiterBufPrevious;
        } else {
          delimiterBuf = Buffer.concat([delimiterBufPrevious, nextBuf]);
        }
        nextBuf = void 0;
        if (end || delimiterBuf.length > delimiter_auto.size) {
          this.options.delimiter = [
            Buffer.from(
              delimiter_discover(delimiterBuf, this.options.delimiter_auto)
            )
          ];
          this.state.previousBuf = delimiterBuf;
          this.state.delimiterBufPrevious = void 0;
          this.state.delimiterDiscovered = true;
        } else {
          this.state.delimiterBufPrevious = delimiterBuf;
          return;
        }
      }
      const { previousBuf } = this.state;
      let buf;
      if (previousBuf === void 0) {
        if (nextBuf === void 0) {
          close();
          return;
        } else {
          buf = nextBuf;
        }
      } else if (previousBuf !== void 0 && nextBuf === void 0) {
        buf = previousBuf;
      } else {
        buf = Buffer.concat([previousBuf, nextBuf]);
      }
      if (bomSkipped === false) {
        if (bom === false) {
          this.state.bomSkipped = true;
        } else if (buf.length < 3) {
          if (end === false) {
            this.state.previousBuf = buf;
            return;
          }
        } else {
          for (const encoding2 in boms) {
            if (boms[encoding2].compare(buf, 0, boms[encoding2].length) === 0) {
              const bomLength = boms[encoding2].length;
              this.state.bufBytesStart += bomLength;
              buf = buf.slice(bomLength);
              const options2 = normalize_options({
                ...this.original_options,
                encoding: encoding2
              });
              for (const key in options2) {
                this.options[key] = options2[key];
              }
              ({ comment, escape, quote: quote3 } = this.options);
              break;
            }
          }
          this.state.bomSkipped = true;
        }
      }
      const bufLen = buf.length;
      let pos;
      for (pos = 0; pos < bufLen; pos++) {
        if (this.__needMoreData(pos, bufLen, end)) {
          break;
        }
        if (this.state.wasRowDelimiter === true) {
          this.info.lines++;
          this.state.wasRowDelimiter = false;
        }
        if (to_line !== -1 && this.info.lines > to_line) {
          this.state.stop = true;
          close();
          return;
        }
        if (this.state.quoting === false && record_delimiter.length === 0) {
          const record_delimiterCount = this.__autoDiscoverRecordDelimiter(
            buf,
            pos
          );
          if (record_delimiterCount) {
            record_delimiter = this.options.record_delimiter;
          }
        }
        const chr = buf[pos];
        if (raw === true) {
          rawBuffer.append(chr);
        }
        if ((chr === cr || chr === nl) && this.state.wasRowDelimiter === false) {
          this.state.wasRowDelimiter = true;
        }
        if (this.state.escaping === true) {
          this.state.escaping = false;
        } else {
          if (escape !== null && this.state.quoting === true && this.__isEscape(buf, pos, chr) && pos + escape.length < bufLen) {
            if (escapeIsQuote) {
              if (this.__isQuote(buf, pos + escape.length)) {
                this.state.escaping = true;
                pos += escape.length - 1;
                continue;
              }
            } else {
              this.state.escaping = true;
              pos += escape.length - 1;
              continue;
            }
          }
          if (this.state.commenting === false && this.__isQuote(buf, pos)) {
            if (this.state.quoting === true) {
              const nextChr = buf[pos + quote3.length];
              const isNextChrTrimable = rtrim && this.__isCharTrimable(buf, pos + quote3.length);
              const isNextChrComment = comment !== null && this.__compareBytes(comment, buf, pos + quote3.length, nextChr);
              const isNextChrDelimiter = this.__isDelimiter(
                buf,
                pos + quote3.length,
                nextChr
              );
              const isNextChrRecordDelimiter = record_delimiter.length === 0 ? this.__autoDiscoverRecordDelimiter(buf, pos + quote3.length) : this.__isRecordDelimiter(nextChr, buf, pos + quote3.length);
              if (escape !== null && this.__isEscape(buf, pos, chr) && this.__isQuote(buf, pos + escape.length)) {
                pos += escape.length - 1;
              } else if (!nextChr || isNextChrDelimiter || isNextChrRecordDelimiter || isNextChrComment || isNextChrTrimable) {
                this.state.quoting = false;
                this.state.wasQuoting = true;
                pos += quote3.length - 1;
                continue;
              } else if (relax_quotes === false) {
                const err = this.__error(
                  new CsvError(
                    "CSV_INVALID_CLOSING_QUOTE",
                    [
                      "Invalid Closing Quote:",
                      `got "${String.fromCharCode(nextChr)}"`,
                      `at line ${this.info.lines}`,
                      "instead of delimiter, record delimiter, trimable character",
                      "(if activated) or comment"
                    ],
                    this.options,
                    this.__infoField()
                  )
                );
                if (err !== void 0) return err;
              } else {
                this.state.quoting = false;
                this.state.wasQuoting = true;
                this.state.field.prepend(quote3);
                pos += quote3.length - 1;
              }
            } else {
              if (this.state.field.length !== 0) {
                if (relax_quotes === false) {
                  const info3 = this.__infoField();
                  const bom2 = Object.keys(boms).map(
                    (b) => boms[b].equals(this.state.field.toString()) ? b : false
                  ).filter(Boolean)[0];
                  const err = this.__error(
                    new CsvError(
                      "INVALID_OPENING_QUOTE",
                      [
                        "Invalid Opening Quote:",
                        `a quote is found on field ${JSON.stringify(info3.column)} at line ${info3.lines}, value is ${JSON.stringify(this.state.field.toString(encoding))}`,
                        bom2 ? `(${bom2} bom)` : void 0
                      ],
                      this.options,
                      info3,
                      {
                        field: this.state.field
                      }
                    )
                  );
                  if (err !== void 0) return err;
                }
              } else {
                this.state.quoting = true;
                pos += quote3.length - 1;
                continue;
              }
            }
          }
          if (this.state.quoting === false) {
            const recordDelimiterLength = this.__isRecordDelimiter(
              chr,
              buf,
              pos
            );
            if (recordDelimiterLength !== 0) {
              const skipCommentLine = this.state.commenting && this.state.wasQuoting === false && this.state.record.length === 0 && this.state.field.length === 0;
              if (skipCommentLine) {
                this.info.comment_lines++;
              } else {
                if (this.state.enabled === false && this.info.lines + (this.state.wasRowDelimiter === true ? 1 : 0) >= from_line) {
                  this.state.enabled = true;
                  this.__resetField();
                  this.__resetRecord();
                  pos += recordDelimiterLength - 1;
                  continue;
                }
                if (skip_empty_lines === true && this.state.wasQuoting === false && this.state.record.length === 0 && this.state.field.length === 0) {
                  this.info.empty_lines++;
                  pos += recordDelimiterLength - 1;
                  continue;
                }
                this.info.bytes = this.state.bufBytesStart + pos;
                const errField = this.__onField();
                if (errField !== void 0) return errField;
                this.info.bytes = this.state.bufBytesStart + pos + recordDelimiterLength;
                const errRecord = this.__onRecord(push);
                if (errRecord !== void 0) return errRecord;
                if (to !== -1 && this.info.records >= to) {
                  this.state.stop = true;
                  close();
                  return;
                }
              }
              this.state.commenting = false;
              pos += recordDelimiterLength - 1;
              continue;
            }
            if (this.state.commenting) {
              continue;
            }
            if (comment !== null && (comment_no_infix === false || this.state.record.length === 0 && this.state.field.length === 0)) {
              const commentCount = this.__compareBytes(comment, buf, pos, chr);
              if (commentCount !== 0) {
                this.state.commenting = true;
                continue;
              }
            }
            const delimiterLength = this.__isDelimiter(buf, pos, chr);
            if (delimiterLength !== 0) {
              this.info.bytes = this.state.bufBytesStart + pos;
              const errField = this.__onField();
              if (errField !== void 0) return errField;
              pos += delimiterLength - 1;
              continue;
            }
          }
        }
        if (this.state.commenting === false) {
          if (max_record_size !== 0 && this.state.record_length + this.state.field.length > max_record_size) {
            return this.__error(
              new CsvError(
                "CSV_MAX_RECORD_SIZE",
                [
                  "Max Record Size:",
                  "record exceed the maximum number of tolerated bytes",
                  `of ${max_record_size}`,
                  `at line ${this.info.lines}`
                ],
                this.options,
                this.__infoField()
              )
            );
          }
        }
        const lappend = ltrim === false || this.state.quoting === true || this.state.field.length !== 0 || !this.__isCharTrimable(buf, pos);
        const rappend = rtrim === false || this.state.wasQuoting === false;
        if (lappend === true && rappend === true) {
          this.state.field.append(chr);
        } else if (rtrim === true && !this.__isCharTrimable(buf, pos)) {
          return this.__error(
            new CsvError(
              "CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE",
              [
                "Invalid Closing Quote:",
                "found non trimable byte after quote",
                `at line ${this.info.lines}`
              ],
              this.options,
              this.__infoField()
            )
          );
        } else {
          if (lappend === false) {
            pos += this.__isCharTrimable(buf, pos) - 1;
          }
          continue;
        }
      }
      if (end === true) {
        if (this.state.quoting === true) {
          const err = this.__error(
            new CsvError(
              "CSV_QUOTE_NOT_CLOSED",
              [
                "Quote Not Closed:",
                `the parsing is finished with an opening quote at line ${this.info.lines}`
              ],
              this.options,
              this.__infoField()
            )
          );
          if (err !== void 0) return err;
        } else {
          if (this.state.wasQuoting === true || this.state.record.length !== 0 || this.state.field.length !== 0) {
            this.info.bytes = this.state.bufBytesStart + pos;
            const errField = this.__onField();
            if (errField !== void 0) return errField;
            const errRecord = this.__onRecord(push);
            if (errRecord !== void 0) return errRecord;
          } else if (this.state.wasRowDelimiter === true) {
            this.info.empty_lines++;
          } else if (this.state.commenting === true) {
            this.info.comment_lines++;
          }
        }
      } else {
        this.state.bufBytesStart += pos;
        this.state.previousBuf = buf.slice(pos);
      }
      if (this.state.wasRowDelimiter === true) {
        this.info.lines++;
        this.state.wasRowDelimiter = false;
      }
    }, "parse"),
    __onRecord: /* @__PURE__ */ __name(function(push) {
      const {
        columns,
        group_columns_by_name,
        encoding,
        info: info3,
        from,
        relax_column_count,
        relax_column_count_less,
        relax_column_count_more,
        raw,
        skip_records_with_empty_values
      } = this.options;
      const { enabled, record: record3 } = this.state;
      if (enabled === false) {
        return this.__resetRecord();
      }
      const recordLength = record3.length;
      if (columns === true) {
        if (skip_records_with_empty_values === true && isRecordEmpty(record3)) {
          this.__resetRecord();
          return;
        }
        return this.__firstLineToColumns(record3);
      }
      if (columns === false && this.info.records === 0) {
        this.state.expectedRecordLength = recordLength;
      }
      if (recordLength !== this.state.expectedRecordLength) {
        const err = columns === false ? new CsvError(
          "CSV_RECORD_INCONSISTENT_FIELDS_LENGTH",
          [
            "Invalid Record Length:",
            `expect ${this.state.expectedRecordLength},`,
            `got ${recordLength} on line ${this.info.lines}`
          ],
          this.options,
          this.__infoField(),
          {
            record: record3
          }
        ) : new CsvError(
          "CSV_RECORD_INCONSISTENT_COLUMNS",
          [
            "Invalid Record Length:",
            `columns length is ${columns.length},`,
            // rename columns
            `got ${recordLength} on line ${this.info.lines}`
          ],
          this.options,
          this.__infoField(),
          {
            record: record3
          }
        );
        if (relax_column_count === true || relax_column_count_less === true && recordLength < this.state.expectedRecordLength || relax_column_count_more === true && recordLength > this.state.expectedRecordLength) {
          this.info.invalid_field_length++;
          this.state.error = err;
        } else {
          const finalErr = this.__error(err);
          if (finalErr) return finalErr;
        }
      }
      if (skip_records_with_empty_values === true && isRecordEmpty(record3)) {
        this.__resetRecord();
        return;
      }
      if (this.state.recordHasError === true) {
        this.__resetRecord();
        this.state.recordHasError = false;
        return;
      }
      this.info.records++;
      if (from === 1 || this.info.records >= from) {
        const { objname } = this.options;
        if (columns !== false) {
          const obj2 = {};
          for (let i = 0, l = record3.length; i < l; i++) {
            if (columns[i] === void 0 || columns[i].disabled) continue;
            if (group_columns_by_name === true && Object.hasOwn(obj2, columns[i].name)) {
              if (Array.isArray(obj2[columns[i].name])) {
                obj2[columns[i].name] = obj2[columns[i].name].concat(record3[i]);
              } else {
                obj2[columns[i].name] = [obj2[columns[i].name], record3[i]];
              }
            } else {
              Object.defineProperty(obj2, columns[i].name, {
                value: record3[i],
                enumerable: true,
                writable: true,
                configurable: true
              });
            }
          }
          if (raw === true || info3 === true) {
            const extRecord = Object.assign(
              { record: obj2 },
              raw === true ? { raw: this.state.rawBuffer.toString(encoding) } : {},
              info3 === true ? { info: this.__infoRecord() } : {}
            );
            const err = this.__push(
              objname === void 0 ? extRecord : [obj2[objname], extRecord],
              push
            );
            if (err) {
              return err;
            }
          } else {
            const err = this.__push(
              objname === void 0 ? obj2 : [obj2[objname], obj2],
              push
            );
            if (err) {
              return err;
            }
          }
        } else {
          if (raw === true || info3 === true) {
            const extRecord = Object.assign(
              { record: record3 },
              raw === true ? { raw: this.state.rawBuffer.toString(encoding) } : {},
              info3 === true ? { info: this.__infoRecord() } : {}
            );
            const err = this.__push(
              objname === void 0 ? extRecord : [record3[objname], extRecord],
              push
            );
            if (err) {
              return err;
            }
          } else {
            const err = this.__push(
              objname === void 0 ? record3 : [record3[objname], record3],
              push
            );
            if (err) {
              return err;
            }
          }
        }
      }
      this.__resetRecord();
    }, "__onRecord"),
    __firstLineToColumns: /* @__PURE__ */ __name(function(record3) {
      const { firstLineToHeaders } = this.state;
      try {
        const headers = firstLineToHeaders === void 0 ? record3 : firstLineToHeaders.call(null, record3);
        if (!Array.isArray(headers)) {
          return this.__error(
            new CsvError(
              "CSV_INVALID_COLUMN_MAPPING",
              [
                "Invalid Column Mapping:",
                "expect an array from column function,",
                `got ${JSON.stringify(headers)}`
              ],
              this.options,
              this.__infoField(),
              {
                headers
              }
            )
          );
        }
        const normalizedHeaders = normalize_columns_array(headers);
        this.state.expectedRecordLength = normalizedHeaders.length;
        this.options.columns = normalizedHeaders;
        this.__resetRecord();
        return;
      } catch (err) {
        return err;
      }
    }, "__firstLineToColumns"),
    __resetRecord: /* @__PURE__ */ __name(function() {
      if (this.options.raw === true) {
        this.state.rawBuffer.reset();
      }
      this.state.error = void 0;
      this.state.record = [];
      this.state.record_length = 0;
    }, "__resetRecord"),
    __onField: /* @__PURE__ */ __name(function() {
      const { cast, encoding, rtrim, max_record_size } = this.options;
      const { enabled, wasQuoting } = this.state;
      if (enabled === false) {
        return this.__resetField();
      }
      let field = this.state.field.toString(encoding);
      if (rtrim === true && wasQuoting === false) {
        field = field.trimRight();
      }
      if (cast === true) {
        const [err, f] = this.__cast(field);
        if (err !== void 0) return err;
        field = f;
      }
      this.state.record.push(field);
      if (max_record_size !== 0 && typeof field === "string") {
        this.state.record_length += field.length;
      }
      this.__resetField();
    }, "__onField"),
    __resetField: /* @__PURE__ */ __name(function() {
      this.state.field.reset();
      this.state.wasQuoting = false;
    }, "__resetField"),
    __push: /* @__PURE__ */ __name(function(record3, push) {
      const { on_record } = this.options;
      if (on_record !== void 0) {
        const info3 = this.__infoRecord();
        try {
          record3 = on_record.call(null, record3, info3);
        } catch (err) {
          return err;
        }
        if (record3 === void 0 || record3 === null) {
          return;
        }
      }
      this.info.bytes_records += this.info.bytes;
      push(record3);
    }, "__push"),
    // Return a tuple with the error and the casted value
    __cast: /* @__PURE__ */ __name(function(field) {
      const { columns, relax_column_count } = this.options;
      const isColumns = Array.isArray(columns);
      if (isColumns === true && relax_column_count && this.options.columns.length <= this.state.record.length) {
        return [void 0, void 0];
      }
      if (this.state.castField !== null) {
        try {
          const info3 = this.__infoField();
          return [void 0, this.state.castField.call(null, field, info3)];
        } catch (err) {
          return [err];
        }
      }
      if (this.__isFloat(field)) {
        return [void 0, parseFloat(field)];
      } else if (this.options.cast_date !== false) {
        const info3 = this.__infoField();
        return [void 0, this.options.cast_date.call(null, field, info3)];
      }
      return [void 0, field];
    }, "__cast"),
    __compareBytes: /* @__PURE__ */ __name(function(sourceBuf, targetBuf, targetPos, firstByte) {
      if (sourceBuf[0] !== firstByte) return 0;
      const sourceLength = sourceBuf.length;
      for (let i = 1; i < sourceLength; i++) {
        if (sourceBuf[i] !== targetBuf[targetPos + i]) return 0;
      }
      return sourceLength;
    }, "__compareBytes"),
    // Helper to test if a character is trimable
    __isCharTrimable: /* @__PURE__ */ __name(function(buf, pos) {
      const { timchars, timcharFirstBytes } = this.state;
      const first = buf[pos];
      if (first === void 0 || timcharFirstBytes[first] === 0) return 0;
      loop1: for (let i = 0; i < timchars.length; i++) {
        const timchar = timchars[i];
        for (let j = 0; j < timchar.length; j++) {
          if (timchar[j] !== buf[pos + j]) continue loop1;
        }
        return timchar.length;
      }
      return 0;
    }, "__isCharTrimable"),
    __isDelimiter: /* @__PURE__ */ __name(function(buf, pos, chr) {
      const { delimiter, ignore_last_delimiters } = this.options;
      if (ignore_last_delimiters === true && this.state.record.length === this.options.columns.length - 1) {
        return 0;
      } else if (ignore_last_delimiters !== false && typeof ignore_last_delimiters === "number" && this.state.record.length === ignore_last_delimiters - 1) {
        return 0;
      }
      loop1: for (let i = 0; i < delimiter.length; i++) {
        const del = delimiter[i];
        if (del[0] === chr) {
          for (let j = 1; j < del.length; j++) {
            if (del[j] !== buf[pos + j]) continue loop1;
          }
          return del.length;
        }
      }
      return 0;
    }, "__isDelimiter"),
    __isEscape: /* @__PURE__ */ __name(function(buf, pos, chr) {
      const { escape } = this.options;
      if (escape === null) return false;
      const l = escape.length;
      if (escape[0] === chr) {
        for (let i = 0; i < l; i++) {
          if (escape[i] !== buf[pos + i]) {
            return false;
          }
        }
        return true;
      }
      return false;
    }, "__isEscape"),
    __isFloat: /* @__PURE__ */ __name(function(value) {
      return value - parseFloat(value) + 1 >= 0;
    }, "__isFloat"),
    // Keep it in case we implement the `cast_int` option
    // __isInt(value){
    //   // return Number.isInteger(parseInt(value))
    //   // return !isNaN( parseInt( obj ) );
    //   return /^(\-|\+)?[1-9][0-9]*$/.test(value)
    // }
    __isQuote: /* @__PURE__ */ __name(function(buf, pos) {
      const { quote: quote3 } = this.options;
      if (quote3 === null) return false;
      const l = quote3.length;
      for (let i = 0; i < l; i++) {
        if (quote3[i] !== buf[pos + i]) {
          return false;
        }
      }
      return true;
    }, "__isQuote"),
    __isRecordDelimiter: /* @__PURE__ */ __name(function(chr, buf, pos) {
      const { record_delimiter } = this.options;
      const recordDelimiterLength = record_delimiter.length;
      loop1: for (let i = 0; i < recordDelimiterLength; i++) {
        const rd = record_delimiter[i];
        const rdLength = rd.length;
        if (rd[0] !== chr) {
          continue;
        }
        for (let j = 1; j < rdLength; j++) {
          if (rd[j] !== buf[pos + j]) {
            continue loop1;
          }
        }
        return rd.length;
      }
      return 0;
    }, "__isRecordDelimiter"),
    __autoDiscoverRecordDelimiter: /* @__PURE__ */ __name(function(buf, pos) {
      const { encoding } = this.options;
      const rds = [
        // Important, the windows line ending must be before mac os 9
        Buffer.from("\r\n", encoding),
        Buffer.from("\n", encoding),
        Buffer.from("\r", encoding)
      ];
      loop: for (let i = 0; i < rds.length; i++) {
        const l = rds[i].length;
        for (let j = 0; j < l; j++) {
          if (rds[i][j] !== buf[pos + j]) {
            continue loop;
          }
        }
        this.options.record_delimiter.push(rds[i]);
        this.state.recordDelimiterMaxLength = rds[i].length;
        return rds[i].length;
      }
      return 0;
    }, "__autoDiscoverRecordDelimiter"),
    __error: /* @__PURE__ */ __name(function(msg) {
      const { encoding, raw, skip_records_with_error } = this.options;
      const err = typeof msg === "string" ? new Error(msg) : msg;
      if (skip_records_with_error) {
        this.state.recordHasError = true;
        if (this.options.on_skip !== void 0) {
          try {
            this.options.on_skip(
              err,
              raw ? this.state.rawBuffer.toString(encoding) : void 0
            );
          } catch (err2) {
            return err2;
          }
        }
        return void 0;
      } else {
        return err;
      }
    }, "__error"),
    __infoDataSet: /* @__PURE__ */ __name(function() {
      return {
        ...this.info,
        columns: this.options.columns
      };
    }, "__infoDataSet"),
    __infoRecord: /* @__PURE__ */ __name(function() {
      const { columns, raw, encoding } = this.options;
      return {
        ...this.__infoDataSet(),
        bytes_records: this.info.bytes,
        error: this.state.error,
        header: columns === true,
        index: this.state.record.length,
        raw: raw ? this.state.rawBuffer.toString(encoding) : void 0
      };
    }, "__infoRecord"),
    __infoField: /* @__PURE__ */ __name(function() {
      const { columns } = this.options;
      const isColumns = Array.isArray(columns);
      const bytes_records = this.info.bytes_records;
      return {
        ...this.__infoRecord(),
        bytes_records,
        column: isColumns === true ? columns.length > this.state.record.length ? columns[this.state.record.length].name : null : this.state.record.length,
        quoting: this.state.wasQuoting
      };
    }, "__infoField")
  };
}, "transform");

// node_modules/csv-parse/lib/sync.js
var parse = /* @__PURE__ */ __name(function(data, opts = {}) {
  if (typeof data === "string") {
    data = Buffer.from(data);
  }
  const records = opts && opts.objname ? /* @__PURE__ */ Object.create(null) : [];
  const parser = transform(opts);
  const push = /* @__PURE__ */ __name((record3) => {
    if (parser.options.objname === void 0) records.push(record3);
    else {
      records[record3[0]] = record3[1];
    }
  }, "push");
  const close = /* @__PURE__ */ __name(() => {
  }, "close");
  const error2 = parser.parse(data, true, push, close);
  if (error2 !== void 0) throw error2;
  return records;
}, "parse");

// src/core/metrics/parse.ts
var import_yaml2 = __toESM(require_dist(), 1);

// src/core/metrics/leaf.ts
var NON_FINITE = {
  nan: NaN,
  ".nan": NaN,
  inf: Infinity,
  "+inf": Infinity,
  ".inf": Infinity,
  "+.inf": Infinity,
  infinity: Infinity,
  "+infinity": Infinity,
  "-inf": -Infinity,
  "-.inf": -Infinity,
  "-infinity": -Infinity
};
var DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
function quote(text) {
  const short2 = text.length > 40 ? `${text.slice(0, 40)}\u2026` : text;
  return JSON.stringify(short2);
}
__name(quote, "quote");
function nonFinite(text) {
  const key = text.trim().toLowerCase();
  return Object.prototype.hasOwnProperty.call(NON_FINITE, key) ? NON_FINITE[key] : void 0;
}
__name(nonFinite, "nonFinite");
function classifyValue(value) {
  if (typeof value === "number") return { kind: "number", value };
  if (typeof value === "string") {
    const special = nonFinite(value);
    if (special !== void 0) return { kind: "number", value: special };
    return { kind: "other", description: `a string (${quote(value)})`, value };
  }
  if (typeof value === "boolean")
    return { kind: "other", description: `a boolean (${value})`, value };
  if (value === null || value === void 0)
    return { kind: "other", description: "null", value: null };
  if (typeof value === "bigint") return { kind: "number", value: Number(value) };
  if (value instanceof Date) {
    const iso = Number.isNaN(value.getTime()) ? String(value) : value.toISOString();
    return { kind: "other", description: `a date (${iso})`, value: iso };
  }
  return { kind: "other", description: typeof value, value: String(value) };
}
__name(classifyValue, "classifyValue");
function classifyText(text) {
  const t = text.trim();
  if (t === "") return { kind: "other", description: "empty", value: "" };
  if (DECIMAL.test(t)) return { kind: "number", value: Number(t) };
  const special = nonFinite(t);
  if (special !== void 0) return { kind: "number", value: special };
  return { kind: "other", description: `a string (${quote(t)})`, value: t };
}
__name(classifyText, "classifyText");

// src/core/metrics/flatten.ts
var MAX_DEPTH = 64;
var MetricsCollector = class {
  constructor(source) {
    this.source = source;
  }
  source;
  static {
    __name(this, "MetricsCollector");
  }
  values = emptyRecord();
  nonNumeric = emptyRecord();
  nonNumericValues = emptyRecord();
  has(name) {
    return hasOwn(this.values, name) || hasOwn(this.nonNumeric, name);
  }
  addNumber(name, value) {
    this.claim(name);
    this.values[name] = value;
  }
  addOther(name, description, value) {
    this.claim(name);
    this.nonNumeric[name] = description;
    this.nonNumericValues[name] = value;
  }
  result() {
    return {
      values: this.values,
      nonNumeric: this.nonNumeric,
      nonNumericValues: this.nonNumericValues
    };
  }
  claim(name) {
    if (this.has(name)) {
      throw new LeptonError("eval", `metrics file ${this.source}: metric "${name}" appears twice`, [
        'nested keys flatten to dotted names, so {"a": {"b": 1}} and {"a.b": 1} name the same metric'
      ]);
    }
  }
};
function flattenMetrics(source, root) {
  if (root === null || typeof root !== "object" || Array.isArray(root)) {
    throw new LeptonError(
      "eval",
      `metrics file ${source}: expected a mapping of metric names to numbers, found ${Array.isArray(root) ? "a list" : root === null ? "nothing" : `a ${typeof root}`}`
    );
  }
  const out = new MetricsCollector(source);
  const walk = /* @__PURE__ */ __name((value, name, depth) => {
    if (ArrayBuffer.isView(value)) {
      out.addOther(name, "binary data", `(${value.byteLength} bytes)`);
      return;
    }
    if (value !== null && typeof value === "object" && !(value instanceof Date)) {
      if (depth >= MAX_DEPTH) {
        throw new LeptonError(
          "eval",
          `metrics file ${source}: nested deeper than ${MAX_DEPTH} levels`
        );
      }
      const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v]) : value instanceof Map ? [...value.entries()].map(([k, v]) => [String(k), v]) : value instanceof Set ? [...value].map((v) => [String(v), null]) : Object.entries(value);
      for (const [key, child] of entries)
        walk(child, name === "" ? key : `${name}.${key}`, depth + 1);
      return;
    }
    const leaf = classifyValue(value);
    if (leaf.kind === "number") out.addNumber(name, leaf.value);
    else out.addOther(name, leaf.description, leaf.value);
  }, "walk");
  walk(root, "", 0);
  return out.result();
}
__name(flattenMetrics, "flattenMetrics");

// src/core/metrics/parse.ts
function formatOf(path) {
  const ext = /\.([^./]+)$/.exec(path)?.[1]?.toLowerCase();
  if (ext === "json") return "json";
  if (ext === "yaml" || ext === "yml") return "yaml";
  if (ext === "csv") return "csv";
  if (ext === "tsv") return "tsv";
  return null;
}
__name(formatOf, "formatOf");
var firstLine = /* @__PURE__ */ __name((text) => text.split("\n")[0] ?? text, "firstLine");
function parseYaml(source, text) {
  const doc = (0, import_yaml2.parseDocument)(text, { uniqueKeys: true, prettyErrors: true });
  const error2 = doc.errors[0];
  if (error2) {
    throw new LeptonError(
      "eval",
      `metrics file ${source} is not valid YAML: ${firstLine(error2.message)}`
    );
  }
  try {
    return doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    const message2 = e instanceof Error ? e.message : String(e);
    throw new LeptonError(
      "eval",
      `metrics file ${source} is not valid YAML: ${firstLine(message2)}`,
      /alias/i.test(message2) ? ["aliases (*name) must follow their anchor (&name) and may expand at most 100 times"] : []
    );
  }
}
__name(parseYaml, "parseYaml");
function duplicateJsonKey(text) {
  const stack = [];
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === "\\" ? 2 : 1;
      const top = stack[stack.length - 1];
      if (expectKey && top) {
        const key = JSON.parse(text.slice(i, j + 1));
        if (top.has(key)) return { key, offset: i };
        top.add(key);
      }
      expectKey = false;
      i = j;
    } else if (ch === "{") {
      stack.push(/* @__PURE__ */ new Set());
      expectKey = true;
    } else if (ch === "[") {
      stack.push(null);
      expectKey = false;
    } else if (ch === "}" || ch === "]") {
      stack.pop();
      expectKey = false;
    } else if (ch === ",") {
      expectKey = stack[stack.length - 1] != null;
    }
  }
  return null;
}
__name(duplicateJsonKey, "duplicateJsonKey");
function lineColumn(text, offset) {
  const before = text.slice(0, offset).split("\n");
  return `${before.length}:${(before[before.length - 1]?.length ?? 0) + 1}`;
}
__name(lineColumn, "lineColumn");
function parseJson(source, text) {
  try {
    const value = JSON.parse(text);
    const dup = duplicateJsonKey(text);
    if (dup) {
      throw new LeptonError(
        "eval",
        `metrics file ${source} is not valid: key ${JSON.stringify(dup.key)} appears twice in one object (at ${lineColumn(text, dup.offset)})`,
        [
          "JSON.parse would keep the last value silently; Lepton refuses to guess which one is meant"
        ]
      );
    }
    return value;
  } catch (e) {
    if (e instanceof LeptonError) throw e;
    try {
      const value = parseYaml(source, text);
      if (value !== null && typeof value === "object") return value;
    } catch (y) {
      if (y instanceof LeptonError && /must be unique/.test(y.message)) throw y;
    }
    const message2 = e instanceof Error ? e.message : String(e);
    throw new LeptonError(
      "eval",
      `metrics file ${source} is not valid JSON: ${firstLine(message2)}`
    );
  }
}
__name(parseJson, "parseJson");
var HEADER_NAMES = /* @__PURE__ */ new Set(["metric", "metrics", "name", "key"]);
var HEADER_VALUES = /* @__PURE__ */ new Set(["value", "values", "score"]);
var CSV_FORMS = [
  'long form: one "metric,value" row per metric, with or without a "metric,value" (or "name,value") header row',
  "wide form: one header row of metric names and one row of their values"
];
var looksNumeric = /* @__PURE__ */ __name((cell2) => classifyText(cell2).kind === "number", "looksNumeric");
function isLongHeader(row) {
  const [name = "", value = ""] = row;
  return row.length === 2 && !looksNumeric(value) && (HEADER_NAMES.has(name.toLowerCase()) || HEADER_VALUES.has(value.toLowerCase()));
}
__name(isLongHeader, "isLongHeader");
function parseTable(source, text, delimiter) {
  let rows;
  try {
    rows = parse(text, {
      delimiter,
      bom: true,
      trim: true,
      skip_empty_lines: true,
      relax_column_count: true
    });
  } catch (e) {
    const message2 = e instanceof Error ? e.message : String(e);
    throw new LeptonError(
      "eval",
      `metrics file ${source} is not valid CSV: ${firstLine(message2)}`,
      [...CSV_FORMS]
    );
  }
  const refuse = /* @__PURE__ */ __name((why) => {
    throw new LeptonError("eval", `metrics file ${source} is not valid CSV: ${why}`, CSV_FORMS);
  }, "refuse");
  const out = new MetricsCollector(source);
  const add = /* @__PURE__ */ __name((name, cell2, where) => {
    if (name === "") refuse(`${where} has no metric name`);
    if (looksNumeric(name))
      refuse(`the metric name ${JSON.stringify(name)} (${where}) looks like a number`);
    const leaf = classifyText(cell2);
    if (leaf.kind === "number") out.addNumber(name, leaf.value);
    else out.addOther(name, leaf.description, leaf.value);
  }, "add");
  const [first = [], second = []] = rows;
  const wide = rows.length === 2 && first.length === second.length && !isLongHeader(first) && !first.some(looksNumeric) && (first.length !== 2 || looksNumeric(second[0] ?? ""));
  if (wide) {
    first.forEach((name, i) => add(name, second[i] ?? "", `column ${i + 1} of the header row`));
    return out.result();
  }
  if (rows.length === 1 && first.length > 2 && !first.some(looksNumeric)) {
    refuse(`a header row of ${first.length} names with no row of values under it`);
  }
  if (rows.length > 2 && !isLongHeader(first) && !first.some(looksNumeric) && second.length === first.length && looksNumeric(second[0] ?? "")) {
    refuse(
      `a header row and ${rows.length - 1} rows of values (the wide form has exactly one row of values)`
    );
  }
  rows.forEach((row, i) => {
    if (i === 0 && isLongHeader(row)) return;
    if (row.length !== 2) {
      refuse(
        rows.length > 2 && first.length > 2 ? `${rows.length} rows of ${first.length} columns (the wide form has exactly one row of values)` : `row ${i + 1} has ${row.length} column(s), expected 2 (metric,value)`
      );
    }
    add(row[0] ?? "", row[1] ?? "", `row ${i + 1}`);
  });
  return out.result();
}
__name(parseTable, "parseTable");
function parseMetrics(source, text, format = formatOf(source)) {
  switch (format) {
    case "json":
      return flattenMetrics(source, parseJson(source, text));
    case "yaml":
      return flattenMetrics(source, parseYaml(source, text));
    case "csv":
      return parseTable(source, text, ",");
    case "tsv":
      return parseTable(source, text, "	");
    case null: {
      let value;
      try {
        value = parseYaml(source, text);
      } catch {
        value = void 0;
      }
      if (value !== null && typeof value === "object" && !Array.isArray(value)) {
        return flattenMetrics(source, value);
      }
      return parseTable(source, text, ",");
    }
  }
}
__name(parseMetrics, "parseMetrics");

// src/core/metrics/merge.ts
function mergeMetrics(files) {
  const values = emptyRecord();
  const nonNumeric = emptyRecord();
  const nonNumericValues = emptyRecord();
  const from = /* @__PURE__ */ new Map();
  const duplicates = [];
  for (const { source, metrics: metrics2 } of files) {
    const names = [...Object.keys(metrics2.values), ...Object.keys(metrics2.nonNumeric)];
    for (const name of names) {
      const earlier = from.get(name);
      if (earlier !== void 0) {
        duplicates.push(`"${name}" in ${earlier} and ${source}`);
        continue;
      }
      from.set(name, source);
      if (hasOwn(metrics2.values, name)) values[name] = metrics2.values[name];
      else {
        nonNumeric[name] = metrics2.nonNumeric[name];
        nonNumericValues[name] = metrics2.nonNumericValues[name] ?? null;
      }
    }
  }
  if (duplicates.length) {
    throw new LeptonError(
      "eval",
      `${duplicates.length} metric name(s) appear in more than one metrics file`,
      duplicates.slice(0, 20)
    );
  }
  return { values, nonNumeric, nonNumericValues };
}
__name(mergeMetrics, "mergeMetrics");

// src/core/metrics/settings.ts
import { createHash as createHash2 } from "node:crypto";
var SETTINGS_ENCODING = "lepton-eval-settings/1";
function evalSettingsHash(spec) {
  const env = Object.keys(spec.env).sort().map((k) => [k, spec.env[k] ?? ""]);
  const canonical = JSON.stringify([
    SETTINGS_ENCODING,
    spec.command,
    spec.workdir,
    env,
    [...spec.metrics],
    spec.timeoutMs,
    // Only when set, so the settings of every manifest without samples hash as they always did.
    ...spec.samples !== void 0 ? [["samples", spec.samples]] : []
  ]);
  return `sha256:${createHash2("sha256").update(canonical, "utf8").digest("hex")}`;
}
__name(evalSettingsHash, "evalSettingsHash");

// src/core/report/eval.ts
function baselineWarnings(skipped, checks2) {
  const fresh = checks2.filter(isNewMetric).map((c) => c.reason);
  return {
    skipped: skipped.map((s) => `${s.tag} is not the baseline: ${s.reason}`),
    newMetrics: [...new Set(fresh)].map((r) => `${r} (its relative check passes)`)
  };
}
__name(baselineWarnings, "baselineWarnings");
function evalReportInput(o, notes) {
  const warnings = baselineWarnings(o.skipped, o.checks);
  return {
    model: o.model,
    passed: o.passed,
    baseline: o.baseline,
    baselineMetrics: o.baselineRecord?.metrics ?? null,
    metrics: o.metrics,
    checks: o.checks,
    changed: o.changed,
    reused: o.reused,
    reusedFrom: o.reusedFrom,
    baselineWarnings: [...warnings.skipped, ...warnings.newMetrics, ...o.noiseNotes ?? []],
    ignored: o.ignored,
    ...o.noise && { intervals: o.noise.intervals, changeIntervals: o.noise.changes },
    ...o.trend && { trend: o.trend },
    ...notes && { notes }
  };
}
__name(evalReportInput, "evalReportInput");
function evalMarkdown(o, options = {}) {
  return renderMarkdownReport(evalReportInput(o), options);
}
__name(evalMarkdown, "evalMarkdown");

// src/io/eval/run.ts
import { spawn as spawn2 } from "node:child_process";
import { stat } from "node:fs/promises";
import { StringDecoder } from "node:string_decoder";

// src/io/child-env.ts
var DROPPED_PREFIXES = ["INPUT_", "ACTIONS_"];
var DROPPED_NAMES = /* @__PURE__ */ new Set([
  "GITHUB_ENV",
  "GITHUB_OUTPUT",
  "GITHUB_PATH",
  "GITHUB_STATE",
  "GITHUB_STEP_SUMMARY",
  "NPM_CONFIG__AUTH",
  "DOCKER_AUTH_CONFIG",
  "SSH_AUTH_SOCK"
]);
var SECRET_WORD = /(?:TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIAL)S?$/;
var SECRET_PARTS = ["PRIVATE_KEY", "API_KEY", "APIKEY", "ACCESS_KEY"];
var FILE_COMMANDS_DIR = "_runner_file_commands";
function isWithheld(name, value) {
  const upper = name.toUpperCase();
  if (DROPPED_PREFIXES.some((p) => upper.startsWith(p))) return true;
  if (DROPPED_NAMES.has(upper)) return true;
  if (SECRET_PARTS.some((p) => upper.includes(p))) return true;
  if (upper.split("_").some((word) => SECRET_WORD.test(word))) return true;
  return value !== void 0 && value.includes(FILE_COMMANDS_DIR);
}
__name(isWithheld, "isWithheld");
function childEnv(env) {
  const out = {};
  for (const [k, v] of Object.entries(env)) {
    if (v === void 0 || isWithheld(k, v)) continue;
    out[k] = v;
  }
  return out;
}
__name(childEnv, "childEnv");

// src/io/interrupts.ts
var INTERRUPT_SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"];
function listenForInterrupts(target) {
  const abort = new AbortController();
  const insist = new AbortController();
  let held = 0;
  let received = null;
  const dispose = /* @__PURE__ */ __name(() => {
    for (const s of INTERRUPT_SIGNALS) target.off(s, listeners[s]);
  }, "dispose");
  const reraise = /* @__PURE__ */ __name(() => {
    dispose();
    if (received) target.kill(target.pid, received);
  }, "reraise");
  const onSignal = /* @__PURE__ */ __name((signal) => {
    if (received) {
      insist.abort();
      return;
    }
    received = signal;
    const interrupt = {
      kind: "interrupt",
      signal,
      insist: insist.signal,
      hold: /* @__PURE__ */ __name(() => {
        held++;
        let released = false;
        return () => {
          if (released) return;
          released = true;
          if (--held === 0) reraise();
        };
      }, "hold")
    };
    abort.abort(interrupt);
    if (held === 0) reraise();
  }, "onSignal");
  const listeners = {
    SIGINT: /* @__PURE__ */ __name(() => onSignal("SIGINT"), "SIGINT"),
    SIGTERM: /* @__PURE__ */ __name(() => onSignal("SIGTERM"), "SIGTERM"),
    SIGHUP: /* @__PURE__ */ __name(() => onSignal("SIGHUP"), "SIGHUP")
  };
  for (const s of INTERRUPT_SIGNALS) target.on(s, listeners[s]);
  return { signal: abort.signal, dispose };
}
__name(listenForInterrupts, "listenForInterrupts");
function isInterrupt(reason) {
  return typeof reason === "object" && reason !== null && reason.kind === "interrupt" && typeof reason.hold === "function";
}
__name(isInterrupt, "isInterrupt");

// src/io/eval/timer.ts
var MAX_TIMER_MS = 2 ** 31 - 1;
function longTimeout(fire, ms, unref = false) {
  let handle = null;
  let left = Math.max(0, ms);
  const arm = /* @__PURE__ */ __name(() => {
    const step = Math.min(left, MAX_TIMER_MS);
    left -= step;
    handle = setTimeout(() => left > 0 ? arm() : fire(), step);
    if (unref) handle.unref();
  }, "arm");
  arm();
  return {
    clear: /* @__PURE__ */ __name(() => {
      if (handle) clearTimeout(handle);
      handle = null;
    }, "clear")
  };
}
__name(longTimeout, "longTimeout");

// src/io/eval/group.ts
import { readFileSync as readFileSync2, readdirSync, readlinkSync } from "node:fs";
function signalGroup(pgid, signal) {
  try {
    process.kill(-pgid, signal);
    return true;
  } catch (e) {
    return e.code === "EPERM";
  }
}
__name(signalGroup, "signalGroup");
function procPids() {
  try {
    return readdirSync("/proc").filter((name) => /^\d+$/.test(name)).map(Number);
  } catch {
    return [];
  }
}
__name(procPids, "procPids");
function procStat(pid) {
  try {
    const stat6 = readFileSync2(`/proc/${pid}/stat`, "utf8");
    const close = stat6.lastIndexOf(")");
    const [state, , pgrp] = stat6.slice(close + 2).split(" ");
    return {
      state: state ?? "",
      pgrp: Number(pgrp),
      name: stat6.slice(stat6.indexOf("(") + 1, close)
    };
  } catch {
    return null;
  }
}
__name(procStat, "procStat");
var live = /* @__PURE__ */ __name((state) => state !== "Z" && state !== "X" && state !== "", "live");
function describe(pid, name) {
  let command2 = name;
  try {
    const argv = readFileSync2(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean);
    if (argv.length) command2 = argv.join(" ");
  } catch {
  }
  return { pid, command: command2.length > 200 ? `${command2.slice(0, 199)}\u2026` : command2 };
}
__name(describe, "describe");
function groupMembers(pgid) {
  const out = [];
  for (const pid of procPids()) {
    const st = procStat(pid);
    if (st && st.pgrp === pgid && live(st.state)) out.push(describe(pid, st.name));
  }
  return out;
}
__name(groupMembers, "groupMembers");
function groupRunning(pgid) {
  if (!signalGroup(pgid, 0)) return false;
  const pids = procPids();
  if (pids.length === 0) return true;
  return pids.some((pid) => {
    const st = procStat(pid);
    return st !== null && st.pgrp === pgid && live(st.state);
  });
}
__name(groupRunning, "groupRunning");
function outputChannels(pid) {
  const mine = /* @__PURE__ */ new Set();
  try {
    for (const fd of readdirSync("/proc/self/fd")) {
      try {
        mine.add(readlinkSync(`/proc/self/fd/${fd}`));
      } catch {
      }
    }
  } catch {
    return [];
  }
  const out = [];
  for (const fd of [1, 2]) {
    try {
      const link2 = readlinkSync(`/proc/${pid}/fd/${fd}`);
      if (/^(socket|pipe):\[\d+\]$/.test(link2) && !mine.has(link2) && !out.includes(link2)) {
        out.push(link2);
      }
    } catch {
    }
  }
  return out;
}
__name(outputChannels, "outputChannels");
function outputHolders(channels) {
  if (channels.length === 0) return [];
  const out = [];
  for (const pid of procPids()) {
    if (pid === process.pid) continue;
    let fds;
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue;
    }
    const holds = fds.some((fd) => {
      try {
        return channels.includes(readlinkSync(`/proc/${pid}/fd/${fd}`));
      } catch {
        return false;
      }
    });
    const st = holds ? procStat(pid) : null;
    if (st && live(st.state)) out.push(describe(pid, st.name));
  }
  return out;
}
__name(outputHolders, "outputHolders");
function nameProcesses(list2) {
  return list2.map((p) => `${p.pid} (${p.command})`).join(", ");
}
__name(nameProcesses, "nameProcesses");
var sleep = /* @__PURE__ */ __name((ms) => new Promise((r) => setTimeout(r, ms)), "sleep");
async function waitGone(pgid, ms, signal) {
  const deadline = Date.now() + ms;
  for (; ; ) {
    if (!groupRunning(pgid)) return true;
    if (Date.now() >= deadline || signal?.aborted) return false;
    await sleep(Math.min(25, Math.max(1, deadline - Date.now())));
  }
}
__name(waitGone, "waitGone");
function running(pid) {
  try {
    process.kill(pid, 0);
  } catch (e) {
    return e.code === "EPERM";
  }
  const st = procStat(pid);
  return st === null ? procPids().length === 0 : live(st.state);
}
__name(running, "running");
async function stopProcesses(pids, graceMs) {
  if (pids.length === 0) return;
  const send2 = /* @__PURE__ */ __name((signal) => {
    for (const pid of pids) {
      try {
        process.kill(pid, signal);
      } catch {
      }
    }
  }, "send");
  const gone = /* @__PURE__ */ __name(async (ms) => {
    const deadline = Date.now() + ms;
    while (pids.some(running)) {
      if (Date.now() >= deadline) return false;
      await sleep(25);
    }
    return true;
  }, "gone");
  send2("SIGTERM");
  if (await gone(graceMs)) return;
  send2("SIGKILL");
  await gone(AFTER_KILL_MS);
}
__name(stopProcesses, "stopProcesses");
var AFTER_KILL_MS = 5e3;
async function stopGroup(pgid, graceMs) {
  if (!groupRunning(pgid)) return false;
  signalGroup(pgid, "SIGTERM");
  if (await waitGone(pgid, graceMs)) return true;
  signalGroup(pgid, "SIGKILL");
  await waitGone(pgid, AFTER_KILL_MS);
  return true;
}
__name(stopGroup, "stopGroup");

// src/io/eval/run.ts
var CommandFailure = class extends LeptonError {
  constructor(message2, details, exitCode, signal, timedOut) {
    super("eval", message2, details);
    this.exitCode = exitCode;
    this.signal = signal;
    this.timedOut = timedOut;
  }
  exitCode;
  signal;
  timedOut;
  static {
    __name(this, "CommandFailure");
  }
};
var TAIL_CHARS = 16384;
var TAIL_LINES = 20;
function duration(ms) {
  if (ms % 36e5 === 0) return `${ms / 36e5}h`;
  if (ms % 6e4 === 0) return `${ms / 6e4}m`;
  return `${ms / 1e3}s`;
}
__name(duration, "duration");
function lastLines2(text) {
  return text.split(/\r?\n/).filter((l) => l.trim() !== "").slice(-TAIL_LINES).map((l) => l.length > 500 ? `${l.slice(0, 499)}\u2026` : l);
}
__name(lastLines2, "lastLines");
var DEFAULT_SETTLE_MS = 5e3;
var DEFAULT_OUTPUT_GRACE_MS = 2e3;
function after(ms, fn) {
  const timer = longTimeout(fn, ms);
  return () => timer.clear();
}
__name(after, "after");
async function runEvalCommand(options) {
  if (options.signal?.aborted)
    throw abortedError(options.label ?? "eval command", options.signal.reason, []);
  const dir = await stat(options.cwd).catch(() => null);
  if (!dir?.isDirectory()) {
    throw new LeptonError("eval", `the eval's working directory does not exist: ${options.cwd}`, [
      "eval.workdir is relative to the manifest\u2019s directory"
    ]);
  }
  return spawnEval(options);
}
__name(runEvalCommand, "runEvalCommand");
async function spawnEval(options) {
  const settleMs = options.settleMs ?? DEFAULT_SETTLE_MS;
  const label = options.label ?? "eval command";
  const nothingRead = options.label === void 0 ? " and no metrics were read" : "";
  const outputGraceMs = options.outputGraceMs ?? DEFAULT_OUTPUT_GRACE_MS;
  const startedAtMs = Date.now();
  const child = spawn2("sh", ["-c", options.command], {
    cwd: options.cwd,
    // The one policy for what a command from the repository may see (no token, no file commands).
    env: childEnv(options.env),
    detached: true,
    stdio: ["ignore", "pipe", "pipe"]
  });
  const pgid = child.pid;
  const channels = pgid ? outputChannels(pgid) : [];
  let stderrTail = "";
  let stdoutTail = "";
  const pipe = /* @__PURE__ */ __name((stream, isErr) => {
    const decoder = new StringDecoder("utf8");
    const take = /* @__PURE__ */ __name((text) => {
      if (!text) return;
      options.output(text);
      if (isErr) stderrTail = (stderrTail + text).slice(-TAIL_CHARS);
      else stdoutTail = (stdoutTail + text).slice(-TAIL_CHARS);
    }, "take");
    stream.on("data", (b) => take(decoder.write(b)));
    stream.on("end", () => take(decoder.end()));
    return new Promise((done) => stream.once("close", () => done()));
  }, "pipe");
  const outputClosed = Promise.all([pipe(child.stdout, false), pipe(child.stderr, true)]);
  const tail = /* @__PURE__ */ __name(() => lastLines2(stderrTail).length ? lastLines2(stderrTail) : lastLines2(stdoutTail), "tail");
  const abort = new AbortController();
  let stop = null;
  const stopped = new Promise(
    (done) => abort.signal.addEventListener("abort", () => done(null), { once: true })
  );
  const stopNow = /* @__PURE__ */ __name(() => stop, "stopNow");
  const requestStop = /* @__PURE__ */ __name((why) => {
    stop ??= why;
    abort.abort();
  }, "requestStop");
  const cancelTimer = options.timeoutMs === null ? null : after(options.timeoutMs, () => requestStop({ kind: "timeout" }));
  let holders2 = [];
  const killNow = /* @__PURE__ */ __name(() => {
    if (pgid) signalGroup(pgid, "SIGKILL");
    for (const p of holders2) killQuietly(p.pid);
  }, "killNow");
  let release = null;
  const onAbort = /* @__PURE__ */ __name(() => {
    const reason = options.signal?.reason;
    if (isInterrupt(reason)) {
      release = reason.hold();
      if (reason.insist.aborted) killNow();
      else reason.insist.addEventListener("abort", killNow, { once: true });
    }
    if (stop) killNow();
    requestStop({ kind: "abort", reason });
  }, "onAbort");
  const onExit = killNow;
  options.signal?.addEventListener("abort", onAbort, { once: true });
  process.on("exit", onExit);
  const cleanup = /* @__PURE__ */ __name(() => {
    cancelTimer?.();
    options.signal?.removeEventListener("abort", onAbort);
    const reason = options.signal?.reason;
    if (isInterrupt(reason)) reason.insist.removeEventListener("abort", killNow);
    process.off("exit", onExit);
  }, "cleanup");
  const bounded2 = /* @__PURE__ */ __name(async (work, ms) => {
    let cancel = /* @__PURE__ */ __name(() => {
    }, "cancel");
    const timeUp = new Promise((done) => cancel = after(ms, () => done(null)));
    try {
      return await Promise.race([work, timeUp, stopped]);
    } finally {
      cancel();
    }
  }, "bounded");
  const stopAll = /* @__PURE__ */ __name(async () => {
    const group = pgid ? await stopGroup(pgid, options.killGraceMs) : false;
    holders2 = outputHolders(channels);
    await stopProcesses(
      holders2.map((p) => p.pid),
      options.killGraceMs
    );
    await bounded2(outputClosed, outputGraceMs);
    child.stdout.destroy();
    child.stderr.destroy();
    return { group };
  }, "stopAll");
  const stoppedError = /* @__PURE__ */ __name((why) => {
    if (why.kind === "abort") return abortedError(label, why.reason, tail());
    return new CommandFailure(
      `${label} timed out after ${duration(options.timeoutMs ?? 0)} (${options.timeoutKey ?? "eval.timeout"}); its processes were stopped`,
      tail(),
      null,
      null,
      true
    );
  }, "stoppedError");
  const exited = new Promise(
    (done) => {
      child.once("exit", (code, signal) => done({ code, signal }));
      child.once("error", (e) => done(e));
    }
  );
  try {
    const exit = await Promise.race([exited, stopped]);
    if (exit instanceof Error) {
      throw new LeptonError("eval", `could not run the ${label}: ${exit.message}`, [], {
        cause: exit
      });
    }
    if (exit !== null && (exit.signal !== null || exit.code !== 0)) {
      const { group } = await stopAll();
      if (group) options.warn(`the ${label} left processes running; they were stopped`);
      throw new CommandFailure(
        exit.signal ? `${label} was killed by ${exit.signal}` : `${label} exited with code ${exit.code ?? "?"}`,
        tail(),
        exit.code,
        exit.signal,
        false
      );
    }
    const settled = exit === null || !pgid ? null : await bounded2(waitGone(pgid, settleMs, abort.signal), settleMs + 1e3);
    if (stopNow() === null && pgid && settled !== true) {
      const left = groupMembers(pgid);
      await stopAll();
      throw new LeptonError(
        "eval",
        `the ${label} exited, but ${left.length ? `processes it started were still running ${duration(settleMs)} later: ${nameProcesses(left)}` : `processes of its group (${pgid}) were still running ${duration(settleMs)} later`}; they were stopped${nothingRead}`,
        [
          "an eval must wait for what it starts: end the command with `wait`, or run its steps in the foreground",
          ...tail()
        ]
      );
    }
    const ended = stopNow() === null ? await bounded2(
      outputClosed.then(() => true),
      outputGraceMs
    ) : null;
    if (stopNow() === null && ended === null) {
      const left = outputHolders(channels);
      holders2 = left;
      await stopAll();
      throw new LeptonError(
        "eval",
        `the ${label} exited, but ${left.length ? `processes outside its process group held its output open ${duration(outputGraceMs)} later: ${nameProcesses(left)}` : `its output was still held open ${duration(outputGraceMs)} later (by a process that left its process group)`}; they were stopped${nothingRead}`,
        [
          "a daemon an eval starts must not keep its stdout/stderr (redirect them: `setsid -f cmd >/dev/null 2>&1`), and should not outlive it",
          ...tail()
        ]
      );
    }
    const why = stopNow();
    if (why !== null) {
      await stopAll();
      throw stoppedError(why);
    }
    return { startedAtMs, durationMs: Date.now() - startedAtMs };
  } finally {
    cleanup();
    release?.();
  }
}
__name(spawnEval, "spawnEval");
function abortedError(label, reason, tail) {
  const why = isInterrupt(reason) ? `Lepton received ${reason.signal}` : (
    // An Error, or the DOMException of abort() without a reason (from any realm).
    typeof reason?.message === "string" ? reason.message : "it was aborted"
  );
  return new LeptonError("eval", `the ${label} was stopped: ${why}`, tail);
}
__name(abortedError, "abortedError");
function killQuietly(pid) {
  try {
    process.kill(pid, "SIGKILL");
  } catch {
  }
}
__name(killQuietly, "killQuietly");

// src/io/eval/metrics-files.ts
import { readFile as readFile3, stat as stat2 } from "node:fs/promises";
import { resolve } from "node:path";

// src/io/eval/written-files.ts
import { lstat, readdir } from "node:fs/promises";
import { join as join3, relative, sep } from "node:path";
var SKIP = /* @__PURE__ */ new Set([".git", "node_modules", ".venv", "venv", "__pycache__", ".dvc", ".lepton"]);
async function filesWrittenSince(dir, sinceMs, limit = 8, maxEntries = 2e4) {
  const found = [];
  let seen = 0;
  const queue = [dir];
  while (queue.length && seen < maxEntries) {
    const folder = queue.shift();
    let names;
    try {
      names = (await readdir(folder)).sort();
    } catch {
      continue;
    }
    for (const name of names) {
      if (++seen > maxEntries) break;
      const path = join3(folder, name);
      let st;
      try {
        st = await lstat(path);
      } catch {
        continue;
      }
      if (st.isDirectory()) {
        if (!SKIP.has(name)) queue.push(path);
      } else if (st.isFile() && st.mtimeMs >= sinceMs) {
        found.push(relative(dir, path).split(sep).join("/"));
      }
    }
  }
  const metricsLike = /* @__PURE__ */ __name((p) => /\.(json|csv|ya?ml|txt)$/i.test(p), "metricsLike");
  found.sort((a, b) => Number(metricsLike(b)) - Number(metricsLike(a)) || (a < b ? -1 : 1));
  return found.slice(0, limit);
}
__name(filesWrittenSince, "filesWrittenSince");

// src/io/eval/metrics-files.ts
var MTIME_SLACK_MS = 2e3;
var HINT_SLACK_MS = 20;
async function statOrNull(path) {
  try {
    return await stat2(path, { bigint: true });
  } catch (e) {
    if (e.code === "ENOENT") return null;
    throw e;
  }
}
__name(statOrNull, "statOrNull");
var same = /* @__PURE__ */ __name((a, b) => a.ino === b.ino && a.size === b.size && a.mtimeNs === b.mtimeNs && a.ctimeNs === b.ctimeNs, "same");
async function snapshotMetricsFiles(baseDir, paths) {
  const entries = await Promise.all(
    paths.map(async (p) => [p, await statOrNull(resolve(baseDir, p))])
  );
  return new Map(entries);
}
__name(snapshotMetricsFiles, "snapshotMetricsFiles");
async function staleness(baseDir, p, before, startedAtMs) {
  const now = await statOrNull(resolve(baseDir, p));
  const then = before.get(p) ?? null;
  if (!now) return `${p}: the eval did not write it (it does not exist)`;
  if (!now.isFile()) return `${p}: not a file`;
  if (then && same(then, now))
    return `${p}: not written by this run (unchanged since before the eval started)`;
  if (Number(now.mtimeMs) < startedAtMs - MTIME_SLACK_MS) {
    return `${p}: older than this eval's start (modified ${new Date(Number(now.mtimeMs)).toISOString()}, eval started ${new Date(startedAtMs).toISOString()})`;
  }
  return null;
}
__name(staleness, "staleness");
async function readMetricsFiles(baseDir, paths, before, startedAtMs, metricsKey = async () => "eval.metrics") {
  const problems = [];
  const fresh = [];
  for (const p of paths) {
    const problem = await staleness(baseDir, p, before, startedAtMs);
    if (problem) problems.push(problem);
    else fresh.push(p);
  }
  if (problems.length) {
    throw new LeptonError(
      "eval",
      `${problems.length} metrics file(s) were not written by this eval (never reading stale numbers)`,
      [...problems, ...await whereItWrote(baseDir, startedAtMs, await metricsKey())]
    );
  }
  const files = await Promise.all(
    fresh.map(async (p) => ({
      source: p,
      metrics: parseMetrics(p, await readFile3(resolve(baseDir, p), "utf8"))
    }))
  );
  return mergeMetrics(files);
}
__name(readMetricsFiles, "readMetricsFiles");
async function whereItWrote(baseDir, startedAtMs, key) {
  const written = await filesWrittenSince(baseDir, startedAtMs - HINT_SLACK_MS);
  const fix = `${key} names the file(s) read after the eval (relative to the manifest): make it match what the eval writes`;
  if (!written.length) return [`the eval wrote no file below ${baseDir}`, fix];
  return [`files this eval wrote: ${written.join(", ")}`, fix];
}
__name(whereItWrote, "whereItWrote");

// src/core/registry/build.ts
var import_semver = __toESM(require_semver(), 1);

// src/core/registry/record-schema.ts
var isObj2 = /* @__PURE__ */ __name((v) => typeof v === "object" && v !== null && !Array.isArray(v), "isObj");
var str = /* @__PURE__ */ __name((v) => typeof v === "string", "str");
var strOrNull = /* @__PURE__ */ __name((v) => v === null || typeof v === "string", "strOrNull");
var numOrNull = /* @__PURE__ */ __name((v) => v === null || typeof v === "number", "numOrNull");
function mapOf(v, ok) {
  if (!isObj2(v)) return false;
  for (const k in v) if (!ok(v[k])) return false;
  return true;
}
__name(mapOf, "mapOf");
var RULES = /* @__PURE__ */ new Set(["min", "max", "max_drop", "max_rise"]);
var LEVELS = /* @__PURE__ */ new Set(["error", "warn"]);
function isCheck(c) {
  return isObj2(c) && str(c.metric) && RULES.has(c.rule) && (typeof c.bound === "number" || typeof c.bound === "string") && numOrNull(c.baseline) && numOrNull(c.actual) && typeof c.passed === "boolean" && LEVELS.has(c.level) && strOrNull(c.reason);
}
__name(isCheck, "isCheck");
var checks = /* @__PURE__ */ __name((v) => Array.isArray(v) && v.every(isCheck), "checks");
var ignoredList = /* @__PURE__ */ __name((v) => Array.isArray(v) && v.every(
  (i) => isObj2(i) && str(i.metric) && (i.value === null || typeof i.value === "string" || typeof i.value === "boolean") && (i.what === void 0 || str(i.what))
), "ignoredList");
var finite = /* @__PURE__ */ __name((x) => typeof x === "number" && Number.isFinite(x), "finite");
var count = /* @__PURE__ */ __name((x) => Number.isSafeInteger(x) && x > 0, "count");
var isInterval = /* @__PURE__ */ __name((i) => isObj2(i) && finite(i.value) && Array.isArray(i.ci) && i.ci.length === 2 && i.ci.every(finite) && count(i.n), "isInterval");
var isSamplesRef = /* @__PURE__ */ __name((s) => isObj2(s) && typeof s.blob === "string" && /^([0-9a-f]{40}|[0-9a-f]{64})$/.test(s.blob) && count(s.n), "isSamplesRef");
function isVersionRecord(r) {
  const b = r.baseline;
  const a = r.artifact;
  return str(r.version) && str(r.commit) && str(r.fingerprint) && mapOf(r.components, str) && mapOf(r.data, str) && mapOf(r.metrics, (x) => typeof x === "number" && Number.isFinite(x)) && (r.ignored === void 0 || ignoredList(r.ignored)) && (r.intervals === void 0 || mapOf(r.intervals, isInterval)) && (r.samples === void 0 || isSamplesRef(r.samples)) && checks(r.checks) && typeof r.passed === "boolean" && (b === null || isObj2(b) && str(b.version) && str(b.tag)) && str(r.evalSettings) && typeof r.reused === "boolean" && strOrNull(r.runUrl) && (a === null || isObj2(a) && (isActionsArtifact(a) || isStoredArtifact(a)));
}
__name(isVersionRecord, "isVersionRecord");
var isActionsArtifact = /* @__PURE__ */ __name((a) => typeof a.id === "number" && strOrNull(a.url) && (a.ref === void 0 || isStoredArtifact(a)), "isActionsArtifact");
var isStoredArtifact = /* @__PURE__ */ __name((a) => str(a.ref) && typeof a.digest === "string" && /^sha256:[0-9a-f]{64}$/.test(a.digest), "isStoredArtifact");
function isStageRecord(r) {
  return str(r.version) && str(r.stage) && Number.isInteger(r.n) && checks(r.checks) && str(r.promotedBy) && strOrNull(r.runUrl);
}
__name(isStageRecord, "isStageRecord");
var isRef = /* @__PURE__ */ __name((v) => isObj2(v) && str(v.version) && str(v.tag), "isRef");
function isUnassignRecord(r) {
  return str(r.stage) && str(r.version) && Number.isInteger(r.n) && isRef(r.from) && r.from.version === r.version && (r.to === null || isRef(r.to)) && str(r.reason) && str(r.by) && str(r.at) && strOrNull(r.runUrl) && (r.exitCode === void 0 || r.exitCode === null || Number.isInteger(r.exitCode));
}
__name(isUnassignRecord, "isUnassignRecord");
function asRecord(value) {
  if (!isObj2(value) || value.schema !== 1 || !str(value.model)) return null;
  if (value.kind === "unassign")
    return isUnassignRecord(value) ? value : null;
  if (!str(value.created)) return null;
  if (value.kind === "version")
    return isVersionRecord(value) ? value : null;
  if (value.kind === "stage") return isStageRecord(value) ? value : null;
  return null;
}
__name(asRecord, "asRecord");

// src/core/registry/message.ts
var FENCE_OPEN = "```json";
var FENCE_CLOSE = "```";
var SUMMARY_METRICS = 3;
var oneLine2 = /* @__PURE__ */ __name((s) => JSON.stringify(s).slice(1, -1), "oneLine");
function checksVerdict(checks2, passed) {
  if (checks2.length === 0) return "no thresholds";
  const failed2 = checks2.filter((c) => !c.passed && c.level === "error");
  const warned = checks2.filter((c) => !c.passed && c.level === "warn").length;
  const warnText = warned ? ` (${warned} warning${warned === 1 ? "" : "s"})` : "";
  if (passed && failed2.length === 0) return `thresholds passed${warnText}`;
  const names = [...new Set(failed2.map((c) => `${oneLine2(c.metric)} ${c.rule}`))].join(", ");
  return `thresholds FAILED${names ? `: ${names}` : ""}${warnText}`;
}
__name(checksVerdict, "checksVerdict");
function keyMetrics(metrics2, checks2, count2 = SUMMARY_METRICS) {
  const named = [...new Set(checks2.map((c) => c.metric))].filter((m) => m in metrics2);
  const rest = Object.keys(metrics2).filter((m) => !named.includes(m)).sort();
  return [...named, ...rest].slice(0, count2);
}
__name(keyMetrics, "keyMetrics");
function metricLines(metrics2) {
  const names = Object.keys(metrics2).sort();
  const width = Math.min(40, Math.max(0, ...names.map((n) => oneLine2(n).length)));
  return names.map((n) => `  ${oneLine2(n).padEnd(width)}  ${formatNumber(metrics2[n] ?? NaN)}`);
}
__name(metricLines, "metricLines");
function jsonBlock(record3) {
  return [FENCE_OPEN, JSON.stringify(record3, null, 2), FENCE_CLOSE];
}
__name(jsonBlock, "jsonBlock");
function versionSummary(r) {
  const shown = keyMetrics(r.metrics, r.checks).map((m) => `${oneLine2(m)} ${formatNumber(r.metrics[m] ?? NaN)}`).join(", ");
  return `${r.model} v${r.version}${shown ? `: ${shown}` : ""} \u2014 ${checksVerdict(r.checks, r.passed)}`;
}
__name(versionSummary, "versionSummary");
function formatVersionMessage(r) {
  const lines = [versionSummary(r), ""];
  lines.push(`Fingerprint: ${r.fingerprint}`);
  if (r.baseline) lines.push(`Baseline: ${r.baseline.tag}`);
  if (r.reused) lines.push("Metrics reused (the content and eval settings were unchanged).");
  if (r.runUrl) lines.push(`Run: ${r.runUrl}`);
  lines.push("", "Metrics:", ...metricLines(r.metrics));
  if (r.checks.length) lines.push("", "Checks:", ...r.checks.map((c) => `  ${plainCheckLine(c)}`));
  lines.push("", ...jsonBlock(r), "");
  return lines.join("\n");
}
__name(formatVersionMessage, "formatVersionMessage");
function stageSummary(r) {
  return `${r.model} v${r.version} \u2192 ${r.stage}: ${checksVerdict(r.checks, true)}`;
}
__name(stageSummary, "stageSummary");
function formatStageMessage(r) {
  const lines = [stageSummary(r), "", `Promoted by: ${r.promotedBy}`];
  if (r.runUrl) lines.push(`Run: ${r.runUrl}`);
  if (r.checks.length) lines.push("", "Checks:", ...r.checks.map((c) => `  ${plainCheckLine(c)}`));
  lines.push("", ...jsonBlock(r), "");
  return lines.join("\n");
}
__name(formatStageMessage, "formatStageMessage");
function unassignSummary(r) {
  const to = r.to ? `v${r.to.version}` : "empty";
  return `${r.model} v${r.version} withdrawn from ${r.stage} \u2192 ${to}`;
}
__name(unassignSummary, "unassignSummary");
function formatUnassignMessage(r) {
  const lines = [unassignSummary(r), "", `Reason: ${oneLine2(r.reason)}`, `Rolled back by: ${r.by}`];
  if (r.exitCode !== void 0 && r.exitCode !== null) lines.push(`Exit code: ${r.exitCode}`);
  if (r.runUrl) lines.push(`Run: ${r.runUrl}`);
  lines.push("", ...jsonBlock(r), "");
  return lines.join("\n");
}
__name(formatUnassignMessage, "formatUnassignMessage");
function parseRecord(message2) {
  const open3 = message2.lastIndexOf(`
${FENCE_OPEN}`);
  const start = open3 >= 0 ? open3 + 1 : message2.startsWith(FENCE_OPEN) ? 0 : -1;
  if (start < 0) return null;
  const bodyStart = message2.indexOf("\n", start);
  if (bodyStart < 0) return null;
  const end = message2.indexOf(`
${FENCE_CLOSE}`, bodyStart);
  if (end < 0) return null;
  let value;
  try {
    value = JSON.parse(message2.slice(bodyStart + 1, end));
  } catch {
    return null;
  }
  return asRecord(value);
}
__name(parseRecord, "parseRecord");

// src/core/registry/stages.ts
function byHistory(a, b) {
  return a.n - b.n || a.date.localeCompare(b.date) || a.tag.localeCompare(b.tag);
}
__name(byHistory, "byHistory");
function holders(events, withdrawn = /* @__PURE__ */ new Set()) {
  const active = /* @__PURE__ */ new Map();
  for (const e of [...events].sort(byHistory)) {
    let list2 = active.get(e.stage);
    if (list2 === void 0) active.set(e.stage, list2 = /* @__PURE__ */ new Map());
    const key = e.target ?? `commit:${e.commit}`;
    list2.delete(key);
    if (isAssign(e)) list2.set(key, e);
  }
  const held = {};
  for (const [stage2, list2] of active) {
    let newest = null;
    for (const e of list2.values()) {
      if (e.target === null || !withdrawn.has(e.target)) newest = e;
    }
    held[stage2] = newest;
  }
  return held;
}
__name(holders, "holders");
function stagesEverHeld(events, version) {
  return new Set(
    events.filter((e) => e.action === "assign" && e.version === version).map((e) => e.stage)
  );
}
__name(stagesEverHeld, "stagesEverHeld");
var isAssign = /* @__PURE__ */ __name((e) => e.action === "assign" && (e.summary === null || e.summary.kind === "stage"), "isAssign");

// src/core/registry/summary.ts
function summarize(record3) {
  if (record3.kind === "version") {
    const { kind: kind2, model: model2, version: version2, commit, created: created2, fingerprint, metrics: metrics2, passed, evalSettings } = record3;
    return { kind: kind2, model: model2, version: version2, commit, created: created2, fingerprint, metrics: metrics2, passed, evalSettings };
  }
  if (record3.kind === "unassign") {
    const { kind: kind2, model: model2, stage: stage3, version: version2, n: n2, from, to, reason, by, at: at2, runUrl: runUrl2, exitCode } = record3;
    return {
      kind: kind2,
      model: model2,
      stage: stage3,
      version: version2,
      n: n2,
      from,
      to,
      reason,
      by,
      at: at2,
      runUrl: runUrl2,
      ...exitCode !== void 0 && { exitCode }
    };
  }
  const { kind, model, version, stage: stage2, n, created, promotedBy, runUrl } = record3;
  return { kind, model, version, stage: stage2, n, created, promotedBy, runUrl };
}
__name(summarize, "summarize");

// src/core/registry/build.ts
var PLAIN = /^(\d+)\.(\d+)\.(\d+)$/;
var PART = 2 ** 20;
var MAJOR = 2 ** 13;
function plainKey(version) {
  const m = PLAIN.exec(version);
  if (!m) return null;
  const [a, b, c] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return a < MAJOR && b < PART && c < PART ? (a * PART + b) * PART + c : null;
}
__name(plainKey, "plainKey");
function newestFirst(versions) {
  const keyed = versions.map((v) => ({ v, k: plainKey(v.version) }));
  return keyed.sort(
    (a, b) => a.k !== null && b.k !== null ? b.k - a.k : import_semver.default.rcompare(a.v.version, b.v.version)
  ).map((x) => x.v);
}
__name(newestFirst, "newestFirst");
var wantsRecord = /* @__PURE__ */ __name((raw, tag) => raw.annotated && (tag.kind === "version" || tag.kind === "assign" || tag.kind === "unassign"), "wantsRecord");
function prepareTag(model, raw, known) {
  const tag = parseTagName(raw.name);
  if (!tag || tag.model !== model) return null;
  if (!wantsRecord(raw, tag)) return { raw, tag, summary: null };
  if (known !== void 0) return { raw, tag, summary: known };
  const record3 = parseRecord(raw.message);
  return { raw, tag, summary: record3 && summarize(record3) };
}
__name(prepareTag, "prepareTag");
function assembleRegistry(model, mine) {
  let maxN = 0;
  let deprecatedAt = null;
  const deregistered = /* @__PURE__ */ new Set();
  for (const { raw, tag } of mine) {
    if (tag.n !== void 0 && tag.n > maxN) maxN = tag.n;
    if (tag.kind === "deprecate" && raw.annotated) {
      deprecatedAt = Math.max(deprecatedAt ?? -1, tag.n ?? Number.MAX_SAFE_INTEGER);
    }
    if (tag.kind === "deregister" && raw.annotated && tag.version) deregistered.add(tag.version);
  }
  const deprecated = deprecatedAt !== null && deprecatedAt >= maxN;
  const skipped = [];
  const byVersion = /* @__PURE__ */ new Map();
  for (const { raw, tag, summary: found } of mine) {
    if (tag.kind !== "version" || tag.version === void 0) continue;
    const why = untrusted(model, raw, tag.version, found);
    if (why !== null) {
      skipped.push({ tag: raw.name, version: tag.version, reason: why });
      continue;
    }
    const summary = found?.kind === "version" ? found : null;
    const entry = {
      version: tag.version,
      tag: raw.name,
      object: raw.object ?? "",
      commit: raw.commit,
      date: raw.date,
      summary,
      ...!raw.annotated && { lightweight: true },
      ...deregistered.has(tag.version) && { deregistered: true }
    };
    const rank = (summary ? 4 : 0) + (raw.annotated ? 2 : 0) + (tag.n === void 0 ? 1 : 0);
    const prev = byVersion.get(tag.version);
    if (!prev || rank > prev.rank) byVersion.set(tag.version, { entry, rank });
  }
  const versions = newestFirst([...byVersion.values()].map((x) => x.entry));
  const atCommit = /* @__PURE__ */ new Map();
  for (const v of [...versions].reverse()) atCommit.set(v.commit, v.version);
  const known = new Set(versions.map((v) => v.version));
  const events = [];
  for (const { raw, tag, summary: found } of mine) {
    if (tag.kind !== "assign" && tag.kind !== "unassign" || !tag.stage) continue;
    if (!raw.annotated) continue;
    if (!pointsAtCommit(raw)) {
      skipped.push({ tag: raw.name, reason: notCommit(raw) });
      continue;
    }
    const wanted = tag.kind === "assign" ? "stage" : "unassign";
    const summary = (found?.kind === "stage" || found?.kind === "unassign") && found.kind === wanted && found.model === model && found.stage === tag.stage ? found : null;
    const target = summary && known.has(summary.version) ? summary.version : atCommit.get(raw.commit) ?? null;
    events.push({
      action: tag.kind,
      stage: tag.stage,
      n: tag.n ?? 0,
      tag: raw.name,
      object: raw.object ?? "",
      version: tag.kind === "assign" ? target : null,
      target,
      commit: raw.commit,
      date: raw.date,
      summary
    });
  }
  events.sort((a, b) => byHistory(b, a));
  skipped.sort((a, b) => a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0);
  return {
    model,
    versions,
    stages: holders(events, deregistered),
    events,
    maxN,
    ...deprecated && { deprecated },
    skipped
  };
}
__name(assembleRegistry, "assembleRegistry");
var pointsAtCommit = /* @__PURE__ */ __name((raw) => raw.targetType === void 0 || raw.targetType === "commit", "pointsAtCommit");
var notCommit = /* @__PURE__ */ __name((raw) => `it points at a ${raw.targetType ?? "non-commit"} (${raw.commit.slice(0, 12)}), not a commit`, "notCommit");
function untrusted(model, raw, version, found) {
  if (!pointsAtCommit(raw)) return notCommit(raw);
  if (found === null) return null;
  if (found.kind !== "version") return "it carries a stage record, not a version record";
  if (found.model !== model) return `its record is of model ${JSON.stringify(found.model)}`;
  if (found.version !== version) return `its record is of version ${JSON.stringify(found.version)}`;
  if (found.commit !== raw.commit) {
    return `its record names commit ${found.commit.slice(0, 12)}, the tag points at ${raw.commit.slice(0, 12)}`;
  }
  return null;
}
__name(untrusted, "untrusted");
function findVersion(registry, version) {
  return registry.versions.find((v) => v.version === version) ?? null;
}
__name(findVersion, "findVersion");

// src/io/registry/cache.ts
import { join as join4 } from "node:path";

// src/io/files/sealed-file.ts
import { closeSync as closeSync2, constants as constants2, fstatSync, openSync as openSync2, readSync } from "node:fs";
import * as zlib from "node:zlib";

// src/io/atomic-write.ts
import { randomBytes } from "node:crypto";
import {
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  renameSync,
  unlinkSync,
  writevSync
} from "node:fs";
import { mkdir as mkdir2, open, rename, unlink } from "node:fs/promises";
import { dirname as dirname2 } from "node:path";
function tempName(file) {
  return `${file}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`;
}
__name(tempName, "tempName");
function discard(tmp) {
  try {
    unlinkSync(tmp);
  } catch {
  }
}
__name(discard, "discard");
function writeFileAtomicSync(file, chunks, { fsync = true } = {}) {
  mkdirSync(dirname2(file), { recursive: true });
  const tmp = tempName(file);
  let fd = null;
  try {
    fd = openSync(tmp, "wx", 420);
    let left = chunks.reduce((n, c) => n + c.byteLength, 0);
    let rest = chunks.filter((c) => c.byteLength > 0);
    while (left > 0) {
      const n = writevSync(fd, rest);
      left -= n;
      rest = skip2(rest, n);
    }
    if (fsync) fsyncSync(fd);
    closeSync(fd);
    fd = null;
    renameSync(tmp, file);
  } catch (e) {
    if (fd !== null) closeQuietly(fd);
    discard(tmp);
    throw e;
  }
}
__name(writeFileAtomicSync, "writeFileAtomicSync");
async function writeFileAtomic(file, chunks) {
  await mkdir2(dirname2(file), { recursive: true });
  const tmp = tempName(file);
  try {
    const handle = await open(tmp, "wx", 420);
    try {
      await handle.writev(chunks.filter((c) => c.byteLength > 0));
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, file);
  } catch (e) {
    await unlink(tmp).catch(() => void 0);
    throw e;
  }
}
__name(writeFileAtomic, "writeFileAtomic");
function skip2(chunks, n) {
  const out = [];
  let left = n;
  for (const c of chunks) {
    if (left >= c.byteLength) {
      left -= c.byteLength;
      continue;
    }
    out.push(left > 0 ? c.subarray(left) : c);
    left = 0;
  }
  return out;
}
__name(skip2, "skip");
function closeQuietly(fd) {
  try {
    closeSync(fd);
  } catch {
  }
}
__name(closeQuietly, "closeQuietly");

// src/io/files/sealed-file.ts
var MAGIC = "lepton-cache/1";
var LINE_MAX = 1024;
var KIND = /^[a-z][a-z0-9-]{0,31}$/;
var OPEN_FLAGS = constants2.O_RDONLY | (constants2.O_NOFOLLOW ?? 0) | (constants2.O_NONBLOCK ?? 0);
function crc322(bytes, value = 0) {
  if (typeof zlib.crc32 === "function") return zlib.crc32(bytes, value);
  return crc32Table(bytes, value);
}
__name(crc322, "crc32");
var TABLE;
function crc32Table(bytes, value) {
  const table = TABLE ??= Uint32Array.from({ length: 256 }, (_, n) => {
    let c2 = n;
    for (let k = 0; k < 8; k++) c2 = c2 & 1 ? 3988292384 ^ c2 >>> 1 : c2 >>> 1;
    return c2 >>> 0;
  });
  let c = ~value >>> 0;
  for (let i = 0; i < bytes.length; i++) {
    c = table[(c ^ bytes[i]) & 255] ^ c >>> 8;
  }
  return ~c >>> 0;
}
__name(crc32Table, "crc32Table");
var hex8 = /* @__PURE__ */ __name((n) => n.toString(16).padStart(8, "0"), "hex8");
function readRegularFile(file, maxBytes) {
  let fd;
  try {
    fd = openSync2(file, OPEN_FLAGS);
  } catch {
    return null;
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile() || st.size > maxBytes) return null;
    const bytes = Buffer.allocUnsafe(st.size);
    let at2 = 0;
    while (at2 < bytes.length) {
      const n = readSync(fd, bytes, at2, bytes.length - at2, at2);
      if (n === 0) return null;
      at2 += n;
    }
    if (readSync(fd, Buffer.alloc(1), 0, 1, at2) !== 0) return null;
    return { bytes, mtimeMs: st.mtimeMs };
  } catch {
    return null;
  } finally {
    try {
      closeSync2(fd);
    } catch {
    }
  }
}
__name(readRegularFile, "readRegularFile");
function readSealedFile(file, kind, maxBytes) {
  const read = readRegularFile(file, maxBytes);
  if (read === null) return null;
  const { bytes, mtimeMs } = read;
  const lineEnd = bytes.subarray(0, LINE_MAX).indexOf(10);
  if (lineEnd < 0) return null;
  const line = bytes.toString("latin1", 0, lineEnd);
  const lastSpace = line.lastIndexOf(" ");
  if (lastSpace < 0 || line.slice(lastSpace + 1) !== hex8(crc322(bytes.subarray(0, lastSpace)))) {
    return null;
  }
  const [magic, name, ...figures] = line.slice(0, lastSpace).split(" ");
  if (magic !== MAGIC || name !== kind) return null;
  const sections = [];
  let at2 = lineEnd + 1;
  for (const figure of figures) {
    const m = /^(0|[1-9][0-9]{0,15}):([0-9a-f]{8})$/.exec(figure);
    if (!m) return null;
    const len = Number(m[1]);
    sections.push({ start: at2, end: at2 + len, crc: m[2] });
    at2 += len;
  }
  if (at2 !== bytes.length) return null;
  const checked = /* @__PURE__ */ new Map();
  return {
    count: sections.length,
    mtimeMs,
    length: /* @__PURE__ */ __name((i) => {
      const s = sections[i];
      return s ? s.end - s.start : -1;
    }, "length"),
    section(i) {
      const known = checked.get(i);
      if (known !== void 0) return known;
      const s = sections[i];
      const body = s ? bytes.subarray(s.start, s.end) : null;
      const ok = s && body && hex8(crc322(body)) === s.crc ? body : null;
      checked.set(i, ok);
      return ok;
    }
  };
}
__name(readSealedFile, "readSealedFile");
function sealedChunks(kind, sections) {
  if (!KIND.test(kind)) throw new Error(`bad cache kind: ${kind}`);
  const figures = sections.map((chunks) => {
    let crc = 0;
    let len = 0;
    for (const c of chunks) {
      crc = crc322(c, crc);
      len += c.byteLength;
    }
    return `${len}:${hex8(crc)}`;
  });
  const head = Buffer.from([MAGIC, kind, ...figures].join(" "), "latin1");
  const line = Buffer.from(` ${hex8(crc322(head))}
`, "latin1");
  return [head, line, ...sections.flat()];
}
__name(sealedChunks, "sealedChunks");
var total = /* @__PURE__ */ __name((chunks) => chunks.reduce((n, c) => n + c.byteLength, 0), "total");
function writeSealedFileSync(file, kind, sections, maxBytes) {
  const chunks = sealedChunks(kind, sections);
  if (total(chunks) > maxBytes) return false;
  try {
    writeFileAtomicSync(file, chunks, { fsync: false });
    return true;
  } catch {
    return false;
  }
}
__name(writeSealedFileSync, "writeSealedFileSync");
async function writeSealedFile(file, kind, sections, maxBytes) {
  const chunks = sealedChunks(kind, sections);
  if (total(chunks) > maxBytes) return false;
  try {
    await writeFileAtomic(file, chunks);
    return true;
  } catch {
    return false;
  }
}
__name(writeSealedFile, "writeSealedFile");

// src/io/registry/cache.ts
var FORMAT = "lepton-tag-cache";
var VERSION = 8;
var KIND2 = "tag-cache";
var MAX_BYTES = 256 << 20;
var KINDS = [
  "",
  "version",
  "deregister",
  "assign",
  "unassign",
  "deprecate",
  "create"
];
function tagCacheFile(gitDir, model) {
  return join4(gitDir, "lepton", "tags", `${encodeURIComponent(model)}.json`);
}
__name(tagCacheFile, "tagCacheFile");
function loadTagCache(file, model) {
  const out = /* @__PURE__ */ new Map();
  const body = readSealedFile(file, KIND2, MAX_BYTES)?.section(0);
  if (!body) return out;
  try {
    const doc = JSON.parse(body.toString("utf8"));
    if (!Array.isArray(doc) || !Array.isArray(doc[0])) return out;
    const [format, version, forModel, strings, names] = doc[0];
    if (format !== FORMAT || version !== VERSION || forModel !== model) return out;
    if (!isStrings(strings) || !Array.isArray(names) || !names.every(isStrings)) return out;
    for (let i = 1; i < doc.length; i++) {
      const row = doc[i];
      if (!isRow(row)) return /* @__PURE__ */ new Map();
      const [name, object, code, commit, date, sub, n, packed] = row;
      const kind = KINDS[code >> 1];
      let prepared = null;
      if (kind !== "") {
        const targetType = row[8] ?? "commit";
        const raw = {
          name,
          annotated: (code & 1) === 1,
          object,
          commit,
          targetType,
          date,
          message: ""
        };
        const tag = kind === "version" || kind === "deregister" ? { kind, model, version: sub } : kind === "assign" || kind === "unassign" ? { kind, model, stage: sub } : { kind, model };
        if (n >= 0) tag.n = n;
        const summary = packed && unpack(packed, model, sub, commit, strings, names);
        prepared = { raw, tag, summary };
      }
      out.set(name, { name, object, prepared });
    }
    return out;
  } catch {
    return /* @__PURE__ */ new Map();
  }
}
__name(loadTagCache, "loadTagCache");
var isStrings = /* @__PURE__ */ __name((v) => Array.isArray(v) && v.every((s) => typeof s === "string"), "isStrings");
function isRow(row) {
  return Array.isArray(row) && (row.length === 8 || row.length === 9 && typeof row[8] === "string") && typeof row[0] === "string" && typeof row[1] === "string" && Number.isInteger(row[2]) && row[2] >= 0 && row[2] >> 1 < KINDS.length && typeof row[3] === "string" && typeof row[4] === "string" && typeof row[5] === "string" && Number.isSafeInteger(row[6]) && (row[7] === null || Array.isArray(row[7]));
}
__name(isRow, "isRow");
var Unreadable = class extends Error {
  static {
    __name(this, "Unreadable");
  }
};
var str2 = /* @__PURE__ */ __name((v) => {
  if (typeof v !== "string") throw new Unreadable();
  return v;
}, "str");
var num = /* @__PURE__ */ __name((v) => {
  if (typeof v !== "number") throw new Unreadable();
  return v;
}, "num");
var at = /* @__PURE__ */ __name((list2, i) => {
  const v = list2[num(i)];
  if (v === void 0) throw new Unreadable();
  return v;
}, "at");
function unpack(p, model, sub, commit, strings, names) {
  if (p[0] === 0) {
    let metrics2;
    if (p[8] === -1) {
      metrics2 = p[9];
      if (typeof metrics2 !== "object" || metrics2 === null) throw new Unreadable();
    } else {
      const keys = at(names, p[8]);
      metrics2 = {};
      for (let k = 0; k < keys.length; k++) metrics2[keys[k]] = num(p[9 + k]);
    }
    if (typeof p[6] !== "boolean") throw new Unreadable();
    return {
      kind: "version",
      model: p[1] === 0 ? model : str2(p[1]),
      version: p[2] === 0 ? sub : str2(p[2]),
      commit: p[3] === 0 ? commit : str2(p[3]),
      created: str2(p[4]),
      fingerprint: str2(p[5]),
      metrics: metrics2,
      passed: p[6],
      evalSettings: at(strings, p[7])
    };
  }
  if (p[0] === 2) return unpackUnassign(p, model, sub);
  if (p[0] !== 1 || !(p[7] === null || typeof p[7] === "string")) throw new Unreadable();
  return {
    kind: "stage",
    model: p[1] === 0 ? model : str2(p[1]),
    version: str2(p[2]),
    stage: p[3] === 0 ? sub : str2(p[3]),
    n: num(p[4]),
    created: str2(p[5]),
    promotedBy: str2(p[6]),
    runUrl: p[7]
  };
}
__name(unpack, "unpack");
var strOrNull2 = /* @__PURE__ */ __name((v) => v === null ? null : str2(v), "strOrNull");
var ref = /* @__PURE__ */ __name((v) => {
  if (!Array.isArray(v) || v.length !== 2) throw new Unreadable();
  return { version: str2(v[0]), tag: str2(v[1]) };
}, "ref");
function unpackUnassign(p, model, sub) {
  if (p.length !== 11 && p.length !== 12) throw new Unreadable();
  const exit = p[11];
  if (!(exit === void 0 || exit === null || typeof exit === "number")) throw new Unreadable();
  return {
    kind: "unassign",
    model: p[1] === 0 ? model : str2(p[1]),
    version: str2(p[2]),
    stage: p[3] === 0 ? sub : str2(p[3]),
    n: num(p[4]),
    from: ref(p[5]),
    to: p[6] === null ? null : ref(p[6]),
    reason: str2(p[7]),
    by: str2(p[8]),
    at: str2(p[9]),
    runUrl: strOrNull2(p[10]),
    ...p.length === 12 && { exitCode: exit }
  };
}
__name(unpackUnassign, "unpackUnassign");
var Tables = class {
  static {
    __name(this, "Tables");
  }
  strings = [];
  names = [];
  stringAt = /* @__PURE__ */ new Map();
  namesAt = /* @__PURE__ */ new Map();
  string(s) {
    let i = this.stringAt.get(s);
    if (i === void 0) this.stringAt.set(s, i = this.strings.push(s) - 1);
    return i;
  }
  nameList(keys) {
    const key = keys.join("\0");
    let i = this.namesAt.get(key);
    if (i === void 0) this.namesAt.set(key, i = this.names.push(keys) - 1);
    return i;
  }
};
function pack(s, tag, commit, t) {
  const model = s.model === tag.model ? 0 : s.model;
  if (s.kind === "unassign") {
    const packed = [
      2,
      model,
      s.version,
      s.stage === tag.stage ? 0 : s.stage,
      s.n,
      [s.from.version, s.from.tag],
      s.to && [s.to.version, s.to.tag],
      s.reason,
      s.by,
      s.at,
      s.runUrl
    ];
    if (s.exitCode !== void 0) packed.push(s.exitCode);
    return packed;
  }
  if (s.kind === "version") {
    const keys = Object.keys(s.metrics);
    const packed = [
      0,
      model,
      s.version === tag.version ? 0 : s.version,
      s.commit === commit ? 0 : s.commit,
      s.created,
      s.fingerprint,
      s.passed,
      t.string(s.evalSettings)
    ];
    if (keys.includes("__proto__")) packed.push(-1, s.metrics);
    else {
      packed.push(t.nameList(keys));
      for (const k of keys) packed.push(s.metrics[k]);
    }
    return packed;
  }
  return [
    1,
    model,
    s.version,
    s.stage === tag.stage ? 0 : s.stage,
    s.n,
    s.created,
    s.promotedBy,
    s.runUrl
  ];
}
__name(pack, "pack");
function rowOf({ name, object, prepared: p }, t) {
  const tag = p?.tag;
  const commit = p?.raw.commit ?? "";
  const row = [
    name,
    object,
    (p?.raw.annotated ? 1 : 0) + 2 * Math.max(0, KINDS.indexOf(tag?.kind ?? "")),
    commit,
    p?.raw.date ?? "",
    tag?.version ?? tag?.stage ?? "",
    tag?.n ?? -1,
    p?.summary && tag ? pack(p.summary, tag, commit, t) : null
  ];
  const targetType = p?.raw.targetType ?? "commit";
  return targetType === "commit" ? row : [...row, targetType];
}
__name(rowOf, "rowOf");
async function saveTagCache(file, model, tags) {
  const sorted = [...tags].sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  const t = new Tables();
  const rows = sorted.map((tag) => rowOf(tag, t));
  const head = [FORMAT, VERSION, model, t.strings, t.names];
  const doc = Buffer.from(`${JSON.stringify([head, ...rows])}
`);
  await writeSealedFile(file, KIND2, [[doc]], MAX_BYTES);
}
__name(saveTagCache, "saveTagCache");

// src/io/registry/tag-objects.ts
import { isAscii } from "node:buffer";
var NEWLINE = 10;
var FENCE = Buffer.from("```json");
var BLANK_LINE = Buffer.from("\n\n");
var NOTHING = Buffer.alloc(0);
var HEADER_MAX = 128;
var ObjectStream = class {
  constructor(refs, onTag) {
    this.refs = refs;
    this.onTag = onTag;
  }
  refs;
  onTag;
  static {
    __name(this, "ObjectStream");
  }
  pending = NOTHING;
  next = 0;
  /** Set instead of throwing: this runs in a stream's data handler. */
  failure = null;
  get done() {
    return this.next === this.refs.length && this.pending.length === 0;
  }
  write(chunk) {
    if (this.failure !== null) return;
    let buf = chunk;
    let at2 = 0;
    if (this.pending.length) {
      const p = this.pending;
      const head = Buffer.concat([p, chunk.subarray(0, HEADER_MAX)]);
      const eol = head.indexOf(NEWLINE);
      const size = eol < 0 ? NaN : Number(head.toString("latin1", 0, eol).split(" ")[2]);
      const needed = eol + 1 + size + 1;
      if (!(needed <= p.length + chunk.length)) {
        buf = Buffer.concat([p, chunk]);
      } else {
        at2 = needed - p.length;
        this.pending = NOTHING;
        const joined = Buffer.concat([p, chunk.subarray(0, at2)]);
        const used = this.cut(joined);
        if (used !== joined.length) {
          this.failure ??= "an object was cut short";
          return;
        }
      }
    }
    const rest = this.cut(buf, at2);
    if (rest < 0) return;
    this.pending = rest < buf.length ? buf.subarray(rest) : NOTHING;
  }
  /** Emits every whole object in buf from `at` on; where the first incomplete one starts, or -1 on a failure. */
  cut(buf, from = 0) {
    let at2 = from;
    for (; ; ) {
      const eol = buf.indexOf(NEWLINE, at2);
      if (eol < 0) return at2;
      const [id, type, size] = buf.toString("latin1", at2, eol).split(" ");
      const ref2 = this.refs[this.next];
      if (ref2 === void 0 || id !== ref2.object || type === "missing" || size === void 0) {
        this.failure = `unexpected object ${id ?? ""} ${type ?? ""}`;
        return -1;
      }
      const start = eol + 1;
      const end = start + Number(size);
      if (end >= buf.length) return at2;
      this.emit(ref2, type ?? "", buf, start, end);
      this.next++;
      at2 = end + 1;
    }
  }
  /** One object: a tag object (annotated tag), else the commit (or other) a lightweight tag names. */
  emit(ref2, type, buf, start, end) {
    const annotated = type === "tag";
    const headersEnd = annotated || type === "commit" ? buf.indexOf(BLANK_LINE, start) : -1;
    const headers = buf.toString(
      "latin1",
      start,
      headersEnd < 0 || headersEnd > end ? end : headersEnd
    );
    let text = NOTHING;
    if (annotated && headersEnd >= 0 && headersEnd < end) {
      const from = headersEnd + 2;
      const fence2 = lastFence(buf, from, end);
      text = buf.subarray(fence2 >= 0 ? fence2 : from, end);
    }
    this.onTag(
      {
        name: ref2.name,
        annotated,
        object: ref2.object,
        commit: annotated ? header(headers, "object") ?? "" : ref2.object,
        // A tag object says what it points at; a lightweight tag's object is its target.
        targetType: annotated ? header(headers, "type") ?? "" : type,
        date: isoDate(header(headers, annotated ? "tagger" : type === "commit" ? "committer" : "")),
        message: decode(text)
      },
      text
    );
  }
};
function lastFence(buf, from, end) {
  let found = -1;
  for (let i = buf.indexOf(FENCE, from); i >= 0 && i + FENCE.length <= end; ) {
    if (i > from && buf[i - 1] === NEWLINE) found = i - 1;
    i = buf.indexOf(FENCE, i + FENCE.length);
  }
  return found;
}
__name(lastFence, "lastFence");
function decode(bytes) {
  if (bytes.length === 0) return "";
  return bytes.toString(isAscii(bytes) ? "latin1" : "utf8");
}
__name(decode, "decode");
function header(headers, key) {
  if (key === "") return void 0;
  const prefix = `${key} `;
  const line = headers.startsWith(prefix) ? 0 : headers.indexOf(`
${prefix}`) + 1;
  if (line === 0 && !headers.startsWith(prefix)) return void 0;
  const end = headers.indexOf("\n", line);
  return headers.slice(line + prefix.length, end < 0 ? headers.length : end);
}
__name(header, "header");
function isoDate(ident) {
  const email = ident === void 0 ? -1 : ident.lastIndexOf("> ");
  if (ident === void 0 || email < 0) return "";
  const space = ident.indexOf(" ", email + 2);
  const digits = ident.slice(email + 2, space < 0 ? ident.length : space);
  return /^\d+$/.test(digits) ? new Date(Number(digits) * 1e3).toISOString() : "";
}
__name(isoDate, "isoDate");
var ListingStream = class {
  constructor(onRef) {
    this.onRef = onRef;
  }
  onRef;
  static {
    __name(this, "ListingStream");
  }
  pending = NOTHING;
  count = 0;
  write(chunk) {
    const buf = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk;
    const end = buf.lastIndexOf(NEWLINE);
    this.pending = end + 1 < buf.length ? buf.subarray(end + 1) : NOTHING;
    if (end >= 0) this.lines(buf.toString("utf8", 0, end));
  }
  /** The last line, when the output did not end with a newline. */
  end() {
    if (this.pending.length) this.lines(this.pending.toString());
    this.pending = NOTHING;
  }
  lines(text) {
    let at2 = 0;
    while (at2 < text.length) {
      let eol = text.indexOf("\n", at2);
      if (eol < 0) eol = text.length;
      const cut = text.indexOf("\0", at2);
      if (cut > at2 && cut < eol) {
        this.count++;
        this.onRef({ name: text.slice(at2, cut), object: text.slice(cut + 1, eol) });
      }
      at2 = eol + 1;
    }
  }
};

// src/io/registry/read.ts
async function readPreparedTags(git, model) {
  const gitDir = await git.gitDir();
  if (gitDir === null) return [];
  const file = tagCacheFile(gitDir, model);
  const prepared = [];
  const known = [];
  const fresh = [];
  const finish = /* @__PURE__ */ __name((raw) => {
    const p = prepareTag(model, raw);
    const kept = p && { raw: { ...raw, message: "" }, tag: p.tag, summary: p.summary };
    if (kept) prepared.push(kept);
    fresh.push({ name: raw.name, object: raw.object ?? "", prepared: kept });
  }, "finish");
  const onTags = [];
  const onTag = /* @__PURE__ */ __name((raw) => raw.targetType === "tag" ? onTags.push(raw) : finish(raw), "onTag");
  let fetches = null;
  let asked = 0;
  let cache;
  const listing = listTags(
    git,
    model,
    (ref2) => {
      const hit = cache?.get(ref2.name);
      if (hit !== void 0 && hit.object === ref2.object) {
        known.push(hit);
        if (hit.prepared) prepared.push(hit.prepared);
        return;
      }
      fetches ??= [fetchObjects(git, onTag), fetchObjects(git, onTag)];
      fetches[asked++ % fetches.length].request(ref2);
    },
    () => fetches?.forEach((f) => f.flush())
  );
  cache = loadTagCache(file, model);
  const listed = await listing.finally(() => fetches?.forEach((f) => f.end()));
  if (fetches === null) return prepared;
  for (const failure of await Promise.all(fetches.map((f) => f.done))) {
    if (failure !== null) {
      throw new LeptonError("git", `could not read the tags of ${model}: ${failure}`);
    }
  }
  for (const raw of await peel(git, onTags)) finish(raw);
  if (listed !== known.length + fresh.length) {
    throw new LeptonError("git", `could not read the tags of ${model}: output cut short`);
  }
  await saveTagCache(file, model, [...known, ...fresh]);
  return prepared;
}
__name(readPreparedTags, "readPreparedTags");
async function peel(git, raws) {
  if (raws.length === 0) return [];
  const r = await git.run(["cat-file", "--batch-check"], {
    input: raws.map((t) => `${t.commit}^{}
`).join(""),
    allowFailure: true
  });
  const lines = r.stdout.split("\n");
  return raws.map((raw, i) => {
    const [id = "", type = ""] = (lines[i] ?? "").split(" ");
    return type === "missing" || id === "" ? { ...raw, targetType: "missing object" } : { ...raw, commit: id, targetType: type };
  });
}
__name(peel, "peel");
async function listTags(git, model, onRef, onChunkEnd) {
  const listing = new ListingStream(onRef);
  const r = await git.run(
    ["for-each-ref", "--format=%(refname:strip=2)%00%(objectname)", ...modelRefPatterns(model)],
    {
      allowFailure: true,
      onStdout: /* @__PURE__ */ __name((chunk) => {
        listing.write(chunk);
        onChunkEnd();
      }, "onStdout")
    }
  );
  if (r.code !== 0) {
    if (await git.gitDir() === null) return 0;
    throw new LeptonError("git", `could not read the tags of ${model}: ${lastLines(r.stderr)}`);
  }
  listing.end();
  return listing.count;
}
__name(listTags, "listTags");
function fetchObjects(git, onTag) {
  const refs = [];
  const stream = new ObjectStream(refs, onTag);
  let write = /* @__PURE__ */ __name(() => {
  }, "write");
  let end;
  const fed = new Promise((resolve11) => end = resolve11);
  const done = git.run(["cat-file", "--batch", "--buffer"], {
    allowFailure: true,
    feed: /* @__PURE__ */ __name((w) => {
      write = w;
      return fed;
    }, "feed"),
    onStdout: /* @__PURE__ */ __name((chunk) => stream.write(chunk), "onStdout")
  }).then(
    (r) => r.code !== 0 ? lastLines(r.stderr) : !stream.done ? stream.failure ?? "output cut short" : null,
    (e) => e.message
  );
  let ids = "";
  const flush = /* @__PURE__ */ __name(() => {
    if (ids) write(ids);
    ids = "";
  }, "flush");
  return {
    request: /* @__PURE__ */ __name((ref2) => {
      refs.push(ref2);
      ids += `${ref2.object}
`;
    }, "request"),
    flush,
    end: /* @__PURE__ */ __name(() => {
      flush();
      end();
    }, "end"),
    done
  };
}
__name(fetchObjects, "fetchObjects");

// src/io/registry/baseline.ts
function unusableAsBaseline(v) {
  if (v.lightweight) return "a lightweight tag: no Lepton record";
  if (v.summary === null) return "no Lepton record (a GTO registration or a hand-made tag)";
  if (Object.keys(v.summary.metrics).length === 0) return "its record holds no metrics";
  return null;
}
__name(unusableAsBaseline, "unusableAsBaseline");
async function chooseBaseline(git, registry, ref2, excluded = /* @__PURE__ */ new Map()) {
  const unusable2 = /* @__PURE__ */ __name((v) => excluded.get(v.tag) ?? unusableAsBaseline(v), "unusable");
  const notVersions = registry.skipped.filter((s) => s.version !== void 0);
  if (ref2 !== void 0 && ref2 !== "") {
    const version = parseVersionArg(ref2, registry.model);
    const entry = version === null ? null : findVersion(registry, version);
    if (entry) {
      const why = unusable2(entry);
      if (why !== null) {
        throw new LeptonError("invalid", `${entry.tag} cannot be the baseline: ${why}`, [
          "name a version recorded by Lepton, or a git revision (its newest recorded version is used)"
        ]);
      }
      return { entry, skipped: notVersions };
    }
    const bad = version === null ? void 0 : notVersions.find((s) => s.version === version);
    if (bad) throw new LeptonError("invalid", `${bad.tag} is not a version: ${bad.reason}`);
    const commit = await revision(git, ref2);
    if (!commit) {
      throw new LeptonError(
        "invalid",
        version === null ? `${ref2}: neither a version of ${registry.model} nor a git revision` : `${registry.model} has no version ${version}`
      );
    }
    return withSkipped(await usableReachable(git, registry, commit, unusable2), notVersions);
  }
  if (registry.versions.length === 0) return { entry: null, skipped: notVersions };
  const upstream = await defaultBranch(git);
  const fromUpstream = upstream ? await usableReachable(git, registry, upstream, unusable2) : null;
  const choice = fromUpstream?.entry ? fromUpstream : await usableReachable(git, registry, "HEAD", unusable2);
  return withSkipped(choice, notVersions);
}
__name(chooseBaseline, "chooseBaseline");
var withSkipped = /* @__PURE__ */ __name((c, more) => ({
  entry: c.entry,
  skipped: [...c.skipped, ...more]
}), "withSkipped");
async function usableReachable(git, registry, rev, unusable2) {
  const reachable = await reachableTags(git, registry, rev);
  const skipped = [];
  for (const v of registry.versions) {
    if (!reachable.has(v.tag)) continue;
    const why = unusable2(v);
    if (why === null) return { entry: v, skipped };
    skipped.push({ tag: v.tag, version: v.version, reason: why });
  }
  return { entry: null, skipped };
}
__name(usableReachable, "usableReachable");
async function reachableTags(git, registry, rev) {
  if (registry.versions.length === 0) return /* @__PURE__ */ new Set();
  const r = await git.run(
    [
      "for-each-ref",
      `--merged=${rev}`,
      "--format=%(refname:strip=2)",
      modelRefPatterns(registry.model)[0]
    ],
    { allowFailure: true }
  );
  return r.code === 0 ? new Set(r.stdout.split("\n")) : /* @__PURE__ */ new Set();
}
__name(reachableTags, "reachableTags");
async function revision(git, ref2) {
  if (ref2.startsWith("-")) return null;
  const r = await git.run(["rev-parse", "-q", "--verify", "--end-of-options", `${ref2}^{commit}`], {
    allowFailure: true
  });
  return r.code === 0 ? r.stdout.trim() : null;
}
__name(revision, "revision");
async function defaultBranch(git) {
  const up = await git.run(["rev-parse", "--abbrev-ref", "--symbolic-full-name", "@{upstream}"], {
    allowFailure: true
  });
  const remote = up.code === 0 ? up.stdout.trim().split("/")[0] ?? "origin" : "origin";
  const head = await git.run(["symbolic-ref", "-q", `refs/remotes/${remote}/HEAD`], {
    allowFailure: true
  });
  return head.code === 0 && head.stdout.trim() ? head.stdout.trim() : null;
}
__name(defaultBranch, "defaultBranch");

// src/io/registry/records.ts
async function readRecord(git, entry) {
  if (entry.summary === null) return null;
  return (await readRecords(git, [entry])).get(entry.tag) ?? null;
}
__name(readRecord, "readRecord");
async function readRecords(git, entries) {
  const out = /* @__PURE__ */ new Map();
  const wanted = entries.filter((e) => e.summary !== null);
  if (wanted.length === 0) return out;
  const refs = [];
  for (const e of wanted)
    refs.push({ name: e.tag, object: e.object || await objectOf(git, e.tag) });
  const bySummary = new Map(wanted.map((e) => [e.tag, e.summary]));
  let mismatch = null;
  const stream = new ObjectStream(refs, (raw) => {
    const record3 = parseRecord(raw.message);
    const summary = bySummary.get(raw.name) ?? null;
    if (record3 && summary && sameRecord(record3, summary)) out.set(raw.name, record3);
    else mismatch ??= raw.name;
  });
  const r = await git.run(["cat-file", "--batch", "--buffer"], {
    allowFailure: true,
    input: refs.map((ref2) => `${ref2.object}
`).join(""),
    onStdout: /* @__PURE__ */ __name((chunk) => stream.write(chunk), "onStdout")
  });
  const failure = r.code !== 0 ? lastLines(r.stderr) : !stream.done ? stream.failure ?? "output cut short" : null;
  if (failure !== null)
    throw new LeptonError("git", `could not read the records of ${wanted[0]?.tag}\u2026: ${failure}`);
  if (mismatch !== null) {
    throw new LeptonError("git", `${mismatch} holds another record than the one read before`, [
      "run again: the tag was replaced meanwhile"
    ]);
  }
  return out;
}
__name(readRecords, "readRecords");
function sameRecord(record3, summary) {
  const r = record3;
  for (const [key, value] of Object.entries(summary)) {
    const v = r[key];
    if (v !== value && JSON.stringify(v) !== JSON.stringify(value)) return false;
  }
  return true;
}
__name(sameRecord, "sameRecord");
async function objectOf(git, tag) {
  const r = await git.run(["rev-parse", "--verify", "--quiet", `refs/tags/${tag}`], {
    allowFailure: true
  });
  if (r.code !== 0) throw new LeptonError("git", `${tag}: no such tag`);
  return r.stdout.trim();
}
__name(objectOf, "objectOf");

// src/io/registry/identity.ts
var ACTIONS_BOT2 = {
  name: "github-actions[bot]",
  email: "41898282+github-actions[bot]@users.noreply.github.com",
  source: "actions"
};
async function resolveIdentity(git, settings) {
  if (settings.ci && !await configured(git, settings)) return ACTIONS_BOT2;
  const r = await git.run(["var", "GIT_COMMITTER_IDENT"], { allowFailure: true });
  const m = /^(.*?) <([^>]*)>/.exec(r.stdout);
  if (r.code !== 0 || !m) {
    throw new LeptonError("invalid", "no git identity to sign the tag with", [
      'set one with: git config user.name "Your Name" && git config user.email you@example.com',
      "(or GIT_COMMITTER_NAME and GIT_COMMITTER_EMAIL in the environment)"
    ]);
  }
  return { name: m[1] ?? "", email: m[2] ?? "", source: "git" };
}
__name(resolveIdentity, "resolveIdentity");
async function configured(git, settings) {
  if (settings.identityInEnv) return true;
  const r = await git.run(["config", "--get-regexp", "^(user|committer)\\.email$"], {
    allowFailure: true
  });
  return r.code === 0 && r.stdout.trim() !== "";
}
__name(configured, "configured");
var identityEnv = /* @__PURE__ */ __name((id) => ({
  GIT_COMMITTER_NAME: id.name,
  GIT_COMMITTER_EMAIL: id.email
}), "identityEnv");

// src/io/registry/write.ts
async function tagObject(git, name) {
  const r = await git.run(["rev-parse", "-q", "--verify", `refs/tags/${name}`], {
    allowFailure: true
  });
  return r.code === 0 ? r.stdout.trim() : null;
}
__name(tagObject, "tagObject");
async function createTag(git, tag) {
  const r = await git.run(
    ["tag", "-a", "--cleanup=verbatim", "-F", "-", "--", tag.name, tag.commit],
    { input: tag.message, env: identityEnv(tag.identity), allowFailure: true }
  );
  if (r.code !== 0) {
    if (await tagObject(git, tag.name)) return null;
    throw new LeptonError("git", `could not create tag ${tag.name}: ${lastLines(r.stderr)}`);
  }
  const object = await tagObject(git, tag.name);
  if (!object) throw new LeptonError("git", `tag ${tag.name} vanished right after it was made`);
  return object;
}
__name(createTag, "createTag");
async function deleteOwnTag(git, name, object) {
  await git.run(["update-ref", "-d", `refs/tags/${name}`, object]);
}
__name(deleteOwnTag, "deleteOwnTag");

// src/io/registry/remote.ts
var TAKEN_REASONS = /* @__PURE__ */ new Set(["already exists", "stale info", "fetch first", "non-fast-forward"]);
var COMPANION_REASONS = /* @__PURE__ */ new Set(["atomic push failed", "atomic push failure"]);
var TRANSACTION_REASONS = /* @__PURE__ */ new Set(["atomic transaction failed", "failed to update ref"]);
var RACE_IN_TRANSACTION = /File exists|reference already exists|but expected|reference is missing/;
function parsePorcelain(stdout) {
  const lines = [];
  for (const line of stdout.split("\n")) {
    const fields = line.split("	");
    if (fields.length < 3) continue;
    const [flag = "", fromTo = "", rest = ""] = fields;
    const colon = fromTo.indexOf(":");
    if (flag.length !== 1 || colon < 0) continue;
    const m = /^(.*?)(?: \((.*)\))?$/.exec(rest.trim());
    lines.push({
      flag,
      ref: fromTo.slice(colon + 1),
      summary: m?.[1] ?? rest,
      reason: m?.[2] ?? null
    });
  }
  return lines;
}
__name(parsePorcelain, "parsePorcelain");
function remoteLines(stderr) {
  return stderr.split("\n").filter((l) => l.startsWith("remote: ")).map((l) => l.slice("remote: ".length).trimEnd()).filter((l) => l !== "").slice(0, 20);
}
__name(remoteLines, "remoteLines");
function classifyPush(code, stdout, stderr, tagRef, refs) {
  const verdicts = parsePorcelain(stdout).filter((l) => refs.includes(l.ref));
  const fromRemote = remoteLines(stderr);
  const tag = verdicts.find((l) => l.ref === tagRef);
  if (code === 0 && verdicts.length === refs.length && verdicts.every((l) => l.flag !== "!")) {
    return tag?.flag === "=" ? { status: "up-to-date" } : { status: "pushed" };
  }
  const rejected = verdicts.filter((l) => l.flag === "!");
  if (rejected.length === 0) {
    return { status: "failed", detail: lastLines(stderr || stdout), remoteLines: fromRemote };
  }
  const causes = rejected.filter((l) => !COMPANION_REASONS.has(l.reason ?? ""));
  const detail = (causes.length ? causes : rejected).map((l) => `${l.ref}: ${l.summary}${l.reason ? ` (${l.reason})` : ""}`).join("; ");
  const race = causes.length > 0 && causes.every(
    (l) => l.summary === "[rejected]" && TAKEN_REASONS.has(l.reason ?? "") || l.summary === "[remote rejected]" && TRANSACTION_REASONS.has(l.reason ?? "") && RACE_IN_TRANSACTION.test(stderr)
  );
  return race ? { status: "taken", detail } : {
    status: "refused",
    detail,
    remoteLines: fromRemote,
    causes: causes.map((l) => l.ref),
    landed: verdicts.filter((l) => l.flag !== "!").map((l) => l.ref)
  };
}
__name(classifyPush, "classifyPush");
async function pushTag(git, remote, tag, counter, extra = []) {
  const ref2 = `refs/tags/${tag}`;
  const args = ["push", "--porcelain", "--atomic"];
  const refspecs = [`${ref2}:${ref2}`];
  const refs = [ref2];
  if (counter) {
    args.push(`--force-with-lease=${counter.counter.ref}:${counter.counter.object ?? ""}`);
    refspecs.push(`${counter.object}:${counter.counter.ref}`);
    refs.push(counter.counter.ref);
  }
  for (const e of extra) {
    args.push(`--force-with-lease=${e.ref}:`);
    refspecs.push(`${e.object}:${e.ref}`);
    refs.push(e.ref);
  }
  const r = await git.run([...args, remote, ...refspecs], { allowFailure: true });
  return classifyPush(r.code, r.stdout, r.stderr, ref2, refs);
}
__name(pushTag, "pushTag");
async function remoteRefs(git, remote, refs) {
  const r = await git.run(["ls-remote", remote, ...refs]);
  const found = /* @__PURE__ */ new Map();
  for (const line of r.stdout.split("\n")) {
    const [object, name] = line.split("	");
    if (object && name && refs.includes(name)) found.set(name, object);
  }
  return found;
}
__name(remoteRefs, "remoteRefs");
async function remoteTagObject(git, remote, tag) {
  const ref2 = `refs/tags/${tag}`;
  return (await remoteRefs(git, remote, [ref2])).get(ref2) ?? null;
}
__name(remoteTagObject, "remoteTagObject");
async function fetchModelTags(git, remote, model) {
  await git.run([
    "fetch",
    "--quiet",
    "--no-tags",
    "--no-write-fetch-head",
    remote,
    ...modelRefPatterns(model).map((p) => `${p}:${p}`),
    eventCounterRefspec(model)
  ]);
}
__name(fetchModelTags, "fetchModelTags");
async function readEventCounter(git, model) {
  const ref2 = eventCounterRef(model);
  const r = await git.run(["for-each-ref", "--format=%(objectname) %(tag)", ref2]);
  const [object, name = ""] = r.stdout.trim().split(" ");
  if (!object) return { ref: ref2, object: null, n: 0 };
  return { ref: ref2, object, n: parseTagName(name)?.n ?? 0 };
}
__name(readEventCounter, "readEventCounter");
async function syncEventCounter(git, model, remoteObject) {
  const ref2 = eventCounterRef(model);
  const local = (await readEventCounter(git, model)).object;
  if (local === remoteObject) return;
  if (remoteObject === null) await git.run(["update-ref", "-d", ref2]);
}
__name(syncEventCounter, "syncEventCounter");

// src/io/registry/backoff.ts
var BACKOFF_BASE_MS = 200;
var BACKOFF_CAP_MS = 8e3;
function backoffMs(attempt, random = Math.random) {
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempt - 1));
  return Math.floor(random() * ceiling);
}
__name(backoffMs, "backoffMs");
var sleep2 = /* @__PURE__ */ __name((ms) => new Promise((resolve11) => setTimeout(resolve11, ms)), "sleep");

// src/io/registry/index.ts
async function readRegistry(git, model) {
  return assembleRegistry(model, await readPreparedTags(git, model));
}
__name(readRegistry, "readRegistry");

// src/app/key-location.ts
var import_yaml3 = __toESM(require_dist(), 1);
import { readFile as readFile4 } from "node:fs/promises";
import { relative as relative2 } from "node:path";
async function keyLocation(app, path) {
  try {
    const counter = new import_yaml3.LineCounter();
    const doc = (0, import_yaml3.parseDocument)(await readFile4(app.manifestPath, "utf8"), { lineCounter: counter });
    const at2 = locate(doc, counter, path);
    const file = relative2(app.repoRoot ?? app.modelDir, app.manifestPath) || app.manifestPath;
    return `${file}:${at2.line}:${at2.column} ${path.join(".")}`;
  } catch {
    return path.join(".");
  }
}
__name(keyLocation, "keyLocation");
var metricsKeyLocation = /* @__PURE__ */ __name((app) => keyLocation(
  app,
  app.manifest.eval.metrics.length === 1 ? ["eval", "metrics"] : ["eval", "metrics"]
), "metricsKeyLocation");

// src/io/registry/history.ts
async function historyGap(git, model) {
  const [shallow, tags] = await Promise.all([
    git.run(["rev-parse", "--is-shallow-repository"], { allowFailure: true }),
    git.run(["for-each-ref", "--count=1", "--format=%(refname)", ...modelRefPatterns(model)], {
      allowFailure: true
    })
  ]);
  if (shallow.code === 0 && shallow.stdout.trim() === "true") return "the clone is shallow";
  if (tags.code === 0 && tags.stdout.trim() === "") return `no tag of ${model} is here`;
  return null;
}
__name(historyGap, "historyGap");
async function fetchModelHistory(git, model, options) {
  const remote = options.remote ?? "origin";
  const { info: info2 } = options;
  if (remote.startsWith("-")) throw new LeptonError("invalid", `${remote}: not a remote name`);
  const asked = [git.run(["rev-parse", "--is-shallow-repository"]), countTags(git, model)];
  for (const p of asked) p.catch(() => void 0);
  if ((await git.run(["remote", "get-url", remote], { allowFailure: true })).code !== 0) {
    info2(`no "${remote}" remote: working with the local tags and history only`);
    return false;
  }
  const shallowOut = (await asked[0]).stdout.trim();
  const before = await asked[1];
  const refspecs = [...modelRefPatterns(model).map((p) => `${p}:${p}`), eventCounterRefspec(model)];
  const base = options.baseBranch ?? null;
  if (base) {
    const ref2 = `refs/heads/${base}`;
    const ok = await git.run(["check-ref-format", ref2], { allowFailure: true });
    if (ok.code !== 0 || base.startsWith("-")) {
      throw new LeptonError(
        "invalid",
        `the base branch name ${JSON.stringify(base)} is not a valid branch name`
      );
    }
    refspecs.push(`+${ref2}:refs/remotes/${remote}/${base}`);
  }
  const shallow = shallowOut === "true";
  await fetch2(git, ["fetch", "--no-tags", "--quiet", remote, ...refspecs], remote);
  if (shallow) await fetch2(git, ["fetch", "--no-tags", "--quiet", "--unshallow", remote], remote);
  const [after2, commits] = await Promise.all([
    countTags(git, model),
    shallow ? git.out(["rev-list", "--count", "HEAD"]) : ""
  ]);
  info2(
    [
      `fetched from ${remote}: ${after2.versions} version tag(s) and ${after2.stages} stage tag(s) of ${model}`,
      `(${after2.versions - before.versions + after2.stages - before.stages} new)`,
      shallow ? `and the full history (the clone was shallow; HEAD now has ${commits} commits)` : "",
      base ? `and the base branch ${base}` : ""
    ].filter(Boolean).join(" ")
  );
  return true;
}
__name(fetchModelHistory, "fetchModelHistory");
async function fetch2(git, args, remote) {
  const r = await git.run(args, { allowFailure: true });
  if (r.code !== 0) {
    throw new LeptonError("git", `could not fetch from ${remote}: ${lastLines(r.stderr)}`);
  }
}
__name(fetch2, "fetch");
async function countTags(git, model) {
  const [versionRefs] = modelRefPatterns(model);
  const versionPrefix = versionRefs.slice(0, -1);
  const list2 = await git.out(["for-each-ref", "--format=%(refname)", ...modelRefPatterns(model)]);
  const names = list2 ? list2.split("\n") : [];
  const versions = names.filter((n) => n.startsWith(versionPrefix)).length;
  return { versions, stages: names.length - versions };
}
__name(countTags, "countTags");

// src/app/ensure-history.ts
async function ensureHistory(ctx, remote = "origin") {
  if (!ctx.repoRoot) return { state: "complete" };
  const gap = await historyGap(ctx.git, ctx.manifest.model);
  if (gap === null) return { state: "complete" };
  try {
    const fetched = await fetchModelHistory(ctx.git, ctx.manifest.model, {
      remote,
      info: /* @__PURE__ */ __name((m) => ctx.log.info(`${gap}: ${m}`), "info")
    });
    if (fetched) return { state: "fetched" };
    const why = `${gap} and there is no "${remote}" remote`;
    ctx.log.warn(`${why}: the baseline may be missing`);
    return { state: "missing", why };
  } catch (e) {
    if (e instanceof LeptonError && e.kind === "invalid") throw e;
    const detail = (e instanceof Error ? e.message : String(e)).replace(/\s*\n\s*/g, " ");
    const why = `${gap} and ${remote} could not be reached (${detail})`;
    ctx.log.warn(`${why}: the baseline may be missing`);
    return { state: "missing", why };
  }
}
__name(ensureHistory, "ensureHistory");

// src/app/noise.ts
import { readFile as readFile5 } from "node:fs/promises";
import { resolve as resolve2 } from "node:path";

// node_modules/pure-rand/lib/esm/generator/xoroshiro128plus.js
var jumps = [
  3639956645,
  3750757012,
  1261568508,
  386426335
];
var XoroShiro128Plus = class XoroShiro128Plus2 {
  static {
    __name(this, "XoroShiro128Plus");
  }
  constructor(s01, s00, s11, s10) {
    this.s01 = s01;
    this.s00 = s00;
    this.s11 = s11;
    this.s10 = s10;
  }
  clone() {
    return new XoroShiro128Plus2(this.s01, this.s00, this.s11, this.s10);
  }
  next() {
    const out = this.s00 + this.s10 | 0;
    const a0 = this.s10 ^ this.s00;
    const a1 = this.s11 ^ this.s01;
    const s00 = this.s00;
    const s01 = this.s01;
    this.s00 = s00 << 24 ^ s01 >>> 8 ^ a0 ^ a0 << 16;
    this.s01 = s01 << 24 ^ s00 >>> 8 ^ a1 ^ (a1 << 16 | a0 >>> 16);
    this.s10 = a1 << 5 ^ a0 >>> 27;
    this.s11 = a0 << 5 ^ a1 >>> 27;
    return out;
  }
  jump() {
    let ns01 = 0;
    let ns00 = 0;
    let ns11 = 0;
    let ns10 = 0;
    let s01 = this.s01;
    let s00 = this.s00;
    let s11 = this.s11;
    let s10 = this.s10;
    for (let i = 0; i !== 4; ++i) {
      const ji = jumps[i];
      for (let mask = 1; mask; mask <<= 1) {
        if (ji & mask) {
          ns01 ^= s01;
          ns00 ^= s00;
          ns11 ^= s11;
          ns10 ^= s10;
        }
        const a0 = s10 ^ s00;
        const a1 = s11 ^ s01;
        const s00_ = s00;
        const s01_ = s01;
        s00 = s00_ << 24 ^ s01_ >>> 8 ^ a0 ^ a0 << 16;
        s01 = s01_ << 24 ^ s00_ >>> 8 ^ a1 ^ (a1 << 16 | a0 >>> 16);
        s10 = a1 << 5 ^ a0 >>> 27;
        s11 = a0 << 5 ^ a1 >>> 27;
      }
    }
    this.s01 = ns01;
    this.s00 = ns00;
    this.s11 = ns11;
    this.s10 = ns10;
  }
  getState() {
    return [
      this.s01,
      this.s00,
      this.s11,
      this.s10
    ];
  }
};
function xoroshiro128plusFromState(state) {
  if (!(state.length === 4)) throw new Error("The state must have been produced by a xoroshiro128plus RandomGenerator");
  return new XoroShiro128Plus(state[0], state[1], state[2], state[3]);
}
__name(xoroshiro128plusFromState, "xoroshiro128plusFromState");

// node_modules/simple-statistics/dist/simple-statistics.mjs
function quantileSorted(x, p) {
  var idx = (x.length - 1) * p;
  if (x.length === 0) {
    throw new Error("quantile requires at least one data point.");
  } else if (p < 0 || p > 1) {
    throw new Error("quantiles must be between 0 and 1");
  } else if (p === 1) {
    return x[x.length - 1];
  } else if (p === 0) {
    return x[0];
  } else if (idx % 1 !== 0) {
    var lower = Math.floor(idx);
    var upper = Math.ceil(idx);
    var fraction = idx - lower;
    return x[lower] + fraction * (x[upper] - x[lower]);
  } else {
    return x[idx];
  }
}
__name(quantileSorted, "quantileSorted");
var BayesianClassifier = /* @__PURE__ */ __name(function BayesianClassifier2() {
  this.totalCount = 0;
  this.data = {};
}, "BayesianClassifier");
BayesianClassifier.prototype.train = /* @__PURE__ */ __name(function train(item, category) {
  if (!this.data[category]) {
    this.data[category] = {};
  }
  for (var k in item) {
    var v = item[k];
    if (this.data[category][k] === void 0) {
      this.data[category][k] = {};
    }
    if (this.data[category][k][v] === void 0) {
      this.data[category][k][v] = 0;
    }
    this.data[category][k][v]++;
  }
  this.totalCount++;
}, "train");
BayesianClassifier.prototype.score = /* @__PURE__ */ __name(function score(item) {
  var odds = {};
  var category;
  for (var k in item) {
    var v = item[k];
    for (category in this.data) {
      if (odds[category] === void 0) {
        odds[category] = {};
      }
      if (this.data[category][k]) {
        odds[category][k + "_" + v] = (this.data[category][k][v] || 0) / this.totalCount;
      } else {
        odds[category][k + "_" + v] = 0;
      }
    }
  }
  var oddsSums = {};
  for (category in odds) {
    oddsSums[category] = 0;
    for (var combination in odds[category]) {
      oddsSums[category] += odds[category][combination];
    }
  }
  return oddsSums;
}, "score");
var g = 607 / 128;
var LOGSQRT2PI = Math.log(Math.sqrt(2 * Math.PI));
var SQRT_2PI$1 = Math.sqrt(2 * Math.PI);
function cumulativeDistribution(z2) {
  var sum2 = z2;
  var tmp = z2;
  for (var i = 1; i < 30; i++) {
    tmp *= z2 * z2 / (2 * i + 1);
    sum2 += tmp;
  }
  return Math.round((0.5 + sum2 / SQRT_2PI$1 * Math.exp(-z2 * z2 / 2)) * 1e4) / 1e4;
}
__name(cumulativeDistribution, "cumulativeDistribution");
var standardNormalTable = [];
for (z = 0; z <= 3.09; z += 0.01) {
  standardNormalTable.push(cumulativeDistribution(z));
}
var z;
var SQRT_2PI = Math.sqrt(2 * Math.PI);
var PerceptronModel = /* @__PURE__ */ __name(function PerceptronModel2() {
  this.weights = [];
  this.bias = 0;
}, "PerceptronModel");
PerceptronModel.prototype.predict = /* @__PURE__ */ __name(function predict(features) {
  if (features.length !== this.weights.length) {
    return null;
  }
  var score2 = 0;
  for (var i = 0; i < this.weights.length; i++) {
    score2 += this.weights[i] * features[i];
  }
  score2 += this.bias;
  if (score2 > 0) {
    return 1;
  } else {
    return 0;
  }
}, "predict");
PerceptronModel.prototype.train = /* @__PURE__ */ __name(function train2(features, label) {
  if (label !== 0 && label !== 1) {
    return null;
  }
  if (features.length !== this.weights.length) {
    this.weights = features.slice();
    this.bias = 1;
  }
  var prediction = this.predict(features);
  if (typeof prediction === "number" && prediction !== label) {
    var gradient = label - prediction;
    for (var i = 0; i < this.weights.length; i++) {
      this.weights[i] += gradient * features[i];
    }
    this.bias += gradient;
  }
  return this;
}, "train");

// src/core/noise/bootstrap.ts
var DEFAULT_RESAMPLES = 2e3;
var DEFAULT_CONFIDENCE = 0.95;
function seedFrom(hex) {
  const clean = hex.replace(/^sha256:/, "").padEnd(32, "0");
  const words = [0, 8, 16, 24].map((i) => Number.parseInt(clean.slice(i, i + 8), 16) | 0);
  return words.every((w) => w === 0 || Number.isNaN(w)) ? [2654435769, 1, 2, 3] : words;
}
__name(seedFrom, "seedFrom");
function resampleCount(options) {
  const r = options.resamples ?? DEFAULT_RESAMPLES;
  if (!Number.isInteger(r) || r < 1e3)
    throw new RangeError(`resamples must be an integer \u2265 1000, got ${r}`);
  return r;
}
__name(resampleCount, "resampleCount");
function mean(values) {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i];
  return s / values.length;
}
__name(mean, "mean");
function resampledMean(values, rng) {
  const n = values.length;
  const scale = n / 4294967296;
  let s = 0;
  for (let i = 0; i < n; i++) s += values[(rng.next() >>> 0) * scale | 0];
  return s / n;
}
__name(resampledMean, "resampledMean");
function percentileInterval(value, n, options, statistic) {
  const resamples = resampleCount(options);
  const rng = xoroshiro128plusFromState(options.seed);
  const stats = new Float64Array(resamples);
  for (let b = 0; b < resamples; b++) stats[b] = statistic(rng);
  const sorted = Array.from(stats.sort());
  const c = options.confidence ?? DEFAULT_CONFIDENCE;
  return {
    value,
    n,
    ci: [quantileSorted(sorted, (1 - c) / 2), quantileSorted(sorted, (1 + c) / 2)]
  };
}
__name(percentileInterval, "percentileInterval");
function meanInterval(values, options) {
  if (values.length === 0) throw new RangeError("no values to resample");
  return percentileInterval(
    mean(values),
    values.length,
    options,
    (rng) => resampledMean(values, rng)
  );
}
__name(meanInterval, "meanInterval");
function pairedChange(current, baseline, options) {
  if (current.length !== baseline.length)
    throw new RangeError("paired values must have one baseline value per example");
  const diffs = new Float64Array(current.length);
  for (let i = 0; i < diffs.length; i++)
    diffs[i] = current[i] - baseline[i];
  return { ...meanInterval(diffs, options), pairing: "paired" };
}
__name(pairedChange, "pairedChange");
function unpairedChange(current, baseline, options) {
  if (current.length === 0 || baseline.length === 0) throw new RangeError("no values to resample");
  const value = mean(current) - mean(baseline);
  const change2 = percentileInterval(
    value,
    current.length,
    options,
    (rng) => resampledMean(current, rng) - resampledMean(baseline, rng)
  );
  return { ...change2, pairing: "unpaired" };
}
__name(unpairedChange, "unpairedChange");
function excludesZero(change2) {
  return change2.ci[0] > 0 || change2.ci[1] < 0;
}
__name(excludesZero, "excludesZero");

// src/core/noise/samples.ts
var ID = "id";
function fail(source, message2) {
  throw new LeptonError("eval", `samples file ${source}: ${message2}`, [
    'expected JSON Lines ({"id": "ex-1", "correct": 1, "f1": 0.8} per line) or CSV with a header row `id,correct,f1`'
  ]);
}
__name(fail, "fail");
function cell(source, where, column, raw) {
  if (typeof raw === "boolean") return raw ? 1 : 0;
  const v = typeof raw === "string" && raw.trim() !== "" ? Number(raw) : raw;
  if (typeof v !== "number" || !Number.isFinite(v)) {
    fail(
      source,
      `${where}: "${column}" is ${JSON.stringify(raw) ?? String(raw)}, not a finite number`
    );
  }
  return v;
}
__name(cell, "cell");
function build(source, header2, rows) {
  const idAt = header2.indexOf(ID);
  if (idAt < 0) fail(source, 'no "id" column');
  const metricCols = header2.map((name, i) => ({ name, i })).filter((c) => c.i !== idAt);
  if (metricCols.length === 0) fail(source, 'no metric column beside "id"');
  const seenNames = /* @__PURE__ */ new Set();
  for (const c of metricCols) {
    if (c.name === "" || seenNames.has(c.name))
      fail(source, `column name "${c.name}" is empty or repeated`);
    seenNames.add(c.name);
  }
  if (rows.length === 0) fail(source, "no examples");
  const columns = {};
  for (const c of metricCols) columns[c.name] = new Float64Array(rows.length);
  const ids = new Array(rows.length);
  const seenIds = /* @__PURE__ */ new Set();
  rows.forEach((row, r) => {
    const where = `row ${r + 1}`;
    const id = row[idAt];
    if (typeof id !== "string" && typeof id !== "number" || String(id) === "")
      fail(source, `${where}: "id" is missing`);
    const key = String(id);
    if (seenIds.has(key)) fail(source, `${where}: id "${key}" appears twice`);
    seenIds.add(key);
    ids[r] = key;
    for (const c of metricCols)
      columns[c.name][r] = cell(source, where, c.name, row[c.i]);
  });
  return { ids, columns };
}
__name(build, "build");
function fromJsonLines(source, text) {
  const objects = [];
  text.split("\n").forEach((line, i) => {
    if (line.trim() === "") return;
    let value;
    try {
      value = JSON.parse(line);
    } catch {
      fail(source, `line ${i + 1} is not JSON`);
    }
    if (value === null || typeof value !== "object" || Array.isArray(value))
      fail(source, `line ${i + 1} is not a JSON object`);
    objects.push(value);
  });
  const first = objects[0];
  if (!first) fail(source, "no examples");
  const header2 = Object.keys(first);
  const rows = objects.map((o, i) => {
    const keys = Object.keys(o);
    if (keys.length !== header2.length || keys.some((k) => !header2.includes(k)))
      fail(source, `row ${i + 1} has keys ${keys.join(", ")}, the first row ${header2.join(", ")}`);
    return header2.map((k) => o[k]);
  });
  return build(source, header2, rows);
}
__name(fromJsonLines, "fromJsonLines");
function fromCsv(source, text) {
  let rows;
  try {
    rows = parse(text, { bom: true, trim: true, skip_empty_lines: true });
  } catch (e) {
    fail(source, `not valid CSV: ${(e instanceof Error ? e.message : String(e)).split("\n")[0]}`);
  }
  const [header2, ...body] = rows;
  if (!header2) fail(source, "no header row");
  return build(source, header2, body);
}
__name(fromCsv, "fromCsv");
function parseSamples(source, text) {
  const jsonl = /\.(jsonl|ndjson)$/i.test(source) || text.trimStart().startsWith("{");
  return jsonl ? fromJsonLines(source, text) : fromCsv(source, text);
}
__name(parseSamples, "parseSamples");
function pairById(current, baseline, metric) {
  const a = current.columns[metric];
  const b = baseline.columns[metric];
  if (!a || !b || current.ids.length !== baseline.ids.length) return null;
  const at2 = /* @__PURE__ */ new Map();
  baseline.ids.forEach((id, i) => at2.set(id, i));
  const aligned = new Float64Array(a.length);
  for (let i = 0; i < current.ids.length; i++) {
    const j = at2.get(current.ids[i]);
    if (j === void 0) return null;
    aligned[i] = b[j];
  }
  return { current: a, baseline: aligned };
}
__name(pairById, "pairById");

// src/core/noise/run.ts
function sampleMeans(samples) {
  const out = /* @__PURE__ */ Object.create(null);
  for (const [name, v] of Object.entries(samples.columns)) {
    let s = 0;
    for (let i = 0; i < v.length; i++) s += v[i];
    out[name] = s / v.length;
  }
  return out;
}
__name(sampleMeans, "sampleMeans");
function writtenPrecision(value) {
  const text = String(value);
  if (/e/i.test(text)) return Math.abs(value) * 1e-9;
  const places = text.split(".")[1]?.length ?? 0;
  return 0.5 * 10 ** -places;
}
__name(writtenPrecision, "writtenPrecision");
function withSampleMeans(metrics2, samples, source) {
  const out = Object.assign(
    /* @__PURE__ */ Object.create(null),
    metrics2
  );
  const problems = [];
  for (const [name, mean2] of Object.entries(sampleMeans(samples))) {
    if (!Object.prototype.hasOwnProperty.call(metrics2, name)) {
      out[name] = mean2;
      continue;
    }
    const v = metrics2[name];
    const slack2 = writtenPrecision(v) + 1e-12 * Math.max(1, Math.abs(v));
    if (!(Math.abs(mean2 - v) <= slack2)) {
      problems.push(
        `${name}: ${v} in the metrics file, but the mean of its samples column is ${mean2} (n = ${samples.ids.length})`
      );
    }
  }
  if (problems.length) {
    throw new LeptonError(
      "eval",
      `${source}: ${problems.length} samples column(s) disagree with the metric of the same name`,
      [
        ...problems,
        "a samples column is the per-example values whose mean is the metric; rename the column, or write the metric as that mean"
      ]
    );
  }
  return out;
}
__name(withSampleMeans, "withSampleMeans");
function intervalsOf(samples, fingerprint) {
  const seed = seedFrom(fingerprint);
  const out = /* @__PURE__ */ Object.create(null);
  for (const [name, v] of Object.entries(samples.columns)) out[name] = meanInterval(v, { seed });
  return out;
}
__name(intervalsOf, "intervalsOf");
function changesOf(current, baseline, fingerprint, baselineLabel, only) {
  const seed = seedFrom(fingerprint);
  const changes = /* @__PURE__ */ Object.create(null);
  const unpaired = [];
  for (const name of Object.keys(current.columns).sort()) {
    const a = current.columns[name];
    const b = baseline.columns[name];
    if (!b || only && !only.has(name)) continue;
    const pair = pairById(current, baseline, name);
    if (pair) changes[name] = pairedChange(pair.current, pair.baseline, { seed });
    else {
      changes[name] = unpairedChange(a, b, { seed });
      unpaired.push(name);
    }
  }
  const notes = unpaired.length ? [
    `${unpaired.join(", ")}: unpaired intervals \u2014 the examples' ids differ from ${baselineLabel}'s (${current.ids.length} here, ${baseline.ids.length} there), so the change could not be matched example by example`
  ] : [];
  return { changes, notes };
}
__name(changesOf, "changesOf");

// src/core/noise/verdict.ts
var MINUS = "\u2212";
function unitsOf(values) {
  const proportion = values.every((v) => v === null || v >= 0 && v <= 1);
  return proportion ? { scale: 100, unit: " pt" } : { scale: 1, unit: "" };
}
__name(unitsOf, "unitsOf");
function signed(x, digits) {
  const text = Math.abs(x).toPrecision(digits).replace(/(\.\d*?)0+$/, "$1").replace(/\.$/, "");
  return x < 0 ? `${MINUS}${text}` : `+${text}`;
}
__name(signed, "signed");
function describeChange(change2, check2) {
  const { scale, unit } = unitsOf([check2.actual, check2.baseline]);
  const [lo, hi] = change2.ci;
  return `${signed(change2.value * scale, 2)}${unit}, 95% CI ${signed(lo * scale, 2)} \u2026 ${signed(hi * scale, 2)} (${change2.pairing}, n = ${change2.n})`;
}
__name(describeChange, "describeChange");
function applyNoise(gate, changes, noisy) {
  const checks2 = gate.checks.map((c) => {
    const change2 = Object.prototype.hasOwnProperty.call(changes, c.metric) ? changes[c.metric] : void 0;
    if (!change2) return c;
    const relative12 = c.rule === "max_drop" || c.rule === "max_rise";
    if (relative12 && !c.passed && c.level === "error" && noisy.has(c.metric) && !excludesZero(change2)) {
      return {
        ...c,
        change: change2,
        level: "warn",
        reason: `within noise: ${describeChange(change2, c)}; ${c.reason ?? "broke its bound"}`
      };
    }
    return { ...c, change: change2 };
  });
  return { checks: checks2, passed: checks2.every((c) => c.passed || c.level !== "error") };
}
__name(applyNoise, "applyNoise");

// src/core/noise/codec.ts
var MAGIC2 = "lepton-samples/1\n";
var isSmallInts = /* @__PURE__ */ __name((v) => v.every((x) => Number.isInteger(x) && x >= 0 && x <= 255), "isSmallInts");
function decimalPlaces(values) {
  for (let k = 0; k <= 9; k++) {
    const scale = 10 ** k;
    if (values.every((v) => Math.abs(v * scale) < 2 ** 31 && Math.round(v * scale) / scale === v))
      return k;
  }
  return null;
}
__name(decimalPlaces, "decimalPlaces");
function shuffled(words) {
  const bytes = new Uint8Array(words.buffer);
  const out = new Uint8Array(bytes.length);
  const n = words.length;
  for (let i = 0; i < n; i++)
    for (let p = 0; p < 4; p++) out[p * n + i] = bytes[i * 4 + p];
  return out;
}
__name(shuffled, "shuffled");
function unshuffled(planes, n) {
  const bytes = new Uint8Array(n * 4);
  for (let i = 0; i < n; i++)
    for (let p = 0; p < 4; p++) bytes[i * 4 + p] = planes[p * n + i];
  return bytes.buffer;
}
__name(unshuffled, "unshuffled");
function encodeColumn(name, v) {
  if (isSmallInts(v)) return { name, type: "u8", bytes: Uint8Array.from(v) };
  const places = decimalPlaces(v);
  if (places !== null) {
    const scale = 10 ** places;
    const ints = Int32Array.from(v, (x) => Math.round(x * scale));
    return { name, type: "dec", places, bytes: shuffled(ints) };
  }
  return { name, type: "f32", bytes: shuffled(new Float32Array(v)) };
}
__name(encodeColumn, "encodeColumn");
function encodeSamples(samples) {
  const enc = new TextEncoder();
  const ids = enc.encode(JSON.stringify(samples.ids));
  const names = Object.keys(samples.columns).sort();
  const blocks = names.map((name) => encodeColumn(name, samples.columns[name]));
  const header2 = {
    n: samples.ids.length,
    idBytes: ids.length,
    columns: blocks.map(({ name, type, ...rest }) => ({
      name,
      type,
      ..."places" in rest && { places: rest.places }
    }))
  };
  const head = enc.encode(`${MAGIC2}${JSON.stringify(header2)}
`);
  const parts = [head, ids, ...blocks.map((b) => b.bytes)];
  const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
  let at2 = 0;
  for (const p of parts) {
    out.set(p, at2);
    at2 += p.length;
  }
  return out;
}
__name(encodeSamples, "encodeSamples");
function decodeSamples(bytes, source) {
  const bad = /* @__PURE__ */ __name((why) => {
    throw new LeptonError("git", `${source} is not a Lepton samples blob: ${why}`);
  }, "bad");
  const dec = new TextDecoder();
  const magic = dec.decode(bytes.subarray(0, MAGIC2.length));
  if (magic !== MAGIC2) bad("wrong format line");
  const nl2 = bytes.indexOf(10, MAGIC2.length);
  if (nl2 < 0) bad("no header");
  let header2;
  try {
    header2 = JSON.parse(dec.decode(bytes.subarray(MAGIC2.length, nl2)));
  } catch {
    return bad("header is not JSON");
  }
  const { n, idBytes, columns } = header2;
  if (!Number.isInteger(n) || n < 0 || !Number.isInteger(idBytes) || !Array.isArray(columns))
    bad("header fields");
  let at2 = nl2 + 1;
  let ids;
  try {
    ids = JSON.parse(dec.decode(bytes.subarray(at2, at2 + idBytes)));
  } catch {
    bad("ids are not JSON");
  }
  if (!Array.isArray(ids) || ids.length !== n || !ids.every((i) => typeof i === "string"))
    bad("id count");
  at2 += idBytes;
  const out = {};
  for (const c of columns) {
    const size = c.type === "u8" ? n : n * 4;
    if (at2 + size > bytes.length) bad(`column ${c.name} is cut short`);
    const block = bytes.slice(at2, at2 + size);
    if (c.type === "u8") out[c.name] = Float64Array.from(block);
    else if (c.type === "f32")
      out[c.name] = new Float64Array(new Float32Array(unshuffled(block, n)));
    else {
      const scale = 10 ** (c.places ?? 0);
      out[c.name] = Float64Array.from(new Int32Array(unshuffled(block, n)), (x) => x / scale);
    }
    at2 += size;
  }
  if (at2 !== bytes.length) bad("trailing bytes");
  return { ids, columns: out };
}
__name(decodeSamples, "decodeSamples");

// src/io/noise/store.ts
var samplesRef = /* @__PURE__ */ __name((model, version) => `refs/lepton/samples/${model}/${version}`, "samplesRef");
async function writeSamplesBlob(git, samples) {
  const r = await git.run(["hash-object", "-w", "--stdin"], { input: encodeSamples(samples) });
  return r.stdout.trim();
}
__name(writeSamplesBlob, "writeSamplesBlob");
async function writeSamplesRef(git, model, version, blob) {
  const r = await git.run(["update-ref", samplesRef(model, version), blob, ""], {
    allowFailure: true
  });
  return r.code === 0;
}
__name(writeSamplesRef, "writeSamplesRef");
async function readSamplesBlob(git, blob, fetchFrom) {
  const read = /* @__PURE__ */ __name(async () => {
    const r = await git.run(["cat-file", "blob", blob], { allowFailure: true, encoding: "latin1" });
    return r.code === 0 ? decodeSamples(Buffer.from(r.stdout, "latin1"), `samples blob ${blob}`) : null;
  }, "read");
  const here = await read();
  if (here || !fetchFrom) return here;
  const f = await git.run(
    ["fetch", "--no-tags", "--quiet", fetchFrom.remote, `${fetchFrom.ref}:${fetchFrom.ref}`],
    {
      allowFailure: true
    }
  );
  return f.code === 0 ? read() : null;
}
__name(readSamplesBlob, "readSamplesBlob");

// src/io/git-files.ts
async function trackableFiles(git, pathspec) {
  const r = await git.run([
    "ls-files",
    "-z",
    "--cached",
    "--others",
    "--exclude-standard",
    "--",
    pathspec
  ]);
  return [...new Set(r.stdout.split("\0").filter(Boolean))];
}
__name(trackableFiles, "trackableFiles");
async function hasBlob(git, id) {
  const r = await git.run(["cat-file", "-e", `${id}^{blob}`], { allowFailure: true });
  return r.code === 0;
}
__name(hasBlob, "hasBlob");

// src/app/noise.ts
var samplesPaths = /* @__PURE__ */ __name((spec) => spec.samples ? [spec.samples] : [], "samplesPaths");
async function readRunSamples(ctx, before, startedAtMs) {
  const path = ctx.manifest.eval.samples;
  if (!path) return null;
  const problem = await staleness(ctx.modelDir, path, before, startedAtMs);
  if (problem) {
    throw new LeptonError(
      "eval",
      "the samples file was not written by this eval (never reading stale examples)",
      [problem]
    );
  }
  return parseSamples(path, await readFile5(resolve2(ctx.modelDir, path), "utf8"));
}
__name(readRunSamples, "readRunSamples");
function mergeSampleMeans(ctx, metrics2, samples) {
  return samples ? withSampleMeans(metrics2, samples, ctx.manifest.eval.samples ?? "samples") : metrics2;
}
__name(mergeSampleMeans, "mergeSampleMeans");
async function noiseOf(ctx, input) {
  if (!ctx.manifest.eval.samples) return null;
  if (!input.samples) {
    const r = input.reusedRecord;
    return {
      intervals: r?.intervals ?? {},
      changes: {},
      samples: r?.samples ?? null,
      notes: r?.intervals ? [] : ["no confidence intervals: the reused metrics came without samples"]
    };
  }
  const intervals = intervalsOf(input.samples, input.fingerprint);
  const samples = ctx.repoRoot ? { blob: await writeSamplesBlob(ctx.git, input.samples), n: input.samples.ids.length } : null;
  const notes = [];
  let changes = {};
  const { baseline, baselineRecord } = input;
  if (baseline && baselineRecord) {
    const label = `v${baseline.version}`;
    const stored = baselineRecord.samples;
    const theirs = stored && ctx.repoRoot ? await readSamplesBlob(ctx.git, stored.blob, {
      remote: input.remote ?? "origin",
      ref: samplesRef(ctx.manifest.model, baseline.version)
    }) : null;
    if (theirs) {
      const c = changesOf(input.samples, theirs, input.fingerprint, label);
      changes = c.changes;
      notes.push(...c.notes);
    } else {
      notes.push(
        stored ? `no change intervals: the samples of ${label} (${stored.blob.slice(0, 12)}) are neither here nor on the remote; relative checks use the point estimates` : `no change intervals: ${label} recorded no per-example samples; relative checks use the point estimates`
      );
    }
  }
  return { intervals, changes, samples, notes };
}
__name(noiseOf, "noiseOf");
function gateWithNoise(ctx, gate, noise, hasBaseline) {
  if (!noise) return { gate, notes: [] };
  const noisy = new Set(ctx.manifest.eval.thresholds.filter((t) => t.noise).map((t) => t.metric));
  const notes = [...noise.notes];
  if (hasBaseline && Object.keys(noise.changes).length > 0) {
    for (const m of noisy) {
      if (!noise.changes[m])
        notes.push(
          `${m}: noise: warn, but the samples of both runs have no column ${m}; judged on the point estimate`
        );
    }
  }
  return { gate: applyNoise(gate, noise.changes, noisy), notes };
}
__name(gateWithNoise, "gateWithNoise");
function noiseRecordFields(noise) {
  if (!noise) return {};
  return {
    ...Object.keys(noise.intervals).length > 0 && { intervals: noise.intervals },
    ...noise.samples && { samples: noise.samples }
  };
}
__name(noiseRecordFields, "noiseRecordFields");
async function samplesPush(ctx, record3) {
  const blob = record3?.samples?.blob;
  if (!record3 || !blob || !await hasBlob(ctx.git, blob)) return [];
  return [{ ref: samplesRef(record3.model, record3.version), object: blob }];
}
__name(samplesPush, "samplesPush");
async function keepSamplesRef(ctx, record3) {
  const blob = record3?.samples?.blob;
  if (!record3 || !blob || !await hasBlob(ctx.git, blob)) return;
  await writeSamplesRef(ctx.git, record3.model, record3.version, blob);
}
__name(keepSamplesRef, "keepSamplesRef");

// src/app/verify.ts
import { join as join5, relative as relative3, sep as sep3 } from "node:path";

// src/io/registry/verify.ts
import { createHash as createHash4 } from "node:crypto";
import { readFileSync as readFileSync3 } from "node:fs";
import { posix as posix2 } from "node:path";

// src/core/fingerprint/dvc.ts
var import_yaml4 = __toESM(require_dist(), 1);
var MD5 = /^[0-9a-f]{32}(\.dir)?$/;
function isDvcFile(path) {
  return path.endsWith(".dvc") && !path.endsWith("/.dvc") && path !== ".dvc";
}
__name(isDvcFile, "isDvcFile");
function parseDvcFile(text) {
  let doc;
  try {
    doc = (0, import_yaml4.parse)(text);
  } catch (e) {
    return { ok: false, reason: `not valid YAML (${e.message.split("\n")[0]})` };
  }
  if (!isRecord(doc) || !Array.isArray(doc.outs) || doc.outs.length === 0) {
    return { ok: false, reason: "expected an `outs:` list" };
  }
  const outs = [];
  for (const [i, raw] of doc.outs.entries()) {
    if (!isRecord(raw)) return { ok: false, reason: `outs[${i}] is not a mapping` };
    const { path, md5, size, nfiles, hash: hash2 } = raw;
    if (typeof path !== "string" || path === "") {
      return { ok: false, reason: `outs[${i}] has no path` };
    }
    if (typeof md5 !== "string" || !MD5.test(md5)) {
      return {
        ok: false,
        reason: `output "${path}" records no md5 (run \`dvc commit\` so it records its data)`
      };
    }
    if (size !== void 0 && !isCount(size)) {
      return { ok: false, reason: `output "${path}" has a size that is not a whole number` };
    }
    if (nfiles !== void 0 && !isCount(nfiles)) {
      return { ok: false, reason: `output "${path}" has an nfiles that is not a whole number` };
    }
    if (hash2 !== void 0 && typeof hash2 !== "string") {
      return { ok: false, reason: `output "${path}" has a hash marker that is not a string` };
    }
    outs.push({
      path,
      hashName: hash2 ?? null,
      md5,
      size: size ?? null,
      nfiles: nfiles ?? null
    });
  }
  return { ok: true, outs };
}
__name(parseDvcFile, "parseDvcFile");
function isRecord(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
__name(isRecord, "isRecord");
function isCount(v) {
  return typeof v === "number" && Number.isSafeInteger(v) && v >= 0;
}
__name(isCount, "isCount");

// src/core/fingerprint/encoding.ts
import { createHash as createHash3 } from "node:crypto";

// src/core/fingerprint/names.ts
function hasSurrogate(s) {
  return SURROGATE.test(s);
}
__name(hasSurrogate, "hasSurrogate");
var SURROGATE = /[\uD800-\uDFFF]/;
var LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
function hasEscapedBytes(name) {
  return hasSurrogate(name) && LONE_SURROGATE.test(name);
}
__name(hasEscapedBytes, "hasEscapedBytes");
function decodeName(bytes) {
  let out = "";
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i];
    if (b < 128) {
      out += String.fromCharCode(b);
      i += 1;
      continue;
    }
    const len = sequenceLength(bytes, i);
    if (len === 0) {
      out += String.fromCharCode(56320 + b);
      i += 1;
      continue;
    }
    out += Buffer.from(bytes.subarray(i, i + len)).toString("utf8");
    i += len;
  }
  return out;
}
__name(decodeName, "decodeName");
function sequenceLength(b, i) {
  const b0 = b[i];
  const cont = /* @__PURE__ */ __name((k, lo = 128, hi = 191) => {
    const x = b[i + k];
    return x !== void 0 && x >= lo && x <= hi;
  }, "cont");
  if (b0 >= 194 && b0 <= 223) return cont(1) ? 2 : 0;
  if (b0 === 224) return cont(1, 160) && cont(2) ? 3 : 0;
  if (b0 >= 225 && b0 <= 236 || b0 === 238 || b0 === 239) return cont(1) && cont(2) ? 3 : 0;
  if (b0 === 237) return cont(1, 128, 159) && cont(2) ? 3 : 0;
  if (b0 === 240) return cont(1, 144) && cont(2) && cont(3) ? 4 : 0;
  if (b0 >= 241 && b0 <= 243) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (b0 === 244) return cont(1, 128, 143) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}
__name(sequenceLength, "sequenceLength");
function nameBytes(name) {
  if (!hasSurrogate(name)) return Buffer.from(name, "utf8");
  const out = [];
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c >= 55296 && c <= 56319) {
      const d = name.charCodeAt(i + 1);
      if (d >= 56320 && d <= 57343) {
        const cp = 65536 + (c - 55296 << 10) + (d - 56320);
        out.push(240 | cp >> 18, 128 | cp >> 12 & 63, 128 | cp >> 6 & 63);
        out.push(128 | cp & 63);
        i += 1;
        continue;
      }
    }
    if (c >= 56448 && c <= 56575) {
      out.push(c - 56320);
    } else if (c < 128) {
      out.push(c);
    } else if (c < 2048) {
      out.push(192 | c >> 6, 128 | c & 63);
    } else {
      out.push(224 | c >> 12, 128 | c >> 6 & 63, 128 | c & 63);
    }
  }
  return Buffer.from(out);
}
__name(nameBytes, "nameBytes");
function decodeNulSeparated(bytes) {
  const text = bytes.toString("utf8");
  if (!text.includes("\uFFFD")) return text;
  const parts = [];
  let start = 0;
  for (; ; ) {
    const end = bytes.indexOf(0, start);
    const record3 = bytes.subarray(start, end < 0 ? bytes.length : end);
    parts.push(decodeName(record3));
    if (end < 0) break;
    start = end + 1;
  }
  return parts.join("\0");
}
__name(decodeNulSeparated, "decodeNulSeparated");
function fsPath(path) {
  return hasEscapedBytes(path) ? nameBytes(path) : path;
}
__name(fsPath, "fsPath");

// src/core/fingerprint/encoding.ts
var PART_ENCODING = "lepton-part/1";
var MODEL_ENCODING = "lepton-model/1";
function compareUtf8(a, b) {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) {
      if (!isSurrogate(x) && !isSurrogate(y)) return x - y;
      const from = i > 0 && isHigh(a.charCodeAt(i - 1)) ? i - 1 : i;
      return Buffer.compare(nameBytes(a.slice(from)), nameBytes(b.slice(from)));
    }
  }
  return a.length - b.length;
}
__name(compareUtf8, "compareUtf8");
var isHigh = /* @__PURE__ */ __name((c) => c >= 55296 && c <= 56319, "isHigh");
var isSurrogate = /* @__PURE__ */ __name((c) => c >= 55296 && c <= 57343, "isSurrogate");
function recordLine(entry) {
  const r = entry.record;
  if (r.kind === "file") return `["file",${JSON.stringify(entry.path)},${r.size},"${r.sha256}"]`;
  const outs = [...r.outs].sort((a, b) => compareUtf8(a.path, b.path)).map((o) => [o.path, o.hashName, o.md5, o.size, o.nfiles]);
  return JSON.stringify(["dvc", entry.path, outs]);
}
__name(recordLine, "recordLine");
function partHash(entries) {
  const sorted = isSorted(entries) ? entries : [...entries].sort((a, b) => compareUtf8(a.path, b.path));
  const h = createHash3("sha256").update(PART_ENCODING + "\n");
  let chunk = "";
  for (const e of sorted) {
    chunk += recordLine(e) + "\n";
    if (chunk.length > 1 << 16) {
      h.update(chunk);
      chunk = "";
    }
  }
  return "sha256:" + h.update(chunk).digest("hex");
}
__name(partHash, "partHash");
function isSorted(entries) {
  for (let i = 1; i < entries.length; i++) {
    if (compareUtf8(entries[i - 1].path, entries[i].path) > 0)
      return false;
  }
  return true;
}
__name(isSorted, "isSorted");
function modelFingerprint(components, data) {
  const lines = [
    ...[...components].sort((a, b) => compareUtf8(a.name, b.name)).map((p) => ["component", p.name, p.hash]),
    ...[...data].sort((a, b) => compareUtf8(a.name, b.name)).map((p) => ["data", p.name, p.hash])
  ];
  const h = createHash3("sha256").update(MODEL_ENCODING + "\n");
  for (const l of lines) h.update(JSON.stringify(l) + "\n");
  return "sha256:" + h.digest("hex");
}
__name(modelFingerprint, "modelFingerprint");

// src/core/fingerprint/lfs.ts
var LFS_POINTER_MAX_SIZE = 1024;
var VERSIONS = /* @__PURE__ */ new Set([
  "https://git-lfs.github.com/spec/v1",
  // Pointers written by pre-1.0 clients: git-lfs still reads them as v1.
  "https://hawser.github.com/spec/v1",
  "http://git-media.io/v/2"
]);
var LINE = /^([a-z0-9.-]+) ([^\n]*)$/;
var OID = /^sha256:([0-9a-f]{64})$/;
var SIZE = /^(0|[1-9][0-9]{0,15})$/;
var EXTENSION = /^ext-[0-9]+-[a-z0-9]+$/;
function mayBeLfsPointer(size, head) {
  return size > 0 && size < LFS_POINTER_MAX_SIZE && head.startsWith("version ");
}
__name(mayBeLfsPointer, "mayBeLfsPointer");
function parseLfsPointer(text) {
  if (text.length >= LFS_POINTER_MAX_SIZE || !text.endsWith("\n")) return null;
  const lines = text.slice(0, -1).split("\n");
  let oid;
  let size;
  for (const [i, line] of lines.entries()) {
    const m = LINE.exec(line);
    if (!m) return null;
    const [, key, value] = m;
    if (i === 0) {
      if (key !== "version" || !VERSIONS.has(value)) return null;
    } else if (key === "oid") {
      const o = OID.exec(value);
      if (!o || oid !== void 0) return null;
      oid = o[1];
    } else if (key === "size") {
      if (!SIZE.test(value) || size !== void 0) return null;
      size = Number(value);
    } else if (!EXTENSION.test(key)) {
      return null;
    }
  }
  return oid !== void 0 && size !== void 0 && Number.isSafeInteger(size) ? { oid, size } : null;
}
__name(parseLfsPointer, "parseLfsPointer");

// src/io/files/select.ts
var import_picomatch = __toESM(require_picomatch2(), 1);
import { posix } from "node:path";

// src/io/files/list.ts
import { readdirSync as readdirSync2 } from "node:fs";
import { sep as sep2 } from "node:path";
async function gitZ(git, args, allowFailure = false) {
  const chunks = [];
  const r = await git.run(args, { onStdout: /* @__PURE__ */ __name((b) => chunks.push(b), "onStdout"), allowFailure });
  return { code: r.code, text: decodeNulSeparated(Buffer.concat(chunks)) };
}
__name(gitZ, "gitZ");
async function listGitIndex(git) {
  return (await gitZ(git, ["ls-files", "-v", "-s", "-c", "-o", "--exclude-standard", "-z"])).text;
}
__name(listGitIndex, "listGitIndex");
function parseLsFiles(out) {
  const untracked = [];
  const tracked = [];
  const blobs = /* @__PURE__ */ new Map();
  let previous;
  for (let i = 0; i < out.length; ) {
    let end = out.indexOf("\0", i);
    if (end < 0) end = out.length;
    if (out.startsWith("? ", i)) {
      const name = out.slice(i + 2, end);
      if (name !== "" && !name.endsWith("/")) untracked.push(name);
    } else {
      const tab = out.indexOf("	", i);
      if (tab > i && tab < end) {
        const name = out.slice(tab + 1, end);
        if (name === previous) {
          blobs.delete(name);
        } else {
          previous = name;
          tracked.push(name);
          if (out.charCodeAt(i) === 72 && // 'H'
          out.startsWith(" 0", tab - 2) && (out.startsWith(" 100644 ", i + 1) || out.startsWith(" 100755 ", i + 1)) && !hasEscapedBytes(name)) {
            blobs.set(name, out.slice(i + 9, tab - 2));
          }
        }
      }
    }
    i = end + 1;
  }
  return { files: mergeSorted(untracked, tracked), blobs };
}
__name(parseLsFiles, "parseLsFiles");
async function listModifiedFiles(git) {
  const r = await gitZ(
    git,
    [
      "-c",
      "core.checkStat=default",
      "-c",
      "core.trustctime=true",
      "-c",
      "core.fsmonitor=false",
      "diff-files",
      "--relative",
      "--name-only",
      "-z"
    ],
    true
  );
  return r.code === 0 ? new Set(r.text.split("\0")) : null;
}
__name(listModifiedFiles, "listModifiedFiles");
async function listIgnoredFiles(git) {
  const r = await gitZ(git, ["ls-files", "-o", "-i", "--exclude-standard", "-z"], true);
  return r.code === 0 ? r.text.split("\0").filter((n) => n !== "" && !n.endsWith("/")) : [];
}
__name(listIgnoredFiles, "listIgnoredFiles");
function mergeSorted(a, b) {
  if (a.length === 0 && isStrictlySorted(b)) return b;
  const out = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    out.push(
      compareUtf8(a[i], b[j]) <= 0 ? a[i++] : b[j++]
    );
  }
  while (i < a.length) out.push(a[i++]);
  while (j < b.length) out.push(b[j++]);
  return isStrictlySorted(out) ? out : [...new Set(out)].sort(compareUtf8);
}
__name(mergeSorted, "mergeSorted");
function isStrictlySorted(names) {
  for (let i = 1; i < names.length; i++) {
    if (compareUtf8(names[i - 1], names[i]) >= 0) return false;
  }
  return true;
}
__name(isStrictlySorted, "isStrictlySorted");
function walkFiles(root) {
  const files = [];
  const visit = /* @__PURE__ */ __name((dir, prefix) => {
    let entries;
    try {
      entries = readdirSync2(dir, { withFileTypes: true, encoding: "buffer" });
    } catch (e) {
      throw new LeptonError(
        "invalid",
        `cannot list ${prefix || "."}: ${e.code ?? e.message}`
      );
    }
    for (const e of entries) {
      const rel = prefix + decodeName(e.name);
      if (e.isDirectory()) visit(Buffer.concat([dir, SLASH, e.name]), rel + "/");
      else files.push(rel);
    }
  }, "visit");
  visit(Buffer.from(root), "");
  return files;
}
__name(walkFiles, "walkFiles");
var SLASH = Buffer.from(sep2);

// src/io/files/select.ts
var EVAL_PART = "eval";
function partsOf(manifest2) {
  return [
    ...manifest2.components.map((part2) => ({ kind: "component", part: part2 })),
    ...manifest2.data.map((part2) => ({ kind: "data", part: part2 }))
  ];
}
__name(partsOf, "partsOf");
function selectionParts(manifest2) {
  const parts = partsOf(manifest2).map(({ kind, part: part2 }) => ({
    kind,
    name: part2.name,
    paths: part2.paths
  }));
  const evalPart = evalFilesPart(manifest2);
  if (evalPart) parts.push(evalPart);
  return parts;
}
__name(selectionParts, "selectionParts");
function evalFilesPart(manifest2) {
  const spec = manifest2.eval;
  const metrics2 = new Set(spec.metrics.map(normalizePath));
  const optional2 = [];
  for (const word of commandWords(spec.command)) {
    const p = normalizePath(posix.join(spec.workdir, word));
    if (p === "" || p === "." || /^(\.\.\/)*\.\.$/.test(p) || metrics2.has(p)) continue;
    if (!optional2.includes(p)) optional2.push(p);
  }
  const paths = spec.paths ?? [];
  if (paths.length === 0 && optional2.length === 0) return null;
  return { kind: "eval", name: EVAL_PART, paths, optional: optional2 };
}
__name(evalFilesPart, "evalFilesPart");
function normalizePath(pattern) {
  const p = pattern.replace(/\\/g, "/");
  const n = p.includes("/.") || p.startsWith(".") ? posix.normalize(p) : p;
  return n.replace(/^(\.\/)+/, "").replace(/\/+$/, "");
}
__name(normalizePath, "normalizePath");
function isExclusion(pattern) {
  return pattern.startsWith("!");
}
__name(isExclusion, "isExclusion");
function positivePart(pattern) {
  return pattern.startsWith("!") || pattern.startsWith("\\!") ? pattern.slice(1) : pattern;
}
__name(positivePart, "positivePart");
function pathMatcher(pattern) {
  const p = normalizePath(positivePart(pattern));
  if (p === "" || p === ".") return (f) => !f.startsWith("../");
  if (!import_picomatch.default.scan(p).isGlob) {
    const dir = p + "/";
    return (f) => f === p || f.startsWith(dir);
  }
  const match = (0, import_picomatch.default)(p, { dot: true, flags: "s" });
  return (file) => match(file);
}
__name(pathMatcher, "pathMatcher");
function partMatcher(paths) {
  const rules = paths.map((p) => ({ exclude: isExclusion(p), test: pathMatcher(p) }));
  if (!rules.some((r) => r.exclude)) {
    const tests = rules.map((r) => r.test);
    return tests.length === 1 ? tests[0] : (f) => tests.some((t) => t(f));
  }
  return (f) => {
    let inside = false;
    for (const r of rules) if (r.exclude === inside && r.test(f)) inside = !r.exclude;
    return inside;
  };
}
__name(partMatcher, "partMatcher");
function matchParts(parts, files, strictlySorted = false) {
  const out = [];
  const unmatched = [];
  for (const { kind, name, paths, optional: optional2 = [] } of parts) {
    if (strictlySorted && paths.length === 1 && optional2.length === 0 && !isExclusion(paths[0])) {
      const pattern = paths[0];
      const matched = files.filter(pathMatcher(pattern));
      if (matched.length === 0) unmatched.push({ kind, part: name, pattern });
      out.push({ kind, name, files: matched });
      continue;
    }
    const all = [...paths, ...optional2];
    const rules = all.map((p) => ({
      p,
      exclude: isExclusion(p),
      test: pathMatcher(p),
      any: false
    }));
    const exclusions = rules.some((r) => r.exclude);
    const selected = [];
    for (const f of files) {
      let inside = false;
      for (const r of rules) {
        if (r.exclude) {
          if (inside && r.test(f)) inside = false;
        } else if (r.test(f)) {
          r.any = true;
          inside = true;
          if (!exclusions) break;
        }
      }
      if (inside) selected.push(f);
    }
    if (!exclusions) {
      for (const r of rules) if (!r.any && paths.includes(r.p)) r.any = files.some(r.test);
    }
    const required = new Set(paths);
    for (const r of rules) {
      if (!r.exclude && !r.any && required.has(r.p))
        unmatched.push({ kind, part: name, pattern: r.p });
    }
    if (selected.length === 0 && paths.length > 0 && rules.some((r) => r.any && required.has(r.p))) {
      unmatched.push({ kind, part: name, pattern: paths[0], allExcluded: true });
    }
    out.push({
      kind,
      name,
      files: strictlySorted || isStrictlySorted(selected) ? selected : selected.sort(compareUtf8)
    });
  }
  return { parts: out, unmatched };
}
__name(matchParts, "matchParts");
function unmatchedReason(u, ignored, listed) {
  const what = `${u.kind === "eval" ? "eval.paths" : `${u.kind} "${u.part}"`}: path "${u.pattern}"`;
  if (u.allExcluded) return `${what}: every file it matches is excluded by a "!" path of its own`;
  const test = pathMatcher(u.pattern);
  const pointers = listed.filter((f) => f.endsWith(".dvc") && test(f.slice(0, -4)));
  if (pointers.length > 0) {
    const sample2 = pointers.slice(0, 3).join(", ");
    return `${what} matches no file, but DVC tracks it by ${sample2}${pointers.length > 3 ? ", \u2026" : ""}: name the .dvc pointer (Lepton hashes what it records; the data is never read)`;
  }
  const hidden = ignored.filter(test);
  if (hidden.length === 0) return `${what} matches no file`;
  const sample = [...hidden].sort(compareUtf8).slice(0, 3).join(", ");
  return `${what} matches only files git ignores (${sample}${hidden.length > 3 ? ", \u2026" : ""}); such files are never versioned: commit them, or version them with Git LFS or DVC`;
}
__name(unmatchedReason, "unmatchedReason");
function unmatchedError(unmatched, ignored, listed = []) {
  const lines = unmatched.map((u) => unmatchedReason(u, ignored, listed));
  return new LeptonError(
    "invalid",
    unmatched.length === 1 ? lines[0] : `${unmatched.length} paths match no file`,
    unmatched.length === 1 ? [] : lines
  );
}
__name(unmatchedError, "unmatchedError");
function rebaseName(name, prefix) {
  if (prefix === "") return name;
  if (name.startsWith(prefix) && name.charCodeAt(prefix.length) === 47) {
    return name.slice(prefix.length + 1);
  }
  const up = prefix.split("/");
  const segs = name.split("/");
  let common = 0;
  while (common < up.length && common < segs.length - 1 && up[common] === segs[common]) common++;
  return "../".repeat(up.length - common) + segs.slice(common).join("/");
}
__name(rebaseName, "rebaseName");

// src/io/registry/verify.ts
var CACHE_FORMAT = "lepton-tree-fingerprints/1";
var CACHE_MAX = 2e3;
async function fingerprintAtCommit(git, commit, manifest2, prefix, cacheFile) {
  const tree = await git.run(["rev-parse", "-q", "--verify", `${commit}^{tree}`], {
    allowFailure: true
  });
  if (tree.code !== 0) return { ok: false, problem: `${commit.slice(0, 12)} is not a commit here` };
  const key = cacheKey(tree.stdout.trim(), manifest2, prefix);
  const cache = cacheFile ? loadCache(cacheFile) : /* @__PURE__ */ new Map();
  const hit = cache.get(key);
  if (hit) return hit;
  const answer = await compute(git, tree.stdout.trim(), manifest2, prefix);
  if (cacheFile) {
    cache.delete(key);
    cache.set(key, answer);
    await saveCache(cacheFile, cache);
  }
  return answer;
}
__name(fingerprintAtCommit, "fingerprintAtCommit");
async function compute(git, tree, manifest2, prefix) {
  const listed = await git.run(["ls-tree", "-r", "-z", "--full-tree", tree], {
    allowFailure: true
  });
  if (listed.code !== 0)
    return { ok: false, problem: `cannot list ${tree}: ${lastLines(listed.stderr)}` };
  const all = /* @__PURE__ */ new Map();
  for (const line of listed.stdout.split("\0")) {
    const tab = line.indexOf("	");
    if (tab < 0) continue;
    const [mode = "", type = "", oid = ""] = line.slice(0, tab).split(" ");
    all.set(line.slice(tab + 1), { mode, type, oid });
  }
  const repoPath2 = /* @__PURE__ */ new Map();
  for (const path of all.keys()) repoPath2.set(rebaseName(path, prefix), path);
  const selection = partsOf(manifest2).map(({ kind, part: part2 }) => ({
    kind,
    name: part2.name,
    paths: part2.paths
  }));
  const { parts, unmatched } = matchParts(selection, [...repoPath2.keys()]);
  if (unmatched.length) {
    const u = unmatched[0];
    return {
      ok: false,
      problem: `${u.kind} "${u.part}": path "${u.pattern}" matches no file there`
    };
  }
  const blobOf = /* @__PURE__ */ new Map();
  for (const rel of new Set(parts.flatMap((p) => p.files))) {
    const found = await resolveBlob(git, all, repoPath2.get(rel) ?? rel);
    if (typeof found !== "string" || !found.startsWith("blob:")) {
      return { ok: false, problem: `${rel}: ${typeof found === "string" ? found : "unreadable"}` };
    }
    blobOf.set(rel, found.slice(5));
  }
  const records = await readRecords2(git, blobOf);
  if (typeof records === "string") return { ok: false, problem: records };
  const hashOf = /* @__PURE__ */ __name((p) => ({
    name: p.name,
    hash: partHash(p.files.map((path) => ({ path, record: records.get(path) })))
  }), "hashOf");
  const components = parts.filter((p) => p.kind === "component").map(hashOf);
  const data = parts.filter((p) => p.kind === "data").map(hashOf);
  return { ok: true, fingerprint: modelFingerprint(components, data) };
}
__name(compute, "compute");
async function resolveBlob(git, all, path) {
  let at2 = path;
  for (let hops = 0; hops < 16; hops++) {
    const e = all.get(at2);
    if (!e) return "symlink to nothing in the tree";
    if (e.type === "commit") return "is a submodule; name its files instead";
    if (e.mode !== "120000") return `blob:${e.oid}`;
    const target = await git.run(["cat-file", "blob", e.oid], { allowFailure: true });
    if (target.code !== 0) return "unreadable symlink";
    const next = posix2.normalize(posix2.join(posix2.dirname(at2), target.stdout));
    if (target.stdout.startsWith("/") || next.startsWith("../") || next === "..") {
      return `symlink leaves the repository (\u2192 ${target.stdout})`;
    }
    at2 = next;
  }
  return "too many levels of symlinks";
}
__name(resolveBlob, "resolveBlob");
async function readRecords2(git, blobOf) {
  const rels = [...blobOf.keys()];
  const records = /* @__PURE__ */ new Map();
  if (rels.length === 0) return records;
  let problem = null;
  let i = 0;
  let header2 = Buffer.alloc(0);
  let left = -1;
  let size = 0;
  let hash2 = createHash4("sha256");
  let head = [];
  let headBytes = 0;
  const finish = /* @__PURE__ */ __name(() => {
    const rel = rels[i];
    const small = Buffer.concat(head);
    if (isDvcFile(rel)) {
      const dvc = parseDvcFile(small.toString("utf8"));
      if (dvc.ok) records.set(rel, { kind: "dvc", outs: dvc.outs });
      else problem ??= `${rel}: not a DVC file: ${dvc.reason}`;
    } else {
      const pointer = size > 0 && size < LFS_POINTER_MAX_SIZE && small.toString("latin1", 0, 8) === "version " ? parseLfsPointer(small.toString("utf8")) : null;
      records.set(
        rel,
        pointer ? { kind: "file", size: pointer.size, sha256: pointer.oid } : { kind: "file", size, sha256: hash2.digest("hex") }
      );
    }
    i++;
  }, "finish");
  const onChunk = /* @__PURE__ */ __name((chunk) => {
    let at2 = 0;
    while (at2 < chunk.length && problem === null) {
      if (left < 0) {
        const eol = chunk.indexOf(10, at2);
        if (eol < 0) {
          header2 = Buffer.concat([header2, chunk.subarray(at2)]);
          return;
        }
        const line = Buffer.concat([header2, chunk.subarray(at2, eol)]).toString("latin1");
        header2 = Buffer.alloc(0);
        at2 = eol + 1;
        const [, type, n] = line.split(" ");
        if (type !== "blob" || n === void 0) {
          problem = `${rels[i] ?? "?"}: not a blob in git (${line})`;
          return;
        }
        size = Number(n);
        left = size + 1;
        hash2 = createHash4("sha256");
        head = [];
        headBytes = 0;
        continue;
      }
      const take = Math.min(left, chunk.length - at2);
      const body = chunk.subarray(at2, at2 + Math.min(take, left - 1 > 0 ? left - 1 : 0));
      if (body.length) {
        hash2.update(body);
        const rel = rels[i];
        if (headBytes < LFS_POINTER_MAX_SIZE || isDvcFile(rel)) {
          head.push(Buffer.from(body));
          headBytes += body.length;
        }
      }
      left -= take;
      at2 += take;
      if (left === 0) {
        left = -1;
        finish();
      }
    }
  }, "onChunk");
  const r = await git.run(["cat-file", "--batch", "--buffer"], {
    input: rels.map((rel) => `${blobOf.get(rel)}
`).join(""),
    allowFailure: true,
    onStdout: onChunk
  });
  if (problem !== null) return problem;
  if (r.code !== 0 || i !== rels.length)
    return `cannot read the blobs: ${lastLines(r.stderr, "output cut short")}`;
  return records;
}
__name(readRecords2, "readRecords");
function cacheKey(tree, manifest2, prefix) {
  const parts = [manifest2.components, manifest2.data].map(
    (list2) => list2.map((p) => [p.name, p.paths])
  );
  return createHash4("sha256").update(JSON.stringify([tree, prefix, parts])).digest("hex");
}
__name(cacheKey, "cacheKey");
function loadCache(file) {
  const out = /* @__PURE__ */ new Map();
  try {
    const text = readFileSync3(file, "utf8");
    const nl2 = text.indexOf("\n");
    const body = text.slice(nl2 + 1);
    if (text.slice(0, nl2) !== sha(body)) return out;
    const doc = JSON.parse(body);
    if (doc.format !== CACHE_FORMAT || !Array.isArray(doc.entries)) return out;
    for (const [k, v] of doc.entries) out.set(k, v);
  } catch {
  }
  return out;
}
__name(loadCache, "loadCache");
async function saveCache(file, cache) {
  const entries = [...cache.entries()].slice(-CACHE_MAX);
  const body = `${JSON.stringify({ format: CACHE_FORMAT, entries })}
`;
  await writeFileAtomic(file, [Buffer.from(`${sha(body)}
${body}`)]).catch(() => {
  });
}
__name(saveCache, "saveCache");
var sha = /* @__PURE__ */ __name((text) => `sha256:${createHash4("sha256").update(text).digest("hex")}`, "sha");

// src/io/registry/worktree.ts
async function headCommit(git) {
  const r = await git.run(["rev-parse", "-q", "--verify", "HEAD^{commit}"], { allowFailure: true });
  if (r.code !== 0) {
    throw new LeptonError("invalid", "nothing to tag: the repository has no commit yet");
  }
  return r.stdout.trim();
}
__name(headCommit, "headCommit");
async function pathsDifferingFromHead(git) {
  const out = await git.out([
    "status",
    "--porcelain=v1",
    "-z",
    "--untracked-files=all",
    "--no-renames",
    "--ignore-submodules=none"
  ]);
  const paths = [];
  for (const entry of out.split("\0")) {
    if (entry.length > 3) paths.push(entry.slice(3));
  }
  return paths;
}
__name(pathsDifferingFromHead, "pathsDifferingFromHead");
async function fileAtCommit(git, commit, path) {
  const r = await git.run(["show", `${commit}:${path}`], { allowFailure: true });
  return r.code === 0 ? r.stdout : null;
}
__name(fileAtCommit, "fileAtCommit");

// src/app/verify.ts
async function untrustedRecord(ctx, entry) {
  const record3 = entry.summary;
  if (!record3) return `${entry.tag} carries no Lepton record`;
  if (!ctx.repoRoot) return "outside a git repository";
  const root = ctx.repoRoot;
  const prefix = relative3(root, ctx.modelDir).split(sep3).join("/");
  const gitDir = await ctx.git.gitDir();
  const cacheFile = gitDir ? join5(gitDir, "lepton", "trees.json") : null;
  const manifest2 = await manifestAt(ctx, entry.commit, relative3(root, ctx.manifestPath));
  const at2 = await fingerprintAtCommit(ctx.git, entry.commit, manifest2, prefix, cacheFile);
  const short2 = entry.commit.slice(0, 12);
  if (!at2.ok) return `its fingerprint cannot be checked against commit ${short2} (${at2.problem})`;
  if (at2.fingerprint !== record3.fingerprint) {
    return `its record's fingerprint ${abbrev(record3.fingerprint)} is not that of the content at commit ${short2} (${abbrev(at2.fingerprint)})`;
  }
  return null;
}
__name(untrustedRecord, "untrustedRecord");
async function findTrustedByFingerprint(ctx, registry, fingerprint) {
  for (const v of registry.versions) {
    if (v.summary?.fingerprint !== fingerprint) continue;
    const why = await untrustedRecord(ctx, v);
    if (why === null) return v;
    ctx.log.warn(`${v.tag} is not trusted: ${why}`);
  }
  return null;
}
__name(findTrustedByFingerprint, "findTrustedByFingerprint");
async function manifestAt(ctx, commit, path) {
  const text = await fileAtCommit(ctx.git, commit, path.split(sep3).join("/"));
  if (text === null) return ctx.manifest;
  const parsed = await validateManifestLazily(text, path);
  return parsed.ok ? parsed.manifest : ctx.manifest;
}
__name(manifestAt, "manifestAt");
var abbrev = /* @__PURE__ */ __name((h) => h.length > 19 ? `${h.slice(0, 19)}\u2026` : h, "abbrev");

// src/app/status.ts
import { join as join8 } from "node:path";

// src/io/files/index.ts
import { relative as relative4, resolve as resolve3, sep as sep5 } from "node:path";

// src/io/files/hash.ts
import * as crypto from "node:crypto";
import {
  closeSync as closeSync3,
  lstatSync,
  openSync as openSync3,
  readSync as readSync2,
  realpathSync,
  statSync
} from "node:fs";
import { availableParallelism } from "node:os";
import { sep as sep4 } from "node:path";

// src/io/files/pool.ts
import { Worker } from "node:worker_threads";

// src/io/files/worker-source.ts
var WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const { openSync, readSync, closeSync } = require('node:fs');
const { createHash } = require('node:crypto');
const buf = Buffer.allocUnsafe(1 << 20);
const REPORT = 32 << 20;
parentPort.on('message', ({ files }) => {
  const results = [];
  for (const { id, path } of files) {
    let fd;
    try {
      fd = openSync(path, 'r');
      const h = createHash('sha256');
      let size = 0, unreported = 0, n;
      while ((n = readSync(fd, buf, 0, buf.length, null)) > 0) {
        h.update(n === buf.length ? buf : buf.subarray(0, n));
        size += n;
        unreported += n;
        if (unreported >= REPORT) { parentPort.postMessage({ progress: unreported }); unreported = 0; }
      }
      if (unreported) parentPort.postMessage({ progress: unreported });
      results.push({ id, size, hex: h.digest('hex') });
    } catch (e) {
      results.push({ id, error: (e && e.code) || String(e && e.message) });
    } finally {
      if (fd !== undefined) try { closeSync(fd); } catch {}
    }
  }
  parentPort.postMessage({ results });
});
`;

// src/io/files/pool.ts
var BATCH_BYTES = 8 << 20;
var BATCH_FILES = 128;
async function hashInWorkers(jobs, threads, onBytes) {
  const batches = makeBatches(jobs);
  const results = [];
  const workers = [];
  let next = 0;
  try {
    await new Promise((resolve11, reject) => {
      let running2 = 0;
      const feed = /* @__PURE__ */ __name((w) => {
        const batch = batches[next++];
        if (!batch) {
          if (--running2 === 0) resolve11();
          return;
        }
        w.postMessage({ files: batch.map(({ id, path }) => ({ id, path })) });
      }, "feed");
      const count2 = Math.max(1, Math.min(threads, batches.length));
      for (let i = 0; i < count2 && batches.length > 0; i++) {
        const w = new Worker(WORKER_SOURCE, { eval: true });
        workers.push(w);
        running2++;
        w.on("message", (m) => {
          if (m.progress !== void 0) {
            onBytes(m.progress, 0);
            return;
          }
          if (m.results) {
            results.push(...m.results);
            onBytes(0, m.results.length);
            feed(w);
          }
        });
        w.on("error", reject);
        w.on("exit", (code) => {
          if (code !== 0) reject(new Error(`hashing worker exited with code ${code}`));
        });
        feed(w);
      }
      if (batches.length === 0) resolve11();
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}
__name(hashInWorkers, "hashInWorkers");
function makeBatches(jobs) {
  const sorted = [...jobs].sort((a, b) => b.size - a.size);
  const batches = [];
  let current = [];
  let bytes = 0;
  for (const j of sorted) {
    if (current.length && (bytes + j.size > BATCH_BYTES || current.length >= BATCH_FILES)) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(j);
    bytes += j.size;
  }
  if (current.length) batches.push(current);
  return batches;
}
__name(makeBatches, "makeBatches");

// src/io/files/progress.ts
var QUIET_MS = 1e3;
var EVERY_MS = 100;
var ProgressMeter = class {
  constructor(totalFiles, totalBytes, onProgress) {
    this.totalFiles = totalFiles;
    this.totalBytes = totalBytes;
    this.onProgress = onProgress;
  }
  totalFiles;
  totalBytes;
  onProgress;
  static {
    __name(this, "ProgressMeter");
  }
  files = 0;
  bytes = 0;
  last = 0;
  shown = false;
  started = Date.now();
  add(files, bytes) {
    this.files += files;
    this.bytes += bytes;
    if (!this.onProgress) return;
    const now = Date.now();
    if (now - this.started < QUIET_MS || now - this.last < EVERY_MS) return;
    this.last = now;
    this.shown = true;
    this.onProgress(this.snapshot());
  }
  /** The closing call (all files done), only when progress was shown at all. */
  finish() {
    if (this.shown && this.onProgress) {
      this.onProgress({
        files: this.totalFiles,
        totalFiles: this.totalFiles,
        bytes: this.totalBytes,
        totalBytes: this.totalBytes
      });
    }
  }
  snapshot() {
    return {
      files: Math.min(this.files, this.totalFiles),
      totalFiles: this.totalFiles,
      bytes: Math.min(this.bytes, this.totalBytes),
      totalBytes: this.totalBytes
    };
  }
};

// src/io/files/stat-cache-file.ts
var FORMAT2 = "lepton-stat-cache";
var KIND3 = "stat-cache";
var MAX_BYTES2 = 512 << 20;
var VERSION2 = 6;
var RACY_MARGIN_MS = 2e3;
var BLOB_BYTES = /* @__PURE__ */ new Set([20, 32]);
var W = 6;
var DIGEST_BYTES = 32;
var NO_DIGEST = "0".repeat(DIGEST_BYTES * 2);
var HASH = /^sha256:[0-9a-f]{64}$/;
function statKey(st) {
  return { size: st.size, mtimeMs: st.mtimeMs, ctimeMs: st.ctimeMs, ino: st.ino, dev: st.dev };
}
__name(statKey, "statKey");
function sameKey(a, b) {
  return a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs && a.ino === b.ino && a.dev === b.dev;
}
__name(sameKey, "sameKey");
var EMPTY = {
  count: 0,
  dvc: {},
  blobWidth: 40,
  index: null,
  memo: null,
  columns: /* @__PURE__ */ __name(() => ({ paths: [], stat: new Float64Array(0), digests: "", blobs: "" }), "columns")
};
function keyAt(cols, i) {
  const o = cols.stat;
  return {
    size: o[i * W],
    mtimeMs: o[i * W + 1],
    ctimeMs: o[i * W + 2],
    ino: o[i * W + 3],
    dev: o[i * W + 4]
  };
}
__name(keyAt, "keyAt");
function recordAt(saved, cols, i) {
  const size = cols.stat[i * W + 5];
  if (size === -1) {
    const outs = Object.prototype.hasOwnProperty.call(saved.dvc, i) ? saved.dvc[i] : void 0;
    return Array.isArray(outs) && outs.length > 0 && outs.every(validOut) ? { kind: "dvc", outs } : null;
  }
  const hex = cols.digests.slice(i * 64, i * 64 + 64);
  return isCount2(size) ? { kind: "file", size, sha256: hex } : null;
}
__name(recordAt, "recordAt");
function encodeCacheFile({
  startedMs,
  index,
  memo,
  entries
}) {
  const width = entries.find((e) => e.blob)?.blob?.length ?? 40;
  const count2 = entries.length;
  const noBlob = "0".repeat(width);
  const paths = new Array(count2);
  const stat6 = new Float64Array(count2 * W);
  const digests = new Array(count2);
  const blobs = new Array(count2);
  const dvc = {};
  for (let i = 0; i < count2; i++) {
    const { record: record3, key, blob, path } = entries[i];
    const o = i * W;
    stat6[o] = key.size;
    stat6[o + 1] = key.mtimeMs;
    stat6[o + 2] = key.ctimeMs;
    stat6[o + 3] = key.ino;
    stat6[o + 4] = key.dev;
    if (record3.kind === "file") {
      stat6[o + 5] = record3.size;
      digests[i] = record3.sha256;
    } else {
      stat6[o + 5] = -1;
      digests[i] = NO_DIGEST;
      dvc[i] = [...record3.outs];
    }
    blobs[i] = index && blob && blob.length === width ? blob : noBlob;
    paths[i] = path;
  }
  const names = Buffer.from(paths.join("\0"));
  const header2 = Buffer.from(
    JSON.stringify({
      format: FORMAT2,
      version: VERSION2,
      encoding: PART_ENCODING,
      startedMs,
      count: entries.length,
      blobBytes: width / 2,
      pathBytes: names.length,
      index: index && [index.size, index.mtimeMs, index.ctimeMs, index.ino, index.dev],
      memo,
      dvc
    })
  );
  const columns = [
    new Uint8Array(stat6.buffer),
    Buffer.from(digests.join(""), "hex"),
    Buffer.from(blobs.join(""), "hex"),
    names
  ];
  return [[header2], columns];
}
__name(encodeCacheFile, "encodeCacheFile");
function decodeCacheFile(sealed) {
  const head = sealed?.count === 2 ? sealed.section(0) : null;
  if (!sealed || !head) return null;
  try {
    const doc = JSON.parse(head.toString("utf8"));
    const { count: count2, dvc, startedMs, blobBytes, pathBytes, index, memo } = doc;
    if (doc.format !== FORMAT2 || doc.version !== VERSION2 || doc.encoding !== PART_ENCODING || typeof startedMs !== "number" || !Number.isFinite(startedMs) || !isCount2(count2) || typeof blobBytes !== "number" || !BLOB_BYTES.has(blobBytes) || !isCount2(pathBytes) || typeof dvc !== "object" || dvc === null || !(index === null || isKey(index)) || !(memo === null || isMemo(memo)) || !isLittleEndian()) {
      return null;
    }
    const statEnd = count2 * W * 8;
    const digestsEnd = statEnd + count2 * DIGEST_BYTES;
    const blobsEnd = digestsEnd + count2 * blobBytes;
    if (blobsEnd + pathBytes !== sealed.length(1)) return null;
    const empty2 = EMPTY.columns();
    let columns;
    const decode3 = /* @__PURE__ */ __name(() => {
      if (columns) return columns;
      const bytes = sealed.section(1);
      if (bytes === null) return columns = empty2;
      const names = count2 === 0 ? [] : bytes.toString("utf8", blobsEnd).split("\0");
      if (names.length !== count2) return columns = empty2;
      const stat6 = new Float64Array(count2 * W);
      new Uint8Array(stat6.buffer).set(bytes.subarray(0, statEnd));
      return columns = {
        paths: names,
        stat: stat6,
        digests: bytes.toString("hex", statEnd, digestsEnd),
        blobs: bytes.toString("hex", digestsEnd, blobsEnd)
      };
    }, "decode");
    const [size, mtimeMs, ctimeMs, ino, dev] = index ?? [];
    return {
      saved: {
        count: count2,
        dvc,
        blobWidth: blobBytes * 2,
        index: index === null ? null : { size, mtimeMs, ctimeMs, ino, dev },
        memo,
        columns: decode3
      },
      // Never trust a start later than the file was written (a clock that jumped).
      startedMs: Math.min(startedMs, sealed.mtimeMs)
    };
  } catch {
    return null;
  }
}
__name(decodeCacheFile, "decodeCacheFile");
function isMemo(v) {
  if (typeof v !== "object" || v === null) return false;
  const m = v;
  const parts = /* @__PURE__ */ __name((p) => Array.isArray(p) && p.every(
    (x) => typeof x === "object" && x !== null && typeof x.name === "string" && typeof x.hash === "string" && HASH.test(x.hash) && isCount2(x.files)
  ), "parts");
  const others = Array.isArray(m.others) && m.others.every(
    (o) => Array.isArray(o) && o.length === 6 && typeof o[0] === "string" && o.slice(1).every((n) => typeof n === "number" && Number.isFinite(n))
  );
  return typeof m.key === "string" && isCount2(m.files) && parts(m.components) && parts(m.data) && others;
}
__name(isMemo, "isMemo");
function isKey(v) {
  return Array.isArray(v) && v.length === 5 && v.every((n) => typeof n === "number" && Number.isFinite(n));
}
__name(isKey, "isKey");
function isLittleEndian() {
  return new Uint8Array(new Float64Array([1]).buffer)[7] === 63;
}
__name(isLittleEndian, "isLittleEndian");
function validOut(o) {
  if (typeof o !== "object" || o === null) return false;
  const x = o;
  return Object.keys(x).length === 5 && typeof x.path === "string" && typeof x.md5 === "string" && (x.hashName === null || typeof x.hashName === "string") && (x.size === null || isCount2(x.size)) && (x.nfiles === null || isCount2(x.nfiles));
}
__name(validOut, "validOut");
function isCount2(v) {
  return typeof v === "number" && Number.isSafeInteger(v) && v >= 0;
}
__name(isCount2, "isCount");

// src/io/files/hash.ts
var WORKER_MIN_BYTES = 64 << 20;
var NO_THROW = { throwIfNoEntry: false };
function folderPrefix(dir) {
  return dir.endsWith(sep4) ? dir : dir + sep4;
}
__name(folderPrefix, "folderPrefix");
function statTargets(rels, modelDir, root) {
  const targets = [];
  const problems = [];
  let rootReal;
  const base = folderPrefix(modelDir);
  for (const rel of rels) {
    const abs = base + rel;
    const escaped = hasEscapedBytes(rel);
    let st;
    try {
      st = lstatSync(escaped ? nameBytes(abs) : abs, NO_THROW);
    } catch (e) {
      problems.push(`${rel}: cannot read it (${errno(e)})`);
      continue;
    }
    if (st === void 0) continue;
    let path = abs;
    if (st.isSymbolicLink()) {
      rootReal ??= realpathSync(root);
      let real;
      try {
        real = escaped ? decodeName(realpathSync(nameBytes(abs), { encoding: "buffer" })) : realpathSync(abs);
      } catch (e) {
        problems.push(`${rel}: symlink to nothing (${errno(e)})`);
        continue;
      }
      if (real !== rootReal && !real.startsWith(rootReal + sep4)) {
        problems.push(`${rel}: symlink leaves the repository (\u2192 ${real})`);
        continue;
      }
      path = real;
      st = statSync(fsPath(real));
    }
    if (!st.isFile()) {
      problems.push(
        `${rel}: ${st.isDirectory() ? "is a folder (a submodule or a symlink to a folder); name its files instead" : "not a regular file"}`
      );
      continue;
    }
    targets.push({
      rel,
      abs: path,
      key: statKey(st)
    });
  }
  if (problems.length) {
    throw new LeptonError(
      "invalid",
      problems.length === 1 ? problems[0] : `${problems.length} files cannot be used`,
      problems.length === 1 ? [] : problems
    );
  }
  return targets;
}
__name(statTargets, "statTargets");
async function hashTargets(targets, cache, records, vouched, onProgress) {
  const inline = [];
  const streamed = [];
  let todoBytes = 0;
  for (const t of targets) {
    const hit = hasEscapedBytes(t.rel) ? void 0 : cache.lookup(t.rel, t.key, vouched.get(t.rel));
    if (hit) {
      records.set(t.rel, hit);
    } else if (t.key.size < LFS_POINTER_MAX_SIZE || isDvcFile(t.rel)) {
      inline.push(t);
      todoBytes += t.key.size;
    } else {
      streamed.push(t);
      todoBytes += t.key.size;
    }
  }
  const meter = new ProgressMeter(inline.length + streamed.length, todoBytes, onProgress);
  const problems = [];
  for (const t of inline) {
    const n = readWhole(t.abs, t.key.size);
    if (typeof n === "string") {
      problems.push(`${t.rel}: cannot read it (${n})`);
      continue;
    }
    const r = classify(t.rel, scratch.subarray(0, n));
    if (typeof r === "string") problems.push(`${t.rel}: ${r}`);
    else keep(t, r, n);
    meter.add(1, n);
  }
  const streamedBytes = streamed.reduce((n, t) => n + t.key.size, 0);
  const threads = availableParallelism();
  const workers = streamedBytes >= WORKER_MIN_BYTES && threads >= 2;
  const here = workers ? streamed.filter((t) => hasEscapedBytes(t.abs)) : streamed;
  for (const t of here) {
    const r = hashHere(t.abs, t.key.size, (n) => meter.add(0, n));
    if (typeof r === "string") problems.push(`${t.rel}: cannot read it (${r})`);
    else keep(t, { kind: "file", size: r.size, sha256: r.hex }, r.size);
    meter.add(1, 0);
  }
  if (workers) {
    const there = streamed.filter((t) => !hasEscapedBytes(t.abs));
    const jobs = there.map((t, id) => ({ id, path: t.abs, size: t.key.size }));
    const results = await hashInWorkers(jobs, threads, (bytes, files) => meter.add(files, bytes));
    for (const r of results) {
      const t = there[r.id];
      if ("error" in r) problems.push(`${t.rel}: cannot read it (${describe2(r.error)})`);
      else keep(t, { kind: "file", size: r.size, sha256: r.hex }, r.size);
    }
  }
  meter.finish();
  if (problems.length) {
    problems.sort();
    throw new LeptonError(
      "invalid",
      problems.length === 1 ? problems[0] : `${problems.length} files cannot be read`,
      problems.length === 1 ? [] : problems
    );
  }
  function keep(t, record3, bytesRead) {
    records.set(t.rel, record3);
    if (bytesRead === t.key.size && !hasEscapedBytes(t.rel))
      cache.remember(t.rel, t.key, record3, vouched.get(t.rel));
  }
  __name(keep, "keep");
}
__name(hashTargets, "hashTargets");
function classify(rel, bytes) {
  if (isDvcFile(rel)) {
    const dvc = parseDvcFile(bytes.toString("utf8"));
    return dvc.ok ? { kind: "dvc", outs: dvc.outs } : `not a DVC file: ${dvc.reason}`;
  }
  if (bytes[0] === 118 && mayBeLfsPointer(bytes.length, bytes.toString("latin1", 0, 8))) {
    const pointer = parseLfsPointer(bytes.toString("utf8"));
    if (pointer) return { kind: "file", size: pointer.size, sha256: pointer.oid };
  }
  return { kind: "file", size: bytes.length, sha256: sha256Hex(bytes) };
}
__name(classify, "classify");
var sha256Hex = typeof crypto.hash === "function" ? (bytes) => crypto.hash("sha256", bytes, "hex") : (bytes) => crypto.createHash("sha256").update(bytes).digest("hex");
var CHUNK = 1 << 20;
var scratch;
function scratchOf(bytes) {
  if (scratch === void 0 || scratch.length < bytes) {
    scratch = Buffer.allocUnsafe(Math.max(bytes, 64 << 10));
  }
  return scratch;
}
__name(scratchOf, "scratchOf");
function readWhole(path, size) {
  let fd;
  try {
    fd = openSync3(fsPath(path), "r");
    let buf = scratchOf(size + 1);
    let n = 0;
    for (; ; ) {
      if (n === buf.length) {
        const bigger = Buffer.allocUnsafe(buf.length * 2);
        buf.copy(bigger, 0, 0, n);
        buf = scratch = bigger;
      }
      const want = buf.length - n;
      const got = readSync2(fd, buf, n, want, null);
      n += got;
      if (got === 0 || got < want && n === size) return n;
    }
  } catch (e) {
    return errno(e);
  } finally {
    if (fd !== void 0) closeSync3(fd);
  }
}
__name(readWhole, "readWhole");
function hashHere(path, size, onBytes) {
  if (size < CHUNK) {
    const n = readWhole(path, size);
    if (typeof n === "string") return n;
    onBytes(n);
    return { size: n, hex: sha256Hex(scratch.subarray(0, n)) };
  }
  const buffer = scratchOf(CHUNK);
  let fd;
  try {
    fd = openSync3(fsPath(path), "r");
    const h = crypto.createHash("sha256");
    let total2 = 0;
    let n;
    while ((n = readSync2(fd, buffer, 0, CHUNK, null)) > 0) {
      h.update(n === buffer.length ? buffer : buffer.subarray(0, n));
      total2 += n;
      onBytes(n);
    }
    return { size: total2, hex: h.digest("hex") };
  } catch (e) {
    return errno(e);
  } finally {
    if (fd !== void 0) closeSync3(fd);
  }
}
__name(hashHere, "hashHere");
function errno(e) {
  const code = e.code;
  return code ? describe2(code) : String(e.message ?? e);
}
__name(errno, "errno");
var ERRNO_TEXT = {
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  ENOENT: "no such file",
  EISDIR: "is a folder",
  ELOOP: "too many levels of symlinks",
  EIO: "input/output error"
};
function describe2(code) {
  const text = ERRNO_TEXT[code];
  return text ? `${code}: ${text}` : code;
}
__name(describe2, "describe");

// src/io/files/memo.ts
import { createHash as createHash6 } from "node:crypto";
import { lstatSync as lstatSync2 } from "node:fs";
function memoKey(parts, lsFiles) {
  const declared = parts.map((p) => [p.kind, p.name, p.paths, ...p.optional ? [p.optional] : []]);
  return createHash6("sha256").update(JSON.stringify(declared)).update("\0").update(untrackedRecords(lsFiles)).digest("hex");
}
__name(memoKey, "memoKey");
function untrackedRecords(out) {
  let i = 0;
  while (out.startsWith("? ", i)) {
    const end = out.indexOf("\0", i);
    if (end < 0) return out;
    i = end + 1;
  }
  return out.slice(0, i);
}
__name(untrackedRecords, "untrackedRecords");
function memoHolds(memo, parts, modified, modelDir) {
  const known = new Set(memo.others.map((o) => o[0]));
  const names = [...modified].filter((f) => f !== "" && !known.has(f));
  if (names.length > 0) {
    const touched = parts.some(
      (part2) => [...part2.paths, ...part2.optional ?? []].filter((p) => !isExclusion(p)).some((p) => names.some(pathMatcher(p)))
    );
    if (touched) return false;
  }
  const base = folderPrefix(modelDir);
  return memo.others.every(([rel, size, mtimeMs, ctimeMs, ino, dev]) => {
    try {
      const st = lstatSync2(base + rel, { throwIfNoEntry: false });
      return st !== void 0 && st.isFile() && sameKey(statKey(st), { size, mtimeMs, ctimeMs, ino, dev });
    } catch {
      return false;
    }
  });
}
__name(memoHolds, "memoHolds");

// src/io/files/stat-cache.ts
import { createHash as createHash7 } from "node:crypto";
import { rmSync } from "node:fs";
import { join as join6 } from "node:path";
var MEMO_OTHERS_MAX = 1e3;
var StatCache = class _StatCache {
  constructor(file, old, trustedBefore, startedMs) {
    this.file = file;
    this.old = old;
    this.trustedBefore = trustedBefore;
    this.startedMs = startedMs;
    this.noBlob = "0".repeat(old.blobWidth);
  }
  file;
  old;
  trustedBefore;
  startedMs;
  static {
    __name(this, "StatCache");
  }
  /** Where the next lookup is expected in the old entries (saved in path order). */
  cursor = 0;
  /** This run's entries in lookup order. */
  entries = [];
  /** The old entries, decoded when first asked for. */
  cols;
  noBlob;
  /** The parts' hashes to keep for the next run, if every selected file was vouched for. */
  memo = null;
  /** Entries of this run's misses, to be filled by remember. */
  missed = /* @__PURE__ */ new Map();
  changed = false;
  /** The index file's stat data in this run when git read that one file throughout and it is settled. */
  index = null;
  indexTrusted = false;
  /** This run's hits and misses (the tests and the bench read them). */
  hits = 0;
  misses = 0;
  /** Hits served on git's word, without an lstat. */
  vouched = 0;
  /** Reads the cache of the model known as `modelKey` (a stable id of its folder); never throws. */
  static open(dir, modelKey, startedMs) {
    if (dir === null) return new _StatCache(null, EMPTY, -Infinity, startedMs);
    const name = createHash7("sha256").update(modelKey).digest("hex").slice(0, 16);
    const file = join6(dir, `files-${name}.bin`);
    const loaded = decodeCacheFile(readSealedFile(file, KIND3, MAX_BYTES2));
    const cache = new _StatCache(
      file,
      loaded?.saved ?? EMPTY,
      loaded ? loaded.startedMs - RACY_MARGIN_MS : -Infinity,
      startedMs
    );
    if (loaded && loaded.saved.memo === null) cache.columns();
    return cache;
  }
  /**
   * The stat data of git's index file in this run (null when unknown or when it changed while
   * git was reading it). Entries with blob ids count only if the cache was written under it.
   */
  useIndex(index) {
    const saved = this.old.index;
    this.indexTrusted = index !== null && saved !== null && sameKey(index, saved);
    this.index = index && this.settled(index) ? index : null;
    if (this.index === null ? saved !== null : saved === null || !sameKey(this.index, saved)) {
      this.changed = true;
    }
  }
  /**
   * The parts' hashes a run under this same index saved with `key` (call after useIndex); the
   * caller checks the files it names in `others` (memo.ts).
   */
  memoFor(key) {
    const memo = this.old.memo;
    return this.indexTrusted && memo !== null && memo.key === key ? memo : null;
  }
  /**
   * Keeps `memo` for the next run if every one of this run's entries has a record, and either
   * a blob id or, when `plainFiles` (every file looked at is a regular file, none gone),
   * settled stat data to be checked next time.
   */
  keepMemo(memo, plainFiles) {
    if (this.index === null || memo.files !== this.entries.length) return;
    const others = [];
    for (const e of this.entries) {
      if (e.record === null) return;
      if (e.blob !== null) continue;
      if (!plainFiles || others.length >= MEMO_OTHERS_MAX) return;
      const k = e.key ?? this.keyAt(e.old);
      if (!this.settled(k)) return;
      others.push([e.path, k.size, k.mtimeMs, k.ctimeMs, k.ino, k.dev]);
    }
    this.memo = { ...memo, others };
  }
  /**
   * The remembered record of a file git vouches for (unchanged against the index, which holds
   * `blob` for it), without looking at the file: only under the index the entry was saved
   * with, and with the same blob id. Undefined otherwise (then look it up by its stat data).
   */
  lookupVouched(path, blob) {
    if (!this.indexTrusted) return void 0;
    const i = this.find(path);
    if (i === void 0 || !this.hasBlob(i, blob)) return void 0;
    const record3 = this.recordAt(i);
    if (!record3) return void 0;
    this.entries.push({ path, old: i, key: null, record: record3, blob });
    this.hits++;
    this.vouched++;
    return record3;
  }
  /**
   * The remembered record of `path` when its stat data is unchanged and old enough to trust.
   * `blob`: the index's blob id when git vouches for the file in this run (kept with a hit on
   * a settled file so the next run may skip the lstat).
   */
  lookup(path, k, blob) {
    const i = this.old.count === 0 ? void 0 : this.find(path);
    const stat6 = this.columns().stat;
    if (i !== void 0 && k.mtimeMs < this.trustedBefore && k.ctimeMs < this.trustedBefore && stat6[i * W] === k.size && stat6[i * W + 1] === k.mtimeMs && stat6[i * W + 2] === k.ctimeMs && stat6[i * W + 3] === k.ino && stat6[i * W + 4] === k.dev) {
      const record3 = this.recordAt(i);
      if (record3) {
        const keep = this.vouchable(k, blob);
        if (keep !== this.blobAt(i)) this.changed = true;
        this.entries.push({ path, old: i, key: null, record: record3, blob: keep });
        this.hits++;
        return record3;
      }
    }
    const miss = { path, old: null, key: null, record: null, blob: null };
    this.entries.push(miss);
    this.missed.set(path, miss);
    this.misses++;
    return void 0;
  }
  /** A record read in this run; `blob` as for lookup. */
  remember(path, key, record3, blob) {
    const keep = this.vouchable(key, blob);
    const e = this.missed.get(path);
    if (e) {
      e.key = key;
      e.record = record3;
      e.blob = keep;
    } else this.entries.push({ path, old: null, key, record: record3, blob: keep });
    this.changed = true;
  }
  /**
   * Writes this run's entries, sorted by path, when they differ from what was read; a failure
   * only costs speed.
   */
  save() {
    if (this.file === null) return;
    const memoSame = JSON.stringify(this.memo) === JSON.stringify(this.old.memo);
    if (!this.changed && memoSame && this.hits === this.old.count) return;
    const kept = this.entries.filter((e) => e.record !== null);
    if (!isSorted2(kept)) kept.sort((a, b) => compareUtf8(a.path, b.path));
    writeCacheFile(this.file, {
      startedMs: this.startedMs,
      index: this.index,
      memo: this.memo,
      entries: kept.map((e) => ({
        path: e.path,
        key: e.key ?? this.keyAt(e.old),
        record: e.record,
        blob: e.blob
      }))
    });
  }
  /** Old enough that a change after this run started would show in its stat data. */
  settled(k) {
    const before = this.startedMs - RACY_MARGIN_MS;
    return k.mtimeMs < before && k.ctimeMs < before;
  }
  /** The blob id to keep with an entry: only for a settled file git vouched for under a settled index. */
  vouchable(k, blob) {
    return blob !== void 0 && this.index !== null && this.settled(k) ? blob : null;
  }
  /**
   * The old entry of `path`. Files are looked up in path order, the order the entries were
   * saved in, so the entry is nearly always the one after the last; else a binary search
   * finds it (in a file edited out of order, an entry may be missed: that costs only speed).
   */
  find(path) {
    const paths = this.columns().paths;
    if (paths[this.cursor] === path) return this.cursor++;
    let lo = 0;
    let hi = paths.length;
    while (lo < hi) {
      const mid = lo + hi >>> 1;
      if (compareUtf8(paths[mid], path) < 0) lo = mid + 1;
      else hi = mid;
    }
    if (paths[lo] !== path) return void 0;
    this.cursor = lo + 1;
    return lo;
  }
  columns() {
    return this.cols ??= this.old.columns();
  }
  keyAt(i) {
    return keyAt(this.columns(), i);
  }
  /** Whether entry i was kept with `blob` (compared in place: no string per file). */
  hasBlob(i, blob) {
    const w = this.old.blobWidth;
    return blob.length === w && this.columns().blobs.startsWith(blob, i * w);
  }
  blobAt(i) {
    const w = this.old.blobWidth;
    const blob = this.columns().blobs.slice(i * w, i * w + w);
    return blob === this.noBlob ? null : blob;
  }
  /** Entry i's record, checked for shape; null for anything malformed. */
  recordAt(i) {
    return recordAt(this.old, this.columns(), i);
  }
};
function isSorted2(entries) {
  for (let i = 1; i < entries.length; i++) {
    if (compareUtf8(entries[i - 1].path, entries[i].path) >= 0) return false;
  }
  return true;
}
__name(isSorted2, "isSorted");
function writeCacheFile(file, contents) {
  if (!writeSealedFileSync(file, KIND3, encodeCacheFile(contents), MAX_BYTES2)) return;
  try {
    rmSync(file.replace(/\.bin$/, ".json"), { force: true });
  } catch {
  }
}
__name(writeCacheFile, "writeCacheFile");

// src/io/files/vouch.ts
import { statSync as statSync2 } from "node:fs";
import { dirname as dirname3, isAbsolute, join as join7 } from "node:path";
function indexFileOf(cacheDir, env) {
  const custom = env.GIT_INDEX_FILE;
  if (custom !== void 0 && custom !== "") return isAbsolute(custom) ? custom : null;
  return join7(dirname3(cacheDir), "index");
}
__name(indexFileOf, "indexFileOf");
function indexKey(file) {
  try {
    const st = statSync2(file, { throwIfNoEntry: false });
    return st ? statKey(st) : null;
  } catch {
    return null;
  }
}
__name(indexKey, "indexKey");
function sameIndex(before, after2) {
  return before && after2 && sameKey(before, after2) ? before : null;
}
__name(sameIndex, "sameIndex");
function vouchedFiles(blobs, modified) {
  for (const name of modified) blobs.delete(name);
  return blobs;
}
__name(vouchedFiles, "vouchedFiles");

// src/io/files/index.ts
async function fingerprintModel(manifest2, options) {
  return (await fingerprintWithStats(manifest2, options)).fingerprint;
}
__name(fingerprintModel, "fingerprintModel");
async function fingerprintWithStats(manifest2, options) {
  const scope = scopeOf(manifest2, options);
  const git = scope.git;
  const listing = git ? listGitIndex(git) : null;
  listing?.catch(() => void 0);
  const cacheDir = await options.cacheDir;
  const indexFile = git && cacheDir ? indexFileOf(cacheDir, options.env ?? processEnv()) : null;
  const indexBefore = indexFile ? indexKey(indexFile) : null;
  const startedMs = Date.now();
  const modified = git && indexBefore ? listModifiedFiles(git) : null;
  modified?.catch(() => void 0);
  const modelKey = options.repoRoot ? relative4(options.repoRoot, options.modelDir) || "." : options.modelDir;
  const cache = StatCache.open(cacheDir, modelKey, startedMs);
  const raw = listing ? await listing : null;
  let vouched = /* @__PURE__ */ new Map();
  let changed = null;
  const key = raw === null ? "" : memoKey(scope.parts, raw);
  if (raw !== null && modified && indexFile) {
    const differ = await modified;
    const index = sameIndex(indexBefore, indexKey(indexFile));
    cache.useIndex(index);
    if (index && differ) changed = scope.prefix ? rebaseSet(differ, scope.prefix) : differ;
    const memo = changed && cache.memoFor(key);
    if (memo && changed && memoHolds(memo, scope.parts, changed, options.modelDir)) {
      const { components: components2, data: data2 } = memo;
      const evalFiles2 = memo.evalFiles ?? null;
      return {
        fingerprint: {
          fingerprint: modelFingerprint(components2, data2),
          components: components2,
          data: data2,
          ...evalFiles2 && { evalFiles: evalFiles2 }
        },
        stats: { cached: memo.files, vouched: memo.files - memo.others.length, hashed: 0 }
      };
    }
  }
  const listed = raw === null ? null : rebaseListing(parseLsFiles(raw), scope.prefix);
  const files = listed ? listed.files : walkFiles(options.modelDir);
  if (listed && changed) vouched = vouchedFiles(listed.blobs, changed);
  const records = /* @__PURE__ */ new Map();
  const served = /* @__PURE__ */ __name((rel) => {
    const blob = vouched.get(rel);
    const record3 = blob === void 0 ? void 0 : cache.lookupVouched(rel, blob);
    if (record3) records.set(rel, record3);
    return record3 !== void 0;
  }, "served");
  const { parts, targets, dropped } = await select(
    scope,
    options,
    files,
    vouched.size ? served : null
  );
  await hashTargets(targets, cache, records, vouched, options.onProgress);
  const hashOf = /* @__PURE__ */ __name((p) => ({
    name: p.name,
    hash: partHash(p.files.map((path) => ({ path, record: records.get(path) }))),
    files: p.files.length
  }), "hashOf");
  const components = parts.filter((p) => p.kind === "component").map(hashOf);
  const data = parts.filter((p) => p.kind === "data").map(hashOf);
  const found = parts.find((p) => p.kind === "eval");
  const ofModel = found && found.files.length ? new Set(parts.filter((p) => p.kind !== "eval").flatMap((p) => p.files)) : null;
  const evalPart = found && { ...found, files: found.files.filter((f) => !ofModel?.has(f)) };
  const evalFiles = evalPart && evalPart.files.length ? hashOf(evalPart) : null;
  if (raw !== null) {
    const base = folderPrefix(options.modelDir);
    const plain = !dropped && targets.every((t) => t.abs === base + t.rel);
    const memo = {
      key,
      files: records.size,
      components,
      data,
      evalFiles
    };
    cache.keepMemo(memo, plain);
  }
  cache.save();
  return {
    fingerprint: {
      fingerprint: modelFingerprint(components, data),
      components,
      data,
      ...evalFiles && { evalFiles }
    },
    stats: { cached: cache.hits, vouched: cache.vouched, hashed: cache.misses }
  };
}
__name(fingerprintWithStats, "fingerprintWithStats");
function scopeOf(manifest2, options) {
  const depth = options.repoRoot ? depthBelow(options.repoRoot, options.modelDir) : null;
  const issues = pathsLeavingRepo(manifest2, depth);
  if (issues.length) {
    const lines = issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new LeptonError(
      "invalid",
      lines.length === 1 ? lines[0] : `${lines.length} paths leave the repository`,
      lines.length === 1 ? [] : lines
    );
  }
  const parts = selectionParts(manifest2).map(
    (p) => p.optional ? { ...p, optional: p.optional.filter((w) => climbOf(w) <= (depth ?? 0)) } : p
  );
  let climb = 0;
  for (const p of parts)
    for (const q of [...p.paths, ...p.optional ?? []]) climb = Math.max(climb, climbOf(q));
  if (!options.repoRoot) return { parts, git: null, prefix: "" };
  const env = options.env ?? processEnv();
  if (climb === 0) return { parts, git: new Git(options.modelDir, env), prefix: "" };
  const base = resolve3(options.modelDir, ...Array(climb).fill(".."));
  return {
    parts,
    git: new Git(base, env),
    prefix: relative4(base, options.modelDir).split(sep5).join("/")
  };
}
__name(scopeOf, "scopeOf");
function depthBelow(root, dir) {
  const rel = relative4(root, dir);
  return rel === "" ? 0 : rel.split(sep5).length;
}
__name(depthBelow, "depthBelow");
function rebaseListing(listing, prefix) {
  if (prefix === "") return listing;
  const files = listing.files.map((f) => rebaseName(f, prefix)).sort(compareUtf8);
  const blobs = /* @__PURE__ */ new Map();
  for (const [name, blob] of listing.blobs) blobs.set(rebaseName(name, prefix), blob);
  return { files, blobs };
}
__name(rebaseListing, "rebaseListing");
function rebaseSet(names, prefix) {
  return new Set([...names].map((n) => n === "" ? n : rebaseName(n, prefix)));
}
__name(rebaseSet, "rebaseSet");
async function select(scope, options, files, served) {
  let listed = files;
  const sorted = options.repoRoot !== null;
  let { parts, unmatched } = matchParts(scope.parts, listed, sorted);
  const wanted = unionOf(parts.map((p) => p.files));
  const rest = served ? wanted.filter((rel) => !served(rel)) : wanted;
  const targets = statTargets(rest, options.modelDir, options.repoRoot ?? options.modelDir);
  if (targets.length !== rest.length) {
    const present = new Set(targets.map((t) => t.rel));
    const missing = new Set(rest.filter((f) => !present.has(f)));
    listed = listed.filter((f) => !missing.has(f));
    ({ parts, unmatched } = matchParts(scope.parts, listed, sorted));
  }
  if (unmatched.length) {
    const ignored = scope.git ? await listIgnoredFiles(scope.git) : [];
    const rebased = scope.prefix ? ignored.map((n) => rebaseName(n, scope.prefix)) : ignored;
    throw unmatchedError(unmatched, rebased, listed);
  }
  return { parts, targets, dropped: targets.length !== rest.length };
}
__name(select, "select");
function unionOf(lists) {
  const some = lists.filter((l) => l.length > 0);
  if (some.length === 0) return [];
  let out = some[0];
  for (let k = 1; k < some.length; k++) {
    const a = out;
    const b = some[k];
    const merged = [];
    let i = 0;
    let j = 0;
    while (i < a.length && j < b.length) {
      const x = a[i];
      const y = b[j];
      if (x === y) {
        merged.push(x);
        i++;
        j++;
      } else if (compareUtf8(x, y) < 0) {
        merged.push(x);
        i++;
      } else {
        merged.push(y);
        j++;
      }
    }
    while (i < a.length) merged.push(a[i++]);
    while (j < b.length) merged.push(b[j++]);
    out = merged;
  }
  return out;
}
__name(unionOf, "unionOf");

// src/app/status.ts
async function fingerprintProject(ctx, onProgress) {
  const cacheDir = ctx.repoRoot ? ctx.git.gitDir().then((d) => d ? join8(d, "lepton") : null) : null;
  return fingerprintModel(ctx.manifest, {
    modelDir: ctx.modelDir,
    repoRoot: ctx.repoRoot,
    cacheDir,
    env: ctx.env,
    ...onProgress && { onProgress }
  });
}
__name(fingerprintProject, "fingerprintProject");

// src/app/eval.ts
function evalCacheKey(model, fingerprint, settings) {
  const hex = /* @__PURE__ */ __name((h) => h.replace(/^sha256:/, ""), "hex");
  return `lepton-eval-1-${model}-${hex(fingerprint)}-${hex(settings)}`;
}
__name(evalCacheKey, "evalCacheKey");
function killGrace(ctx, options) {
  if (options.killGraceMs !== void 0) return options.killGraceMs;
  return ctx.settings.killGraceMs;
}
__name(killGrace, "killGrace");
function childEnv2(ctx, fp, baseline) {
  const env = {};
  for (const [k, v] of Object.entries(ctx.env)) if (v !== void 0) env[k] = v;
  return {
    ...env,
    ...ctx.manifest.eval.env,
    LEPTON_MODEL: ctx.manifest.model,
    LEPTON_FINGERPRINT: fp.fingerprint,
    LEPTON_BASELINE_VERSION: baseline?.version ?? ""
  };
}
__name(childEnv2, "childEnv");
async function runEval(ctx, fp, baseline, options) {
  const spec = ctx.manifest.eval;
  const before = await snapshotMetricsFiles(ctx.modelDir, [...spec.metrics, ...samplesPaths(spec)]);
  const run2 = await ctx.log.group(
    `eval: ${oneLine(spec.command, 100)}`,
    () => runEvalCommand({
      command: spec.command,
      cwd: resolve4(ctx.modelDir, spec.workdir),
      env: childEnv2(ctx, fp, baseline),
      timeoutMs: spec.timeoutMs,
      killGraceMs: killGrace(ctx, options),
      output: /* @__PURE__ */ __name((chunk) => ctx.log.output(chunk), "output"),
      warn: /* @__PURE__ */ __name((message2) => ctx.log.warn(message2), "warn"),
      ...ctx.signal && { signal: ctx.signal }
    })
  );
  ctx.log.info(`eval finished in ${(run2.durationMs / 1e3).toFixed(1)}s`);
  const read = await readMetricsFiles(
    ctx.modelDir,
    spec.metrics,
    before,
    run2.startedAtMs,
    () => metricsKeyLocation(ctx)
  );
  const samples = await readRunSamples(ctx, before, run2.startedAtMs);
  return { read: { ...read, values: mergeSampleMeans(ctx, read.values, samples) }, samples };
}
__name(runEval, "runEval");
async function restoreCached(ctx, key) {
  if (!ctx.evalCache) return null;
  try {
    const cached = await ctx.evalCache.restore(key);
    if (!cached) return null;
    const values = emptyRecord();
    for (const [k, v] of Object.entries(cached)) if (typeof v === "number") values[k] = v;
    return { values, nonNumeric: emptyRecord(), nonNumericValues: emptyRecord() };
  } catch (e) {
    ctx.log.warn(`eval cache not read: ${e instanceof Error ? e.message : String(e)}`);
    return null;
  }
}
__name(restoreCached, "restoreCached");
async function saveCached(ctx, key, metrics2) {
  if (!ctx.evalCache) return;
  try {
    await ctx.evalCache.save(key, metrics2);
  } catch (e) {
    ctx.log.warn(`eval cache not saved: ${e instanceof Error ? e.message : String(e)}`);
  }
}
__name(saveCached, "saveCached");
function finite2(values) {
  const out = emptyRecord();
  for (const [k, v] of Object.entries(values)) if (Number.isFinite(v)) out[k] = v;
  return out;
}
__name(finite2, "finite");
function fromRecord(record3) {
  const nonNumeric = emptyRecord();
  const nonNumericValues = emptyRecord();
  for (const i of record3.ignored ?? []) {
    nonNumeric[i.metric] = i.what ?? JSON.stringify(i.value);
    nonNumericValues[i.metric] = i.value;
  }
  return { values: record3.metrics, nonNumeric, nonNumericValues };
}
__name(fromRecord, "fromRecord");
async function evaluate(ctx, options = {}) {
  const m = ctx.manifest;
  if (!ctx.repoRoot && options.baseline !== void 0) {
    throw new LeptonError("invalid", "--baseline needs a git repository (versions are git tags)");
  }
  if (options.fetchHistory) await ensureHistory(ctx);
  const [fp, registry] = await Promise.all([
    fingerprintProject(ctx),
    ctx.repoRoot ? readRegistry(ctx.git, m.model) : null
  ]);
  const settings = evalSettingsWithFiles(evalSettingsHash(m.eval), fp.evalFiles);
  const excluded = /* @__PURE__ */ new Map();
  let choice = { entry: null, skipped: [] };
  for (let round = 0; registry && round <= registry.versions.length; round++) {
    choice = await chooseBaseline(ctx.git, registry, options.baseline, excluded);
    const e = choice.entry;
    const reusable = e?.summary?.fingerprint === fp.fingerprint && e.summary.evalSettings === settings;
    if (!e || options.force || !reusable) break;
    const why = await untrustedRecord(ctx, e);
    if (why === null) break;
    excluded.set(e.tag, `not trusted: ${why}`);
  }
  const entry = choice.entry;
  const baseline = entry && { version: entry.version, tag: entry.tag };
  const record3 = entry && await readRecord(ctx.git, entry);
  for (const line of baselineWarnings(choice.skipped, []).skipped) ctx.log.warn(line);
  const changed = {
    ...changedParts(fp, record3),
    ...record3 && record3.evalSettings !== settings && { eval: true }
  };
  let read;
  let reused = false;
  let reusedFrom = null;
  let samples = null;
  const withSamples = m.eval.samples !== void 0;
  const cacheKey2 = evalCacheKey(m.model, fp.fingerprint, settings);
  const sameAsBaseline = baseline !== null && record3 !== null && record3.fingerprint === fp.fingerprint && record3.evalSettings === settings;
  const cached = options.force || options.measured || withSamples || sameAsBaseline ? null : await restoreCached(ctx, cacheKey2);
  if (options.measured) {
    read = await options.measured(fp.fingerprint, settings);
  } else if (!options.force && sameAsBaseline && baseline && record3) {
    ctx.log.info(
      `eval: reusing the metrics of v${baseline.version} (same fingerprint and eval settings; --force runs it anyway)`
    );
    read = fromRecord(record3);
    reused = true;
    reusedFrom = baseline;
  } else if (cached) {
    ctx.log.info("eval: reusing metrics from the eval cache (same fingerprint and eval settings)");
    read = cached;
    reused = true;
  } else {
    ({ read, samples } = await runEval(ctx, fp, baseline, options));
    if (!withSamples) await saveCached(ctx, cacheKey2, finite2(read.values));
  }
  const pointGate = checkThresholds({
    thresholds: m.eval.thresholds,
    metrics: read.values,
    nonNumeric: read.nonNumeric,
    baseline: record3?.metrics ?? null,
    ...baseline && { baselineVersion: baseline.version }
  });
  const noise = await noiseOf(ctx, {
    samples,
    fingerprint: fp.fingerprint,
    baseline,
    baselineRecord: record3,
    reusedRecord: reusedFrom ? record3 : null
  });
  const { gate, notes: noiseNotes } = gateWithNoise(ctx, pointGate, noise, baseline !== null);
  for (const line of noiseNotes) ctx.log.info(line);
  for (const line of baselineWarnings([], gate.checks).newMetrics) ctx.log.warn(line);
  const metrics2 = finite2(read.values);
  const ignored = ignoredValues(read, new Set(m.eval.thresholds.map((t) => t.metric)));
  const trend = registry ? trendOf(registry.versions, gate.checks, metrics2) : null;
  return {
    model: m.model,
    fingerprint: fp,
    passed: gate.passed,
    reused,
    reusedFrom,
    baseline,
    baselineRecord: record3,
    skipped: choice.skipped,
    metrics: metrics2,
    checks: gate.checks,
    changed,
    evalSettings: settings,
    ignored,
    noise,
    noiseNotes,
    trend
  };
}
__name(evaluate, "evaluate");

// src/core/plan/unknown-version.ts
var SHOWN = 5;
function unknownVersionError(registry, version) {
  const all = registry.versions;
  const newest = all.slice(0, SHOWN).map((v) => `v${v.version}`);
  const hint = all.length === 0 ? `${registry.model} has no versions yet: \`lepton record\` makes the first` : all.length <= SHOWN ? `its versions: ${newest.join(", ")}` : `its newest versions: ${newest.join(", ")} (\`lepton show\` lists all ${all.length})`;
  return new LeptonError("invalid", `${registry.model} has no version ${version}`, [hint]);
}
__name(unknownVersionError, "unknownVersionError");

// src/core/report/deploy.ts
var seconds = /* @__PURE__ */ __name((ms) => `${(ms / 1e3).toFixed(1)}s`, "seconds");
var causeText = {
  promote: "deploy",
  redeploy: "redeploy",
  rollback: "redeploy after rollback"
};
var deployOk = /* @__PURE__ */ __name((r) => r.runs[0]?.ok ?? true, "deployOk");
function deployMarkdown(r) {
  const ok = deployOk(r);
  const first = r.runs[0];
  const head = first ? `${ok ? "\u2705" : "\u274C"} ${first.cause === "promote" ? "Deploy" : "Redeploy"} of v${escapeText(first.version)} to ${codeSpan(first.stage)} ${ok ? "succeeded" : "failed"}` : `Nothing deployed to ${codeSpan(r.stage)}`;
  const rows = r.runs.map((x) => [
    escapeText(causeText[x.cause]),
    `v${escapeText(x.version)}`,
    codeSpan(x.environment, true),
    x.ok ? "success" : x.timedOut ? "**timed out**" : "**failure**",
    x.exitCode === null ? "\u2014" : String(x.exitCode),
    seconds(x.durationMs),
    x.ok && x.url ? codeSpan(x.url, true, 500) : ""
  ]);
  const lines = [
    `### Lepton \xB7 ${codeSpan(r.model)}: ${head}`,
    "",
    ...markdownTable(
      ["step", "version", "environment", "result", "exit code", "time", "url"],
      rows,
      ["left", "left", "left", "left", "right", "right", "left"]
    ),
    ""
  ];
  for (const x of r.runs.filter((y) => !y.ok)) {
    lines.push(`- v${escapeText(x.version)}: ${escapeText(x.error ?? "failed", 1e3)}`);
    if (x.details.length) {
      const text = x.details.map((d) => escapeText(d, 500)).join("<br>");
      lines.push(`  <details><summary>last lines of its output</summary>${text}</details>`);
    }
  }
  if (r.rollback) {
    const b = r.rollback;
    const to = b.to ? `${codeSpan(r.stage)} falls back to v${escapeText(b.to.version)} (${codeSpan(b.to.tag)})` : `${codeSpan(r.stage)} is empty now`;
    const pushed = b.pushed === null ? "" : b.pushed ? ", pushed" : ", the remote had it";
    lines.push(
      "",
      `**Rolled back**: ${codeSpan(b.tag)} withdraws v${escapeText(b.version)}${pushed}; ${to}.`,
      `Reason: ${escapeText(b.reason, 1e3)}`
    );
  }
  if (r.kept) lines.push("", `**Not rolled back**: ${escapeText(r.kept, 1e3)}`);
  return lines.join("\n") + "\n";
}
__name(deployMarkdown, "deployMarkdown");

// src/io/deploy/hook.ts
import { mkdtemp, rm, writeFile as writeFile2 } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join as join9 } from "node:path";
function hookVariables(t, recordFile) {
  return {
    LEPTON_MODEL: t.model,
    LEPTON_VERSION: t.version,
    LEPTON_TAG: t.tag,
    LEPTON_STAGE_TAG: t.stageTag ?? "",
    LEPTON_COMMIT: t.commit,
    LEPTON_STAGE: t.stage,
    LEPTON_PREVIOUS_VERSION: t.previousVersion ?? "",
    LEPTON_ARTIFACT: t.artifact ?? "",
    LEPTON_RECORD: recordFile
  };
}
__name(hookVariables, "hookVariables");
async function runDeployHook(options) {
  const { hook, target } = options;
  const dir = await mkdtemp(join9(options.tempDir ?? tmpdir(), "lepton-deploy-"));
  const recordFile = join9(dir, "record.json");
  const started = Date.now();
  try {
    await writeFile2(recordFile, JSON.stringify(target.record, null, 2) + "\n", { mode: 384 });
    const env = {};
    for (const [k, v] of Object.entries(options.env)) if (v !== void 0) env[k] = v;
    await runEvalCommand({
      command: hook.command,
      cwd: options.cwd,
      env: { ...env, ...hookVariables(target, recordFile) },
      timeoutMs: hook.timeoutMs,
      killGraceMs: options.killGraceMs,
      output: options.output,
      warn: options.warn,
      label: "deploy hook",
      timeoutKey: `stages.${target.stage}.deploy.timeout`,
      ...options.settleMs !== void 0 && { settleMs: options.settleMs },
      ...options.signal && { signal: options.signal }
    });
    return {
      ok: true,
      exitCode: 0,
      timedOut: false,
      durationMs: Date.now() - started,
      error: null,
      details: []
    };
  } catch (e) {
    if (e instanceof CommandFailure) {
      return failed(e.message, e.details, e.exitCode, e.timedOut, started);
    }
    if (options.signal?.aborted) throw e;
    if (isLeptonError(e) && e.kind === "eval") {
      return failed(e.message, e.details, null, false, started);
    }
    throw e;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
__name(runDeployHook, "runDeployHook");
function failed(message2, details, exitCode, timedOut, started) {
  return {
    ok: false,
    exitCode,
    timedOut,
    durationMs: Date.now() - started,
    error: message2,
    details
  };
}
__name(failed, "failed");

// src/core/plan/promote.ts
function findStage(manifest2, name) {
  const stage2 = manifest2.stages.find((s) => s.name === name);
  if (stage2) return stage2;
  const known = manifest2.stages.map((s) => s.name);
  throw new LeptonError("invalid", `${manifest2.model} has no stage "${name}"`, [
    known.length ? `stages in the manifest: ${known.join(", ")}` : "the manifest declares no stages"
  ]);
}
__name(findStage, "findStage");
function promotionVersion(registry) {
  const found = registry.versions.find((v) => v.summary?.passed && !v.deregistered);
  if (!found) {
    throw new LeptonError(
      "invalid",
      `${registry.model} has no recorded version that passed its thresholds: nothing to promote`
    );
  }
  return found.version;
}
__name(promotionVersion, "promotionVersion");
function planPromotion(input) {
  const { registry, manifest: manifest2, version, options } = input;
  const stage2 = findStage(manifest2, input.stage);
  const entry = findVersion(registry, version);
  if (!entry) {
    const bad = registry.skipped.find((s) => s.version === version);
    if (!bad) throw unknownVersionError(registry, version);
    const reasons2 = [`${bad.tag} is not a version: ${bad.reason}`];
    return { kind: "refused", version, stage: stage2.name, entry: null, checks: [], reasons: reasons2 };
  }
  const holder = registry.stages[stage2.name] ?? null;
  if (holder?.version === version) {
    const checks3 = input.heldChecks ?? [];
    return {
      kind: "already",
      version,
      stage: stage2.name,
      entry,
      tag: holder.tag,
      n: holder.n,
      checks: checks3
    };
  }
  const { checks: checks2, reasons } = judge(registry, manifest2, entry, stage2);
  if (input.untrusted !== null) reasons.push(`${entry.tag} is not trusted: ${input.untrusted}`);
  if (reasons.length) {
    return { kind: "refused", version, stage: stage2.name, entry, checks: checks2, reasons };
  }
  const n = nextEventN(registry.maxN, input.counterN);
  return {
    kind: "assign",
    version,
    stage: stage2.name,
    entry,
    tag: stageTag(manifest2.model, stage2.name, n),
    n,
    commit: entry.commit,
    checks: checks2,
    record: {
      kind: "stage",
      schema: 1,
      model: manifest2.model,
      version,
      stage: stage2.name,
      n,
      created: options.created,
      checks: checks2,
      runUrl: options.runUrl
    }
  };
}
__name(planPromotion, "planPromotion");
function stageRecord(draft, promotedBy) {
  return { ...draft, promotedBy };
}
__name(stageRecord, "stageRecord");
function promoterName(identity, ci) {
  if (ci) {
    const actor2 = ci.actor ? ` for ${ci.actor}` : "";
    return `github-actions${actor2} (${ci.runUrl ?? "workflow run"})`;
  }
  return `${identity.name} <${identity.email}>`;
}
__name(promoterName, "promoterName");
function judge(registry, manifest2, entry, stage2) {
  const v = `v${entry.version}`;
  const reasons = [];
  const record3 = entry.summary;
  if (!record3) {
    reasons.push(
      `${entry.tag} carries no Lepton record (made by another tool): its checks are unknown`
    );
  } else if (!record3.passed) {
    reasons.push(`${v} did not pass its own thresholds when it was recorded`);
  }
  if (entry.deregistered) reasons.push(`${v} was deregistered (a GTO deregistration tag)`);
  if (stage2.after && !stagesEverHeld(registry.events, entry.version).has(stage2.after)) {
    reasons.push(
      `${v} has never been in ${stage2.after}, and ${stage2.name} comes after ${stage2.after} (promote it there first: lepton promote ${entry.version} ${stage2.after})`
    );
  }
  if (!record3) return { checks: [], reasons };
  const holder = registry.stages[stage2.name] ?? null;
  const holderEntry = holder?.version ? findVersion(registry, holder.version) : null;
  const gate = checkThresholds({
    thresholds: stageThresholds(manifest2, stage2.name),
    metrics: record3.metrics,
    baseline: holderEntry?.summary?.metrics ?? null
  });
  if (!gate.passed) {
    reasons.push(
      `${stage2.name}'s thresholds failed on ${v}'s recorded metrics: ${failedCheckReasons(gate.checks)}`
    );
  }
  return { checks: gate.checks, reasons };
}
__name(judge, "judge");

// src/io/registry/publish.ts
async function publish2(options) {
  const { candidate, pushed, attempts } = await publishDecisions({
    ...options,
    decide: /* @__PURE__ */ __name(async (attempt) => ({ value: null, candidate: await options.decide(attempt) }), "decide")
  });
  return { candidate, pushed, attempts };
}
__name(publish2, "publish");
async function publishDecisions(options) {
  const { git, remote, model } = options;
  const now = options.now ?? Date.now;
  const wait = options.wait ?? sleep2;
  const budget = options.budgetMs ?? DEFAULT_BUDGET_MS;
  const started = now();
  let previous = null;
  for (let attempt = 1; ; attempt++) {
    const { value, candidate } = await options.decide(attempt, previous);
    previous = value;
    if (!candidate) return { value, candidate: null, pushed: false, attempts: attempt };
    const ours = candidate.own ?? await tagObject(git, candidate.tag);
    if (ours === null)
      throw new LeptonError("git", `tag ${candidate.tag} vanished before its push`);
    let counter;
    if (candidate.event) {
      if (candidate.event.n <= candidate.event.counter.n) {
        if (await remoteTagObject(git, remote, candidate.tag) === ours) {
          return { value, candidate, pushed: false, attempts: attempt };
        }
        throw new LeptonError(
          "git",
          `${candidate.tag} exists only in this repository, and ${remote} has newer events of ${model} (up to N ${candidate.event.counter.n}): pushing it would put an older event above them`,
          [`remove it (git tag -d '${candidate.tag}') and run the command again`]
        );
      }
      counter = { counter: candidate.event.counter, object: ours };
    }
    const result = await pushTag(git, remote, candidate.tag, counter, candidate.extra);
    if (result.status === "pushed") return { value, candidate, pushed: true, attempts: attempt };
    if (result.status === "up-to-date")
      return { value, candidate, pushed: false, attempts: attempt };
    if (result.status === "refused" || result.status === "failed") {
      throw await notPushed(options, candidate, result);
    }
    const tagRef = `refs/tags/${candidate.tag}`;
    const refs = candidate.event ? [tagRef, candidate.event.counter.ref] : [tagRef];
    const seen = await remoteRefs(git, remote, refs).catch((e) => {
      throw new LeptonError(
        "git",
        `${remote} refused ${candidate.tag} (${result.detail}) and could not be read again: ${e.message}`,
        [keptHint(candidate)]
      );
    });
    const theirs = seen.get(tagRef) ?? null;
    if (theirs === ours) return { value, candidate, pushed: true, attempts: attempt };
    if (theirs !== null && candidate.own !== ours) {
      throw new LeptonError(
        "git",
        `${remote} has another tag named ${candidate.tag} than this repository`,
        [
          "the local tag was not made by this run, so Lepton leaves it alone;",
          `compare them (git show ${candidate.tag}; git ls-remote ${remote} refs/tags/${candidate.tag}) and remove the wrong one by hand`
        ]
      );
    }
    if (candidate.own !== null) {
      await deleteOwnTag(git, candidate.tag, candidate.own);
      options.onLost?.(candidate.tag);
    }
    if (candidate.event) {
      await syncEventCounter(git, model, seen.get(candidate.event.counter.ref) ?? null);
    }
    const delay = backoffMs(attempt, options.random);
    const spent = now() - started;
    if (options.maxAttempts !== void 0 && attempt >= options.maxAttempts || spent + delay > budget) {
      throw new LeptonError(
        "git",
        `gave up pushing to ${remote} after ${attempt} attempts in ${(spent / 1e3).toFixed(1)} s: concurrent runs kept taking the names first (last: ${result.detail})`,
        ["nothing was lost: run the same command again"]
      );
    }
    options.log?.(
      `${remote} took ${candidate.tag} first (a concurrent run): waiting ${delay} ms, then reading its tags and deciding again`
    );
    await wait(delay);
    await fetchModelTags(git, remote, model);
  }
}
__name(publishDecisions, "publishDecisions");
var keptHint = /* @__PURE__ */ __name((c) => c.event ? "nothing was pushed; run the same command again" : "the tag is kept locally; run the same command with --push again to push it", "keptHint");
async function notPushed(options, candidate, result) {
  const { git, remote } = options;
  const details = result.remoteLines.map((l) => `remote: ${l}`);
  const landed = result.status === "refused" && result.landed.includes(`refs/tags/${candidate.tag}`);
  const removed = candidate.event !== void 0 && candidate.own !== null && !landed;
  if (removed) await deleteOwnTag(git, candidate.tag, candidate.own);
  const after2 = landed ? `${remote} took ${candidate.tag} all the same (it applied --atomic to the other refusal only): the tag stays, here and there` : removed ? "the local stage tag was removed: nothing changed here or on the remote" : keptHint(candidate);
  if (result.status === "failed") {
    return new LeptonError(
      "git",
      `could not push ${candidate.tag} to ${remote}: ${result.detail}`,
      [...details, after2]
    );
  }
  const counterRefused = candidate.event !== void 0 && result.causes.includes(candidate.event.counter.ref) && !result.causes.includes(`refs/tags/${candidate.tag}`);
  return new LeptonError(
    "git",
    `${remote} refused the push of ${candidate.tag}: ${result.detail}`,
    [
      ...details,
      "not a concurrent run taking the name (that is retried): the remote refuses this push (a hook, a protected or hidden ref, permissions), so it was not retried",
      ...counterRefused ? [
        `Lepton keeps ${options.model}'s event counter in ${candidate.event?.counter.ref}: the remote must accept pushes to refs/lepton/*, or concurrent promotions can take one N`
      ] : [],
      after2
    ]
  );
}
__name(notPushed, "notPushed");

// src/io/registry/apply.ts
async function applyTagPlan(options) {
  const decide = /* @__PURE__ */ __name(async (attempt, previous) => {
    const { plan, step } = await options.decide(attempt, previous);
    return { value: plan, candidate: await realize(options, step) };
  }, "decide");
  if (!options.push) {
    const { value } = await decide(1, null);
    return { plan: value, pushed: null, attempts: null };
  }
  const published = await publishDecisions({
    git: options.git,
    remote: options.remote,
    model: options.model,
    decide,
    ...options.log && { log: options.log },
    ...options.maxAttempts !== void 0 && { maxAttempts: options.maxAttempts },
    ...options.budgetMs !== void 0 && { budgetMs: options.budgetMs }
  });
  return {
    plan: published.value,
    pushed: published.candidate ? published.pushed : null,
    attempts: published.attempts
  };
}
__name(applyTagPlan, "applyTagPlan");
async function realize(options, step) {
  if (step.kind === "none") return null;
  if (step.kind === "existing") {
    return {
      tag: step.tag,
      own: null,
      ...step.event && { event: step.event },
      ...step.extra?.length && { extra: step.extra }
    };
  }
  const own4 = await createTag(options.git, {
    name: step.tag,
    commit: step.commit,
    message: step.message,
    identity: step.identity
  });
  if (!own4) {
    throw new LeptonError(
      "git",
      `tag ${step.tag} appeared while this run was deciding (another run here?)`,
      ["run the command again"]
    );
  }
  return {
    tag: step.tag,
    own: own4,
    ...step.event && { event: step.event },
    ...step.extra?.length && { extra: step.extra }
  };
}
__name(realize, "realize");

// src/io/services/artifact-files.ts
var import_picomatch2 = __toESM(require_picomatch2(), 1);
import { readdir as readdir2, realpath, stat as stat3 } from "node:fs/promises";
import { isAbsolute as isAbsolute2, join as join10, relative as relative5, sep as sep6 } from "node:path";
async function expandArtifacts(patterns, modelDir, repoRoot) {
  const found = /* @__PURE__ */ new Set();
  const unmatched = [];
  const outside = [];
  const root = await realpath(repoRoot);
  for (const pattern of patterns) {
    const before = found.size + outside.length;
    const scan = import_picomatch2.default.scan(pattern);
    const base = scan.base.replace(/\/+$/, "");
    const match = scan.isGlob ? (0, import_picomatch2.default)(pattern, { dot: true }) : null;
    for (const file of await filesUnder(join10(modelDir, base))) {
      const rel = toPosix(relative5(modelDir, file));
      if (match && !match(rel)) continue;
      if (!isInside(root, await realpath(file))) outside.push(rel);
      else found.add(rel);
    }
    if (found.size + outside.length === before) unmatched.push(pattern);
  }
  return { files: [...found].sort(), unmatched, outside };
}
__name(expandArtifacts, "expandArtifacts");
async function filesUnder(path) {
  const s = await stat3(path).catch(() => null);
  if (!s) return [];
  if (!s.isDirectory()) return [path];
  const entries = await readdir2(path, { recursive: true, withFileTypes: true });
  const files = [];
  for (const e of entries) {
    const full = join10(e.parentPath ?? e.path, e.name);
    if (full.split(sep6).includes(".git")) continue;
    if (e.isFile()) files.push(full);
    else if (e.isSymbolicLink() && (await stat3(full).catch(() => null))?.isFile()) files.push(full);
  }
  return files;
}
__name(filesUnder, "filesUnder");
var toPosix = /* @__PURE__ */ __name((p) => p.split(sep6).join("/"), "toPosix");
var isInside = /* @__PURE__ */ __name((root, p) => {
  const rel = relative5(root, p);
  return rel === "" || rel !== ".." && !rel.startsWith(".." + sep6) && !isAbsolute2(rel);
}, "isInside");

// src/io/oci/download.ts
import { createHash as createHash8 } from "node:crypto";
import { closeSync as closeSync4, openSync as openSync4, writeSync } from "node:fs";
import net from "node:net";
import tls from "node:tls";
var IDLE_MS = 12e4;
var READ_BUFFER = 1 << 20;
var MAX_HEAD = 64 << 10;
function downloadRaw(url, headers, path) {
  const https2 = url.protocol === "https:";
  const port = Number(url.port || (https2 ? 443 : 80));
  const host = url.hostname.replace(/^\[|\]$/g, "");
  const request = `GET ${url.pathname}${url.search} HTTP/1.1\r
Host: ${url.host}\r
` + Object.entries(headers).map(([k, v]) => `${k}: ${v}\r
`).join("") + "Accept-Encoding: identity\r\nConnection: close\r\n\r\n";
  if (Object.entries(headers).some(([k, v]) => /[\r\n]/.test(k + v))) {
    return Promise.reject(new Error("a request header holds a line break"));
  }
  return new Promise((resolve11, reject) => {
    let head = Buffer.alloc(0);
    let fd = null;
    let left = 0;
    let size = 0;
    const hash2 = createHash8("sha256");
    let settled = false;
    const finish = /* @__PURE__ */ __name((error2, answer) => {
      if (settled) return;
      settled = true;
      socket.destroy();
      if (fd !== null) {
        try {
          closeSync4(fd);
        } catch (e) {
          error2 ??= e;
        }
        fd = null;
      }
      if (error2) reject(error2);
      else resolve11(answer);
    }, "finish");
    const body = /* @__PURE__ */ __name((chunk) => {
      const n = Math.min(chunk.length, left);
      const part2 = n === chunk.length ? chunk : chunk.subarray(0, n);
      hash2.update(part2);
      for (let off = 0; off < n; ) off += writeSync(fd, part2, off, n - off);
      left -= n;
      size += n;
      if (left === 0)
        finish(null, { kind: "written", digest: `sha256:${hash2.digest("hex")}`, size });
    }, "body");
    const onHead = /* @__PURE__ */ __name((bytes) => {
      head = Buffer.concat([head, bytes]);
      const end = head.indexOf("\r\n\r\n");
      if (end < 0) {
        if (head.length > MAX_HEAD) finish(null, { kind: "other", status: 0 });
        return;
      }
      const lines = head.toString("latin1", 0, end).split("\r\n");
      const rest = head.subarray(end + 4);
      head = null;
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(lines[0] ?? "")?.[1] ?? 0);
      const fields = /* @__PURE__ */ new Map();
      for (const line of lines.slice(1)) {
        const colon = line.indexOf(":");
        if (colon > 0)
          fields.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
      }
      const location = fields.get("location");
      if ([301, 302, 303, 307, 308].includes(status) && location) {
        finish(null, { kind: "redirect", status, location });
        return;
      }
      const length = fields.get("content-length");
      const coded = fields.has("transfer-encoding") || (fields.get("content-encoding") ?? "identity").toLowerCase() !== "identity";
      if (status !== 200 || coded || length === void 0 || !/^\d+$/.test(length)) {
        finish(null, { kind: "other", status });
        return;
      }
      left = Number(length);
      fd = openSync4(path, "wx");
      if (left === 0)
        finish(null, { kind: "written", digest: `sha256:${hash2.digest("hex")}`, size: 0 });
      else if (rest.length) body(rest);
    }, "onHead");
    const onread = {
      buffer: Buffer.allocUnsafe(READ_BUFFER),
      callback: /* @__PURE__ */ __name((n, buf) => {
        if (settled) return false;
        const chunk = Buffer.from(buf.buffer, buf.byteOffset, n);
        try {
          if (head !== null) onHead(chunk);
          else body(chunk);
        } catch (e) {
          finish(e);
        }
        return !settled;
      }, "callback")
    };
    const socket = https2 ? (
      // `onread` is documented for tls.connect too (when no `socket` is given); @types/node lacks it.
      tls.connect({
        host,
        port,
        servername: net.isIP(host) ? void 0 : host,
        onread
      })
    ) : net.connect({ host, port, onread });
    socket.setNoDelay(true);
    socket.once(https2 ? "secureConnect" : "connect", () => socket.write(request));
    socket.setTimeout(
      IDLE_MS,
      () => finish(new Error(`no answer for ${IDLE_MS / 1e3} s from ${url.host}`))
    );
    socket.on("error", (e) => finish(e));
    socket.on(
      "close",
      () => finish(
        new Error(
          head !== null ? `${url.host} closed the connection without an answer` : "the connection closed mid-download"
        )
      )
    );
  });
}
__name(downloadRaw, "downloadRaw");

// src/io/oci/http.ts
import http from "node:http";
import https from "node:https";
var agents = {
  "http:": new http.Agent({ keepAlive: true, maxSockets: 8 }),
  "https:": new https.Agent({ keepAlive: true, maxSockets: 8 })
};
var IDLE_MS2 = 12e4;
function send(req) {
  const mod = req.url.protocol === "https:" ? https : http;
  const agent = agents[req.url.protocol];
  return new Promise((resolve11, reject) => {
    const r = mod.request(
      req.url,
      { method: req.method, headers: { ...req.headers }, agent },
      (res) => resolve11({ status: res.statusCode ?? 0, headers: res.headers, body: res })
    );
    r.on("error", reject);
    r.setTimeout(
      IDLE_MS2,
      () => r.destroy(new Error(`no answer for ${IDLE_MS2 / 1e3} s from ${req.url.host}`))
    );
    if (req.body === void 0) r.end();
    else if (Buffer.isBuffer(req.body)) r.end(req.body);
    else {
      const stream = req.body();
      stream.on("error", (e) => r.destroy(e));
      stream.pipe(r);
    }
  });
}
__name(send, "send");
async function readText(res, limit = 4 << 20) {
  return (await readBytes(res, limit)).toString("utf8");
}
__name(readText, "readText");
async function readBytes(res, limit = 4 << 20) {
  const chunks = [];
  let size = 0;
  for await (const chunk of res.body) {
    size += chunk.length;
    if (size > limit) {
      res.body.destroy();
      throw new Error(`response larger than ${limit} bytes`);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
__name(readBytes, "readBytes");
function drain(res) {
  res.body.resume();
}
__name(drain, "drain");

// src/io/oci/reference.ts
var COMPONENT = /^[a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*$/;
var HOST = /^([A-Za-z0-9.-]+|\[[0-9A-Fa-f:]+\])(:\d+)?$/;
var DIGEST = /^sha256:[0-9a-f]{64}$/;
function storeRepository(store, model) {
  const m = /^oci:\/\/([^/]+)((?:\/[^/]+)*?)\/?$/.exec(store);
  const registry = m?.[1] ?? "";
  const path = [...(m?.[2] ?? "").split("/").filter(Boolean), model];
  if (!m || !HOST.test(registry) || !path.every((c) => COMPONENT.test(c))) {
    throw new LeptonError("invalid", `artifacts.store: ${store} is not oci://REGISTRY/PREFIX`, [
      "for example oci://ghcr.io/acme/models"
    ]);
  }
  return { registry, name: path.join("/") };
}
__name(storeRepository, "storeRepository");
var repositoryText = /* @__PURE__ */ __name((r) => `${r.registry}/${r.name}`, "repositoryText");
var pinnedText = /* @__PURE__ */ __name((r) => `${repositoryText(r)}@${r.digest}`, "pinnedText");
function parsePinned(ref2) {
  const at2 = ref2.lastIndexOf("@");
  const slash = ref2.indexOf("/");
  const digest = ref2.slice(at2 + 1);
  const registry = ref2.slice(0, slash);
  const name = ref2.slice(slash + 1, at2);
  if (at2 < 0 || slash < 0 || !DIGEST.test(digest) || !HOST.test(registry) || !name.split("/").every((c) => COMPONENT.test(c))) {
    throw new LeptonError(
      "invalid",
      `${ref2} is not a pinned OCI reference (REGISTRY/NAME@sha256:\u2026)`
    );
  }
  return { registry, name, digest };
}
__name(parsePinned, "parsePinned");
function isLoopback(registry) {
  const host = registry.replace(/:\d+$/, "").replace(/^\[|\]$/g, "");
  return host === "localhost" || host === "::1" || /^127\.\d+\.\d+\.\d+$/.test(host);
}
__name(isLoopback, "isLoopback");

// src/io/oci/client.ts
var MEDIA = {
  manifest: "application/vnd.oci.image.manifest.v1+json",
  artifact: "application/vnd.lepton.model.v1",
  record: "application/vnd.lepton.record.v1+json",
  file: "application/octet-stream"
};
var CHUNK_THRESHOLD = 1024 * 1024 * 1024;
var CHUNK_SIZE = 256 * 1024 * 1024;
var OciClient = class _OciClient {
  constructor(repo, credentials, options) {
    this.repo = repo;
    this.credentials = credentials;
    this.options = options;
    this.base = new URL(
      `${registryOrigin(repo.registry, options.settings.insecure)}/v2/${repo.name}/`
    );
  }
  repo;
  credentials;
  options;
  static {
    __name(this, "OciClient");
  }
  auth = null;
  /** The scope of the Bearer token held (a second challenge for it means the credentials lack access). */
  bearerScope = null;
  base;
  /** Bytes of blobs this client sent (0 when the registry had them all). */
  uploaded = 0;
  /** A client for one repository, with the credentials the settings name for its registry. */
  static async open(repo, options) {
    return new _OciClient(repo, await credentialsFor(options.settings, repo.registry), options);
  }
  get where() {
    return `${this.repo.registry}/${this.repo.name}`;
  }
  /** "Checking if content exists in the registry": `HEAD /v2/<name>/blobs/<digest>`, 200 or 404. */
  async hasBlob(digest) {
    const res = await this.call({ method: "HEAD", url: this.url(`blobs/${digest}`) }, true);
    drain(res);
    if (res.status === 200) return true;
    if (res.status === 404) return false;
    throw await this.failure(`HEAD blob ${digest}`, res);
  }
  /**
   * Pushes a blob unless the registry has it (HEAD first). Up to the chunk threshold:
   * "Pushing a blob monolithically" as POST then PUT `?digest=` with the bytes; above it:
   * "Pushing a blob in chunks", POST, a PATCH per chunk with `Content-Range`, then PUT
   * `?digest=`. Returns the bytes sent (0: the registry had the blob).
   */
  async pushBlob(blob) {
    if (await this.hasBlob(blob.digest)) return 0;
    const threshold2 = this.options.chunkThreshold ?? CHUNK_THRESHOLD;
    const chunk = Math.max(1, this.options.chunkSize ?? CHUNK_SIZE);
    let location = await this.startUpload();
    if (blob.size <= threshold2) {
      const res = await this.call({
        method: "PUT",
        url: withDigest(location, blob.digest),
        headers: { "content-type": "application/octet-stream", "content-length": `${blob.size}` },
        body: /* @__PURE__ */ __name(() => blob.open(0, blob.size - 1), "body")
      });
      await this.expect(res, 201, `PUT blob ${blob.digest}`);
    } else {
      for (let start = 0; start < blob.size; start += chunk) {
        const end = Math.min(blob.size, start + chunk) - 1;
        location = await this.patchChunk(location, blob, start, end);
      }
      const res = await this.call({
        method: "PUT",
        url: withDigest(location, blob.digest),
        headers: { "content-length": "0" }
      });
      await this.expect(res, 201, `PUT blob ${blob.digest}`);
    }
    this.uploaded += blob.size;
    return blob.size;
  }
  async startUpload() {
    const res = await this.call({
      method: "POST",
      url: this.url("blobs/uploads/"),
      headers: { "content-length": "0" }
    });
    await this.expect(res, 202, "POST blob upload");
    return this.location(res);
  }
  /**
   * One chunk: `PATCH <location>` with `Content-Range: <start>-<end>` (inclusive); 202 with the
   * next Location. A chunk whose request fails is sent again from the offset the registry
   * reports (`GET <location>` → 204, `Range: 0-<last>`), at most three times.
   */
  async patchChunk(location, blob, start, end) {
    for (let attempt = 1; ; attempt++) {
      try {
        const res = await this.call({
          method: "PATCH",
          url: location,
          headers: {
            "content-type": "application/octet-stream",
            "content-range": `${start}-${end}`,
            "content-length": `${end - start + 1}`
          },
          body: /* @__PURE__ */ __name(() => blob.open(start, end), "body")
        });
        await this.expect(res, 202, `PATCH blob ${blob.digest} bytes ${start}-${end}`);
        return this.location(res);
      } catch (e) {
        if (attempt >= 3) throw e;
        const status = await this.call({ method: "GET", url: location });
        drain(status);
        const range = /^(?:bytes=)?0-(\d+)$/.exec(String(status.headers.range ?? ""));
        if (status.status !== 204 || !range) throw e;
        const have = Number(range[1]) + 1;
        location = this.location(status);
        if (have > end) return location;
        start = have;
      }
    }
  }
  /** "Pushing Manifests": `PUT /v2/<name>/manifests/<reference>` (a tag or the digest). */
  async putManifest(reference, bytes, mediaType = MEDIA.manifest) {
    const res = await this.call({
      method: "PUT",
      url: this.url(`manifests/${reference}`),
      headers: { "content-type": mediaType, "content-length": `${bytes.length}` },
      body: bytes
    });
    await this.expect(res, 201, `PUT manifest ${reference}`);
  }
  /** `GET /v2/<name>/manifests/<reference>`: the exact bytes (their digest is the manifest's), or null on 404. */
  async getManifest(reference) {
    const res = await this.call(
      {
        method: "GET",
        url: this.url(`manifests/${reference}`),
        headers: { accept: MEDIA.manifest }
      },
      true
    );
    if (res.status === 404) {
      drain(res);
      return null;
    }
    if (res.status !== 200) throw await this.failure(`GET manifest ${reference}`, res);
    return readBytes(res, 4 << 20);
  }
  /** `GET /v2/<name>/blobs/<digest>`, redirects followed: the caller streams (and verifies) the body. */
  async getBlob(digest) {
    const res = await this.call({ method: "GET", url: this.url(`blobs/${digest}`) }, true);
    if (res.status !== 200) throw await this.failure(`GET blob ${digest}`, res);
    return res;
  }
  /**
   * `GET /v2/<name>/blobs/<digest>` straight into a new file `path`, redirects followed (the
   * credentials only to the registry's own host), hashed on the way: the fast path of
   * download.ts. Null, having written nothing, when the answer is not a plain 200 (a challenge,
   * an error): then `getBlob` goes the general way.
   *
   * @throws Error when the connection fails or breaks mid-body (the file may exist, partly written).
   */
  async downloadBlob(digest, path) {
    let url = this.url(`blobs/${digest}`);
    for (let hop = 0; hop < 8; hop++) {
      const auth = url.host === this.base.host && this.auth ? { authorization: this.auth } : {};
      const answer = await downloadRaw(url, auth, path);
      if (answer.kind === "written") return answer;
      if (answer.kind === "other") return null;
      url = new URL(answer.location, url);
    }
    return null;
  }
  url(path) {
    return new URL(path, this.base);
  }
  location(res) {
    const loc = res.headers.location;
    if (!loc) throw this.error("the registry started an upload without a Location header");
    return new URL(loc, this.base);
  }
  /**
   * Sends a request, answering auth challenges (at most two) and following redirects for
   * reads (a blob may live behind a storage URL; the credentials never go to another host).
   */
  async call(req, follow = false) {
    let url = req.url;
    for (let hop = 0; hop < 8; hop++) {
      const sameHost = url.host === this.base.host;
      const res = await this.exchange({ ...req, url }, sameHost);
      const to = res.headers.location;
      if (!follow || ![301, 302, 303, 307, 308].includes(res.status) || !to) return res;
      drain(res);
      url = new URL(to, url);
    }
    throw this.error("too many redirects");
  }
  async exchange(req, withAuth) {
    for (let round = 0; ; round++) {
      const headers = {
        ...req.headers,
        ...withAuth && this.auth && { authorization: this.auth }
      };
      let res;
      try {
        res = await send({ ...req, headers });
      } catch (e) {
        throw this.error(
          `could not reach ${req.url.origin}: ${e.message}`,
          [
            `check that the registry runs and that artifacts.store names it (${req.method} ${req.url.pathname})`
          ],
          e
        );
      }
      if (res.status !== 401 || !withAuth || round >= 2) return res;
      const challenge = String(res.headers["www-authenticate"] ?? "");
      drain(res);
      await this.answer(challenge, round > 0);
    }
  }
  /** Sets the Authorization header that answers a `WWW-Authenticate` challenge, or throws why it cannot. */
  async answer(challenge, again) {
    const scheme = challenge.split(/\s/, 1)[0]?.toLowerCase() ?? "";
    const creds = this.credentials;
    if (scheme === "basic") {
      if (!creds) throw this.needsCredentials();
      const basic = `Basic ${Buffer.from(`${creds.username}:${creds.password}`).toString("base64")}`;
      if (this.auth === basic) throw this.refused(creds);
      this.auth = basic;
      return;
    }
    if (scheme !== "bearer") {
      throw this.error(
        `the registry asks for an authentication scheme Lepton does not speak: ${scheme || "(none)"}`
      );
    }
    const params = parseChallenge(challenge.slice(scheme.length));
    if (!params.realm) throw this.error("the registry sent a Bearer challenge without a realm");
    const ours = `repository:${this.repo.name}:${this.options.actions}`;
    if (again && this.bearerScope === ours) {
      throw creds ? this.refused(creds) : this.needsCredentials();
    }
    const tokenUrl = new URL(params.realm);
    if (tokenUrl.protocol !== "https:" && this.base.protocol === "https:") {
      throw this.error(`the registry's token service is not https: ${tokenUrl.origin}`);
    }
    if (params.service) tokenUrl.searchParams.set("service", params.service);
    tokenUrl.searchParams.append("scope", ours);
    if (params.scope && params.scope !== ours) tokenUrl.searchParams.append("scope", params.scope);
    let res;
    try {
      res = await send({
        method: "GET",
        url: tokenUrl,
        headers: creds ? {
          authorization: `Basic ${Buffer.from(`${creds.username}:${creds.password}`).toString("base64")}`
        } : {}
      });
    } catch (e) {
      throw this.error(
        `could not reach the token service ${tokenUrl.origin}: ${e.message}`,
        [],
        e
      );
    }
    if (res.status === 401 || res.status === 403) {
      drain(res);
      throw creds ? this.refused(creds) : this.needsCredentials();
    }
    if (res.status !== 200) throw await this.failure(`token from ${tokenUrl.origin}`, res);
    let token;
    try {
      const body = JSON.parse(await readText(res, 1 << 20));
      token = body.token ?? body.access_token;
    } catch {
      token = void 0;
    }
    if (typeof token !== "string" || !token) {
      throw this.error(`the token service ${tokenUrl.origin} answered without a token`);
    }
    this.auth = `Bearer ${token}`;
    this.bearerScope = ours;
  }
  async expect(res, status, what) {
    if (res.status === status) {
      drain(res);
      return;
    }
    throw await this.failure(what, res);
  }
  /** A registry's error answer as a LeptonError: status and the spec's error codes, never headers. */
  async failure(what, res) {
    let detail = "";
    try {
      const text = await readText(res, 64 << 10);
      const body = JSON.parse(text);
      detail = (body.errors ?? []).map((e) => [e.code, e.message].filter(Boolean).join(": ")).join("; ");
    } catch {
      res.body.destroy();
    }
    if (res.status === 401 || res.status === 403) {
      return this.credentials ? this.refused(this.credentials, res.status) : this.needsCredentials();
    }
    return this.error(`${what} failed: HTTP ${res.status}${detail ? ` (${detail})` : ""}`);
  }
  needsCredentials() {
    return this.error(`${this.repo.registry} asks for credentials and none are set`, [
      "set LEPTON_REGISTRY_USERNAME and LEPTON_REGISTRY_PASSWORD, or run `docker login` for it"
    ]);
  }
  refused(creds, status = 401) {
    return this.error(
      `${this.repo.registry} refused the credentials from ${creds.source} (HTTP ${status}) for ${this.options.actions} on ${this.repo.name}`,
      ["check the username, the password or token, and that it may push to this repository"]
    );
  }
  error(message2, details = [], cause) {
    return new LeptonError("git", `model store ${this.where}: ${message2}`, details, { cause });
  }
};
function registryOrigin(registry, insecure) {
  return `${insecure || isLoopback(registry) ? "http" : "https"}://${registry}`;
}
__name(registryOrigin, "registryOrigin");
function parseChallenge(text) {
  const params = {};
  const re = /([A-Za-z_]+)=(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    params[m[1].toLowerCase()] = m[2] !== void 0 ? m[2].replace(/\\(.)/g, "$1") : m[3] ?? "";
  }
  return params;
}
__name(parseChallenge, "parseChallenge");
function withDigest(location, digest) {
  const url = new URL(location);
  url.searchParams.set("digest", digest);
  return url;
}
__name(withDigest, "withDigest");

// src/io/oci/store.ts
import { Readable as Readable2 } from "node:stream";

// src/io/oci/digest.ts
import { createHash as createHash9 } from "node:crypto";
import { closeSync as closeSync5, openSync as openSync5, readSync as readSync3, writevSync as writevSync2 } from "node:fs";
import { Readable } from "node:stream";
var READ_CHUNK = 1 << 20;
async function digestFile(path) {
  const hash2 = createHash9("sha256");
  const buf = Buffer.allocUnsafe(READ_CHUNK);
  const fd = openSync5(path, "r");
  let size = 0;
  try {
    for (let i = 1; ; i++) {
      const n = readSync3(fd, buf, 0, READ_CHUNK, null);
      if (n === 0) break;
      hash2.update(n === READ_CHUNK ? buf : buf.subarray(0, n));
      size += n;
      if (i % 64 === 0) await new Promise((r) => setImmediate(r));
    }
  } finally {
    closeSync5(fd);
  }
  return { digest: `sha256:${hash2.digest("hex")}`, size };
}
__name(digestFile, "digestFile");
var digestBytes = /* @__PURE__ */ __name((bytes) => `sha256:${createHash9("sha256").update(bytes).digest("hex")}`, "digestBytes");
var FileRange = class extends Readable {
  constructor(path, start, end) {
    super({ highWaterMark: READ_CHUNK });
    this.path = path;
    this.end = end;
    this.pos = start;
  }
  path;
  end;
  static {
    __name(this, "FileRange");
  }
  fd = null;
  pos;
  _read() {
    try {
      this.fd ??= openSync5(this.path, "r");
      const n = Math.min(READ_CHUNK, this.end + 1 - this.pos);
      if (n <= 0) {
        this.push(null);
        return;
      }
      const buf = Buffer.allocUnsafe(n);
      const got = readSync3(this.fd, buf, 0, n, this.pos);
      if (got === 0) throw new Error(`${this.path} is shorter than when it was hashed`);
      this.pos += got;
      this.push(got === n ? buf : buf.subarray(0, got));
    } catch (e) {
      this.destroy(e);
    }
  }
  _destroy(error2, done) {
    if (this.fd !== null) closeSync5(this.fd);
    this.fd = null;
    done(error2);
  }
};

// src/io/oci/store.ts
var TITLE = "org.opencontainers.image.title";
async function pushArtifact(req) {
  const client2 = await OciClient.open(req.repo, {
    settings: req.settings,
    actions: "pull,push",
    ...req.chunk
  });
  const layers = [];
  for (const file of req.files) {
    const { digest: digest2, size } = await digestFile(file.path);
    await client2.pushBlob({
      digest: digest2,
      size,
      open: /* @__PURE__ */ __name((start, end) => new FileRange(file.path, start, end), "open")
    });
    layers.push({ mediaType: MEDIA.file, digest: digest2, size, annotations: { [TITLE]: file.title } });
  }
  const configDigest = digestBytes(req.config);
  await client2.pushBlob({
    digest: configDigest,
    size: req.config.length,
    open: /* @__PURE__ */ __name((start, end) => bufferStream(req.config.subarray(start, end + 1)), "open")
  });
  const manifest2 = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MEDIA.manifest,
      artifactType: MEDIA.artifact,
      config: { mediaType: MEDIA.record, digest: configDigest, size: req.config.length },
      layers,
      annotations: req.annotations
    })
  );
  const digest = digestBytes(manifest2);
  await client2.putManifest(digest, manifest2);
  return {
    ref: pinnedText({ ...req.repo, digest }),
    digest,
    manifest: manifest2,
    files: layers.map((l) => ({
      title: l.annotations?.[TITLE] ?? "",
      digest: l.digest,
      size: l.size
    })),
    uploaded: client2.uploaded
  };
}
__name(pushArtifact, "pushArtifact");
async function tagManifest(ref2, settings, tag, manifest2) {
  const client2 = await OciClient.open(ref2, { settings, actions: "pull,push" });
  const bytes = manifest2 ?? await verifiedManifest(client2, ref2.digest);
  await client2.putManifest(tag, bytes);
}
__name(tagManifest, "tagManifest");
async function manifestDigestOf(repo, settings, tag) {
  const client2 = await OciClient.open(repo, { settings, actions: "pull" });
  const bytes = await client2.getManifest(tag);
  return bytes && digestBytes(bytes);
}
__name(manifestDigestOf, "manifestDigestOf");
async function verifiedManifest(client2, digest) {
  const where = pinnedText({ ...client2.repo, digest });
  const bytes = await client2.getManifest(digest);
  if (!bytes) throw new LeptonError("git", `${where}: the registry has no such manifest`);
  const got = digestBytes(bytes);
  if (got !== digest) {
    throw new LeptonError("git", `${where}: the manifest the registry returned has digest ${got}`);
  }
  return bytes;
}
__name(verifiedManifest, "verifiedManifest");
var bufferStream = /* @__PURE__ */ __name((bytes) => Readable2.from([bytes]), "bufferStream");

// src/app/store.ts
import { join as join11 } from "node:path";
var storeSettings = /* @__PURE__ */ __name((ctx, given) => given ?? ctx.settings.store, "storeSettings");
async function storeArtifact(ctx, record3, given) {
  const store = ctx.manifest.store;
  if (!store) return record3;
  const repo = storeRepository(store, ctx.manifest.model);
  const found = await expandArtifacts(
    ctx.manifest.artifacts,
    ctx.modelDir,
    ctx.repoRoot ?? ctx.modelDir
  );
  const bad = [
    ...found.unmatched.map(
      (p) => `artifacts.paths: "${p}" matched no file (did the eval build it?)`
    ),
    ...found.outside.map((p) => `${p} resolves outside the repository`),
    ...found.files.filter((f) => f.startsWith("../")).map(
      (f) => `${f} is outside the manifest's folder: its name in the artifact would climb out of the folder it is pulled into`
    )
  ];
  if (bad.length) {
    throw new LeptonError(
      "invalid",
      `cannot push ${record3.model} v${record3.version} to ${store}`,
      bad
    );
  }
  ctx.log.info(`pushing ${found.files.length} file(s) to ${repo.registry}/${repo.name}`);
  const pushed = await pushArtifact({
    repo,
    settings: storeSettings(ctx, given),
    files: found.files.map((title) => ({ title, path: join11(ctx.modelDir, title) })),
    config: Buffer.from(JSON.stringify(record3)),
    annotations: {
      "org.opencontainers.image.version": record3.version,
      "org.opencontainers.image.revision": record3.commit,
      "org.opencontainers.image.created": record3.created,
      ...await sourceOf(ctx)
    }
  });
  const sent = pushed.uploaded === 0 ? "the registry had every blob" : `${pushed.uploaded} bytes sent`;
  ctx.log.info(`stored ${pushed.ref} (${sent})`);
  return { ...record3, artifact: { ...record3.artifact, ref: pushed.ref, digest: pushed.digest } };
}
__name(storeArtifact, "storeArtifact");
async function tagStoredVersion(ctx, record3, given) {
  await pointTag(ctx, record3, record3?.version ?? "", given);
}
__name(tagStoredVersion, "tagStoredVersion");
async function pointStageTag(ctx, record3, stage2, given) {
  return pointTag(ctx, record3, stage2, given);
}
__name(pointStageTag, "pointStageTag");
async function pointTag(ctx, record3, tag, given) {
  const ref2 = record3?.artifact?.ref;
  if (!ctx.manifest.store || !ref2 || !record3) {
    if (ctx.manifest.store && record3) {
      ctx.log.warn(
        `v${record3.version} has no artifact in the model store: its OCI tag ${tag} is not set`
      );
    }
    return false;
  }
  const pinned = parsePinned(ref2);
  const settings = storeSettings(ctx, given);
  try {
    if (await manifestDigestOf(pinned, settings, tag) === pinned.digest) return false;
    await tagManifest(pinned, settings, tag);
  } catch (e) {
    if (!(e instanceof LeptonError)) throw e;
    throw new LeptonError(e.kind, e.message, [
      ...e.details,
      `the git tags are made and ${ref2} holds the files; only the OCI tag :${tag} is missing: run the same command again`
    ]);
  }
  ctx.log.info(`${pinned.registry}/${pinned.name}:${tag} \u2192 ${pinned.digest}`);
  return true;
}
__name(pointTag, "pointTag");
async function sourceOf(ctx) {
  const repo = ctx.settings.repositoryUrl;
  if (repo) return { "org.opencontainers.image.source": repo };
  const url = await ctx.git.remoteUrl("origin") ?? "";
  const scp = /^[\w.-]+@([\w.-]+):(.+?)(\.git)?$/.exec(url);
  if (scp) return { "org.opencontainers.image.source": `https://${scp[1]}/${scp[2]}` };
  try {
    const u = new URL(url);
    if (!["https:", "http:", "ssh:"].includes(u.protocol)) return {};
    u.username = "";
    u.password = "";
    return { "org.opencontainers.image.source": u.toString().replace(/\.git$/, "") };
  } catch {
    return {};
  }
}
__name(sourceOf, "sourceOf");

// src/app/promote.ts
async function promote(ctx, options) {
  if (!ctx.repoRoot) {
    throw new LeptonError("invalid", "promote needs a git repository: versions are git tags");
  }
  const m = ctx.manifest;
  const stage2 = findStage(m, options.stage);
  let asked = null;
  if (options.version !== void 0) {
    asked = parseVersionArg(options.version, m.model);
    if (asked === null) {
      throw new LeptonError(
        "invalid",
        `${options.version}: expected a version (1.2.0, v1.2.0 or ${m.model}@v1.2.0)`
      );
    }
  }
  const remote = options.remote ?? "origin";
  if (options.fetchHistory) await ensureHistory(ctx, remote);
  const budgetMs = options.push ? options.budgetMs ?? ctx.settings.pushBudgetMs : 0;
  if (options.push) {
    try {
      await fetchModelTags(ctx.git, remote, m.model);
    } catch (e) {
      ctx.log.warn(
        `could not fetch ${remote}'s tags (${e instanceof Error ? e.message : String(e)}); deciding on the local tags`
      );
    }
  }
  const runUrl = ctx.settings.runUrl;
  const ci = ctx.settings.ci ? { actor: ctx.settings.actor, runUrl } : null;
  const decide = /* @__PURE__ */ __name(async (attempt, previous) => {
    const [registry, counter] = await Promise.all([
      readRegistry(ctx.git, m.model),
      readEventCounter(ctx.git, m.model)
    ]);
    if (attempt === 1)
      for (const s of registry.skipped) ctx.log.warn(`${s.tag} is skipped: ${s.reason}`);
    let version = previous?.version ?? asked;
    if (version === null) {
      version = promotionVersion(registry);
      ctx.log.info(`promoting the latest version that passed: v${version}`);
    }
    const entry = findVersion(registry, version);
    const holder = registry.stages[stage2.name] ?? null;
    const held = holder?.version === version ? await readRecord(ctx.git, holder) : null;
    const plan2 = planPromotion({
      registry,
      counterN: counter.n,
      manifest: m,
      stage: stage2.name,
      version,
      untrusted: entry?.summary ? await untrustedRecord(ctx, entry) : null,
      heldChecks: held?.kind === "stage" ? held.checks : null,
      options: { created: ctx.now().toISOString(), runUrl }
    });
    if (plan2.kind === "refused") return { plan: plan2, step: { kind: "none" } };
    if (plan2.kind === "already") {
      return { plan: plan2, step: { kind: "existing", tag: plan2.tag, event: { n: plan2.n, counter } } };
    }
    const identity = await resolveIdentity(ctx.git, ctx.settings);
    const record3 = stageRecord(plan2.record, promoterName(identity, ci));
    const step = {
      kind: "create",
      tag: plan2.tag,
      commit: plan2.commit,
      message: formatStageMessage(record3),
      event: { n: plan2.n, counter },
      identity
    };
    return { plan: plan2, step };
  }, "decide");
  const { plan, pushed, attempts } = await applyTagPlan({
    git: ctx.git,
    push: options.push === true,
    remote,
    model: m.model,
    decide,
    log: /* @__PURE__ */ __name((msg) => ctx.log.info(msg), "log"),
    ...options.maxAttempts !== void 0 && { maxAttempts: options.maxAttempts },
    budgetMs
  });
  if (plan.kind !== "refused" && ctx.manifest.store) {
    const versionRecord2 = await readRecord(ctx.git, plan.entry);
    await pointStageTag(ctx, versionRecord2, stage2.name, options.store);
  }
  const base = {
    model: m.model,
    version: plan.version,
    stage: stage2.name,
    pushed,
    attempts,
    checks: plan.checks,
    metrics: plan.entry?.summary?.metrics ?? {}
  };
  if (plan.kind === "assign") {
    return { ...base, promoted: true, tag: plan.tag, already: false, refused: [] };
  }
  if (plan.kind === "already") {
    return { ...base, promoted: false, tag: plan.tag, already: true, refused: [] };
  }
  return {
    ...base,
    promoted: false,
    tag: null,
    already: false,
    refused: plan.reasons,
    pushed: null
  };
}
__name(promote, "promote");

// src/app/deploy.ts
function hookOf(ctx, name) {
  const stage2 = ctx.manifest.stages.find((s) => s.name === name);
  if (!stage2) {
    const known = ctx.manifest.stages.map((s) => s.name);
    throw new LeptonError("invalid", `${ctx.manifest.model} has no stage "${name}"`, [
      known.length ? `stages in the manifest: ${known.join(", ")}` : "the manifest declares no stages"
    ]);
  }
  if (!stage2.deploy) {
    throw new LeptonError("invalid", `stage ${name} has no deploy hook`, [
      `add stages.${name}.deploy.command to the manifest`
    ]);
  }
  return { stage: stage2, hook: stage2.deploy };
}
__name(hookOf, "hookOf");
function holderBefore(registry, stage2, n) {
  const before = registry.events.filter((e) => e.n < n);
  const withdrawn = new Set(registry.versions.filter((v) => v.deregistered).map((v) => v.version));
  return holders(before, withdrawn)[stage2]?.version ?? null;
}
__name(holderBefore, "holderBefore");
function artifactOf(record3) {
  const a = record3?.artifact;
  if (!a) return null;
  return a.ref ?? a.url ?? null;
}
__name(artifactOf, "artifactOf");
var killGrace2 = /* @__PURE__ */ __name((ctx, s) => {
  if (s.killGraceMs !== void 0) return s.killGraceMs;
  const v = Number(ctx.env.LEPTON_KILL_GRACE_MS);
  return ctx.env.LEPTON_KILL_GRACE_MS && Number.isFinite(v) && v >= 0 ? v : DEFAULT_KILL_GRACE_MS;
}, "killGrace");
async function runOnce(ctx, one, s) {
  const m = ctx.manifest;
  const target = {
    model: m.model,
    stage: one.stage,
    version: one.entry.version,
    tag: one.entry.tag,
    environment: one.hook.environment,
    url: one.hook.url
  };
  const tracked = s.tracker ? await s.tracker.start(target) : null;
  const record3 = await readRecord(ctx.git, one.entry);
  const run2 = await ctx.log.group(
    `deploy: v${one.entry.version} \u2192 ${one.stage}`,
    () => runDeployHook({
      hook: one.hook,
      target: {
        model: m.model,
        stage: one.stage,
        version: one.entry.version,
        tag: one.entry.tag,
        stageTag: one.stageTag,
        commit: one.entry.commit,
        previousVersion: one.previous,
        artifact: artifactOf(record3),
        record: record3 ?? { model: m.model, version: one.entry.version }
      },
      cwd: ctx.modelDir,
      env: ctx.env,
      killGraceMs: killGrace2(ctx, s),
      output: /* @__PURE__ */ __name((c) => ctx.log.output(c), "output"),
      warn: /* @__PURE__ */ __name((w) => ctx.log.warn(w), "warn"),
      ...s.tempDir !== void 0 && { tempDir: s.tempDir },
      ...s.settleMs !== void 0 && { settleMs: s.settleMs },
      ...ctx.signal && { signal: ctx.signal }
    })
  );
  const note = run2.ok ? `v${one.entry.version} deployed to ${one.stage}` : `v${one.entry.version}: ${run2.error ?? "deploy failed"}`;
  if (run2.ok) ctx.log.info(`${note} in ${(run2.durationMs / 1e3).toFixed(1)}s`);
  else ctx.log.warn(`deploy of ${note}`);
  if (tracked && s.tracker) await s.tracker.finish(tracked, target, run2.ok, note);
  return {
    model: m.model,
    stage: one.stage,
    version: one.entry.version,
    tag: one.entry.tag,
    cause: one.cause,
    environment: one.hook.environment,
    url: one.hook.url,
    ok: run2.ok,
    exitCode: run2.exitCode,
    timedOut: run2.timedOut,
    durationMs: run2.durationMs,
    error: run2.error,
    details: run2.details,
    deployment: tracked
  };
}
__name(runOnce, "runOnce");
async function deploy2(ctx, options) {
  const m = ctx.manifest;
  if (options.model !== void 0 && options.model !== m.model) {
    throw new LeptonError(
      "invalid",
      `--model ${options.model}: ${ctx.manifestPath} is the manifest of ${m.model}`,
      [`pass that model's manifest with -m PATH/lepton.yml`]
    );
  }
  const { hook } = hookOf(ctx, options.stage);
  if (options.fetchHistory) await ensureHistory(ctx, options.remote ?? "origin");
  const registry = await readRegistry(ctx.git, m.model);
  const holder = registry.stages[options.stage] ?? null;
  let version;
  if (options.version !== void 0) {
    const v = parseVersionArg(options.version, m.model);
    if (v === null) {
      throw new LeptonError(
        "invalid",
        `${options.version}: expected a version (1.2.0, v1.2.0 or ${m.model}@v1.2.0)`
      );
    }
    if (!stagesEverHeld(registry.events, v).has(options.stage)) {
      throw new LeptonError("invalid", `v${v} has never been in ${options.stage}`, [
        holder?.version ? `${options.stage} holds v${holder.version} now (deploy it without --version)` : `nothing holds ${options.stage}`
      ]);
    }
    version = v;
  } else {
    if (!holder?.version) {
      throw new LeptonError(
        "invalid",
        `nothing holds ${options.stage}: there is no version to deploy`,
        [`promote a version first: lepton promote VERSION ${options.stage}`]
      );
    }
    version = holder.version;
  }
  const entry = findVersion(registry, version);
  if (!entry) throw unknownVersionError(registry, version);
  const assignment = lastAssignment(registry.events, options.stage, version);
  const run2 = await runOnce(
    ctx,
    {
      hook,
      stage: options.stage,
      entry,
      stageTag: assignment?.tag ?? null,
      previous: assignment ? holderBefore(registry, options.stage, assignment.n) : null,
      cause: "redeploy"
    },
    options
  );
  return {
    model: m.model,
    stage: options.stage,
    version,
    ok: run2.ok,
    exitCode: run2.exitCode,
    durationMs: run2.durationMs,
    runs: [run2],
    rollback: null,
    kept: run2.ok ? null : `lepton deploy changes no tag: v${version} still holds ${options.stage}${holder?.version === version ? "" : ` (v${holder?.version ?? "?"} does)`}; \`lepton rollback ${options.stage}\` withdraws it`
  };
}
__name(deploy2, "deploy");
function lastAssignment(events, stage2, version) {
  return events.filter((e) => e.action === "assign" && e.stage === stage2 && e.version === version).sort((a, b) => b.n - a.n)[0] ?? null;
}
__name(lastAssignment, "lastAssignment");
async function promoteAndDeploy(ctx, options, settings = {}) {
  const p = await promote(ctx, options);
  const stage2 = ctx.manifest.stages.find((s) => s.name === p.stage);
  const hook = stage2?.deploy ?? null;
  if (!hook || !p.promoted || p.tag === null) {
    if (hook && p.already) {
      ctx.log.info(
        `v${p.version} already holds ${p.stage}: nothing deployed (lepton deploy ${p.stage} deploys it again)`
      );
    }
    return { ...p, deploy: null };
  }
  const registry = await readRegistry(ctx.git, ctx.manifest.model);
  const entry = findVersion(registry, p.version);
  const event = registry.events.find((e) => e.tag === p.tag);
  if (!entry || !event) throw new LeptonError("git", `${p.tag} is gone right after it was made`);
  const first = await runOnce(
    ctx,
    {
      hook,
      stage: p.stage,
      entry,
      stageTag: p.tag,
      previous: holderBefore(registry, p.stage, event.n),
      cause: "promote"
    },
    settings
  );
  const report = {
    runs: [first],
    rollback: null,
    kept: null
  };
  if (!first.ok) await rollBack(ctx, options, settings, hook, first, report);
  return { ...p, deploy: { model: p.model, stage: p.stage, ...report } };
}
__name(promoteAndDeploy, "promoteAndDeploy");
async function rollBack(ctx, options, settings, hook, failed2, report) {
  const stays = `the stage tag stays: v${failed2.version} holds ${failed2.stage} though its deploy failed (\`lepton deploy ${failed2.stage}\` retries it, \`lepton rollback ${failed2.stage}\` withdraws it)`;
  if (!hook.rollbackOnFailure) {
    report.kept = `stages.${failed2.stage}.deploy.rollback_on_failure is false; ${stays}`;
    return;
  }
  if (!settings.withdraw) {
    report.kept = `no rollback is available here; ${stays}`;
    return;
  }
  const reason = `deploy of v${failed2.version} to ${failed2.stage} failed: ${failed2.error ?? "the hook failed"}`;
  let step;
  try {
    step = await settings.withdraw(ctx, {
      stage: failed2.stage,
      version: failed2.version,
      reason,
      exitCode: failed2.exitCode,
      push: options.push ?? false,
      remote: options.remote ?? "origin"
    });
  } catch (e) {
    report.kept = `the rollback failed (${e instanceof Error ? e.message : String(e)}); ${stays}`;
    ctx.log.warn(report.kept);
    return;
  }
  report.rollback = step;
  ctx.log.info(
    `rolled back: ${step.tag} withdraws v${step.version}; ${failed2.stage} ${step.to ? `falls back to v${step.to.version}` : "is empty now"}`
  );
  if (!step.to) return;
  const registry = await readRegistry(ctx.git, ctx.manifest.model);
  const entry = findVersion(registry, step.to.version);
  if (!entry) return;
  report.runs.push(
    await runOnce(
      ctx,
      {
        hook,
        stage: failed2.stage,
        entry,
        stageTag: step.to.tag,
        previous: failed2.version,
        cause: "rollback"
      },
      settings
    )
  );
}
__name(rollBack, "rollBack");
function deployAfterRollback(ctx, stageName, settings = {}) {
  const hook = ctx.manifest.stages.find((s) => s.name === stageName)?.deploy;
  if (!hook) return void 0;
  return async (target) => {
    const registry = await readRegistry(ctx.git, ctx.manifest.model);
    const entry = findVersion(registry, target.version);
    if (!entry) return false;
    const assignment = lastAssignment(registry.events, target.stage, target.version);
    const run2 = await runOnce(
      ctx,
      {
        hook,
        stage: target.stage,
        entry,
        stageTag: assignment?.tag ?? null,
        previous: target.previous || null,
        cause: "rollback"
      },
      settings
    );
    return run2.ok;
  };
}
__name(deployAfterRollback, "deployAfterRollback");

// src/core/delivery/rollback.ts
function activeAssignment(events, stage2, version) {
  let newest = null;
  for (const e of events) {
    if (e.stage !== stage2 || e.target !== version) continue;
    if (newest === null || e.n > newest.n || e.n === newest.n && e.date > newest.date) newest = e;
  }
  return newest?.action === "assign" ? newest : null;
}
__name(activeAssignment, "activeAssignment");
function planRollback(input) {
  const { registry, stage: stage2 } = input;
  const holder = registry.stages[stage2] ?? null;
  let current;
  if (input.pinned !== void 0) {
    current = activeAssignment(registry.events, stage2, input.pinned);
    if (current === null) return { kind: "gone", version: input.pinned };
  } else {
    if (holder === null) {
      return {
        kind: "refused",
        message: `${stage2} holds no version of ${registry.model}: nothing to roll back`,
        hints: [`lepton history ${stage2} shows what it held before`]
      };
    }
    current = holder;
  }
  const version = current.target;
  if (version === null) {
    return {
      kind: "refused",
      message: `${stage2} is held by commit ${current.commit.slice(0, 12)} (${current.tag}), which no version tag names: Lepton cannot record which version it withdraws`,
      hints: ["withdraw it with GTO (gto unassign) or promote a version to the stage"]
    };
  }
  const deregistered = new Set(
    registry.versions.filter((v) => v.deregistered).map((v) => v.version)
  );
  const withdrawal = {
    action: "unassign",
    stage: stage2,
    n: Math.max(registry.maxN, ...registry.events.map((e) => e.n)) + 1,
    tag: "",
    object: "",
    version: null,
    target: version,
    commit: current.commit,
    date: "",
    summary: null
  };
  const after2 = holders([...registry.events, withdrawal], deregistered)[stage2] ?? null;
  if (after2 !== null && after2.version === null) {
    return {
      kind: "refused",
      message: `withdrawing v${version} would leave ${stage2} to commit ${after2.commit.slice(0, 12)} (${after2.tag}), which no version tag names`,
      hints: ["promote the version it should fall back to instead"]
    };
  }
  const to = after2 && after2.version !== null ? { version: after2.version, tag: after2.tag } : null;
  if (to === null && !input.allowEmpty) {
    return {
      kind: "refused",
      message: `v${version} is the only version ${stage2} holds: rolling it back leaves ${stage2} empty`,
      hints: [
        "pass --allow-empty to withdraw it anyway (the stage then holds nothing)",
        `or promote the version it should hold instead: lepton promote VERSION ${stage2}`
      ]
    };
  }
  return {
    kind: "withdraw",
    from: { version, tag: current.tag, commit: current.commit },
    to
  };
}
__name(planRollback, "planRollback");
function monitorRollbackReason(checks2) {
  const failed2 = checks2.filter((c) => !c.passed && c.level === "error");
  const lines = failed2.map((c) => plainCheckLine(c).replace(/^FAIL {2}/, ""));
  return `monitor failed: ${lines.join("; ") || "a threshold failed"}`;
}
__name(monitorRollbackReason, "monitorRollbackReason");

// src/app/rollback.ts
async function rollback(ctx, options) {
  if (!ctx.repoRoot) {
    throw new LeptonError("invalid", "rollback needs a git repository: stages are git tags");
  }
  const m = ctx.manifest;
  if (options.model !== void 0 && options.model !== m.model) {
    throw new LeptonError(
      "invalid",
      `--model ${options.model}: ${ctx.manifestPath} is the manifest of ${m.model}`,
      [`pass that model's manifest with -m PATH/lepton.yml`]
    );
  }
  const reason = options.reason.trim();
  if (reason === "") {
    throw new LeptonError("invalid", "rollback needs a reason (--reason TEXT)", [
      "it goes into the unassignment tag: the audit trail says why the version was withdrawn"
    ]);
  }
  const remote = options.remote ?? "origin";
  if (options.fetchHistory) await ensureHistory(ctx, remote);
  const budgetMs = options.push ? options.budgetMs ?? ctx.settings.pushBudgetMs : 0;
  if (options.push) {
    try {
      await fetchModelTags(ctx.git, remote, m.model);
    } catch (e) {
      ctx.log.warn(
        `could not fetch ${remote}'s tags (${e instanceof Error ? e.message : String(e)}); deciding on the local tags`
      );
    }
  }
  const stage2 = options.stage;
  let identity = null;
  let pinned = options.version;
  let first = true;
  let made = null;
  let gone = null;
  let goneFrom = null;
  const decide = /* @__PURE__ */ __name(async () => {
    const [registry2, counter] = await Promise.all([
      readRegistry(ctx.git, m.model),
      readEventCounter(ctx.git, m.model)
    ]);
    if (first) {
      first = false;
      const known = /* @__PURE__ */ new Set([
        ...m.stages.map((s) => s.name),
        ...registry2.events.map((e) => e.stage)
      ]);
      if (!known.has(stage2)) {
        throw new LeptonError("invalid", `${m.model} has no stage "${stage2}"`, [
          known.size ? `stages: ${[...known].join(", ")}` : "the manifest declares no stages"
        ]);
      }
    }
    const plan = planRollback({
      registry: registry2,
      stage: stage2,
      allowEmpty: options.allowEmpty ?? false,
      ...pinned !== void 0 && { pinned }
    });
    if (plan.kind === "refused") throw new LeptonError("invalid", plan.message, [...plan.hints]);
    if (plan.kind === "gone") {
      const holder2 = registry2.stages[stage2] ?? null;
      gone = holder2?.version ? { version: holder2.version, tag: holder2.tag } : null;
      const last = registry2.events.find(
        (e) => e.stage === stage2 && e.action === "assign" && e.target === plan.version
      );
      goneFrom = { version: plan.version, tag: last?.tag ?? "" };
      made = null;
      return null;
    }
    pinned = plan.from.version;
    identity ??= await resolveIdentity(ctx.git, ctx.settings);
    const n = nextEventN(registry2.maxN, counter.n);
    const tag = unassignTag(m.model, stage2, n);
    const record4 = {
      kind: "unassign",
      schema: 1,
      model: m.model,
      stage: stage2,
      version: plan.from.version,
      n,
      from: { version: plan.from.version, tag: plan.from.tag },
      to: plan.to,
      reason,
      by: actor(identity, ctx.settings),
      at: ctx.now().toISOString(),
      runUrl: ctx.settings.runUrl,
      ...options.exitCode !== void 0 && { exitCode: options.exitCode }
    };
    const object = await createTag(ctx.git, {
      name: tag,
      commit: plan.from.commit,
      message: formatUnassignMessage(record4),
      identity
    });
    if (!object) {
      throw new LeptonError("git", `tag ${tag} appeared while this run was deciding`, [
        "run the command again"
      ]);
    }
    made = { record: record4, tag, from: record4.from };
    return { tag, own: object, event: { n, counter } };
  }, "decide");
  let pushed = null;
  let attempts = null;
  if (options.push) {
    const published = await publish2({
      git: ctx.git,
      remote,
      model: m.model,
      decide,
      log: /* @__PURE__ */ __name((msg) => ctx.log.info(msg), "log"),
      onLost: /* @__PURE__ */ __name((tag) => ctx.log.info(`${remote} took ${tag}'s N first: deciding again`), "onLost"),
      ...options.maxAttempts !== void 0 && { maxAttempts: options.maxAttempts },
      budgetMs
    });
    if (published.candidate) pushed = published.pushed;
    attempts = published.attempts;
  } else {
    await decide();
  }
  const done = made;
  if (done === null) {
    ctx.log.info(`v${pinned ?? "?"} was withdrawn from ${stage2} by a concurrent run already`);
  } else {
    ctx.log.info(`${done.tag}: v${done.from.version} withdrawn from ${stage2}`);
  }
  const registry = await readRegistry(ctx.git, m.model);
  const holder = registry.stages[stage2] ?? null;
  const to = holder?.version != null ? { version: holder.version, tag: holder.tag } : gone;
  const toEntry = to ? findVersion(registry, to.version) : null;
  let storeMoved = false;
  if (m.store && done !== null) {
    if (toEntry) {
      const toRecord = await readRecord(ctx.git, toEntry);
      storeMoved = await moveStoreTag(ctx, toRecord, stage2, options.store);
    } else {
      ctx.log.warn(
        `${stage2} is empty now; the model store's :${stage2} tag still names v${done.from.version} (a registry cannot remove a tag)`
      );
    }
  }
  let deployed = null;
  if (options.deploy && toEntry && to) {
    deployed = await options.deploy({
      stage: stage2,
      version: to.version,
      tag: toEntry.tag,
      commit: toEntry.commit,
      previous: done?.from.version ?? pinned ?? ""
    });
  }
  const record3 = done?.record;
  return {
    model: m.model,
    stage: stage2,
    from: done?.from ?? goneFrom ?? { version: pinned ?? "", tag: "" },
    to,
    tag: done?.tag ?? null,
    n: record3?.n ?? null,
    reason,
    by: record3?.by ?? actor(identity ?? await resolveIdentity(ctx.git, ctx.settings), ctx.settings),
    at: record3?.at ?? ctx.now().toISOString(),
    runUrl: record3?.runUrl ?? ctx.settings.runUrl,
    pushed,
    attempts,
    storeMoved,
    deployed
  };
}
__name(rollback, "rollback");
async function moveStoreTag(ctx, record3, stage2, store) {
  try {
    return await pointStageTag(ctx, record3, stage2, store);
  } catch (e) {
    if (!(e instanceof LeptonError)) throw e;
    const v = record3?.version ?? "VERSION";
    throw new LeptonError(e.kind, e.message, [
      ...e.details.slice(0, -1),
      `the rollback's git tag is made; only the model store's :${stage2} tag was not moved. Do not roll back again: run lepton promote ${v} ${stage2} (${stage2} holds v${v} already, so only the OCI tag moves)`
    ]);
  }
}
__name(moveStoreTag, "moveStoreTag");
function actor(id, settings) {
  if (settings.ci) {
    const who = settings.actor ? ` for ${settings.actor}` : "";
    return `github-actions${who} (${settings.runUrl ?? "workflow run"})`;
  }
  return `${id.name} <${id.email}>`;
}
__name(actor, "actor");

// src/app/deploy-rollback.ts
var withdrawOnFailure = /* @__PURE__ */ __name(async (ctx, req) => {
  const r = await rollback(ctx, {
    stage: req.stage,
    version: req.version,
    reason: req.reason,
    exitCode: req.exitCode,
    allowEmpty: true,
    push: req.push,
    remote: req.remote
  });
  return {
    // null: a concurrent run withdrew it first; its tag is the rollback asked for.
    tag: r.tag ?? "(withdrawn by a concurrent run)",
    version: r.from.version,
    to: r.to,
    pushed: r.pushed,
    reason: r.reason
  };
}, "withdrawOnFailure");

// src/io/github/deployments.ts
var DESCRIPTION_MAX = 140;
var clip2 = /* @__PURE__ */ __name((s) => s.length > DESCRIPTION_MAX ? `${s.slice(0, DESCRIPTION_MAX - 1)}\u2026` : s, "clip");
function githubDeployments(o) {
  const [owner, repo] = (o.repository ?? "").split("/");
  if (!o.token || !owner || !repo) {
    return {
      start: /* @__PURE__ */ __name(async (t) => {
        o.warn(`no token or GITHUB_REPOSITORY: the deploy of ${t.tag} is not a GitHub Deployment`);
        return null;
      }, "start"),
      finish: /* @__PURE__ */ __name(async () => {
      }, "finish")
    };
  }
  let client2 = null;
  const api = /* @__PURE__ */ __name(() => client2 ??= openGitHubClient({
    token: o.token,
    warn: o.warn,
    ...o.apiUrl && { baseUrl: o.apiUrl },
    ...o.paceMs !== void 0 && { paceMs: o.paceMs }
  }), "api");
  const why = /* @__PURE__ */ __name((e) => {
    const status2 = e.status;
    const message2 = e instanceof Error ? e.message : String(e);
    return status2 === 403 || status2 === 404 ? `${message2} (the job needs \`permissions: deployments: write\`)` : message2;
  }, "why");
  const status = /* @__PURE__ */ __name(async (id, state, t, description) => {
    await (await api()).rest.repos.createDeploymentStatus({
      owner,
      repo,
      deployment_id: id,
      state,
      description: clip2(description),
      ...o.runUrl && { log_url: o.runUrl },
      ...t.url && state === "success" && { environment_url: t.url }
    });
  }, "status");
  return {
    async start(t) {
      try {
        const r = await (await api()).rest.repos.createDeployment({
          owner,
          repo,
          ref: t.tag,
          environment: t.environment,
          auto_merge: false,
          required_contexts: [],
          payload: { model: t.model, version: t.version, tag: t.tag },
          description: clip2(`${t.model} v${t.version} to ${t.stage}`),
          transient_environment: false
        });
        const d = r.data;
        if (typeof d.id !== "number") {
          o.warn(`GitHub created no deployment for ${t.tag}`);
          return null;
        }
        const tracked = { id: d.id, url: d.url ?? "" };
        await status(d.id, "in_progress", t, `deploying ${t.model} v${t.version}`);
        o.info(`GitHub deployment ${d.id}: ${t.tag} to environment ${t.environment}`);
        return tracked;
      } catch (e) {
        o.warn(`could not create a GitHub deployment for ${t.tag}: ${why(e)}`);
        return null;
      }
    },
    async finish(tracked, t, ok, note) {
      try {
        await status(tracked.id, ok ? "success" : "failure", t, note);
      } catch (e) {
        o.warn(`could not set GitHub deployment ${tracked.id}'s status: ${why(e)}`);
      }
    }
  };
}
__name(githubDeployments, "githubDeployments");

// src/action/history.ts
async function fetchModelHistory2(git, model, options) {
  await fetchModelHistory(git, model, {
    baseBranch: options.baseBranch,
    info: /* @__PURE__ */ __name((m) => options.log.info(m), "info")
  });
}
__name(fetchModelHistory2, "fetchModelHistory");

// src/action/deploy-mode.ts
function actionDeploySettings(s) {
  return {
    ...trackedSettings(s),
    withdraw: withdrawOnFailure
  };
}
__name(actionDeploySettings, "actionDeploySettings");
function trackedSettings(s) {
  const tracker = githubDeployments({
    token: s.inputs.token,
    repository: s.env.GITHUB_REPOSITORY,
    apiUrl: s.env.GITHUB_API_URL,
    ...paceFromEnv(s.env),
    runUrl: workflowRunUrl(s.env),
    warn: s.log.warn,
    info: s.log.info
  });
  return { tempDir: s.tempDir, tracker };
}
__name(trackedSettings, "trackedSettings");
function withDeploy(result, d) {
  if (!d) return result;
  const first = d.runs[0];
  const failed2 = !deployOk(d);
  return {
    ...result,
    report: `${result.report}
${deployMarkdown(d)}`,
    ...failed2 && {
      gateFailure: `deploy of v${first?.version ?? "?"} to ${d.stage} failed: ${first?.error ?? "see the report"}${d.rollback ? ` (rolled back: ${d.rollback.tag})` : ""}`,
      exitCode: EXIT_CODES.eval
    }
  };
}
__name(withDeploy, "withDeploy");
async function deployMode(ctx, s, plan) {
  const model = ctx.manifest.model;
  await fetchModelHistory2(ctx.git, model, { baseBranch: null, log: s.log });
  const r = await deploy2(ctx, {
    stage: plan.stage,
    ...plan.version !== null && { version: plan.version },
    ...trackedSettings(s)
  });
  return withDeploy(
    {
      ...empty(model),
      version: r.version,
      tag: versionTag(model, r.version),
      passed: r.ok
    },
    r
  );
}
__name(deployMode, "deployMode");

// src/core/registry/bump.ts
var import_semver2 = __toESM(require_semver(), 1);
var ORDER = ["none", "patch", "minor", "major"];
function bumpFor(changed, rules) {
  const levels = ["none"];
  if (changed.components.length) levels.push(rules.components);
  if (changed.data.length) levels.push(rules.data);
  return levels.reduce((a, b) => ORDER.indexOf(b) > ORDER.indexOf(a) ? b : a);
}
__name(bumpFor, "bumpFor");
function nextVersion(latest, bump2, first) {
  if (latest === null) return first;
  if (bump2 === "none") return null;
  const base = import_semver2.default.parse(latest);
  if (!base) throw new LeptonError("invalid", `not a semantic version: ${latest}`);
  return import_semver2.default.inc(`${base.major}.${base.minor}.${base.patch}`, bump2);
}
__name(nextVersion, "nextVersion");
function checkOverride(version, latest) {
  const v = import_semver2.default.valid(version.replace(/^v/, ""));
  if (!v || import_semver2.default.prerelease(v) || import_semver2.default.parse(v)?.build.length) {
    throw new LeptonError("invalid", `--version ${version}: expected X.Y.Z (for example 1.4.0)`);
  }
  if (latest !== null && !import_semver2.default.gt(v, latest)) {
    throw new LeptonError(
      "invalid",
      `--version ${v} must be higher than the latest recorded version, ${latest}`
    );
  }
  return v;
}
__name(checkOverride, "checkOverride");

// src/core/plan/record.ts
var BUMP_NONE_NOTE = 'only parts whose versioning.bump is "none" changed: no new version';
function planRecord(input) {
  const { registry, outcome, manifest: manifest2, head, recorded, options } = input;
  if (recorded) {
    return {
      kind: "recorded",
      version: recorded.entry.version,
      tag: recorded.entry.tag,
      record: recorded.record
    };
  }
  const onHead = versionOnCommit(registry, head);
  if (onHead) throw oneVersionPerCommit(head, onHead);
  const latest = registry.versions[0] ?? null;
  let version;
  let bump2 = null;
  if (options.version !== void 0) {
    const wanted = options.version.replace(/^v/, "");
    if (options.retry && findVersion(registry, wanted)) {
      throw new LeptonError(
        "git",
        `version ${wanted} was recorded meanwhile by another run, for other content`,
        ["run again with a higher --version, or without it"]
      );
    }
    version = checkOverride(options.version, latest?.version ?? null);
  } else {
    ({ version, bump: bump2 } = bumped(
      registry,
      input.latestRecord,
      outcome.fingerprint,
      manifest2.versioning
    ));
  }
  if (version === null) return { kind: "none", note: BUMP_NONE_NOTE };
  return {
    kind: "create",
    version,
    tag: versionTag(manifest2.model, version),
    commit: head,
    bump: bump2,
    record: versionRecord(manifest2.model, outcome, version, head, options)
  };
}
__name(planRecord, "planRecord");
function bumped(registry, latestRecord, fingerprint, versioning) {
  const { first, bump: rules } = versioning;
  const latest = registry.versions[0] ?? null;
  const level = latest ? bumpFor(changedParts(fingerprint, latestRecord), rules) : null;
  let version = latest ? nextVersion(latest.version, level ?? "minor", first) : first;
  const taken = new Set(registry.skipped.map((s) => s.version));
  while (version !== null && taken.has(version)) {
    version = nextVersion(version, level === null || level === "none" ? "patch" : level, first);
  }
  return { version, bump: level };
}
__name(bumped, "bumped");
function versionRecord(model, outcome, version, commit, options) {
  const hashes = /* @__PURE__ */ __name((parts) => Object.fromEntries(parts.map((p) => [p.name, p.hash])), "hashes");
  return {
    kind: "version",
    schema: 1,
    model,
    version,
    commit,
    created: options.created,
    fingerprint: outcome.fingerprint.fingerprint,
    components: hashes(outcome.fingerprint.components),
    data: hashes(outcome.fingerprint.data),
    metrics: outcome.metrics,
    ...outcome.ignored.length > 0 && { ignored: outcome.ignored },
    checks: outcome.checks,
    passed: outcome.passed,
    baseline: outcome.baseline && { version: outcome.baseline.version, tag: outcome.baseline.tag },
    evalSettings: outcome.evalSettings,
    reused: outcome.reused,
    runUrl: options.runUrl,
    artifact: null
  };
}
__name(versionRecord, "versionRecord");
function versionOnCommit(registry, commit) {
  return registry.versions.find((v) => v.commit === commit && !v.lightweight && !v.deregistered) ?? null;
}
__name(versionOnCommit, "versionOnCommit");
function oneVersionPerCommit(head, onHead) {
  const what = onHead.summary ? "recorded for other content" : "made without a Lepton record";
  return new LeptonError(
    "invalid",
    `${head.slice(0, 12)} already carries ${onHead.tag} (${what}); a commit holds one version of a model`,
    ["commit the change, then record the new commit"]
  );
}
__name(oneVersionPerCommit, "oneVersionPerCommit");
function checkVersionOverride(registry, override) {
  const v = checkOverride(override, registry.versions[0]?.version ?? null);
  const taken = registry.skipped.find((s) => s.version === v);
  if (taken) {
    throw new LeptonError(
      "invalid",
      `--version ${v}: the tag ${versionTag(registry.model, v)} exists already (${taken.reason})`,
      ["choose a higher --version"]
    );
  }
  return v;
}
__name(checkVersionOverride, "checkVersionOverride");

// src/app/record-checks.ts
import { relative as relative6, sep as sep7 } from "node:path";
async function refuseDirtyTree(ctx) {
  const root = ctx.repoRoot;
  const toRepo = /* @__PURE__ */ __name((abs) => relative6(root, abs).split(sep7).join("/"), "toRepo");
  const prefix = toRepo(ctx.modelDir);
  const matchers = partsOf(ctx.manifest).map(({ kind, part: part2 }) => ({
    label: `${kind} "${part2.name}"`,
    // `!` exclusions apply, as in the fingerprint.
    test: partMatcher(part2.paths)
  }));
  const evalPaths = ctx.manifest.eval.paths ?? [];
  if (evalPaths.length) matchers.push({ label: "eval.paths", test: partMatcher(evalPaths) });
  const outputs = partMatcher([...ctx.manifest.eval.metrics, ...ctx.manifest.artifacts]);
  const manifest2 = toRepo(ctx.manifestPath);
  const commandFiles = new Set(evalFilesPart(ctx.manifest)?.optional ?? []);
  const dirty = [];
  for (const path of await pathsDifferingFromHead(ctx.git)) {
    if (path === manifest2) {
      dirty.push(`${path} (the manifest: its thresholds decide whether the version passed)`);
      continue;
    }
    const inModel = rebaseName(path, prefix);
    if (commandFiles.has(inModel)) {
      dirty.push(`${path} (named by eval.command)`);
      continue;
    }
    const owner = matchers.find((m) => m.test(inModel));
    if (!owner) continue;
    dirty.push(
      outputs(inModel) ? `${path} (${owner.label}; the eval or build writes it: add it to .gitignore, not to a commit)` : `${path} (${owner.label})`
    );
  }
  if (dirty.length === 0) return;
  const shown = dirty.slice(0, 20);
  if (dirty.length > shown.length) shown.push(`\u2026 and ${dirty.length - shown.length} more`);
  throw new LeptonError(
    "invalid",
    `${dirty.length} file${dirty.length === 1 ? "" : "s"} of the model differ${dirty.length === 1 ? "s" : ""} from HEAD: commit them (or stash them) first, since the version tag would name HEAD`,
    shown
  );
}
__name(refuseDirtyTree, "refuseDirtyTree");
async function refuseBeforeEval(ctx, registry, head, override) {
  if (override !== void 0) checkVersionOverride(registry, override);
  const onHead = versionOnCommit(registry, head);
  if (!onHead) return;
  if (onHead.summary) {
    const fp = await fingerprintProject(ctx);
    if (await findTrustedByFingerprint(ctx, registry, fp.fingerprint)) return;
  }
  throw oneVersionPerCommit(head, onHead);
}
__name(refuseBeforeEval, "refuseBeforeEval");

// src/app/record.ts
async function record2(ctx, options = {}) {
  if (!ctx.repoRoot) {
    throw new LeptonError("invalid", "record needs a git repository: versions are git tags");
  }
  const model = ctx.manifest.model;
  const remote = options.remote ?? "origin";
  const budgetMs = options.push ? options.budgetMs ?? ctx.settings.pushBudgetMs : 0;
  const asked = [
    headCommit(ctx.git),
    refuseDirtyTree(ctx),
    resolveIdentity(ctx.git, ctx.settings)
  ];
  for (const p of asked) p.catch(() => void 0);
  const head = await asked[0];
  await asked[1];
  const identity = await asked[2];
  if (options.fetchHistory) {
    const history = await ensureHistory(ctx, remote);
    if (history.state === "missing" && !options.noBaseline) {
      throw new LeptonError(
        "invalid",
        `not recording: ${history.why}, so the baseline and the latest version may be missing`,
        [
          `fetch the tags (git fetch --unshallow ${remote} 'refs/tags/*:refs/tags/*'), or pass --no-baseline to record against the local tags only`
        ]
      );
    }
  }
  if (options.push && !options.tagsFetched) await fetchForDecision(ctx, remote);
  await refuseBeforeEval(ctx, await readRegistry(ctx.git, model), head, options.version);
  const outcome = await evaluate(ctx, {
    ...options.force && { force: true },
    ...options.baseline !== void 0 && { baseline: options.baseline },
    ...options.measured && { measured: options.measured }
  });
  const fingerprint = outcome.fingerprint.fingerprint;
  const runUrl = ctx.settings.runUrl;
  const decide = /* @__PURE__ */ __name(async (attempt) => {
    const registry = await readRegistry(ctx.git, model);
    const found = await findTrustedByFingerprint(ctx, registry, fingerprint);
    const latest = found || options.version !== void 0 ? null : registry.versions[0] ?? null;
    const plan2 = planRecord({
      registry,
      outcome,
      manifest: ctx.manifest,
      head,
      recorded: found && { entry: found, record: await readRecord(ctx.git, found) },
      latestRecord: latest && await readRecord(ctx.git, latest),
      options: {
        ...options.version !== void 0 && { version: options.version },
        retry: attempt > 1,
        created: ctx.now().toISOString(),
        runUrl
      }
    });
    if (plan2.kind === "none") return { plan: plan2, step: { kind: "none" } };
    if (plan2.kind === "recorded") {
      const extra2 = await samplesPush(ctx, plan2.record);
      return { plan: plan2, step: { kind: "existing", tag: plan2.tag, extra: extra2 } };
    }
    const extra = await options.beforeTag?.(outcome, plan2.version) ?? {};
    const record3 = await storeArtifact(
      ctx,
      { ...plan2.record, artifact: extra.artifact ?? null, ...noiseRecordFields(outcome.noise) },
      options.store
    );
    const made = { ...plan2, record: record3 };
    const message2 = formatVersionMessage(record3);
    return {
      plan: made,
      step: {
        kind: "create",
        tag: plan2.tag,
        commit: plan2.commit,
        message: message2,
        identity,
        extra: await samplesPush(ctx, record3)
      }
    };
  }, "decide");
  const { plan, pushed, attempts } = await applyTagPlan({
    git: ctx.git,
    push: options.push === true,
    remote,
    model,
    decide,
    log: /* @__PURE__ */ __name((m) => ctx.log.info(m), "log"),
    ...options.maxAttempts !== void 0 && { maxAttempts: options.maxAttempts },
    budgetMs
  });
  if (plan.kind !== "none") await tagStoredVersion(ctx, plan.record, options.store);
  if (plan.kind !== "none") await keepSamplesRef(ctx, plan.record);
  const base = { outcome, pushed, attempts, commit: head };
  if (plan.kind === "none") {
    return { ...base, version: null, tag: null, created: false, record: null, note: plan.note };
  }
  const { version, tag, record: rec } = plan;
  return { ...base, version, tag, created: plan.kind === "create", record: rec, note: null };
}
__name(record2, "record");
async function fetchForDecision(ctx, remote) {
  try {
    await fetchModelTags(ctx.git, remote, ctx.manifest.model);
  } catch (e) {
    ctx.log.warn(
      `could not fetch ${remote}'s tags (${e instanceof Error ? e.message : String(e)}); deciding on the local tags`
    );
  }
}
__name(fetchForDecision, "fetchForDecision");

// src/core/format/wording.ts
function pushWording(pushed, remote) {
  if (pushed === null) return null;
  return pushed ? `pushed to ${remote}` : `${remote} has it already`;
}
__name(pushWording, "pushWording");
function pushSuffix(pushed, remote, style = " (") {
  const words = pushWording(pushed, remote);
  if (words === null) return "";
  return style === " (" ? ` (${words})` : `; ${words}`;
}
__name(pushSuffix, "pushSuffix");

// src/core/report/promote.ts
function promoteMarkdown(r) {
  const v = `v${r.version}`;
  const stage2 = codeSpan(r.stage);
  const head = r.promoted ? `\u2705 Promoted ${v} to ${stage2}` : r.already ? `\u2705 ${v} is already in ${stage2}: nothing to do` : `\u274C Refused: ${v} was not promoted to ${stage2} (no tag made)`;
  const lines = [`### Lepton \xB7 ${codeSpan(r.model)}: ${head}`, ""];
  if (r.tag) lines.push(`Stage tag: ${codeSpan(r.tag)}`, "");
  for (const reason of r.refused) lines.push(`- ${escapeText(reason, 1e3)}`);
  if (r.refused.length) lines.push("");
  if (r.checks.length) {
    const rows = r.checks.map((c) => [
      codeSpan(c.metric, true),
      escapeText(boundText(c)),
      c.actual === null ? "\u2014" : formatNumber(c.actual),
      c.baseline === null ? "\u2014" : formatNumber(c.baseline),
      c.passed ? "pass" : c.level === "warn" ? "warn" : "**fail**",
      c.reason ? escapeText(c.reason) : ""
    ]);
    lines.push(
      ...markdownTable(
        ["metric", "threshold", "recorded", `in ${escapeText(r.stage)} now`, "result", "note"],
        rows,
        ["left", "left", "right", "right", "left", "left"]
      ),
      ""
    );
  }
  return lines.join("\n");
}
__name(promoteMarkdown, "promoteMarkdown");
function promoteGateFailure(r) {
  return r.refused.length ? `promotion of v${r.version} to ${r.stage} refused: ${r.refused.join("; ")}` : null;
}
__name(promoteGateFailure, "promoteGateFailure");

// src/core/report/record.ts
function recordSummaryNote(r, remote = "origin") {
  const pushed = pushSuffix(r.pushed, remote);
  if (r.created) return `Recorded ${r.tag}${pushed}`;
  if (r.tag) return `Unchanged: this content is already recorded as ${r.tag}${pushed}`;
  return r.note ?? "Nothing recorded";
}
__name(recordSummaryNote, "recordSummaryNote");
function recordSummaryMarkdown(r, options) {
  const artifact = r.created ? r.record?.artifact : null;
  const url = artifact && "url" in artifact ? artifact.url : null;
  const input = evalReportInput(r.outcome, [recordSummaryNote(r, options.remote)]);
  const links = url ? [{ label: "Artifact", text: `${options.model}-v${r.version}`, url }] : [];
  return renderMarkdownReport({ ...input, links }, options);
}
__name(recordSummaryMarkdown, "recordSummaryMarkdown");

// src/io/services/artifact.ts
import { copyFile, link, mkdir as mkdir3, mkdtemp as mkdtemp2, rm as rm2, writeFile as writeFile3 } from "node:fs/promises";
import { tmpdir as tmpdir2 } from "node:os";
import { dirname as dirname4, join as join12 } from "node:path";

// src/io/services/artifact-client.ts
var client;
var loadArtifactClient = /* @__PURE__ */ __name(() => client ??= import("./artifact-JPHLYSV5.js").then((m) => m.DefaultArtifactClient), "loadArtifactClient");

// src/io/services/artifact.ts
async function uploadModelArtifact(req) {
  if (!req.env.ACTIONS_RUNTIME_TOKEN || !req.env.ACTIONS_RESULTS_URL) {
    req.warn(`the Actions artifact service is not available here: ${req.name} is not uploaded`);
    return null;
  }
  const found = await expandArtifacts(req.patterns, req.modelDir, req.repoRoot);
  for (const p of found.unmatched) req.warn(`artifacts: "${p}" matched no file`);
  for (const p of found.outside)
    req.warn(`artifacts: ${p} is skipped: it resolves outside the repository`);
  const stage2 = await mkdtemp2(join12(req.tempDir ?? tmpdir2(), "lepton-artifact-"));
  try {
    const files = [join12(stage2, "report.md"), join12(stage2, "metrics.json")];
    await writeFile3(files[0], req.report);
    await writeFile3(files[1], JSON.stringify(req.metrics, null, 2) + "\n");
    for (const rel of found.files) {
      const to = join12(stage2, "files", rel);
      await mkdir3(dirname4(to), { recursive: true });
      await link(join12(req.modelDir, rel), to).catch(() => copyFile(join12(req.modelDir, rel), to));
      files.push(to);
    }
    const result = await new (await loadArtifactClient())().uploadArtifact(req.name, files, stage2);
    if (result.id === void 0) {
      req.warn(`the artifact service did not return an id for ${req.name}`);
      return null;
    }
    const url = runArtifactUrl(req.env, result.id);
    req.info(
      `uploaded artifact ${req.name} (${found.files.length} model file(s))${url ? `: ${url}` : ""}`
    );
    return { name: req.name, id: result.id, url, files: found.files.length };
  } catch (e) {
    req.warn(`could not upload artifact ${req.name}: ${e.message}`);
    return null;
  } finally {
    await rm2(stage2, { recursive: true, force: true });
  }
}
__name(uploadModelArtifact, "uploadModelArtifact");
function runArtifactUrl(env, id) {
  const run2 = workflowRunUrl(env);
  return run2 ? `${run2}/artifacts/${id}` : null;
}
__name(runArtifactUrl, "runArtifactUrl");

// src/action/result-artifact.ts
import { mkdtemp as mkdtemp3, rm as rm3, writeFile as writeFile4 } from "node:fs/promises";
import { join as join13 } from "node:path";
import { inflateRawSync } from "node:zlib";

// src/action/result-extras.ts
function readReportExtras(ri, fail5) {
  const isObj3 = /* @__PURE__ */ __name((v) => typeof v === "object" && v !== null && !Array.isArray(v), "isObj");
  const num3 = /* @__PURE__ */ __name((v, p) => typeof v === "number" && Number.isFinite(v) ? v : fail5(p, "expected a finite number"), "num");
  const name = /* @__PURE__ */ __name((k, p) => k.length > 0 && k.length <= 1e3 && !k.includes("\0") ? k : fail5(p, "expected a metric name"), "name");
  const map = /* @__PURE__ */ __name((v, p, read, max = 2e3) => {
    if (!isObj3(v)) return fail5(p, "expected an object");
    const keys = Object.keys(v);
    if (keys.length > max) fail5(p, `more than ${max} entries`);
    const out = /* @__PURE__ */ Object.create(null);
    for (const k of keys) out[name(k, `${p} key`)] = read(v[k], `${p}.${k}`);
    return out;
  }, "map");
  const interval = /* @__PURE__ */ __name((v, p) => {
    if (!isObj3(v) || !Array.isArray(v.ci) || v.ci.length !== 2)
      return fail5(p, "expected {value, ci: [lo, hi], n}");
    const n = num3(v.n, `${p}.n`);
    if (!Number.isSafeInteger(n) || n < 1) fail5(`${p}.n`, "expected a count");
    return {
      value: num3(v.value, `${p}.value`),
      ci: [num3(v.ci[0], `${p}.ci[0]`), num3(v.ci[1], `${p}.ci[1]`)],
      n
    };
  }, "interval");
  const change2 = /* @__PURE__ */ __name((v, p) => {
    const pairing = isObj3(v) ? v.pairing : void 0;
    if (pairing !== "paired" && pairing !== "unpaired")
      return fail5(`${p}.pairing`, "expected paired or unpaired");
    return { ...interval(v, p), pairing };
  }, "change");
  const trend = /* @__PURE__ */ __name((v, p) => {
    if (!isObj3(v) || !Array.isArray(v.points) || !Array.isArray(v.metrics))
      return fail5(p, "expected {points, metrics, current}");
    if (v.points.length > TREND_VERSIONS || v.metrics.length > 2e3)
      fail5(p, "too many points or metrics");
    return {
      points: v.points.map((x, i) => {
        const q = `${p}.points[${i}]`;
        if (!isObj3(x) || typeof x.version !== "string" || !/^\d+\.\d+\.\d+([-+][0-9A-Za-z.+-]*)?$/.test(x.version) || x.version.length > 100)
          return fail5(q, "expected {version: X.Y.Z, metrics}");
        return { version: x.version, metrics: map(x.metrics, `${q}.metrics`, num3) };
      }),
      metrics: v.metrics.map(
        (m, i) => typeof m === "string" ? name(m, `${p}.metrics[${i}]`) : fail5(`${p}.metrics[${i}]`, "expected a metric name")
      ),
      current: map(v.current, `${p}.current`, num3)
    };
  }, "trend");
  return {
    ...ri.intervals !== void 0 && {
      intervals: map(ri.intervals, "reportInput.intervals", interval)
    },
    ...ri.changeIntervals !== void 0 && {
      changeIntervals: map(ri.changeIntervals, "reportInput.changeIntervals", change2)
    },
    ...ri.trend !== void 0 && { trend: trend(ri.trend, "reportInput.trend") }
  };
}
__name(readReportExtras, "readReportExtras");

// src/action/result-artifact.ts
var RESULT_ARTIFACT_PREFIX = "lepton-result-";
var RESULT_FILE = "result.json";
var MAX_RESULT_BYTES = 2 * 1024 * 1024;
var MAX_ZIP_BYTES = 8 * 1024 * 1024;
var MAX_ARTIFACTS = 50;
async function uploadResult(doc, env, tempDir, log) {
  const name = `${RESULT_ARTIFACT_PREFIX}${doc.model}`;
  if (!env.ACTIONS_RUNTIME_TOKEN || !env.ACTIONS_RESULTS_URL) {
    log.warn(`the Actions artifact service is not available here: ${name} is not uploaded`);
    return null;
  }
  const dir = await mkdtemp3(join13(tempDir, "lepton-result-"));
  try {
    const files = [join13(dir, RESULT_FILE), join13(dir, "report.md")];
    await writeFile4(files[0], JSON.stringify(doc, null, 2) + "\n");
    await writeFile4(files[1], doc.report);
    const r = await new (await loadArtifactClient())().uploadArtifact(name, files, dir, {
      retentionDays: 7
    });
    log.info(
      `uploaded ${name} (artifact ${r.id ?? "?"}) for pull request #${doc.pullRequest} at ${doc.headSha}: the comment job posts it`
    );
    return r.id ?? null;
  } catch (e) {
    log.warn(`could not upload ${name}: ${e.message}`);
    return null;
  } finally {
    await rm3(dir, { recursive: true, force: true });
  }
}
__name(uploadResult, "uploadResult");
async function downloadResults(client2, repo, runId) {
  const listed = await client2.rest.actions.listWorkflowRunArtifacts({
    ...repo,
    run_id: runId,
    per_page: 100
  });
  const ours = listed.data.artifacts.filter((a) => a.name.startsWith(RESULT_ARTIFACT_PREFIX) && !a.expired).slice(0, MAX_ARTIFACTS);
  const out = [];
  for (const a of ours) {
    if (a.size_in_bytes > MAX_ZIP_BYTES) {
      throw new LeptonError(
        "invalid",
        `artifact ${a.name} is ${a.size_in_bytes} bytes: too large for a result`
      );
    }
    const r = await client2.rest.actions.downloadArtifact({
      ...repo,
      artifact_id: a.id,
      archive_format: "zip",
      request: { redirect: "manual" }
    });
    const location = r.headers.location;
    const zip = typeof location === "string" ? await fetchBounded(location) : Buffer.from(r.data);
    const text = readZipEntry(zip, RESULT_FILE, MAX_RESULT_BYTES, a.name).toString("utf8");
    let json;
    try {
      json = JSON.parse(text);
    } catch (e) {
      throw new LeptonError(
        "invalid",
        `artifact ${a.name}: result.json is not JSON (${e.message})`
      );
    }
    out.push({ artifact: a.name, json });
  }
  return out;
}
__name(downloadResults, "downloadResults");
async function fetchBounded(url) {
  const res = await fetch(url, { redirect: "follow" });
  if (!res.ok || !res.body)
    throw new LeptonError("invalid", `artifact download failed: HTTP ${res.status}`);
  const parts = [];
  let size = 0;
  for await (const chunk of res.body) {
    size += chunk.length;
    if (size > MAX_ZIP_BYTES)
      throw new LeptonError("invalid", "artifact download is too large for a result");
    parts.push(Buffer.from(chunk));
  }
  return Buffer.concat(parts);
}
__name(fetchBounded, "fetchBounded");
function readZipEntry(zip, name, max, what = "the archive") {
  const bad = /* @__PURE__ */ __name((why) => new LeptonError("invalid", `${what}: ${why}`), "bad");
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65535); i--) {
    if (zip.readUInt32LE(i) === 101010256) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw bad("not a zip archive");
  const count2 = zip.readUInt16LE(eocd + 10);
  let at2 = zip.readUInt32LE(eocd + 16);
  for (let n = 0; n < count2; n++) {
    if (at2 + 46 > zip.length || zip.readUInt32LE(at2) !== 33639248)
      throw bad("a broken zip directory");
    const method = zip.readUInt16LE(at2 + 10);
    const compressed = zip.readUInt32LE(at2 + 20);
    const size = zip.readUInt32LE(at2 + 24);
    const nameLen = zip.readUInt16LE(at2 + 28);
    const extraLen = zip.readUInt16LE(at2 + 30);
    const commentLen = zip.readUInt16LE(at2 + 32);
    const local = zip.readUInt32LE(at2 + 42);
    const entry = zip.subarray(at2 + 46, at2 + 46 + nameLen).toString("utf8");
    at2 += 46 + nameLen + extraLen + commentLen;
    if (entry !== name) continue;
    if (size > max) throw bad(`${name} is ${size} bytes (at most ${max})`);
    if (local + 30 > zip.length || zip.readUInt32LE(local) !== 67324752)
      throw bad("a broken zip entry");
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + compressed);
    if (data.length !== compressed) throw bad("a truncated zip entry");
    if (method === 0) return Buffer.from(data);
    if (method === 8) {
      try {
        return inflateRawSync(data, { maxOutputLength: max });
      } catch (e) {
        throw bad(`${name} does not inflate: ${e.message}`);
      }
    }
    throw bad(`${name} uses zip method ${method}`);
  }
  throw bad(`no ${name} in it`);
}
__name(readZipEntry, "readZipEntry");
var SHA2 = /^[0-9a-f]{40}$/;
var RULES2 = ["min", "max", "max_drop", "max_rise"];
var MAX_TEXT = 1e3;
var MAX_ITEMS = 2e3;
var Invalid = class extends Error {
  static {
    __name(this, "Invalid");
  }
};
var fail2 = /* @__PURE__ */ __name((path, what) => {
  throw new Invalid(`${path}: ${what}`);
}, "fail");
var obj = /* @__PURE__ */ __name((v, path) => typeof v === "object" && v !== null && !Array.isArray(v) ? v : fail2(path, "expected an object"), "obj");
var str3 = /* @__PURE__ */ __name((v, path, max = MAX_TEXT) => typeof v === "string" && v.length <= max && !v.includes("\0") ? v : fail2(path, `expected a string of at most ${max} characters`), "str");
var bool = /* @__PURE__ */ __name((v, path) => typeof v === "boolean" ? v : fail2(path, "expected true or false"), "bool");
var num2 = /* @__PURE__ */ __name((v, path) => typeof v === "number" && Number.isFinite(v) ? v : fail2(path, "expected a finite number"), "num");
var arr = /* @__PURE__ */ __name((v, path) => Array.isArray(v) && v.length <= MAX_ITEMS ? v : fail2(path, `expected a list of at most ${MAX_ITEMS}`), "arr");
var nullable = /* @__PURE__ */ __name((v, read) => v === null ? null : read(v), "nullable");
var metrics = /* @__PURE__ */ __name((v, path) => {
  const o = obj(v, path);
  const keys = Object.keys(o);
  if (keys.length > MAX_ITEMS) fail2(path, `more than ${MAX_ITEMS} metrics`);
  const out = /* @__PURE__ */ Object.create(null);
  for (const k of keys) out[str3(k, `${path} key`)] = num2(o[k], `${path}.${k}`);
  return out;
}, "metrics");
var versionRef = /* @__PURE__ */ __name((v, path, model) => {
  const o = obj(v, path);
  const version = str3(o.version, `${path}.version`);
  if (!isSemver(version)) fail2(`${path}.version`, "expected X.Y.Z");
  return { version, tag: `${model}@v${version}` };
}, "versionRef");
function check(v, path) {
  const o = obj(v, path);
  const rule = str3(o.rule, `${path}.rule`);
  if (!RULES2.includes(rule)) fail2(`${path}.rule`, `expected one of ${RULES2.join(", ")}`);
  const level = str3(o.level, `${path}.level`);
  if (level !== "error" && level !== "warn") fail2(`${path}.level`, "expected error or warn");
  const bound = typeof o.bound === "number" ? num2(o.bound, `${path}.bound`) : str3(o.bound, `${path}.bound`, 40);
  return {
    metric: str3(o.metric, `${path}.metric`),
    rule,
    bound,
    baseline: nullable(o.baseline, (x) => num2(x, `${path}.baseline`)),
    actual: nullable(o.actual, (x) => num2(x, `${path}.actual`)),
    passed: bool(o.passed, `${path}.passed`),
    level,
    reason: nullable(o.reason, (x) => str3(x, `${path}.reason`))
  };
}
__name(check, "check");
function validateResult(json, artifact) {
  try {
    const o = obj(json, "result");
    if (o.kind !== "lepton-result" || o.schema !== 1)
      fail2("result", "not a Lepton result (kind/schema)");
    const model = str3(o.model, "model", 100);
    if (!isValidName(model) || artifact !== `${RESULT_ARTIFACT_PREFIX}${model}`) {
      fail2("model", `expected the model the artifact is named for (${artifact})`);
    }
    const headSha = str3(o.headSha, "headSha");
    if (!SHA2.test(headSha)) fail2("headSha", "expected 40 hex digits");
    const pullRequest = num2(o.pullRequest, "pullRequest");
    if (!Number.isSafeInteger(pullRequest) || pullRequest < 1)
      fail2("pullRequest", "expected a pull request number");
    const ri = obj(o.reportInput, "reportInput");
    if (ri.model !== model) fail2("reportInput.model", "expected the result\u2019s model");
    const checks2 = arr(ri.checks, "reportInput.checks").map(
      (c, i) => check(c, `reportInput.checks[${i}]`)
    );
    const passed = bool(o.passed, "passed");
    const recomputed = checks2.every((c) => c.passed || c.level !== "error");
    if (passed !== recomputed || bool(ri.passed, "reportInput.passed") !== passed) {
      fail2("passed", "does not agree with the checks");
    }
    const changed = obj(ri.changed, "reportInput.changed");
    const names = /* @__PURE__ */ __name((v, p) => arr(v, p).map((x, i) => str3(x, `${p}[${i}]`)), "names");
    const reportInput = {
      model,
      passed,
      baseline: nullable(ri.baseline, (x) => versionRef(x, "reportInput.baseline", model)),
      baselineMetrics: nullable(
        ri.baselineMetrics,
        (x) => metrics(x, "reportInput.baselineMetrics")
      ),
      metrics: metrics(ri.metrics, "reportInput.metrics"),
      checks: checks2,
      changed: {
        components: names(changed.components, "reportInput.changed.components"),
        data: names(changed.data, "reportInput.changed.data")
      },
      reused: bool(ri.reused, "reportInput.reused"),
      reusedFrom: nullable(ri.reusedFrom, (x) => versionRef(x, "reportInput.reusedFrom", model)),
      ...readReportExtras(ri, fail2)
    };
    return {
      kind: "lepton-result",
      schema: 1,
      model,
      headSha,
      pullRequest,
      passed,
      report: "",
      reportInput
    };
  } catch (e) {
    if (e instanceof Invalid) {
      throw new LeptonError(
        "invalid",
        `artifact ${artifact} is not a valid Lepton result: ${e.message}`
      );
    }
    throw e;
  }
}
__name(validateResult, "validateResult");

// src/action/shards.ts
import { resolve as resolve6 } from "node:path";

// src/app/shards.ts
import { mkdir as mkdir4, readFile as readFile6, readdir as readdir3, rename as rename2, stat as stat4, writeFile as writeFile5 } from "node:fs/promises";
import { dirname as dirname5, join as join14, relative as relative7, resolve as resolve5 } from "node:path";

// src/core/shards/index.ts
var COUNT_METRIC = "n";
var shardFileName = /* @__PURE__ */ __name((index, count2) => `lepton-shard-${index}-of-${count2}.json`, "shardFileName");
var decode2 = /* @__PURE__ */ __name((v) => typeof v === "number" ? v : Number(v), "decode");
function parseShard(file, value) {
  const v = value;
  const bad = /* @__PURE__ */ __name((why) => new LeptonError("eval", `${file}: not a Lepton shard result (${why})`, [
    "give the files `lepton eval --shard I/N` wrote"
  ]), "bad");
  if (!v || typeof v !== "object" || v.kind !== "lepton-shard")
    return fail3(bad('no kind "lepton-shard"'));
  if (v.schema !== 1) return fail3(bad(`schema ${String(v.schema)}; this Lepton reads 1`));
  for (const key of ["model", "fingerprint", "evalSettings"]) {
    if (typeof v[key] !== "string") return fail3(bad(`"${key}" is not a string`));
  }
  if (!Number.isInteger(v.index) || !Number.isInteger(v.count)) return fail3(bad("no index/count"));
  if (!v.metrics || typeof v.metrics !== "object") return fail3(bad("no metrics"));
  for (const [k, m] of Object.entries(v.metrics)) {
    if (typeof m !== "number" && !["NaN", "Infinity", "-Infinity"].includes(m)) {
      return fail3(bad(`metric "${k}" is not a number`));
    }
  }
  return {
    kind: "lepton-shard",
    schema: 1,
    model: v.model,
    index: v.index,
    count: v.count,
    fingerprint: v.fingerprint,
    evalSettings: v.evalSettings,
    commit: typeof v.commit === "string" ? v.commit : null,
    metrics: v.metrics,
    nonNumeric: v.nonNumeric && typeof v.nonNumeric === "object" ? v.nonNumeric : {},
    created: typeof v.created === "string" ? v.created : ""
  };
}
__name(parseShard, "parseShard");
function fail3(e) {
  throw e;
}
__name(fail3, "fail");
function checkShards(shards, expect) {
  if (shards.length === 0) throw new LeptonError("eval", "no shard results given");
  const problems = [];
  const count2 = expect.count ?? shards[0].shard.count;
  const byIndex = /* @__PURE__ */ new Map();
  for (const { file, shard } of shards) {
    const foreign = [];
    if (shard.model !== expect.model)
      foreign.push(`of model "${shard.model}", not "${expect.model}"`);
    else {
      if (shard.count !== count2) foreign.push(`one of ${shard.count} shards, not of ${count2}`);
      if (shard.fingerprint !== expect.fingerprint) {
        foreign.push(
          `evaluated other content (fingerprint ${short(shard.fingerprint)}, this checkout's is ${short(expect.fingerprint)})`
        );
      }
      if (shard.evalSettings !== expect.evalSettings) {
        foreign.push("measured by other eval settings (command, env or eval files differ)");
      }
    }
    if (foreign.length) {
      problems.push(
        `foreign shard ${file} (shard ${shard.index}/${shard.count}): ${foreign.join("; ")}`
      );
      continue;
    }
    byIndex.set(shard.index, [...byIndex.get(shard.index) ?? [], file]);
  }
  for (const [index, files] of [...byIndex].sort((a, b) => a[0] - b[0])) {
    if (files.length > 1)
      problems.push(`shard ${index}/${count2} given more than once: ${files.join(", ")}`);
  }
  if (problems.length === 0) {
    for (let i = 1; i <= count2; i++) {
      if (!byIndex.has(i))
        problems.push(`shard ${i}/${count2} is missing (expected ${shardFileName(i, count2)})`);
    }
  }
  if (problems.length) {
    throw new LeptonError(
      "eval",
      problems.length === 1 ? problems[0] : `${problems.length} problems with the shards`,
      problems.length === 1 ? [] : problems
    );
  }
}
__name(checkShards, "checkShards");
var short = /* @__PURE__ */ __name((h) => h.replace(/^sha256:/, "").slice(0, 12), "short");
function mergeShardMetrics(shards, rules = {}) {
  const sorted = [...shards].sort((a, b) => a.shard.index - b.shard.index);
  const names = new Set(sorted.flatMap((s) => Object.keys(s.shard.metrics)));
  const missing = [];
  for (const { file, shard } of sorted) {
    const lacks = [...names].filter((k) => !(k in shard.metrics));
    if (lacks.length)
      missing.push(
        `${file} (shard ${shard.index}/${shard.count}) lacks ${lacks.map((k) => `"${k}"`).join(", ")}`
      );
  }
  if (missing.length) {
    throw new LeptonError(
      "eval",
      `the shards do not report the same metrics: ${missing.join("; ")}`,
      ["every shard must write every metric (a shard with no examples writes n: 0)"]
    );
  }
  const weights = sorted.map((s) => decode2(s.shard.metrics[COUNT_METRIC]));
  const values = /* @__PURE__ */ Object.create(null);
  for (const name of names) {
    const xs = sorted.map((s) => decode2(s.shard.metrics[name]));
    const rule = rules[name] ?? (name === COUNT_METRIC ? "sum" : "mean");
    values[name] = combine(rule, xs, weights);
  }
  const nonNumericValues = /* @__PURE__ */ Object.create(null);
  const nonNumeric = /* @__PURE__ */ Object.create(null);
  for (const { shard } of sorted) {
    for (const [k, v] of Object.entries(shard.nonNumeric)) {
      if (k in nonNumericValues || k in values) continue;
      nonNumericValues[k] = v;
      nonNumeric[k] = v === null ? "null" : `a ${typeof v} (${JSON.stringify(v)})`;
    }
  }
  return { values, nonNumeric, nonNumericValues };
}
__name(mergeShardMetrics, "mergeShardMetrics");
function combine(rule, xs, weights) {
  switch (rule) {
    case "sum":
      return sum(xs);
    case "min":
      return xs.reduce((a, b) => b < a || Number.isNaN(b) ? b : a);
    case "max":
      return xs.reduce((a, b) => b > a || Number.isNaN(b) ? b : a);
    case "mean": {
      const total2 = sum(weights);
      const terms = xs.map(
        (x, i) => weights[i] === 0 ? 0 : x * weights[i]
      );
      return total2 === 0 ? NaN : sum(terms) / total2;
    }
  }
}
__name(combine, "combine");
function sum(xs) {
  if (!xs.every(Number.isFinite)) return xs.reduce((a, b) => a + b, 0);
  let s = 0;
  let c = 0;
  for (const x of xs) {
    const t = s + x;
    c += Math.abs(s) >= Math.abs(x) ? s - t + x : x - t + s;
    s = t;
  }
  return s + c;
}
__name(sum, "sum");

// src/app/shards.ts
var SHARD_FILE = /^lepton-shard-\d+-of-\d+\.json$/;
async function shardFiles(paths) {
  const out = [];
  for (const p of paths) {
    const s = await stat4(p.path).catch(() => null);
    if (!s?.isDirectory()) {
      out.push(p);
      continue;
    }
    const found = (await readdir3(p.path, { recursive: true, withFileTypes: true })).filter((e) => e.isFile() && SHARD_FILE.test(e.name)).map((e) => join14(e.parentPath, e.name)).sort();
    if (found.length === 0) {
      throw new LeptonError("eval", `${p.name}: no lepton-shard-I-of-N.json in this folder`);
    }
    for (const f of found) out.push({ path: f, name: join14(p.name, relative7(p.path, f)) });
  }
  return out;
}
__name(shardFiles, "shardFiles");
async function readShards(files) {
  return Promise.all(
    files.map(async ({ path, name }) => {
      let text;
      try {
        text = await readFile6(path, "utf8");
      } catch (e) {
        const code = e.code;
        throw new LeptonError(
          "eval",
          `${name}: ${code === "ENOENT" ? "no such file" : `cannot be read (${code ?? String(e)})`}`
        );
      }
      let json;
      try {
        json = JSON.parse(text);
      } catch (e) {
        throw new LeptonError("eval", `${name}: not JSON (${e.message})`);
      }
      return { file: name, shard: parseShard(name, json) };
    })
  );
}
__name(readShards, "readShards");
function mergedShards(ctx, shards) {
  return async (fingerprint, evalSettings) => {
    const m = ctx.manifest.eval;
    checkShards(shards, {
      model: ctx.manifest.model,
      fingerprint,
      evalSettings,
      ...m.shards !== void 0 && { count: m.shards }
    });
    const first = shards[0];
    ctx.log.info(
      `merging ${shards.length} shard(s) of ${first.shard.count} (${Object.entries(m.merge ?? {}).map(([k, v]) => `${k}: ${v}`).join(", ") || "every metric: mean weighted by n"})`
    );
    return mergeShardMetrics(shards, m.merge);
  };
}
__name(mergedShards, "mergedShards");

// src/action/shards.ts
async function shardsInput(ctx, s) {
  const text = s.inputs.shards;
  if (!text) return {};
  const workspace = s.env.GITHUB_WORKSPACE || process.cwd();
  const names = text.split(/\s+/).filter(Boolean);
  const files = await shardFiles(names.map((name) => ({ path: resolve6(workspace, name), name })));
  s.log.info(`shards: ${files.length} file(s) from ${names.join(", ")}`);
  return { measured: mergedShards(ctx, await readShards(files)) };
}
__name(shardsInput, "shardsInput");

// src/action/modes.ts
function empty(model) {
  return {
    model,
    version: null,
    tag: null,
    stageTag: null,
    passed: true,
    reused: false,
    metrics: {},
    report: "",
    gateFailure: null
  };
}
__name(empty, "empty");
var REMOTE = "origin";
async function evalMode(ctx, s, plan) {
  const model = ctx.manifest.model;
  await fetchModelHistory2(ctx.git, model, { baseBranch: plan.baseBranch, log: s.log });
  const comment = /* @__PURE__ */ __name(async (report2) => {
    if (plan.pullRequest === null || !s.inputs.comment) return;
    await commentOnPullRequest({
      token: s.inputs.token,
      repository: s.env.GITHUB_REPOSITORY,
      apiUrl: s.env.GITHUB_API_URL,
      ...paceFromEnv(s.env),
      pullRequest: plan.pullRequest,
      commit: plan.headSha,
      model,
      report: report2,
      log: s.log
    });
  }, "comment");
  let outcome;
  try {
    outcome = await evaluate(ctx, {
      ...plan.baseBranch && { baseline: `refs/remotes/${REMOTE}/${plan.baseBranch}` },
      ...await shardsInput(ctx, s)
    });
  } catch (e) {
    await comment(`${reportMarker(model)}
${errorReport(e)}`);
    throw e;
  }
  const report = evalMarkdown(outcome);
  await comment(report);
  if (s.inputs.command === "eval" && plan.pullRequest !== null && plan.headSha !== null) {
    await uploadResult(
      {
        kind: "lepton-result",
        schema: 1,
        model,
        headSha: plan.headSha,
        pullRequest: plan.pullRequest,
        passed: outcome.passed,
        report,
        reportInput: evalReportInput(outcome)
      },
      s.env,
      s.tempDir,
      s.log
    );
  }
  return {
    model,
    // Only content already recorded has a version; a PR's new content has none yet.
    version: outcome.reusedFrom?.version || null,
    tag: outcome.reusedFrom?.tag || null,
    stageTag: null,
    passed: outcome.passed,
    reused: outcome.reused,
    metrics: outcome.metrics,
    report,
    gateFailure: outcome.passed ? null : thresholdsFailed(outcome.checks)
  };
}
__name(evalMode, "evalMode");
async function recordMode(ctx, s) {
  const model = ctx.manifest.model;
  await fetchModelHistory2(ctx.git, model, { baseBranch: null, log: s.log });
  const r = await record2(ctx, {
    ...await shardsInput(ctx, s),
    push: s.inputs.push,
    // fetchModelHistory fetched the tags and the event counter a moment ago.
    tagsFetched: true,
    remote: REMOTE,
    store: storeSettingsFromEnv(s.env, { githubToken: s.inputs.token }),
    // The artifact's id and URL go into the version's record, so upload before the tag exists.
    beforeTag: /* @__PURE__ */ __name(async (outcome2, version) => {
      const uploaded = await uploadModelArtifact({
        name: `${model}-v${version}`,
        patterns: ctx.manifest.artifacts,
        modelDir: ctx.modelDir,
        repoRoot: ctx.repoRoot ?? ctx.modelDir,
        report: evalMarkdown(outcome2),
        metrics: outcome2.metrics,
        env: s.env,
        tempDir: s.tempDir,
        warn: s.log.warn,
        info: s.log.info
      });
      return uploaded ? { artifact: { id: uploaded.id, url: uploaded.url } } : {};
    }, "beforeTag")
  });
  const { outcome } = r;
  s.log.info(recordSummaryNote(r, REMOTE));
  return {
    model,
    version: r.version,
    tag: r.tag,
    stageTag: null,
    passed: outcome.passed,
    reused: outcome.reused,
    metrics: outcome.metrics,
    report: recordSummaryMarkdown(r, { remote: REMOTE, model }),
    gateFailure: outcome.passed ? null : thresholdsFailed(outcome.checks)
  };
}
__name(recordMode, "recordMode");
async function promoteMode(ctx, s, plan) {
  const model = ctx.manifest.model;
  await fetchModelHistory2(ctx.git, model, { baseBranch: null, log: s.log });
  const p = await promoteAndDeploy(
    ctx,
    {
      ...plan.version !== null && { version: plan.version },
      stage: plan.stage,
      push: s.inputs.push,
      store: storeSettingsFromEnv(s.env, { githubToken: s.inputs.token }),
      remote: REMOTE
    },
    actionDeploySettings(s)
  );
  const refused = p.refused.length > 0;
  const result = {
    model,
    version: p.version,
    tag: versionTag(model, p.version),
    stageTag: p.tag,
    passed: !refused,
    reused: false,
    metrics: p.metrics,
    report: promoteMarkdown(p),
    gateFailure: promoteGateFailure(p)
  };
  return withDeploy(result, p.deploy);
}
__name(promoteMode, "promoteMode");

// src/action/comment-mode.ts
async function commentMode(s, plan) {
  const [owner, repo] = (s.env.GITHUB_REPOSITORY ?? "").split("/");
  if (!owner || !repo) throw new LeptonError("invalid", "GITHUB_REPOSITORY is not set");
  if (!s.inputs.token)
    throw new LeptonError("invalid", 'command "comment" needs the "token" input');
  const client2 = await openGitHubClient({
    token: s.inputs.token,
    ...s.env.GITHUB_API_URL && { baseUrl: s.env.GITHUB_API_URL },
    ...paceFromEnv(s.env),
    warn: s.log.warn
  });
  const found = await downloadResults(client2, { owner, repo }, plan.runId);
  if (found.length === 0) {
    s.log.info(`run ${plan.runId} uploaded no lepton-result-* artifact: nothing to comment`);
    return blank(null, `Run ${plan.runId} uploaded no Lepton result: nothing to comment.`);
  }
  const docs = found.map((f) => validateResult(f.json, f.artifact));
  for (const d of docs) belongsToRun(d, plan);
  const reports = [];
  for (const d of docs) {
    const pr = await client2.rest.pulls.get({ owner, repo, pull_number: d.pullRequest });
    const head = pr.data.head;
    if (plan.headRepository && head.repo?.full_name !== plan.headRepository) {
      throw new LeptonError(
        "invalid",
        `the result names pull request #${d.pullRequest}, whose head is in ${head.repo?.full_name ?? "a deleted repository"}, not ${plan.headRepository} where run ${plan.runId} ran`
      );
    }
    const report = renderMarkdownReport(d.reportInput);
    reports.push(report);
    if (!s.inputs.comment) continue;
    await commentOnPullRequest({
      token: s.inputs.token,
      repository: s.env.GITHUB_REPOSITORY,
      apiUrl: s.env.GITHUB_API_URL,
      ...paceFromEnv(s.env),
      pullRequest: d.pullRequest,
      commit: d.headSha,
      model: d.model,
      report,
      log: s.log
    });
  }
  const first = docs[0];
  return {
    ...blank(first.model, reports.join("\n")),
    passed: docs.every((d) => d.passed),
    metrics: first.reportInput.metrics
  };
}
__name(commentMode, "commentMode");
function belongsToRun(d, plan) {
  if (d.headSha !== plan.headSha) {
    throw new LeptonError(
      "invalid",
      `the result of ${d.model} is for commit ${d.headSha}, but run ${plan.runId} ran for ${plan.headSha}: not posted`
    );
  }
  if (plan.pullRequests.length > 0 && !plan.pullRequests.includes(d.pullRequest)) {
    throw new LeptonError(
      "invalid",
      `the result of ${d.model} names pull request #${d.pullRequest}, but run ${plan.runId} belongs to #${plan.pullRequests.join(", #")}: not posted`
    );
  }
}
__name(belongsToRun, "belongsToRun");
function blank(model, report) {
  return { ...empty(model), report };
}
__name(blank, "blank");

// src/core/monitor/promql.ts
var VARIABLE = /\$(model|version|stage)\b/y;
function escapeIn(value, quote3) {
  return value.replace(/\\/g, "\\\\").replace(quote3 === '"' ? /"/g : /'/g, `\\${quote3}`).replace(/\n/g, "\\n").replace(/\r/g, "\\r");
}
__name(escapeIn, "escapeIn");
function substitute(query, vars, where = "query") {
  let out = "";
  let quote3 = null;
  for (let i = 0; i < query.length; ) {
    const ch = query[i];
    if (ch === "$") {
      VARIABLE.lastIndex = i;
      const m = VARIABLE.exec(query);
      if (m) {
        const value = vars[m[1]];
        if (quote3 === null) out += `"${escapeIn(value, '"')}"`;
        else if (quote3 === "`") {
          if (value.includes("`")) {
            throw new LeptonError(
              "invalid",
              `${where}: $${m[1]} holds a backtick and sits in a raw string`
            );
          }
          out += value;
        } else out += escapeIn(value, quote3);
        i += m[0].length;
        continue;
      }
    }
    if (quote3 !== null && quote3 !== "`" && ch === "\\") {
      out += query.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (quote3 === null && (ch === '"' || ch === "'" || ch === "`")) quote3 = ch;
    else if (ch === quote3) quote3 = null;
    out += ch;
    i++;
  }
  if (quote3 !== null)
    throw new LeptonError("invalid", `${where}: a ${quote3} string is never closed`);
  return out;
}
__name(substitute, "substitute");

// src/io/prometheus/query.ts
function sampleValue(pair) {
  if (!Array.isArray(pair) || typeof pair[1] !== "string") return null;
  const text = pair[1];
  if (text === "+Inf") return Infinity;
  if (text === "-Inf") return -Infinity;
  const v = Number(text);
  return text.trim() !== "" && !Number.isNaN(v) ? v : text === "NaN" ? NaN : null;
}
__name(sampleValue, "sampleValue");
async function queryValue(settings, query) {
  const base = settings.url.replace(/\/+$/, "");
  const url = `${base}/api/v1/query?${new URLSearchParams({ query }).toString()}`;
  let response;
  try {
    response = await fetch(url, {
      headers: {
        accept: "application/json",
        ...settings.token && { authorization: `Bearer ${settings.token}` }
      },
      signal: AbortSignal.timeout(settings.timeoutMs ?? 3e4)
    });
  } catch (e) {
    const cause = e.cause;
    const why = cause?.code ?? cause?.message ?? (e instanceof Error ? e.message : String(e));
    throw new LeptonError("eval", `Prometheus at ${base} cannot be reached: ${why}`);
  }
  let body;
  try {
    body = await response.json();
  } catch {
    throw new LeptonError(
      "eval",
      `Prometheus at ${base} answered HTTP ${response.status} without the API's JSON`
    );
  }
  if (body.status !== "success") {
    throw new LeptonError(
      "eval",
      `Prometheus refused the query (HTTP ${response.status}, ${body.errorType ?? "error"}): ${body.error ?? "no message"}`,
      [`query: ${query}`]
    );
  }
  const type = body.data?.resultType;
  const result = body.data?.result;
  if (type === "scalar") {
    const v2 = sampleValue(result);
    return v2 === null ? { ok: false, reason: "the scalar result has no value" } : { ok: true, value: v2 };
  }
  if (type !== "vector" || !Array.isArray(result)) {
    return { ok: false, reason: `the query returned a ${type ?? "missing"} result, not one value` };
  }
  if (result.length === 0) return { ok: false, reason: "the query returned no series (no data)" };
  if (result.length > 1) {
    return {
      ok: false,
      reason: `the query returned ${result.length} series; aggregate it to one (e.g. avg(\u2026) or sum(\u2026))`
    };
  }
  const v = sampleValue(result[0].value);
  return v === null ? { ok: false, reason: "the series has no value" } : { ok: true, value: v };
}
__name(queryValue, "queryValue");

// src/app/monitor.ts
async function monitor2(ctx, stageName, options = {}) {
  const m = ctx.manifest;
  const stage2 = m.stages.find((s) => s.name === stageName);
  if (!stage2) {
    throw new LeptonError("invalid", `stage "${stageName}" is not in the manifest`, [
      `stages: ${m.stages.map((s) => s.name).join(", ") || "(none)"}`
    ]);
  }
  const spec = stage2.monitor;
  if (!spec) {
    throw new LeptonError("invalid", `stage "${stageName}" has no monitor section`, [
      `add stages.${stageName}.monitor: {queries: {METRIC: 'PromQL'}, thresholds: \u2026}`
    ]);
  }
  const url = spec.prometheus ?? options.prometheusUrl;
  if (!url) {
    throw new LeptonError("invalid", `no Prometheus server for stages.${stageName}.monitor`, [
      "set stages.NAME.monitor.prometheus or LEPTON_PROMETHEUS_URL"
    ]);
  }
  const registry = await readRegistry(ctx.git, m.model);
  const holder = registry.stages[stageName];
  if (!holder?.version) {
    throw new LeptonError("invalid", `stage "${stageName}" holds no version: nothing to monitor`);
  }
  const version = holder.version;
  const entry = registry.versions.find((v) => v.version === version);
  const recorded = entry?.summary?.metrics ?? {};
  const settings = {
    url,
    ...options.prometheusToken && { token: options.prometheusToken },
    ...options.timeoutMs !== void 0 && { timeoutMs: options.timeoutMs }
  };
  const live2 = {};
  const problems = [];
  for (const [metric, template] of Object.entries(spec.queries)) {
    const query = substitute(
      template,
      { model: m.model, version, stage: stageName },
      `stages.${stageName}.monitor.queries.${metric}`
    );
    ctx.log.info(`monitor: ${metric}: ${query}`);
    const answer = await queryValue(settings, query);
    if (answer.ok) live2[metric] = answer.value;
    else problems.push(`${metric}: ${answer.reason}`);
  }
  if (problems.length) {
    throw new LeptonError(
      "eval",
      `monitor of ${m.model} v${version} in ${stageName} cannot judge: ${problems.length} quer${problems.length === 1 ? "y has" : "ies have"} no value`,
      problems
    );
  }
  const gate = checkThresholds({ thresholds: spec.thresholds, metrics: live2, baseline: recorded });
  let rolled = null;
  if (!gate.passed && (options.rollback || spec.rollback)) {
    rolled = await rollbackOnFailure(ctx, stageName, version, gate.checks, options.rollbackWith);
  }
  return {
    model: m.model,
    stage: stageName,
    version,
    passed: gate.passed,
    metrics: live2,
    recorded,
    checks: gate.checks,
    rolledBack: rolled?.tag != null,
    ...(options.rollback || spec.rollback) && { rollback: rolled }
  };
}
__name(monitor2, "monitor");
async function rollbackOnFailure(ctx, stage2, version, checks2, settings = {}) {
  try {
    return await rollback(ctx, {
      ...settings,
      stage: stage2,
      version,
      reason: monitorRollbackReason(checks2)
    });
  } catch (e) {
    if (!(e instanceof LeptonError) || e.kind !== "invalid") throw e;
    ctx.log.warn(`monitor failed, and ${stage2} cannot be rolled back: ${e.message}`);
    for (const d of e.details) ctx.log.warn(`  ${d}`);
    return null;
  }
}
__name(rollbackOnFailure, "rollbackOnFailure");

// src/core/report/monitor.ts
var verdict = /* @__PURE__ */ __name((r) => r.passed ? "healthy" : "FAILING", "verdict");
function monitorMarkdown(r) {
  const names = [.../* @__PURE__ */ new Set([...r.checks.map((c) => c.metric), ...Object.keys(r.metrics)])];
  const rows = names.map((name) => {
    const checks2 = r.checks.filter((c) => c.metric === name);
    const live2 = r.metrics[name];
    const rec = r.recorded[name];
    const failed2 = checks2.some((c) => !c.passed && c.level === "error");
    const warned = checks2.some((c) => !c.passed);
    return [
      codeSpan(name, true),
      rec === void 0 ? "\u2014" : formatNumber(rec),
      live2 === void 0 ? "\u2014" : formatNumber(live2),
      formatChange(rec, live2),
      checks2.map((c) => escapeText(boundText(c))).join(", ") || "\u2014",
      checks2.length === 0 ? "" : failed2 ? "\u274C" : warned ? "\u26A0\uFE0F" : "\u2705"
    ];
  });
  const failing = r.checks.filter((c) => !c.passed);
  return [
    `### ${r.passed ? "\u2705" : "\u274C"} ${codeSpan(r.model)} v${escapeText(r.version)} in ${codeSpan(r.stage)}: ${verdict(r)}`,
    "",
    ...markdownTable(["metric", "recorded eval", "live", "change", "threshold", "result"], rows, [
      "left",
      "right",
      "right",
      "right"
    ]),
    ...failing.length ? ["", ...failing.map((c) => `- ${escapeText(plainCheckLine(c), 500)}`)] : [],
    ...r.rolledBack ? ["", `**Rolled back**: v${escapeText(r.version)} was withdrawn from ${codeSpan(r.stage)}.`] : []
  ].join("\n");
}
__name(monitorMarkdown, "monitorMarkdown");

// src/core/report/monitor-issue.ts
function monitorIssueMarker(model, stage2) {
  const safe = /* @__PURE__ */ __name((s) => s.replace(/[^A-Za-z0-9._/-]/g, "_"), "safe");
  return `<!-- lepton:monitor model=${safe(model)} stage=${safe(stage2)} -->`;
}
__name(monitorIssueMarker, "monitorIssueMarker");
function monitorIssueTitle(model, stage2) {
  const one = /* @__PURE__ */ __name((s) => s.replace(/[\r\n\t]+/g, " ").slice(0, 100), "one");
  return `Lepton monitor: ${one(model)} in ${one(stage2)} is failing`;
}
__name(monitorIssueTitle, "monitorIssueTitle");
var runLine = /* @__PURE__ */ __name((url) => url ? ["", `Run: ${url}`] : ["", "Run: (not in GitHub Actions)"], "runLine");
function monitorIssueBody(i) {
  const model = i.kind === "failed" ? i.result.model : i.model;
  const stage2 = i.kind === "failed" ? i.result.stage : i.stage;
  const head = i.kind === "failed" ? monitorMarkdown(i.result) : [
    `### \u274C ${codeSpan(model)} in ${codeSpan(stage2)}: the monitor cannot judge`,
    "",
    escapeText(i.message, 1e3),
    ...i.details.length ? ["", ...i.details.map((d) => `- ${escapeText(d, 500)}`)] : []
  ].join("\n");
  return [
    monitorIssueMarker(model, stage2),
    head,
    ...runLine(i.runUrl),
    "",
    "Lepton opened this issue and updates it on every failing monitor run; it closes it when the monitor passes again.",
    ""
  ].join("\n");
}
__name(monitorIssueBody, "monitorIssueBody");
function monitorRecoveredComment(r, runUrl) {
  return [
    `\u2705 The monitor passes again: ${codeSpan(r.model)} v${escapeText(r.version)} in ${codeSpan(r.stage)} is healthy.`,
    ...runLine(runUrl),
    ""
  ].join("\n");
}
__name(monitorRecoveredComment, "monitorRecoveredComment");

// src/core/report/rollback.ts
var MAX_REASON = 1e3;
var toText = /* @__PURE__ */ __name((r, cell2) => r.to ? `v${cell2(r.to.version)}` : "nothing (the stage is empty)", "toText");
var pushText = /* @__PURE__ */ __name((r) => r.pushed === null ? "not pushed" : r.pushed ? "pushed" : "the remote had it", "pushText");
var deployText = /* @__PURE__ */ __name((r) => r.deployed === null ? null : r.deployed ? "deployed" : "deploy FAILED", "deployText");
function rollbackMarkdown(r) {
  const stage2 = codeSpan(r.stage);
  const head = r.tag === null ? `### \u21A9\uFE0F ${codeSpan(r.model)}: v${escapeText(r.from.version)} had already been withdrawn from ${stage2}` : `### \u21A9\uFE0F ${codeSpan(r.model)}: v${escapeText(r.from.version)} withdrawn from ${stage2}`;
  const lines = [head, "", `${stage2} now holds ${toText(r, escapeText)}.`, ""];
  if (r.tag !== null) {
    lines.push(
      `- Tag: ${codeSpan(r.tag)} (${pushText(r)})`,
      `- Reason: ${escapeText(r.reason, MAX_REASON)}`,
      `- By: ${escapeText(r.by)}`
    );
    if (r.runUrl && /^https:\/\/[^\s)]+$/.test(r.runUrl)) lines.push(`- Run: [run](${r.runUrl})`);
    if (r.storeMoved && r.to) {
      lines.push(`- Model store: ${codeSpan(`:${r.stage}`)} \u2192 v${escapeText(r.to.version)}`);
    }
    const d = deployText(r);
    if (d) lines.push(`- Deploy: ${d}`);
  }
  return lines.join("\n");
}
__name(rollbackMarkdown, "rollbackMarkdown");

// src/io/github/issues.ts
async function findOpen(client2, where, marker, author) {
  const pages = client2.paginate.iterator(client2.rest.issues.listForRepo, {
    ...where,
    state: "open",
    per_page: 100
  });
  let found = null;
  for await (const page of pages) {
    for (const i of page.data) {
      if (i.pull_request !== void 0 && i.pull_request !== null) continue;
      if (!isOwnComment({ id: i.number, body: i.body ?? null, user: i.user ?? null }, marker, author))
        continue;
      if (found === null || i.number < found.number) found = i;
    }
  }
  return found;
}
__name(findOpen, "findOpen");
var denied = /* @__PURE__ */ __name((e) => {
  const status = e.status;
  return status === 403 || status === 404 || status === 410 ? { outcome: "denied", status, message: e.message } : null;
}, "denied");
async function openStickyIssue(client2, where, marker, title, body, options = {}) {
  const text = fitComment(body.startsWith(marker) ? body : `${marker}
${body}`);
  try {
    const author = options.identity ?? await tokenIdentity(client2);
    const open3 = await findOpen(client2, where, marker, author);
    if (open3) {
      const r2 = await client2.rest.issues.update({
        ...where,
        issue_number: open3.number,
        title,
        body: text
      });
      return { outcome: "updated", number: r2.data.number, url: r2.data.html_url };
    }
    const r = await client2.rest.issues.create({ ...where, title, body: text });
    return { outcome: "created", number: r.data.number, url: r.data.html_url };
  } catch (e) {
    const d = denied(e);
    if (d) return d;
    throw e;
  }
}
__name(openStickyIssue, "openStickyIssue");
async function closeStickyIssue(client2, where, marker, comment, options = {}) {
  try {
    const author = options.identity ?? await tokenIdentity(client2);
    const open3 = await findOpen(client2, where, marker, author);
    if (!open3) return { outcome: "none", number: null, url: null };
    await client2.rest.issues.createComment({
      ...where,
      issue_number: open3.number,
      body: fitComment(comment)
    });
    await client2.rest.issues.update({
      ...where,
      issue_number: open3.number,
      state: "closed",
      state_reason: "completed"
    });
    return { outcome: "closed", number: open3.number, url: open3.html_url };
  } catch (e) {
    const d = denied(e);
    if (d) return d;
    throw e;
  }
}
__name(closeStickyIssue, "closeStickyIssue");

// src/action/monitor-mode.ts
async function monitorMode(ctx, s, plan) {
  const model = ctx.manifest.model;
  const stages = plan.stage !== null ? [plan.stage] : ctx.manifest.stages.filter((x) => x.monitor).map((x) => x.name);
  if (stages.length === 0) {
    const reason = `${model} has no stage with a monitor section: nothing to monitor`;
    s.log.info(reason);
    return { ...empty(model), report: skippedReport(reason) };
  }
  await fetchModelHistory2(ctx.git, model, { baseBranch: null, log: s.log });
  const token = s.env.LEPTON_PROMETHEUS_TOKEN;
  if (token) setSecret(token);
  const outcomes = [];
  for (const stage2 of stages) {
    try {
      const deploy3 = deployAfterRollback(ctx, stage2, trackedSettings(s));
      const result = await monitor2(ctx, stage2, {
        ...s.env.LEPTON_PROMETHEUS_URL && { prometheusUrl: s.env.LEPTON_PROMETHEUS_URL },
        ...token && { prometheusToken: token },
        rollbackWith: {
          ...deploy3 && { deploy: deploy3 },
          push: s.inputs.push,
          remote: "origin",
          store: storeSettingsFromEnv(s.env, { githubToken: s.inputs.token })
        }
      });
      s.log.info(
        `monitor: ${model} v${result.version} in ${stage2}: ${result.passed ? "healthy" : "FAILING"}`
      );
      outcomes.push({ stage: stage2, result });
    } catch (e) {
      if (!isLeptonError(e) || e.kind !== "eval") throw e;
      s.log.warn(`monitor: ${model} in ${stage2}: ${e.message}`);
      outcomes.push({ stage: stage2, error: e });
    }
  }
  if (s.inputs.issue) await keepIssues(s, model, outcomes);
  const unjudged = outcomes.filter(
    (o) => "error" in o
  );
  if (unjudged.length) {
    throw new LeptonError(
      "eval",
      unjudged.length === 1 ? unjudged[0].error.message : `the monitor cannot judge ${unjudged.length} stages of ${model}`,
      unjudged.flatMap(
        (o) => unjudged.length === 1 ? o.error.details : [o.error.message, ...o.error.details]
      )
    );
  }
  const results = outcomes.map((o) => o.result);
  const failing = results.filter((r) => !r.passed);
  const only = results.length === 1 ? results[0] : null;
  return {
    ...empty(model),
    version: only?.version ?? null,
    tag: only ? `${model}@v${only.version}` : null,
    passed: failing.length === 0,
    metrics: only?.metrics ?? {},
    stageTag: only?.rollback?.tag ?? null,
    report: results.map((r) => [monitorMarkdown(r), ...r.rollback ? [rollbackMarkdown(r.rollback)] : []]).flat().join("\n\n") + "\n",
    gateFailure: failing.length ? `monitor failed: ${failing.map((r) => `${r.stage} (v${r.version}: ${failedCheckNames(r.checks)})`).join("; ")}` : null
  };
}
__name(monitorMode, "monitorMode");
async function keepIssues(s, model, outcomes) {
  const [owner, repo] = (s.env.GITHUB_REPOSITORY ?? "").split("/");
  if (!owner || !repo || !s.inputs.token) {
    s.log.warn("issue: true needs GITHUB_REPOSITORY and a token: the monitor issue is skipped");
    return;
  }
  const client2 = await openGitHubClient({
    token: s.inputs.token,
    ...s.env.GITHUB_API_URL && { baseUrl: s.env.GITHUB_API_URL },
    ...paceFromEnv(s.env),
    warn: s.log.warn
  });
  const where = { owner, repo };
  const runUrl = workflowRunUrl(s.env);
  for (const o of outcomes) {
    const marker = monitorIssueMarker(model, o.stage);
    try {
      let r;
      if ("result" in o && o.result.passed) {
        r = await closeStickyIssue(
          client2,
          where,
          marker,
          monitorRecoveredComment(o.result, runUrl)
        );
      } else {
        const input = "result" in o ? { kind: "failed", result: o.result, runUrl } : {
          kind: "unjudged",
          model,
          stage: o.stage,
          message: o.error.message,
          details: o.error.details,
          runUrl
        };
        r = await openStickyIssue(
          client2,
          where,
          marker,
          monitorIssueTitle(model, o.stage),
          monitorIssueBody(input)
        );
      }
      if (r.outcome === "denied") {
        s.log.warn(
          `could not write the monitor issue for ${o.stage} (HTTP ${r.status}: ${r.message}); grant \`issues: write\``
        );
      } else if (r.outcome !== "none") {
        s.log.info(`${r.outcome} the monitor issue for ${o.stage}: ${r.url}`);
      }
    } catch (e) {
      const status = e.status;
      s.log.warn(
        `could not write the monitor issue for ${o.stage}: ${typeof status === "number" ? `HTTP ${status}: ` : ""}${e.message}`
      );
    }
  }
}
__name(keepIssues, "keepIssues");

// src/action/paths.ts
var import_fastest_levenshtein2 = __toESM(require_mod(), 1);
import { readdir as readdir4, stat as stat5 } from "node:fs/promises";
import { join as join15, relative as relative8, resolve as resolve7, sep as sep8 } from "node:path";
var GLOB = /[*?[\]{}]/;
async function resolveProjectPaths(workspace, workingDirectory, manifest2) {
  const dir = resolve7(workspace, workingDirectory);
  const d = await stat5(dir).catch(() => null);
  if (!d || !d.isDirectory()) {
    const details = [
      `resolved against the workspace ${workspace}: ${dir}`,
      ...await suggestion(workspace, dir, true)
    ];
    throw new LeptonError(
      "invalid",
      `input "working-directory": ${quote2(workingDirectory)} ${d ? "is not a directory" : "does not exist"}`,
      details
    );
  }
  const manifestPath = resolve7(dir, manifest2);
  if (GLOB.test(manifest2)) return { dir, manifestPath };
  const m = await stat5(manifestPath).catch(() => null);
  if (!m || !m.isFile()) {
    const details = [
      `resolved against working-directory ${quote2(workingDirectory)}: ${manifestPath}`,
      ...await suggestion(dir, manifestPath, false)
    ];
    throw new LeptonError(
      "invalid",
      `input "manifest": ${quote2(manifest2)} ${m ? m.isDirectory() ? "is a directory" : "is not a regular file" : "does not exist"}`,
      details
    );
  }
  return { dir, manifestPath };
}
__name(resolveProjectPaths, "resolveProjectPaths");
var quote2 = /* @__PURE__ */ __name((s) => JSON.stringify(s), "quote");
async function suggestion(base, target, wantDir) {
  const rel = relative8(base, target);
  if (rel.startsWith("..") || rel === "") return [];
  const parts = rel.split(sep8);
  let at2 = base;
  const fixed = [];
  let changed = false;
  for (const [i, part2] of parts.entries()) {
    const entries = await readdir4(at2, { withFileTypes: true }).catch(() => null);
    if (!entries) return [];
    const last = i === parts.length - 1;
    const fits = entries.filter(
      (e) => e.name !== ".git" && (e.isDirectory() || last && !wantDir && e.isFile())
    );
    const names = fits.map((e) => e.name);
    let name = part2;
    if (!names.includes(part2)) {
      if (names.length === 0) return [];
      name = (0, import_fastest_levenshtein2.closest)(part2, names);
      if ((0, import_fastest_levenshtein2.distance)(part2, name) > Math.max(1, Math.floor(part2.length / 3))) return [];
      changed = true;
    }
    fixed.push(name);
    at2 = join15(at2, name);
  }
  return changed ? [`did you mean ${quote2(fixed.join("/"))}?`] : [];
}
__name(suggestion, "suggestion");

// src/io/services/cache.ts
import { createHash as createHash10 } from "node:crypto";
import { mkdir as mkdir5, readFile as readFile7, rm as rm4, writeFile as writeFile6 } from "node:fs/promises";
import { tmpdir as tmpdir3 } from "node:os";
import { join as join16 } from "node:path";
var toolkit;
var loadToolkit = /* @__PURE__ */ __name(() => toolkit ??= import("./cache-GYGFUYHX.js"), "loadToolkit");
var mayHaveService = /* @__PURE__ */ __name((env) => Boolean(env.ACTIONS_CACHE_URL || env.ACTIONS_RESULTS_URL), "mayHaveService");
function actionsEvalCache(options) {
  const dir = join16(options.dir ?? tmpdir3(), "lepton-eval-cache");
  let warnedAbsent = false;
  const available = /* @__PURE__ */ __name(async () => {
    if (mayHaveService(options.env) && (await loadToolkit()).isFeatureAvailable()) return true;
    if (!warnedAbsent) {
      options.warn("the Actions cache service is not available here: eval results are not cached");
      warnedAbsent = true;
    }
    return false;
  }, "available");
  const locate2 = /* @__PURE__ */ __name((key) => {
    const id = createHash10("sha256").update(key).digest("hex");
    return { cacheKey: `lepton-eval-${id}`, file: join16(dir, `${id}.json`) };
  }, "locate");
  return {
    async restore(key) {
      if (!await available()) return null;
      const { cacheKey: cacheKey2, file } = locate2(key);
      try {
        await rm4(file, { force: true });
        const hit = await (await loadToolkit()).restoreCache([file], cacheKey2);
        if (hit !== cacheKey2) return null;
        const stored = JSON.parse(await readFile7(file, "utf8"));
        if (stored.key !== key || !isMetrics(stored.metrics)) return null;
        options.info(`eval results restored from the Actions cache (${cacheKey2})`);
        return stored.metrics;
      } catch (e) {
        options.warn(
          `could not restore eval results from the Actions cache: ${e.message}`
        );
        return null;
      }
    },
    async save(key, metrics2) {
      if (!await available()) return;
      const { cacheKey: cacheKey2, file } = locate2(key);
      try {
        await mkdir5(dir, { recursive: true });
        await writeFile6(file, JSON.stringify({ key, metrics: metrics2 }));
        const id = await (await loadToolkit()).saveCache([file], cacheKey2);
        if (id === -1)
          options.info(`eval results were not saved to the Actions cache (${cacheKey2})`);
        else options.info(`eval results saved to the Actions cache (${cacheKey2})`);
      } catch (e) {
        options.warn(`could not save eval results to the Actions cache: ${e.message}`);
      }
    }
  };
}
__name(actionsEvalCache, "actionsEvalCache");
function isMetrics(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) && Object.values(value).every((v) => typeof v === "number");
}
__name(isMetrics, "isMetrics");

// src/action/rollback-mode.ts
async function rollbackMode(ctx, s, plan) {
  const model = ctx.manifest.model;
  await fetchModelHistory2(ctx.git, model, { baseBranch: null, log: s.log });
  const deploy3 = deployAfterRollback(ctx, plan.stage, trackedSettings(s));
  const r = await rollback(ctx, {
    ...deploy3 && { deploy: deploy3 },
    stage: plan.stage,
    reason: plan.reason,
    push: s.inputs.push,
    remote: "origin",
    store: storeSettingsFromEnv(s.env, { githubToken: s.inputs.token })
  });
  s.log.info(
    r.tag ? `${r.tag}: v${r.from.version} withdrawn from ${r.stage}; it holds ${r.to ? `v${r.to.version}` : "nothing"} now` : `v${r.from.version} had been withdrawn from ${r.stage} already`
  );
  return {
    ...empty(model),
    version: r.to?.version ?? null,
    tag: r.to ? versionTag(model, r.to.version) : null,
    stageTag: r.tag,
    report: rollbackMarkdown(r),
    // The hook failed for the version the stage fell back to: exit 3, as the CLI.
    ...r.deployed === false && {
      gateFailure: `the deploy of v${r.to?.version ?? "?"} to ${r.stage} after the rollback failed`,
      exitCode: EXIT_CODES.eval
    }
  };
}
__name(rollbackMode, "rollbackMode");

// src/action/run.ts
async function run(s) {
  const { plan } = s;
  if (plan.kind === "comment") return commentMode(s, plan);
  const ctx = await open2(s);
  switch (plan.kind) {
    case "validate":
      return {
        ...empty(ctx.manifest.model),
        report: validReport(ctx.manifest, manifestNameOf(ctx))
      };
    case "eval":
      return evalMode(ctx, s, plan);
    case "record":
      await requireRemoteToPush(ctx, s.inputs);
      return recordMode(ctx, s);
    case "promote":
      if (plan.tagModel !== null && plan.tagModel !== ctx.manifest.model) {
        const reason = `the release names model ${plan.tagModel}, not ${ctx.manifest.model}: nothing to promote`;
        s.log.info(reason);
        return { ...empty(ctx.manifest.model), report: skippedReport(reason) };
      }
      checkPromoteInputs(ctx, s.inputs);
      await requireRemoteToPush(ctx, s.inputs);
      return promoteMode(ctx, s, plan);
    case "monitor":
      if (plan.stage !== null) checkPromoteInputs(ctx, s.inputs);
      return monitorMode(ctx, s, plan);
    case "deploy":
      checkPromoteInputs(ctx, s.inputs);
      return deployMode(ctx, s, plan);
    case "rollback":
      await requireRemoteToPush(ctx, s.inputs);
      return rollbackMode(ctx, s, plan);
  }
}
__name(run, "run");
async function open2(s) {
  const paths = await resolveProjectPaths(
    s.workspace,
    s.inputs.workingDirectory,
    s.inputs.manifest
  );
  const dir = await realpath2(paths.dir);
  const manifestPath = resolve8(dir, s.inputs.manifest);
  const env = useCaseEnv(s.env);
  const probe = new Git(dir, env);
  const root = await probe.topLevel() ?? s.workspace;
  return openProject({
    manifestPath,
    // Annotations resolve files against the repository root.
    manifestName: relative9(root, manifestPath).split(sep9).join("/"),
    env,
    log: s.log,
    ...s.signal && { signal: s.signal },
    evalCache: actionsEvalCache({
      dir: s.tempDir,
      warn: s.log.warn,
      info: s.log.info,
      env: s.env
    })
  });
}
__name(open2, "open");
function checkPromoteInputs(ctx, inputs) {
  const m = ctx.manifest;
  const stages = m.stages.map((x) => x.name);
  if (inputs.stage !== null && !stages.includes(inputs.stage)) {
    const near = stages.length ? (0, import_fastest_levenshtein3.closest)(inputs.stage, stages) : null;
    throw new LeptonError(
      "invalid",
      `input "stage": ${m.model} has no stage ${JSON.stringify(inputs.stage)}`,
      [
        stages.length ? `stages in ${manifestNameOf(ctx)}: ${stages.join(", ")}` : `${manifestNameOf(ctx)} declares no stages`,
        ...near && (0, import_fastest_levenshtein3.distance)(near, inputs.stage) <= Math.max(2, inputs.stage.length / 3) ? [`did you mean ${JSON.stringify(near)}?`] : []
      ]
    );
  }
  if (inputs.version !== null && parseVersionArg(inputs.version, m.model) === null) {
    throw new LeptonError(
      "invalid",
      `input "version": ${JSON.stringify(inputs.version)} is not a version`,
      [`expected 1.2.0, v1.2.0 or ${m.model}@v1.2.0; leave it empty for the latest that passed`]
    );
  }
}
__name(checkPromoteInputs, "checkPromoteInputs");
async function requireRemoteToPush(ctx, inputs) {
  if (!inputs.push || !ctx.repoRoot) return;
  if (await ctx.git.remoteUrl("origin") !== null) return;
  throw new LeptonError(
    "invalid",
    `input "push" is true, but the repository at ${ctx.repoRoot} has no "origin" remote to push to`,
    ["check the repository out with actions/checkout, or set push: false to tag locally only"]
  );
}
__name(requireRemoteToPush, "requireRemoteToPush");
var manifestNameOf = /* @__PURE__ */ __name((ctx) => relative9(ctx.repoRoot ?? ctx.modelDir, ctx.manifestPath).split(sep9).join("/"), "manifestNameOf");
function useCaseEnv(env) {
  const out = {};
  for (const [k, v] of Object.entries(env)) {
    if (k.startsWith("INPUT_") || k.startsWith("ACTIONS_")) continue;
    out[k] = v;
  }
  return out;
}
__name(useCaseEnv, "useCaseEnv");

// src/action/many.ts
import { mkdir as mkdir6, realpath as realpath3, writeFile as writeFile7 } from "node:fs/promises";
import { join as join18, relative as relative11, resolve as resolve10 } from "node:path";

// src/io/changes.ts
async function worktreeChanges(git) {
  const head = await git.run(["rev-parse", "-q", "--verify", "HEAD^{commit}"], {
    allowFailure: true
  });
  const untracked = git.run(["ls-files", "-z", "--others", "--exclude-standard"]);
  const out = new Set(split0((await untracked).stdout));
  if (head.code !== 0) {
    for (const f of split0((await git.run(["ls-files", "-z", "--cached"])).stdout)) out.add(f);
    return out;
  }
  const diff2 = await git.run(
    ["diff", "--name-only", "-z", "--no-renames", "--no-ext-diff", "HEAD", "--"],
    { allowFailure: true }
  );
  if (diff2.code !== 0) {
    throw new LeptonError(
      "git",
      `could not compare the working tree with HEAD: ${lastLines(diff2.stderr)}`
    );
  }
  for (const f of split0(diff2.stdout)) out.add(f);
  return out;
}
__name(worktreeChanges, "worktreeChanges");
async function changesToHead(git, commits) {
  const result = /* @__PURE__ */ new Map();
  const unique = [...new Set(commits)];
  if (unique.length === 0) return result;
  const head = await git.run(["rev-parse", "-q", "--verify", "HEAD^{commit}"], {
    allowFailure: true
  });
  if (head.code !== 0) {
    for (const c of unique) result.set(c, null);
    return result;
  }
  const to = head.stdout.trim();
  const r = await git.run(
    ["diff-tree", "--always", "-r", "--no-renames", "--name-only", "-z", "--stdin"],
    { input: unique.map((c) => `${c} ${to}
`).join(""), allowFailure: true }
  );
  if (r.code !== 0) {
    throw new LeptonError("git", `could not compare versions' commits: ${lastLines(r.stderr)}`);
  }
  let next = 0;
  let current = null;
  for (const token of split0(r.stdout)) {
    const at2 = unique.indexOf(token, next);
    if (at2 >= 0) {
      for (let i = next; i < at2; i++) result.set(unique[i], null);
      current = /* @__PURE__ */ new Set();
      result.set(token, current);
      next = at2 + 1;
    } else if (current) {
      current.add(token);
    }
  }
  for (let i = next; i < unique.length; i++) result.set(unique[i], null);
  return result;
}
__name(changesToHead, "changesToHead");
async function resolveBase(git, ref2) {
  if (ref2.startsWith("-")) throw new LeptonError("invalid", `--base ${ref2}: not a git revision`);
  const r = await git.run(["rev-parse", "-q", "--verify", "--end-of-options", `${ref2}^{commit}`], {
    allowFailure: true
  });
  if (r.code !== 0) {
    throw new LeptonError("invalid", `--base ${ref2}: no such commit in this clone`, [
      `fetch it first (git fetch origin ${ref2.replace(/^origin\//, "")}), or name another revision`
    ]);
  }
  const commit = r.stdout.trim();
  const mb = await git.run(["merge-base", commit, "HEAD"], { allowFailure: true });
  const from = mb.code === 0 && mb.stdout.trim() ? mb.stdout.trim().split("\n")[0] : commit;
  return { commit, from };
}
__name(resolveBase, "resolveBase");
function split0(text) {
  return text.split("\0").filter((s) => s !== "");
}
__name(split0, "split0");

// src/app/models.ts
import { posix as posix3, relative as relative10, resolve as resolve9, sep as sep10 } from "node:path";

// src/io/manifests.ts
import { join as join17 } from "node:path";
async function findManifests(git) {
  const r = await git.run([
    "ls-files",
    "-z",
    "--cached",
    "--others",
    "--exclude-standard",
    "--",
    ":(glob)**/lepton.yml"
  ]);
  const rel = [...new Set(r.stdout.split("\0").filter(Boolean))].sort();
  return rel.map((p) => join17(git.cwd, p));
}
__name(findManifests, "findManifests");

// src/app/models.ts
var isTouched = /* @__PURE__ */ __name((t) => t.manifest || t.eval || t.components.length > 0 || t.data.length > 0, "isTouched");
var isGlob = /* @__PURE__ */ __name((p) => /[*?[\]{}]/.test(p), "isGlob");
async function findModels(git, options = {}) {
  const top = git.cwd;
  const paths = options.pattern === void 0 ? await findManifests(git) : await expandManifests(git, options.pattern, options.cwd ?? top);
  const seen = /* @__PURE__ */ new Map();
  const out = [];
  for (const path of paths) {
    const manifest2 = relative10(top, path).split(sep10).join("/");
    const model = await loadManifest(path, manifest2);
    const other = seen.get(model.model);
    if (other !== void 0) {
      throw new LeptonError("invalid", `model "${model.model}" is named by two manifests`, [
        other,
        manifest2
      ]);
    }
    seen.set(model.model, manifest2);
    out.push({ manifest: manifest2, dir: posix3.dirname(manifest2), model });
  }
  return out;
}
__name(findModels, "findModels");
function touchedBy(m, changed) {
  const prefix = m.dir === "." ? "" : m.dir;
  const files = [...changed].map((f) => rebaseName(f, prefix)).sort(compareUtf8);
  const { parts } = matchParts(selectionParts(m.model), files);
  const names = /* @__PURE__ */ __name((kind) => parts.filter((p) => p.kind === kind && p.files.length > 0).map((p) => p.name), "names");
  return {
    manifest: changed.has(m.manifest),
    components: names("component"),
    data: names("data"),
    eval: parts.some((p) => p.kind === "eval" && p.files.length > 0)
  };
}
__name(touchedBy, "touchedBy");
async function expandManifests(git, pattern, cwd) {
  const top = git.cwd;
  const rel = relative10(top, resolve9(cwd, pattern)).split(sep10).join("/");
  if (rel.startsWith("../") || rel === "..") {
    throw new LeptonError("invalid", `manifest ${pattern} leaves the repository`);
  }
  let paths;
  if (!isGlob(rel)) {
    paths = [resolve9(top, rel)];
  } else {
    paths = (await trackableFiles(git, `:(glob)${rel}`)).sort(compareUtf8).map((p) => resolve9(top, p));
  }
  if (paths.length === 0) {
    throw new LeptonError("invalid", `manifest ${pattern} names no manifest`, [
      "the glob is matched against the files git tracks (or would), relative to the working directory"
    ]);
  }
  return paths;
}
__name(expandManifests, "expandManifests");

// src/app/affected.ts
async function affected(git, options = {}) {
  const found = options.base === void 0 ? await defaultBranch(git) : null;
  const ref2 = options.base ?? found?.replace(/^refs\/remotes\//, "");
  if (!ref2) {
    throw new LeptonError(
      "invalid",
      "no base to compare with: the remote has no default branch here",
      [
        "give one: lepton affected --base origin/main",
        "or record the remote's default branch once (a clone has it; git init and push do not): git remote set-head origin --auto"
      ]
    );
  }
  const [models, base, worktree] = await Promise.all([
    findModels(git, options),
    resolveBase(git, ref2),
    worktreeChanges(git)
  ]);
  const since = (await changesToHead(git, [base.from])).get(base.from);
  if (!since) {
    throw new LeptonError("git", `could not compare ${ref2} with HEAD: the commit cannot be read`);
  }
  const changed = /* @__PURE__ */ new Set([...since, ...worktree]);
  const hit = [];
  const unaffected = [];
  for (const m of models) {
    const touched = touchedBy(m, changed);
    if (!isTouched(touched)) unaffected.push(m.model.model);
    else
      hit.push({ model: m.model.model, manifest: m.manifest, "working-directory": m.dir, touched });
  }
  return {
    include: hit.map(({ model, manifest: manifest2, "working-directory": wd }) => ({
      model,
      manifest: manifest2,
      "working-directory": wd
    })),
    base: { ref: ref2, commit: base.from },
    models: hit,
    unaffected
  };
}
__name(affected, "affected");

// src/core/report/ls.ts
function describeTouched(t) {
  const out = [];
  if (t.components.length) out.push(`components ${t.components.join(", ")}`);
  if (t.data.length) out.push(`data ${t.data.join(", ")}`);
  if (t.eval) out.push("eval files");
  if (t.manifest) out.push("lepton.yml");
  return out.join("; ");
}
__name(describeTouched, "describeTouched");

// src/action/many.ts
async function runManyAction(inputs, plan, shell) {
  const dir = await realpath3(resolve10(shell.workspace, inputs.workingDirectory)).catch(() => {
    throw new LeptonError(
      "invalid",
      `input "working-directory": ${JSON.stringify(inputs.workingDirectory)} does not exist`
    );
  });
  const top = await new Git(dir, shell.env).topLevel() ?? dir;
  const paths = await expandManifests(new Git(top, shell.env), inputs.manifest, dir);
  shell.log.info(`manifest ${inputs.manifest}: ${paths.length} model(s)`);
  const runs = [];
  for (const path of paths) {
    const manifest2 = relative11(dir, path);
    const name = relative11(top, path);
    const one = { ...inputs, manifest: manifest2 };
    let result;
    let error2 = null;
    try {
      result = await shell.log.group(`lepton: ${name}`, () => run({ ...shell, inputs: one, plan }));
    } catch (e) {
      error2 = e;
      if (e instanceof ManifestInvalidError) annotateManifestIssues(e.issues);
      shell.log.warn(`${name}: ${e instanceof Error ? e.message : String(e)}`);
      result = {
        model: null,
        version: null,
        tag: null,
        stageTag: null,
        passed: false,
        reused: false,
        metrics: {},
        report: errorReport(e),
        gateFailure: null
      };
    }
    runs.push({ manifest: name, result, error: error2 });
  }
  await publishMany(runs, shell.tempDir, shell.env.GITHUB_STEP_SUMMARY);
  const gates = runs.filter((r) => r.result.gateFailure !== null);
  const errors = runs.filter((r) => r.error !== null);
  const lines = [
    ...errors.map((r) => `${r.manifest}: ${message(r.error)}`),
    ...gates.map((r) => `${r.result.model ?? r.manifest}: ${r.result.gateFailure}`)
  ];
  if (errors.length) {
    setFailed(lines.join("\n"));
    process.exitCode = exitCodeOf(errors[0]?.error);
  } else if (gates.length) {
    if (inputs.failOnThreshold) setFailed(lines.join("\n"));
    else warning(`${lines.join("; ")} (fail-on-threshold is false: the step still succeeds)`);
  }
}
__name(runManyAction, "runManyAction");
var message = /* @__PURE__ */ __name((e) => isLeptonError(e) ? [e.message, ...e.details].join("; ") : e instanceof Error ? e.message : String(e), "message");
async function publishMany(runs, tempDir, summaryFile) {
  const key = /* @__PURE__ */ __name((r) => r.result.model ?? r.manifest, "key");
  const keyed = /* @__PURE__ */ __name((pick) => JSON.stringify(Object.fromEntries(runs.map((r) => [key(r), pick(r.result)]))), "keyed");
  const report = manyReport(runs);
  await mkdir6(tempDir, { recursive: true });
  const reportPath = join18(tempDir, "lepton-models-report.md");
  await writeFile7(reportPath, report);
  setOutput(
    "version",
    keyed((r) => r.version ?? "")
  );
  setOutput(
    "tag",
    keyed((r) => r.tag ?? "")
  );
  setOutput(
    "stage-tag",
    keyed((r) => r.stageTag ?? "")
  );
  setOutput(
    "reused",
    keyed((r) => r.reused)
  );
  setOutput(
    "metrics",
    keyed((r) => r.metrics)
  );
  setOutput("passed", String(runs.every((r) => r.result.passed && r.error === null)));
  setOutput(
    "results",
    JSON.stringify(
      Object.fromEntries(
        runs.map((r) => [
          key(r),
          {
            manifest: r.manifest,
            version: r.result.version,
            tag: r.result.tag,
            stageTag: r.result.stageTag,
            passed: r.result.passed && r.error === null,
            reused: r.result.reused,
            metrics: r.result.metrics,
            error: r.error === null ? null : message(r.error)
          }
        ])
      )
    )
  );
  setOutput("report", reportPath);
  try {
    if (!await writeJobSummary(report, summaryFile)) info(`the report is in ${reportPath}`);
  } catch (e) {
    warning(`could not write the job summary: ${e.message}`);
  }
}
__name(publishMany, "publishMany");
function manyReport(runs) {
  const rows = runs.map((r) => [
    r.result.model ? codeSpan(r.result.model, true) : "\u2014",
    codeSpan(r.manifest, true),
    r.error !== null ? "\u274C error" : r.result.passed ? "\u2705 pass" : "\u274C fail",
    r.result.version ? escapeText(`v${r.result.version}`) : "\u2014",
    r.result.reused ? "reused" : "",
    escapeText(r.error !== null ? message(r.error) : r.result.gateFailure ?? "", 300)
  ]);
  const failed2 = runs.filter((r) => r.error !== null || !r.result.passed).length;
  return [
    `### Lepton \xB7 ${runs.length} model(s): ${failed2 === 0 ? "all passed" : `${failed2} failed`}`,
    "",
    ...markdownTable(["model", "manifest", "result", "version", "metrics", "why"], rows),
    "",
    ...runs.map((r) => r.result.report)
  ].join("\n");
}
__name(manyReport, "manyReport");
async function planAction(inputs, event, shell) {
  const dir = resolve10(shell.workspace, inputs.workingDirectory);
  const top = await new Git(dir, shell.env).topLevel();
  if (!top) {
    throw new LeptonError("invalid", `plan needs a git checkout; ${dir} is not in one`, [
      "run actions/checkout first"
    ]);
  }
  const git = new Git(top, shell.env);
  const pattern = inputs.manifest === "lepton.yml" && inputs.workingDirectory === "." ? {} : { pattern: inputs.manifest, cwd: dir };
  const base = await planBase(git, event, shell.log);
  let include;
  let lines;
  if (base === null) {
    const models = await findModels(git, pattern);
    include = models.map((m) => ({
      model: m.model.model,
      manifest: m.manifest,
      "working-directory": m.dir
    }));
    lines = [
      `Every model (${include.length}): no base to compare with on ${event.name || "this event"}.`
    ];
  } else {
    const a = await affected(git, { ...pattern, base });
    include = [...a.include];
    lines = a.models.length ? [
      `${a.models.length} model(s) affected since ${codeSpan(base)}:`,
      "",
      ...markdownTable(
        ["model", "manifest", "changed"],
        a.models.map((m) => [
          codeSpan(m.model, true),
          codeSpan(m.manifest, true),
          escapeText(describeTouched(m.touched))
        ])
      ),
      ...a.unaffected.length ? ["", `Unaffected: ${a.unaffected.map((u) => codeSpan(u)).join(", ")}`] : []
    ] : [
      `No model is affected since ${codeSpan(base)}: no eval runs.${a.unaffected.length ? ` Unaffected: ${a.unaffected.map((u) => codeSpan(u)).join(", ")}.` : ""}`
    ];
  }
  const matrix = JSON.stringify({ include });
  shell.log.info(
    `plan: ${include.length ? include.map((e) => e.model).join(", ") : "no model affected: nothing to evaluate"}`
  );
  setOutput("matrix", matrix);
  setOutput("count", String(include.length));
  setOutput("passed", "true");
  const report = [`### Lepton \xB7 plan`, "", ...lines, ""].join("\n");
  await mkdir6(shell.tempDir, { recursive: true });
  const reportPath = join18(shell.tempDir, "lepton-plan-report.md");
  await writeFile7(reportPath, report);
  setOutput("report", reportPath);
  await writeJobSummary(report, shell.env.GITHUB_STEP_SUMMARY).catch(
    (e) => warning(`could not write the job summary: ${e.message}`)
  );
}
__name(planAction, "planAction");
async function planBase(git, event, log) {
  const p = event.payload;
  let ref2 = null;
  let fetch3 = null;
  const base = p.pull_request?.base?.ref;
  if ((event.name === "pull_request" || event.name === "pull_request_target") && base) {
    if (!/^[\w./-]+$/.test(base) || base.startsWith("-")) return null;
    ref2 = `refs/remotes/origin/${base}`;
    fetch3 = `+refs/heads/${base}:${ref2}`;
  } else if (event.name === "push" && typeof p.before === "string" && /^[0-9a-f]{40}$/.test(p.before) && !/^0+$/.test(p.before)) {
    ref2 = p.before;
    fetch3 = p.before;
  }
  if (ref2 === null || fetch3 === null) return null;
  const have = await git.run(["rev-parse", "-q", "--verify", `${ref2}^{commit}`], {
    allowFailure: true
  });
  if (have.code !== 0) {
    const r = await git.run(["fetch", "-q", "--no-tags", "--depth=1", "origin", fetch3], {
      allowFailure: true
    });
    if (r.code !== 0) {
      log.warn(`could not fetch the base ${ref2} from origin: planning every model`);
      return null;
    }
    log.info(`fetched the base ${ref2} from origin (one commit deep)`);
  }
  return ref2;
}
__name(planBase, "planBase");

// src/action/main.ts
async function main() {
  const env = process.env;
  const log = actionsLogger();
  const tempDir = env.RUNNER_TEMP || tmpdir4();
  const { signal } = listenForInterrupts(process);
  let inputs = null;
  let result;
  let error2 = null;
  try {
    inputs = readInputs();
    const shell = { env, workspace: env.GITHUB_WORKSPACE || process.cwd(), tempDir, log, signal };
    if (inputs.command === "plan") return await planAction(inputs, readEvent(env), shell);
    const plan = planRun(inputs, readEvent(env));
    if (plan.kind !== "skip" && plan.kind !== "comment" && isGlob(inputs.manifest)) {
      return await runManyAction(inputs, plan, shell);
    }
    if (plan.kind === "skip") {
      log.info(`lepton: ${plan.reason}`);
      result = { ...empty(null), report: skippedReport(plan.reason) };
    } else {
      result = await run({
        inputs,
        plan,
        env,
        workspace: env.GITHUB_WORKSPACE || process.cwd(),
        tempDir,
        log,
        signal
      });
    }
  } catch (e) {
    error2 = e;
    result = { ...empty(null), passed: false, report: errorReport(e) };
  }
  await publish(result, tempDir, env.GITHUB_STEP_SUMMARY);
  if (error2 !== null) return fail4(error2);
  if (result.gateFailure !== null && result.exitCode !== void 0) {
    setFailed(result.gateFailure);
    process.exitCode = result.exitCode;
  } else if (result.gateFailure !== null) {
    if (inputs?.failOnThreshold ?? true) setFailed(result.gateFailure);
    else
      warning(`${result.gateFailure} (fail-on-threshold is false: the step still succeeds)`);
  }
}
__name(main, "main");
function fail4(e) {
  if (e instanceof ManifestInvalidError) annotateManifestIssues(e.issues);
  if (isLeptonError(e)) {
    setFailed([e.message, ...e.details.map((d) => `  ${d}`)].join("\n"));
  } else {
    setFailed(`lepton: internal error: ${e instanceof Error ? e.message : String(e)}`);
    if (e instanceof Error && e.stack) debug(e.stack);
  }
  process.exitCode = exitCodeOf(e);
}
__name(fail4, "fail");
main().catch((e) => {
  setFailed(`lepton: internal error: ${e instanceof Error ? e.message : String(e)}`);
});
