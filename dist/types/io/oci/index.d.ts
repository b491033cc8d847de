export { storeSettingsFromEnv, credentialsFor, type StoreSettings, type Credentials, } from './credentials.js';
export { OciClient, MEDIA, CHUNK_SIZE, CHUNK_THRESHOLD, parseChallenge, registryOrigin, } from './client.js';
export { storeRepository, parsePinned, pinnedText, repositoryText, isLoopback, type Repository, type PinnedRef, } from './reference.js';
export { pushArtifact, pullArtifact, tagManifest, manifestDigestOf, TITLE, type StoreFile, type StoredFile, type Pushed, } from './store.js';
export { digestFile, digestBytes } from './digest.js';
