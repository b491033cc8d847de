export { resolveBaseline, newestReachable, chooseBaseline, unusableAsBaseline, copiedRecords, versionsAfter, type BaselineChoice, } from './baseline.js';
export { readOverviews, readPreparedTags, readRegistry, readRegistries } from './read.js';
export { readRecord, readRecords, readRegistryRecords, readRecordsOfRegistries, } from './records.js';
export { resolveIdentity, ACTIONS_BOT, type Identity } from './identity.js';
export { createTag, deleteOwnTag, tagObject, type NewTag } from './write.js';
export { pushTag, remoteTagObject, remoteRefs, fetchModelTags, readEventCounter, type EventCounter, type PushOutcome, } from './remote.js';
export { backoffMs, sleep } from './backoff.js';
