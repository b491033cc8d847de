import type { Interrupt } from '../core/ports.js';

/** The signals that stop Lepton (and the eval or hook it is running). */
export const INTERRUPT_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** The part of `process` the listeners need (tests pass an EventEmitter with a fake `kill`). */
export interface SignalTarget {
  readonly pid: number;
  on(event: Interrupt['signal'], listener: () => void): unknown;
  off(event: Interrupt['signal'], listener: () => void): unknown;
  kill(pid: number, signal: Interrupt['signal']): unknown;
}

export interface Interrupts {
  /** Aborted on the first SIGINT/SIGTERM/SIGHUP; its `reason` is an `Interrupt`. */
  readonly signal: AbortSignal;
  /** Removes the listeners (the run ended without an interrupt). */
  dispose(): void;
}

/**
 * A shell's signal listeners, turned into an `AbortSignal` for the use cases (`AppContext.signal`).
 *
 * The first SIGINT/SIGTERM/SIGHUP aborts the signal with an {@link Interrupt}. Whatever is running
 * that must stop something first (the eval runner, for the eval's or a deploy hook's process
 * group) holds the interrupt during the abort and releases it once its processes are gone; the
 * listeners are then removed and the same signal is raised again on the process, which dies of it
 * as an uninterrupted process would. With nothing holding it (no eval running) that happens at
 * once, as if Lepton had no listener. A second signal while held aborts `insist`: no more grace.
 *
 * @param target `process` (the shells), or a stand-in in tests
 */
export function listenForInterrupts(target: SignalTarget): Interrupts {
  const abort = new AbortController();
  const insist = new AbortController();
  let held = 0;
  let received: Interrupt['signal'] | null = null;
  const dispose = () => {
    for (const s of INTERRUPT_SIGNALS) target.off(s, listeners[s]);
  };
  const reraise = () => {
    dispose();
    if (received) target.kill(target.pid, received);
  };
  const onSignal = (signal: Interrupt['signal']) => {
    if (received) {
      insist.abort();
      return;
    }
    received = signal;
    const interrupt: Interrupt = {
      kind: 'interrupt',
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
      },
    };
    abort.abort(interrupt);
    if (held === 0) reraise();
  };
  const listeners = {
    SIGINT: () => onSignal('SIGINT'),
    SIGTERM: () => onSignal('SIGTERM'),
    SIGHUP: () => onSignal('SIGHUP'),
  };
  for (const s of INTERRUPT_SIGNALS) target.on(s, listeners[s]);
  return { signal: abort.signal, dispose };
}

/** Whether an abort's reason is a shell's {@link Interrupt}. */
export function isInterrupt(reason: unknown): reason is Interrupt {
  return (
    typeof reason === 'object' &&
    reason !== null &&
    (reason as { kind?: unknown }).kind === 'interrupt' &&
    typeof (reason as { hold?: unknown }).hold === 'function'
  );
}
