/**
 * File names as git holds them: any bytes but NUL and `/`-separated. Lepton keeps names as
 * JavaScript strings; a name that is valid UTF-8 is its plain decoding. A name that is not
 * valid UTF-8 keeps every well-formed UTF-8 sequence as its character, and each other byte
 * (0x80–0xFF) as the lone surrogate U+DC00 + byte — PEP 383's "surrogateescape", the way
 * Python (DVC's language) carries such names. Valid UTF-8 never decodes to a lone surrogate,
 * so the mapping is one-to-one and `nameBytes(decodeName(b))` gives `b` back.
 */

/** Whether the string holds a UTF-16 surrogate (an escaped byte, or a character above U+FFFF). */
export function hasSurrogate(s: string): boolean {
  return SURROGATE.test(s);
}

const SURROGATE = /[\uD800-\uDFFF]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether the name holds escaped bytes (it was not valid UTF-8). */
export function hasEscapedBytes(name: string): boolean {
  return hasSurrogate(name) && LONE_SURROGATE.test(name);
}

/** Decodes a name's bytes (see above). */
export function decodeName(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      out += String.fromCharCode(b);
      i += 1;
      continue;
    }
    const len = sequenceLength(bytes, i);
    if (len === 0) {
      out += String.fromCharCode(0xdc00 + b);
      i += 1;
      continue;
    }
    out += Buffer.from(bytes.subarray(i, i + len)).toString('utf8');
    i += len;
  }
  return out;
}

/** The length of the well-formed UTF-8 sequence at `i` (Unicode Table 3-7), or 0. */
function sequenceLength(b: Uint8Array, i: number): number {
  const b0 = b[i] as number;
  const cont = (k: number, lo = 0x80, hi = 0xbf) => {
    const x = b[i + k];
    return x !== undefined && x >= lo && x <= hi;
  };
  if (b0 >= 0xc2 && b0 <= 0xdf) return cont(1) ? 2 : 0;
  if (b0 === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if ((b0 >= 0xe1 && b0 <= 0xec) || b0 === 0xee || b0 === 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (b0 === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
  if (b0 === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (b0 >= 0xf1 && b0 <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (b0 === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

/**
 * A name's bytes: UTF-8, with each escaped byte (U+DC80–U+DCFF alone) back as that byte. Any
 * other lone surrogate (not from decodeName) is written as its 3-byte generalised UTF-8 form.
 */
export function nameBytes(name: string): Buffer {
  if (!hasSurrogate(name)) return Buffer.from(name, 'utf8');
  const out: number[] = [];
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = name.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        const cp = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63));
        out.push(0x80 | (cp & 63));
        i += 1;
        continue;
      }
    }
    if (c >= 0xdc80 && c <= 0xdcff) {
      out.push(c - 0xdc00);
    } else if (c < 0x80) {
      out.push(c);
    } else if (c < 0x800) {
      out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    } else {
      out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    }
  }
  return Buffer.from(out);
}

/**
 * NUL-separated names (git's `-z` output) as one string, each name decoded as above. The
 * common case — all valid UTF-8 — costs one native decode; only output holding a byte that
 * decodes to U+FFFD is decoded record by record.
 */
export function decodeNulSeparated(bytes: Buffer): string {
  const text = bytes.toString('utf8');
  if (!text.includes('\uFFFD')) return text;
  const parts: string[] = [];
  let start = 0;
  for (;;) {
    const end = bytes.indexOf(0, start);
    const record = bytes.subarray(start, end < 0 ? bytes.length : end);
    parts.push(decodeName(record));
    if (end < 0) break;
    start = end + 1;
  }
  return parts.join('\0');
}

/** A path for node:fs: the string itself, or its bytes when it holds escaped bytes. */
export function fsPath(path: string): string | Buffer {
  return hasEscapedBytes(path) ? nameBytes(path) : path;
}

/** git's C escapes (quote.c `sq_lookup`); any other byte that needs one is written `\ooo`. */
const C_ESCAPES: Readonly<Record<number, string>> = {
  0x07: '\\a',
  0x08: '\\b',
  0x09: '\\t',
  0x0a: '\\n',
  0x0b: '\\v',
  0x0c: '\\f',
  0x0d: '\\r',
  0x22: '\\"',
  0x5c: '\\\\',
};

// C0 controls, `"`, `\`, DEL, C1 controls, the bidi overrides that can disguise text, escaped bytes.
// eslint-disable-next-line no-control-regex
const NEEDS_QUOTING = /[\u0000-\u001f"\\\u007f-\u009f\u202a-\u202e\u2066-\u2069\udc80-\udcff]/;

/**
 * A file name for terminal text, quoted as git quotes names in its human output (quote.c
 * `quote_c_style`): a name holding a control character, `"`, `\` or a byte that is not UTF-8
 * is written in double quotes with C escapes (`"a\nb"`, `"tab\there"`) and each such byte as
 * a 3-digit octal escape (`"caf\351.txt"` for Latin-1 `café.txt`); any other name as it is.
 * Unlike git's default (`core.quotePath=true`), other non-ASCII UTF-8 stays readable (`café`),
 * as with `core.quotePath=false`, except C1 controls and bidi overrides, whose bytes are
 * escaped too so a name cannot restyle or reorder the terminal.
 */
export function quotedName(name: string): string {
  if (!NEEDS_QUOTING.test(name)) return name;
  let out = '"';
  for (const ch of name) {
    if (!NEEDS_QUOTING.test(ch)) {
      out += ch;
      continue;
    }
    for (const b of nameBytes(ch)) {
      out += C_ESCAPES[b] ?? `\\${b.toString(8).padStart(3, '0')}`;
    }
  }
  return `${out}"`;
}
