// RestDataSource against the real reference backend, over HTTP, mounted at /api by web-test-runner.config.mjs.
// Failures are injected by the backend (X-Billing-Fault), never by stubbing fetch; settings tests each use their own
// X-Billing-Tenant so parallel tests never share state.
import { expect } from '@open-wc/testing';
import { SEED_IDS, seededInvoices } from '../../demo/backend/seed.js';
import { BillingError, type BillingErrorKind } from '../../src/api/errors.js';
import { RestDataSource, type RestDataSourceOptions } from '../../src/api/rest-data-source.js';
import {
  INVOICE_SORT_FIELDS,
  INVOICE_STATUSES,
  type InvoicePage,
  type InvoiceQuery,
  type InvoiceSortField,
  type InvoiceSummary,
  type Money,
  type SendInvoiceRequest,
  type SortOrder,
} from '../../src/api/types.js';
import { formatMoney } from '../../src/format/money.js';

const { customers, invoices } = SEED_IDS;

function source(options: Partial<RestDataSourceOptions> = {}): RestDataSource {
  return new RestDataSource({ baseUrl: '/api', ...options });
}

function withFault(fault: string, options: Partial<RestDataSourceOptions> = {}): RestDataSource {
  return source({ ...options, headers: { 'X-Billing-Fault': fault, ...options.headers } });
}

function tenant(): Record<string, string> {
  return { 'X-Billing-Tenant': `rest-data-source-${crypto.randomUUID()}` };
}

async function failure(promise: Promise<unknown>): Promise<BillingError> {
  try {
    await promise;
  } catch (error) {
    expect(error, String(error)).to.be.instanceOf(BillingError);
    return error as BillingError;
  }
  throw new Error('expected the call to fail');
}

/** Every invoice matching the query, following nextCursor to the end. */
async function everyPage(dataSource: RestDataSource, customerId: string, query: InvoiceQuery): Promise<{ items: InvoiceSummary[]; pages: InvoicePage[] }> {
  const items: InvoiceSummary[] = [];
  const pages: InvoicePage[] = [];
  let cursor: string | null = null;
  do {
    const page: InvoicePage = await dataSource.listInvoices(customerId, { ...query, cursor });
    pages.push(page);
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor !== null && pages.length <= 200);
  return { items, pages };
}

const PDF_BASE64 = btoa('%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF');

function sendRequest(overrides: Partial<SendInvoiceRequest> = {}): SendInvoiceRequest {
  return {
    to: ['ada@bakery.example'],
    cc: [],
    bcc: [],
    subject: 'Your invoice',
    message: 'Hello Ada,\nyour invoice is attached.',
    attachment: { filename: 'invoice.pdf', contentType: 'application/pdf', contentBase64: PDF_BASE64 },
    ...overrides,
  };
}

describe('RestDataSource: paging', () => {
  it('pages through all 10,000 invoices of cus-large by cursor without duplicate or gap', async () => {
    const { items, pages } = await everyPage(source(), customers.large, { limit: 100 });
    const ids = new Set(items.map((item) => item.id));
    expect({ pages: pages.length, items: items.length, unique: ids.size, totalCounts: [...new Set(pages.map((page) => page.totalCount))] }).to.deep.equal({
      pages: 100,
      items: 10_000,
      unique: 10_000,
      totalCounts: [10_000],
    });
  });

  it('reports each page’s offset as the number of items before it', async () => {
    const { pages } = await everyPage(source(), customers.large, { limit: 100 });
    expect(pages.map((page) => page.offset)).to.deep.equal(Array.from({ length: 100 }, (_, index) => index * 100));
  });

  it('returns exactly the seeded invoices when paging to the end', async () => {
    const { items } = await everyPage(source(), customers.medium, { limit: 100 });
    const seeded = seededInvoices(customers.medium)!.summaries.map((summary) => summary.id);
    expect([...items.map((item) => item.id)].sort()).to.deep.equal([...seeded].sort());
  });

  it('gives the same page again when going back with previousCursor', async () => {
    const dataSource = source();
    const first = await dataSource.listInvoices(customers.large, { limit: 100 });
    const second = await dataSource.listInvoices(customers.large, { limit: 100, cursor: first.nextCursor });
    const third = await dataSource.listInvoices(customers.large, { limit: 100, cursor: second.nextCursor });
    const backToSecond = await dataSource.listInvoices(customers.large, { limit: 100, cursor: third.previousCursor });
    expect(backToSecond).to.deep.equal(second);
  });

  it('has no previous page on the first page and no next page on the last', async () => {
    const dataSource = source();
    const { pages } = await everyPage(dataSource, customers.medium, { limit: 100 });
    expect([pages[0]!.previousCursor, pages.at(-1)!.nextCursor]).to.deep.equal([null, null]);
  });

  it('returns an empty page for a customer without invoices', async () => {
    const page = await source().listInvoices(customers.empty, {});
    expect({ items: page.items, totalCount: page.totalCount, nextCursor: page.nextCursor }).to.deep.equal({ items: [], totalCount: 0, nextCursor: null });
  });

  it('returns 25 invoices when no limit is given', async () => {
    const page = await source().listInvoices(customers.medium, {});
    expect(page.items.length).to.equal(25);
  });
});

