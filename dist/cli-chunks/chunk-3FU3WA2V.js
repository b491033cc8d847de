import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-OWGSDRCH.js";
import {
  __toESM
} from "./chunk-3CYXKRVX.js";

// src/core/manifest/positions.ts
var import_yaml = __toESM(require_dist(), 1);
function locate(doc, counter, path, at = "value") {
  let node = doc.contents;
  let best = offsetOf(node) ?? 0;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    const last = i === path.length - 1;
    if ((0, import_yaml.isMap)(node)) {
      const pair = node.items.find((p) => (0, import_yaml.isPair)(p) && keyText(p.key) === String(seg));
      if (!pair) break;
      const keyOff = offsetOf(pair.key);
      if (last && at === "key" && keyOff !== void 0) {
        best = keyOff;
        break;
      }
      node = pair.value;
      best = offsetOf(node) ?? keyOff ?? best;
    } else if ((0, import_yaml.isSeq)(node) && typeof seg === "number") {
      node = node.items[seg];
      best = offsetOf(node) ?? best;
    } else {
      break;
    }
  }
  const pos = counter.linePos(best);
  return { line: pos.line, column: pos.col };
}
function keyText(key) {
  if ((0, import_yaml.isScalar)(key)) return String(key.value);
  return void 0;
}
function offsetOf(node) {
  const range = node?.range;
  return Array.isArray(range) ? range[0] : void 0;
}
function duplicateKeys(doc) {
  const out = [];
  const stack = [{ node: doc.contents, path: [] }];
  while (stack.length) {
    const { node, path } = stack.pop();
    if ((0, import_yaml.isMap)(node)) {
      const seen = /* @__PURE__ */ new Set();
      for (const pair of node.items) {
        const key = keyText(pair.key);
        if (key === void 0) continue;
        if (seen.has(key)) {
          out.push({ path: [...path, key], key, offset: offsetOf(pair.key) ?? 0 });
        } else seen.add(key);
        stack.push({ node: pair.value, path: [...path, key] });
      }
    } else if ((0, import_yaml.isSeq)(node)) {
      node.items.forEach((item, i) => stack.push({ node: item, path: [...path, i] }));
    }
  }
  return out.sort((a, b) => a.offset - b.offset);
}
function pathAt(doc, offset) {
  const path = [];
  let node = doc.contents;
  for (; ; ) {
    if ((0, import_yaml.isMap)(node)) {
      const pair = node.items.find((p) => {
        const start = offsetOf(p.key);
        const end = endOf(p.value) ?? endOf(p.key);
        return start !== void 0 && end !== void 0 && start <= offset && offset <= end;
      });
      const key = pair && keyText(pair.key);
      if (key === void 0) break;
      path.push(key);
      node = pair?.value;
    } else if ((0, import_yaml.isSeq)(node)) {
      const i = node.items.findIndex((n) => {
        const start = offsetOf(n);
        const end = endOf(n);
        return start !== void 0 && end !== void 0 && start <= offset && offset <= end;
      });
      if (i < 0) break;
      path.push(i);
      node = node.items[i];
    } else break;
    if ((offsetOf(node) ?? -1) >= offset || ((0, import_yaml.isMap)(node) || (0, import_yaml.isSeq)(node)) && node.flow) break;
  }
  return path;
}
function endOf(node) {
  const range = node?.range;
  return Array.isArray(range) ? range[1] : void 0;
}

export {
  locate,
  duplicateKeys,
  pathAt
};
