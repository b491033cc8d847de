import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);

// src/io/interrupts.ts
var INTERRUPT_SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"];
function listenForInterrupts(target) {
  const abort = new AbortController();
  const insist = new AbortController();
  let held = 0;
  let received = null;
  const dispose = () => {
    for (const s of INTERRUPT_SIGNALS) target.off(s, listeners[s]);
  };
  const reraise = () => {
    dispose();
    if (received) target.kill(target.pid, received);
  };
  const onSignal = (signal) => {
    if (received) {
      insist.abort();
      return;
    }
    received = signal;
    const interrupt = {
      kind: "interrupt",
      signal,
      insist: insist.signal,
      hold: () => {
        held++;
        let released = false;
        return () => {
          if (released) return;
          released = true;
          if (--held === 0) reraise();
        };
      }
    };
    abort.abort(interrupt);
    if (held === 0) reraise();
  };
  const listeners = {
    SIGINT: () => onSignal("SIGINT"),
    SIGTERM: () => onSignal("SIGTERM"),
    SIGHUP: () => onSignal("SIGHUP")
  };
  for (const s of INTERRUPT_SIGNALS) target.on(s, listeners[s]);
  return { signal: abort.signal, dispose };
}
function isInterrupt(reason) {
  return typeof reason === "object" && reason !== null && reason.kind === "interrupt" && typeof reason.hold === "function";
}

export {
  INTERRUPT_SIGNALS,
  listenForInterrupts,
  isInterrupt
};