describe('RestDataSource: filters', () => {
  const seeded = () => seededInvoices(customers.medium)!.summaries;

  it('returns only invoices with any of several statuses, and all of them', async () => {
    const statuses = ['open', 'overdue', 'void'] as const;
    const { items, pages } = await everyPage(source(), customers.medium, { status: [...statuses], limit: 100 });
    const expected = seeded().filter((summary) => (statuses as readonly string[]).includes(summary.status)).length;
    expect({
      wrongStatus: items.filter((item) => !(statuses as readonly string[]).includes(item.status)).map((item) => item.id),
      count: items.length,
      totalCount: pages[0]!.totalCount,
    }).to.deep.equal({ wrongStatus: [], count: expected, totalCount: expected });
  });

  it('returns every status the seed has when filtering by each one alone', async () => {
    const dataSource = source();
    const counts: Record<string, number> = {};
    for (const status of INVOICE_STATUSES) counts[status] = (await dataSource.listInvoices(customers.medium, { status: [status], limit: 1 })).totalCount;
    const expected = Object.fromEntries(INVOICE_STATUSES.map((status) => [status, seeded().filter((summary) => summary.status === status).length]));
    expect(counts).to.deep.equal(expected);
  });

  it('returns only invoices issued within a date range, both ends included', async () => {
    const dates = [...new Set(seeded().map((summary) => summary.issueDate))].sort();
    const [issuedFrom, issuedTo] = [dates[40]!, dates[90]!];
    const { items } = await everyPage(source(), customers.medium, { issuedFrom, issuedTo, limit: 100 });
    const expected = seeded().filter((summary) => summary.issueDate >= issuedFrom && summary.issueDate <= issuedTo);
    expect({
      outside: items.filter((item) => item.issueDate < issuedFrom || item.issueDate > issuedTo).map((item) => item.id),
      includesBothEnds: items.some((item) => item.issueDate === issuedFrom) && items.some((item) => item.issueDate === issuedTo),
      count: items.length,
    }).to.deep.equal({ outside: [], includesBothEnds: true, count: expected.length });
  });

  it('finds invoices by number or description, ignoring case', async () => {
    // Credit notes name the invoice they correct in their description, so they match its number too.
    const matches = (item: InvoiceSummary) => `${item.number}\n${item.description}`.toLowerCase().includes('inv-2023');
    const { items } = await everyPage(source(), customers.medium, { search: 'inv-2023', limit: 100 });
    expect({
      notMatching: items.filter((item) => !matches(item)).map((item) => item.id),
      byNumber: items.filter((item) => item.number.startsWith('INV-2023')).length > 0,
      byDescriptionOnly: items.filter((item) => !item.number.startsWith('INV-2023')).length > 0,
      count: items.length,
    }).to.deep.equal({ notMatching: [], byNumber: true, byDescriptionOnly: true, count: seeded().filter(matches).length });
  });

  it('finds invoices by words of their description in Japanese', async () => {
    const target = seededInvoices(customers.yen)!.summaries[3]!;
    const word = target.description.slice(0, 4);
    const { items } = await everyPage(source(), customers.yen, { search: word, limit: 100 });
    expect({
      includesTarget: items.some((item) => item.id === target.id),
      notMatching: items.filter((item) => !`${item.number}\n${item.description}`.toLowerCase().includes(word.toLowerCase())).map((item) => item.id),
    }).to.deep.equal({ includesTarget: true, notMatching: [] });
  });

  it('combines status, date range and search', async () => {
    const query = { status: ['paid' as const], issuedFrom: '2023-01-01', issuedTo: '2024-12-31', search: 'inv-2024', limit: 100 };
    const { items } = await everyPage(source(), customers.medium, query);
    const expected = seeded()
      .filter((summary) => summary.status === 'paid' && summary.issueDate >= query.issuedFrom && summary.issueDate <= query.issuedTo)
      .filter((summary) => `${summary.number}\n${summary.description}`.toLowerCase().includes(query.search))
      .map((summary) => summary.id)
      .sort();
    expect(items.map((item) => item.id).sort()).to.deep.equal(expected);
  });

  it('returns an empty page when nothing matches a search', async () => {
    const page = await source().listInvoices(customers.medium, { search: 'no invoice is called this' });
    expect([page.items.length, page.totalCount]).to.deep.equal([0, 0]);
  });

  it('sends no filter parameters for empty filters', async () => {
    const urls: string[] = [];
    const dataSource = source({ fetch: (url, init) => (urls.push(String(url)), fetch(url, init)) });
    await dataSource.listInvoices(customers.small, { status: [], search: '', cursor: null, issuedFrom: null, issuedTo: null });
    expect(new URL(urls[0]!).search).to.equal('');
  });

  it('sends several statuses as one comma-separated parameter', async () => {
    const urls: string[] = [];
    const dataSource = source({ fetch: (url, init) => (urls.push(String(url)), fetch(url, init)) });
    await dataSource.listInvoices(customers.small, { status: ['open', 'overdue'] });
    expect(new URL(urls[0]!).searchParams.getAll('status')).to.deep.equal(['open,overdue']);
  });
});

