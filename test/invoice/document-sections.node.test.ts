/**
 * `documentSections`: what the page, the PDF and the e-mail show of an invoice, read from the reference backend's
 * EN 16931 scenarios (demo/backend/seed-en16931.ts) and from a simple generated invoice, plus the bad input a
 * backend can send (unknown codes, a `javascript:` pay URL, a breakdown that disagrees with the lines).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Invoice } from '../../src/api/types.ts';
import { CUSTOMERS, SEED_IDS, findCustomer, generateInvoice } from '../../demo/backend/seed.ts';
import { EN16931_CUSTOMERS, EN16931_IDS } from '../../demo/backend/seed-en16931.ts';
import { documentSections, documentTitle, groupAccountId, linePrice, type DocumentSections } from '../../src/invoice/document-sections.ts';
import { documentLanguages, documentTranslations } from '../../src/invoice/document.messages.ts';
import { formatDecimalMoney } from '../../src/format/money.ts';

const ids = EN16931_IDS.invoices;

/** A seeded EN 16931 scenario by id, as the backend serves it. */
function scenario(id: string): Invoice {
  for (const customer of EN16931_CUSTOMERS) {
    for (let index = 0; index < customer.invoiceCount; index++) {
      const invoice = generateInvoice(customer, index, null);
      if (invoice.id === id) return { ...invoice, emails: [] };
    }
  }
  throw new Error(`no seeded scenario ${id}`);
}

const sectionsOf = (id: string): DocumentSections => documentSections(scenario(id));
const keys = (rows: ReadonlyArray<{ key: string }>): string[] => rows.map((row) => row.key);

/** The first simple invoice (no EN 16931 extras) of the medium customer. */
function simpleInvoice(): Invoice {
  const customer = findCustomer(SEED_IDS.customers.medium)!;
  return { ...generateInvoice(customer, 0, null), emails: [] };
}

describe('documentSections: titles', () => {
  test('each document type gets its own title', () => {
    assert.equal(sectionsOf(ids.standardRates).title.key, 'invoiceTitle');
    assert.equal(sectionsOf(ids.creditNote).title.key, 'creditNoteTitle');
    assert.equal(sectionsOf(ids.corrected).title.key, 'correctedInvoiceTitle');
    assert.equal(sectionsOf(ids.selfBilled).title.key, 'selfBilledInvoiceTitle');
  });

  test('a type code without a document type is named by the code; an unknown code is shown as given', () => {
    const base = { number: 'X-1', kind: 'invoice' as const };
    assert.equal(documentTitle({ ...base, typeCode: '386' }).key, 'prepaymentInvoiceTitle');
    assert.deepEqual(documentTitle({ ...base, typeCode: '326' }), { key: 'otherDocumentTitle', number: 'X-1', typeCode: '326' });
  });

  test('a document type outside the contract is shown as given, not as an invoice', () => {
    const title = documentTitle({ number: 'X-2', kind: 'invoice', documentType: 'proforma' as never });
    assert.deepEqual(title, { key: 'otherDocumentTitle', number: 'X-2', typeCode: 'proforma' });
  });
});

describe('documentSections: status and dates', () => {
  test('a credit note shows neither status nor due date', () => {
    const sections = sectionsOf(ids.creditNote);
    assert.equal(sections.showStatus, false);
    assert.ok(!keys(sections.meta).includes('dueDate'));
  });

  test('an invoice shows its status and due date', () => {
    const sections = sectionsOf(ids.standardRates);
    assert.equal(sections.showStatus, true);
    assert.deepEqual(sections.meta.find((row) => row.key === 'dueDate'), { key: 'dueDate', date: '2026-11-16' });
  });

  test('an invoice with payment terms only (due date = issue date) prints no invented due date', () => {
    assert.ok(!keys(sectionsOf(ids.selfBilled).meta).includes('dueDate'));
  });

  test('meta rows: issue date, due date, tax point, invoicing period and delivery date, in that order, when given', () => {
    assert.deepEqual(keys(sectionsOf(ids.standardRates).meta), ['issueDate', 'dueDate', 'invoicingPeriod', 'deliveryDate']);
    assert.deepEqual(keys(sectionsOf(ids.ukVat).meta), ['issueDate', 'dueDate', 'taxPointDate']);
    const period = sectionsOf(ids.standardRates).meta.find((row) => row.key === 'invoicingPeriod');
    assert.deepEqual(period, { key: 'invoicingPeriod', period: { start: '2026-10-01', end: '2026-10-31' } });
  });
});

