export { runEvalCommand, CommandFailure, DEFAULT_KILL_GRACE_MS, type RunOptions, type RunResult, } from './run.js';
export { snapshotMetricsFiles, readMetricsFiles, MTIME_SLACK_MS, type Snapshot, } from './metrics-files.js';
export { stopGroup, signalGroup } from './group.js';
