// What `lepton validate` loads once it has started git (commands/validate-run.ts), behind one
// import: in a bundle, one chunk to read and compile rather than one per module (the YAML
// parser, the manifest's checks, the tree's). The project's context is among them, though
// cli/context.ts's openApp loads it by itself, so that it shares this chunk.
export { checkTree } from '../../app/validate.js';
export { formatIssue } from '../../core/manifest/format.js';
export { ManifestInvalidError } from '../../io/manifest-file.js';
export { openProject } from '../../app/context.js';
