import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { BillingDataSource } from '../../../src/api/data-source.js';
import '../../../src/elements/invoice-history/invoice-history.js';
import type { InvoiceHistory } from '../../../src/elements/invoice-history/invoice-history.js';
import type { InvoiceDownloadEvent } from '../../../src/elements/invoice-history/invoice-history.events.js';
import { api, query, settled } from './helpers.js';

/** Lists from the backend; the full invoice (for the PDF) comes from `detail`, so its failures can be injected alone. */
function withDetailFrom(detail: BillingDataSource): BillingDataSource & { detailRequests: string[] } {
  const list = api();
  const detailRequests: string[] = [];
  return {
    detailRequests,
    listInvoices: (...args) => list.listInvoices(...args),
    getInvoice: (customerId, invoiceId, signal) => {
      detailRequests.push(invoiceId);
      return detail.getInvoice(customerId, invoiceId, signal);
    },
    sendInvoice: (...args) => list.sendInvoice(...args),
    getSettings: (...args) => list.getSettings(...args),
    saveSettings: (...args) => list.saveSettings(...args),
  };
}

/** Catches the `<a download>` the PDF module clicks, and keeps the browser from saving the file. */
function catchDownload(): Promise<HTMLAnchorElement> {
  return new Promise((resolve) => {
    const listener = (event: MouseEvent) => {
      const link = event.composedPath()[0];
      if (link instanceof HTMLAnchorElement && link.hasAttribute('download')) {
        event.preventDefault();
        document.removeEventListener('click', listener, true);
        resolve(link);
      }
    };
    document.addEventListener('click', listener, true);
  });
}

async function list(dataSource: BillingDataSource): Promise<InvoiceHistory> {
  const element = await fixture<InvoiceHistory>(html`<invoice-history customer-id="cus-small" locale="en-US" .dataSource=${dataSource}></invoice-history>`);
  return settled(element);
}

describe('<invoice-history> Download PDF', () => {
  it('names the invoice in each download button’s accessible name', async () => {
    const element = await list(api());
    const button = query(element, 'tr[data-id="inv-small-1"] [part~="download"]');
    expect(button.getAttribute('aria-label')).to.equal('Download PDF INV-2026-00001');
  });

  it('starts each download button’s accessible name with its visible text, in German too', async () => {
    const element = await fixture<InvoiceHistory>(html`<invoice-history customer-id="cus-small" locale="de-DE" .dataSource=${api()}></invoice-history>`);
    await settled(element);
    await expect(element).to.be.accessible();
    // label-content-name-mismatch is experimental in axe, so off by default: run it on its own.
    const axe = (window as unknown as { axe: { run(context: Element, options: object): Promise<{ violations: unknown[]; passes: unknown[] }> } }).axe;
    const results = await axe.run(element, { runOnly: { type: 'rule', values: ['label-content-name-mismatch'] } });
    expect(results.violations).to.deep.equal([]);
    expect(results.passes).to.not.be.empty;
  });

  it('fires a cancelable invoice-download with the id and summary', async () => {
    const element = await list(api());
    const event = oneEvent(element, 'invoice-download') as Promise<InvoiceDownloadEvent>;
    element.addEventListener('invoice-download', (fired) => fired.preventDefault(), { once: true });
    query(element, 'tr[data-id="inv-small-2"] [part~="download"]').click();
    const fired = await event;
    expect(fired.invoiceId).to.equal('inv-small-2');
    expect(fired.invoice.number).to.be.a('string');
    expect(fired.cancelable && fired.bubbles && fired.composed).to.equal(true);
  });

  it('leaves the download to the host when invoice-download is canceled', async () => {
    const dataSource = withDetailFrom(api());
    const element = await list(dataSource);
    element.addEventListener('invoice-download', (event) => event.preventDefault());
    query(element, 'tr[data-id="inv-small-2"] [part~="download"]').click();
    await element.updateComplete;
    expect(dataSource.detailRequests).to.deep.equal([]);
  });

  it('makes the invoice’s PDF in the browser and downloads it', async () => {
    const dataSource = withDetailFrom(api());
    const element = await list(dataSource);
    const download = catchDownload();
    query(element, 'tr[data-id="inv-small-1"] [part~="download"]').click();
    const link = await download;
    expect(dataSource.detailRequests).to.deep.equal(['inv-small-1']);
    expect(link.download).to.match(/^invoice-.+\.pdf$/);
    const blob = await (await fetch(link.href)).blob();
    expect(blob.type).to.equal('application/pdf');
    expect(blob.size).to.be.greaterThan(1000);
  });

  it('says the PDF could not be made when the invoice cannot be fetched', async () => {
    const element = await list(withDetailFrom(api({ 'X-Billing-Fault': 'status=500' })));
    query(element, 'tr[data-id="inv-small-1"] [part~="download"]').click();
    await waitUntil(() => element.shadowRoot!.querySelector('[part~="download-error"]'), 'no download error shown');
    const message = query(element, '[part~="download-error"]');
    expect(message.getAttribute('role')).to.equal('alert');
    expect(message.textContent).to.contain('could not be created');
    expect(query(element, 'tr[data-id="inv-small-1"] [part~="download"]').getAttribute('aria-disabled')).to.equal('false');
    await expect(element).to.be.accessible();
  });
});
