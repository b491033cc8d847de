import { LeptonError } from '../../core/errors/index.js';

/**
 * Names in the model store. A repository is `REGISTRY/PATH` (`ghcr.io/acme/models/sentiment`);
 * a pinned reference adds `@sha256:…`. The grammar is the distribution spec's ("Overview":
 * `<name>` components `[a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*` joined by `/`; digests `sha256:` + 64 hex).
 */

export interface Repository {
  /** `host[:port]` as written (`[::1]:5000` keeps its brackets). */
  readonly registry: string;
  /** The repository path inside the registry, `acme/models/sentiment`. */
  readonly name: string;
}

export interface PinnedRef extends Repository {
  readonly digest: string;
}

const COMPONENT = /^[a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*$/;
const HOST = /^([A-Za-z0-9.-]+|\[[0-9A-Fa-f:]+\])(:\d+)?$/;
export const DIGEST = /^sha256:[0-9a-f]{64}$/;

/** The repository a model's versions go to: the store's prefix with the model's name appended. */
export function storeRepository(store: string, model: string): Repository {
  const m = /^oci:\/\/([^/]+)((?:\/[^/]+)*?)\/?$/.exec(store);
  const registry = m?.[1] ?? '';
  const path = [...(m?.[2] ?? '').split('/').filter(Boolean), model];
  if (!m || !HOST.test(registry) || !path.every((c) => COMPONENT.test(c))) {
    throw new LeptonError('invalid', `artifacts.store: ${store} is not oci://REGISTRY/PREFIX`, [
      'for example oci://ghcr.io/acme/models',
    ]);
  }
  return { registry, name: path.join('/') };
}

export const repositoryText = (r: Repository): string => `${r.registry}/${r.name}`;
export const pinnedText = (r: PinnedRef): string => `${repositoryText(r)}@${r.digest}`;

/** `REGISTRY/NAME@sha256:…` as a record's `artifact.ref` holds it. */
export function parsePinned(ref: string): PinnedRef {
  const at = ref.lastIndexOf('@');
  const slash = ref.indexOf('/');
  const digest = ref.slice(at + 1);
  const registry = ref.slice(0, slash);
  const name = ref.slice(slash + 1, at);
  if (
    at < 0 ||
    slash < 0 ||
    !DIGEST.test(digest) ||
    !HOST.test(registry) ||
    !name.split('/').every((c) => COMPONENT.test(c))
  ) {
    throw new LeptonError(
      'invalid',
      `${ref} is not a pinned OCI reference (REGISTRY/NAME@sha256:…)`,
    );
  }
  return { registry, name, digest };
}

/** Whether a registry host is this machine (plain http is allowed there without opting in). */
export function isLoopback(registry: string): boolean {
  const host = registry.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}
