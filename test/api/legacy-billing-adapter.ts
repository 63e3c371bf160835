/**
 * Example: a data source for a billing system that does not speak the billing-elements contract. It is the code
 * `docs/custom-data-source.md` walks through, kept here (not in the package) so the test beside it proves it works.
 *
 * The imagined legacy API:
 *   GET  /customers/{id}/invoices?page=2&per_page=25&state=OUTSTANDING,LATE&q=…&from=…&to=…&order_by=…&direction=…
 *        → { invoices: [{ invoice_no, state, title, issued_on, due_on, amount: "12.34", balance: "12.34",
 *            currency_code, credit_for }], page, per_page, total_entries, outstanding: [{ amount, currency_code }] }
 *   GET  /customers/{id}/invoices/{invoice_no}      → the same row plus lines, vat, payments, mails, notes, customer
 *   POST /customers/{id}/invoices/{invoice_no}/mail → { mail_id, sent_at_unix }
 *   GET  /branding   → { logo, panel_url, site_url, notify: { invoice_issued: true, … }, version: 7 }
 *   PUT  /branding   (body includes the version read) → the same, version + 1; 409 STALE_VERSION when outdated
 * Amounts are decimal strings; errors come as HTTP 200 with { ok: false, error: { code, message } } (a classic), or
 * as a plain 5xx page when the system is down.
 */
import type { BillingDataSource } from '../../src/api/data-source.js';
import { BillingError, type BillingErrorKind } from '../../src/api/errors.js';
import type {
  Invoice,
  InvoicePage,
  InvoiceQuery,
  InvoiceSortField,
  InvoiceStatus,
  InvoiceSummary,
  Money,
  NotificationSettings,
  SendInvoiceRequest,
  Seller,
  SentEmail,
  VersionedSettings,
} from '../../src/api/types.js';
import { minorUnitDigits } from '../../src/format/money.js';

// ——— The legacy system's shapes ———

export type LegacyState = 'DRAFT' | 'OUTSTANDING' | 'SETTLED' | 'LATE' | 'CANCELLED';

export interface LegacyInvoiceRow {
  invoice_no: string;
  state: LegacyState;
  title: string;
  issued_on: string;
  due_on: string;
  amount: string;
  balance: string;
  currency_code: string;
  /** The invoice number a credit note corrects; credit notes have negative amounts. */
  credit_for: string | null;
}

export interface LegacyInvoiceDetail extends LegacyInvoiceRow {
  customer: { id: string; name: string; email: string; street: string; zip: string; city: string; country: string; vat_id: string | null };
  lines: Array<{ sku: string; text: string; qty: string; unit: string; unit_price: string; list_price: string; discount: string; vat_rate: string; net: string }>;
  net_total: string;
  discount_total: string;
  vat: Array<{ rate: string; base: string; amount: string }>;
  payments: Array<{ id: string; paid_on: string; via: string; ref: string | null; amount: string }>;
  mails: Array<{ mail_id: string; sent_at_unix: number; to: string; subject: string }>;
  remarks: string | null;
}

export interface LegacyListResponse {
  invoices: LegacyInvoiceRow[];
  page: number;
  per_page: number;
  total_entries: number;
  outstanding: Array<{ amount: string; currency_code: string }>;
}

export interface LegacyBranding {
  logo: string | null;
  panel_url: string | null;
  site_url: string | null;
  notify: Record<string, boolean>;
  version: number;
}

// ——— The adapter ———

export interface LegacyBillingAdapterOptions {
  /** Absolute URL of the legacy API. */
  baseUrl: string;
  /** The reseller as it should appear on invoices; the legacy system does not store it. */
  seller: Seller;
  fetch?: typeof fetch;
}

const STATE_TO_STATUS: Record<LegacyState, InvoiceStatus> = {
  DRAFT: 'draft',
  OUTSTANDING: 'open',
  SETTLED: 'paid',
  LATE: 'overdue',
  CANCELLED: 'void',
};
const STATUS_TO_STATE = Object.fromEntries(Object.entries(STATE_TO_STATUS).map(([state, status]) => [status, state])) as Record<
  InvoiceStatus,
  LegacyState