describe('documentSections: totals', () => {
  test('document allowances and charges come between the lines and the net total, in EN 16931 order', () => {
    const invoice = scenario(ids.standardRates);
    const totals = documentSections(invoice).totals;
    assert.deepEqual(keys(totals), ['subtotal', 'lineDiscounts', 'lineNetTotal', 'allowanceTotal', 'chargeTotal', 'netTotal', 'taxTotal', 'total', 'amountPaid', 'amountDue']);
    const row = (key: string) => totals.find((item) => item.key === key)!;
    assert.deepEqual(row('allowanceTotal'), { key: 'allowanceTotal', amount: invoice.allowanceTotal, deduction: true, emphasis: false });
    assert.deepEqual(row('chargeTotal').amount, invoice.chargeTotal);
    assert.deepEqual(row('netTotal').amount, invoice.netTotal);
    assert.deepEqual(row('taxTotal').amount, invoice.taxTotal);
  });

  test('prepaid and rounding amounts are shown between the total and the amount due', () => {
    const invoice = scenario(ids.prepaidRounding);
    const totals = documentSections(invoice).totals;
    assert.deepEqual(keys(totals), ['subtotal', 'taxTotal', 'total', 'prepaidAmount', 'roundingAmount', 'amountPaid', 'amountDue']);
    assert.deepEqual(totals[3]!.amount, { amountMinor: 50_000, currency: 'EUR' });
    assert.equal(totals[3]!.deduction, true);
    assert.deepEqual(totals[4]!.amount, invoice.roundingAmount);
    assert.notEqual(invoice.roundingAmount!.amountMinor, 0);
  });

  test('a simple invoice keeps its totals as today: subtotal, each tax by label and rate, total, paid, due', () => {
    const invoice = simpleInvoice();
    assert.ok(invoice.taxes.length > 0 && invoice.taxes.every((tax) => tax.category === undefined), 'the simple invoice has uncategorised taxes');
    const totals = documentSections(invoice).totals;
    const expected = ['subtotal', ...(invoice.discountTotal.amountMinor ? ['lineDiscounts'] : []), ...invoice.taxes.map(() => 'taxRow'), 'total', 'amountPaid', 'amountDue'];
    assert.deepEqual(keys(totals), expected);
  });
});

