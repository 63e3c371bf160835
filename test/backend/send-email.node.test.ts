import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Invoice, NotificationSettings, ProblemDetails, SentEmail } from '../../src/api/types.ts';
import { SEND_LIMITS } from '../../src/api/types.ts';
import type { OutboxEntry } from '../../demo/backend/outbox.ts';
import { SEED_IDS } from '../../demo/backend/seed.ts';
import { MemorySettingsStore } from '../../demo/backend/memory-settings-store.ts';
import { PDF_BASE64, jsonInit, sendRequest, testBackend, uniqueTenant } from './backend-client.ts';

const SMALL_OPEN = `/customers/${SEED_IDS.customers.small}/invoices/${SEED_IDS.invoices.smallOpen}`;

describe('sending an invoice by e-mail', () => {
  test('a valid request is a 201 with the record of what was sent', async () => {
    const { json } = testBackend();
    const { response, body } = await json<SentEmail>(`${SMALL_OPEN}/emails`, jsonInit('POST', sendRequest({ cc: ['boss@bakery.example'] })));
    assert.equal(response.status, 201);
    assert.equal(body.subject, 'Your invoice');
    assert.deepEqual(body.to, ['ada@bakery.example']);
    assert.deepEqual(body.cc, ['boss@bakery.example']);
    assert.deepEqual(body.bcc, []);
    assert.ok(!Number.isNaN(Date.parse(body.sentAt)));
    assert.equal(response.headers.get('Location'), `/api/outbox/${body.id}`);
  });

  test('sent e-mails appear on the invoice, newest first', async () => {
    const { json } = testBackend();
    const first = (await json<SentEmail>(`${SMALL_OPEN}/emails`, jsonInit('POST', sendRequest({ subject: 'First' })))).body;
    const second = (await json<SentEmail>(`${SMALL_OPEN}/emails`, jsonInit('POST', sendRequest({ subject: 'Second' })))).body;
    const { body } = await json<Invoice>(SMALL_OPEN);
    assert.deepEqual(body.emails, [second, first]);
  });

  test('the outbox holds the rendered e-mail with the tenant’s branding, newest first', async () => {
    const { json } = testBackend();
    const { body: settings } = await json<NotificationSettings>('/settings/notifications');
    await json('/settings/notifications', jsonInit('PUT', { ...settings, controlPanelUrl: 'https://panel.my-reseller.example/' }, { 'If-Match': '"0"' }));
    await json(`${SMALL_OPEN}/emails`, jsonInit('POST', sendRequest({ subject: 'Older' })));
    await json(`${SMALL_OPEN}/emails`, jsonInit('POST', sendRequest({ subject: 'Newer', message: 'Line one\nLine <two>' })));
    const { body } = await json<{ items: OutboxEntry[] }>('/outbox');
    assert.deepEqual(body.items.map((entry) => entry.subject), ['Newer', 'Older']);
    const [newest] = body.items;
    assert.equal(newest!.invoiceId, SEED_IDS.invoices.smallOpen);
    assert.equal(newest!.invoiceNumber, 'INV-2026-00002');
    assert.equal(newest!.customerId, SEED_IDS.customers.small);
    assert.ok(newest!.html.includes('href="https://panel.my-reseller.example/"'));
    assert.ok(newest!.html.includes('Line one<br>Line &lt;two&gt;'));
    assert.deepEqual(newest!.attachment, { filename: 'invoice.pdf', contentType: 'application/pdf', size: Buffer.from(PDF_BASE64, 'base64').length });
  });

  test("the e-mail is written in the buyer's language when the request names none", async () => {
    const { json } = testBackend();
    const french = `/customers/${SEED_IDS.customers.french}/invoices/inv-fr-1`;
    const { body: invoice } = await json<Invoice>(french);
    assert.equal(invoice.buyer.language, 'fr-FR');
    await json(`${french}/emails`, jsonInit('POST', sendRequest({ to: [invoice.buyer.email] })));
    const { body } = await json<{ items: OutboxEntry[] }>('/outbox');
    assert.ok(body.items[0]!.html.includes('<html lang="fr"'), 'lang="fr"');
    assert.ok(body.items[0]!.html.includes('Numéro de facture'));
  });

  test("the request's language wins over the buyer's", async () => {
    const { json } = testBackend();
    const french = `/customers/${SEED_IDS.customers.french}/invoices/inv-fr-1`;
    await json(`${french}/emails`, jsonInit('POST', sendRequest({ to: ['compta@atelier-lumiere.example'], language: 'de-DE' })));
    const { body } = await json<{ items: OutboxEntry[] }>('/outbox');
    assert.ok(body.items[0]!.html.includes('Rechnungsnummer'));
  });

  test('a language that is no BCP 47 tag is a 422 pointing at it', async () => {
    const { json } = testBackend();
    const { response, body } = await json<ProblemDetails>(`${SMALL_OPEN}/emails`, jsonInit('POST', sendRequest({ language: 'not a language!' })));
    assert.equal(response.status, 422);
    assert.deepEqual(body.errors?.map((error) => error.pointer), ['/language']);
  });

  test('the sent PDF can be downloaded from the outbox', async () => {
    const { json, call } = testBackend();
    const { body: sent } = await json<SentEmail>(`${SMALL_OPEN}/emails`, jsonInit('POST', sendRequest()));
    const response = await call(`/outbox/${sent.id}/attachment`);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('Content-Type'), 'application/pdf');
    const bytes = Buffer.from(await response.arrayBuffer());
    assert.equal(bytes.subarray(0, 4).toString(), '%PDF');
  });

  test('an unknown outbox attachment is a 404', async () => {
    const { call } = testBackend();
    assert.equal((await call('/outbox/eml-nope/attachment')).status, 404);
  });

  test('tenants have separate outboxes', async () => {
    const store = new MemorySettingsStore();
    const first = testBackend({ store, tenant: uniqueTenant() });
    await first.json(`${SMALL_OPEN}/emails`, jsonInit('POST', sendRequest()));
    const other = first.backend.handle(new Request('http://backend.test/api/outbox', { headers: { 'X-Billing-Tenant': uniqueTenant() } }));
    assert.deepEqual(await (await other).json(), { items: [] });
  });

  test('the restart hook empties the outbox', async () => {
    const { json, call } = testBackend();
    await json(`${SMALL_OPEN}/emails`, jsonInit('POST', sendRequest()));
    await call('/__test/restart', { method: 'POST' });
    assert.deepEqual((await json('/outbox')).body, { items: [] });
    assert.deepEqual((await json<Invoice>(SMALL_OPEN)).body.emails, []);
  });

  test('sending for an unknown invoice is a 404', async () => {
    const { call } = testBackend();
    const response = await call(`/customers/${SEED_IDS.customers.small}/invoices/inv-nope/emails`, jsonInit('POST', sendRequest()));
    assert.equal(response.status, 404);
  });

  const invalid: Array<[string, Record<string, unknown>, string]> = [
    ['no recipient', { to: [] }, '/to'],
    ['an invalid To address', { to: ['ada@bakery.example', 'not an address'] }, '/to/1'],
    ['an invalid Cc address', { cc: ['<script>@x'] }, '/cc/0'],
    ['too many recipients', { bcc: Array.from({ length: SEND_LIMITS.recipientsMax }, (_, index) => `r${index}@x.example`) }, '/to'],
    ['an empty subject', { subject: '  ' }, '/subject'],
    ['a subject with a header injected by CR/LF', { subject: 'Your invoice\r\nBcc: thief@evil.example' }, '/subject'],
    ['a subject with a bare LF', { subject: 'Your invoice\nBcc: thief@evil.example' }, '/subject'],
    ['a To address with a header injected by CR/LF', { to: ['ada@bakery.example\r\nBcc: thief@evil.example'] }, '/to/0'],
    ['a Cc address ending in CR/LF', { cc: ['boss@bakery.example\r\n'] }, '/cc/0'],
    ['a Bcc address with a bare CR', { bcc: ['archive@northwind.example\rBcc: thief@evil.example'] }, '/bcc/0'],
    ['a subject over the limit', { subject: 's'.repeat(SEND_LIMITS.subjectMaxLength + 1) }, '/subject'],
    ['a message over the limit', { message: 'm'.repeat(SEND_LIMITS.messageMaxLength + 1) }, '/message'],
    ['no attachment', { attachment: null }, '/attachment'],
    ['an attachment that is not base64', { attachment: { filename: 'a.pdf', contentType: 'application/pdf', contentBase64: '%%%not base64' } }, '/attachment/contentBase64'],
    ['an attachment that is not a PDF', { attachment: { filename: 'a.pdf', contentType: 'application/pdf', contentBase64: Buffer.from('<html>').toString('base64') } }, '/attachment/contentBase64'],
    ['a wrong content type', { attachment: { ...(sendRequest().attachment as object), contentType: 'text/html' } }, '/attachment/contentType'],
    ['a file name with a path', { attachment: { ...(sendRequest().attachment as object), filename: '../../etc/passwd' } }, '/attachment/filename'],
  ];
  for (const [what, overrides, pointer] of invalid) {
    test(`${what} is a 422 pointing at ${pointer}`, async () => {
      const { json } = testBackend();
      const { response, body } = await json<ProblemDetails>(`${SMALL_OPEN}/emails`, jsonInit('POST', sendRequest(overrides)));
      assert.equal(response.status, 422);
      assert.match(response.headers.get('Content-Type')!, /^application\/problem\+json/);
      assert.ok(body.errors?.some((error) => error.pointer === pointer), JSON.stringify(body.errors));
      assert.deepEqual((await json('/outbox')).body, { items: [] }, 'nothing was sent');
    });
  }

  test('an attachment over the size limit is a 422', async () => {
    const { json } = testBackend();
    const big = Buffer.alloc(SEND_LIMITS.attachmentMaxBytes + 3, 0x20);
    big.write('%PDF', 0);
    const { response, body } = await json<ProblemDetails>(
      `${SMALL_OPEN}/emails`,
      jsonInit('POST', sendRequest({ attachment: { filename: 'big.pdf', contentType: 'application/pdf', contentBase64: big.toString('base64') } })),
    );
    assert.equal(response.status, 422);
    assert.equal(body.errors?.[0]?.pointer, '/attachment/contentBase64');
  });

  test('a body that is not JSON is a 415 or 400', async () => {
    const { call } = testBackend();
    assert.equal((await call(`${SMALL_OPEN}/emails`, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: 'hi' })).status, 415);
    assert.equal((await call(`${SMALL_OPEN}/emails`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{' })).status, 400);
  });
});
