/**
 * Response checks: what the server sends is checked against the contract before an element sees it, so a broken
 * backend shows a clear "invalid response" instead of NaN, "undefined" or a crash deep in a render.
 *
 * The checks themselves are generated from `openapi.yaml` (`generated/contract-checks.ts`, `npm run
 * generate:contract`), one per schema a response carries. Only the shape is checked (types, required fields, enums,
 * integer money, ISO codes and dates); whether totals add up is the backend's business. Unknown fields are dropped,
 * so a backend may add fields without breaking old clients. This file turns a failed check into a clear error.
 */
import * as v from 'valibot';
import { BillingError } from './errors.js';
import { problemDetailsSchema } from './generated/contract-checks.js';
import type { ProblemDetails } from './types.js';

export * from './generated/contract-checks.js';

/**
 * An RFC 9457 problem, if the error body is one; anything else (HTML, plain text, other JSON) is `undefined`, never
 * fatal. Extension members (RFC 9457 §3.2) are dropped.
 */
export function parseProblemDetails(json: unknown): ProblemDetails | undefined {
  const result = v.safeParse(problemDetailsSchema, json);
  return result.success ? result.output : undefined;
}

/**
 * The data if it matches the schema; otherwise throws an `invalid-response` BillingError whose message names the
 * first place that is wrong, e.g. "The invoice list from the server is not valid: items[3].total.amountMinor must be
 * an integer (minor units), not 12.5". `what` names the data for that message ("The invoice list").
 */
export function parseResponse<T>(schema: v.GenericSchema<T>, data: unknown, what: string): T {
  const result = v.safeParse(schema, data);
  if (result.success) return result.output;
  const [issue] = result.issues;
  const path = issuePath(issue);
  const others = result.issues.length > 1 ? ` (and ${result.issues.length - 1} more problems)` : '';
  throw new BillingError('invalid-response', `${what} from the server is not valid: ${path || 'the body'} ${problemText(issue)}${others}`, {
    path,
  });
}

/** `items[3].total.amountMinor`, or '' for the root. */
function issuePath(issue: v.BaseIssue<unknown>): string {
  let path = '';
  for (const item of issue.path ?? []) {
    path += typeof item.key === 'number' ? `[${item.key}]` : `${path ? '.' : ''}${String(item.key)}`;
  }
  return path;
}

function problemText(issue: v.BaseIssue<unknown>): string {
  // Our own validation messages are already phrased as "must be …".
  if (issue.kind === 'validation') return `${issue.message}, not ${shorten(issue.received)}`;
  if (issue.received === 'undefined') return 'is missing';
  return `must be ${issue.expected ?? 'something else'}, not ${shorten(issue.received)}`;
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
