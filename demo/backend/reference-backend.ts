/**
 * The reference backend: the billing HTTP contract (`src/api/openapi.yaml`) over the demo seed, for the demo portal,
 * Storybook and the browser tests.
 *
 * It is written against the Fetch API's Request and Response only — no Node imports — so the same code runs in two
 * places: in Node behind `toNodeListener` (Vite dev server, web-test-runner, `serve.ts`), and in the browser, where
 * Storybook has no server. There, `RestDataSource` is given an injected `fetch` that calls `handle()` directly: the
 * elements still go through the real REST client, URLs, headers, status codes and JSON, by the same code path as in
 * production, without a service worker to install, scope and keep alive.
 *
 * Routes (under `basePath`, default `/api`):
 *   GET  /customers                                  { items: CustomerSummary[] }
 *   GET  /customers/{cid}/invoices                   InvoicePage (cursor, limit, status, issuedFrom, issuedTo, search, sort, order)
 *   GET  /customers/{cid}/invoices/{iid}             Invoice
 *   POST /customers/{cid}/invoices/{iid}/emails      201 SentEmail (body SendInvoiceRequest); a repeated Idempotency-Key
 *                                                    gets the first answer and sends nothing (idempotent-sends.ts)
 *   GET  /settings/notifications                     NotificationSettings + ETag
 *   PUT  /settings/notifications                     If-Match required: 200 + new ETag, 412 stale, 428 missing, 422 invalid
 *   GET  /outbox                                     { items: OutboxEntry[] }, newest first
 *   GET  /outbox/{id}/attachment                     the sent PDF
 *   GET  /assets/logo.png                            the demo reseller's logo
 *   GET  /assets/logo.svg                            the same logo as SVG
 *   POST /__test/restart                             (test hooks only) drop in-memory state, as a restart would
 * Every error is RFC 9457 problem+json.
 *
 * With `testHooks`, `X-Billing-Tenant` selects an isolated settings + outbox namespace and `X-Billing-Fault` injects
 * failures (see `faults.ts`). Without it both headers are ignored and every request is tenant `default`.
 */
import type { CustomerSummary, Invoice, SentEmail } from '../../src/api/types.js';
import { renderInvoiceEmail } from '../../src/email/render-invoice-email.js';
import { defaultSettings } from './default-settings.js';
import { IDEMPOTENCY_KEY_HEADER, IdempotentSends } from './idempotent-sends.js';
import { applyBodyFault, delay, droppedResponse, faultStatusResponse, parseFaults, untilAborted, type Faults } from './faults.js';
import { pageOf, parseInvoiceQuery } from './invoice-query.js';
import { logoPngBytes } from './logo-png.js';
import { HOSTILE_LOGO_SVG, LOGO_SVG } from './logo-svg.js';
import { Outbox, type OutboxEntry } from './outbox.js';
import { bytesResponse, jsonResponse, problemResponse } from './responses.js';
import { CUSTOMERS, LOGO_PATH, generateInvoice, seededInvoices, type SeededInvoices } from './seed.js';
import type { SettingsStore, StoredSettings } from './settings-store-contract.js';
import { validateSendRequest, type ValidSendRequest } from './validate-send-request.js';
import { validateSettings } from './validate-settings.js';

export interface ReferenceBackendOptions {
  /** Where notification settings are kept: `FileSettingsStore` in Node, `MemorySettingsStore` in the browser. */
  store: SettingsStore;
  /** Honour `X-Billing-Tenant`, `X-Billing-Fault` and `POST /__test/restart`. Only for tests. */
  testHooks?: boolean;
  /** Path prefix of every route. Default `/api`. */
  basePath?: string;
  /** The clock, for `sentAt`. */
  now?: () => Date;
}

export interface ReferenceBackend {
  handle(request: Request): Promise<Response>;
}

export const DEFAULT_TENANT = 'default';
export const TENANT_HEADER = 'X-Billing-Tenant';
export const FAULT_HEADER = 'X-Billing-Fault';
const TENANT_MAX_LENGTH = 200;

/** Methods per route; a route handler gets the decoded path parameters. */
type Handler = (context: RequestContext, ...params: string[]) => Promise<Response> | Response;
interface Route {
  pattern: readonly string[];
  methods: Partial<Record<'GET' | 'PUT' | 'POST', Handler>>;
  testOnly?: boolean;
}

