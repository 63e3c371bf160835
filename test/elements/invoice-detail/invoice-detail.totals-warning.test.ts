import { expect } from '@open-wc/testing';
import { EN16931_IDS } from '../../../demo/backend/seed-en16931.js';
import type { Invoice } from '../../../src/api/types.js';
import { formatMoney } from '../../../src/format/money.js';
import { checkInvoiceTotals } from '../../../src/invoice/check-invoice-totals.js';
import { api, detail, detailOf, query, visibleText } from './helpers.js';

// An EN 16931 seed invoice that adds up; the backend's `body=totals-off` fault sends it with a total (and amount due)
// one euro too high, so that it breaks BR-CO-15 (total with VAT = total without VAT + VAT) and nothing else.
const customerId = EN16931_IDS.customers.de;
const invoiceId = EN16931_IDS.invoices.standardRates;
const faulty = () => api({ faults: 'body=totals-off' });

function warning(element: Element): Element | null {
  return element.shadowRoot!.querySelector('[part~="totals-warning"]');
}

/** How many notices are shown: a count, so that a failing assertion prints a number, not a DOM node. */
function warningCount(element: Element): number {
  return element.shadowRoot!.querySelectorAll('[part~="totals-warning"]').length;
}

describe('<invoice-detail> totals that do not add up', () => {
  it('tells the reseller which rule the figures break, in plain words, with the figure sent and the rule’s', async () => {
    const real = await api().getInvoice(customerId, invoiceId);
    const element = await detail(customerId, invoiceId, faulty(), { showMsrp: true });
    const notice = warning(element);
    expect(warningCount(element), 'the reseller sees the notice').to.equal(1);
    const findings = [...notice!.querySelectorAll<HTMLElement>('li[data-rule]')];
    expect(findings.map((item) => item.dataset.rule)).to.deep.equal(['BR-CO-15']);
    const text = findings[0]!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('The total with VAT is not the total without VAT plus the VAT (BR-CO-15)');
    expect(text).to.contain(formatMoney({ ...real.total, amountMinor: real.total.amountMinor + 100 }, 'en-US'));
    expect(text).to.contain(formatMoney(real.total, 'en-US'));
    expect(notice!.textContent).to.contain('These figures do not add up');
    await expect(element).to.be.accessible();
  });

  it('still shows the backend’s own figures beneath the notice', async () => {
    const real = await api().getInvoice(customerId, invoiceId);
    const element = await detail(customerId, invoiceId, faulty(), { showMsrp: true });
    const totals = query(element, '[part~="totals"]').textContent!;
    expect(totals).to.contain(formatMoney({ ...real.total, amountMinor: real.total.amountMinor + 100 }, 'en-US'));
    expect(totals).to.not.contain(formatMoney(real.total, 'en-US'));
  });

  it('never shows the notice to the customer', async () => {
    const element = await detail(customerId, invoiceId, faulty(), { showMsrp: false });
    expect(element.currentState.type).to.equal('loaded');
    expect(warningCount(element)).to.equal(0);
    expect(visibleText(element)).to.not.contain('BR-CO-15');
    await expect(element).to.be.accessible();
  });

  it('shows no notice to the reseller when the figures add up', async () => {
    const element = await detail(customerId, invoiceId, api(), { showMsrp: true });
    expect(element.currentState.type).to.equal('loaded');
    expect(warningCount(element)).to.equal(0);
  });

  it('says it in the element’s language', async () => {
    const element = await detail(customerId, invoiceId, faulty(), { showMsrp: true, locale: 'de-DE' });
    const text = warning(element)!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('Diese Beträge gehen nicht auf');
    expect(text).to.contain('Der Bruttobetrag ist nicht der Nettobetrag zuzüglich Umsatzsteuer (BR-CO-15)');
    await expect(element).to.be.accessible();
  });

  it('renders an invoice whose lines, VAT breakdown and totals all disagree, listing every rule broken', async () => {
    // The backend's invoice, then broken the way a faulty export breaks one: a line total changed, the VAT breakdown
    // gone, and a line in a category code nobody knows.
    const real = await api().getInvoice(customerId, invoiceId);
    const [first, second, ...rest] = real.lines;
    expect(second, 'the seed invoice has at least two lines').to.not.equal(undefined);
    const broken: Invoice = {
      ...real,
      lines: [{ ...first!, lineTotal: { ...first!.lineTotal, amountMinor: first!.lineTotal.amountMinor + 7 } }, { ...second!, vatCategory: 'XX' }, ...rest],
      taxes: [],
    };
    const rules = checkInvoiceTotals(broken).map((finding) => finding.rule);
    expect(rules.length).to.be.greaterThan(2);
    const element = await detailOf(broken, null, true);
    expect(element.currentState.type).to.equal('loaded');
    const shown = [...warning(element)!.querySelectorAll<HTMLElement>('li[data-rule]')].map((item) => item.dataset.rule);
    expect(shown).to.deep.equal(rules);
    expect(query(element, '[part~="totals"]').textContent).to.contain(formatMoney(real.total, 'en-US'));
    await expect(element).to.be.accessible();
  });
});
