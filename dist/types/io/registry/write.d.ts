import { type Git } from '../git.js';
import { type Identity } from './identity.js';
export interface NewTag {
    readonly name: string;
    readonly commit: string;
    readonly message: string;
    readonly identity: Identity;
}
/** The object a tag ref holds now, or null when there is no such tag. */
export declare function tagObject(git: Git, name: string): Promise<string | null>;
/**
 * Creates an annotated tag; the message goes in on stdin, verbatim (git's default cleanup
 * would drop lines that start with `#`). Returns the new tag object, or null when a tag of
 * that name already exists (someone else's: never replaced).
 */
export declare function createTag(git: Git, tag: NewTag): Promise<string | null>;
/**
 * Removes a tag this run created, and only while it still holds the object this run made
 * (`update-ref -d` with the old value checks that atomically).
 */
export declare function deleteOwnTag(git: Git, name: string, object: string): Promise<void>;
