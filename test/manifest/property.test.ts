import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { validateManifest } from '../../src/core/manifest/index.js';

const EXAMPLE = readFileSync(
  join(import.meta.dirname, '../fixtures/manifests/valid/contract-example.yml'),
  'utf8',
);

/**
 * The validator's whole promise: a result, never an exception; problems always positioned.
 * A boolean, not expect(): it runs thousands of times and fast-check shows the counterexample.
 */
function wellFormed(text: string): boolean {
  const result = validateManifest(text);
  if (result.ok) return true;
  return (
    result.issues.length > 0 &&
    result.issues.every(
      (issue) =>
        issue.line >= 1 && issue.column >= 1 && issue.path.length > 0 && issue.message.length > 0,
    )
  );
}

const yamlish = fc.string({
  unit: fc.constantFrom(...'ab: -\n\t[]{},#&*!|>\'"%@`?~0.1e5 version model eval stages'.split('')),
  maxLength: 200,
});

describe('manifest validator never throws', () => {
  it('on arbitrary text made of YAML syntax', () => {
    fc.assert(fc.property(yamlish, wellFormed), { numRuns: 1500 });
  });

  it('on arbitrary JSON values written as YAML', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => wellFormed(stringify(v))),
      {
        numRuns: 1000,
      },
    );
  });

  it('on the contract example with arbitrary values planted at its keys', () => {
    const keys = ['model', 'components', 'data', 'eval', 'stages', 'versioning', 'artifacts'];
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.jsonValue(), (key, value) =>
        wellFormed(stringify({ version: 1, model: 'm', [key]: value })),
      ),
      { numRuns: 1000 },
    );
  });

  it('on the contract example with lines dropped or duplicated', () => {
    const lines = EXAMPLE.split('\n');
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(lines.length - 1), fc.boolean()), { maxLength: 6 }),
        (edits) => {
          const copy = [...lines];
          for (const [i, dup] of edits) {
            if (i >= copy.length) continue;
            if (dup) copy.splice(i, 0, copy[i]!);
            else copy.splice(i, 1);
          }
          return wellFormed(copy.join('\n'));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('on alias bombs', () => {
    const bomb =
      'a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n';
    const r = validateManifest(bomb);
    expect(r.ok).toBe(false);
  });
});
