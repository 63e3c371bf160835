import { encodeComponent } from './urls.js';
import type { BillingDataSource } from './data-source.js';
import { BillingError } from './errors.js';
import type { GenericSchema } from 'valibot';
import { fetchJson, type JsonRequest } from './fetch-json.js';
import { IDEMPOTENCY_KEY_HEADER, newIdempotencyKey } from './idempotency-key.js';
import { loadResponseSchemas, type ResponseSchemas } from './response-schemas.js';
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

/** Which schema, of those in `schemas.ts`, an answer must match. */
type SchemaOf<T> = (schemas: ResponseSchemas) => GenericSchema<T>;

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
    const request = { query: queryParams(query), signal };
    const { data } = await this.request('the invoice list', 'GET', ['customers', customerId, 'invoices'], (s) => s.invoicePageSchema, request);
    return data;
  }

  async getInvoice(customerId: string, invoiceId: string, signal?: AbortSignal): Promise<Invoice> {
    const path = ['customers', customerId, 'invoices', invoiceId];
    const { data } = await this.request(`the invoice ${invoiceId}`, 'GET', path, (s) => s.invoiceSchema, { signal });
    return data;
  }

  /** Every send carries an `Idempotency-Key`: the caller's, or (for a caller that gives none) a fresh one. */
  async sendInvoice(
    customerId: string,
    invoiceId: string,
    request: SendInvoiceRequest,
    signal?: AbortSignal,
    idempotencyKey: string = newIdempotencyKey(),
  ): Promise<SentEmail> {
    const path = ['customers', customerId, 'invoices', invoiceId, 'emails'];
    const { data } = await this.request(`the e-mail of invoice ${invoiceId}`, 'POST', path, (s) => s.sentEmailSchema, {
      body: request,
      headers: { [IDEMPOTENCY_KEY_HEADER]: idempotencyKey },
      signal,
    });
    return data;
  }

  async getSettings(signal?: AbortSignal): Promise<VersionedSettings> {
    const what = 'the notification settings';
    const response = await this.request(what, 'GET', ['settings', 'notifications'], (s) => s.notificationSettingsSchema, { signal });
    return versioned(response, what);
  }

  async saveSettings(settings: NotificationSettings, etag: string, signal?: AbortSignal): Promise<VersionedSettings> {
    const what = 'the saved notification settings';
    const response = await this.request(what, 'PUT', ['settings', 'notifications'], (s) => s.notificationSettingsSchema, {
      body: settings,
      headers: { 'If-Match': etag },
      signal,
    });
    return versioned(response, what);
  }

  /** One request whose answer is checked against `schema`: `data` is what the contract promises, or this throws. */
  private async request<T>(
    what: string,
    method: JsonRequest['method'],
    segments: string[],
    schema: SchemaOf<T>,
    extra: { query?: URLSearchParams; body?: unknown; headers?: Record<string, string>; signal?: AbortSignal | undefined },
  ): Promise<{ data: T; headers: Headers }> {
    const schemas = loadResponseSchemas(what); // loads while the request is on its way
    const url = new URL(segments.map(pathSegment).join('/'), this.baseUrl);
    if (extra.query) url.search = extra.query.toString();
    const headers = new Headers({ Accept: 'application/json' });
    for (const [name, value] of Object.entries(this.options.headers ?? {})) headers.set(name, value);
    for (const [name, value] of Object.entries(extra.headers ?? {})) headers.set(name, value);
    for (const [name, value] of Object.entries(await this.authHeaders(what))) headers.set(name, value);
    const response = await fetchJson({
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
    const checks = await schemas;
    return { data: checks.parseResponse(schema(checks), response.data, capitalize(what)), headers: response.headers };
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
  return encodeComponent(id);
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

function versioned({ data: settings, headers }: { data: NotificationSettings; headers: Headers }, what: string): VersionedSettings {
  const etag = headers.get('ETag');
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
