import { copyFile, link, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expandArtifacts } from './artifact-files.js';
import { workflowRunUrl } from '../github/run-url.js';
import { loadArtifactClient } from './artifact-client.js';

export interface ModelArtifactRequest {
  /** `MODEL-vX.Y.Z`. */
  readonly name: string;
  /** The manifest's `artifacts:` globs, relative to `modelDir`. */
  readonly patterns: readonly string[];
  readonly modelDir: string;
  readonly repoRoot: string;
  readonly report: string;
  readonly metrics: Readonly<Record<string, number>>;
  readonly env: Readonly<NodeJS.ProcessEnv>;
  /** Where the staging folder is made (`RUNNER_TEMP`). */
  readonly tempDir?: string;
  readonly warn: (message: string) => void;
  readonly info: (message: string) => void;
}

export interface UploadedArtifact {
  readonly name: string;
  readonly id: number;
  /** The artifact's page in the workflow run, when the run is known. */
  readonly url: string | null;
  readonly files: number;
}

/**
 * Uploads the model's built files with the report and metrics as one artifact:
 * `report.md`, `metrics.json` and `files/<path relative to the manifest>`.
 * Without the runner's artifact service (a local run) or on a service error it
 * warns and returns null: the version is still recorded, just without an artifact.
 */
export async function uploadModelArtifact(
  req: ModelArtifactRequest,
): Promise<UploadedArtifact | null> {
  if (!req.env.ACTIONS_RUNTIME_TOKEN || !req.env.ACTIONS_RESULTS_URL) {
    req.warn(`the Actions artifact service is not available here: ${req.name} is not uploaded`);
    return null;
  }
  const found = await expandArtifacts(req.patterns, req.modelDir, req.repoRoot);
  for (const p of found.unmatched) req.warn(`artifacts: "${p}" matched no file`);
  for (const p of found.outside)
    req.warn(`artifacts: ${p} is skipped: it resolves outside the repository`);

  const stage = await mkdtemp(join(req.tempDir ?? tmpdir(), 'lepton-artifact-'));
  try {
    const files = [join(stage, 'report.md'), join(stage, 'metrics.json')];
    await writeFile(files[0]!, req.report);
    await writeFile(files[1]!, JSON.stringify(req.metrics, null, 2) + '\n');
    for (const rel of found.files) {
      const to = join(stage, 'files', rel);
      await mkdir(dirname(to), { recursive: true });
      // A hard link costs nothing for large model files; another filesystem needs a copy.
      await link(join(req.modelDir, rel), to).catch(() => copyFile(join(req.modelDir, rel), to));
      files.push(to);
    }
    const result = await new (await loadArtifactClient())().uploadArtifact(req.name, files, stage);
    if (result.id === undefined) {
      req.warn(`the artifact service did not return an id for ${req.name}`);
      return null;
    }
    const url = runArtifactUrl(req.env, result.id);
    req.info(
      `uploaded artifact ${req.name} (${found.files.length} model file(s))${url ? `: ${url}` : ''}`,
    );
    return { name: req.name, id: result.id, url, files: found.files.length };
  } catch (e) {
    req.warn(`could not upload artifact ${req.name}: ${(e as Error).message}`);
    return null;
  } finally {
    await rm(stage, { recursive: true, force: true });
  }
}

function runArtifactUrl(env: Readonly<NodeJS.ProcessEnv>, id: number): string | null {
  const run = workflowRunUrl(env);
  return run ? `${run}/artifacts/${id}` : null;
}
