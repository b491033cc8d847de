/**
 * Git LFS pointer files (https://github.com/git-lfs/git-lfs/blob/main/docs/spec.md).
 * A pointer records the SHA-256 and size of the content it stands for, so
 * reading it as (size, oid) makes a pointer and its smudged content hash alike.
 */

/** git-lfs never treats a blob of this size or more as a pointer. */
export const LFS_POINTER_MAX_SIZE = 1024;

const VERSIONS = new Set([
  'https://git-lfs.github.com/spec/v1',
  // Pointers written by pre-1.0 clients: git-lfs still reads them as v1.
  'https://hawser.github.com/spec/v1',
  'http://git-media.io/v/2',
]);
const LINE = /^([a-z0-9.-]+) ([^\n]*)$/;
const OID = /^sha256:([0-9a-f]{64})$/;
const SIZE = /^(0|[1-9][0-9]{0,15})$/;
const EXTENSION = /^ext-[0-9]+-[a-z0-9]+$/;

export interface LfsPointer {
  /** Lowercase hex SHA-256 of the content. */
  readonly oid: string;
  readonly size: number;
}

/** True when the bytes could be a pointer at all (cheap test before decoding). */
export function mayBeLfsPointer(size: number, head: string): boolean {
  return size > 0 && size < LFS_POINTER_MAX_SIZE && head.startsWith('version ');
}

/** The pointer's oid and size, or null when the text is not a well-formed pointer. */
export function parseLfsPointer(text: string): LfsPointer | null {
  if (text.length >= LFS_POINTER_MAX_SIZE || !text.endsWith('\n')) return null;
  const lines = text.slice(0, -1).split('\n');
  let oid: string | undefined;
  let size: number | undefined;
  for (const [i, line] of lines.entries()) {
    const m = LINE.exec(line);
    if (!m) return null;
    const [, key, value] = m as unknown as [string, string, string];
    if (i === 0) {
      if (key !== 'version' || !VERSIONS.has(value)) return null;
    } else if (key === 'oid') {
      const o = OID.exec(value);
      if (!o || oid !== undefined) return null;
      oid = o[1];
    } else if (key === 'size') {
      if (!SIZE.test(value) || size !== undefined) return null;
      size = Number(value);
    } else if (!EXTENSION.test(key)) {
      return null;
    }
  }
  return oid !== undefined && size !== undefined && Number.isSafeInteger(size)
    ? { oid, size }
    : null;
}