>;
const SORT_FIELDS: Record<InvoiceSortField, string> = {
  issueDate: 'issued_on',
  dueDate: 'due_on',
  number: 'invoice_no',
  total: 'amount',
  status: 'state',
};
const NOTIFICATION_LABELS: Record<string, string> = {
  invoice_issued: 'Invoice issued',
  payment_received: 'Payment received',
  payment_overdue: 'Payment overdue',
};
const LEGACY_ERRORS: Record<string, BillingErrorKind> = {
  NOT_FOUND: 'not-found',
  NO_SUCH_INVOICE: 'not-found',
  AUTH_REQUIRED: 'unauthorized',
  DENIED: 'forbidden',
  BAD_INPUT: 'invalid-request',
  STALE_VERSION: 'precondition-failed',
  THROTTLED: 'rate-limited',
};

export class LegacyBillingAdapter implements BillingDataSource {
  private readonly fetch: (url: string, init: RequestInit) => Promise<Response>;

  constructor(private readonly options: LegacyBillingAdapterOptions) {
    const injected = options.fetch;
    this.fetch = (url, init) => (injected ?? globalThis.fetch)(url, init);
  }

  async listInvoices(customerId: string, query: InvoiceQuery, signal?: AbortSignal): Promise<InvoicePage> {
    const page = query.cursor ? pageFromCursor(query.cursor) : 1;
    const params = new URLSearchParams({ page: String(page), per_page: String(query.limit ?? 25) });
    if (query.status?.length) params.set('state', query.status.map((status) => STATUS_TO_STATE[status]).join(','));
    if (query.search) params.set('q', query.search);
    if (query.issuedFrom) params.set('from', query.issuedFrom);
    if (query.issuedTo) params.set('to', query.issuedTo);
    if (query.sort) params.set('order_by', SORT_FIELDS[query.sort]);
    if (query.order) params.set('direction', query.order);
    const body = (await this.call('GET', `/customers/${encodeURIComponent(customerId)}/invoices?${params}`, undefined, signal)) as LegacyListResponse;
    return convert(() => ({
      items: body.invoices.map(toSummary),
      totalCount: body.total_entries,
      offset: (body.page - 1) * body.per_page,
      // The legacy system pages by number; the number, wrapped, is the cursor.
      nextCursor: body.page * body.per_page < body.total_entries ? `page:${body.page + 1}` : null,
      previousCursor: body.page > 1 ? `page:${body.page - 1}` : null,
      balanceDue: body.outstanding.map((entry) => toMoney(entry.amount, entry.currency_code)),
    }));
  }

  async getInvoice(customerId: string, invoiceId: string, signal?: AbortSignal): Promise<Invoice> {
    const path = `/customers/${encodeURIComponent(customerId)}/invoices/${encodeURIComponent(invoiceId)}`;
    const detail = (await this.call('GET', path, undefined, signal)) as LegacyInvoiceDetail;
    return convert(() => {
      const currency = detail.currency_code;
      const money = (amount: string) => toMoney(amount, currency);
      const summary = toSummary(detail);
      const paid = detail.payments.map((payment) => money(payment.amount).amountMinor).reduce((sum, amount) => sum + amount, 0);
      const address = { lines: [detail.customer.street], city: detail.customer.city, postalCode: detail.customer.zip, region: null, country: detail.customer.country };
      return {
        ...summary,
        currency,
        servicePeriod: null,
        seller: this.options.seller,
        buyer: { customerId: detail.customer.id, name: detail.customer.name, email: detail.customer.email, address, taxId: detail.customer.vat_id },
        lines: detail.lines.map((line, index) => ({
          id: `${detail.invoice_no}-${index + 1}`,
          sku: line.sku,
          description: line.text,
          period: null,
          quantity: line.qty,
          unit: line.unit,
          unitPrice: money(line.unit_price),
          msrpUnitPrice: money(line.list_price),
          priceSource: line.unit_price === line.list_price ? 'msrp' : 'reseller',
          discount: money(line.discount),
          taxRate: line.vat_rate,
          lineTotal: money(line.net),
        })),
        subtotal: money(detail.net_total),
        discountTotal: money(detail.discount_total),
        taxes: detail.vat.map((vat) => ({ rate: vat.rate, label: 'VAT', taxableAmount: money(vat.base), tax: money(vat.amount) })),
        payments: detail.payments.map((payment) => ({ id: payment.id, date: payment.paid_on, method: payment.via, reference: payment.ref, amount: money(payment.amount) })),
        amountPaid: { amountMinor: paid, currency },
        notes: detail.remarks,
        terms: null,
        emails: detail.mails.map(toSentEmail).sort((a, b) => b.sentAt.localeCompare(a.sentAt)),
      };
    });
  }