describe('documentSections: VAT breakdown and legends', () => {
  test('one row per category and rate, with the taxable amount and the tax as sent', () => {
    const invoice = scenario(ids.standardRates);
    const { rows, total, categorised } = documentSections(invoice).taxes;
    assert.equal(categorised, true);
    assert.equal(rows.length, 2);
    assert.deepEqual(
      rows.map((row) => [row.categoryKey, row.rate, row.taxableAmount, row.tax]),
      invoice.taxes.map((tax) => ['vatCategoryS', tax.rate, tax.taxableAmount, tax.tax]),
    );
    assert.deepEqual(total, invoice.taxTotal);
  });

  test('an exempt invoice prints the backend’s reason and code, and no rate', () => {
    const { rows, legends } = sectionsOf(ids.exempt).taxes;
    assert.equal(rows[0]!.rate, null);
    assert.equal(rows[0]!.categoryKey, 'vatCategoryE');
    assert.deepEqual(legends, [{ category: 'E', text: 'Steuerfrei nach § 4 Nr. 21 UStG (berufliche Bildung)', standardKey: 'legendE', code: 'VATEX-EU-132-1I' }]);
  });

  test('reverse charge, intra-community, export and outside-scope invoices each carry their legend', () => {
    for (const [id, category] of [
      [ids.domesticReverseCharge, 'AE'],
      [ids.intraCommunity, 'K'],
      [ids.export, 'G'],
      [ids.outsideScope, 'O'],
    ] as const) {
      const legends = sectionsOf(id).taxes.legends;
      assert.equal(legends.length, 1, id);
      assert.equal(legends[0]!.category, category, id);
      assert.ok(legends[0]!.text, `${id} has the backend's text`);
      assert.equal(legends[0]!.standardKey, `legend${category}`, id);
    }
  });

  test('a rateless category without a reason text gets the standard legend', () => {
    const invoice = scenario(ids.domesticReverseCharge);
    invoice.taxes = invoice.taxes.map(({ exemptionReason: _text, exemptionReasonCode: _code, ...tax }) => tax);
    assert.deepEqual(documentSections(invoice).taxes.legends, [{ category: 'AE', text: null, standardKey: 'legendAE', code: null }]);
  });

  test('standard and zero-rated rows have no legend', () => {
    assert.equal(sectionsOf(ids.standardRates).taxes.legends.length, 0);
    assert.equal(sectionsOf(ids.ukVat).taxes.legends.length, 0);
    assert.deepEqual(sectionsOf(ids.ukVat).taxes.rows.map((row) => row.categoryKey), ['vatCategoryS', 'vatCategoryZ']);
  });

  test('an unknown category code is kept as given, unnamed', () => {
    const invoice = scenario(ids.standardRates);
    invoice.taxes = [{ ...invoice.taxes[0]!, category: 'B' }];
    const row = documentSections(invoice).taxes.rows[0]!;
    assert.equal(row.category, 'B');
    assert.equal(row.categoryKey, null);
    assert.equal(row.rate, invoice.taxes[0]!.rate);
  });

  test('a breakdown that disagrees with the lines is shown as sent, not recomputed', () => {
    const invoice = scenario(ids.standardRates);
    invoice.taxes = [{ ...invoice.taxes[0]!, tax: { amountMinor: 1, currency: 'EUR' } }];
    delete invoice.taxTotal;
    const { rows, total } = documentSections(invoice).taxes;
    assert.deepEqual(rows[0]!.tax, { amountMinor: 1, currency: 'EUR' });
    assert.deepEqual(total, { amountMinor: 1, currency: 'EUR' });
  });

  test('US sales taxes (no VAT category) stay in the totals by label and rate, not a VAT table', () => {
    const sections = sectionsOf(ids.usSalesTax);
    assert.equal(sections.taxes.categorised, false);
    assert.deepEqual(
      sections.totals.filter((row) => row.key === 'taxRow').map((row) => (row.key === 'taxRow' ? [row.label, row.rate] : [])),
      [
        ['Washington state sales tax', '6.5'],
        ['Seattle local sales tax', '3.75'],
      ],
    );
  });
});

describe('documentSections: payment', () => {
  test('a SEPA transfer: means text, IBAN grouped in fours (and compact to copy), BIC, remittance reference', () => {
    const payment = sectionsOf(ids.standardRates).payment!;
    assert.equal(payment.meansCode, '58');
    assert.equal(payment.meansText, 'SEPA credit transfer');
    assert.equal(payment.meansKey, null, 'the backend’s text wins over the catalog’s');
    assert.equal(payment.remittanceInformation, 'NWDE-2026-0101');
    assert.deepEqual(payment.accounts, [
      { accountId: 'DE02120300000000202051', iban: true, display: 'DE02 1203 0000 0000 2020 51', accountName: 'Northwind Hosting GmbH', serviceProviderId: 'BYLADEM1001' },
    ]);
    assert.equal(payment.payOnlineUrl, 'https://pay.northwind.example/i/NWDE-2026-0101');
  });

  test('a card payment shows only the last digits; a domestic account number is not grouped', () => {
    assert.deepEqual(sectionsOf(ids.usSalesTax).payment!.card, { lastDigits: '4242', holderName: 'M. Alvarez' });
    const account = sectionsOf(ids.japanQualified).payment!.accounts[0]!;
    assert.equal(account.iban, false);
    assert.equal(account.display, '三菱UFJ銀行 芝支店 普通 1234567');
  });

  test('a means code without text is named from the catalog, an unknown one is kept', () => {
    const invoice = scenario(ids.ukVat);
    invoice.paymentInstructions = { meansCode: '59', directDebit: { mandateReference: 'MANDATE-1', debitedAccountId: 'GB33BUKB20201555555555' } };
    const payment = documentSections(invoice).payment!;
    assert.equal(payment.meansKey, 'paymentMeans59');
    assert.deepEqual(payment.directDebit, { mandateReference: 'MANDATE-1', creditorId: null, debitedAccount: 'GB33 BUKB 2020 1555 5555 55' });
    invoice.paymentInstructions = { meansCode: '97' };
    assert.equal(documentSections(invoice).payment!.meansKey, null);
    assert.equal(documentSections(invoice).payment!.meansCode, '97');
  });

  test('a pay-online URL that is not http(s) is dropped', () => {
    const invoice = scenario(ids.usSalesTax);
    for (const url of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,<b>x</b>', '/relative/pay', 'ftp://pay.example/']) {
      invoice.payOnlineUrl = url;
      assert.equal(documentSections(invoice).payment!.payOnlineUrl, null, url);
    }
  });

  test('no payment block when the invoice gives neither instructions nor a safe pay URL', () => {
    const invoice = scenario(ids.creditNote);
    assert.equal(invoice.paymentInstructions, undefined);
    assert.equal(documentSections(invoice).payment, null);
    assert.equal(documentSections({ ...invoice, payOnlineUrl: 'javascript:alert(1)' }).payment, null);
  });
});

