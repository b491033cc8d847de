/** The report's number formatting lives in the leaf module `core/format/number.ts`; re-exported here. */
export { change, formatChange, formatNumber, formatPair, formatPercent, formatSigned, } from '../format/number.js';
