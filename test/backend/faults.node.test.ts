import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { EN16931_IDS } from '../../demo/backend/seed-en16931.ts';
import type { Invoice, NotificationSettings, ProblemDetails } from '../../src/api/types.ts';
import { checkInvoiceTotals } from '../../src/invoice/check-invoice-totals.ts';
import { jsonInit, testBackend } from './backend-client.ts';

const CUSTOMERS = '/customers';

function withFault(fault: string, init: RequestInit = {}): RequestInit {
  return { ...init, headers: { ...(init.headers as Record<string, string>), 'X-Billing-Fault': fault } };
}

describe('X-Billing-Fault', () => {
  test('status=503 answers with that status as problem+json', async () => {
    const { call } = testBackend();
    const response = await call(CUSTOMERS, withFault('status=503'));
    assert.equal(response.status, 503);
    assert.match(response.headers.get('Content-Type')!, /^application\/problem\+json/);
    assert.equal(((await response.json()) as ProblemDetails).status, 503);
  });

  test('retry-after adds a Retry-After header', async () => {
    const { call } = testBackend();
    const response = await call(CUSTOMERS, withFault('status=429; retry-after=7'));
    assert.equal(response.status, 429);
    assert.equal(response.headers.get('Retry-After'), '7');
  });

  test('a status fault changes nothing on the server', async () => {
    const { json } = testBackend();
    const { body: settings } = await json<NotificationSettings>('/settings/notifications');
    const { response } = await json('/settings/notifications', withFault('status=500', jsonInit('PUT', { ...settings, websiteUrl: 'https://x.example' }, { 'If-Match': '"0"' })));
    assert.equal(response.status, 500);
    assert.equal((await json<NotificationSettings>('/settings/notifications')).body.websiteUrl, 'https://northwind.example');
  });

  test('body=malformed answers 200 with JSON that does not parse', async () => {
    const { call } = testBackend();
    const response = await call(CUSTOMERS, withFault('body=malformed'));
    assert.equal(response.status, 200);
    await assert.rejects(response.json(), SyntaxError);
  });

  test('body=truncated answers with the first half of the real body', async () => {
    const { call } = testBackend();
    const full = await (await call(CUSTOMERS)).text();
    const truncated = await (await call(CUSTOMERS, withFault('body=truncated'))).text();
    assert.ok(truncated.length > 0 && truncated.length < full.length);
    assert.ok(full.startsWith(truncated));
  });

  test('body=empty answers with no body', async () => {
    const { call } = testBackend();
    const response = await call(CUSTOMERS, withFault('body=empty'));
    assert.equal(response.status, 200);
    assert.equal(await response.text(), '');
  });

  test('body=wrong-shape answers with JSON that is not the contract', async () => {
    const { call } = testBackend();
    const body = (await (await call(CUSTOMERS, withFault('body=wrong-shape'))).json()) as { items: unknown };
    assert.ok(!Array.isArray(body.items));
  });

  test('body=totals-off answers with the real invoice, its figures off by one major unit (BR-CO-15 alone)', async () => {
    const { call } = testBackend();
    const path = `/customers/${EN16931_IDS.customers.de}/invoices/${EN16931_IDS.invoices.standardRates}`;
    const real = (await (await call(path)).json()) as Invoice;
    const off = (await (await call(path, withFault('body=totals-off'))).json()) as Invoice;
    assert.deepEqual(checkInvoiceTotals(real), []);
    assert.equal(off.total.amountMinor, real.total.amountMinor + 100);
    assert.equal(off.amountDue.amountMinor, real.amountDue.amountMinor + 100);
    assert.deepEqual(checkInvoiceTotals(off).map((finding) => finding.rule), ['BR-CO-15']);
  });

  test('a body fault keeps the ETag of a real save', async () => {
    const { json, call } = testBackend();
    const { body: settings } = await json<NotificationSettings>('/settings/notifications');
    const response = await call('/settings/notifications', withFault('body=truncated', jsonInit('PUT', settings, { 'If-Match': '"0"' })));
    assert.equal(response.headers.get('ETag'), '"1"');
  });

  test('latency still answers normally', async () => {
    const { call } = testBackend();
    const response = await call(CUSTOMERS, withFault('latency=20'));
    assert.equal(response.status, 200);
  });

  test('hang never answers until the client aborts', async () => {
    const { call } = testBackend();
    const controller = new AbortController();
    let settled = false;
    const pending = call(CUSTOMERS, withFault('hang', { signal: controller.signal })).finally(() => {
      settled = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    assert.equal(settled, false);
    controller.abort();
    const response = await pending;
    assert.ok(response.status >= 400);
  });

  test('an unknown directive is a 400 naming it', async () => {
    const { call } = testBackend();
    const response = await call(CUSTOMERS, withFault('explode=yes'));
    assert.equal(response.status, 400);
    assert.match(((await response.json()) as ProblemDetails).detail!, /explode/);
  });

  test('without test hooks the fault header is ignored', async () => {
    const { call } = testBackend({ testHooks: false });
    assert.equal((await call(CUSTOMERS, withFault('status=503'))).status, 200);
  });

  test('without test hooks the restart route does not exist', async () => {
    const { call } = testBackend({ testHooks: false });
    assert.equal((await call('/__test/restart', { method: 'POST' })).status, 404);
  });
});
