/**
 * File names as git holds them: any bytes but NUL and `/`-separated. Lepton keeps names as
 * JavaScript strings; a name that is valid UTF-8 is its plain decoding. A name that is not
 * valid UTF-8 keeps every well-formed UTF-8 sequence as its character, and each other byte
 * (0x80–0xFF) as the lone surrogate U+DC00 + byte — PEP 383's "surrogateescape", the way
 * Python (DVC's language) carries such names. Valid UTF-8 never decodes to a lone surrogate,
 * so the mapping is one-to-one and `nameBytes(decodeName(b))` gives `b` back.
 */
/** Whether the string holds a UTF-16 surrogate (an escaped byte, or a character above U+FFFF). */
export declare function hasSurrogate(s: string): boolean;
/** Whether the name holds escaped bytes (it was not valid UTF-8). */
export declare function hasEscapedBytes(name: string): boolean;
/** Decodes a name's bytes (see above). */
export declare function decodeName(bytes: Uint8Array): string;
/**
 * A name's bytes: UTF-8, with each escaped byte (U+DC80–U+DCFF alone) back as that byte. Any
 * other lone surrogate (not from decodeName) is written as its 3-byte generalised UTF-8 form.
 */
export declare function nameBytes(name: string): Buffer;
/**
 * NUL-separated names (git's `-z` output) as one string, each name decoded as above. The
 * common case — all valid UTF-8 — costs one native decode; only output holding a byte that
 * decodes to U+FFFD is decoded record by record.
 */
export declare function decodeNulSeparated(bytes: Buffer): string;
/** A path for node:fs: the string itself, or its bytes when it holds escaped bytes. */
export declare function fsPath(path: string): string | Buffer;
/**
 * A file name for terminal text, quoted as git quotes names in its human output (quote.c
 * `quote_c_style`): a name holding a control character, `"`, `\` or a byte that is not UTF-8
 * is written in double quotes with C escapes (`"a\nb"`, `"tab\there"`) and each such byte as
 * a 3-digit octal escape (`"caf\351.txt"` for Latin-1 `café.txt`); any other name as it is.
 * Unlike git's default (`core.quotePath=true`), other non-ASCII UTF-8 stays readable (`café`),
 * as with `core.quotePath=false`, except C1 controls and bidi overrides, whose bytes are
 * escaped too so a name cannot restyle or reorder the terminal.
 */
export declare function quotedName(name: string): string;
