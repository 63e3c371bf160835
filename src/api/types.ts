/**
 * The backend contract in TypeScript. Its data types are generated from `openapi.yaml` beside this file (the one
 * hand-written source: edit it and run `npm run generate:contract`), so their documentation is the document's field
 * descriptions. Only what the document has no schema for is written here: the list query as the client takes it, and
 * the settings with their ETag header, and the limits as constants for the settings form and the send dialog.
 *
 * Amounts are always integer minor units with an ISO 4217 code (`{ amountMinor: 1999, currency: 'USD' }` is $19.99),
 * so no client ever adds floats. Rates and quantities are decimal strings ("7.5", "0.25") for the same reason.
 * Dates are ISO 8601 calendar dates (`2026-03-31`); instants are ISO 8601 date-times in UTC.
 */
import type { InvoiceSortField, InvoiceStatus, NotificationSettings, SortOrder } from './generated/contract-types.js';

export * from './generated/contract-types.js';

/**
 * What the invoice list can be asked for: the `listInvoices` query parameters, each optional, null meaning "not sent".
 * `test/api/contract-types.ts` checks it against the document.
 */
export interface InvoiceQuery {
  /** Opaque cursor from a previous page's `nextCursor` or `previousCursor`. */
  cursor?: string | null;
  /** Page size, 1–100. Default 25. */
  limit?: number;
  /** Only these statuses (any of them). */
  status?: InvoiceStatus[];
  /** Issued on or after this date. */
  issuedFrom?: string | null;
  /** Issued on or before this date. */
  issuedTo?: string | null;
  /** Free text matched against number and description. */
  search?: string | null;
  /** The column to sort by. Default `issueDate`. */
  sort?: InvoiceSortField;
  /** Default `desc`. */
  order?: SortOrder;
}

/** Settings together with the version they were read at (the `ETag` header of `getNotificationSettings`). */
export interface VersionedSettings {
  settings: NotificationSettings;
  /** The ETag to send back as If-Match when saving. */
  etag: string;
}

/** Limits the backend enforces; the settings form checks them before saving. */
export const SETTINGS_LIMITS = {
  urlMaxLength: 2048,
  notificationsMax: 50,
} as const;

/** Limits the send endpoint enforces. */
export const SEND_LIMITS = {
  recipientsMax: 50,
  subjectMaxLength: 200,
  messageMaxLength: 10_000,
  attachmentMaxBytes: 10 * 1024 * 1024,
} as const;
