/**
 * Fault injection for tests (only when the backend runs with `testHooks`). A test sends
 * `X-Billing-Fault: latency=300; status=503; retry-after=2` and the backend misbehaves accordingly, so elements are
 * tested against real HTTP failures instead of a stubbed fetch. Directives, `;`-separated:
 *   latency=<ms>          wait before answering (0–60000)
 *   status=<code>         answer with a problem+json of that status (400–599) instead of handling the request
 *   retry-after=<s>       add a Retry-After header to that answer
 *   body=malformed        JSON that does not parse
 *   body=truncated        the real body, cut in half
 *   body=empty            no body at all
 *   body=wrong-shape      valid JSON that is not what the contract promises
 *   body=totals-off       the real invoice, its total (BT-112) and amount due one major unit too high: still the
 *                         contract's shape, but its figures do not add up (BR-CO-15), as a faulty billing system's would
 *   hang                  never answer (until the client gives up and aborts)
 *   drop                  handle the request, then cut the connection instead of answering (a lost answer)
 * Body faults replace the body of the real response, keeping its status (200 for a GET) and headers, after the request
 * was handled: a save did happen, only its answer broke.
 */
import type { Money } from '../../src/api/types.js';
import { minorUnitDigits } from '../../src/format/money.js';
import { problemResponse } from './responses.js';

export type BodyFault = 'malformed' | 'truncated' | 'empty' | 'wrong-shape' | 'totals-off';

export interface Faults {
  latencyMs: number;
  status: number | null;
  retryAfterSeconds: number | null;
  body: BodyFault | null;
  hang: boolean;
  drop: boolean;
}

const BODY_FAULTS: readonly BodyFault[] = ['malformed', 'truncated', 'empty', 'wrong-shape', 'totals-off'];

/** Parses the header; returns an error message for a directive it does not understand (a broken test, not a fault). */
export function parseFaults(header: string | null): Faults | string {
  const faults: Faults = { latencyMs: 0, status: null, retryAfterSeconds: null, body: null, hang: false, drop: false };
  if (!header) return faults;
  for (const directive of header.split(';').map((part) => part.trim()).filter(Boolean)) {
    const [name = '', value = ''] = directive.split('=', 2).map((part) => part.trim());
    const number = Number(value);
    switch (name.toLowerCase()) {
      case 'latency':
        if (!Number.isInteger(number) || number < 0 || number > 60_000) return `latency must be 0–60000 ms, not "${value}"`;
        faults.latencyMs = number;
        break;
      case 'status':
        if (!Number.isInteger(number) || number < 400 || number > 599) return `status must be 400–599, not "${value}"`;
        faults.status = number;
        break;
      case 'retry-after':
        if (!Number.isInteger(number) || number < 0) return `retry-after must be whole seconds, not "${value}"`;
        faults.retryAfterSeconds = number;
        break;
      case 'body':
        if (!BODY_FAULTS.includes(value as BodyFault)) return `body must be one of ${BODY_FAULTS.join(', ')}, not "${value}"`;
        faults.body = value as BodyFault;
        break;
      case 'hang':
        faults.hang = true;
        break;
      case 'drop':
        faults.drop = true;
        break;
      default:
        return `Unknown fault directive "${directive}"`;
    }
  }
  return faults;
}

/** Waits `ms`, or less if the request is aborted. */
export function delay(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted || ms <= 0) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}

/** Resolves only when the client aborts: a server that never answers. */
export function untilAborted(signal: AbortSignal): Promise<Response> {
  return new Promise((resolve) => {
    const answer = () => resolve(problemResponse(499, 'The client gave up waiting.'));
    if (signal.aborted) return answer();
    signal.addEventListener('abort', answer, { once: true });
  });
}

/** The answer a `status=` fault gives instead of handling the request. */
export function faultStatusResponse(faults: Faults): Response {
  const status = faults.status ?? 500;
  const headers: Record<string, string> = faults.retryAfterSeconds === null ? {} : { 'Retry-After': String(faults.retryAfterSeconds) };
  return problemResponse(status, `Fault injected by X-Billing-Fault: status=${status}.`, { headers });
}

/** Breaks a real response's body as asked, keeping its status and headers (except the length). */
export async function applyBodyFault(response: Response, fault: BodyFault): Promise<Response> {
  const headers = new Headers(response.headers);
  headers.delete('Content-Length');
  headers.set('Content-Type', 'application/json; charset=utf-8');
  const text = await response.text();
  let body: string | null;
  switch (fault) {
    case 'malformed':
      body = '{"items": [{"id": "inv-1", "total": {"amountMinor": 12';
      break;
    case 'truncated':
      body = text.slice(0, Math.floor(text.length / 2));
      break;
    case 'empty':
      body = null;
      break;
    case 'wrong-shape':
      body = JSON.stringify({ data: 'not what the contract promises', items: 'not-a-list', total: '12.50' });
      break;
    case 'totals-off':
      body = totalsOff(text);
      break;
  }
  const status = response.status === 204 ? 200 : response.status;
  return new Response(body, { status, headers });
}

/**
 * An invoice whose total with VAT (BT-112) is one major unit more than its net total plus VAT, with the amount due
 * raised alike so that BR-CO-15 is the one rule it breaks. A body that is no invoice is left as it is.
 */
function totalsOff(text: string): string {
  const invoice = JSON.parse(text) as { status?: string; total?: Money; amountDue?: Money };
  if (!invoice.total || !invoice.amountDue) return text;
  const majorUnit = 10 ** minorUnitDigits(invoice.total.currency);
  invoice.total.amountMinor += majorUnit;
  // Nothing is due on a void invoice, whatever its total.
  if (invoice.status !== 'void') invoice.amountDue.amountMinor += majorUnit;
  return JSON.stringify(invoice);
}

/**
 * The answer of a `drop` fault: a response whose body fails before its first byte. The Node listener then cuts the
 * connection, and a client calling `handle()` directly fails reading the body; either way the answer is lost.
 */
export function droppedResponse(): Response {
  const body = new ReadableStream({ start: (controller) => controller.error(new Error('Fault injected by X-Billing-Fault: drop.')) });
  return new Response(body, { status: 200 });
}