describe('documentSections: references and corrections', () => {
  test('buyer reference, purchase order, contract and project, in EN 16931 order', () => {
    assert.deepEqual(
      sectionsOf(ids.standardRates).references.map((row) => [row.key, row.value]),
      [
        ['buyerReference', '04011000-12345-34'],
        ['purchaseOrderReference', 'PO-2026-4711'],
        ['contractReference', 'RV-2025-017'],
        ['projectReference', 'Cloud-Migration 2026'],
      ],
    );
  });

  test('an invoiced object keeps its scheme', () => {
    assert.deepEqual(sectionsOf(ids.subCentPrices).references.at(-1), { key: 'invoicedObject', value: 'ZÄHLER-7731-A', scheme: 'AWV' });
  });

  test('a corrected invoice and a credit note name the invoice they correct, with its date', () => {
    assert.deepEqual(sectionsOf(ids.corrected).corrects, [{ number: 'NWDE-2026-0103', issueDate: '2026-11-09' }]);
    assert.deepEqual(sectionsOf(ids.creditNote).corrects, [{ number: 'NWDE-2026-0101', issueDate: '2026-11-02' }]);
  });

  test('a credit note linked only by `corrects` still names it', () => {
    const invoice = scenario(ids.creditNote);
    delete invoice.references;
    assert.deepEqual(documentSections(invoice).corrects, [{ number: 'NWDE-2026-0101' }]);
  });
});

describe('documentSections: the parties’ legal ids', () => {
  test('the German seller: legal and trading name, register, VAT id, tax number, electronic address, legal information', () => {
    const seller = sectionsOf(ids.standardRates).seller;
    assert.equal(seller.name, 'Northwind Hosting GmbH');
    assert.deepEqual(
      seller.rows.map((row) => [row.key, row.value, row.scheme]),
      [
        ['legalName', 'Northwind Hosting GmbH', null],
        ['tradingName', 'Northwind Hosting', null],
        ['legalRegistration', 'HRB 123456', 'Amtsgericht Hamburg'],
        ['vatId', 'DE298765431', null],
        ['taxRegistration', '22/345/67890', 'Steuernummer'],
        ['electronicAddress', 'DE298765431', '9930'],
        ['legalInformation', 'Sitz Hamburg, Amtsgericht Hamburg HRB 123456, Geschäftsführerin: Marta Weber', null],
      ],
    );
  });

  test('the buyer’s ids come through too', () => {
    assert.deepEqual(keys(sectionsOf(ids.standardRates).buyer.rows), ['legalRegistration', 'vatId', 'electronicAddress']);
  });

  test('the Japanese seller’s T-number is the qualified-invoice registration number', () => {
    const rows = sectionsOf(ids.japanQualified).seller.rows;
    assert.deepEqual(rows.find((row) => row.value === 'T1234567890123'), { key: 'qualifiedInvoiceIssuer', value: 'T1234567890123', scheme: null });
    assert.equal(rows.filter((row) => row.key === 'vatId').length, 0);
  });

  test('payee and tax representative appear only when the invoice has them', () => {
    const invoice = scenario(ids.standardRates);
    assert.equal(documentSections(invoice).payee, null);
    invoice.payee = { name: 'Factoring Bank AG', legalRegistration: { id: 'HRB 1', scheme: 'AG Köln' } };
    invoice.taxRepresentative = { name: 'Tax Rep BV', taxId: 'NL123456789B01', address: invoice.seller.address };
    const sections = documentSections(invoice);
    assert.deepEqual(sections.payee, { name: 'Factoring Bank AG', rows: [{ key: 'legalRegistration', value: 'HRB 1', scheme: 'AG Köln' }] });
    assert.deepEqual(sections.taxRepresentative, { name: 'Tax Rep BV', rows: [{ key: 'vatId', value: 'NL123456789B01', scheme: null }] });
  });
});

