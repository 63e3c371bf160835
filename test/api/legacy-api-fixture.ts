/**
 * A stand-in for the imagined legacy billing API of `legacy-billing-adapter.ts`, as a fetch function. There is no
 * legacy server to run, and what the adapter's tests check is its mapping of shapes, amounts and errors, not HTTP
 * transport (the REST data source's tests cover transport against the real reference backend).
 *
 * Customers: `c-usd` (60 invoices), `c-kwd` and `c-jpy` (one each), `c-missing` (the legacy "ok: false" envelope),
 * `c-down` (a 503 HTML page), `c-offline` (fetch rejects), `c-slow` (answers only when aborted),
 * `c-bad-amount` (an amount with too many decimals), `c-bad-state` (a state the adapter does not know).
 */
import type { LegacyBranding, LegacyInvoiceDetail, LegacyInvoiceRow, LegacyListResponse } from './legacy-billing-adapter.js';

export interface LegacyApiFixture {
  fetch: typeof fetch;
  /** Every request the adapter made, for checking how it spoke to the legacy API. */
  requests: Array<{ method: string; url: URL; body: unknown }>;
}

export const LEGACY_BASE_URL = 'https://legacy-billing.example/api/v2';

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
const legacyError = (code: string, message: string) => json({ ok: false, error: { code, message } });

function usdRow(index: number): LegacyInvoiceRow {
  const day = String((index % 28) + 1).padStart(2, '0');
  return {
    invoice_no: `L-${String(index + 1).padStart(4, '0')}`,
    state: (['SETTLED', 'OUTSTANDING', 'LATE', 'CANCELLED', 'DRAFT'] as const)[index % 5]!,
    title: `Hosting, month ${index + 1}`,
    issued_on: `2025-03-${day}`,
    due_on: `2025-04-${day}`,
    amount: `${index + 1}.${String(index % 100).padStart(2, '0')}`,
    balance: index % 5 === 0 ? '0.00' : `${index + 1}.${String(index % 100).padStart(2, '0')}`,
    currency_code: 'USD',
    credit_for: null,
  };
}

const ROWS: Record<string, LegacyInvoiceRow[]> = {
  'c-usd': Array.from({ length: 60 }, (_, index) => usdRow(index)),
  'c-kwd': [
    { invoice_no: 'K-1', state: 'OUTSTANDING', title: 'استضافة', issued_on: '2025-05-01', due_on: '2025-05-31', amount: '1234.567', balance: '1234.567', currency_code: 'KWD', credit_for: null },
  ],
  'c-jpy': [
    { invoice_no: 'J-1', state: 'SETTLED', title: 'ホスティング', issued_on: '2025-05-01', due_on: '2025-05-31', amount: '1500', balance: '0', currency_code: 'JPY', credit_for: null },
    { invoice_no: 'J-2', state: 'SETTLED', title: '返金', issued_on: '2025-05-02', due_on: '2025-05-02', amount: '-500', balance: '0', currency_code: 'JPY', credit_for: 'J-1' },
  ],
  'c-bad-amount': [{ ...usdRow(0), amount: '12.345' }],
  'c-bad-state': [{ ...usdRow(0), state: 'ARCHIVED' as never }],
};

function detail(row: LegacyInvoiceRow): LegacyInvoiceDetail {
  return {
    ...row,
    customer: { id: 'c-usd', name: 'Ada’s Bakery', email: 'ada@bakery.example', street: '12 Flour Street', zip: '97204', city: 'Portland', country: 'US', vat_id: null },
    lines: [
      { sku: 'HOST-1', text: 'Hosting', qty: '1', unit: 'month', unit_price: '10.05', list_price: '10.05', discount: '0.00', vat_rate: '0', net: '10.05' },
      { sku: 'DOM-1', text: 'Domain', qty: '3', unit: 'domain', unit_price: '1.10', list_price: '1.20', discount: '0.30', vat_rate: '7.5', net: '3.00' },
    ],
    net_total: '13.35',
    discount_total: '0.30',
    vat: [{ rate: '7.5', base: '3.00', amount: '0.23' }],
    payments: [
      { id: 'P-1', paid_on: '2025-03-05', via: 'Card', ref: 'TX-1', amount: '5.00' },
      { id: 'P-2', paid_on: '2025-03-06', via: 'Card', ref: null, amount: '1.00' },
    ],
    mails: [
      { mail_id: 'M-1', sent_at_unix: 1_741_000_000, to: 'ada@bakery.example', subject: 'Your invoice' },
      { mail_id: 'M-2', sent_at_unix: 1_742_000_000, to: 'ada@bakery.example, books@bakery.example', subject: 'Reminder' },
    ],
    remarks: 'Thank you!',
  };
}

export function createLegacyApi(): LegacyApiFixture {
  const requests: LegacyApiFixture['requests'] = [];
  let branding: LegacyBranding = {
    logo: 'https://cdn.example/logo.png',
    panel_url: 'https://panel.example',
    site_url: null,
    notify: { invoice_issued: true, payment_overdue: false },
    version: 7,
  };

  async function answer(method: string, url: URL, body: unknown, signal: AbortSignal | null | undefined): Promise<Response> {
    const path = url.pathname.slice(new URL(LEGACY_BASE_URL).pathname.length);
    const customer = /^\/customers\/([^/]+)/.exec(path)?.[1];
    if (customer === 'c-offline') throw new TypeError('Failed to fetch');
    if (customer === 'c-slow') {
      return new Promise((_, reject) => signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    }
    if (customer === 'c-down') return new Response('<h1>503 Service Unavailable</h1>', { status: 503, headers: { 'Content-Type': 'text/html' } });
    if (path === '/branding' && method === 'GET') return json(branding);
    if (path === '/branding' && method === 'PUT') {
      const update = body as LegacyBranding;
      if (update.version !== branding.version) return json({ ok: false, error: { code: 'STALE_VERSION', message: 'changed meanwhile' } }, 409);
      branding = { ...update, version: branding.version + 1 };
      return json(branding);
    }
    const rows = customer ? ROWS[decodeURIComponent(customer)] : undefined;
    if (!rows) return legacyError('NOT_FOUND', `no customer ${customer}`);
    const invoiceMatch = /^\/customers\/[^/]+\/invoices\/([^/]+)(\/mail)?$/.exec(path);
    if (invoiceMatch) {
      const row = rows.find((candidate) => candidate.invoice_no === decodeURIComponent(invoiceMatch[1]!));
      if (!row) return legacyError('NO_SUCH_INVOICE', 'unknown invoice');
      if (invoiceMatch[2]) return json({ mail_id: 'M-99', sent_at_unix: 1_750_000_000 });
      return json(detail(row));
    }
    const states = url.searchParams.get('state')?.split(',');
    const matching = states ? rows.filter((row) => states.includes(row.state)) : rows;
    const page = Number(url.searchParams.get('page') ?? 1);
    const perPage = Number(url.searchParams.get('per_page') ?? 25);
    const list: LegacyListResponse = {
      invoices: matching.slice((page - 1) * perPage, page * perPage),
      page,
      per_page: perPage,
      total_entries: matching.length,
      outstanding: [{ amount: rows[0]!.balance, currency_code: rows[0]!.currency_code }],
    };
    return json(list);
  }

  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input));
    const method = init?.method ?? 'GET';
    const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
    requests.push({ method, url, body });
    return answer(method, url, body, init?.signal);
  }) as typeof globalThis.fetch;

  return { fetch, requests };
}
