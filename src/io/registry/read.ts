import { modelRefPatterns } from '../../core/registry/names.js';
import type { RawTag } from '../../core/registry/types.js';
import { LeptonError } from '../../core/errors/index.js';
import type { Git } from '../git.js';
import { lastLines } from './write.js';

// Fields end in NUL (a tag message cannot hold one), records in NUL + newline.
const FIELDS = [
  '%(refname:strip=2)',
  '%(objecttype)',
  '%(objectname)',
  '%(*objectname)',
  '%(creatordate:iso-strict)',
  '%(contents)',
];
const FORMAT = FIELDS.join('%00') + '%00';

/** Every tag of one model (and only that model), with messages, in one `git for-each-ref`. */
export async function readModelTags(git: Git, model: string): Promise<RawTag[]> {
  const out = await git.run(['for-each-ref', `--format=${FORMAT}`, ...modelRefPatterns(model)], {
    allowFailure: true,
  });
  if (out.code === 0) return parseForEachRef(out.stdout);
  // Outside a repository there are no tags, which is not an error for a reader.
  if ((await git.gitDir()) === null) return [];
  throw new LeptonError('git', `could not read the tags of ${model}: ${lastLines(out.stderr)}`);
}

export function parseForEachRef(stdout: string): RawTag[] {
  const parts = stdout.split('\0');
  const tags: RawTag[] = [];
  for (let i = 0; i + FIELDS.length <= parts.length; i += FIELDS.length) {
    const [name, type, object, peeled, date, message] = parts.slice(i, i + FIELDS.length) as [
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    const annotated = type === 'tag';
    tags.push({
      name: name.replace(/^\n/, ''),
      annotated,
      commit: annotated ? peeled : object,
      date,
      message: annotated ? message : '',
    });
  }
  return tags;
}
