import { createHash } from 'node:crypto';
import { isDvcFile, parseDvcFile } from '../../core/fingerprint/dvc.js';
import type { FileRecord } from '../../core/fingerprint/encoding.js';
import { LFS_POINTER_MAX_SIZE, parseLfsPointer } from '../../core/fingerprint/lfs.js';
import { lastLines, type Git } from '../git.js';

/**
 * Each file's record from one `git cat-file --batch`, hashed as the bytes stream in (a large
 * blob is never held whole). Rules as for the work tree: a `.dvc` file by its outs, a small
 * blob that is an LFS pointer by its oid and size, anything else by size and SHA-256.
 */
export async function readBlobRecords(
  git: Git,
  blobOf: ReadonlyMap<string, string>,
): Promise<Map<string, FileRecord> | string> {
  const rels = [...blobOf.keys()];
  const records = new Map<string, FileRecord>();
  if (rels.length === 0) return records;
  let problem: string | null = null;
  let i = 0;
  let header = Buffer.alloc(0);
  let left = -1; // bytes of the current object still to come (-1: reading a header)
  let size = 0;
  let hash = createHash('sha256');
  let head: Buffer[] = [];
  let headBytes = 0;
  const finish = () => {
    const rel = rels[i] as string;
    const small = Buffer.concat(head);
    if (isDvcFile(rel)) {
      const dvc = parseDvcFile(small.toString('utf8'));
      if (dvc.ok) records.set(rel, { kind: 'dvc', outs: dvc.outs });
      else problem ??= `${rel}: not a DVC file: ${dvc.reason}`;
    } else {
      const pointer =
        size > 0 && size < LFS_POINTER_MAX_SIZE && small.toString('latin1', 0, 8) === 'version '
          ? parseLfsPointer(small.toString('utf8'))
          : null;
      records.set(
        rel,
        pointer
          ? { kind: 'file', size: pointer.size, sha256: pointer.oid }
          : { kind: 'file', size, sha256: hash.digest('hex') },
      );
    }
    i++;
  };
  const onChunk = (chunk: Buffer) => {
    let at = 0;
    while (at < chunk.length && problem === null) {
      if (left < 0) {
        const eol = chunk.indexOf(0x0a, at);
        if (eol < 0) {
          header = Buffer.concat([header, chunk.subarray(at)]);
          return;
        }
        const line = Buffer.concat([header, chunk.subarray(at, eol)]).toString('latin1');
        header = Buffer.alloc(0);
        at = eol + 1;
        const [, type, n] = line.split(' ');
        if (type !== 'blob' || n === undefined) {
          problem = `${rels[i] ?? '?'}: not a blob in git (${line})`;
          return;
        }
        size = Number(n);
        left = size + 1; // the object, then a newline
        hash = createHash('sha256');
        head = [];
        headBytes = 0;
        continue;
      }
      const take = Math.min(left, chunk.length - at);
      const body = chunk.subarray(at, at + Math.min(take, left - 1 > 0 ? left - 1 : 0));
      if (body.length) {
        hash.update(body);
        const rel = rels[i] as string;
        if (headBytes < LFS_POINTER_MAX_SIZE || isDvcFile(rel)) {
          head.push(Buffer.from(body));
          headBytes += body.length;
        }
      }
      left -= take;
      at += take;
      if (left === 0) {
        left = -1;
        finish();
      }
    }
  };
  const r = await git.run(['cat-file', '--batch', '--buffer'], {
    input: rels.map((rel) => `${blobOf.get(rel) as string}\n`).join(''),
    allowFailure: true,
    onStdout: onChunk,
  });
  if (problem !== null) return problem;
  if (r.code !== 0 || i !== rels.length)
    return `cannot read the blobs: ${lastLines(r.stderr, 'output cut short')}`;
  return records;
}