describe('RestDataSource: sorting', () => {
  const STATUS_RANK = new Map(INVOICE_STATUSES.map((status, rank) => [status, rank]));
  const keyOf: Record<InvoiceSortField, (item: InvoiceSummary) => string | number> = {
    issueDate: (item) => item.issueDate,
    dueDate: (item) => item.dueDate,
    number: (item) => item.number,
    total: (item) => item.total.amountMinor,
    status: (item) => STATUS_RANK.get(item.status)!,
  };

  /** Pairs of neighbours out of order: by the sort key, and by number where keys tie (the documented tie-break). */
  function outOfOrder(items: InvoiceSummary[], sort: InvoiceSortField, order: SortOrder): string[] {
    const direction = order === 'asc' ? 1 : -1;
    const problems: string[] = [];
    for (let index = 1; index < items.length; index++) {
      const [before, after] = [items[index - 1]!, items[index]!];
      const [a, b] = [keyOf[sort](before), keyOf[sort](after)];
      const byKey = a < b ? -1 : a > b ? 1 : 0;
      const byNumber = before.number < after.number ? -1 : before.number > after.number ? 1 : 0;
      if ((byKey || byNumber) * direction > 0) problems.push(`${before.id} (${a}) before ${after.id} (${b})`);
    }
    return problems;
  }

  for (const sort of INVOICE_SORT_FIELDS) {
    for (const order of ['asc', 'desc'] as const) {
      it(`sorts by ${sort} ${order}ending across every page`, async () => {
        const { items } = await everyPage(source(), customers.medium, { sort, order, limit: 100 });
        expect({ count: items.length, outOfOrder: outOfOrder(items, sort, order) }).to.deep.equal({ count: 250, outOfOrder: [] });
      });
    }
  }

  it('sorts by issue date, newest first, when no sort is given', async () => {
    const { items } = await everyPage(source(), customers.medium, { limit: 100 });
    expect(outOfOrder(items, 'issueDate', 'desc')).to.deep.equal([]);
  });

  it('sorts credit notes with negative totals below zero', async () => {
    const page = await source().listInvoices(customers.medium, { sort: 'total', order: 'asc', limit: 1 });
    expect(page.items[0]!.total.amountMinor).to.be.below(0);
  });
});

