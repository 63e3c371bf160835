/**
 * `<invoice-detail>` renders what EN 16931 puts on a legal invoice (the document sections), loading the reference
 * backend's scenarios by id over HTTP: VAT breakdown and legends, payment block with a copy button and Pay now,
 * references, legal ids, document titles by type, allowances and charges, prepaid and rounding, exact sub-cent
 * prices; and the bad input a backend can send.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { EN16931_IDS } from '../../../demo/backend/seed-en16931.js';
import type { BillingDataSource } from '../../../src/api/data-source.js';
import type { Invoice } from '../../../src/api/types.js';
import { formatMoney } from '../../../src/format/money.js';
import type { InvoiceDetail } from '../../../src/elements/invoice-detail/invoice-detail.js';
import { api, detail, query } from './helpers.js';

const customers = EN16931_IDS.customers;
const ids = EN16931_IDS.invoices;

/** Which customer each scenario belongs to. */
const CUSTOMER_OF: Record<string, string> = {
  [ids.intraCommunity]: customers.fr,
  [ids.export]: customers.ch,
  [ids.outsideScope]: customers.ch,
  [ids.usSalesTax]: customers.us,
  [ids.ukVat]: customers.uk,
  [ids.japanQualified]: customers.jp,
};
const customerOf = (invoiceId: string): string => CUSTOMER_OF[invoiceId] ?? customers.de;

const show = (invoiceId: string, dataSource?: BillingDataSource, locale = 'en-US') =>
  detail(customerOf(invoiceId), invoiceId, dataSource ?? api(), { locale });

const text = (element: InvoiceDetail, selector: string): string => (query(element, selector).textContent ?? '').replace(/\s+/g, ' ').trim();
const count = (element: InvoiceDetail, selector: string): number => element.shadowRoot!.querySelectorAll(selector).length;

/** A data source over the reference backend whose invoices `change` alters: how bad input reaches the element. */
function altered(change: (invoice: Invoice) => void): BillingDataSource {
  const backend = api();
  return {
    listInvoices: (...args) => backend.listInvoices(...args),
    getInvoice: async (...args) => {
      const invoice = structuredClone(await backend.getInvoice(...args));
      change(invoice);
      return invoice;
    },
    sendInvoice: (...args) => backend.sendInvoice(...args),
    getSettings: (...args) => backend.getSettings(...args),
    saveSettings: (...args) => backend.saveSettings(...args),
  };
}

