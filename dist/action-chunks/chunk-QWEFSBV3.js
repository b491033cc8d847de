import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  resolveIdentity,
  worktreeState
} from "./chunk-SQVYYBLV.js";
import {
  startListing
} from "./chunk-MSFD3NQF.js";
import {
  __name
} from "./chunk-HQRR3HW4.js";

// src/app/early.ts
function askRecordQuestions(ctx) {
  const state = worktreeState(ctx.git);
  state.catch(() => void 0);
  const identity = resolveIdentity(ctx.git, ctx.settings);
  identity.catch(() => void 0);
  return { state, identity, listing: startModelListing(ctx) };
}
__name(askRecordQuestions, "askRecordQuestions");
var startModelListing = /* @__PURE__ */ __name((ctx) => startListing(ctx.git.at(ctx.modelDir)), "startModelListing");

export {
  askRecordQuestions,
  startModelListing
};
