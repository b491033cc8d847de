/**
 * The hidden marker that identifies a model's report in a PR comment, so the
 * Action finds and updates its own comment (one per model per PR). Only name
 * characters survive, so nothing can close the HTML comment early.
 */
export declare const MARKER_PREFIX = "<!-- lepton:model=";
export declare function reportMarker(model: string): string;
