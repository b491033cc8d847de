import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  __name
} from "./chunk-HQRR3HW4.js";

// src/io/interrupts.ts
var INTERRUPT_SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"];
function listenForInterrupts(target) {
  const abort = new AbortController();
  const insist = new AbortController();
  let held = 0;
  let received = null;
  const dispose = /* @__PURE__ */ __name(() => {
    for (const s of INTERRUPT_SIGNALS) target.off(s, listeners[s]);
  }, "dispose");
  const reraise = /* @__PURE__ */ __name(() => {
    dispose();
    if (received) target.kill(target.pid, received);
  }, "reraise");
  const onSignal = /* @__PURE__ */ __name((signal) => {
    if (received) {
      insist.abort();
      return;
    }
    received = signal;
    const interrupt = {
      kind: "interrupt",
      signal,
      insist: insist.signal,
      hold: /* @__PURE__ */ __name(() => {
        held++;
        let released = false;
        return () => {
          if (released) return;
          released = true;
          if (--held === 0) reraise();
        };
      }, "hold")
    };
    abort.abort(interrupt);
    if (held === 0) reraise();
  }, "onSignal");
  const listeners = {
    SIGINT: /* @__PURE__ */ __name(() => onSignal("SIGINT"), "SIGINT"),
    SIGTERM: /* @__PURE__ */ __name(() => onSignal("SIGTERM"), "SIGTERM"),
    SIGHUP: /* @__PURE__ */ __name(() => onSignal("SIGHUP"), "SIGHUP")
  };
  for (const s of INTERRUPT_SIGNALS) target.on(s, listeners[s]);
  return { signal: abort.signal, dispose };
}
__name(listenForInterrupts, "listenForInterrupts");
function isInterrupt(reason) {
  return typeof reason === "object" && reason !== null && reason.kind === "interrupt" && typeof reason.hold === "function";
}
__name(isInterrupt, "isInterrupt");

export {
  listenForInterrupts,
  isInterrupt
};
