import { LeptonError } from '../errors/index.js';
import { isSemver, parseTagName } from './names.js';

/**
 * A VERSION argument in any accepted form — `1.2.0`, `v1.2.0` or `sentiment@v1.2.0` — as
 * `X.Y.Z`; null when the text is none of them (it may be a git revision). A tag of another
 * model is an error rather than a silent miss.
 */
export function parseVersionArg(text: string, model: string): string | null {
  const t = text.trim();
  const bare = t.startsWith('v') ? t.slice(1) : t;
  if (isSemver(bare)) return bare;
  const tag = parseTagName(t.replace(/^refs\/tags\//, ''));
  if (tag?.kind !== 'version' || tag.version === undefined) return null;
  if (tag.model !== model) {
    throw new LeptonError(
      'invalid',
      `${t} is a version of model "${tag.model}", not of "${model}"`,
    );
  }
  return tag.version;
}
