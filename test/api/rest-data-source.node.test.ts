// The data layer has no DOM and runs in Node too (the backend's tools, server-side rendering, scripts). These tests
// run it there; the browser tests in rest-data-source.test.ts cover it over HTTP.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MemorySettingsStore } from '../../demo/backend/memory-settings-store.ts';
import { createReferenceBackend } from '../../demo/backend/reference-backend.ts';
import { SEED_IDS } from '../../demo/backend/seed.ts';
import { parseRetryAfter } from '../../src/api/fetch-json.ts';
import { RestDataSource } from '../../src/api/rest-data-source.ts';

describe('RestDataSource in Node', () => {
  it('refuses a relative base URL, since there is no document to resolve it against', () => {
    assert.throws(() => new RestDataSource({ baseUrl: '/api' }), {
      name: 'TypeError',
      message: 'RestDataSource: baseUrl "/api" is not a valid URL; outside a page it must be absolute (https://…).',
    });
  });

  it('loads a page through an injected fetch that calls the backend in-process', async () => {
    const backend = createReferenceBackend({ store: new MemorySettingsStore() });
    const dataSource = new RestDataSource({
      baseUrl: 'http://backend.internal/api',
      fetch: (input, init) => backend.handle(new Request(input, init)),
    });
    const page = await dataSource.listInvoices(SEED_IDS.customers.small, {});
    assert.equal(page.totalCount, 3);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-11-25T20:00:00Z');

  it('reads delay-seconds', () => {
    assert.equal(parseRetryAfter('120', now), 120);
  });

  it('reads an HTTP date as seconds from now, rounded up', () => {
    assert.equal(parseRetryAfter('Wed, 25 Nov 2026 20:01:30 GMT', now - 500), 91);
  });

  it('reads an HTTP date in the past as zero', () => {
    assert.equal(parseRetryAfter('Wed, 25 Nov 2026 19:00:00 GMT', now), 0);
  });

  it('ignores a value that is neither', () => {
    assert.deepEqual(['soon', '-5', '1.5', ''].map((value) => parseRetryAfter(value, now)), [undefined, undefined, undefined, undefined]);
  });

  it('ignores a missing header', () => {
    assert.equal(parseRetryAfter(null, now), undefined);
  });
});
