import { relative } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { locate } from '../core/manifest/positions.js';
import { MANIFEST_MAX_BYTES, readInputText } from '../io/input-file.js';
import type { AppContext } from './context.js';

/**
 * Where a key of the manifest is, for a hint: `models/a/lepton.yml:21:12 eval.metrics` (the file
 * relative to the repository's top level). Parses the manifest again, so call it only on the way
 * to an error. Never throws: without the file it names the key alone.
 */
export async function keyLocation(app: AppContext, path: readonly string[]): Promise<string> {
  try {
    const counter = new LineCounter();
    const doc = parseDocument(await readInputText(app.manifestPath, MANIFEST_MAX_BYTES), {
      lineCounter: counter,
    });
    const at = locate(doc, counter, path);
    const file = relative(app.repoRoot ?? app.modelDir, app.manifestPath) || app.manifestPath;
    return `${file}:${at.line}:${at.column} ${path.join('.')}`;
  } catch {
    return path.join('.');
  }
}

/** `keyLocation` of `eval.metrics` (a list of one file is written as that file alone). */
export const metricsKeyLocation = (app: AppContext): Promise<string> =>
  keyLocation(
    app,
    app.manifest.eval.metrics.length === 1 ? ['eval', 'metrics'] : ['eval', 'metrics'],
  );
