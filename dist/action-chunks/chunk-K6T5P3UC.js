import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  copiedRecords
} from "./chunk-FLYI36XD.js";
import {
  isInterrupt
} from "./chunk-HWNWZBFN.js";
import {
  ObjectStream,
  parseRecord
} from "./chunk-TPH3SVRP.js";
import {
  formatNumber,
  formatPair
} from "./chunk-W75T7KDA.js";
import {
  fetchModelHistory,
  fetchModelTags,
  historyGap,
  keptTagsWarning,
  pushTag,
  refreshModelTags,
  remoteRefs,
  remoteTagObject,
  syncEventCounter
} from "./chunk-3WBFUDIS.js";
import {
  fileAtCommit,
  identityEnv
} from "./chunk-SQVYYBLV.js";
import {
  readBlobRecords
} from "./chunk-FG7EKLPI.js";
import {
  InputFileError,
  matchParts,
  partsOf,
  readInputText,
  rebaseName,
  require_picomatch,
  validateManifestLazily
} from "./chunk-LXS66HZP.js";
import {
  writeFileAtomic
} from "./chunk-LKG3CIQE.js";
import {
  DEFAULT_BUDGET_MS,
  lastLines
} from "./chunk-4V3BQP3G.js";
import {
  decodeName,
  decodeNulSeparated,
  modelFingerprint,
  partHash
} from "./chunk-MSFD3NQF.js";
import {
  require_dist,
  require_mod
} from "./chunk-K3RFEF2P.js";
import {
  LeptonError
} from "./chunk-JFBFOGK2.js";
import {
  __name,
  __toESM
} from "./chunk-HQRR3HW4.js";

// src/core/gate/check.ts
var import_fastest_levenshtein = __toESM(require_mod(), 1);
var own = /* @__PURE__ */ __name((record, key) => record != null && Object.prototype.hasOwnProperty.call(record, key), "own");
var slack = /* @__PURE__ */ __name((...magnitudes) => 8 * Number.EPSILON * Math.max(0, ...magnitudes.map(Math.abs)), "slack");
function boundText(bound) {
  return bound.kind === "percent" ? `${formatNumber(bound.value)}%` : bound.value;
}
__name(boundText, "boundText");
function unusable(input, metric) {
  if (own(input.metrics, metric)) {
    const v = input.metrics[metric];
    if (typeof v !== "number") return "not a number";
    if (Number.isNaN(v)) return "not a finite number (NaN)";
    if (!Number.isFinite(v)) return `not a finite number (${formatNumber(v)})`;
    return null;
  }
  if (own(input.nonNumeric, metric)) return `not a number: ${input.nonNumeric?.[metric] ?? ""}`;
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
    let score;
    if (n === lower) score = 0;
    else if (n.split(".").includes(lower) || lower.split(".").includes(n)) score = 1;
    else {
      if (Math.abs(n.length - lower.length) > limit) continue;
      const d = (0, import_fastest_levenshtein.distance)(n, lower);
      if (d > limit || d >= Math.max(n.length, lower.length)) continue;
      score = 1 + d;
    }
    scored.push([score, name]);
  }
  return scored.sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0)).slice(0, 3).map(([, name]) => name);
}
__name(closestMetrics, "closestMetrics");
function baselineOf(input, metric) {
  if (!own(input.baseline, metric)) return null;
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
  const checks = [];
  const hasBaseline = input.baseline !== null && input.baseline !== void 0;
  for (const t of input.thresholds) {
    const problem = unusable(input, t.metric);
    const actual = problem === null ? input.metrics[t.metric] : null;
    const base = baselineOf(input, t.metric);
    const newReason = input.baselineVersion === void 0 ? "no baseline value for this metric" : `\`${t.metric}\` is new: not in baseline v${input.baselineVersion}`;
    const add = /* @__PURE__ */ __name((rule, bound, outcome) => checks.push({
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
        boundText(b),
        (a) => relativeRule("max_drop", b, a, base, hasBaseline, newReason)
      ]);
    }
    if (t.maxRise !== void 0) {
      const b = t.maxRise;
      rules.push([
        "max_rise",
        boundText(b),
        (a) => relativeRule("max_rise", b, a, base, hasBaseline, newReason)
      ]);
    }
    for (const [rule, bound, judge] of rules) {
      add(rule, bound, actual === null ? { passed: false, reason: problem } : judge(actual));
    }
  }
  return { checks, passed: checks.every((c) => c.passed || c.level !== "error") };
}
__name(checkThresholds, "checkThresholds");

// src/core/metrics/types.ts
function emptyRecord() {
  return /* @__PURE__ */ Object.create(null);
}
__name(emptyRecord, "emptyRecord");
function hasOwn(record, key) {
  return Object.prototype.hasOwnProperty.call(record, key);
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

// src/core/metrics/settings.ts
import { createHash } from "node:crypto";
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
  return `sha256:${createHash("sha256").update(canonical, "utf8").digest("hex")}`;
}
__name(evalSettingsHash, "evalSettingsHash");

