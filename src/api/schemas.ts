/**
 * Response checks: what the server sends is checked against the contract before an element sees it, so a broken
 * backend shows a clear "invalid response" instead of NaN, "undefined" or a crash deep in a render.
 *
 * Only the shape is checked (types, required fields, enums, integer money, ISO codes and dates); whether totals add
 * up is the backend's business. Unknown fields are dropped, so a backend may add fields without breaking old clients.
 * Each schema `satisfies` its contract type from `types.ts`; `test/api/contract-types.ts` checks the other direction,
 * so a field left unchecked fails the type-check too.
 */
import * as v from 'valibot';
import { BillingError } from './errors.js';
import {
  INVOICE_STATUSES,
  type Address,
  type Buyer,
  type DateRange,
  type Invoice,
  type InvoiceLine,
  type InvoicePage,
  type InvoiceReference,
  type InvoiceSummary,
  type Money,
  type NotificationSettings,
  type NotificationToggle,
  type Payment,
  type ProblemDetails,
  type SentEmail,
  type Seller,
  type TaxAmount,
} from './types.js';

const isoDate = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2026-03-31'));
const isoInstant = v.pipe(v.string(), v.isoTimestamp('must be an ISO 8601 date-time'));
const decimalString = v.pipe(v.string(), v.regex(/^-?\d+(\.\d+)?$/, 'must be a decimal number as a string, like "7.5"'));
const currencyCode = v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, 'must be a three-letter ISO 4217 currency code'));
const nullableString = v.nullable(v.string());

export const moneySchema = v.object({
  amountMinor: v.pipe(v.number(), v.safeInteger('must be an integer (minor units)')),
  currency: currencyCode,
}) satisfies v.GenericSchema<Money>;

export const dateRangeSchema = v.object({ start: isoDate, end: isoDate }) satisfies v.GenericSchema<DateRange>;

export const invoiceReferenceSchema = v.object({ id: v.string(), number: v.string() }) satisfies v.GenericSchema<InvoiceReference>;

const invoiceSummaryEntries = {
  id: v.string(),
  number: v.string(),
  kind: v.picklist(['invoice', 'credit_note']),
  status: v.picklist(INVOICE_STATUSES),
  issueDate: isoDate,
  dueDate: isoDate,
  description: v.string(),
  total: moneySchema,
  amountDue: moneySchema,
  corrects: v.nullable(invoiceReferenceSchema),
};

export const invoiceSummarySchema = v.object(invoiceSummaryEntries) satisfies v.GenericSchema<InvoiceSummary>;

export const addressSchema = v.object({
  lines: v.array(v.string()),
  city: v.string(),
  postalCode: v.string(),
  region: nullableString,
  country: v.string(),
}) satisfies v.GenericSchema<Address>;

export const sellerSchema = v.object({
  name: v.string(),
  address: addressSchema,
  taxId: nullableString,
  email: nullableString,
  // Not checked for http(s) here: a hostile URL is data the elements neutralise (urls.ts), not a broken response.
  logoUrl: nullableString,
}) satisfies v.GenericSchema<Seller>;

export const buyerSchema = v.object({
  customerId: v.string(),
  name: v.string(),
  email: v.string(),
  address: addressSchema,
  taxId: nullableString,
}) satisfies v.GenericSchema<Buyer>;

export const invoiceLineSchema = v.object({
  id: v.string(),
  sku: v.string(),
  description: v.string(),
  period: v.nullable(dateRangeSchema),
  quantity: decimalString,
  unit: v.string(),
  unitPrice: moneySchema,
  msrpUnitPrice: moneySchema,
  priceSource: v.picklist(['msrp', 'reseller']),
  discount: moneySchema,
  taxRate: decimalString,
  lineTotal: moneySchema,
}) satisfies v.GenericSchema<InvoiceLine>;

export const taxAmountSchema = v.object({
  rate: decimalString,
  label: v.string(),
  taxableAmount: moneySchema,
  tax: moneySchema,
}) satisfies v.GenericSchema<TaxAmount>;

export const paymentSchema = v.object({
  id: v.string(),
  date: isoDate,
  method: v.string(),
  reference: nullableString,
  amount: moneySchema,
}) satisfies v.GenericSchema<Payment>;

export const sentEmailSchema = v.object({
  id: v.string(),
  sentAt: isoInstant,
  to: v.array(v.string()),
  cc: v.array(v.string()),
  bcc: v.array(v.string()),
  subject: v.string(),
}) satisfies v.GenericSchema<SentEmail>;

export const invoiceSchema = v.object({
  ...invoiceSummaryEntries,
  currency: currencyCode,
  servicePeriod: v.nullable(dateRangeSchema),
  seller: sellerSchema,
  buyer: buyerSchema,
  lines: v.array(invoiceLineSchema),
  subtotal: moneySchema,
  discountTotal: moneySchema,
  taxes: v.array(taxAmountSchema),
  payments: v.array(paymentSchema),
  amountPaid: moneySchema,
  notes: nullableString,
  terms: nullableString,
  emails: v.array(sentEmailSchema),
}) satisfies v.GenericSchema<Invoice>;

const count = v.pipe(v.number(), v.safeInteger('must be an integer'), v.minValue(0, 'must not be negative'));

export const invoicePageSchema = v.object({
  items: v.array(invoiceSummarySchema),
  totalCount: count,
  offset: count,
  nextCursor: nullableString,
  previousCursor: nullableString,
  balanceDue: v.array(moneySchema),
}) satisfies v.GenericSchema<InvoicePage>;

export const notificationToggleSchema = v.object({
  type: v.string(),
  label: v.string(),
  enabled: v.boolean(),
}) satisfies v.GenericSchema<NotificationToggle>;

export const notificationSettingsSchema = v.object({
  logoUrl: nullableString,
  controlPanelUrl: nullableString,
  websiteUrl: nullableString,
  notifications: v.array(notificationToggleSchema),
}) satisfies v.GenericSchema<NotificationSettings>;

/** Error bodies that fail this are ignored, never fatal. Extension members (RFC 9457 §3.2) are dropped. */
export const problemDetailsSchema = v.object({
  type: v.string(),
  title: v.string(),
  status: v.pipe(v.number(), v.safeInteger()),
  detail: v.optional(v.string()),
  instance: v.optional(v.string()),
  errors: v.optional(v.array(v.object({ pointer: v.string(), detail: v.string() }))),
}) satisfies v.GenericSchema<ProblemDetails>;

/** An RFC 9457 problem, if the error body is one; anything else (HTML, plain text, other JSON) is `undefined`. */
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
