import type { Registry } from '../../core/registry/types.js';
import type { Git } from '../git.js';
/** Everything one model's tags say, read in one `git for-each-ref`. */
export declare function readRegistry(git: Git, model: string): Promise<Registry>;
export { resolveBaseline, newestReachable, chooseBaseline, unusableAsBaseline, type BaselineChoice, } from './baseline.js';
export { readPreparedTags } from './read.js';
export { readRecord, readRecords, readRegistryRecords, readRecordsOfRegistries, } from './records.js';
export { resolveIdentity, ACTIONS_BOT, type Identity } from './identity.js';
export { createTag, deleteOwnTag, tagObject, type NewTag } from './write.js';
export { pushTag, remoteTagObject, remoteRefs, fetchModelTags, readEventCounter, type EventCounter, type PushOutcome, } from './remote.js';
export { backoffMs, sleep } from './backoff.js';
