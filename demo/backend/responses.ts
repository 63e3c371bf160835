/**
 * Building the backend's responses: JSON with the right content type, and RFC 9457 problem details for every error.
 * Fetch API only, so it runs in Node and in the browser.
 */
import type { ProblemDetails } from '../../src/api/types.js';

/** Headers every API response carries: never cached (data changes per tenant and test), readable cross-origin. */
const COMMON_HEADERS = {
  'Cache-Control': 'no-store',
  'Access-Control-Allow-Origin': '*',
  // Without this a cross-origin client cannot read the ETag, and If-Match saving breaks.
  'Access-Control-Expose-Headers': 'ETag, Retry-After, Location, Idempotent-Replayed',
};

export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { ...COMMON_HEADERS, 'Content-Type': 'application/json; charset=utf-8', ...headers },
  });
}

export function bytesResponse(bytes: Uint8Array<ArrayBuffer>, contentType: string, headers: Record<string, string> = {}): Response {
  return new Response(bytes, { status: 200, headers: { ...COMMON_HEADERS, 'Content-Type': contentType, ...headers } });
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  412: 'Precondition Failed',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  428: 'Precondition Required',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** A field error: a JSON Pointer (RFC 6901) into the request body or query, and what is wrong there. */
export interface FieldError {
  pointer: string;
  detail: string;
}

export function problemResponse(
  status: number,
  detail: string,
  options: { errors?: FieldError[]; headers?: Record<string, string>; instance?: string } = {},
): Response {
  const problem: ProblemDetails = { type: 'about:blank', title: TITLES[status] ?? 'Error', status, detail };
  if (options.instance) problem.instance = options.instance;
  if (options.errors && options.errors.length > 0) problem.errors = options.errors;
  return new Response(JSON.stringify(problem), {
    status,
    headers: { ...COMMON_HEADERS, 'Content-Type': 'application/problem+json; charset=utf-8', ...options.headers },
  });
}

/** Escapes a key for use in a JSON Pointer. */
export function pointerKey(key: string | number): string {
  return String(key).replace(/~/g, '~0').replace(/\//g, '~1');
}