describe('linePrice and formatDecimalMoney', () => {
  test('a sub-cent price keeps every decimal: €0.0088, not €0.01', () => {
    const line = scenario(ids.subCentPrices).lines[0]!;
    assert.equal(line.unitPrice.amountMinor, 1, 'the rounded minor-unit price is 1 cent');
    const price = linePrice(line);
    assert.deepEqual(price, { decimal: '0.0088', currency: 'EUR', baseQuantity: null });
    assert.equal(formatDecimalMoney(price.decimal, price.currency, 'en-US'), '€0.0088');
    assert.equal(formatDecimalMoney(price.decimal, price.currency, 'de-DE'), '0,0088\u00a0€');
  });

  test('a price per base quantity says how many units it is for', () => {
    assert.deepEqual(linePrice(scenario(ids.subCentPrices).lines[1]!), { decimal: '0.35', currency: 'EUR', baseQuantity: '1000' });
  });

  test('a price without a finer decimal is the minor-unit price exactly, with the currency’s decimals', () => {
    const price = linePrice(scenario(ids.japanQualified).lines[0]!);
    assert.deepEqual(price, { decimal: '12000', currency: 'JPY', baseQuantity: null });
    assert.equal(formatDecimalMoney('89', 'EUR', 'en-US'), '€89.00');
  });

  test('groupAccountId groups IBANs written with or without spaces, and leaves other accounts alone', () => {
    assert.deepEqual(groupAccountId('de02 1203 0000 0000 2020 51'), { iban: true, display: 'DE02 1203 0000 0000 2020 51' });
    assert.deepEqual(groupAccountId('123-456'), { iban: false, display: '123-456' });
  });
});

describe('documentSections over every seeded invoice', () => {
  test('every EN 16931 scenario and every generated invoice gives sections without throwing', () => {
    const scenarioIds = Object.values(ids);
    assert.equal(scenarioIds.length, 14);
    for (const id of scenarioIds) documentSections(scenario(id));
    let count = 0;
    for (const customer of CUSTOMERS.slice(0, 3)) {
      for (let index = 0; index < Math.min(customer.invoiceCount, 50); index++) {
        documentSections({ ...generateInvoice(customer, index, null), emails: [] });
        count++;
      }
    }
    assert.ok(count > 0);
  });
});

describe('the document catalog', () => {
  test('every key the sections name is in the English catalog', () => {
    const english = documentTranslations.en as Record<string, unknown>;
    const used = new Set<string>();
    for (const id of Object.values(ids)) {
      const sections = sectionsOf(id);
      used.add(sections.title.key);
      for (const row of [...sections.meta, ...sections.totals, ...sections.references, ...sections.seller.rows, ...sections.buyer.rows]) used.add(row.key);
      for (const row of sections.taxes.rows) if (row.categoryKey) used.add(row.categoryKey);
      for (const legend of sections.taxes.legends) if (legend.standardKey) used.add(legend.standardKey);
    }
    assert.ok(used.size > 30);
    assert.deepEqual([...used].filter((key) => !(key in english)), []);
  });

  test('German and Japanese load and name the corrected invoice in their words', async () => {
    const de = await documentLanguages['de']!.load();
    const ja = await documentLanguages['ja']!.load();
    assert.equal(de.correctedInvoiceTitle!('R-1'), 'Rechnungskorrektur R-1');
    assert.equal(ja.qualifiedInvoiceIssuer, '登録番号');
  });
});
