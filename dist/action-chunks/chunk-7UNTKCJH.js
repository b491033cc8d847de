import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  __name
} from "./chunk-HQRR3HW4.js";

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

export {
  pushSuffix
};