describe('RestDataSource: invoices', () => {
  it('loads an invoice in full', async () => {
    const invoice = await source().getInvoice(customers.small, invoices.smallPaid);
    expect([invoice.id, invoice.status, invoice.buyer.customerId, invoice.lines.length]).to.deep.equal([invoices.smallPaid, 'paid', customers.small, 3]);
  });

  it('loads a credit note with the invoice it corrects', async () => {
    const creditNote = await source().getInvoice(customers.small, invoices.smallCreditNote);
    expect([creditNote.kind, creditNote.corrects?.id]).to.deep.equal(['credit_note', invoices.smallPaid]);
  });

  it('loads an invoice of 300 lines', async () => {
    const invoice = await source().getInvoice(customers.medium, invoices.threeHundredLines);
    expect(invoice.lines.length).to.equal(300);
  });

  it('passes hostile strings through unchanged (escaping is the elements’ job)', async () => {
    const invoice = await source().getInvoice(customers.hostile, invoices.hostile);
    expect(invoice.buyer.name).to.equal('<script>alert("customer")</script> Evil & Co <img src=x onerror=alert(1)>');
  });

  it('reports an unknown invoice as not-found', async () => {
    const error = await failure(source().getInvoice(customers.small, 'inv-does-not-exist'));
    expect([error.kind, error.status, error.details.problem?.status]).to.deep.equal(['not-found', 404, 404]);
  });

  it('reports an unknown customer as not-found', async () => {
    const error = await failure(source().listInvoices('cus-does-not-exist', {}));
    expect(error.kind).to.equal('not-found');
  });

  it('encodes ids, so an id with slashes cannot reach another route', async () => {
    const error = await failure(source().getInvoice(customers.small, `${invoices.smallPaid}/emails`));
    expect(error.kind).to.equal('not-found');
  });

  it('refuses an empty or dot-segment id without a request, as it would address another route', async () => {
    let calls = 0;
    const dataSource = source({ fetch: (url, init) => (calls++, fetch(url, init)) });
    const kinds = [];
    for (const id of ['', '.', '..']) kinds.push((await failure(dataSource.getInvoice(customers.small, id))).kind);
    expect([kinds, calls]).to.deep.equal([['invalid-request', 'invalid-request', 'invalid-request'], 0]);
  });

  it('reports a cursor from another query as invalid-request', async () => {
    const dataSource = source();
    const page = await dataSource.listInvoices(customers.medium, { limit: 10 });
    const error = await failure(dataSource.listInvoices(customers.medium, { limit: 10, sort: 'total', cursor: page.nextCursor }));
    expect([error.kind, error.details.problem?.errors?.[0]?.pointer]).to.deep.equal(['invalid-request', '/cursor']);
  });

  it('sends an invoice by e-mail and returns what was sent', async () => {
    const sent = await source({ headers: tenant() }).sendInvoice(customers.small, invoices.smallOpen, sendRequest({ cc: ['books@bakery.example'] }));
    expect([sent.to, sent.cc, sent.bcc]).to.deep.equal([['ada@bakery.example'], ['books@bakery.example'], []]);
  });

  it('lists a sent e-mail on the invoice afterwards', async () => {
    const dataSource = source({ headers: tenant() });
    const sent = await dataSource.sendInvoice(customers.small, invoices.smallOpen, sendRequest());
    const invoice = await dataSource.getInvoice(customers.small, invoices.smallOpen);
    expect(invoice.emails.map((email) => email.id)).to.deep.equal([sent.id]);
  });

  it('reports an invalid recipient as invalid-request naming the field', async () => {
    const error = await failure(source({ headers: tenant() }).sendInvoice(customers.small, invoices.smallOpen, sendRequest({ to: ['not an address'] })));
    expect([error.kind, error.status, error.details.problem?.errors?.[0]?.pointer]).to.deep.equal(['invalid-request', 422, '/to/0']);
  });
});