describe('<invoice-detail> EN 16931 scenarios', () => {
  for (const invoiceId of Object.values(ids)) {
    it(`renders ${invoiceId} accessibly`, async () => {
      const element = await show(invoiceId);
      expect(element.currentState.type).to.equal('loaded');
      await expect(element).to.be.accessible();
    });
  }

  it('shows the VAT breakdown per category and rate, with a VAT total row', async () => {
    const invoice = await api().getInvoice(customers.de, ids.standardRates);
    const element = await show(ids.standardRates);
    expect(count(element, '[part~="vat-breakdown"] tbody tr')).to.equal(invoice.taxes.length);
    const rows = [...element.shadowRoot!.querySelectorAll('[part~="vat-breakdown"] tbody tr')].map((row) => row.textContent!.replace(/\s+/g, ' '));
    expect(rows[0]).to.contain('Standard rate').and.contain('19%').and.contain(formatMoney(invoice.taxes[0]!.taxableAmount, 'en-US'));
    expect(rows[1]).to.contain('7%').and.contain(formatMoney(invoice.taxes[1]!.tax, 'en-US'));
    expect(text(element, '[part~="vat-total"]')).to.contain('VAT total').and.contain(formatMoney(invoice.taxTotal!, 'en-US'));
  });

  it('prints the exemption reason and its code on an exempt invoice, without a rate', async () => {
    const element = await show(ids.exempt);
    expect(text(element, '[part~="legends"]')).to.contain('Steuerfrei nach § 4 Nr. 21 UStG').and.contain('VATEX-EU-132-1I');
    expect(text(element, '[part~="vat-breakdown"] tbody tr')).to.contain('Exempt').and.not.contain('%');
  });

  it('prints the reverse-charge legend', async () => {
    const element = await show(ids.domesticReverseCharge);
    expect(text(element, '[part~="legends"]')).to.contain('Steuerschuldnerschaft des Leistungsempfängers').and.contain('VATEX-EU-AE');
    expect(text(element, '[part~="vat-breakdown"] tbody tr')).to.contain('Reverse charge');
  });

  it('prints the standard legend when the backend gives no reason text', async () => {
    const element = await show(
      ids.intraCommunity,
      altered((invoice) => invoice.taxes.forEach((tax) => (delete tax.exemptionReason, delete tax.exemptionReasonCode))),
    );
    expect(text(element, '[part~="legends"]')).to.equal('Intra-community supply, exempt from VAT.');
  });

  it('a credit note shows neither status nor due date, and names the invoice it corrects with its date', async () => {
    const element = await show(ids.creditNote);
    expect(text(element, 'h2')).to.equal('Credit note NWDE-GS-2026-0007');
    expect(count(element, '[part~="status"]')).to.equal(0);
    expect(text(element, '[part~="meta"]')).to.not.contain('Due date');
    expect(text(element, '[part~="corrects"]')).to.equal('Corrects invoice NWDE-2026-0101 of Nov 2, 2026');
  });

  it('an invoice keeps its status and due date', async () => {
    const element = await show(ids.standardRates);
    expect(count(element, '[part~="status"]')).to.equal(1);
    expect(text(element, '[part~="meta"]')).to.contain('Due date');
  });

  it('titles a corrected invoice, names what it corrects, and titles a self-billed invoice', async () => {
    const corrected = await show(ids.corrected);
    expect(text(corrected, 'h2')).to.equal('Corrected invoice NWDE-2026-0106');
    expect(text(corrected, '[part~="corrects"]')).to.contain('NWDE-2026-0103');
    const selfBilled = await show(ids.selfBilled);
    expect(text(selfBilled, 'h2')).to.equal('Self-billed invoice HCL-GS-2026-0042');
  });

  it('lists document allowances and charges and their totals in EN 16931 order', async () => {
    const invoice = await api().getInvoice(customers.de, ids.standardRates);
    const element = await show(ids.standardRates);
    expect(count(element, '[part~="allowances-charges"] tbody tr')).to.equal(2);
    expect(text(element, '[data-allowance-charge="allowance"]')).to.contain('Treuerabatt').and.contain(formatMoney({ ...invoice.allowanceTotal!, amountMinor: -5_000 }, 'en-US'));
    expect(text(element, '[data-allowance-charge="charge"]')).to.contain('Versand der Bücher');
    const order = [...element.shadowRoot!.querySelectorAll<HTMLElement>('[part~="totals"] dt')].map((dt) => dt.dataset.total);
    expect(order).to.deep.equal(['subtotal', 'lineDiscounts', 'lineNetTotal', 'allowanceTotal', 'chargeTotal', 'netTotal', 'taxTotal', 'total', 'amountPaid', 'amountDue']);
    expect(text(element, 'dd[data-total="netTotal"]')).to.equal(formatMoney(invoice.netTotal!, 'en-US'));
  });

  it('shows the prepaid amount and the rounding', async () => {
    const invoice = await api().getInvoice(customers.de, ids.prepaidRounding);
    const element = await show(ids.prepaidRounding);
    expect(text(element, 'dt[data-total="prepaidAmount"]')).to.equal('Paid in advance');
    expect(text(element, 'dd[data-total="prepaidAmount"]')).to.equal(formatMoney({ ...invoice.prepaidAmount!, amountMinor: -50_000 }, 'en-US'));
    expect(text(element, 'dd[data-total="roundingAmount"]')).to.equal(formatMoney(invoice.roundingAmount!, 'en-US'));
  });

  it('shows a sub-cent unit price with its full precision, the base quantity, unit codes and line notes', async () => {
    const element = await show(ids.subCentPrices);
    const prices = [...element.shadowRoot!.querySelectorAll('[part~="unit-price"]')].map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim());
    expect(prices[0]).to.equal('€0.0088');
    expect(prices[1]).to.match(/^€0\.35\s*per 1,000 Aufrufe$/);
    expect(text(element, '[part~="unit-code"]')).to.equal('KWH');
    const standard = await show(ids.standardRates);
    expect(text(standard, '[part~="line-note"]')).to.equal('Note: 25 % Rabatt im ersten Quartal');
  });

  it('shows the payment block: means, grouped IBAN, BIC, reference, and Pay now', async () => {
    const element = await show(ids.standardRates);
    const block = text(element, '[part~="payment"]');
    expect(block).to.contain('SEPA credit transfer').and.contain('BYLADEM1001').and.contain('NWDE-2026-0101');
    expect(text(element, '[part~="account-id"]')).to.equal('DE02 1203 0000 0000 2020 51');
    const pay = query(element, '[part~="pay-now"]') as HTMLAnchorElement;
    expect(pay.href).to.equal('https://pay.northwind.example/i/NWDE-2026-0101');
    expect(pay.textContent!.trim()).to.equal('Pay now');
  });

  it('copies the IBAN from the keyboard and announces it', async () => {
    const element = await show(ids.standardRates);
    const button = query(element, '[part~="copy-iban"]') as HTMLButtonElement;
    const status = query(element, '[part~="copy-status"]');
    expect(status.getAttribute('role')).to.equal('status');
    expect(status.textContent).to.equal('');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => status.textContent === 'Copied', 'the copy was not announced');
    await expect(element).to.be.accessible();
  });

  it('shows card payments by their last digits only', async () => {
    const element = await show(ids.usSalesTax);
    expect(text(element, '[part~="payment"]')).to.contain('Card ending in 4242');
    expect(count(element, '[part~="copy-iban"]')).to.equal(0);
  });

  it('shows the references block', async () => {
    const element = await show(ids.standardRates);
    const references = text(element, '[part~="references"]');
    expect(references).to.contain('Your reference').and.contain('04011000-12345-34').and.contain('PO-2026-4711').and.contain('RV-2025-017').and.contain('Cloud-Migration 2026');
  });

  it('shows the parties’ legal ids', async () => {
    const element = await show(ids.standardRates);
    const seller = text(element, '[part~="seller-ids"]');
    expect(seller).to.contain('HRB 123456 (Amtsgericht Hamburg)').and.contain('DE298765431 (9930)').and.contain('22/345/67890 (Steuernummer)').and.contain('Legal name');
    expect(text(element, '[part~="buyer-ids"]')).to.contain('HRB 987654').and.contain('DE811907980 (9930)');
    expect(text(element, '[part~="header"]')).to.contain('Tax ID: DE298765431');
  });

  it('names the Japanese registration number in Japanese', async () => {
    const element = await show(ids.japanQualified, undefined, 'ja-JP');
    expect(text(element, '[part~="header"]')).to.contain('登録番号: T1234567890123');
    expect(text(element, '[part~="vat-breakdown"]')).to.contain('10%').and.contain('8%');
    await expect(element).to.be.accessible();
  });

  it('leaves a simple invoice as it was: no breakdown table, payment, references or legal ids', async () => {
    const element = await detail('cus-small', 'inv-small-1');
    for (const part of ['vat-breakdown', 'legends', 'payment', 'references', 'legal-ids', 'allowances-charges', 'corrects']) {
      expect(count(element, `[part~="${part}"]`), part).to.equal(0);
    }
    expect(count(element, '[part~="status"]')).to.equal(1);
    expect(text(element, '[part~="meta"]')).to.contain('Due date');
  });
});

