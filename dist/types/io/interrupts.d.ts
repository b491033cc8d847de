import type { Interrupt } from '../core/ports.js';
/** The signals that stop Lepton (and the eval or hook it is running). */
export declare const INTERRUPT_SIGNALS: readonly ["SIGINT", "SIGTERM", "SIGHUP"];
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
export declare function listenForInterrupts(target: SignalTarget): Interrupts;
/** Whether an abort's reason is a shell's {@link Interrupt}. */
export declare function isInterrupt(reason: unknown): reason is Interrupt;
