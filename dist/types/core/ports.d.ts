/**
 * The ports: what a use case needs from the world, as interfaces only. `src/io` and the shells
 * implement them; `src/app` receives them in its `AppContext`. Type-only: this module compiles
 * to nothing, so every layer may import it without pulling code in.
 */
/** How use cases talk to whoever runs them (CLI: stderr; Action: `@actions/core`). */
export interface Logger {
    info(message: string): void;
    warn(message: string): void;
    /** Live output of the eval command (already line-oriented or raw chunks). */
    output(chunk: string): void;
    /** Wraps long noisy work (the eval's output) in a collapsible group where the shell supports it. */
    group<T>(name: string, work: () => Promise<T>): Promise<T>;
}
/** Eval results kept between runs by the host (the Actions cache); absent locally. */
export interface EvalCache {
    /** The metrics saved under exactly `key`, or null on a miss or any service error. */
    restore(key: string): Promise<Readonly<Record<string, number>> | null>;
    save(key: string, metrics: Readonly<Record<string, number>>): Promise<void>;
}
/** The wall clock (records' `created`, `promotedAt`); tests pass a fixed one. */
export type Clock = () => Date;
/**
 * Why a run is being stopped from outside: the shell's SIGINT/SIGTERM/SIGHUP. It is the `reason`
 * of the `AbortSignal` a use case receives (`AppContext.signal`); a library caller may abort with
 * any reason of its own, which stops a running eval the same way but re-raises nothing.
 */
export interface Interrupt {
    readonly kind: 'interrupt';
    /** The signal the process received; the shell re-raises it once the eval is stopped. */
    readonly signal: 'SIGINT' | 'SIGTERM' | 'SIGHUP';
    /**
     * Called, during the abort, by whatever must stop something first (the eval runner: its
     * process group); the shell re-raises the signal once every such caller has called the
     * function it got back, and at once when nothing held it (no eval was running).
     */
    hold(): () => void;
    /** Aborted on a second signal while stopping: no more grace (SIGKILL now). */
    readonly insist: AbortSignal;
}
