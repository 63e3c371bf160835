import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { OutboxEntry } from '../../demo/backend/outbox.ts';
import { SEED_IDS } from '../../demo/backend/seed.ts';
import type { ProblemDetails, SentEmail } from '../../src/api/types.ts';
import { jsonInit, sendRequest, testBackend } from './backend-client.ts';

const SMALL_OPEN = `/customers/${SEED_IDS.customers.small}/invoices/${SEED_IDS.invoices.smallOpen}`;

function send(key: string | null, overrides: Record<string, unknown> = {}, headers: Record<string, string> = {}): RequestInit {
  return jsonInit('POST', sendRequest(overrides), key === null ? headers : { 'Idempotency-Key': key, ...headers });
}

describe('Idempotency-Key on sending an invoice', () => {
  test('a repeated key gets the first answer, same status and body, and sends nothing again', async () => {
    const { call, json } = testBackend();
    const first = await call(`${SMALL_OPEN}/emails`, send('key-1'));
    const again = await call(`${SMALL_OPEN}/emails`, send('key-1'));
    assert.equal(first.status, 201);
    assert.equal(again.status, 201);
    assert.equal(await again.text(), await first.text());
    assert.equal(again.headers.get('Location'), first.headers.get('Location'));
    assert.equal(again.headers.get('Idempotent-Replayed'), 'true');
    assert.equal((await json<{ items: OutboxEntry[] }>('/outbox')).body.items.length, 1);
  });

  test('a send whose answer was garbled (body=malformed) is not sent again when retried with its key', async () => {
    const { call, json } = testBackend();
    const garbled = await call(`${SMALL_OPEN}/emails`, send('key-lost', {}, { 'X-Billing-Fault': 'body=malformed' }));
    assert.equal(garbled.status, 201);
    await assert.rejects(garbled.json(), SyntaxError);
    const retried = await json<SentEmail>(`${SMALL_OPEN}/emails`, send('key-lost'));
    assert.equal(retried.response.status, 201);
    const { items } = (await json<{ items: OutboxEntry[] }>('/outbox')).body;
    assert.equal(items.length, 1);
    assert.equal(items[0]!.id, retried.body.id);
  });

  test('a send whose connection was dropped (drop) is not sent again when retried with its key', async () => {
    const { call, json } = testBackend();
    const dropped = await call(`${SMALL_OPEN}/emails`, send('key-dropped', {}, { 'X-Billing-Fault': 'drop' }));
    await assert.rejects(dropped.text());
    assert.equal((await json<{ items: OutboxEntry[] }>('/outbox')).body.items.length, 1, 'the send did happen');
    assert.equal((await call(`${SMALL_OPEN}/emails`, send('key-dropped'))).status, 201);
    assert.equal((await json<{ items: OutboxEntry[] }>('/outbox')).body.items.length, 1);
  });

  test('requests with the same key at the same time send once', async () => {
    const { call, json } = testBackend();
    const answers = await Promise.all([1, 2, 3].map(() => call(`${SMALL_OPEN}/emails`, send('key-racing'))));
    assert.deepEqual(answers.map((answer) => answer.status), [201, 201, 201]);
    assert.equal((await json<{ items: OutboxEntry[] }>('/outbox')).body.items.length, 1);
  });

  test('different keys, or no key, send each time', async () => {
    const { call, json } = testBackend();
    await call(`${SMALL_OPEN}/emails`, send('key-a'));
    await call(`${SMALL_OPEN}/emails`, send('key-b'));
    await call(`${SMALL_OPEN}/emails`, send(null));
    await call(`${SMALL_OPEN}/emails`, send(null));
    assert.equal((await json<{ items: OutboxEntry[] }>('/outbox')).body.items.length, 4);
  });

  test('a failed send is not remembered: a retry with its key is handled afresh', async () => {
    const { call, json } = testBackend();
    assert.equal((await call(`${SMALL_OPEN}/emails`, send('key-retry', { to: ['not an address'] }))).status, 422);
    assert.equal((await call(`${SMALL_OPEN}/emails`, send('key-retry', {}, { 'X-Billing-Fault': 'status=503' }))).status, 503);
    assert.equal((await call(`${SMALL_OPEN}/emails`, send('key-retry'))).status, 201);
    assert.equal((await json<{ items: OutboxEntry[] }>('/outbox')).body.items.length, 1);
  });

  test('a key reused for a different e-mail is a 422 and sends nothing', async () => {
    const { call, json } = testBackend();
    await call(`${SMALL_OPEN}/emails`, send('key-reused', { subject: 'First' }));
    const { response, body } = await json<ProblemDetails>(`${SMALL_OPEN}/emails`, send('key-reused', { subject: 'Something else' }));
    assert.equal(response.status, 422);
    assert.match(body.detail ?? '', /Idempotency-Key/);
    assert.equal((await json<{ items: OutboxEntry[] }>('/outbox')).body.items.length, 1);
  });

  test('keys are per customer and per tenant: the same key elsewhere sends', async () => {
    const { call, json } = testBackend();
    const other = testBackend();
    const mediumInvoice = `/customers/${SEED_IDS.customers.medium}/invoices/${SEED_IDS.invoices.threeHundredLines}`;
    await call(`${SMALL_OPEN}/emails`, send('key-shared'));
    assert.equal((await call(`${mediumInvoice}/emails`, send('key-shared'))).headers.get('Idempotent-Replayed'), null);
    assert.equal((await other.call(`${SMALL_OPEN}/emails`, send('key-shared'))).headers.get('Idempotent-Replayed'), null);
    assert.equal((await json<{ items: OutboxEntry[] }>('/outbox')).body.items.length, 2);
    assert.equal((await other.json<{ items: OutboxEntry[] }>('/outbox')).body.items.length, 1);
  });

  test('an empty or overlong key is a 400', async () => {
    const { call } = testBackend();
    assert.equal((await call(`${SMALL_OPEN}/emails`, send(' '))).status, 400);
    assert.equal((await call(`${SMALL_OPEN}/emails`, send('k'.repeat(256)))).status, 400);
  });

  test('a cross-origin client may send the header', async () => {
    const { call } = testBackend();
    const preflight = await call(`${SMALL_OPEN}/emails`, { method: 'OPTIONS' });
    assert.match(preflight.headers.get('Access-Control-Allow-Headers') ?? '', /\bIdempotency-Key\b/);
  });
});
