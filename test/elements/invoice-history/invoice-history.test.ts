import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { seededInvoices } from '../../../demo/backend/seed.js';
import type { BillingDataSource } from '../../../src/api/data-source.js';
import { BillingError } from '../../../src/api/errors.js';
import type { InvoicePage } from '../../../src/api/types.js';
import '../../../src/elements/invoice-history/invoice-history.js';
import type { InvoiceHistory } from '../../../src/elements/invoice-history/invoice-history.js';
import type { InvoiceSelectEvent } from '../../../src/elements/invoice-history/invoice-history.events.js';
import type { AuthRequiredEvent } from '../../../src/events/auth-required.js';
import { formatMoney } from '../../../src/format/money.js';
import { api, clickAndSettle, expectedOrder, positionText, query, RecordingDataSource, rowIds, settled, shadow } from './helpers.js';

async function list(customerId: string, dataSource: BillingDataSource = api(), extra: Partial<InvoiceHistory> = {}): Promise<InvoiceHistory> {
  const element = await fixture<InvoiceHistory>(
    html`<invoice-history customer-id=${customerId} locale="en-US" .dataSource=${dataSource}></invoice-history>`,
  );
  Object.assign(element, extra);
  return settled(element);
}

function cellText(element: InvoiceHistory, id: string, column: number): string {
  const cells = query(element, `tr[data-id="${id}"]`).querySelectorAll('th, td');
  const cell = cells[column]!.cloneNode(true) as HTMLElement;
  // Only layout whitespace is collapsed; the no-break spaces Intl puts in amounts and dates are kept.
  return cell.textContent!.replace(/[ \t\n\r]+/g, ' ').trim();
}