describe('<invoice-detail> EN 16931 bad input', () => {
  it('renders a breakdown that disagrees with the lines as sent', async () => {
    const element = await show(
      ids.standardRates,
      altered((invoice) => (invoice.taxes[0]!.tax = { amountMinor: 1, currency: 'EUR' })),
    );
    expect(element.currentState.type).to.equal('loaded');
    expect(text(element, '[part~="vat-breakdown"] tbody tr')).to.contain('€0.01');
    await expect(element).to.be.accessible();
  });

  it('shows unknown category and type codes as given', async () => {
    const element = await show(
      ids.standardRates,
      altered((invoice) => {
        invoice.taxes[0]!.category = 'XY';
        delete invoice.documentType;
        invoice.typeCode = '326';
      }),
    );
    expect(text(element, '[part~="vat-breakdown"] tbody tr')).to.contain('XY');
    expect(text(element, 'h2')).to.equal('Invoice NWDE-2026-0101 (type 326)');
  });

  it('never makes a javascript: pay URL a link', async () => {
    const element = await show(ids.usSalesTax, altered((invoice) => (invoice.payOnlineUrl = 'javascript:alert(document.domain)')));
    expect(count(element, '[part~="pay-now"]')).to.equal(0);
    expect(count(element, 'a[href^="javascript"]')).to.equal(0);
    expect(text(element, '[part~="payment"]')).to.contain('Card ending in 4242');
  });
});
