/**
 * One JSON request over fetch, with every way it can fail turned into a `BillingError`: the caller's abort, the
 * timeout, the network, a non-2xx answer (with its RFC 9457 body and Retry-After), and a 2xx answer that is not JSON.
 * Checking the JSON's shape is left to the caller (`parseResponse` in schemas.ts), which knows what it expects.
 * An error body is read as RFC 9457 problem details when it is one.
 */
import { BillingError, kindForStatus } from './errors.js';
import { loadResponseSchemas } from './response-schemas.js';
import type { ProblemDetails } from './types.js';

export interface JsonRequest {
  method: 'GET' | 'POST' | 'PUT';
  url: string;
  headers: Headers;
  /** Sent as JSON. */
  body?: unknown;
  credentials?: RequestCredentials | undefined;
  /** The caller's signal: aborting it is an `aborted` error, never a `timeout`. */
  signal?: AbortSignal | undefined;
  timeoutMs: number;
  /** Called as a plain function, so the global fetch works unbound. */
  fetch: (url: string, init: RequestInit) => Promise<Response>;
  /** What is being fetched, for messages: "the invoice list". */
  what: string;
}

export interface JsonResponse {
  data: unknown;
  headers: Headers;
  status: number;
}

export async function fetchJson(request: JsonRequest): Promise<JsonResponse> {
  const { signal: callerSignal, what } = request;
  const timeoutSignal = AbortSignal.timeout(request.timeoutMs);
  const signal = callerSignal ? AbortSignal.any([callerSignal, timeoutSignal]) : timeoutSignal;

  // Both the request and reading its body can be cut short by an abort, a timeout or the network.
  const failure = (error: unknown, stage: string): BillingError => {
    if (error instanceof BillingError) return error;
    if (callerSignal?.aborted) {
      return new BillingError('aborted', `${capitalize(what)} was no longer needed; the request was aborted.`, { cause: error });
    }
    if (timeoutSignal.aborted) {
      return new BillingError('timeout', `No answer for ${what} within ${request.timeoutMs} ms (${request.method} ${request.url}).`, {
        cause: error,
      });
    }
    return new BillingError('network', `Could not ${stage} ${what} (${request.method} ${request.url}): ${messageOf(error)}`, {
      cause: error,
    });
  };

  if (callerSignal?.aborted) throw failure(callerSignal.reason, 'request');

  const init: RequestInit = { method: request.method, headers: request.headers, signal };
  if (request.credentials) init.credentials = request.credentials;
  if (request.body !== undefined) {
    if (!request.headers.has('Content-Type')) request.headers.set('Content-Type', 'application/json');
    init.body = JSON.stringify(request.body);
  }

  let response: Response;
  let text: string;
  try {
    response = await request.fetch(request.url, init);
  } catch (error) {
    throw failure(error, 'request');
  }
  try {
    text = await response.text();
  } catch (error) {
    // A 2xx body that breaks off half-way is a broken answer, not a missing one.
    const mapped = failure(error, 'read the answer for');
    if (mapped.kind !== 'network' || !response.ok) throw mapped;
    throw new BillingError('invalid-response', `The answer for ${what} broke off before it was complete: ${messageOf(error)}`, {
      status: response.status,
      cause: error,
    });
  }

  if (!response.ok) throw await httpError(response, text, request);

  if (text.trim() === '') {
    throw new BillingError('invalid-response', `The answer for ${what} was empty (HTTP ${response.status}).`, { status: response.status });
  }
  try {
    return { data: JSON.parse(text), headers: response.headers, status: response.status };
  } catch (error) {
    const type = response.headers.get('Content-Type') ?? 'no Content-Type';
    // An HTML page here usually means the base URL points at a web page rather than the API.
    const hint = /json/i.test(type) ? '' : ` The server sent ${type}; does the base URL point at the billing API?`;
    throw new BillingError('invalid-response', `The answer for ${what} is not valid JSON: ${messageOf(error)}.${hint}`, {
      status: response.status,
      cause: error,
    });
  }
}

async function httpError(response: Response, text: string, request: JsonRequest): Promise<BillingError> {
  const problem = await parseProblem(text, request.what);
  const retryAfterSeconds = parseRetryAfter(response.headers.get('Retry-After'));
  const statusText = problem?.title ?? response.statusText;
  const detail = problem?.detail ? `: ${problem.detail}` : '';
  const message = `The server answered ${response.status}${statusText ? ` ${statusText}` : ''} for ${request.what}${detail}`;
  const details: BillingError['details'] = { status: response.status };
  if (problem) details.problem = problem;
  if (retryAfterSeconds !== undefined) details.retryAfterSeconds = retryAfterSeconds;
  return new BillingError(kindForStatus(response.status), message, details);
}

/**
 * The RFC 9457 body, if the error body is one; anything else (HTML, plain text, garbage) is ignored. So are the
 * problem details when the code that checks them cannot load: the status alone still says what went wrong.
 */
async function parseProblem(text: string, what: string): Promise<ProblemDetails | undefined> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  try {
    return (await loadResponseSchemas(what)).parseProblemDetails(json);
  } catch {
    return undefined;
  }
}

/** Retry-After as seconds from now: either delay-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  // Only something that looks like a date ("Wed, 25 Nov 2026 20:00:00 GMT"); Date.parse reads "-5" or "1.5" as years.
  const date = /[a-z]/i.test(trimmed) ? Date.parse(trimmed) : Number.NaN;
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now) / 1000));
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
