import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { seededInvoices } from '../../../demo/backend/seed.js';
import '../../../src/elements/invoice-history/invoice-history.js';
import type { InvoiceHistory } from '../../../src/elements/invoice-history/invoice-history.js';
import type { InvoiceHistoryRequestEvent, InvoiceSelectEvent } from '../../../src/elements/invoice-history/invoice-history.events.js';
import { formatMoney } from '../../../src/format/money.js';
import { api, expectedOrder, query, RecordingDataSource, rowIds, settled, shadow } from './helpers.js';

async function tile(customerId: string, dataSource = new RecordingDataSource(), attributes = ''): Promise<InvoiceHistory> {
  const element = await fixture<InvoiceHistory>(
    html`<invoice-history variant="tile" customer-id=${customerId} locale="en-US" tile-size=${attributes || '5'} .dataSource=${dataSource}></invoice-history>`,
  );
  return settled(element);
}

describe('<invoice-history variant="tile">', () => {
  it('lists the latest invoices, newest first', async () => {
    const dataSource = new RecordingDataSource();
    const element = await tile('cus-medium', dataSource);
    expect(dataSource.lastQuery).to.deep.equal({ limit: 5, sort: 'issueDate', order: 'desc' });
    const newest = expectedOrder(seededInvoices('cus-medium')!.summaries, (summary) => summary.issueDate, 'desc');
    expect(rowIds(element)).to.deep.equal(newest.slice(0, 5));
    await expect(element).to.be.accessible();
  });

  it('shows as many invoices as `tile-size` asks for', async () => {
    const element = await tile('cus-medium', new RecordingDataSource(), '3');
    expect(rowIds(element)).to.have.length(3);
  });

  it('ignores list filters, so the tile always shows the latest', async () => {
    const dataSource = new RecordingDataSource();
    const element = await fixture<InvoiceHistory>(
      html`<invoice-history variant="tile" customer-id="cus-medium" status="void" search="x" .dataSource=${dataSource}></invoice-history>`,
    );
    await settled(element);
    expect(dataSource.lastQuery.status).to.equal(undefined);
    expect(dataSource.lastQuery.search).to.equal(undefined);
    expect(shadow(element).querySelector('form')).to.equal(null);
  });

  it('shows the balance due in the customer’s currency', async () => {
    const page = await api().listInvoices('cus-medium', { limit: 1 });
    const element = await tile('cus-medium');
    const owed = page.balanceDue.filter((money) => money.amountMinor !== 0);
    expect(owed.length).to.be.greaterThan(0);
    expect(query(element, '[part~="balance"] dd').textContent!.trim()).to.equal(owed.map((money) => formatMoney(money, 'en-US')).join(' · '));
  });

  it('fires invoice-history-request when "View invoice history" is pressed', async () => {
    const element = await tile('cus-small');
    const event = oneEvent(element, 'invoice-history-request') as Promise<InvoiceHistoryRequestEvent>;
    query(element, '[part~="view-history"]').click();
    const fired = await event;
    expect(fired.customerId).to.equal('cus-small');
    expect(fired.bubbles && fired.composed).to.equal(true);
  });

  it('fires invoice-select when an invoice in the tile is opened', async () => {
    const element = await tile('cus-small');
    const event = oneEvent(element, 'invoice-select') as Promise<InvoiceSelectEvent>;
    query(element, '[part~="row"] [part~="open"]').click();
    expect((await event).invoiceId).to.equal(rowIds(element)[0]);
  });

  it('says there are no invoices yet for a customer without any', async () => {
    const element = await tile('cus-empty');
    expect(query(element, '[part~="empty"]').textContent).to.contain('No invoices yet');
    await expect(element).to.be.accessible();
  });

  it('shows an error with Retry when loading fails', async () => {
    const element = await tile('cus-small', new RecordingDataSource(() => api({ 'X-Billing-Fault': 'status=503' })));
    expect(query(element, '[part~="error"]').textContent).to.contain('The billing service had a problem');
    expect(query(element, '[part~="retry"]')).to.exist;
    await expect(element).to.be.accessible();
  });

  it('is busy while loading', async () => {
    const element = await fixture<InvoiceHistory>(
      html`<invoice-history variant="tile" customer-id="cus-small" .dataSource=${api({ 'X-Billing-Fault': 'hang' })}></invoice-history>`,
    );
    await element.updateComplete;
    expect(query(element, '[part~="body"]').getAttribute('aria-busy')).to.equal('true');
    await expect(element).to.be.accessible();
  });
});
