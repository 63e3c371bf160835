import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import type { Invoice, InvoicePage, InvoiceStatus } from '../../src/api/types.ts';
import { multiplyByQuantity, percentOf } from '../../demo/backend/exact-math.ts';
import { logoPngBytes } from '../../demo/backend/logo-png.ts';
import { CUSTOMERS, SEED_IDS, findCustomer, generateInvoice, seededInvoices } from '../../demo/backend/seed.ts';
import { EN16931_IDS } from '../../demo/backend/seed-en16931.ts';
import { checkInvoiceTotals } from '../../src/invoice/check-invoice-totals.ts';
import { ORIGIN, testBackend } from './backend-client.ts';

const { json } = testBackend();
const medium = findCustomer(SEED_IDS.customers.medium)!;

function mediumInvoices(): Invoice[] {
  return Array.from({ length: medium.invoiceCount }, (_, index) => ({ ...generateInvoice(medium, index, null), emails: [] }));
}

/** Checks every documented identity of an invoice's amounts, in integers. */
function assertTotalsAddUp(invoice: Invoice): void {
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
  for (const line of invoice.lines) {
    const gross = multiplyByQuantity(line.unitPrice.amountMinor, line.quantity);
    assert.equal(line.lineTotal.amountMinor, gross - line.discount.amountMinor, `${line.id} lineTotal`);
    for (const amount of [line.unitPrice, line.msrpUnitPrice, line.discount, line.lineTotal]) {
      assert.ok(Number.isSafeInteger(amount.amountMinor));
      assert.equal(amount.currency, invoice.currency);
    }
  }
  assert.equal(invoice.subtotal.amountMinor, sum(invoice.lines.map((line) => line.lineTotal.amountMinor + line.discount.amountMinor)), `${invoice.id} subtotal`);
  assert.equal(invoice.discountTotal.amountMinor, sum(invoice.lines.map((line) => line.discount.amountMinor)), `${invoice.id} discounts`);
  for (const tax of invoice.taxes) {
    const taxable = sum(invoice.lines.filter((line) => line.taxRate === tax.rate).map((line) => line.lineTotal.amountMinor));
    assert.equal(tax.taxableAmount.amountMinor, taxable, `${invoice.id} taxable at ${tax.rate}`);
    assert.equal(tax.tax.amountMinor, percentOf(taxable, tax.rate), `${invoice.id} tax at ${tax.rate}`);
  }
  assert.equal(new Set(invoice.taxes.map((tax) => tax.rate)).size, invoice.taxes.length, 'one tax entry per rate');
  const taxTotal = sum(invoice.taxes.map((tax) => tax.tax.amountMinor));
  assert.equal(invoice.total.amountMinor, invoice.subtotal.amountMinor - invoice.discountTotal.amountMinor + taxTotal, `${invoice.id} total`);
  assert.equal(invoice.amountPaid.amountMinor, sum(invoice.payments.map((payment) => payment.amount.amountMinor)), `${invoice.id} paid`);
  const owed = invoice.status === 'void' ? 0 : invoice.total.amountMinor - invoice.amountPaid.amountMinor;
  assert.equal(invoice.amountDue.amountMinor, owed, `${invoice.id} due (nothing on a void invoice)`);
}