  async sendInvoice(customerId: string, invoiceId: string, request: SendInvoiceRequest, signal?: AbortSignal): Promise<SentEmail> {
    const path = `/customers/${encodeURIComponent(customerId)}/invoices/${encodeURIComponent(invoiceId)}/mail`;
    // The legacy mailer takes one comma-separated recipient string and no cc/bcc: they go to it as recipients.
    const recipients = [...request.to, ...request.cc, ...request.bcc];
    const body = (await this.call(
      'POST',
      path,
      { recipients: recipients.join(', '), subject: request.subject, body: request.message, pdf_base64: request.attachment.contentBase64 },
      signal,
    )) as { mail_id: string; sent_at_unix: number };
    return { ...toSentEmail({ mail_id: body.mail_id, sent_at_unix: body.sent_at_unix, to: request.to.join(', '), subject: request.subject }), cc: request.cc, bcc: request.bcc };
  }

  async getSettings(signal?: AbortSignal): Promise<VersionedSettings> {
    return toVersioned((await this.call('GET', '/branding', undefined, signal)) as LegacyBranding);
  }

  async saveSettings(settings: NotificationSettings, etag: string, signal?: AbortSignal): Promise<VersionedSettings> {
    const branding: LegacyBranding = {
      logo: settings.logoUrl,
      panel_url: settings.controlPanelUrl,
      site_url: settings.websiteUrl,
      notify: Object.fromEntries(settings.notifications.map((toggle) => [toggle.type, toggle.enabled])),
      // The legacy system versions with a number in the body; the elements only ever see it as an opaque ETag.
      version: versionFromEtag(etag),
    };
    return toVersioned((await this.call('PUT', '/branding', branding, signal)) as LegacyBranding);
  }

  /** One call to the legacy API, with its transport and its error envelope mapped to BillingError. */
  private async call(method: string, path: string, body: unknown, signal: AbortSignal | undefined): Promise<unknown> {
    const init: RequestInit = { method, headers: { Accept: 'application/json' } };
    if (signal) init.signal = signal;
    if (body !== undefined) {
      init.body = JSON.stringify(body);
      init.headers = { Accept: 'application/json', 'Content-Type': 'application/json' };
    }
    let response: Response;
    let text: string;
    try {
      response = await this.fetch(this.options.baseUrl + path, init);
      text = await response.text();
    } catch (error) {
      if (signal?.aborted) throw new BillingError('aborted', `Legacy ${method} ${path} was aborted.`, { cause: error });
      throw new BillingError('network', `Could not reach the legacy billing API (${method} ${path}).`, { cause: error });
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      if (!response.ok) throw new BillingError(kindForLegacyStatus(response.status), `Legacy ${method} ${path} failed with HTTP ${response.status}.`, { status: response.status });
      throw new BillingError('invalid-response', `Legacy ${method} ${path} did not answer JSON.`, { status: response.status, cause: error });
    }
    const envelope = json as { ok?: boolean; error?: { code?: string; message?: string } };
    if (envelope.ok === false || !response.ok) {
      const code = envelope.error?.code ?? `HTTP ${response.status}`;
      const kind = LEGACY_ERRORS[code] ?? kindForLegacyStatus(response.status);
      throw new BillingError(kind, `Legacy ${method} ${path} failed: ${code}${envelope.error?.message ? ` (${envelope.error.message})` : ''}`, {
        status: response.status,
      });
    }
    return json;
  }
}

