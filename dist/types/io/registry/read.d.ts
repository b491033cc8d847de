import { type PreparedTag } from '../../core/registry/build.js';
import { type Git } from '../git.js';
/**
 * Every tag of one model (and only that model), records summarized. One `for-each-ref` lists
 * names and object ids (fast for any number of tags: no object is opened); the tag cache
 * says which are known already, and one `git cat-file --batch`, started at the first tag the
 * cache lacks, reads the others while the listing goes on, parsed as git writes them. A cold
 * read (no cache, as in a fresh clone) reads them all that way. Only each record's summary is
 * kept: thousands of whole records would only cost garbage collection, and the few reads that
 * want more ask git for that one tag again (`readRecord`, records.ts).
 */
export declare function readPreparedTags(git: Git, model: string): Promise<PreparedTag[]>;
