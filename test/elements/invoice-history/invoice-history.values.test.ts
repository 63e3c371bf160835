import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { InvoicePage, InvoiceQuery, InvoiceSummary } from '../../../src/api/types.js';
import '../../../src/elements/invoice-history/invoice-history.js';
import type { InvoiceHistory } from '../../../src/elements/invoice-history/invoice-history.js';
import { api, query, RecordingDataSource, settled } from './helpers.js';

/** Values a backend or an adapter can hand over that break naive decoding, encoding or formatting. */
const HOSTILE = ['%E0%A4%A', '%', '\uD800', 'a\uDFFFb', 'nul\u0000nul', 'x'.repeat(100_000)];

/** Every string field of a row, the id and dates and currency included, set to `value`. */
function hostileRow(template: InvoiceSummary, value: string, index: number): InvoiceSummary {
  const money = (amountMinor: number) => ({ amountMinor, currency: value });
  return {
    ...template,
    id: `${value}${index}`,
    number: value,
    description: value,
    issueDate: value,
    dueDate: value,
    status: value as InvoiceSummary['status'],
    kind: value as InvoiceSummary['kind'],
    corrects: { id: value, number: value },
    total: money(template.total.amountMinor),
    amountDue: money(template.amountDue.amountMinor),
  };
}

/** The reference backend's first page, with each row's fields replaced by one hostile value. */
class HostileSource extends RecordingDataSource {
  override async listInvoices(customerId: string, query: InvoiceQuery, signal?: AbortSignal): Promise<InvoicePage> {
    const page = await super.listInvoices(customerId, query, signal);
    const template = page.items[0]!;
    return { ...page, items: HOSTILE.map((value, index) => hostileRow(template, value, index)) };
  }
}

describe('<invoice-history> with malformed values', () => {
  it('renders every row whose fields hold malformed percent-sequences, lone surrogates, NUL or 100 KB strings', async () => {
    const element = await fixture<InvoiceHistory>(
      html`<invoice-history customer-id="cus-small" locale="en-US" href-template="/billing/{id}?from=%7B" .dataSource=${new HostileSource()}></invoice-history>`,
    );
    await settled(element);
    expect(element.currentState.type).to.equal('loaded');
    const rows = element.shadowRoot!.querySelectorAll('tr[data-id]');
    expect(rows.length).to.equal(HOSTILE.length);
    // The lone surrogate's row links to the id with U+FFFD in its place (encodeURIComponent alone throws).
    const link = element.shadowRoot!.querySelector<HTMLAnchorElement>(`tr[data-id="${'\uD800'}2"] a[part~="open"]`)!;
    expect(link.getAttribute('href')).to.contain('/billing/%EF%BF%BD2');
    await expect(element).to.be.accessible({ ignoredRules: ['duplicate-id', 'duplicate-id-aria'] });
  });
});

describe('<invoice-history> ids', () => {
  it('shows the idle message for a customer-id of only spaces', async () => {
    const element = await fixture<InvoiceHistory>(html`<invoice-history customer-id="   " locale="en-US" .dataSource=${api()}></invoice-history>`);
    await element.updateComplete;
    expect(element.currentState.type).to.equal('idle');
    expect(query(element, '[part~="idle"]').textContent).to.contain('Choose a customer');
    await expect(element).to.be.accessible();
  });

  it('downloads with the customer id the list was loaded with, trimmed', async () => {
    const asked: string[] = [];
    const dataSource = new RecordingDataSource();
    dataSource.getInvoice = (customerId, invoiceId, signal) => {
      asked.push(customerId);
      return api().getInvoice(customerId, invoiceId, signal);
    };
    const element = await fixture<InvoiceHistory>(html`<invoice-history customer-id="  cus-small " locale="en-US" .dataSource=${dataSource}></invoice-history>`);
    await settled(element);
    // Keeps the browser from saving the file: the PDF module clicks an `<a download>` in the document.
    const keep = (event: MouseEvent) => {
      if (event.composedPath()[0] instanceof HTMLAnchorElement) event.preventDefault();
    };
    document.addEventListener('click', keep, true);
    after(() => document.removeEventListener('click', keep, true));
    query(element, 'tr[data-id="inv-small-1"] [part~="download"]').click();
    await waitUntil(() => asked.length > 0, 'the invoice was never fetched');
    expect(asked).to.deep.equal(['cus-small']);
  });
});
