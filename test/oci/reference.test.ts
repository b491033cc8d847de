import { describe, expect, it } from '@jest/globals';
import { LeptonError } from '../../src/core/errors/index.js';
import { parsePinned, storeRepository } from '../../src/io/oci/index.js';

const D = `sha256:${'ab'.repeat(32)}`;

describe('store names', () => {
  it.each([
    [
      'oci://ghcr.io/acme/models',
      'sentiment',
      { registry: 'ghcr.io', name: 'acme/models/sentiment' },
    ],
    [
      'oci://ghcr.io/acme/models/',
      'sentiment',
      { registry: 'ghcr.io', name: 'acme/models/sentiment' },
    ],
    ['oci://127.0.0.1:5000', 'm', { registry: '127.0.0.1:5000', name: 'm' }],
    ['oci://[::1]:5000/a.b/c_d', 'm-1', { registry: '[::1]:5000', name: 'a.b/c_d/m-1' }],
  ])('%s + %s', (store, model, repo) => {
    expect(storeRepository(store, model)).toEqual(repo);
  });

  it.each(['oci://ghcr.io/Acme', 'https://ghcr.io/acme', 'oci:///acme', 'oci://ghcr.io/a//b'])(
    '%s is refused',
    (store) => {
      expect(() => storeRepository(store, 'm')).toThrow(LeptonError);
    },
  );

  it.each([
    [
      `ghcr.io/acme/models/sentiment@${D}`,
      { registry: 'ghcr.io', name: 'acme/models/sentiment', digest: D },
    ],
    [`127.0.0.1:5000/m@${D}`, { registry: '127.0.0.1:5000', name: 'm', digest: D }],
  ])('parses %s', (ref, pinned) => {
    expect(parsePinned(ref)).toEqual(pinned);
  });

  it.each([`ghcr.io/acme:1.2.0`, `ghcr.io/acme@sha256:abc`, `acme@${D}`, `ghcr.io/../x@${D}`])(
    'refuses %s as a pinned reference',
    (ref) => {
      expect(() => parsePinned(ref)).toThrow('is not a pinned OCI reference');
    },
  );
});