describe('seed', () => {
  test('every invoice of cus-medium adds up exactly', () => {
    for (const invoice of mediumInvoices()) assertTotalsAddUp(invoice);
  });

  test('every invoice of the small, currency and script customers adds up exactly', () => {
    // The EN 16931 scenarios have document allowances, prepaid amounts and stacked taxes: checkInvoiceTotals checks them.
    for (const customer of CUSTOMERS.filter((candidate) => candidate.invoiceCount <= 50 && !candidate.invoices)) {
      for (let index = 0; index < customer.invoiceCount; index++) assertTotalsAddUp({ ...generateInvoice(customer, index, null), emails: [] });
    }
  });

  test('every seed invoice passes checkInvoiceTotals (the EN 16931 calculation rules)', () => {
    let checked = 0;
    for (const customer of CUSTOMERS) {
      for (let index = 0; index < customer.invoiceCount; index++) {
        const invoice = generateInvoice(customer, index, null);
        assert.deepEqual(checkInvoiceTotals(invoice), [], invoice.id);
        checked++;
      }
    }
    assert.ok(checked > 10_000, `only ${checked} invoices checked`);
  });

  test('the EN 16931 scenarios cover every VAT category, document type and price precision issue #14 lists', () => {
    const invoices = CUSTOMERS.filter((customer) => customer.invoices).flatMap((customer) => customer.invoices!(null));
    assert.ok(invoices.length >= 14, `${invoices.length} scenario invoices`);
    const byId = new Map(invoices.map((invoice) => [invoice.id, invoice]));
    const ids = EN16931_IDS.invoices;
    const categories = new Set(invoices.flatMap((invoice) => invoice.taxes.map((row) => row.category)));
    for (const category of ['S', 'Z', 'E', 'AE', 'K', 'G', 'O']) assert.ok(categories.has(category), category);
    for (const row of invoices.flatMap((invoice) => invoice.taxes).filter((row) => ['E', 'AE', 'K', 'G', 'O'].includes(row.category ?? ''))) {
      assert.ok(row.exemptionReason && row.exemptionReasonCode?.startsWith('VATEX-'), `${row.category} has its legend`);
    }
    const types = new Set(invoices.map((invoice) => invoice.documentType));
    for (const type of ['commercial', 'credit_note', 'corrected', 'self_billed']) assert.ok(types.has(type as never), type);
    const standard = byId.get(ids.standardRates)!;
    assert.deepEqual(standard.taxes.map((row) => row.rate), ['19', '7']);
    assert.ok(standard.allowances!.length > 0 && standard.charges!.length > 0);
    assert.equal(byId.get(ids.domesticReverseCharge)!.buyer.address.country, byId.get(ids.domesticReverseCharge)!.seller.address.country, 'domestic');
    assert.notEqual(byId.get(ids.intraCommunity)!.buyer.address.country, 'DE', 'intra-community');
    const prepaid = byId.get(ids.prepaidRounding)!;
    assert.ok(prepaid.prepaidAmount!.amountMinor > 0 && prepaid.roundingAmount!.amountMinor !== 0);
    assert.equal(prepaid.amountDue.amountMinor % 100, 0, 'the rounding makes the amount due a whole euro');
    const metered = byId.get(ids.subCentPrices)!.lines[0]!;
    assert.deepEqual([metered.netPrice, metered.quantity, metered.lineTotal.amountMinor], ['0.0088', '16000', 14_080]);
    assert.equal(byId.get(ids.creditNote)!.kind, 'credit_note');
    assert.ok(byId.get(ids.creditNote)!.total.amountMinor < 0, 'credit notes are negative, as in the rest of the seed');
    assert.equal(byId.get(ids.corrected)!.references!.precedingInvoices![0]!.number, byId.get(ids.domesticReverseCharge)!.number);
    const us = byId.get(ids.usSalesTax)!;
    assert.deepEqual(us.taxes.map((row) => [row.label, row.rate, row.category]), [
      ['Washington state sales tax', '6.5', undefined],
      ['Seattle local sales tax', '3.75', undefined],
    ]);
    const uk = byId.get(ids.ukVat)!;
    assert.deepEqual([uk.currency, uk.seller.address.country, uk.taxes.map((row) => row.category)], ['GBP', 'GB', ['S', 'Z']]);
    const japan = byId.get(ids.japanQualified)!;
    assert.match(japan.seller.taxId!, /^T\d{13}$/);
    assert.deepEqual(japan.taxes.map((row) => [row.rate, row.tax.amountMinor]), [['10', 2_730], ['8', 660]]);
  });

  test('cus-medium has every status, credit notes, discounts, several tax rates and both price sources', () => {
    const invoices = mediumInvoices();
    const statuses = new Set(invoices.map((invoice) => invoice.status));
    for (const status of ['draft', 'open', 'paid', 'overdue', 'void'] satisfies InvoiceStatus[]) assert.ok(statuses.has(status), status);
    const lines = invoices.flatMap((invoice) => invoice.lines);
    assert.ok(invoices.some((invoice) => invoice.kind === 'credit_note'));
    assert.ok(lines.some((line) => line.discount.amountMinor > 0));
    const rates = new Set(lines.map((line) => line.taxRate));
    for (const rate of ['20', '7.5', '0', '19']) assert.ok(rates.has(rate), rate);
    assert.ok(lines.some((line) => line.priceSource === 'msrp' && line.unitPrice.amountMinor === line.msrpUnitPrice.amountMinor));
    const reseller = lines.filter((line) => line.priceSource === 'reseller');
    assert.ok(reseller.length > 0 && reseller.every((line) => line.unitPrice.amountMinor !== line.msrpUnitPrice.amountMinor));
    assert.ok(lines.some((line) => line.description.length > 300), 'some very long descriptions');
    // A German customer reads its units in German (issue #17).
    for (const unit of ['Monat', 'Jahr', 'Postfach', 'GB']) assert.ok(lines.some((line) => line.unit === unit), unit);
  });

  test('units, tax labels and the buyer\'s language follow the customer\'s language', () => {
    const expected = [
      ['cus-fr', 'fr-FR', 'mois', 'TVA'],
      ['cus-zh', 'zh-CN', '月', '增值税'],
      ['cus-yen', 'ja-JP', 'か月', '消費税'],
      ['cus-kwd', 'ar-KW', 'شهر', 'الضريبة'],
      ['cus-small', 'en-US', 'month', 'Tax'],
    ] as const;
    for (const [customerId, language, month, taxLabel] of expected) {
      const customer = findCustomer(customerId)!;
      const invoices = Array.from({ length: customer.invoiceCount }, (_, index) => generateInvoice(customer, index, null));
      assert.ok(invoices.length > 0, customerId);
      assert.ok(invoices.every((invoice) => invoice.buyer.language === language), `${customerId}: buyer.language`);
      assert.ok(invoices.some((invoice) => invoice.lines.some((line) => line.unit === month)), `${customerId}: ${month}`);
      assert.ok(invoices.every((invoice) => invoice.taxes.every((tax) => tax.label === taxLabel)), `${customerId}: ${taxLabel}`);
    }
  });

  test('credit notes are negative and name the issued invoice they correct', () => {
    const invoices = mediumInvoices();
    const byId = new Map(invoices.map((invoice) => [invoice.id, invoice]));
    const creditNotes = invoices.filter((invoice) => invoice.kind === 'credit_note');
    assert.ok(creditNotes.length > 0, 'the seed has credit notes');
    for (const creditNote of creditNotes) {
      assert.ok(creditNote.total.amountMinor < 0, creditNote.id);
      const corrected = byId.get(creditNote.corrects!.id)!;
      assert.equal(corrected.kind, 'invoice');
      assert.equal(corrected.number, creditNote.corrects!.number);
      assert.ok(corrected.issueDate <= creditNote.issueDate);
      assert.ok(-creditNote.total.amountMinor <= corrected.total.amountMinor, 'credits no more than the invoice');
    }
  });

  test('cus-small holds a paid invoice, an open one, and a credit note correcting the first', async () => {
    const { body } = await json<InvoicePage>(`/customers/${SEED_IDS.customers.small}/invoices?sort=number&order=asc`);
    const byId = new Map(body.items.map((item) => [item.id, item]));
    assert.equal(body.totalCount, 3);
    assert.equal(byId.get(SEED_IDS.invoices.smallPaid)?.status, 'paid');
    assert.equal(byId.get(SEED_IDS.invoices.smallOpen)?.status, 'open');
    const creditNote = byId.get(SEED_IDS.invoices.smallCreditNote)!;
    assert.equal(creditNote.kind, 'credit_note');
    assert.equal(creditNote.corrects?.id, SEED_IDS.invoices.smallPaid);
  });

  test('inv-300-lines has 300 lines', async () => {
    const { body } = await json<Invoice>(`/customers/${SEED_IDS.customers.medium}/invoices/${SEED_IDS.invoices.threeHundredLines}`);
    assert.equal(body.lines.length, 300);
    assertTotalsAddUp(body);
  });

  test('customers have the documented invoice counts and currencies', () => {
    const expected: Record<string, [number, string]> = {
      'cus-empty': [0, 'USD'],
      'cus-small': [3, 'USD'],
      'cus-medium': [250, 'EUR'],
      'cus-large': [10_000, 'USD'],
      'cus-gbp': [40, 'GBP'],
      'cus-yen': [30, 'JPY'],
      'cus-kwd': [30, 'KWD'],
      'cus-cyrillic': [25, 'EUR'],
      'cus-greek': [25, 'EUR'],
      'cus-hostile': [5, 'USD'],
    };
    for (const [id, [count, currency]] of Object.entries(expected)) {
      const seeded = seededInvoices(id)!;
      assert.equal(seeded.summaries.length, count, id);
      assert.ok(seeded.summaries.every((summary) => summary.total.currency === currency), id);
    }
  });

  test('invoice ids are unique within every customer', () => {
    for (const customer of CUSTOMERS) {
      const seeded = seededInvoices(customer.id)!;
      assert.equal(seeded.indexById.size, customer.invoiceCount, customer.id);
      assert.equal(new Set(seeded.summaries.map((summary) => summary.number)).size, customer.invoiceCount, customer.id);
    }
  });

  test('the same invoice is generated identically every time', () => {
    assert.deepEqual(generateInvoice(medium, 17, null), generateInvoice(medium, 17, null));
  });

  test('an invoice in full agrees with its list row', async () => {
    const { body: page } = await json<InvoicePage>(`/customers/${SEED_IDS.customers.large}/invoices?limit=3`);
    for (const item of page.items) {
      const { body } = await json<Invoice>(`/customers/${SEED_IDS.customers.large}/invoices/${item.id}`);
      const { id, number, kind, status, issueDate, dueDate, description, total, amountDue, corrects } = body;
      assert.deepEqual({ id, number, kind, status, issueDate, dueDate, description, total, amountDue, corrects }, item);
    }
  });

  test("the seller's logo URL is absolute, on the backend's own origin", async () => {
    const { body } = await json<Invoice>(`/customers/${SEED_IDS.customers.small}/invoices/${SEED_IDS.invoices.smallPaid}`);
    assert.equal(body.seller.name, 'Northwind Hosting');
    assert.equal(body.seller.logoUrl, `${ORIGIN}/api/assets/logo.png`);
  });

  test('the hostile invoice carries markup and script URLs in its text', async () => {
    const { body } = await json<Invoice>(`/customers/${SEED_IDS.customers.hostile}/invoices/${SEED_IDS.invoices.hostile}`);
    const text = JSON.stringify(body);
    for (const needle of ['<script>', 'javascript:', 'onerror=']) assert.ok(text.includes(needle), needle);
  });

  test('the inlined logo is the same bytes as assets/logo.png', () => {
    const file = readFileSync(new URL('../../demo/backend/assets/logo.png', import.meta.url));
    assert.deepEqual(Buffer.from(logoPngBytes()), file);
  });
});
