import { distance } from 'fastest-levenshtein';

const GLOB = /[*?[\]{}()!]/;

/**
 * The manifest path a misspelt one probably meant (`srcx/**` → `src/**`, `data/trian.csv` →
 * `data/train.csv`), from the files that exist: walks the pattern's literal folders and file
 * name one at a time and, at the first name that no file path continues with, takes the
 * closest name that does (within an edit distance of a third of its length, at least 2, and
 * never a name sharing no letter with it). The glob part after the first wildcard is kept as
 * written.
 * @param pattern  a `paths:` entry as written (relative to the manifest's folder, `/`-separated)
 * @param files    the files it could select, in the same frame (`../../data/x.csv` when it climbs)
 * @returns the corrected pattern, or undefined when no name was wrong or none is close
 */
export function nearPath(pattern: string, files: readonly string[]): string | undefined {
  const parts = pattern.replace(/^\.\//, '').split('/');
  const fixed: string[] = [];
  let changed = false;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as string;
    if (GLOB.test(part) || part === '') {
      fixed.push(...parts.slice(i));
      break;
    }
    const prefix = fixed.length ? `${fixed.join('/')}/` : '';
    const names = new Set<string>();
    for (const f of files) {
      if (!f.startsWith(prefix)) continue;
      const name = f.slice(prefix.length).split('/')[0];
      if (name) names.add(name);
    }
    if (names.has(part)) {
      fixed.push(part);
      continue;
    }
    const best = closestName(part, names);
    if (best === undefined) return undefined;
    fixed.push(best);
    changed = true;
  }
  return changed ? fixed.join('/') : undefined;
}

function closestName(name: string, candidates: Iterable<string>): string | undefined {
  const limit = Math.max(2, Math.floor(name.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    if (Math.abs(c.length - name.length) > limit) continue;
    const d = distance(c.toLowerCase(), name.toLowerCase());
    // A name as far from it as its own length shares nothing with it: no suggestion.
    if (d > limit || d >= Math.max(c.length, name.length)) continue;
    if (d < bestDistance || (d === bestDistance && best !== undefined && c < best)) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}
