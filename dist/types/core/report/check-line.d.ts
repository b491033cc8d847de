/** One check as a plain line: lives in the leaf `core/format/checks.ts`; re-exported here. */
export { plainCheckLine } from '../format/checks.js';
