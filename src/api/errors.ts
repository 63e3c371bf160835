import type { ProblemDetails } from './types.js';

/** What kind of failure a BillingError is; elements choose their message and actions from it. */
export type BillingErrorKind =
  /** The request never got an answer (offline, DNS, CORS). */
  | 'network'
  /** No answer within the configured timeout. */
  | 'timeout'
  /** The caller aborted the request; elements ignore these. */
  | 'aborted'
  /** 400 or 422: the backend refused what was sent. */
  | 'invalid-request'
  /** 401: the user must sign in (again). */
  | 'unauthorized'
  /** 403: signed in, but not allowed. */
  | 'forbidden'
  /** 404 */
  | 'not-found'
  /** 409 */
  | 'conflict'
  /** 412: someone else changed the resource since it was read. */
  | 'precondition-failed'
  /** 429: too many requests; see `retryAfterSeconds`. */
  | 'rate-limited'
  /** 5xx */
  | 'server'
  /** Any other non-2xx status. */
  | 'http'
  /** A 2xx answer that is not what the contract promises (bad JSON, truncated, wrong shape). */
  | 'invalid-response';

/** The one error type every data source throws. */
export class BillingError extends Error {
  override readonly name = 'BillingError';

  constructor(
    readonly kind: BillingErrorKind,
    message: string,
    readonly details: {
      /** HTTP status, when there was a response. */
      status?: number;
      /** The RFC 9457 body, when the backend sent one. */
      problem?: ProblemDetails;
      /** From a 429's or 503's Retry-After header. */
      retryAfterSeconds?: number;
      /** For `invalid-response`: where the response broke the contract, e.g. `items[3].total.amountMinor`. */
      path?: string;
      cause?: unknown;
    } = {},
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
  }

  get status(): number | undefined {
    return this.details.status;
  }

  /** Whether trying the same request again may succeed. */
  get retryable(): boolean {
    return ['network', 'timeout', 'rate-limited', 'server', 'invalid-response'].includes(this.kind);
  }
}

/** The kind of error for an HTTP status. */
export function kindForStatus(status: number): BillingErrorKind {
  switch (status) {
    case 400:
    case 422:
      return 'invalid-request';
    case 401:
      return 'unauthorized';
    case 403:
      return 'forbidden';
    case 404:
      return 'not-found';
    case 409:
      return 'conflict';
    case 412:
      return 'precondition-failed';
    case 429:
      return 'rate-limited';
    default:
      return status >= 500 ? 'server' : 'http';
  }
}

/** Whether an error is only the echo of an abort we asked for. */
export function isAbort(error: unknown): boolean {
  return (
    (error instanceof BillingError && error.kind === 'aborted') ||
    (error instanceof DOMException && error.name === 'AbortError')
  );
}
