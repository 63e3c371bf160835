/**
 * `einvoiceProblems`: what each format requires that an invoice lacks, named by term and rule — nothing for an
 * invoice that has it all, and each missing piece for one that does not. Needs no rules folder: it is the package's
 * own check, which the rule-based tests (write-einvoice.node.test.ts) hold against the official rules.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Invoice } from '../../src/api/types.ts';
import { EINVOICE_FORMATS, einvoiceProblems } from '../../src/einvoice/einvoice.ts';
import { CUSTOMERS, generateInvoice } from '../../demo/backend/seed.ts';
import { EN16931_IDS } from '../../demo/backend/seed-en16931.ts';

const scenario = (id: string): Invoice => {
  for (const customer of CUSTOMERS) {
    const found = customer.invoices?.(null).find((invoice) => invoice.id === id);
    if (found) return { ...found, emails: [] };
  }
  throw new Error(`no scenario ${id}`);
};
const rules = (invoice: Invoice, format: (typeof EINVOICE_FORMATS)[number]) => einvoiceProblems(invoice, format).map((problem) => `${problem.term} ${problem.rule}`);

describe('einvoiceProblems', () => {
  test('an invoice with everything XRechnung and Peppol ask for has no problem in any format', () => {
    const invoice = scenario(EN16931_IDS.invoices.standardRates);
    assert.equal(EINVOICE_FORMATS.length, 4);
    for (const format of EINVOICE_FORMATS) assert.deepEqual(einvoiceProblems(invoice, format), [], format);
  });

  test('XRechnung names the missing buyer reference (BT-10) and the electronic addresses; plain EN 16931 needs none of them', () => {
    const invoice = scenario(EN16931_IDS.invoices.ukVat);
    assert.deepEqual(rules(invoice, 'xrechnung-ubl'), ['BT-34 PEPPOL-EN16931-R020', 'BT-49 PEPPOL-EN16931-R010', 'BT-10 BR-DE-15']);
    assert.match(einvoiceProblems(invoice, 'xrechnung-ubl')[2]!.message, /XRechnung requires a buyer reference \(BT-10\)/);
    assert.deepEqual(rules(invoice, 'cii'), []);
    assert.deepEqual(rules(invoice, 'factur-x'), []);
  });

  test('Peppol accepts a purchase order reference (BT-13) for the buyer reference, but not a missing one', () => {
    const invoice = scenario(EN16931_IDS.invoices.ukVat);
    assert.deepEqual(rules(invoice, 'peppol-ubl'), ['BT-34 PEPPOL-EN16931-R020', 'BT-49 PEPPOL-EN16931-R010']);
    assert.ok(rules({ ...invoice, references: {} }, 'peppol-ubl').includes('BT-10 PEPPOL-EN16931-R003'));
  });

  test('XRechnung names a seller contact, addresses and payment instructions that are missing', () => {
    const invoice = scenario(EN16931_IDS.invoices.standardRates);
    const bare: Invoice = {
      ...invoice,
      seller: { ...invoice.seller, contact: undefined, email: null, address: { ...invoice.seller.address, city: '' } },
      paymentInstructions: undefined,
    };
    assert.deepEqual(rules(bare, 'xrechnung-ubl'), ['BT-41 BR-DE-5', 'BT-42 BR-DE-6', 'BT-43 BR-DE-7', 'BT-37 BR-DE-3', 'BG-16 BR-DE-1']);
  });

  test('a seller known only by a VAT id it may not show (category O) needs a legal registration (BR-CO-26)', () => {
    const invoice = scenario(EN16931_IDS.invoices.outsideScope);
    assert.deepEqual(rules(invoice, 'cii'), []);
    const problems = einvoiceProblems({ ...invoice, seller: { ...invoice.seller, legalRegistration: undefined } }, 'cii');
    assert.deepEqual(problems.map((problem) => problem.rule), ['BR-CO-26']);
    assert.match(problems[0]!.message, /not subject to VAT \(category O\)/);
  });

  test('an exempt invoice without its legend names BT-120 (BR-E-10)', () => {
    const invoice = scenario(EN16931_IDS.invoices.exempt);
    const withoutLegend = { ...invoice, taxes: invoice.taxes.map(({ exemptionReason: _reason, exemptionReasonCode: _code, ...row }) => row) };
    assert.deepEqual(rules(withoutLegend, 'cii'), ['BT-120 BR-E-10']);
  });

  test('taxes that are not VAT (US state and local sales tax) are named, by their labels', () => {
    const problems = einvoiceProblems(scenario(EN16931_IDS.invoices.usSalesTax), 'cii');
    const notVat = problems.find((problem) => problem.term === 'BG-23');
    assert.match(notVat?.message ?? '', /Washington state sales tax \(6\.5 %\), Seattle local sales tax \(3\.75 %\) are taxes of another kind/);
  });

  test('KWD amounts with a third decimal cannot be written in the two EN 16931 allows', () => {
    const kwd = CUSTOMERS.find((customer) => customer.currency === 'KWD')!;
    const problems = einvoiceProblems({ ...generateInvoice(kwd, 0, null), emails: [] }, 'cii');
    assert.deepEqual(problems.map((problem) => problem.rule), ['BR-DEC-23']);
    assert.match(problems[0]!.message, /in KWD this invoice has amounts with three/);
  });

  test('figures that do not add up are named by their rule', () => {
    const invoice = scenario(EN16931_IDS.invoices.standardRates);
    const problems = rules({ ...invoice, total: { ...invoice.total, amountMinor: invoice.total.amountMinor + 1 } }, 'cii');
    assert.ok(problems.includes('BG-22 BR-CO-15'), problems.join());
  });
});
