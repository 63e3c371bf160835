// Tests the example adapter of docs/custom-data-source.md. Its "legacy API" is a fetch function (legacy-api-fixture.ts),
// not a server: what is under test is the adapter's mapping of shapes, amounts, paging and errors, not transport.
import { expect } from '@open-wc/testing';
import { BillingError } from '../../src/api/errors.js';
import { invoicePageSchema, invoiceSchema, notificationSettingsSchema, parseResponse, sentEmailSchema } from '../../src/api/schemas.js';
import type { Seller } from '../../src/api/types.js';
import { LEGACY_BASE_URL, createLegacyApi, type LegacyApiFixture } from './legacy-api-fixture.js';
import { LegacyBillingAdapter, decimalToMinor } from './legacy-billing-adapter.js';

const SELLER: Seller = {
  name: 'Northwind Hosting',
  address: { lines: ['18 Harbour Street'], city: 'Bristol', postalCode: 'BS1 4RN', region: null, country: 'GB' },
  taxId: null,
  email: 'billing@northwind.example',
  logoUrl: null,
};

let api: LegacyApiFixture;
let adapter: LegacyBillingAdapter;

beforeEach(() => {
  api = createLegacyApi();
  adapter = new LegacyBillingAdapter({ baseUrl: LEGACY_BASE_URL, seller: SELLER, fetch: api.fetch });
});

async function failure(promise: Promise<unknown>): Promise<BillingError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(BillingError);
    return error as BillingError;
  }
  throw new Error('expected the call to fail');
}

describe('decimalToMinor', () => {
  it('converts a two-decimal amount to cents', () => {
    expect(decimalToMinor('12.34', 2)).to.equal(1234);
  });

  it('converts an amount that floats get wrong (1.005 × 100 = 100.49999…) exactly', () => {
    expect(decimalToMinor('1.005', 3)).to.equal(1005);
  });

  it('pads a short fraction', () => {
    expect(decimalToMinor('0.1', 2)).to.equal(10);
  });

  it('accepts a whole amount', () => {
    expect(decimalToMinor('-5', 2)).to.equal(-500);
  });

  it('ignores trailing zeros beyond the currency’s decimals', () => {
    expect(decimalToMinor('1500.000', 0)).to.equal(1500);
  });

  it('turns negative zero into zero', () => {
    expect(Object.is(decimalToMinor('-0.00', 2), 0)).to.equal(true);
  });

  it('keeps every digit of a large amount', () => {
    expect(decimalToMinor('90071992547409.91', 2)).to.equal(9007199254740991);
  });

  it('refuses more decimals than the currency has, rather than rounding', () => {
    expect(() => decimalToMinor('12.345', 2)).to.throw(TypeError, 'more than 2 decimals');
  });

  it('refuses an amount beyond the safe integer range', () => {
    expect(() => decimalToMinor('90071992547409.92', 2)).to.throw(TypeError, 'too large');
  });

  it('refuses exponents, commas and words', () => {
    for (const amount of ['1e3', '1,234.00', 'twelve', '', '.5']) expect(() => decimalToMinor(amount, 2), amount).to.throw(TypeError);
  });
});

