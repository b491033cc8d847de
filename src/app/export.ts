import { relative } from 'node:path';
import { LeptonError } from '../core/errors/index.js';
import type { Manifest } from '../core/manifest/types.js';
import { renderOpenMetrics, type ExportModel } from '../core/monitor/openmetrics.js';
import type { Registry } from '../core/registry/types.js';
import type { Git } from '../io/git.js';
import { loadManifest } from '../io/manifest-file.js';
import { findManifests } from '../io/manifests.js';
import { readRegistry } from '../io/registry/index.js';

/** One model of the repository with its registry. */
export interface ModelRegistry {
  /** Relative to the repository's top level. */
  readonly manifest: string;
  readonly model: Manifest;
  readonly registry: Registry;
}

/**
 * Every model of the repository (each `lepton.yml` git tracks or would track) with its
 * registry. Two manifests naming one model share its tags, so the second is refused.
 * @throws LeptonError `invalid` for an invalid manifest (naming it) or a model named twice
 */
export async function readAllModels(git: Git): Promise<ModelRegistry[]> {
  const paths = await findManifests(git);
  const seen = new Map<string, string>();
  const out: ModelRegistry[] = [];
  for (const path of paths) {
    const name = relative(git.cwd, path);
    const model = await loadManifest(path, name);
    const other = seen.get(model.model);
    if (other) {
      throw new LeptonError('invalid', `model "${model.model}" is named by two manifests`, [
        other,
        name,
      ]);
    }
    seen.set(model.model, name);
    out.push({ manifest: name, model, registry: await readRegistry(git, model.model) });
  }
  return out;
}

/** The export's view of one model: its latest version and every stage holder, with metrics. */
export function exportModel({ model, registry }: ModelRegistry): ExportModel {
  const wanted = new Set<string>();
  const latest = registry.versions.find((v) => v.summary);
  if (latest) wanted.add(latest.version);
  const stages: Record<string, { version: string | null; changedAt: number | null }> = {};
  const names = new Set([...model.stages.map((s) => s.name), ...Object.keys(registry.stages)]);
  for (const stage of names) {
    const holder = registry.stages[stage] ?? null;
    if (holder?.version) wanted.add(holder.version);
    const newest = registry.events.find((e) => e.stage === stage);
    stages[stage] = {
      version: holder?.version ?? null,
      changedAt: newest ? Date.parse(newest.date) : null,
    };
  }
  const versions = registry.versions
    .filter((v) => wanted.has(v.version))
    .map((v) => ({ version: v.version, commit: v.commit, metrics: v.summary?.metrics ?? {} }));
  return { model: model.model, versions, stages };
}

/** `lepton export --format openmetrics`: the registry of every model as OpenMetrics text. */
export async function exportOpenMetrics(git: Git): Promise<string> {
  return renderOpenMetrics((await readAllModels(git)).map(exportModel));
}
