import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/elements/invoice-history/invoice-history.js';
import type { InvoiceHistory } from '../../../src/elements/invoice-history/invoice-history.js';
import { clickAndSettle, positionText, query, RecordingDataSource, rowIds, settled } from './helpers.js';

// The test page's own URL carries the runner's session id; every test starts from it and puts it back.
let original: string;

beforeEach(() => {
  original = location.href;
});

afterEach(() => {
  history.replaceState(history.state, '', original);
});

function withParams(params: Record<string, string>): void {
  const url = new URL(original);
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  history.replaceState(history.state, '', url);
}

function param(name: string): string | null {
  return new URL(location.href).searchParams.get(name);
}

async function synced(dataSource: RecordingDataSource, prefix = ''): Promise<InvoiceHistory> {
  const element = await fixture<InvoiceHistory>(
    html`<invoice-history customer-id="cus-medium" locale="en-US" sync-url=${prefix} .dataSource=${dataSource}></invoice-history>`,
  );
  return settled(element);
}

async function goBack(element: InvoiceHistory): Promise<void> {
  const popped = oneEvent(window, 'popstate');
  history.back();
  await popped;
  await settled(element);
}

describe('<invoice-history sync-url>', () => {
  it('restores filters and sort from the query string', async () => {
    withParams({ status: 'paid,void', sort: 'number', order: 'asc', search: 'com' });
    const dataSource = new RecordingDataSource();
    const element = await synced(dataSource);
    expect(dataSource.calls).to.have.length(1);
    expect(dataSource.lastQuery).to.include({ sort: 'number', order: 'asc', search: 'com' });
    expect(dataSource.lastQuery.status).to.deep.equal(['paid', 'void']);
    expect(query<HTMLInputElement>(element, 'input[value="paid"]').checked).to.equal(true);
    expect(query(element, 'th:has([data-sort="number"])').getAttribute('aria-sort')).to.equal('ascending');
    expect(query<HTMLInputElement>(element, 'input[name="search"]').value).to.equal('com');
  });

  it('records a filter the user sets as a new history entry', async () => {
    const element = await synced(new RecordingDataSource());
    // Counted through pushState rather than history.length, which Chromium caps at 50 entries per tab.
    const pushed: string[] = [];
    const pushState = history.pushState;
    history.pushState = function (this: History, ...args: Parameters<History['pushState']>) {
      pushed.push(String(args[2]));
      return pushState.apply(this, args);
    };
    try {
      await clickAndSettle(element, 'input[name="status"][value="open"]');
    } finally {
      history.pushState = pushState;
    }
    expect(param('status')).to.equal('open');
    expect(pushed).to.have.length(1);
    expect(pushed[0]).to.contain('status=open');
    expect(param('wtr-session-id')).to.not.equal(null);
  });

  it('goes back to the previous view with the browser’s Back, and forward again', async () => {
    const element = await synced(new RecordingDataSource());
    await clickAndSettle(element, 'input[name="status"][value="paid"]');
    await clickAndSettle(element, '[data-sort="total"]');
    const sortedByTotal = rowIds(element);

    await goBack(element);
    expect(element.sort).to.equal('issueDate');
    expect(element.statuses).to.deep.equal(['paid']);
    expect(query(element, 'th:has([data-sort="issueDate"])').getAttribute('aria-sort')).to.equal('descending');

    const popped = oneEvent(window, 'popstate');
    history.forward();
    await popped;
    await settled(element);
    expect(element.sort).to.equal('total');
    expect(rowIds(element)).to.deep.equal(sortedByTotal);
  });

  it('keeps the page in the URL, so a reload shows the same rows', async () => {
    const element = await synced(new RecordingDataSource());
    await clickAndSettle(element, '[data-page="next"]');
    await clickAndSettle(element, '[data-page="next"]');
    const thirdPage = rowIds(element);
    expect(param('cursor')).to.be.a('string');

    const reloaded = await synced(new RecordingDataSource());
    expect(positionText(reloaded)).to.equal('51–75 of 250');
    expect(rowIds(reloaded)).to.deep.equal(thirdPage);
  });

  it('pages back with the browser’s Back', async () => {
    const element = await synced(new RecordingDataSource());
    const firstPage = rowIds(element);
    await clickAndSettle(element, '[data-page="next"]');
    await goBack(element);
    expect(rowIds(element)).to.deep.equal(firstPage);
  });

  it('prefixes its keys with the attribute’s value and leaves the host’s own keys alone', async () => {
    withParams({ tab: 'billing' });
    const element = await synced(new RecordingDataSource(), 'ih-');
    await clickAndSettle(element, 'input[name="status"][value="overdue"]');
    expect(param('ih-status')).to.equal('overdue');
    expect(param('status')).to.equal(null);
    expect(param('tab')).to.equal('billing');
  });

  it('falls back to the defaults for a hand-edited link with nonsense in it', async () => {
    withParams({ status: '<script>', sort: 'price', issuedFrom: 'yesterday' });
    const dataSource = new RecordingDataSource();
    const element = await synced(dataSource);
    expect(dataSource.lastQuery).to.deep.equal({ limit: 25, sort: 'issueDate', order: 'desc' });
    expect(positionText(element)).to.equal('1–25 of 250');
  });

  it('does not touch the URL without `sync-url`', async () => {
    const element = await fixture<InvoiceHistory>(
      html`<invoice-history customer-id="cus-medium" .dataSource=${new RecordingDataSource()}></invoice-history>`,
    );
    await settled(element);
    const entries = history.length;
    await clickAndSettle(element, 'input[name="status"][value="open"]');
    expect(location.href).to.equal(original);
    expect(history.length).to.equal(entries);
  });

  it('updates the current history entry, without adding one, for changes the host makes', async () => {
    const element = await synced(new RecordingDataSource());
    const entries = history.length;
    element.statuses = ['void'];
    await settled(element);
    expect(history.length).to.equal(entries);
    expect(param('status')).to.equal('void');
  });

  it('drops the page cursor from the URL when the host switches customer', async () => {
    const element = await synced(new RecordingDataSource());
    await clickAndSettle(element, '[data-page="next"]');
    expect(param('cursor')).to.be.a('string');
    element.customerId = 'cus-small';
    await settled(element);
    expect(param('cursor')).to.equal(null);
    expect(rowIds(element)).to.have.length(3);
  });
});
