import type { BillingDataSource } from './data-source.js';
import { BillingError } from './errors.js';
import { fetchJson, type JsonRequest } from './fetch-json.js';
import {
  invoicePageSchema,
  invoiceSchema,
  notificationSettingsSchema,
  parseResponse,
  sentEmailSchema,
} from './schemas.js';
import type {
  Invoice,
  InvoicePage,
  InvoiceQuery,
  NotificationSettings,
  SendInvoiceRequest,
  SentEmail,
  VersionedSettings,
} from './types.js';

export interface RestDataSourceOptions {
  /** Where the API lives: absolute, or relative to `document.baseURI` (e.g. `/api`). */
  baseUrl: string;
  /** Extra headers for every request. */
  headers?: Record<string, string>;
  /**
   * Called before every request, so a token that refreshes is always current; its headers win over `headers`.
   * May be async.
   */
  authHeaders?: () => Promise<Record<string, string>> | Record<string, string>;
  /** The fetch credentials mode, e.g. `include` for a cookie session on another origin. */
  credentials?: RequestCredentials;
  /** A fetch to use instead of the global one (tests, service workers, an in-page backend). */
  fetch?: typeof fetch;
  /** How long to wait for an answer, in milliseconds. Default 15000. */
  timeoutMs?: number;
}

type FetchFunction = JsonRequest['fetch'];

/**
 * The elements' data source over the HTTP contract in `openapi.yaml`. Every answer is checked against the contract;
 * every failure is a `BillingError` whose `kind` says what went wrong (the message, in English, is for logs).
 *
 * ```ts
 * const dataSource = new RestDataSource({ baseUrl: '/api', authHeaders: async () => ({ Authorization: `Bearer ${await token()}` }) });
 * ```
 */
export class RestDataSource implements BillingDataSource {
  private readonly baseUrl: URL;
  private readonly fetch: FetchFunction;
  private readonly timeoutMs: number;

  constructor(private readonly options: RestDataSourceOptions) {
    this.baseUrl = resolveBaseUrl(options.baseUrl);
    const injected = options.fetch;
    // Called as a plain function: `this.options.fetch(...)` would call the native fetch on the options object, which
    // browsers reject with "Illegal invocation".
    this.fetch = (url, init) => (injected ?? globalThis.fetch)(url, init);
    this.timeoutMs = options.timeoutMs ?? 15_000;
  }

  async listInvoices(customerId: string, query: InvoiceQuery, signal?: AbortSignal): Promise<InvoicePage> {
    const what = 'the invoice list';
    const { data } = await this.request(what, 'GET', ['customers', customerId, 'invoices'], { query: queryParams(query), signal });
    return parseResponse(invoicePageSchema, data, capitalize(what));
  }

  async getInvoice(customerId: string, invoiceId: string, signal?: AbortSignal): Promise<Invoice> {
    const what = `the invoice ${invoiceId}`;
    const { data } = await this.request(what, 'GET', ['customers', customerId, 'invoices', invoiceId], { signal });
    return parseResponse(invoiceSchema, data, capitalize(what));
  }

  async sendInvoice(customerId: string, invoiceId: string, request: SendInvoiceRequest, signal?: AbortSignal): Promise<SentEmail> {
    const what = `the e-mail of invoice ${invoiceId}`;
    const { data } = await this.request(what, 'POST', ['customers', customerId, 'invoices', invoiceId, 'emails'], { body: request, signal });
    return parseResponse(sentEmailSchema, data, capitalize(what));
  }

  async getSettings(signal?: AbortSignal): Promise<VersionedSettings> {
    const what = 'the notification settings';
    const response = await this.request(what, 'GET', ['settings', 'notifications'], { signal });
    return versioned(response, what);
  }

  async saveSettings(settings: NotificationSettings, etag: string, signal?: AbortSignal): Promise<VersionedSettings> {
    const what = 'the saved notification settings';
    const response = await this.request(what, 'PUT', ['settings', 'notifications'], {
      body: settings,
      headers: { 'If-Match': etag },
      signal,
    });
    return versioned(response, what);
  }

  private async request(
    what: string,
    method: JsonRequest['method'],
    segments: string[],
    extra: { query?: URLSearchParams; body?: unknown; headers?: Record<string, string>; signal?: AbortSignal | undefined },
  ) {
    const url = new URL(segments.map(pathSegment).join('/'), this.baseUrl);
    if (extra.query) url.search = extra.query.toString();
    const headers = new Headers({ Accept: 'application/json' });
    for (const [name, value] of Object.entries(this.options.headers ?? {})) headers.set(name, value);
    for (const [name, value] of Object.entries(extra.headers ?? {})) headers.set(name, value);
    for (const [name, value] of Object.entries(await this.authHeaders(what))) headers.set(name, value);
    return fetchJson({
      what,
      method,
      url: url.href,
      headers,
      body: extra.body,
      credentials: this.options.credentials,
      signal: extra.signal,
      timeoutMs: this.timeoutMs,
      fetch: this.fetch,
    });
  }

  private async authHeaders(what: string): Promise<Record<string, string>> {
    if (!this.options.authHeaders) return {};
    try {
      return await this.options.authHeaders();
    } catch (error) {
      if (error instanceof BillingError) throw error;
      // The host could not produce credentials (e.g. its token refresh failed): to the user, that means signing in again.
      throw new BillingError('unauthorized', `Could not get the auth headers for ${what}: ${error instanceof Error ? error.message : String(error)}`, {
        cause: error,
      });
    }
  }
}

/** The base URL as a directory URL, so `new URL('customers', base)` appends rather than replaces its last segment. */
function resolveBaseUrl(baseUrl: string): URL {
  const withSlash = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  const base = typeof document === 'undefined' ? undefined : document.baseURI;
  try {
    return new URL(withSlash, base);
  } catch {
    throw new TypeError(
      `RestDataSource: baseUrl "${baseUrl}" is not a valid URL` + (base ? '.' : '; outside a page it must be absolute (https://…).'),
    );
  }
}

/**
 * An id as one path segment. An empty id, `.` or `..` would silently address another route (`invoices/..` is the
 * customer), and URLs cannot escape them (`%2E` is a dot segment too), so they are refused.
 */
function pathSegment(id: string): string {
  if (id === '' || id === '.' || id === '..') throw new BillingError('invalid-request', `"${id}" is not a valid id.`);
  return encodeURIComponent(id);
}

/** The list query as URL parameters; empty filters are left out, statuses are one comma-separated parameter. */
function queryParams(query: InvoiceQuery): URLSearchParams {
  const params = new URLSearchParams();
  const add = (name: string, value: string | number | null | undefined) => {
    if (value !== null && value !== undefined && value !== '') params.set(name, String(value));
  };
  add('cursor', query.cursor);
  add('limit', query.limit);
  add('status', query.status?.join(','));
  add('issuedFrom', query.issuedFrom);
  add('issuedTo', query.issuedTo);
  add('search', query.search);
  add('sort', query.sort);
  add('order', query.order);
  return params;
}

function versioned(response: { data: unknown; headers: Headers }, what: string): VersionedSettings {
  const settings = parseResponse(notificationSettingsSchema, response.data, capitalize(what));
  const etag = response.headers.get('ETag');
  if (!etag) {
    throw new BillingError(
      'invalid-response',
      `${capitalize(what)} came without an ETag header, so a save could not be kept from overwriting someone else's. ` +
        'A backend on another origin must send "Access-Control-Expose-Headers: ETag", or the browser hides the header.',
      { path: 'ETag' },
    );
  }
  return { settings, etag };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
