import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  lastLines
} from "./chunk-4V3BQP3G.js";
import {
  require_dist
} from "./chunk-K3RFEF2P.js";
import {
  __name,
  __toESM
} from "./chunk-HQRR3HW4.js";

// src/core/fingerprint/dvc.ts
var import_yaml = __toESM(require_dist(), 1);
var MD5 = /^[0-9a-f]{32}(\.dir)?$/;
function isDvcFile(path) {
  return path.endsWith(".dvc") && !path.endsWith("/.dvc") && path !== ".dvc";
}
__name(isDvcFile, "isDvcFile");
function parseDvcFile(text) {
  let doc;
  try {
    doc = (0, import_yaml.parse)(text);
  } catch (e) {
    return { ok: false, reason: `not valid YAML (${e.message.split("\n")[0]})` };
  }
  if (!isRecord(doc) || !Array.isArray(doc.outs) || doc.outs.length === 0) {
    return { ok: false, reason: "expected an `outs:` list" };
  }
  const outs = [];
  for (const [i, raw] of doc.outs.entries()) {
    if (!isRecord(raw)) return { ok: false, reason: `outs[${i}] is not a mapping` };
    const { path, md5, size, nfiles, hash } = raw;
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
    if (hash !== void 0 && typeof hash !== "string") {
      return { ok: false, reason: `output "${path}" has a hash marker that is not a string` };
    }
    outs.push({
      path,
      hashName: hash ?? null,
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

// src/io/files/blob-records.ts
import { createHash } from "node:crypto";
async function readBlobRecords(git, blobOf) {
  const rels = [...blobOf.keys()];
  const records = /* @__PURE__ */ new Map();
  if (rels.length === 0) return records;
  let problem = null;
  let i = 0;
  let header = Buffer.alloc(0);
  let left = -1;
  let size = 0;
  let hash = createHash("sha256");
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
        pointer ? { kind: "file", size: pointer.size, sha256: pointer.oid } : { kind: "file", size, sha256: hash.digest("hex") }
      );
    }
    i++;
  }, "finish");
  const onChunk = /* @__PURE__ */ __name((chunk) => {
    let at = 0;
    while (at < chunk.length && problem === null) {
      if (left < 0) {
        const eol = chunk.indexOf(10, at);
        if (eol < 0) {
          header = Buffer.concat([header, chunk.subarray(at)]);
          return;
        }
        const line = Buffer.concat([header, chunk.subarray(at, eol)]).toString("latin1");
        header = Buffer.alloc(0);
        at = eol + 1;
        const [, type, n] = line.split(" ");
        if (type !== "blob" || n === void 0) {
          problem = `${rels[i] ?? "?"}: not a blob in git (${line})`;
          return;
        }
        size = Number(n);
        left = size + 1;
        hash = createHash("sha256");
        head = [];
        headBytes = 0;
        continue;
      }
      const take = Math.min(left, chunk.length - at);
      const body = chunk.subarray(at, at + Math.min(take, left - 1 > 0 ? left - 1 : 0));
      if (body.length) {
        hash.update(body);
        const rel = rels[i];
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
__name(readBlobRecords, "readBlobRecords");

export {
  isDvcFile,
  parseDvcFile,
  LFS_POINTER_MAX_SIZE,
  mayBeLfsPointer,
  parseLfsPointer,
  readBlobRecords
};