describe('RestDataSource: settings', () => {
  it('reads settings with their ETag', async () => {
    const { settings, etag } = await source({ headers: tenant() }).getSettings();
    expect([typeof etag, etag.length > 0, settings.notifications.length > 0]).to.deep.equal(['string', true, true]);
  });

  it('saves with the ETag read and returns a new one', async () => {
    const dataSource = source({ headers: tenant() });
    const read = await dataSource.getSettings();
    const saved = await dataSource.saveSettings({ ...read.settings, websiteUrl: 'https://reseller.example/' }, read.etag);
    expect([saved.settings.websiteUrl, saved.etag === read.etag]).to.deep.equal(['https://reseller.example/', false]);
  });

  it('reads back what was saved, at the ETag the save returned', async () => {
    const dataSource = source({ headers: tenant() });
    const read = await dataSource.getSettings();
    const saved = await dataSource.saveSettings({ ...read.settings, controlPanelUrl: 'https://panel.reseller.example/' }, read.etag);
    expect(await dataSource.getSettings()).to.deep.equal(saved);
  });

  it('refuses the second of two racing saves with precondition-failed', async () => {
    const headers = tenant();
    const [alice, bob] = [source({ headers }), source({ headers })];
    const [aliceRead, bobRead] = await Promise.all([alice.getSettings(), bob.getSettings()]);
    await alice.saveSettings({ ...aliceRead.settings, websiteUrl: 'https://alice.example/' }, aliceRead.etag);
    const error = await failure(bob.saveSettings({ ...bobRead.settings, websiteUrl: 'https://bob.example/' }, bobRead.etag));
    expect([error.kind, error.status]).to.deep.equal(['precondition-failed', 412]);
  });

  it('keeps the first save when the second loses the race', async () => {
    const headers = tenant();
    const [alice, bob] = [source({ headers }), source({ headers })];
    const [aliceRead, bobRead] = await Promise.all([alice.getSettings(), bob.getSettings()]);
    await alice.saveSettings({ ...aliceRead.settings, websiteUrl: 'https://alice.example/' }, aliceRead.etag);
    await failure(bob.saveSettings({ ...bobRead.settings, websiteUrl: 'https://bob.example/' }, bobRead.etag));
    expect((await bob.getSettings()).settings.websiteUrl).to.equal('https://alice.example/');
  });

  it('gets a 428 for a save without an ETag', async () => {
    const dataSource = source({ headers: tenant() });
    const { settings } = await dataSource.getSettings();
    const error = await failure(dataSource.saveSettings(settings, ''));
    expect([error.kind, error.status]).to.deep.equal(['http', 428]);
  });

  it('reports invalid settings as invalid-request naming the field', async () => {
    const dataSource = source({ headers: tenant() });
    const read = await dataSource.getSettings();
    const error = await failure(dataSource.saveSettings({ ...read.settings, logoUrl: 'javascript:alert(1)' }, read.etag));
    expect([error.kind, error.status, error.details.problem?.errors?.map((problem) => problem.pointer)]).to.deep.equal(['invalid-request', 422, ['/logoUrl']]);
  });

  it('reports settings read without an ETag header as invalid-response, naming the CORS header', async () => {
    // A cross-origin backend that does not expose ETag looks exactly like this to the browser.
    const withoutEtag: typeof fetch = async (url, init) => {
      const response = await fetch(url, init);
      const headers = new Headers(response.headers);
      headers.delete('ETag');
      return new Response(await response.text(), { status: response.status, headers });
    };
    const error = await failure(source({ headers: tenant(), fetch: withoutEtag }).getSettings());
    expect([error.kind, error.details.path, error.message.includes('Access-Control-Expose-Headers: ETag')]).to.deep.equal(['invalid-response', 'ETag', true]);
  });

  it('sends the ETag as If-Match', async () => {
    const sent: Array<string | null> = [];
    const dataSource = source({ headers: tenant(), fetch: (url, init) => (sent.push(new Headers(init?.headers).get('If-Match')), fetch(url, init)) });
    const read = await dataSource.getSettings();
    await dataSource.saveSettings(read.settings, read.etag);
    expect(sent).to.deep.equal([null, read.etag]);
  });
});

