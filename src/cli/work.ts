// Everything the commands run, behind one import: the CLI bundle loads it as one chunk when a
// command runs (one file read and compiled, not a dozen), and --help and --version never load it.
export { openProject, streamLogger } from '../app/context.js';
export { loadManifest } from '../io/manifest-file.js';
export { status } from '../app/status.js';
export { show } from '../app/show.js';
export { diff } from '../app/diff.js';
export { promote } from '../app/promote.js';
export { deploy, deployAfterRollback, promoteAndDeploy } from '../app/deploy.js';
export { withdrawOnFailure } from '../app/deploy-rollback.js';
export { rollback } from '../app/rollback.js';
export { evalJson, evaluate } from '../app/eval.js';
export { record, recordJson } from '../app/record.js';
export { history } from '../app/history.js';
export { monitor } from '../app/monitor.js';
export { exportOpenMetrics } from '../app/export.js';
export { checkTree } from '../app/validate.js';
export { withManifestPositions } from '../app/positioned.js';
export { formatIssue } from '../core/manifest/format.js';
export { ManifestInvalidError } from '../io/manifest-file.js';
export { buildSite } from '../app/site.js';