// node_modules/csv-parse/lib/api/CsvError.js
var CsvError = class _CsvError extends Error {
  static {
    __name(this, "CsvError");
  }
  constructor(code, message, options, ...contexts) {
    if (Array.isArray(message)) message = message.join(" ").trim();
    super(message);
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
var is_object = /* @__PURE__ */ __name(function(obj) {
  return typeof obj === "object" && obj !== null && !Array.isArray(obj);
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
var underscore = /* @__PURE__ */ __name(function(str) {
  return str.replace(/([A-Z])/g, function(_, match) {
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
      options.delimiter_auto.score = (info, options2) => {
        return (info.total - info.std) * (options2.preferred[info.char_code] || 1);
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
      const push = /* @__PURE__ */ __name((record) => records2.push(record), "push");
      const close = /* @__PURE__ */ __name(() => {
      }, "close");
      const error = parser.parse(data, true, push, close);
      if (error !== void 0) throw error;
      return records2;
    })(records);
  }
  const info = Array(127).fill().map(() => ({ lines: [] }));
  records.map(([record], line) => {
    for (let i = 0, l = record.length; i < l; i++) {
      const code = record.charCodeAt(i);
      if (info[code].lines[line] === void 0) info[code].lines[line] = 0;
      info[code].lines[line]++;
    }
  });
  info.map((info2, i) => {
    info2.char_code = i;
    info2.std = std(info2.lines);
    info2.total = info2.lines.reduce((acc, val) => acc + val, 0);
    info2.preferred = !!options.preferred[i];
    info2.score = options.score(info2, options);
  });
  const result = info.reduce(
    (acc, info2) => acc.score > info2.score ? acc : info2,
    {}
  );
  return String.fromCharCode(result.char_code);
}, "delimiter_discover");
var std = /* @__PURE__ */ __name(function(array) {
  const n = array.length;
  if (n === 0) return 0;
  const mean = array.reduce((a, b) => a + b) / n;
  return Math.sqrt(
    array.map((x) => Math.pow(x - mean, 2)).reduce((a, b) => a + b) / n
  );
}, "std");

// node_modules/csv-parse/lib/api/index.js
var isRecordEmpty = /* @__PURE__ */ __name(function(record) {
  return record.every(
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
  const info = {
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
    info,
    original_options,
    options,
    state: init_state(options),
    __needMoreData: /* @__PURE__ */ __name(function(i, bufLen, end) {
      if (end) return false;
      const { encoding, escape, quote: quote2 } = this.options;
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
        quoting ? (escape === null ? 0 : escape.length) + quote2.length : 0,
        // Skip if remaining buffer can be record delimiter following the closing quote
        quoting ? quote2.length + recordDelimiterMaxLength : 0
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
      let { comment, escape, quote: quote2, record_delimiter } = this.options;
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
              ({ comment, escape, quote: quote2 } = this.options);
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
              const nextChr = buf[pos + quote2.length];
              const isNextChrTrimable = rtrim && this.__isCharTrimable(buf, pos + quote2.length);
              const isNextChrComment = comment !== null && this.__compareBytes(comment, buf, pos + quote2.length, nextChr);
              const isNextChrDelimiter = this.__isDelimiter(
                buf,
                pos + quote2.length,
                nextChr
              );
              const isNextChrRecordDelimiter = record_delimiter.length === 0 ? this.__autoDiscoverRecordDelimiter(buf, pos + quote2.length) : this.__isRecordDelimiter(nextChr, buf, pos + quote2.length);
              if (escape !== null && this.__isEscape(buf, pos, chr) && this.__isQuote(buf, pos + escape.length)) {
                pos += escape.length - 1;
              } else if (!nextChr || isNextChrDelimiter || isNextChrRecordDelimiter || isNextChrComment || isNextChrTrimable) {
                this.state.quoting = false;
                this.state.wasQuoting = true;
                pos += quote2.length - 1;
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
                this.state.field.prepend(quote2);
                pos += quote2.length - 1;
              }
            } else {
              if (this.state.field.length !== 0) {
                if (relax_quotes === false) {
                  const info2 = this.__infoField();
                  const bom2 = Object.keys(boms).map(
                    (b) => boms[b].equals(this.state.field.toString()) ? b : false
                  ).filter(Boolean)[0];
                  const err = this.__error(
                    new CsvError(
                      "INVALID_OPENING_QUOTE",
                      [
                        "Invalid Opening Quote:",
                        `a quote is found on field ${JSON.stringify(info2.column)} at line ${info2.lines}, value is ${JSON.stringify(this.state.field.toString(encoding))}`,
                        bom2 ? `(${bom2} bom)` : void 0
                      ],
                      this.options,
                      info2,
                      {
                        field: this.state.field
                      }
                    )
                  );
                  if (err !== void 0) return err;
                }
              } else {
                this.state.quoting = true;
                pos += quote2.length - 1;
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
        info: info2,
        from,
        relax_column_count,
        relax_column_count_less,
        relax_column_count_more,
        raw,
        skip_records_with_empty_values
      } = this.options;
      const { enabled, record } = this.state;
      if (enabled === false) {
        return this.__resetRecord();
      }
      const recordLength = record.length;
      if (columns === true) {
        if (skip_records_with_empty_values === true && isRecordEmpty(record)) {
          this.__resetRecord();
          return;
        }
        return this.__firstLineToColumns(record);
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
            record
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
            record
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
      if (skip_records_with_empty_values === true && isRecordEmpty(record)) {
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
          const obj = {};
          for (let i = 0, l = record.length; i < l; i++) {
            if (columns[i] === void 0 || columns[i].disabled) continue;
            if (group_columns_by_name === true && Object.hasOwn(obj, columns[i].name)) {
              if (Array.isArray(obj[columns[i].name])) {
                obj[columns[i].name] = obj[columns[i].name].concat(record[i]);
              } else {
                obj[columns[i].name] = [obj[columns[i].name], record[i]];
              }
            } else {
              Object.defineProperty(obj, columns[i].name, {
                value: record[i],
                enumerable: true,
                writable: true,
                configurable: true
              });
            }
          }
          if (raw === true || info2 === true) {
            const extRecord = Object.assign(
              { record: obj },
              raw === true ? { raw: this.state.rawBuffer.toString(encoding) } : {},
              info2 === true ? { info: this.__infoRecord() } : {}
            );
            const err = this.__push(
              objname === void 0 ? extRecord : [obj[objname], extRecord],
              push
            );
            if (err) {
              return err;
            }
          } else {
            const err = this.__push(
              objname === void 0 ? obj : [obj[objname], obj],
              push
            );
            if (err) {
              return err;
            }
          }
        } else {
          if (raw === true || info2 === true) {
            const extRecord = Object.assign(
              { record },
              raw === true ? { raw: this.state.rawBuffer.toString(encoding) } : {},
              info2 === true ? { info: this.__infoRecord() } : {}
            );
            const err = this.__push(
              objname === void 0 ? extRecord : [record[objname], extRecord],
              push
            );
            if (err) {
              return err;
            }
          } else {
            const err = this.__push(
              objname === void 0 ? record : [record[objname], record],
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
    __firstLineToColumns: /* @__PURE__ */ __name(function(record) {
      const { firstLineToHeaders } = this.state;
      try {
        const headers = firstLineToHeaders === void 0 ? record : firstLineToHeaders.call(null, record);
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
    __push: /* @__PURE__ */ __name(function(record, push) {
      const { on_record } = this.options;
      if (on_record !== void 0) {
        const info2 = this.__infoRecord();
        try {
          record = on_record.call(null, record, info2);
        } catch (err) {
          return err;
        }
        if (record === void 0 || record === null) {
          return;
        }
      }
      this.info.bytes_records += this.info.bytes;
      push(record);
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
          const info2 = this.__infoField();
          return [void 0, this.state.castField.call(null, field, info2)];
        } catch (err) {
          return [err];
        }
      }
      if (this.__isFloat(field)) {
        return [void 0, parseFloat(field)];
      } else if (this.options.cast_date !== false) {
        const info2 = this.__infoField();
        return [void 0, this.options.cast_date.call(null, field, info2)];
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
      const { quote: quote2 } = this.options;
      if (quote2 === null) return false;
      const l = quote2.length;
      for (let i = 0; i < l; i++) {
        if (quote2[i] !== buf[pos + i]) {
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
  const push = /* @__PURE__ */ __name((record) => {
    if (parser.options.objname === void 0) records.push(record);
    else {
      records[record[0]] = record[1];
    }
  }, "push");
  const close = /* @__PURE__ */ __name(() => {
  }, "close");
  const error = parser.parse(data, true, push, close);
  if (error !== void 0) throw error;
  return records;
}, "parse");

// src/core/metrics/parse.ts
var import_yaml = __toESM(require_dist(), 1);

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
  const short = text.length > 40 ? `${text.slice(0, 40)}\u2026` : text;
  return JSON.stringify(short);
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
function inexactInteger(literal) {
  const big = typeof literal === "bigint" ? literal : BigInt(literal);
  const limit = 2n ** 53n;
  if (big <= limit && big >= -limit) return false;
  return BigInt(Number(big)) !== big;
}
__name(inexactInteger, "inexactInteger");
function inexactIntegerError(source, metric, literal, where) {
  return new LeptonError(
    "eval",
    `metrics file ${source}: metric "${metric}" is ${literal}${where ? ` (at ${where})` : ""}, an integer beyond 2^53 that a double cannot hold exactly (it would read as ${String(Number(literal))})`,
    [
      "integers up to 2^53 (9007199254740992) are exact; write a larger count in another unit, or as a string (then listed as not a number)"
    ]
  );
}
__name(inexactIntegerError, "inexactIntegerError");

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
    if (typeof value === "bigint" && inexactInteger(value))
      throw inexactIntegerError(source, name, String(value));
    const leaf = classifyValue(value);
    if (leaf.kind === "number") out.addNumber(name, leaf.value);
    else out.addOther(name, leaf.description, leaf.value);
  }, "walk");
  walk(root, "", 0);
  return out.result();
}
__name(flattenMetrics, "flattenMetrics");

// src/core/metrics/json.ts
function parseStrictJson(source, text, maxDepth = 64) {
  let i = text.charCodeAt(0) === 65279 ? 1 : 0;
  const path = [];
  const at = /* @__PURE__ */ __name((offset) => {
    const before = text.slice(0, offset).split("\n");
    return `${before.length}:${(before[before.length - 1]?.length ?? 0) + 1}`;
  }, "at");
  const fail = /* @__PURE__ */ __name((why, offset = i, details = []) => {
    throw new LeptonError(
      "eval",
      `metrics file ${source} is not valid JSON: ${why} at ${at(offset)}`,
      details
    );
  }, "fail");
  const unexpected = /* @__PURE__ */ __name((expected) => {
    if (i >= text.length) return fail(`unexpected end of file, expected ${expected}`);
    const word = /^[-+.\w]+/.exec(text.slice(i, i + 40))?.[0];
    if (word && /^[-+.]?\.?\d/.test(word)) {
      return fail(`${JSON.stringify(word)} is not a JSON number`, i, [
        'JSON numbers (RFC 8259 \xA76): an optional minus, digits with no leading zero, an optional fraction (.5 \u2192 0.5) and exponent; no hex, no "+", no leading or trailing "."'
      ]);
    }
    const shown = word ?? JSON.stringify(text[i]);
    return fail(`unexpected ${word ? JSON.stringify(word) : shown}, expected ${expected}`);
  }, "unexpected");
  const space = /* @__PURE__ */ __name(() => {
    for (; ; ) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) i++;
      else return;
    }
  }, "space");
  const NUMBER = /-?(?:0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
  const STRING = /"(?:[^"\\\u0000-\u001f]|\\["\\/bfnrt]|\\u[0-9a-fA-F]{4})*"/y;
  const string = /* @__PURE__ */ __name(() => {
    STRING.lastIndex = i;
    const m = STRING.exec(text);
    if (!m) {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') {
        if (text[j] === "\\") {
          if (!/^(["\\/bfnrt]|u[0-9a-fA-F]{4})/.test(text.slice(j + 1, j + 6)))
            return fail("a bad escape in a string", j);
          j += 2;
        } else if (text.charCodeAt(j) < 32) return fail("a control character in a string", j);
        else j++;
      }
      return fail("a string with no closing quote");
    }
    i += m[0].length;
    return JSON.parse(m[0]);
  }, "string");
  const value = /* @__PURE__ */ __name((depth) => {
    space();
    const c = text[i];
    if (c === "{" || c === "[") {
      if (depth >= maxDepth)
        throw new LeptonError(
          "eval",
          `metrics file ${source}: nested deeper than ${maxDepth} levels`
        );
      return c === "{" ? object(depth) : array(depth);
    }
    if (c === '"') return string();
    for (const [word, v] of WORDS) {
      if (text.startsWith(word, i) && !/[\w.]/.test(text[i + word.length] ?? "")) {
        i += word.length;
        return v;
      }
    }
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(text);
    if (m && !/[\w.+-]/.test(text[i + m[0].length] ?? "")) {
      const literal = m[0];
      const start = i;
      i += literal.length;
      if (!m[1] && !m[2] && path.length > 0 && inexactInteger(literal)) {
        throw inexactIntegerError(source, path.join("."), literal, at(start));
      }
      return Number(literal);
    }
    return unexpected("a value");
  }, "value");
  const object = /* @__PURE__ */ __name((depth) => {
    i++;
    const out = /* @__PURE__ */ Object.create(null);
    const seen = /* @__PURE__ */ new Set();
    space();
    if (text[i] === "}") {
      i++;
      return out;
    }
    for (; ; ) {
      space();
      if (text[i] !== '"') unexpected("a key (a string in double quotes)");
      const keyAt = i;
      const key = string();
      if (seen.has(key)) {
        throw new LeptonError(
          "eval",
          `metrics file ${source} is not valid: key ${JSON.stringify(key)} appears twice in one object (at ${at(keyAt)})`,
          [
            "JSON.parse would keep the last value silently; Lepton refuses to guess which one is meant"
          ]
        );
      }
      seen.add(key);
      space();
      if (text[i] !== ":") unexpected('":"');
      i++;
      path.push(key);
      out[key] = value(depth + 1);
      path.pop();
      space();
      if (text[i] === ",") {
        i++;
        continue;
      }
      if (text[i] === "}") {
        i++;
        break;
      }
      unexpected('"," or "}"');
    }
    return out;
  }, "object");
  const array = /* @__PURE__ */ __name((depth) => {
    i++;
    const out = [];
    space();
    if (text[i] === "]") {
      i++;
      return out;
    }
    for (; ; ) {
      path.push(String(out.length));
      out.push(value(depth + 1));
      path.pop();
      space();
      if (text[i] === ",") {
        i++;
        continue;
      }
      if (text[i] === "]") {
        i++;
        return out;
      }
      unexpected('"," or "]"');
    }
  }, "array");
  const result = value(0);
  space();
  if (i < text.length) unexpected("the end of the file after the JSON value");
  return result;
}
__name(parseStrictJson, "parseStrictJson");
var WORDS = [
  ["true", true],
  ["false", false],
  ["null", null],
  ["NaN", "NaN"],
  ["Infinity", "Infinity"],
  ["-Infinity", "-Infinity"]
];

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
  const doc = (0, import_yaml.parseDocument)(text, { uniqueKeys: true, prettyErrors: true, intAsBigInt: true });
  const error = doc.errors[0];
  if (error) {
    throw new LeptonError(
      "eval",
      `metrics file ${source} is not valid YAML: ${firstLine(error.message)}`
    );
  }
  try {
    return doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    throw new LeptonError(
      "eval",
      `metrics file ${source} is not valid YAML: ${firstLine(message)}`,
      /alias/i.test(message) ? ["aliases (*name) must follow their anchor (&name) and may expand at most 100 times"] : []
    );
  }
}
__name(parseYaml, "parseYaml");
function parseJson(source, text) {
  return parseStrictJson(source, text);
}
__name(parseJson, "parseJson");
var HEADER_NAMES = /* @__PURE__ */ new Set(["metric", "metrics", "name", "key"]);
var HEADER_VALUES = /* @__PURE__ */ new Set(["value", "values", "score"]);
var CSV_FORMS = [
  'long form: one "metric,value" row per metric, with or without a "metric,value" (or "name,value") header row',
  "wide form: one header row of metric names and one row of their values"
];
var looksNumeric = /* @__PURE__ */ __name((cell) => classifyText(cell).kind === "number", "looksNumeric");
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
    const message = e instanceof Error ? e.message : String(e);
    throw new LeptonError(
      "eval",
      `metrics file ${source} is not valid CSV: ${firstLine(message)}`,
      [...CSV_FORMS]
    );
  }
  const refuse = /* @__PURE__ */ __name((why) => {
    throw new LeptonError("eval", `metrics file ${source} is not valid CSV: ${why}`, CSV_FORMS);
  }, "refuse");
  const out = new MetricsCollector(source);
  const add = /* @__PURE__ */ __name((name, cell, where) => {
    if (name === "") refuse(`${where} has no metric name`);
    if (looksNumeric(name))
      refuse(`the metric name ${JSON.stringify(name)} (${where}) looks like a number`);
    const leaf = classifyText(cell);
    const t = cell.trim();
    if (leaf.kind === "number" && /^[+-]?\d+$/.test(t) && inexactInteger(t.replace(/^\+/, "")))
      throw inexactIntegerError(source, name, t);
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
  for (const { source, metrics } of files) {
    const names = [...Object.keys(metrics.values), ...Object.keys(metrics.nonNumeric)];
    for (const name of names) {
      const earlier = from.get(name);
      if (earlier !== void 0) {
        duplicates.push(`"${name}" in ${earlier} and ${source}`);
        continue;
      }
      from.set(name, source);
      if (hasOwn(metrics.values, name)) values[name] = metrics.values[name];
      else {
        nonNumeric[name] = metrics.nonNumeric[name];
        nonNumericValues[name] = metrics.nonNumericValues[name] ?? null;
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

// src/io/eval/run.ts
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
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
  "DOCKER_AUTH_CONFIG",
  "SSH_AUTH_SOCK"
]);
var SECRET_WORD = /(?:TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIAL)S?$/;
var SECRET_WHOLE_WORDS = /* @__PURE__ */ new Set(["PAT", "PASS", "PWD", "KEY", "KEYS", "AUTHORIZATION"]);
var SECRET_LAST_WORDS = /* @__PURE__ */ new Set(["AUTH"]);
var KEPT_NAMES = /* @__PURE__ */ new Set(["PWD"]);
var SECRET_PARTS = ["PRIVATE_KEY", "API_KEY", "APIKEY", "ACCESS_KEY"];
var URL_WITH_PASSWORD = /[a-z0-9+.-]:\/\/[^\s/?#@:]*:[^\s/?#]+@/i;
var FILE_COMMANDS_DIR = "_runner_file_commands";
function isWithheld(name, value) {
  const upper = name.toUpperCase();
  if (DROPPED_PREFIXES.some((p) => upper.startsWith(p))) return true;
  if (DROPPED_NAMES.has(upper)) return true;
  if (SECRET_PARTS.some((p) => upper.includes(p))) return true;
  const words = upper.split("_");
  if (words.some((word) => SECRET_WORD.test(word))) return true;
  if (!KEPT_NAMES.has(upper) && words.some((word) => SECRET_WHOLE_WORDS.has(word))) return true;
  if (SECRET_LAST_WORDS.has(words[words.length - 1])) return true;
  if (value === void 0) return false;
  return value.includes(FILE_COMMANDS_DIR) || URL_WITH_PASSWORD.test(value);
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
import { readFileSync, readdirSync, readlinkSync } from "node:fs";
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
    const stat4 = readFileSync(`/proc/${pid}/stat`, "utf8");
    const close = stat4.lastIndexOf(")");
    const [state, , pgrp] = stat4.slice(close + 2).split(" ");
    return {
      state: state ?? "",
      pgrp: Number(pgrp),
      name: stat4.slice(stat4.indexOf("(") + 1, close)
    };
  } catch {
    return null;
  }
}
__name(procStat, "procStat");
var live = /* @__PURE__ */ __name((state) => state !== "Z" && state !== "X" && state !== "", "live");
function describe(pid, name) {
  let command = name;
  try {
    const argv = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean);
    if (argv.length) command = argv.join(" ");
  } catch {
  }
  return { pid, command: command.length > 200 ? `${command.slice(0, 199)}\u2026` : command };
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
      const link = readlinkSync(`/proc/${pid}/fd/${fd}`);
      if (/^(socket|pipe):\[\d+\]$/.test(link) && !mine.has(link) && !out.includes(link)) {
        out.push(link);
      }
    } catch {
    }
  }
  return out;
}
__name(outputChannels, "outputChannels");
var RUN_MARKER = "_LEPTON_EVAL_RUN";
function outputHolders(channels, marker) {
  const tag = marker === void 0 ? null : `${RUN_MARKER}=${marker}`;
  if (channels.length === 0 && tag === null) return [];
  const out = [];
  for (const pid of procPids()) {
    if (pid === process.pid) continue;
    let fds;
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue;
    }
    const holds = channels.length > 0 ? fds.some((fd) => {
      try {
        return channels.includes(readlinkSync(`/proc/${pid}/fd/${fd}`));
      } catch {
        return false;
      }
    }) : carries(pid, tag);
    const st = holds ? procStat(pid) : null;
    if (st && live(st.state)) out.push(describe(pid, st.name));
  }
  return out;
}
__name(outputHolders, "outputHolders");
function carries(pid, entry) {
  try {
    return readFileSync(`/proc/${pid}/environ`, "utf8").split("\0").includes(entry);
  } catch {
    return false;
  }
}
__name(carries, "carries");
function nameProcesses(list) {
  return list.map((p) => `${p.pid} (${p.command})`).join(", ");
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
  const send = /* @__PURE__ */ __name((signal) => {
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
  send("SIGTERM");
  if (await gone(graceMs)) return;
  send("SIGKILL");
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
  constructor(message, details, exitCode, signal, timedOut) {
    super("eval", message, details);
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
  const marker = randomUUID();
  const child = spawn("sh", ["-c", options.command], {
    cwd: options.cwd,
    // The one policy for what a command from the repository may see (no token, no file commands).
    // The marker finds the run's descendants that left its group, if its output cannot be traced.
    env: { ...childEnv(options.env), [RUN_MARKER]: marker },
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
  let holders = [];
  const killNow = /* @__PURE__ */ __name(() => {
    if (pgid) signalGroup(pgid, "SIGKILL");
    for (const p of holders) killQuietly(p.pid);
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
  const bounded = /* @__PURE__ */ __name(async (work, ms) => {
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
    holders = outputHolders(channels, marker);
    await stopProcesses(
      holders.map((p) => p.pid),
      options.killGraceMs
    );
    await bounded(outputClosed, outputGraceMs);
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
    const settled = exit === null || !pgid ? null : await bounded(waitGone(pgid, settleMs, abort.signal), settleMs + 1e3);
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
    const ended = stopNow() === null ? await bounded(
      outputClosed.then(() => true),
      outputGraceMs
    ) : null;
    if (stopNow() === null && ended === null) {
      const left = outputHolders(channels, marker);
      holders = left;
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
import { stat as stat2 } from "node:fs/promises";
import { relative as relative2, resolve } from "node:path";

// src/io/eval/written-files.ts
import { lstat, readdir } from "node:fs/promises";
import { join, relative, sep } from "node:path";
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
      const path = join(folder, name);
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
  const stale = [];
  const fresh = [];
  for (const p of paths) {
    const problem = await staleness(baseDir, p, before, startedAtMs);
    if (problem) {
      problems.push(problem);
      stale.push(p);
    } else fresh.push(p);
  }
  if (problems.length) {
    throw new LeptonError(
      "eval",
      `${problems.length} metrics file(s) were not written by this eval (never reading stale numbers)`,
      [...problems, ...await whereItWrote(baseDir, startedAtMs, await metricsKey(), stale)]
    );
  }
  const files = await Promise.all(
    fresh.map(async (p) => ({
      source: p,
      metrics: parseMetrics(p, await readEvalOutput(baseDir, p))
    }))
  );
  return mergeMetrics(files);
}
__name(readMetricsFiles, "readMetricsFiles");
async function whereItWrote(baseDir, startedAtMs, key, stale) {
  const notWritten = new Set(stale.map((p) => relative2(baseDir, resolve(baseDir, p))));
  const written = (await filesWrittenSince(baseDir, startedAtMs - HINT_SLACK_MS)).filter(
    (f) => !notWritten.has(relative2(baseDir, resolve(baseDir, f)))
  );
  const fix = `${key} names the file(s) read after the eval (relative to the manifest): make it match what the eval writes`;
  if (!written.length) return [`the eval wrote no file below ${baseDir}`, fix];
  return [`files this eval wrote: ${written.join(", ")}`, fix];
}
__name(whereItWrote, "whereItWrote");
var EVAL_OUTPUT_MAX_BYTES = 256 * 1024 * 1024;
async function readEvalOutput(baseDir, p) {
  try {
    return await readInputText(resolve(baseDir, p), EVAL_OUTPUT_MAX_BYTES);
  } catch (e) {
    if (!(e instanceof InputFileError)) throw e;
    throw new LeptonError("eval", `${p}: ${e.reason}`);
  }
}
__name(readEvalOutput, "readEvalOutput");

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
    const record = parseRecord(raw.message);
    const summary = bySummary.get(raw.name) ?? null;
    if (record && summary && sameRecord(record, summary)) out.set(raw.name, record);
    else mismatch ??= raw.name;
  });
  const r = await git.run(["cat-file", "--batch", "--buffer"], {
    allowFailure: true,
    input: refs.map((ref) => `${ref.object}
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
function sameRecord(record, summary) {
  const r = record;
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

// src/io/registry/write.ts
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join as join2 } from "node:path";
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
  const object = await looseTagObject(git, tag.name) ?? await tagObject(git, tag.name);
  if (!object) throw new LeptonError("git", `tag ${tag.name} vanished right after it was made`);
  return object;
}
__name(createTag, "createTag");
async function looseTagObject(git, name) {
  await git.topLevel();
  const dir = git.plainGitDir;
  if (dir === null || existsSync(join2(dir, "commondir"))) return null;
  try {
    const text = await readFile(join2(dir, "refs", "tags", name), "latin1");
    return /^[0-9a-f]{40}(?:[0-9a-f]{24})?\n$/.test(text) ? text.slice(0, -1) : null;
  } catch {
    return null;
  }
}
__name(looseTagObject, "looseTagObject");
async function deleteOwnTag(git, name, object) {
  await git.run(["update-ref", "-d", `refs/tags/${name}`, object]);
}
__name(deleteOwnTag, "deleteOwnTag");

// src/io/registry/backoff.ts
var BACKOFF_BASE_MS = 200;
var BACKOFF_CAP_MS = 8e3;
function backoffMs(attempt, random = Math.random) {
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempt - 1));
  return Math.floor(random() * ceiling);
}
__name(backoffMs, "backoffMs");
var sleep2 = /* @__PURE__ */ __name((ms) => new Promise((resolve2) => setTimeout(resolve2, ms)), "sleep");

// src/app/ensure-history.ts
async function ensureHistory(ctx, remote = "origin", warn = true) {
  if (!ctx.repoRoot) return { state: "complete", fetched: false };
  const gap = await historyGap(ctx.git, ctx.manifest.model);
  if (gap === null) return { state: "complete", fetched: await refresh(ctx, remote) };
  let missing;
  try {
    const fetched = await fetchModelHistory(ctx.git, ctx.manifest.model, {
      remote,
      info: /* @__PURE__ */ __name((m) => ctx.log.info(`${gap.why}: ${m}`), "info"),
      // Said once, below, with what the repository has instead.
      sayNoRemote: false,
      warn: /* @__PURE__ */ __name((m) => ctx.log.warn(m), "warn")
    });
    if (fetched) return { state: "fetched" };
    const remotes = await ctx.git.remoteNames();
    missing = remotes.length === 0 ? {
      why: `${gap.why} and this repository has no remote`,
      cause: "no-remote",
      remotes,
      shallow: gap.shallow
    } : {
      why: `${gap.why} and there is no "${remote}" remote (this repository has ${remotes.map((r) => `"${r}"`).join(", ")})`,
      cause: "no-such-remote",
      remotes,
      shallow: gap.shallow
    };
  } catch (e) {
    if (e instanceof LeptonError && e.kind === "invalid") throw e;
    const detail = (e instanceof Error ? e.message : String(e)).replace(/\s*\n\s*/g, " ");
    missing = {
      why: `${gap.why} and ${remote} could not be reached (${detail})`,
      cause: "unreachable",
      remotes: [],
      shallow: gap.shallow
    };
  }
  if (warn) ctx.log.warn(`${missing.why}: the baseline may be missing`);
  return { state: "missing", ...missing };
}
__name(ensureHistory, "ensureHistory");
async function refresh(ctx, remote) {
  const model = ctx.manifest.model;
  try {
    const fetched = await refreshModelTags(ctx.git, model, remote);
    if (fetched === null) return false;
    const n = fetched.created.length;
    if (n > 0) {
      const names = fetched.created.slice(0, 5).join(", ");
      ctx.log.info(
        `fetched ${n} new tag(s) of ${model} from ${remote}: ${names}${n > 5 ? ` and ${n - 5} more` : ""}`
      );
    }
    const kept = keptTagsWarning(remote, fetched);
    if (kept !== null) ctx.log.warn(kept);
    return true;
  } catch (e) {
    if (e instanceof LeptonError && e.kind === "invalid") throw e;
    const detail = (e instanceof Error ? e.message : String(e)).replace(/\s*\n\s*/g, " ");
    ctx.log.warn(
      `could not fetch ${model}'s tags from ${remote} (${detail}): the baseline may be stale (versions recorded there since are not here)`
    );
    return false;
  }
}
__name(refresh, "refresh");

// src/app/verify.ts
import { join as join3, relative as relative3, sep as sep2 } from "node:path";

// src/io/registry/verify.ts
import { createHash as createHash2 } from "node:crypto";
import { readFileSync as readFileSync2 } from "node:fs";
import { posix } from "node:path";
var CACHE_FORMAT = "lepton-tree-fingerprints/2";
var CACHE_MAX = 2e3;
async function fingerprintAtCommit(git, commit, manifest, prefix, cacheFile) {
  const tree = await git.run(["rev-parse", "-q", "--verify", `${commit}^{tree}`], {
    allowFailure: true
  });
  if (tree.code !== 0) return { ok: false, problem: `${commit.slice(0, 12)} is not a commit here` };
  const key = cacheKey(tree.stdout.trim(), manifest, prefix);
  const cache = cacheFile ? loadCache(cacheFile) : /* @__PURE__ */ new Map();
  const hit = cache.get(key);
  if (hit) return hit;
  const answer = await compute(git, tree.stdout.trim(), manifest, prefix);
  if (cacheFile) {
    cache.delete(key);
    cache.set(key, answer);
    await saveCache(cacheFile, cache);
  }
  return answer;
}
__name(fingerprintAtCommit, "fingerprintAtCommit");
async function compute(git, tree, manifest, prefix) {
  const out = [];
  const listed = await git.run(["ls-tree", "-r", "-z", "--full-tree", tree], {
    allowFailure: true,
    onStdout: /* @__PURE__ */ __name((b) => out.push(b), "onStdout")
  });
  if (listed.code !== 0)
    return { ok: false, problem: `cannot list ${tree}: ${lastLines(listed.stderr)}` };
  const all = /* @__PURE__ */ new Map();
  for (const line of decodeNulSeparated(Buffer.concat(out)).split("\0")) {
    const tab = line.indexOf("	");
    if (tab < 0) continue;
    const [mode = "", type = "", oid = ""] = line.slice(0, tab).split(" ");
    all.set(line.slice(tab + 1), { mode, type, oid });
  }
  const repoPath = /* @__PURE__ */ new Map();
  for (const path of all.keys()) repoPath.set(rebaseName(path, prefix), path);
  const selection = partsOf(manifest).map(({ kind, part }) => ({
    kind,
    name: part.name,
    paths: part.paths
  }));
  const { parts, unmatched } = matchParts(selection, [...repoPath.keys()]);
  if (unmatched.length) {
    const u = unmatched[0];
    return {
      ok: false,
      problem: `${u.kind} "${u.part}": path "${u.pattern}" matches no file there`
    };
  }
  const blobOf = /* @__PURE__ */ new Map();
  for (const rel of new Set(parts.flatMap((p) => p.files))) {
    const found = await resolveBlob(git, all, repoPath.get(rel) ?? rel);
    if (typeof found !== "string" || !found.startsWith("blob:")) {
      return { ok: false, problem: `${rel}: ${typeof found === "string" ? found : "unreadable"}` };
    }
    blobOf.set(rel, found.slice(5));
  }
  const records = await readBlobRecords(git, blobOf);
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
  let at = path;
  for (let hops = 0; hops < 16; hops++) {
    const e = all.get(at);
    if (!e) return "symlink to nothing in the tree";
    if (e.type === "commit") return "is a submodule; name its files instead";
    if (e.mode !== "120000") return `blob:${e.oid}`;
    const bytes = [];
    const r = await git.run(["cat-file", "blob", e.oid], {
      allowFailure: true,
      onStdout: /* @__PURE__ */ __name((b) => bytes.push(b), "onStdout")
    });
    if (r.code !== 0) return "unreadable symlink";
    const target = decodeName(Buffer.concat(bytes));
    const next = posix.normalize(posix.join(posix.dirname(at), target));
    if (target.startsWith("/") || next.startsWith("../") || next === "..") {
      return `symlink leaves the repository (\u2192 ${target})`;
    }
    at = next;
  }
  return "too many levels of symlinks";
}
__name(resolveBlob, "resolveBlob");
function cacheKey(tree, manifest, prefix) {
  const parts = [manifest.components, manifest.data].map(
    (list) => list.map((p) => [p.name, p.paths])
  );
  return createHash2("sha256").update(JSON.stringify([tree, prefix, parts])).digest("hex");
}
__name(cacheKey, "cacheKey");
function loadCache(file) {
  const out = /* @__PURE__ */ new Map();
  try {
    const text = readFileSync2(file, "utf8");
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
var sha = /* @__PURE__ */ __name((text) => `sha256:${createHash2("sha256").update(text).digest("hex")}`, "sha");

// src/app/verify.ts
async function untrustedRecord(ctx, entry) {
  const record = entry.summary;
  if (!record) return `${entry.tag} carries no Lepton record`;
  if (!ctx.repoRoot) return "outside a git repository";
  const root = ctx.repoRoot;
  const prefix = relative3(root, ctx.modelDir).split(sep2).join("/");
  const gitDir = await ctx.git.gitDir();
  const cacheFile = gitDir ? join3(gitDir, "lepton", "trees.json") : null;
  const manifest = await manifestAt(ctx, entry.commit, relative3(root, ctx.manifestPath));
  const at = await fingerprintAtCommit(ctx.git, entry.commit, manifest, prefix, cacheFile);
  const short = entry.commit.slice(0, 12);
  if (!at.ok) return `its fingerprint cannot be checked against commit ${short} (${at.problem})`;
  if (at.fingerprint !== record.fingerprint) {
    return `its record's fingerprint ${abbrev(record.fingerprint)} is not that of the content at commit ${short} (${abbrev(at.fingerprint)})`;
  }
  return null;
}
__name(untrustedRecord, "untrustedRecord");
async function findTrustedByFingerprint(ctx, registry, fingerprint) {
  const copied = copiedRecords(registry);
  for (const v of registry.versions) {
    if (v.summary?.fingerprint !== fingerprint) continue;
    if (copied.has(v.tag)) continue;
    const why = await untrustedRecord(ctx, v);
    if (why === null) return v;
    ctx.log.warn(`${v.tag} is not trusted: ${why}`);
  }
  return null;
}
__name(findTrustedByFingerprint, "findTrustedByFingerprint");
async function manifestAt(ctx, commit, path) {
  const text = await fileAtCommit(ctx.git, commit, path.split(sep2).join("/"));
  if (text === null) return ctx.manifest;
  const parsed = await validateManifestLazily(text, path);
  return parsed.ok ? parsed.manifest : ctx.manifest;
}
__name(manifestAt, "manifestAt");
var abbrev = /* @__PURE__ */ __name((h) => h.length > 19 ? `${h.slice(0, 19)}\u2026` : h, "abbrev");

// src/io/registry/publish.ts
async function publish(options) {
  const { candidate, pushed, attempts } = await publishDecisions({
    ...options,
    decide: /* @__PURE__ */ __name(async (attempt) => ({ value: null, candidate: await options.decide(attempt) }), "decide")
  });
  return { candidate, pushed, attempts };
}
__name(publish, "publish");
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
  const own2 = await createTag(options.git, {
    name: step.tag,
    commit: step.commit,
    message: step.message,
    identity: step.identity
  });
  if (!own2) {
    throw new LeptonError(
      "git",
      `tag ${step.tag} appeared while this run was deciding (another run here?)`,
      ["run the command again"]
    );
  }
  return {
    tag: step.tag,
    own: own2,
    ...step.event && { event: step.event },
    ...step.extra?.length && { extra: step.extra }
  };
}
__name(realize, "realize");

// src/io/services/artifact-files.ts
var import_picomatch = __toESM(require_picomatch(), 1);
import { readdir as readdir2, realpath, stat as stat3 } from "node:fs/promises";
import { isAbsolute, join as join4, relative as relative4, sep as sep3 } from "node:path";
async function expandArtifacts(patterns, modelDir, repoRoot) {
  const found = /* @__PURE__ */ new Set();
  const unmatched = [];
  const outside = [];
  const root = await realpath(repoRoot);
  for (const pattern of patterns) {
    const before = found.size + outside.length;
    const scan = import_picomatch.default.scan(pattern);
    const base = scan.base.replace(/\/+$/, "");
    const match = scan.isGlob ? (0, import_picomatch.default)(pattern, { dot: true }) : null;
    for (const file of await filesUnder(join4(modelDir, base))) {
      const rel = toPosix(relative4(modelDir, file));
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
    const full = join4(e.parentPath ?? e.path, e.name);
    if (full.split(sep3).includes(".git")) continue;
    if (e.isFile()) files.push(full);
    else if (e.isSymbolicLink() && (await stat3(full).catch(() => null))?.isFile()) files.push(full);
  }
  return files;
}
__name(filesUnder, "filesUnder");
var toPosix = /* @__PURE__ */ __name((p) => p.split(sep3).join("/"), "toPosix");
var isInside = /* @__PURE__ */ __name((root, p) => {
  const rel = relative4(root, p);
  return rel === "" || rel !== ".." && !rel.startsWith(".." + sep3) && !isAbsolute(rel);
}, "isInside");

// src/app/store.ts
import { join as join5 } from "node:path";
var oci = /* @__PURE__ */ __name(() => import("./oci-BZFSLTOG.js"), "oci");
var storeSettings = /* @__PURE__ */ __name((ctx, given) => given ?? ctx.settings.store, "storeSettings");
async function storeArtifact(ctx, record, given) {
  const store = ctx.manifest.store;
  if (!store) return record;
  const { pushArtifact, storeRepository } = await oci();
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
      `cannot push ${record.model} v${record.version} to ${store}`,
      bad
    );
  }
  ctx.log.info(`pushing ${found.files.length} file(s) to ${repo.registry}/${repo.name}`);
  const pushed = await pushArtifact({
    repo,
    settings: storeSettings(ctx, given),
    files: found.files.map((title) => ({ title, path: join5(ctx.modelDir, title) })),
    config: Buffer.from(JSON.stringify(record)),
    annotations: {
      "org.opencontainers.image.version": record.version,
      "org.opencontainers.image.revision": record.commit,
      "org.opencontainers.image.created": record.created,
      ...await sourceOf(ctx)
    }
  });
  const sent = pushed.uploaded === 0 ? "the registry had every blob" : `${pushed.uploaded} bytes sent`;
  ctx.log.info(`stored ${pushed.ref} (${sent})`);
  return { ...record, artifact: { ...record.artifact, ref: pushed.ref, digest: pushed.digest } };
}
__name(storeArtifact, "storeArtifact");
async function tagStoredVersion(ctx, record, given) {
  await pointTag(ctx, record, record?.version ?? "", given);
}
__name(tagStoredVersion, "tagStoredVersion");
async function pointStageTag(ctx, record, stage, given) {
  return pointTag(ctx, record, stage, given);
}
__name(pointStageTag, "pointStageTag");
async function pointTag(ctx, record, tag, given) {
  const ref = record?.artifact?.ref;
  if (!ctx.manifest.store || !ref || !record) {
    if (ctx.manifest.store && record) {
      ctx.log.warn(
        `v${record.version} has no artifact in the model store: its OCI tag ${tag} is not set`
      );
    }
    return false;
  }
  const { manifestDigestOf, parsePinned, tagManifest } = await oci();
  const pinned = parsePinned(ref);
  const settings = storeSettings(ctx, given);
  try {
    if (await manifestDigestOf(pinned, settings, tag) === pinned.digest) return false;
    await tagManifest(pinned, settings, tag);
  } catch (e) {
    if (!(e instanceof LeptonError)) throw e;
    throw new LeptonError(e.kind, e.message, [
      ...e.details,
      `the git tags are made and ${ref} holds the files; only the OCI tag :${tag} is missing: run the same command again`
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

export {
  checkThresholds,
  emptyRecord,
  ignoredValues,
  parse,
  evalSettingsHash,
  CommandFailure,
  runEvalCommand,
  snapshotMetricsFiles,
  staleness,
  readMetricsFiles,
  readEvalOutput,
  readRecord,
  createTag,
  ensureHistory,
  untrustedRecord,
  findTrustedByFingerprint,
  publish,
  applyTagPlan,
  expandArtifacts,
  storeArtifact,
  tagStoredVersion,
  pointStageTag
};