describe('RestDataSource: HTTP errors', () => {
  const KINDS: Array<[number, BillingErrorKind]> = [
    [400, 'invalid-request'],
    [401, 'unauthorized'],
    [403, 'forbidden'],
    [404, 'not-found'],
    [409, 'conflict'],
    [412, 'precondition-failed'],
    [422, 'invalid-request'],
    [429, 'rate-limited'],
    [500, 'server'],
    [503, 'server'],
    [418, 'http'],
  ];
  for (const [status, kind] of KINDS) {
    it(`maps HTTP ${status} to ${kind}, with its problem details`, async () => {
      const error = await failure(withFault(`status=${status}`).listInvoices(customers.small, {}));
      expect([error.kind, error.status, error.details.problem?.status, error.details.problem?.detail]).to.deep.equal([
        kind,
        status,
        status,
        `Fault injected by X-Billing-Fault: status=${status}.`,
      ]);
    });
  }

  it('reads Retry-After seconds from a 429', async () => {
    const error = await failure(withFault('status=429; retry-after=7').listInvoices(customers.small, {}));
    expect([error.kind, error.details.retryAfterSeconds, error.retryable]).to.deep.equal(['rate-limited', 7, true]);
  });

  it('reads Retry-After seconds from a 503', async () => {
    const error = await failure(withFault('status=503; retry-after=120').getSettings());
    expect([error.kind, error.details.retryAfterSeconds]).to.deep.equal(['server', 120]);
  });

  it('reads a Retry-After HTTP date as seconds from now', async () => {
    const inOneMinute = new Date(Date.now() + 60_000).toUTCString();
    const withDate: typeof fetch = async (url, init) => {
      const response = await fetch(url, init);
      const headers = new Headers(response.headers);
      headers.set('Retry-After', inOneMinute);
      return new Response(await response.text(), { status: response.status, headers });
    };
    const error = await failure(withFault('status=503', { fetch: withDate }).listInvoices(customers.small, {}));
    expect(error.details.retryAfterSeconds).to.be.within(55, 60);
  });

  it('names the status and the problem detail in the message', async () => {
    const error = await failure(withFault('status=403').getInvoice(customers.small, invoices.smallPaid));
    expect(error.message).to.equal(
      `The server answered 403 Forbidden for the invoice ${invoices.smallPaid}: Fault injected by X-Billing-Fault: status=403.`,
    );
  });

  it('survives an error answer whose body is not JSON', async () => {
    // The test server's own 404 page for a path outside /api: plain text, not problem+json.
    const error = await failure(source({ baseUrl: '/not-the-api' }).listInvoices(customers.small, {}));
    expect([error.kind, error.status, error.details.problem]).to.deep.equal(['not-found', 404, undefined]);
  });
});

describe('RestDataSource: broken answers', () => {
  for (const body of ['malformed', 'truncated', 'empty', 'wrong-shape'] as const) {
    it(`reports a 200 with a ${body} body as invalid-response`, async () => {
      const error = await failure(withFault(`body=${body}`).listInvoices(customers.medium, {}));
      expect([error.kind, error.status ?? 200, error.retryable]).to.deep.equal(['invalid-response', 200, true]);
    });
  }

  it('says a malformed body is not valid JSON', async () => {
    const error = await failure(withFault('body=malformed').listInvoices(customers.medium, {}));
    expect(error.message).to.match(/^The answer for the invoice list is not valid JSON: /);
  });

  it('says an empty body was empty', async () => {
    const error = await failure(withFault('body=empty').getInvoice(customers.small, invoices.smallPaid));
    expect(error.message).to.equal(`The answer for the invoice ${invoices.smallPaid} was empty (HTTP 200).`);
  });

  it('names the path where a wrong-shape invoice list breaks the contract', async () => {
    const error = await failure(withFault('body=wrong-shape').listInvoices(customers.medium, {}));
    expect([error.details.path, error.message]).to.deep.equal([
      'items',
      'The invoice list from the server is not valid: items must be Array, not "not-a-list" (and 5 more problems)',
    ]);
  });

  it('names the path where a wrong-shape invoice breaks the contract', async () => {
    const error = await failure(withFault('body=wrong-shape').getInvoice(customers.small, invoices.smallPaid));
    expect([error.kind, error.details.path]).to.deep.equal(['invalid-response', 'id']);
  });

  it('reports wrong-shape settings as invalid-response with a path', async () => {
    const error = await failure(withFault('body=wrong-shape', { headers: tenant() }).getSettings());
    expect([error.kind, error.details.path]).to.deep.equal(['invalid-response', 'logoUrl']);
  });

  it('reports a wrong-shape answer to a send as invalid-response', async () => {
    const error = await failure(withFault('body=wrong-shape', { headers: tenant() }).sendInvoice(customers.small, invoices.smallOpen, sendRequest()));
    expect([error.kind, error.details.path]).to.deep.equal(['invalid-response', 'id']);
  });

  it('names a fractional amount by its full path', async () => {
    const fractional: typeof fetch = async (url, init) => {
      const page = (await (await fetch(url, init)).json()) as InvoicePage;
      page.items[3]!.total.amountMinor += 0.5;
      return new Response(JSON.stringify(page), { headers: { 'Content-Type': 'application/json' } });
    };
    const error = await failure(source({ fetch: fractional }).listInvoices(customers.medium, {}));
    expect(error.details.path).to.equal('items[3].total.amountMinor');
  });

  it('hints at a wrong base URL when an HTML page comes back', async () => {
    // What a misconfigured proxy or SPA fallback serves: this very test page, with 200.
    const htmlPage: typeof fetch = () => fetch(document.URL);
    const error = await failure(source({ fetch: htmlPage }).listInvoices(customers.small, {}));
    expect([error.kind, error.message.includes('does the base URL point at the billing API?')]).to.deep.equal(['invalid-response', true]);
  });
});

