import { decodeSamples, encodeSamples } from '../../core/noise/codec.js';
import type { Samples } from '../../core/noise/samples.js';
import type { Git } from '../git.js';

/**
 * Where a version's per-example values live in git: a ref straight to the blob (refs may name
 * any object), pushed beside the version tag so a later pull request can pair with them.
 */
export const samplesRef = (model: string, version: string): string =>
  `refs/lepton/samples/${model}/${version}`;

/** Stores samples as a git blob; returns its object id. */
export async function writeSamplesBlob(git: Git, samples: Samples): Promise<string> {
  const r = await git.run(['hash-object', '-w', '--stdin'], { input: encodeSamples(samples) });
  return r.stdout.trim();
}

/**
 * Points `samplesRef(model, version)` at a blob, never moving one that names another.
 * @returns false when the ref existed already (it is left as it was)
 */
export async function writeSamplesRef(
  git: Git,
  model: string,
  version: string,
  blob: string,
): Promise<boolean> {
  // The empty old value makes update-ref refuse when the ref exists already: a ref is never moved.
  const r = await git.run(['update-ref', samplesRef(model, version), blob, ''], {
    allowFailure: true,
  });
  return r.code === 0;
}

/**
 * Reads a version's samples: the blob the record names, fetched from `remote` by its ref when
 * this clone lacks it. Null when neither has it (the caller falls back to unpaired, or to no
 * interval at all, and says so).
 */
export async function readSamplesBlob(
  git: Git,
  blob: string,
  fetchFrom?: { readonly remote: string; readonly ref: string },
): Promise<Samples | null> {
  const read = async () => {
    const r = await git.run(['cat-file', 'blob', blob], { allowFailure: true, encoding: 'latin1' });
    return r.code === 0
      ? decodeSamples(Buffer.from(r.stdout, 'latin1'), `samples blob ${blob}`)
      : null;
  };
  const here = await read();
  if (here || !fetchFrom) return here;
  const f = await git.run(
    ['fetch', '--no-tags', '--quiet', fetchFrom.remote, `${fetchFrom.ref}:${fetchFrom.ref}`],
    {
      allowFailure: true,
    },
  );
  return f.code === 0 ? read() : null;
}