describe('<invoice-history> states', () => {
  it('shows skeleton rows in a busy table while loading', async () => {
    const element = await fixture<InvoiceHistory>(
      html`<invoice-history customer-id="cus-small" .dataSource=${api({ 'X-Billing-Fault': 'hang' })}></invoice-history>`,
    );
    await element.updateComplete;
    expect(element.currentState.type).to.equal('loading');
    expect(query(element, 'table').getAttribute('aria-busy')).to.equal('true');
    expect(shadow(element).querySelectorAll('.skeleton-row').length).to.be.greaterThan(0);
    expect(query(element, '[role="status"]').textContent).to.contain('Loading invoices');
    await expect(element).to.be.accessible();
  });

  it('lists the customer’s invoices in a captioned table with every column', async () => {
    const element = await list('cus-small');
    expect(rowIds(element)).to.have.members(['inv-small-1', 'inv-small-2', 'inv-small-3']);
    const headers = [...shadow(element).querySelectorAll('thead th')].map((th) => th.textContent!.replace(/[▲▼↕]/g, '').trim());
    expect(headers).to.deep.equal(['Invoice', 'Issue date', 'Due date', 'Status', 'Total', 'Amount due', 'Actions']);
    expect(query(element, 'table caption').textContent).to.contain('Invoices');
    expect(query(element, 'table').getAttribute('aria-busy')).to.equal('false');
    await expect(element).to.be.accessible();
  });

  it('shows each row’s dates, status and amounts formatted for the locale', async () => {
    const page = await api().listInvoices('cus-small', {});
    const element = await list('cus-small');
    const invoice = page.items.find((item) => item.id === 'inv-small-2')!;
    expect(cellText(element, invoice.id, 0)).to.contain(invoice.number);
    expect(cellText(element, invoice.id, 1)).to.equal(new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${invoice.issueDate}T00:00:00Z`)));
    expect(cellText(element, invoice.id, 3)).to.equal('Open');
    expect(cellText(element, invoice.id, 4)).to.equal(formatMoney(invoice.total, 'en-US'));
    expect(cellText(element, invoice.id, 5)).to.equal(formatMoney(invoice.amountDue, 'en-US'));
  });

  for (const [customerId, currency] of [
    ['cus-small', 'USD'],
    ['cus-medium', 'EUR'],
    ['cus-gbp', 'GBP'],
    ['cus-yen', 'JPY'],
    ['cus-kwd', 'KWD'],
  ] as const) {
    it(`shows totals in ${currency} with that currency’s minor unit (${customerId})`, async () => {
      const page = await api().listInvoices(customerId, { limit: 25 });
      const element = await list(customerId);
      const first = page.items[0]!;
      expect(first.total.currency).to.equal(currency);
      expect(cellText(element, first.id, 4)).to.equal(formatMoney(first.total, 'en-US'));
      await expect(element).to.be.accessible();
    });
  }

  it('labels credit notes and shows their negative amounts', async () => {
    const element = await list('cus-small');
    const number = cellText(element, 'inv-small-3', 0);
    expect(number).to.contain('Credit note');
    expect(number).to.match(/Corrects/);
    expect(cellText(element, 'inv-small-3', 4)).to.match(/^[-−]/);
  });

  it('marks overdue invoices with the word "Overdue", not colour alone', async () => {
    const element = await list('cus-medium', api(), { statuses: ['overdue'] });
    await settled(element);
    const badges = [...shadow(element).querySelectorAll('[part~="status-overdue"]')];
    expect(badges.length).to.be.greaterThan(0);
    expect(badges.length).to.equal(rowIds(element).length);
    expect(badges.every((badge) => badge.textContent!.includes('Overdue'))).to.equal(true);
    expect(shadow(element).querySelectorAll('[part~="row-overdue"]').length).to.equal(badges.length);
  });

  it('says so when the customer has no invoices yet, without a "clear filters" action', async () => {
    const element = await list('cus-empty');
    expect(element.currentState).to.deep.include({ type: 'empty', filtered: false });
    expect(query(element, '[part~="empty"]').textContent).to.contain('No invoices yet');
    expect(shadow(element).querySelector('[part~="empty"] [part~="clear-filters"]')).to.equal(null);
    expect(shadow(element).querySelector('table')).to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('says the filters exclude everything, and offers to clear them', async () => {
    const element = await list('cus-small', api(), { search: 'no-such-invoice-anywhere' });
    await settled(element);
    expect(element.currentState).to.deep.include({ type: 'empty', filtered: true });
    expect(query(element, '[part~="empty"]').textContent).to.contain('No invoices match these filters');
    await expect(element).to.be.accessible();
  });

  it('shows every invoice again after "clear filters" in the empty state', async () => {
    const element = await list('cus-small', api(), { search: 'no-such-invoice-anywhere', statuses: ['void'] });
    await settled(element);
    await clickAndSettle(element, '[part~="empty"] [part~="clear-filters"]');
    expect(rowIds(element)).to.have.length(3);
    expect(element.search).to.equal('');
    expect(element.statuses).to.deep.equal([]);
    expect(query<HTMLInputElement>(element, 'input[name="search"]').value).to.equal('');
  });

  it('shows a clear message and Retry when the server fails', async () => {
    const element = await list('cus-small', api({ 'X-Billing-Fault': 'status=500' }));
    expect(element.currentState.type).to.equal('error');
    const error = query(element, '[part~="error"]');
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent).to.contain('The billing service had a problem');
    expect(query(element, '[part~="retry"]').textContent).to.contain('Retry');
    await expect(element).to.be.accessible();
  });

  it('loads again when Retry is pressed', async () => {
    const dataSource = new RecordingDataSource((_, index) => (index === 0 ? api({ 'X-Billing-Fault': 'status=503' }) : api()));
    const element = await list('cus-small', dataSource);
    expect(element.currentState.type).to.equal('error');
    await clickAndSettle(element, '[part~="retry"]');
    expect(rowIds(element)).to.have.length(3);
  });

  for (const body of ['wrong-shape', 'malformed', 'truncated', 'empty']) {
    it(`explains a ${body} response body instead of showing wrong rows`, async () => {
      const element = await list('cus-small', api({ 'X-Billing-Fault': `body=${body}` }));
      expect(shadow(element).querySelector('tbody')).to.equal(null);
      expect(query(element, '[part~="error"]').textContent).to.contain('could not be read');
    });
  }

  it('says when too many requests were made', async () => {
    const element = await list('cus-small', api({ 'X-Billing-Fault': 'status=429;retry-after=5' }));
    expect(query(element, '[part~="error"]').textContent).to.contain('Too many requests');
  });

  it('says the service took too long when the request times out', async () => {
    const element = await list('cus-small', api({ 'X-Billing-Fault': 'hang' }, 300));
    expect(query(element, '[part~="error"]').textContent).to.contain('took too long');
  });

  it('says the service could not be reached when the network fails', async () => {
    const { RestDataSource } = await import('../../../src/api/rest-data-source.js');
    const unreachable = new RestDataSource({ baseUrl: 'http://127.0.0.1:9/api' });
    const element = await list('cus-small', unreachable);
    expect(query(element, '[part~="error"]').textContent).to.contain('could not be reached');
  });

  it('says an unknown customer was not found', async () => {
    const element = await list('cus-does-not-exist');
    expect(query(element, '[part~="error"]').textContent).to.contain('not found');
  });

  for (const status of [401, 403] as const) {
    it(`fires auth-required with status ${status} when the backend answers ${status}`, async () => {
      const element = await fixture<InvoiceHistory>(html`<invoice-history .dataSource=${api({ 'X-Billing-Fault': `status=${status}` })}></invoice-history>`);
      const event = oneEvent(element, 'auth-required') as Promise<AuthRequiredEvent>;
      element.customerId = 'cus-small';
      const fired = await event;
      expect(fired.status).to.equal(status);
      expect(fired.error).to.be.instanceOf(BillingError);
      expect(fired.composed && fired.bubbles).to.equal(true);
      await settled(element);
      expect(element.currentState.type).to.equal('error');
    });
  }

  it('shows hostile invoice numbers and descriptions as text', async () => {
    const element = await list('cus-hostile', api(), { hrefTemplate: '/billing/{id}' });
    const root = shadow(element);
    expect(root.querySelector('script, img, svg, iframe')).to.equal(null);
    expect(root.querySelector('tbody')!.textContent).to.match(/<script>|<img|javascript:/);
    const links = [...root.querySelectorAll<HTMLAnchorElement>('tbody a[href]')];
    expect(links).to.have.length(rowIds(element).length).and.length.above(0);
    expect(new Set(links.map((link) => new URL(link.href).protocol))).to.deep.equal(new Set(['http:']));
    await expect(element).to.be.accessible();
  });

  it('keeps hostile invoice ids inside the href-template’s path, as one encoded segment', async () => {
    const page = await api().listInvoices('cus-small', {});
    const ids = ['javascript:alert(1)', '//evil.example/x', '../../admin?a#b'];
    const items = page.items.slice(0, ids.length).map((item, index) => ({ ...item, id: ids[index]! }));
    expect(items).to.have.length(ids.length);
    const element = await fixture<InvoiceHistory>(
      html`<invoice-history href-template="/billing/invoices/{id}" .state=${{ type: 'loaded', page: { ...page, items } }}></invoice-history>`,
    );
    const hrefs = [...shadow(element).querySelectorAll<HTMLAnchorElement>('tbody a[href]')].map((link) => link.href);
    expect(hrefs).to.deep.equal(ids.map((id) => new URL(`/billing/invoices/${encodeURIComponent(id)}`, location.href).href));
  });

  it('prompts for a customer when none is set, and asks nothing of the backend', async () => {
    const dataSource = new RecordingDataSource();
    const element = await fixture<InvoiceHistory>(html`<invoice-history .dataSource=${dataSource}></invoice-history>`);
    expect(element.currentState.type).to.equal('idle');
    expect(dataSource.calls).to.have.length(0);
    await expect(element).to.be.accessible();
  });
});

describe('<invoice-history> paging', () => {
  const medium = seededInvoices('cus-medium')!.summaries;
  const newestFirst = expectedOrder(medium, (summary) => summary.issueDate, 'desc');

  it('pages forward through all 250 invoices with exactly the right rows, then back', async () => {
    const element = await list('cus-medium');
    const forward: string[][] = [];
    for (let page = 0; page < 10; page++) {
      expect(positionText(element)).to.equal(`${page * 25 + 1}–${page * 25 + 25} of 250`);
      forward.push(rowIds(element));
      if (page < 9) await clickAndSettle(element, '[data-page="next"]');
    }
    expect(forward.flat()).to.deep.equal(newestFirst);
    expect(query(element, '[data-page="next"]').getAttribute('aria-disabled')).to.equal('true');
    for (let page = 8; page >= 0; page--) {
      await clickAndSettle(element, '[data-page="previous"]');
      expect(rowIds(element)).to.deep.equal(forward[page]);
    }
    expect(query(element, '[data-page="previous"]').getAttribute('aria-disabled')).to.equal('true');
  });

  it('asks the server for pages of the `page-size` attribute', async () => {
    const dataSource = new RecordingDataSource();
    const element = await fixture<InvoiceHistory>(
      html`<invoice-history customer-id="cus-medium" page-size="10" .dataSource=${dataSource}></invoice-history>`,
    );
    await settled(element);
    expect(dataSource.lastQuery.limit).to.equal(10);
    expect(rowIds(element)).to.deep.equal(newestFirst.slice(0, 10));
    expect(positionText(element)).to.equal('1–10 of 250');
  });

  it('ignores a press on a disabled "previous" without asking the server', async () => {
    const dataSource = new RecordingDataSource();
    const element = await list('cus-medium', dataSource);
    query(element, '[data-page="previous"]').click();
    await element.updateComplete;
    expect(dataSource.calls).to.have.length(1);
  });

  it('keeps the current rows on screen, marked busy, while the next page loads', async () => {
    const dataSource = new RecordingDataSource((_, index) => (index === 0 ? api() : api({ 'X-Billing-Fault': 'hang' })));
    const element = await list('cus-medium', dataSource);
    const firstPage = rowIds(element);
    query(element, '[data-page="next"]').click();
    await element.updateComplete;
    expect(element.currentState.type).to.equal('loading');
    expect(rowIds(element)).to.deep.equal(firstPage);
    expect(query(element, 'table').getAttribute('aria-busy')).to.equal('true');
    await expect(element).to.be.accessible();
  });
});

describe('<invoice-history> sorting', () => {
  const medium = seededInvoices('cus-medium')!.summaries;

  it('sorts newest first by default, and says so with aria-sort', async () => {
    const dataSource = new RecordingDataSource();
    const element = await list('cus-medium', dataSource);
    expect(dataSource.lastQuery).to.include({ sort: 'issueDate', order: 'desc' });
    expect(query(element, 'th:has([data-sort="issueDate"])').getAttribute('aria-sort')).to.equal('descending');
    expect(query(element, 'th:has([data-sort="total"])').getAttribute('aria-sort')).to.equal('none');
  });

  it('sorts by a column on the server when its header is pressed, largest total first', async () => {
    const dataSource = new RecordingDataSource();
    const element = await list('cus-medium', dataSource);
    await clickAndSettle(element, '[data-sort="total"]');
    expect(dataSource.lastQuery).to.include({ sort: 'total', order: 'desc' });
    expect(query(element, 'th:has([data-sort="total"])').getAttribute('aria-sort')).to.equal('descending');
    expect(rowIds(element)).to.deep.equal(expectedOrder(medium, (summary) => summary.total.amountMinor, 'desc').slice(0, 25));
  });

  it('reverses the order when the sorted column’s header is pressed again', async () => {
    const dataSource = new RecordingDataSource();
    const element = await list('cus-medium', dataSource);
    await clickAndSettle(element, '[data-sort="number"]');
    await clickAndSettle(element, '[data-sort="number"]');
    expect(dataSource.lastQuery).to.include({ sort: 'number', order: 'desc' });
    expect(query(element, 'th:has([data-sort="number"])').getAttribute('aria-sort')).to.equal('descending');
    expect(rowIds(element)).to.deep.equal(expectedOrder(medium, (summary) => summary.number, 'desc').slice(0, 25));
  });

  it('goes back to the first page when the sort changes', async () => {
    const dataSource = new RecordingDataSource();
    const element = await list('cus-medium', dataSource);
    await clickAndSettle(element, '[data-page="next"]');
    await clickAndSettle(element, '[data-sort="dueDate"]');
    expect(dataSource.lastQuery.cursor).to.equal(undefined);
    expect(positionText(element)).to.equal('1–25 of 250');
  });
});

describe('<invoice-history> filters', () => {
  const medium = seededInvoices('cus-medium')!.summaries;

  async function toggleStatus(element: InvoiceHistory, status: string): Promise<void> {
    await clickAndSettle(element, `input[name="status"][value="${status}"]`);
  }

  it('filters by several statuses at once on the server', async () => {
    const dataSource = new RecordingDataSource();
    const element = await list('cus-medium', dataSource);
    await toggleStatus(element, 'open');
    await toggleStatus(element, 'overdue');
    expect(dataSource.lastQuery.status).to.deep.equal(['open', 'overdue']);
    const expected = medium.filter((summary) => summary.status === 'open' || summary.status === 'overdue').length;
    expect(positionText(element)).to.match(new RegExp(`of ${expected}$`));
    const statuses = [...shadow(element).querySelectorAll<HTMLElement>('tbody tr')].map((row) => row.dataset.status);
    expect(statuses).to.have.length.above(0);
    expect(statuses.every((status) => status === 'open' || status === 'overdue')).to.equal(true);
  });

  it('filters by issue-date range on the server', async () => {
    const dataSource = new RecordingDataSource();
    const element = await list('cus-medium', dataSource);
    for (const [name, value] of [
      ['issuedFrom', '2025-01-01'],
      ['issuedTo', '2025-06-30'],
    ]) {
      const input = query<HTMLInputElement>(element, `input[name="${name}"]`);
      input.value = value!;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await settled(element);
    }
    expect(dataSource.lastQuery).to.include({ issuedFrom: '2025-01-01', issuedTo: '2025-06-30' });
    const expected = medium.filter((summary) => summary.issueDate >= '2025-01-01' && summary.issueDate <= '2025-06-30');
    expect(element.currentState.type === 'loaded' && element.currentState.page.totalCount).to.equal(expected.length);
    expect(rowIds(element)).to.have.length.above(0);
    expect(rowIds(element).every((id) => expected.some((summary) => summary.id === id))).to.equal(true);
  });

  it('searches invoice descriptions on the server when the search is submitted', async () => {
    const dataSource = new RecordingDataSource();
    const element = await list('cus-medium', dataSource);
    const word = medium[0]!.description.split(/\s+/).find((part) => part.length > 4)!;
    const input = query<HTMLInputElement>(element, 'input[name="search"]');
    input.value = word;
    input.focus();
    await sendKeys({ press: 'Enter' });
    await settled(element);
    expect(dataSource.lastQuery.search).to.equal(word);
    const expected = medium.filter((summary) => `${summary.number}\n${summary.description}`.toLowerCase().includes(word.toLowerCase()));
    expect(element.currentState.type === 'loaded' && element.currentState.page.totalCount).to.equal(expected.length);
  });

  it('goes back to the first page when a filter changes', async () => {
    const dataSource = new RecordingDataSource();
    const element = await list('cus-medium', dataSource);
    await clickAndSettle(element, '[data-page="next"]');
    expect(dataSource.lastQuery.cursor).to.be.a('string');
    await toggleStatus(element, 'paid');
    expect(dataSource.lastQuery.cursor).to.equal(undefined);
    expect(positionText(element)).to.match(/^1–/);
  });

  it('aborts the request in flight when a filter changes', async () => {
    const dataSource = new RecordingDataSource((_, index) => (index === 0 ? api({ 'X-Billing-Fault': 'latency=5000' }) : api()));
    const element = await fixture<InvoiceHistory>(html`<invoice-history customer-id="cus-medium" .dataSource=${dataSource}></invoice-history>`);
    await element.updateComplete;
    query(element, 'input[name="status"][value="paid"]').click();
    await settled(element);
    expect(dataSource.calls[0]!.signal!.aborted).to.equal(true);
    expect(dataSource.calls).to.have.length(2);
    expect(dataSource.lastQuery.status).to.deep.equal(['paid']);
  });

  it('offers "clear filters" beside the filters only while a filter is set', async () => {
    const element = await list('cus-medium');
    const clear = query(element, 'form [part~="clear-filters"]');
    expect(clear.hidden).to.equal(true);
    await toggleStatus(element, 'paid');
    expect(clear.hidden).to.equal(false);
    await clickAndSettle(element, 'form [part~="clear-filters"]');
    expect(clear.hidden).to.equal(true);
    expect(positionText(element)).to.equal('1–25 of 250');
  });
});

describe('<invoice-history> customers', () => {
  it('loads the new customer’s first page when `customer-id` changes', async () => {
    const element = await list('cus-medium');
    await clickAndSettle(element, '[data-page="next"]');
    element.customerId = 'cus-small';
    await settled(element);
    expect(rowIds(element)).to.have.members(['inv-small-1', 'inv-small-2', 'inv-small-3']);
  });

  it('ignores the old customer’s response when it arrives after the new customer’s', async () => {
    const slow = api({ 'X-Billing-Fault': 'latency=3000' });
    // The slow customer's request is not aborted, so its answer really does arrive, last.
    const dataSource = new RecordingDataSource(
      (customerId) => (customerId === 'cus-medium' ? slow : api()),
      (customerId) => customerId === 'cus-medium',
    );
    const element = await fixture<InvoiceHistory>(html`<invoice-history customer-id="cus-medium" .dataSource=${dataSource}></invoice-history>`);
    await element.updateComplete;
    element.customerId = 'cus-small';
    await settled(element);
    expect(rowIds(element)).to.have.length(3);
    const late: InvoicePage = await dataSource.responses[0]!;
    expect(late.items).to.have.length(25);
    expect(dataSource.arrivals).to.deep.equal([1, 0]);
    await element.updateComplete;
    expect(rowIds(element)).to.have.members(['inv-small-1', 'inv-small-2', 'inv-small-3']);
  });
});

describe('<invoice-history> on and off the page', () => {
  it('aborts its request when it leaves the page', async () => {
    const dataSource = new RecordingDataSource(() => api({ 'X-Billing-Fault': 'hang' }));
    const element = await fixture<InvoiceHistory>(html`<invoice-history customer-id="cus-small" .dataSource=${dataSource}></invoice-history>`);
    await element.updateComplete;
    element.remove();
    expect(dataSource.calls[0]!.signal!.aborted).to.equal(true);
  });

  it('loads again when it comes back after leaving mid-load', async () => {
    const dataSource = new RecordingDataSource((_, index) => (index === 0 ? api({ 'X-Billing-Fault': 'hang' }) : api()));
    const element = await fixture<InvoiceHistory>(html`<invoice-history customer-id="cus-small" .dataSource=${dataSource}></invoice-history>`);
    await element.updateComplete;
    const parent = element.parentElement!;
    element.remove();
    parent.append(element);
    await settled(element);
    expect(rowIds(element)).to.have.length(3);
  });
});

describe('<invoice-history> opening invoices', () => {
  it('fires invoice-select with the id and summary when an invoice number is pressed', async () => {
    const element = await list('cus-small');
    const event = oneEvent(element, 'invoice-select') as Promise<InvoiceSelectEvent>;
    query(element, 'tr[data-id="inv-small-2"] [part~="open"]').click();
    const selected = await event;
    expect(selected.invoiceId).to.equal('inv-small-2');
    expect(selected.invoice.id).to.equal('inv-small-2');
    expect(selected.cancelable && selected.bubbles && selected.composed).to.equal(true);
  });

  it('makes invoice numbers real links with the id encoded when `href-template` is set', async () => {
    const element = await list('cus-small', api(), { hrefTemplate: '/billing/invoices/{id}?from=list' });
    await element.updateComplete;
    const link = query<HTMLAnchorElement>(element, 'tr[data-id="inv-small-1"] a[part~="open"]');
    expect(link.href).to.equal(new URL('/billing/invoices/inv-small-1?from=list', location.href).href);
  });

  it('follows the link when invoice-select is not canceled', async () => {
    const element = await list('cus-small', api(), { hrefTemplate: '#invoice-{id}' });
    await element.updateComplete;
    const before = location.href;
    query(element, 'tr[data-id="inv-small-1"] a').click();
    expect(location.hash).to.equal('#invoice-inv-small-1');
    history.replaceState(history.state, '', before);
  });

  it('does not follow the link when the host cancels invoice-select', async () => {
    const element = await list('cus-small', api(), { hrefTemplate: '#invoice-{id}' });
    await element.updateComplete;
    element.addEventListener('invoice-select', (event) => event.preventDefault());
    const before = location.href;
    query(element, 'tr[data-id="inv-small-1"] a').click();
    expect(location.href).to.equal(before);
  });

  it('leaves modifier-clicks on links to the browser without firing invoice-select', async () => {
    const element = await list('cus-small', api(), { hrefTemplate: '#invoice-{id}' });
    await element.updateComplete;
    let fired = false;
    element.addEventListener('invoice-select', () => (fired = true));
    // Keep the test page where it is; the element itself must not have interfered.
    const stopNavigation = (event: Event) => {
      expect(event.defaultPrevented).to.equal(false);
      event.preventDefault();
    };
    document.addEventListener('click', stopNavigation, { once: true });
    query(element, 'tr[data-id="inv-small-1"] a').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, ctrlKey: true }));
    expect(fired).to.equal(false);
  });

  it('draws no link for a javascript: href-template, only the button', async () => {
    const element = await list('cus-small', api(), { hrefTemplate: 'javascript:alert({id})' });
    await element.updateComplete;
    expect(shadow(element).querySelector('a')).to.equal(null);
    expect(shadow(element).querySelectorAll('button[part~="open"]')).to.have.length(3);
  });

  it('puts slotted extra actions in their invoice’s row', async () => {
    const element = await fixture<InvoiceHistory>(html`<invoice-history customer-id="cus-small" .dataSource=${api()}>
      <button slot="actions-inv-small-2">Dispute</button>
    </invoice-history>`);
    await settled(element);
    const slot = query<HTMLSlotElement>(element, 'tr[data-id="inv-small-2"] slot');
    expect(slot.assignedElements().map((node) => node.textContent)).to.deep.equal(['Dispute']);
  });

  it('gives a row its actions slot when the host adds an action later, moves it, and drops it when removed', async () => {
    const element = await list('cus-small');
    const slots = () => [...shadow(element).querySelectorAll<HTMLSlotElement>('tbody slot')].map((slot) => slot.name);
    expect(slots(), 'no empty slot per row').to.deep.equal([]);

    const action = Object.assign(document.createElement('button'), { textContent: 'Dispute', slot: 'actions-inv-small-1' });
    element.append(action);
    await waitUntil(() => slots().length === 1, 'the slot did not appear');
    expect(query<HTMLSlotElement>(element, 'tr[data-id="inv-small-1"] slot').assignedElements()).to.deep.equal([action]);

    action.slot = 'actions-inv-small-3';
    await waitUntil(() => slots()[0] === 'actions-inv-small-3', 'the slot did not move');
    expect(query<HTMLSlotElement>(element, 'tr[data-id="inv-small-3"] slot').assignedElements()).to.deep.equal([action]);

    action.remove();
    await waitUntil(() => slots().length === 0, 'the slot stayed');
  });
});

describe('<invoice-history> keyboard', () => {
  it('pages with Enter on "next page"', async () => {
    const element = await list('cus-medium');
    query(element, '[data-page="next"]').focus();
    await sendKeys({ press: 'Enter' });
    await settled(element);
    expect(positionText(element)).to.equal('26–50 of 250');
    expect((shadow(element).activeElement as HTMLElement | null)?.dataset.page).to.equal('next');
  });

  it('sorts with Space on a column header', async () => {
    const element = await list('cus-medium');
    query(element, '[data-sort="status"]').focus();
    await sendKeys({ press: 'Space' });
    await settled(element);
    expect(query(element, 'th:has([data-sort="status"])').getAttribute('aria-sort')).to.equal('ascending');
  });

  it('shows a focus ring on controls reached with Tab', async () => {
    const element = await list('cus-small');
    query<HTMLInputElement>(element, 'input[name="status"]').focus();
    await sendKeys({ press: 'Tab' });
    const focused = shadow(element).activeElement as HTMLElement;
    expect(focused.matches(':focus-visible')).to.equal(true);
    expect(getComputedStyle(focused).outlineStyle).to.not.equal('none');
  });

  it('reaches every invoice’s open action with Tab', async () => {
    const element = await list('cus-small');
    const openers = [...shadow(element).querySelectorAll<HTMLElement>('[part~="open"]')];
    expect(openers).to.have.length(rowIds(element).length).and.length.above(0);
    expect(openers.every((opener) => opener.tabIndex === 0)).to.equal(true);
  });
});

describe('<invoice-history> presentation', () => {
  it('speaks German with locale="de"', async () => {
    const element = await list('cus-small', api(), { locale: 'de-DE' });
    await element.updateComplete;
    expect(query(element, '[part~="heading"]').textContent).to.equal('Rechnungsverlauf');
    expect(query(element, 'th:has([data-sort="dueDate"])').textContent).to.contain('Fällig am');
    await expect(element).to.be.accessible();
  });

  it('speaks Japanese with locale="ja"', async () => {
    const element = await list('cus-yen', api(), { locale: 'ja-JP' });
    await element.updateComplete;
    expect(query(element, '[part~="heading"]').textContent).to.equal('請求履歴');
    await expect(element).to.be.accessible();
  });

  it('takes host overrides for any string', async () => {
    const element = await list('cus-small', api(), { messages: { heading: 'Your bills' } });
    await element.updateComplete;
    expect(query(element, '[part~="heading"]').textContent).to.equal('Your bills');
  });

  it('lays rows out as cards in a narrow container, with each value labelled', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 320px">
      <invoice-history customer-id="cus-small" locale="en-US" .dataSource=${api()}></invoice-history>
    </div>`);
    const element = await settled(wrapper.querySelector('invoice-history')!);
    // The labels come with the first resize observation, which runs after layout, before the frame is painted.
    await waitUntil(() => shadow(element).querySelector('td[data-label]'), 'the cells got no labels');
    const cell = query(element, 'tr[data-id="inv-small-1"] td[data-label]');
    expect(getComputedStyle(cell, '::before').content).to.include('Issue date');
    expect(getComputedStyle(query(element, 'tbody tr')).display).to.equal('grid');
    await expect(element).to.be.accessible();
  });

  it('switches between table and cards as its container is resized, labelling cells only as cards', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 900px">
      <invoice-history customer-id="cus-small" locale="en-US" .dataSource=${api()}></invoice-history>
    </div>`);
    const element = await settled(wrapper.querySelector('invoice-history')!);
    const rowDisplay = () => getComputedStyle(query(element, 'tbody tr')).display;
    const labelled = () => shadow(element).querySelectorAll('td[data-label]').length;
    expect([rowDisplay(), labelled()]).to.deep.equal(['table-row', 0]);

    wrapper.style.width = '320px';
    // The layout follows at once (a container query); the labels with the next frame's resize observation.
    await waitUntil(() => labelled() === 3 * 5, 'the cells got no labels');
    expect(rowDisplay()).to.equal('grid');
    expect(getComputedStyle(query(element, 'tr[data-id="inv-small-1"] td[data-label]'), '::before').content).to.include('Issue date');

    wrapper.style.width = '900px';
    await waitUntil(() => labelled() === 0, 'the cells kept their labels');
    expect(rowDisplay()).to.equal('table-row');
  });

  it('keeps the sort buttons visible in a narrow container, so keyboard focus never lands on something hidden', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 320px">
      <invoice-history customer-id="cus-small" locale="en-US" .dataSource=${api()}></invoice-history>
    </div>`);
    const element = await settled(wrapper.querySelector('invoice-history')!);
    const sortButton = query(element, '[data-sort="total"]').getBoundingClientRect();
    expect(sortButton.width).to.be.greaterThan(10);
    expect(sortButton.height).to.be.greaterThan(10);
  });

  it('works right to left under dir="rtl"', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl" lang="ar">
      <invoice-history customer-id="cus-kwd" .dataSource=${api()}></invoice-history>
    </div>`);
    const element = await settled(wrapper.querySelector('invoice-history')!);
    expect(getComputedStyle(query(element, 'table')).direction).to.equal('rtl');
    await expect(element).to.be.accessible();
  });

  it('isolates each date and amount, keeping them aligned with the table under dir="rtl"', async () => {
    // Wide enough for the table (the cards align every value to the end).
    const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl" lang="ar" style="width: 900px">
      <invoice-history customer-id="cus-small" locale="en-US" .dataSource=${api()}></invoice-history>
    </div>`);
    const element = await settled(wrapper.querySelector('invoice-history')!);
    const [date, amount] = [query(element, 'tbody td[dir="auto"]:not(.numeric)'), query(element, 'tbody td.numeric[dir="auto"]')];
    expect([getComputedStyle(date).direction, getComputedStyle(amount).direction]).to.deep.equal(['ltr', 'ltr']);
    expect([getComputedStyle(date).textAlign, getComputedStyle(amount).textAlign]).to.deep.equal(['right', 'left']);
  });

  it('renders a page handed to it through `state`, without a data source', async () => {
    const page = await api().listInvoices('cus-small', {});
    const element = await fixture<InvoiceHistory>(html`<invoice-history .state=${{ type: 'loaded', page }}></invoice-history>`);
    expect(rowIds(element)).to.have.length(3);
  });
});