describe('RestDataSource: transport', () => {
  it('gives up with timeout when the server does not answer in time', async () => {
    const error = await failure(withFault('hang', { timeoutMs: 300 }).listInvoices(customers.small, {}));
    expect([error.kind, error.retryable]).to.deep.equal(['timeout', true]);
  });

  it('reports aborted, not timeout, when the caller aborts', async () => {
    const controller = new AbortController();
    const pending = withFault('hang', { timeoutMs: 10_000 }).listInvoices(customers.small, {}, controller.signal);
    setTimeout(() => controller.abort(), 50);
    const error = await failure(pending);
    expect(error.kind).to.equal('aborted');
  });

  it('reports aborted without a request when the signal is already aborted', async () => {
    let calls = 0;
    const dataSource = source({ fetch: (url, init) => (calls++, fetch(url, init)) });
    const error = await failure(dataSource.listInvoices(customers.small, {}, AbortSignal.abort()));
    expect([error.kind, calls]).to.deep.equal(['aborted', 0]);
  });

  it('reports network when nothing listens at the base URL', async () => {
    const error = await failure(source({ baseUrl: 'http://127.0.0.1:9/api' }).listInvoices(customers.small, {}));
    expect([error.kind, error.retryable]).to.deep.equal(['network', true]);
  });

  it('waits for a slow server within the timeout', async () => {
    const page = await withFault('latency=200', { timeoutMs: 5_000 }).listInvoices(customers.small, {});
    expect(page.totalCount).to.equal(3);
  });
});

describe('RestDataSource: configuration', () => {
  it('resolves a relative base URL against the document', async () => {
    const urls: string[] = [];
    await source({ fetch: (url, init) => (urls.push(String(url)), fetch(url, init)) }).listInvoices(customers.small, { limit: 5 });
    expect(urls).to.deep.equal([new URL(`/api/customers/${customers.small}/invoices?limit=5`, document.baseURI).href]);
  });

  it('accepts a base URL with a trailing slash', async () => {
    const page = await source({ baseUrl: '/api/' }).listInvoices(customers.small, {});
    expect(page.totalCount).to.equal(3);
  });

  it('accepts an absolute base URL', async () => {
    const page = await source({ baseUrl: new URL('/api', location.origin).href }).listInvoices(customers.small, {});
    expect(page.totalCount).to.equal(3);
  });

  it('works with the global fetch passed unbound', async () => {
    const page = await source({ fetch: window.fetch }).listInvoices(customers.small, {});
    expect(page.totalCount).to.equal(3);
  });

  it('asks for auth headers before every request', async () => {
    let calls = 0;
    const dataSource = source({
      authHeaders: async () => {
        calls++;
        return { Authorization: `Bearer token-${calls}` };
      },
    });
    await dataSource.listInvoices(customers.small, {});
    await dataSource.getInvoice(customers.small, invoices.smallPaid);
    await dataSource.getSettings();
    expect(calls).to.equal(3);
  });

  it('sends the headers authHeaders returns, over the static ones', async () => {
    // The backend's fault header makes the sent value visible: the 401 proves the auth headers' value won.
    const dataSource = source({ headers: { 'X-Billing-Fault': 'status=500' }, authHeaders: () => ({ 'X-Billing-Fault': 'status=401' }) });
    const error = await failure(dataSource.listInvoices(customers.small, {}));
    expect(error.kind).to.equal('unauthorized');
  });

  it('sends a refreshed token on the next request', async () => {
    // First call "expired" (a fault the backend turns into 401), second call fresh.
    let calls = 0;
    const dataSource = source({ authHeaders: (): Record<string, string> => (++calls === 1 ? { 'X-Billing-Fault': 'status=401' } : {}) });
    await failure(dataSource.listInvoices(customers.small, {}));
    const page = await dataSource.listInvoices(customers.small, {});
    expect(page.totalCount).to.equal(3);
  });

  it('reports a failing authHeaders as unauthorized', async () => {
    const error = await failure(source({ authHeaders: () => Promise.reject(new Error('refresh token expired')) }).getSettings());
    expect([error.kind, error.message]).to.deep.equal(['unauthorized', 'Could not get the auth headers for the notification settings: refresh token expired']);
  });

  it('asks for JSON and uses the credentials mode given', async () => {
    const inits: RequestInit[] = [];
    const dataSource = source({ credentials: 'include', fetch: (url, init) => (inits.push(init!), fetch(url, init)) });
    await dataSource.listInvoices(customers.small, {});
    expect([new Headers(inits[0]!.headers).get('Accept'), inits[0]!.credentials]).to.deep.equal(['application/json', 'include']);
  });

  it('sends JSON bodies with a JSON content type', async () => {
    const inits: RequestInit[] = [];
    const dataSource = source({ headers: tenant(), fetch: (url, init) => (inits.push(init!), fetch(url, init)) });
    await dataSource.sendInvoice(customers.small, invoices.smallOpen, sendRequest());
    expect([inits[0]!.method, new Headers(inits[0]!.headers).get('Content-Type'), JSON.parse(String(inits[0]!.body)).subject]).to.deep.equal([
      'POST',
      'application/json',
      'Your invoice',
    ]);
  });

  it('throws a TypeError for a base URL that is not a URL', () => {
    expect(() => new RestDataSource({ baseUrl: 'http://[::1' })).to.throw(TypeError, 'is not a valid URL');
  });
});