describe('LegacyBillingAdapter', () => {
  it('maps a legacy page to a page the contract accepts', async () => {
    const page = await adapter.listInvoices('c-usd', { limit: 25 });
    expect(() => parseResponse(invoicePageSchema, page, 'The adapted page')).not.to.throw();
  });

  it('maps legacy rows field by field, amounts as exact minor units', async () => {
    const page = await adapter.listInvoices('c-usd', { limit: 2 });
    expect(page.items[1]).to.deep.equal({
      id: 'L-0002',
      number: 'L-0002',
      kind: 'invoice',
      status: 'open',
      issueDate: '2025-03-02',
      dueDate: '2025-04-02',
      description: 'Hosting, month 2',
      total: { amountMinor: 201, currency: 'USD' },
      amountDue: { amountMinor: 201, currency: 'USD' },
      corrects: null,
    });
  });

  it('maps every legacy state to a status', async () => {
    const page = await adapter.listInvoices('c-usd', { limit: 5 });
    expect(page.items.map((item) => item.status)).to.deep.equal(['paid', 'open', 'overdue', 'void', 'draft']);
  });

  it('converts 3-decimal dinars exactly', async () => {
    const page = await adapter.listInvoices('c-kwd', {});
    expect(page.items[0]!.total).to.deep.equal({ amountMinor: 1234567, currency: 'KWD' });
  });

  it('maps a negative yen credit note with the invoice it corrects', async () => {
    const page = await adapter.listInvoices('c-jpy', {});
    const creditNote = page.items[1]!;
    expect([creditNote.kind, creditNote.total.amountMinor, creditNote.corrects]).to.deep.equal(['credit_note', -500, { id: 'J-1', number: 'J-1' }]);
  });

  it('pages through every legacy page by cursor without gap or duplicate', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof adapter.listInvoices>> = await adapter.listInvoices('c-usd', { limit: 25, cursor });
      expect(page.offset).to.equal(seen.length);
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).to.deep.equal(Array.from({ length: 60 }, (_, index) => `L-${String(index + 1).padStart(4, '0')}`));
  });

  it('goes back a page with previousCursor', async () => {
    const first = await adapter.listInvoices('c-usd', { limit: 25 });
    const second = await adapter.listInvoices('c-usd', { limit: 25, cursor: first.nextCursor });
    const back = await adapter.listInvoices('c-usd', { limit: 25, cursor: second.previousCursor });
    expect(back).to.deep.equal(first);
  });

  it('translates filters and sort into the legacy query', async () => {
    await adapter.listInvoices('c-usd', {
      status: ['open', 'overdue'],
      search: 'hosting',
      issuedFrom: '2025-01-01',
      issuedTo: '2025-12-31',
      sort: 'total',
      order: 'desc',
      limit: 10,
    });
    expect(Object.fromEntries(api.requests[0]!.url.searchParams)).to.deep.equal({
      page: '1',
      per_page: '10',
      state: 'OUTSTANDING,LATE',
      q: 'hosting',
      from: '2025-01-01',
      to: '2025-12-31',
      order_by: 'amount',
      direction: 'desc',
    });
  });

  it('refuses a cursor it did not issue', async () => {
    const error = await failure(adapter.listInvoices('c-usd', { cursor: 'page:0' }));
    expect(error.kind).to.equal('invalid-request');
  });

  it('maps a full legacy invoice to an invoice the contract accepts', async () => {
    const invoice = await adapter.getInvoice('c-usd', 'L-0002');
    expect(() => parseResponse(invoiceSchema, invoice, 'The adapted invoice')).not.to.throw();
  });

  it('maps legacy lines, taxes and payments to exact minor units', async () => {
    const invoice = await adapter.getInvoice('c-usd', 'L-0002');
    expect({
      lineTotals: invoice.lines.map((line) => line.lineTotal.amountMinor),
      priceSources: invoice.lines.map((line) => line.priceSource),
      tax: invoice.taxes[0]!.tax.amountMinor,
      amountPaid: invoice.amountPaid.amountMinor,
    }).to.deep.equal({ lineTotals: [1005, 300], priceSources: ['msrp', 'reseller'], tax: 23, amountPaid: 600 });
  });

  it('lists the legacy e-mails newest first', async () => {
    const invoice = await adapter.getInvoice('c-usd', 'L-0002');
    expect(invoice.emails.map((email) => [email.id, email.to])).to.deep.equal([
      ['M-2', ['ada@bakery.example', 'books@bakery.example']],
      ['M-1', ['ada@bakery.example']],
    ]);
  });

  it('sends an invoice through the legacy mailer and returns what was sent', async () => {
    const sent = await adapter.sendInvoice('c-usd', 'L-0002', {
      to: ['ada@bakery.example'],
      cc: ['books@bakery.example'],
      bcc: [],
      subject: 'Invoice L-0002',
      message: 'Hello',
      attachment: { filename: 'L-0002.pdf', contentType: 'application/pdf', contentBase64: 'JVBERi0=' },
    });
    expect(parseResponse(sentEmailSchema, sent, 'The adapted e-mail')).to.deep.equal({
      id: 'M-99',
      sentAt: '2025-06-15T15:06:40.000Z',
      to: ['ada@bakery.example'],
      cc: ['books@bakery.example'],
      bcc: [],
      subject: 'Invoice L-0002',
    });
  });

  it('hands the legacy mailer every recipient in one string', async () => {
    await adapter.sendInvoice('c-usd', 'L-0002', {
      to: ['ada@bakery.example'],
      cc: ['books@bakery.example'],
      bcc: ['audit@northwind.example'],
      subject: 'Invoice',
      message: '',
      attachment: { filename: 'a.pdf', contentType: 'application/pdf', contentBase64: '' },
    });
    expect((api.requests[0]!.body as { recipients: string }).recipients).to.equal('ada@bakery.example, books@bakery.example, audit@northwind.example');
  });

  it('turns the legacy branding version into an ETag', async () => {
    const { settings, etag } = await adapter.getSettings();
    expect([parseResponse(notificationSettingsSchema, settings, 'The adapted settings').notifications.length, etag]).to.deep.equal([2, '"v7"']);
  });

  it('saves settings at the version read and returns the next one', async () => {
    const { settings, etag } = await adapter.getSettings();
    const saved = await adapter.saveSettings({ ...settings, websiteUrl: 'https://northwind.example' }, etag);
    expect([saved.settings.websiteUrl, saved.etag]).to.deep.equal(['https://northwind.example', '"v8"']);
  });

  it('reports a save from an outdated version as precondition-failed', async () => {
    const { settings, etag } = await adapter.getSettings();
    await adapter.saveSettings(settings, etag);
    const error = await failure(adapter.saveSettings(settings, etag));
    expect(error.kind).to.equal('precondition-failed');
  });

  it('maps the legacy "ok: false" NOT_FOUND envelope to not-found', async () => {
    const error = await failure(adapter.listInvoices('c-missing', {}));
    expect(error.kind).to.equal('not-found');
  });

  it('maps an unknown legacy invoice to not-found', async () => {
    const error = await failure(adapter.getInvoice('c-usd', 'L-9999'));
    expect(error.kind).to.equal('not-found');
  });

  it('maps a legacy 503 HTML page to a server error', async () => {
    const error = await failure(adapter.listInvoices('c-down', {}));
    expect([error.kind, error.status]).to.deep.equal(['server', 503]);
  });

  it('maps a failed fetch to a network error', async () => {
    const error = await failure(adapter.listInvoices('c-offline', {}));
    expect(error.kind).to.equal('network');
  });

  it('maps the caller’s abort to aborted', async () => {
    const controller = new AbortController();
    const pending = adapter.listInvoices('c-slow', {}, controller.signal);
    controller.abort();
    const error = await failure(pending);
    expect(error.kind).to.equal('aborted');
  });

  it('reports an amount with more decimals than its currency as an invalid response', async () => {
    const error = await failure(adapter.listInvoices('c-bad-amount', {}));
    expect([error.kind, error.message]).to.deep.equal([
      'invalid-response',
      'The legacy billing API sent a record the adapter cannot read: 12.345 has more than 2 decimals',
    ]);
  });

  it('reports an unknown legacy state as an invalid response', async () => {
    const error = await failure(adapter.listInvoices('c-bad-state', {}));
    expect(error.kind).to.equal('invalid-response');
  });
});
