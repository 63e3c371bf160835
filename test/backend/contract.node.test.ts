import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import * as v from 'valibot';
import { invoicePageSchema, invoiceSchema, notificationSettingsSchema, problemDetailsSchema, sentEmailSchema } from '../../src/api/schemas.ts';
import { CUSTOMERS, SEED_IDS, seededInvoices } from '../../demo/backend/seed.ts';
import { jsonInit, sendRequest, testBackend } from './backend-client.ts';

const { call, json } = testBackend();

/** Asserts that data passes the client's response checks, naming the first issue if not. */
function assertConforms(schema: v.GenericSchema, data: unknown, what: string): void {
  const result = v.safeParse(schema, data);
  assert.ok(result.success, `${what}: ${result.issues?.[0]?.message} at ${v.getDotPath(result.issues?.[0] ?? ({} as never))}`);
}

describe('the reference backend speaks the contract the client checks', () => {
  test('every seeded invoice passes the invoice check (cus-large sampled)', async () => {
    for (const customer of CUSTOMERS) {
      const { summaries } = seededInvoices(customer.id)!;
      const sample = summaries.length > 300 ? summaries.filter((_, index) => index % 97 === 0) : summaries;
      for (const summary of sample) {
        const { body } = await json(`/customers/${customer.id}/invoices/${summary.id}`);
        assertConforms(invoiceSchema, body, summary.id);
      }
    }
  });

  test('every customer’s first page passes the page check', async () => {
    for (const customer of CUSTOMERS) {
      assertConforms(invoicePageSchema, (await json(`/customers/${customer.id}/invoices`)).body, customer.id);
    }
  });

  test('settings pass the settings check', async () => {
    assertConforms(notificationSettingsSchema, (await json('/settings/notifications')).body, 'settings');
  });

  test('a sent e-mail passes the sent-e-mail check', async () => {
    const path = `/customers/${SEED_IDS.customers.small}/invoices/${SEED_IDS.invoices.smallOpen}/emails`;
    assertConforms(sentEmailSchema, (await json(path, jsonInit('POST', sendRequest()))).body, 'sent e-mail');
  });

  test('errors pass the problem-details check', async () => {
    for (const response of [await call('/nowhere'), await call('/customers/cus-medium/invoices?limit=0'), await call('/settings/notifications', { method: 'PUT' })]) {
      assertConforms(problemDetailsSchema, await response.json(), `${response.status}`);
    }
  });
});