interface RequestContext {
  request: Request;
  url: URL;
  tenant: string;
  /** Absolute URL of the logo as this backend serves it, from the request's own origin. */
  logoUrl: string;
}

function etagOf(version: number): string {
  return `"${version}"`;
}

/** Whether an If-Match header names the current version (`*` matches anything that exists, i.e. always here). */
function ifMatchHolds(header: string, version: number): boolean {
  const current = etagOf(version);
  return header.split(',').some((tag) => {
    const trimmed = tag.trim();
    return trimmed === '*' || trimmed === current;
  });
}

async function readJsonBody(request: Request): Promise<{ body: unknown } | Response> {
  const contentType = request.headers.get('Content-Type') ?? '';
  if (!/^application\/([\w.+-]+\+)?json\b/i.test(contentType)) {
    return problemResponse(415, 'Send the body as JSON with Content-Type: application/json.');
  }
  const text = await request.text();
  try {
    return { body: JSON.parse(text) as unknown };
  } catch {
    return problemResponse(400, 'The body is not valid JSON.');
  }
}

export function createReferenceBackend(options: ReferenceBackendOptions): ReferenceBackend {
  const { store, testHooks = false } = options;
  const basePath = `/${(options.basePath ?? '/api').replace(/^\/+|\/+$/g, '')}`.replace(/^\/$/, '');
  const now = options.now ?? (() => new Date());
  let outbox = new Outbox();
  let sends = new IdempotentSends();

  async function currentSettings(tenant: string, logoUrl: string): Promise<StoredSettings> {
    return (await store.read(tenant)) ?? { settings: defaultSettings(logoUrl), version: 0 };
  }

  function customerOr404(customerId: string): SeededInvoices | Response {
    return seededInvoices(customerId) ?? problemResponse(404, `There is no customer ${customerId}.`);
  }

  function invoiceOr404(customerId: string, invoiceId: string, context: RequestContext): Invoice | Response {
    const seeded = customerOr404(customerId);
    if (seeded instanceof Response) return seeded;
    const index = seeded.indexById.get(invoiceId);
    if (index === undefined) return problemResponse(404, `Customer ${customerId} has no invoice ${invoiceId}.`);
    return { ...generateInvoice(seeded.customer, index, context.logoUrl), emails: outbox.sentFor(context.tenant, customerId, invoiceId) };
  }

  /** Renders the e-mail, puts it in the outbox and answers with its record. */
  async function deliver(context: RequestContext, customerId: string, invoice: Invoice, send: ValidSendRequest): Promise<Response> {
    const { settings } = await currentSettings(context.tenant, context.logoUrl);
    const customer = seededInvoices(customerId)!.customer;
    const email = renderInvoiceEmail({
      invoice: { ...invoice, buyerName: invoice.buyer.name },
      settings,
      sellerName: invoice.seller.name,
      subject: send.subject,
      message: send.message,
      // The customer's language: as the sender's PDF was written, else the buyer's, else the seed's.
      locale: send.language ?? invoice.buyer.language ?? customer.locale,
    });
    const sentAt = now();
    const sent: SentEmail = { id: Outbox.nextId(sentAt), sentAt: sentAt.toISOString(), to: send.to, cc: send.cc, bcc: send.bcc, subject: email.subject };
    const entry: OutboxEntry = {
      ...sent,
      customerId,
      invoiceId: invoice.id,
      invoiceNumber: invoice.number,
      html: email.html,
      text: email.text,
      attachment: { filename: send.filename, contentType: 'application/pdf', size: send.pdf.length },
    };
    outbox.record(context.tenant, entry, send.pdf);
    return jsonResponse(sent, 201, { Location: `${basePath}/outbox/${encodeURIComponent(sent.id)}` });
  }

  const routes: Route[] = [
    {
      pattern: ['customers'],
      methods: {
        GET: () => {
          const items: CustomerSummary[] = CUSTOMERS.map(({ id, name, email, invoiceCount }) => ({ id, name, email, invoiceCount }));
          return jsonResponse({ items });
        },
      },
    },
    {
      pattern: ['customers', ':customerId', 'invoices'],
      methods: {
        GET: (context, customerId = '') => {
          const seeded = customerOr404(customerId);
          if (seeded instanceof Response) return seeded;
          const query = parseInvoiceQuery(context.url.searchParams);
          if (Array.isArray(query)) return problemResponse(400, 'Some query parameters are not valid.', { errors: query });
          const page = pageOf(seeded, query);
          if ('pointer' in page) return problemResponse(400, page.detail, { errors: [page] });
          return jsonResponse(page);
        },
      },
    },
    {
      pattern: ['customers', ':customerId', 'invoices', ':invoiceId'],
      methods: {
        GET: (context, customerId = '', invoiceId = '') => {
          const invoice = invoiceOr404(customerId, invoiceId, context);
          return invoice instanceof Response ? invoice : jsonResponse(invoice);
        },
      },
    },
    {
      pattern: ['customers', ':customerId', 'invoices', ':invoiceId', 'emails'],
      methods: {
        POST: async (context, customerId = '', invoiceId = '') => {
          const invoice = invoiceOr404(customerId, invoiceId, context);
          if (invoice instanceof Response) return invoice;
          const parsed = await readJsonBody(context.request);
          if (parsed instanceof Response) return parsed;
          const send = validateSendRequest(parsed.body);
          if (Array.isArray(send)) return problemResponse(422, 'The e-mail cannot be sent as it is.', { errors: send });
          // The attachment is left out: a client makes the PDF again for a retry, and its bytes (dates) may differ.
          const fingerprint = JSON.stringify([invoiceId, send.to, send.cc, send.bcc, send.subject, send.message]);
          const key = context.request.headers.get(IDEMPOTENCY_KEY_HEADER);
          return sends.once(`${context.tenant}\u0000${customerId}`, key, fingerprint, () => deliver(context, customerId, invoice, send));
        },
      },
    },
    {
      pattern: ['settings', 'notifications'],
      methods: {
        GET: async (context) => {
          const { settings, version } = await currentSettings(context.tenant, context.logoUrl);
          return jsonResponse(settings, 200, { ETag: etagOf(version) });
        },
        PUT: async (context) => {
          const ifMatch = context.request.headers.get('If-Match');
          if (ifMatch === null || ifMatch.trim() === '') {
            return problemResponse(428, 'Send the ETag you read the settings at as If-Match, so no one else’s save is overwritten.');
          }
          const current = await currentSettings(context.tenant, context.logoUrl);
          const stale = () =>
            problemResponse(412, 'The settings were changed by someone else since you loaded them. Reload them, then save again.', {
              headers: { ETag: etagOf(current.version) },
            });
          if (!ifMatchHolds(ifMatch, current.version)) return stale();
          const parsed = await readJsonBody(context.request);
          if (parsed instanceof Response) return parsed;
          const settings = validateSettings(parsed.body, current.settings);
          if (Array.isArray(settings)) return problemResponse(422, 'Some settings are not valid.', { errors: settings });
          const written = await store.write(context.tenant, settings, current.version);
          if (!written.ok) return stale();
          return jsonResponse(settings, 200, { ETag: etagOf(written.version) });
        },
      },
    },
    {
      pattern: ['outbox'],
      methods: { GET: (context) => jsonResponse({ items: outbox.list(context.tenant) }) },
    },
    {
      pattern: ['outbox', ':emailId', 'attachment'],
      methods: {
        GET: (context, emailId = '') => {
          const found = outbox.attachment(context.tenant, emailId);
          if (!found) return problemResponse(404, `There is no sent e-mail ${emailId}.`);
          const filename = found.entry.attachment.filename.replace(/["\\\r\n]/g, '_');
          return bytesResponse(found.pdf, 'application/pdf', {
            'Content-Disposition': `inline; filename="${filename.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
          });
        },
      },
    },
    {
      pattern: ['assets', 'logo.png'],
      methods: { GET: () => bytesResponse(logoPngBytes(), 'image/png', { 'Cache-Control': 'public, max-age=3600' }) },
    },
    {
      pattern: ['assets', 'logo.svg'],
      methods: { GET: () => svgResponse(LOGO_SVG) },
    },
    {
      // An SVG at an address that does not end in .svg, as image CDNs serve them.
      pattern: ['__test', 'logo'],
      testOnly: true,
      methods: { GET: () => svgResponse(LOGO_SVG) },
    },
    {
      pattern: ['__test', 'hostile-logo.svg'],
      testOnly: true,
      methods: { GET: () => svgResponse(HOSTILE_LOGO_SVG) },
    },
    {
      pattern: ['__test', 'restart'],
      testOnly: true,
      methods: {
        POST: () => {
          // Settings live in the store and are re-read on every request; everything else a restart forgets.
          outbox = new Outbox();
          sends = new IdempotentSends();
          return new Response(null, { status: 204 });
        },
      },
    },
  ];

  function svgResponse(svg: string): Response {
    return bytesResponse(new TextEncoder().encode(svg), 'image/svg+xml', { 'Cache-Control': 'public, max-age=3600' });
  }

  function match(segments: string[]): { route: Route; params: string[] } | null {
    for (const route of routes) {
      if (route.testOnly && !testHooks) continue;
      if (route.pattern.length !== segments.length) continue;
      const params: string[] = [];
      const matches = route.pattern.every((part, position) => {
        const segment = segments[position] as string;
        if (part.startsWith(':')) {
          params.push(segment);
          return segment !== '';
        }
        return part === segment;
      });
      if (matches) return { route, params };
    }
    return null;
  }

  async function route(request: Request, url: URL, tenant: string): Promise<Response> {
    const path = url.pathname.slice(basePath.length);
    let segments: string[];
    try {
      segments = path.split('/').slice(1).map((segment) => decodeURIComponent(segment));
    } catch {
      return problemResponse(404, `Nothing is at ${url.pathname}.`);
    }
    const found = match(segments);
    if (!found) return problemResponse(404, `Nothing is at ${url.pathname}.`);
    const method = request.method === 'HEAD' ? 'GET' : request.method;
    const allowed = Object.keys(found.route.methods);
    if (request.method === 'OPTIONS') return preflight(allowed);
    const handler = found.route.methods[method as keyof Route['methods']];
    if (!handler) {
      return problemResponse(405, `${request.method} is not allowed here; use ${allowed.join(' or ')}.`, { headers: { Allow: allowed.join(', ') } });
    }
    const context: RequestContext = { request, url, tenant, logoUrl: `${url.origin}${basePath}${LOGO_PATH}` };
    return handler(context, ...found.params);
  }

  function preflight(allowed: string[]): Response {
    return new Response(null, {
      status: 204,
      headers: {
        'Access-Control-Allow-Origin': '*',
        'Access-Control-Allow-Methods': [...allowed, 'OPTIONS'].join(', '),
        'Access-Control-Allow-Headers': `Content-Type, If-Match, ${IDEMPOTENCY_KEY_HEADER}, Authorization, ${TENANT_HEADER}, ${FAULT_HEADER}`,
        'Access-Control-Max-Age': '600',
      },
    });
  }

  async function handle(request: Request): Promise<Response> {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return problemResponse(400, 'The request URL is not absolute.');
    }
    if (url.pathname !== basePath && !url.pathname.startsWith(`${basePath}/`)) return problemResponse(404, `Nothing is at ${url.pathname}.`);

    let tenant = DEFAULT_TENANT;
    let faults: Faults | null = null;
    if (testHooks) {
      const tenantHeader = request.headers.get(TENANT_HEADER)?.trim();
      if (tenantHeader) {
        if (tenantHeader.length > TENANT_MAX_LENGTH) return problemResponse(400, `${TENANT_HEADER} must be at most ${TENANT_MAX_LENGTH} characters.`);
        tenant = tenantHeader;
      }
      const parsed = parseFaults(request.headers.get(FAULT_HEADER));
      if (typeof parsed === 'string') return problemResponse(400, `${FAULT_HEADER}: ${parsed}`);
      faults = parsed;
    }

    if (faults && request.method !== 'OPTIONS') {
      if (faults.hang) return untilAborted(request.signal);
      await delay(faults.latencyMs, request.signal);
      if (faults.status !== null) return faultStatusResponse(faults);
    }

    let response: Response;
    try {
      response = await route(request, url, tenant);
    } catch (error) {
      console.error('Reference backend failed:', error);
      response = problemResponse(500, 'The reference backend failed; see its log.');
    }
    if (faults?.drop) return droppedResponse();
    return faults?.body ? applyBodyFault(response, faults.body) : response;
  }

  return { handle };
}
