import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { rmSync } from 'node:fs';
import { validateManifest, type Manifest } from '../../src/core/manifest/index.js';
import { fingerprintModel } from '../../src/io/files/index.js';
import { tempDir, writeFiles } from '../helpers/repo.js';

const r = validateManifest(
  'version: 1\nmodel: demo\ncomponents:\n  all:\n    paths: ["**/*.f"]\neval:\n  command: "true"\n  metrics: m.json\n',
  'lepton.yml',
);
const MANIFEST = r.ok ? r.manifest : (undefined as unknown as Manifest);

const segment = fc.constantFrom('a', 'b', 'B', 'é', 'e\u0301', '😀', '.hidden', 'sp ace', 'x-y_z');
const path = fc
  .tuple(fc.array(segment, { maxLength: 2 }), segment)
  .map(([dirs, f]) => [...dirs, f + '.f'].join('/'));
const tree = fc.uniqueArray(fc.record({ path, content: fc.uint8Array({ maxLength: 2000 }) }), {
  selector: (e) => e.path,
  minLength: 1,
  maxLength: 12,
});

describe('fingerprint of files on disk', () => {
  it('does not depend on the order the files were created in (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        tree.chain((t) =>
          fc.tuple(fc.constant(t), fc.shuffledSubarray(t, { minLength: t.length })),
        ),
        async ([inOrder, shuffled]) => {
          const dirs = [tempDir(), tempDir()];
          try {
            for (const e of inOrder)
              writeFiles(dirs[0] as string, { [e.path]: Buffer.from(e.content) });
            for (const e of shuffled)
              writeFiles(dirs[1] as string, { [e.path]: Buffer.from(e.content) });
            const [a, b] = await Promise.all(
              dirs.map((d) =>
                fingerprintModel(MANIFEST, { modelDir: d, repoRoot: null, cacheDir: null }),
              ),
            );
            expect(b).toEqual(a);
            expect(a?.components[0]?.files).toBe(inOrder.length);
          } finally {
            for (const d of dirs) rmSync(d, { recursive: true, force: true });
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});
