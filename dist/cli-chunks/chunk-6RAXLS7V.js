import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);

// src/core/format/wording.ts
function pushWording(pushed, remote) {
  if (pushed === null) return null;
  return pushed ? `pushed to ${remote}` : `${remote} has it already`;
}
function pushSuffix(pushed, remote, style = " (") {
  const words = pushWording(pushed, remote);
  if (words === null) return "";
  return style === " (" ? ` (${words})` : `; ${words}`;
}

export {
  pushSuffix
};
