import assert from 'node:assert/strict';
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, test } from 'node:test';
import type { CustomerSummary, ProblemDetails } from '../../src/api/types.ts';
import { MemorySettingsStore } from '../../demo/backend/memory-settings-store.ts';
import { toNodeListener } from '../../demo/backend/node-listener.ts';
import { createReferenceBackend } from '../../demo/backend/reference-backend.ts';
import { testBackend } from './backend-client.ts';

describe('routes', () => {
  test('customers are listed with their invoice counts', async () => {
    const { json } = testBackend();
    const { response, body } = await json<{ items: CustomerSummary[] }>('/customers');
    assert.match(response.headers.get('Content-Type')!, /^application\/json/);
    assert.equal(body.items.length, 18, 'the 10 generated customers, the 6 EN 16931 scenarios, and a French and a Chinese reader');
    assert.deepEqual(body.items.find((customer) => customer.id === 'cus-large'), {
      id: 'cus-large',
      name: 'Large Logistics Inc.',
      email: 'accounts-payable@large-logistics.example',
      invoiceCount: 10_000,
    });
  });

  test('an unknown route is a 404 problem', async () => {
    const { call } = testBackend();
    const response = await call('/invoices');
    assert.equal(response.status, 404);
    assert.match(response.headers.get('Content-Type')!, /^application\/problem\+json/);
    const problem = (await response.json()) as ProblemDetails;
    assert.equal(problem.status, 404);
    assert.equal(typeof problem.title, 'string');
  });

  test('an unknown invoice is a 404', async () => {
    const { call } = testBackend();
    assert.equal((await call('/customers/cus-small/invoices/inv-medium-1')).status, 404);
  });

  test('a wrong method is a 405 naming the allowed ones', async () => {
    const { call } = testBackend();
    const response = await call('/settings/notifications', { method: 'DELETE' });
    assert.equal(response.status, 405);
    assert.equal(response.headers.get('Allow'), 'GET, PUT');
    assert.match(response.headers.get('Content-Type')!, /^application\/problem\+json/);
  });

  test('the logo is a PNG anyone may load', async () => {
    const { call } = testBackend();
    const response = await call('/assets/logo.png');
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('Content-Type'), 'image/png');
    assert.equal(response.headers.get('Access-Control-Allow-Origin'), '*');
    const bytes = new Uint8Array(await response.arrayBuffer());
    assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  });

  test('the logo is also an SVG anyone may load', async () => {
    const { call } = testBackend();
    const response = await call('/assets/logo.svg');
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('Content-Type'), 'image/svg+xml');
    assert.equal(response.headers.get('Access-Control-Allow-Origin'), '*');
    assert.match(await response.text(), /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="240" height="64"/);
  });

  test('cross-origin clients can read the ETag', async () => {
    const { call } = testBackend();
    const response = await call('/settings/notifications');
    assert.match(response.headers.get('Access-Control-Expose-Headers')!, /\bETag\b/);
  });

  test('a preflight is answered with the accepted headers', async () => {
    const { call } = testBackend();
    const response = await call('/settings/notifications', { method: 'OPTIONS' });
    assert.equal(response.status, 204);
    assert.match(response.headers.get('Access-Control-Allow-Headers')!, /If-Match/);
  });

  test('another base path moves every route', async () => {
    const backend = createReferenceBackend({ store: new MemorySettingsStore(), basePath: '/billing/v1/' });
    assert.equal((await backend.handle(new Request('http://x.test/billing/v1/customers'))).status, 200);
    assert.equal((await backend.handle(new Request('http://x.test/api/customers'))).status, 404);
  });
});

describe('toNodeListener', () => {
  async function withServer(run: (baseUrl: string) => Promise<void>, maxBodyBytes?: number): Promise<void> {
    const backend = createReferenceBackend({ store: new MemorySettingsStore(), testHooks: true });
    const server = createServer(toNodeListener(backend, maxBodyBytes === undefined ? {} : { maxBodyBytes }));
    server.listen(0);
    await once(server, 'listening');
    try {
      await run(`http://localhost:${(server.address() as AddressInfo).port}/api`);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  }

  test('serves the routes over HTTP with status, headers and body', async () => {
    await withServer(async (baseUrl) => {
      const response = await fetch(`${baseUrl}/settings/notifications`);
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('ETag'), '"0"');
      const settings = (await response.json()) as { logoUrl: string };
      assert.equal(settings.logoUrl, `${baseUrl}/assets/logo.png`, 'logo URL built from the Host header');
    });
  });

  test('passes request bodies through', async () => {
    await withServer(async (baseUrl) => {
      const response = await fetch(`${baseUrl}/settings/notifications`, {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json', 'If-Match': '"0"' },
        body: JSON.stringify({ logoUrl: null, controlPanelUrl: null, websiteUrl: 'https://via-http.example', notifications: [] }),
      });
      assert.equal(response.status, 200);
      assert.equal(((await response.json()) as { websiteUrl: string }).websiteUrl, 'https://via-http.example');
    });
  });

  test('a body over the limit is a 413', async () => {
    await withServer(async (baseUrl) => {
      const response = await fetch(`${baseUrl}/customers/cus-small/invoices/inv-small-1/emails`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: 'x'.repeat(2048),
      });
      assert.equal(response.status, 413);
    }, 1024);
  });

  test('a hanging request is released when the client goes away', async () => {
    await withServer(async (baseUrl) => {
      const controller = new AbortController();
      const request = fetch(`${baseUrl}/customers`, { headers: { 'X-Billing-Fault': 'hang' }, signal: controller.signal });
      setTimeout(() => controller.abort(), 50);
      await assert.rejects(request, { name: 'AbortError' });
    });
  });
});