describe('RestDataSource: money from the server, formatted', () => {
  // Expected strings are built here by hand from the digits (not with Intl), then compared with formatMoney.
  const EN_US: Record<string, { prefix: string; digits: number }> = {
    USD: { prefix: '$', digits: 2 },
    EUR: { prefix: '€', digits: 2 },
    GBP: { prefix: '£', digits: 2 },
    JPY: { prefix: '¥', digits: 0 },
    KWD: { prefix: 'KWD\u00a0', digits: 3 },
  };

  function expectedEnUs(money: Money): string {
    const { prefix, digits } = EN_US[money.currency]!;
    const units = String(Math.abs(money.amountMinor)).padStart(digits + 1, '0');
    const whole = digits === 0 ? units : units.slice(0, -digits);
    const fraction = digits === 0 ? '' : `.${units.slice(-digits)}`;
    return `${money.amountMinor < 0 ? '-' : ''}${prefix}${whole.replace(/\B(?=(\d{3})+$)/g, ',')}${fraction}`;
  }

  const CASES: Array<[string, string]> = [
    [customers.small, 'USD'],
    [customers.medium, 'EUR'],
    [customers.gbp, 'GBP'],
    [customers.yen, 'JPY'],
    [customers.kwd, 'KWD'],
  ];
  for (const [customerId, currency] of CASES) {
    it(`formats every ${currency} amount of ${customerId} exactly in en-US`, async () => {
      const { items } = await everyPage(source(), customerId, { limit: 100 });
      const amounts = items.flatMap((item) => [item.total, item.amountDue]);
      const wrong = amounts.filter((money) => money.currency !== currency || formatMoney(money, 'en-US') !== expectedEnUs(money));
      expect({ checked: amounts.length > 0, wrong }).to.deep.equal({ checked: true, wrong: [] });
    });
  }

  it('formats a KWD line price with three decimals', async () => {
    const page = await source().listInvoices(customers.kwd, { limit: 1 });
    const invoice = await source().getInvoice(customers.kwd, page.items[0]!.id);
    const unitPrice = invoice.lines[0]!.unitPrice;
    const formatted = formatMoney(unitPrice, 'en-US');
    expect([formatted, /^-?KWD\u00a0[\d,]+\.\d{3}$/.test(formatted)]).to.deep.equal([expectedEnUs(unitPrice), true]);
  });

  it('formats a JPY total without decimals in ja-JP', async () => {
    const page = await source().listInvoices(customers.yen, { limit: 1 });
    const total = page.items[0]!.total;
    expect(formatMoney(total, 'ja-JP')).to.equal(expectedEnUs(total).replace('¥', '\uffe5'));
  });
});