function kindForLegacyStatus(status: number): BillingErrorKind {
  if (status >= 500) return 'server';
  return status >= 400 ? 'http' : 'invalid-response';
}

/** Runs a conversion; a legacy record that cannot be converted (a bad amount, a missing field) is an invalid response. */
function convert<T>(build: () => T): T {
  try {
    return build();
  } catch (error) {
    if (error instanceof BillingError) throw error;
    throw new BillingError('invalid-response', `The legacy billing API sent a record the adapter cannot read: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
}

function toSummary(row: LegacyInvoiceRow): InvoiceSummary {
  const status = STATE_TO_STATUS[row.state];
  if (!status) throw new TypeError(`unknown state ${JSON.stringify(row.state)} on ${row.invoice_no}`);
  return {
    id: row.invoice_no,
    number: row.invoice_no,
    kind: row.credit_for ? 'credit_note' : 'invoice',
    status,
    issueDate: row.issued_on,
    dueDate: row.due_on,
    description: row.title,
    total: toMoney(row.amount, row.currency_code),
    amountDue: toMoney(row.balance, row.currency_code),
    corrects: row.credit_for ? { id: row.credit_for, number: row.credit_for } : null,
  };
}

function toSentEmail(mail: { mail_id: string; sent_at_unix: number; to: string; subject: string }): SentEmail {
  return {
    id: mail.mail_id,
    sentAt: new Date(mail.sent_at_unix * 1000).toISOString(),
    to: mail.to.split(',').map((address) => address.trim()).filter(Boolean),
    cc: [],
    bcc: [],
    subject: mail.subject,
  };
}

function toVersioned(branding: LegacyBranding): VersionedSettings {
  return convert(() => ({
    settings: {
      logoUrl: branding.logo,
      controlPanelUrl: branding.panel_url,
      websiteUrl: branding.site_url,
      notifications: Object.entries(branding.notify).map(([type, enabled]) => ({ type, label: NOTIFICATION_LABELS[type] ?? type, enabled })),
    },
    etag: `"v${branding.version}"`,
  }));
}

function versionFromEtag(etag: string): number {
  const match = /^"v(\d+)"$/.exec(etag);
  // An ETag this adapter did not make can only be stale.
  if (!match) throw new BillingError('precondition-failed', `Not a version this adapter issued: ${etag}`);
  return Number(match[1]);
}

function pageFromCursor(cursor: string): number {
  const match = /^page:([1-9]\d*)$/.exec(cursor);
  if (!match) throw new BillingError('invalid-request', `Not a cursor this adapter issued: ${cursor}`);
  return Number(match[1]);
}

/** A decimal string in the currency's major unit as exact minor units. */
export function toMoney(amount: string, currency: string): Money {
  if (!/^[A-Z]{3}$/.test(currency)) throw new TypeError(`not an ISO 4217 currency code: ${JSON.stringify(currency)}`);
  return { amountMinor: decimalToMinor(amount, minorUnitDigits(currency)), currency };
}

/**
 * "12.34" with 2 digits → 1234; "-0.5" → -50; "1500" with 0 digits → 1500; "1.234" with 3 digits → 1234.
 * Done on the digits, not with `Math.round(parseFloat(x) * 100)`: 1.005 * 100 is 100.49999999999999 in floats.
 * An amount with more decimals than the currency has is refused rather than rounded: money is never silently changed.
 */
export function decimalToMinor(amount: string, digits: number): number {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(amount.trim());
  if (!match) throw new TypeError(`not a decimal amount: ${JSON.stringify(amount)}`);
  const [, sign = '', whole = '', fraction = ''] = match;
  const significant = fraction.replace(/0+$/, '');
  if (significant.length > digits) throw new TypeError(`${amount} has more than ${digits} decimals`);
  const minor = Number(`${sign}${whole}${fraction.padEnd(digits, '0').slice(0, digits)}`);
  if (!Number.isSafeInteger(minor)) throw new TypeError(`${amount} is too large to count exactly`);
  return minor + 0; // "-0.00" is 0, not -0
}
