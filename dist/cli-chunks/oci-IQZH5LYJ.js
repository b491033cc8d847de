import { createRequire as __leptonCreateRequire } from 'node:module';
const require = __leptonCreateRequire(import.meta.url);
import {
  CHUNK_SIZE,
  CHUNK_THRESHOLD,
  MEDIA,
  OciClient,
  TITLE,
  digestBytes,
  digestFile,
  isLoopback,
  manifestDigestOf,
  parseChallenge,
  parsePinned,
  pinnedText,
  pullArtifact,
  pushArtifact,
  registryOrigin,
  repositoryText,
  storeRepository,
  tagManifest
} from "./chunk-WRWUL4OF.js";
import "./chunk-NNAQNCWD.js";
import {
  credentialsFor,
  storeSettingsFromEnv
} from "./chunk-4YM7E7F7.js";
import "./chunk-3CYXKRVX.js";
export {
  CHUNK_SIZE,
  CHUNK_THRESHOLD,
  MEDIA,
  OciClient,
  TITLE,
  credentialsFor,
  digestBytes,
  digestFile,
  isLoopback,
  manifestDigestOf,
  parseChallenge,
  parsePinned,
  pinnedText,
  pullArtifact,
  pushArtifact,
  registryOrigin,
  repositoryText,
  storeRepository,
  storeSettingsFromEnv,
  tagManifest
};
