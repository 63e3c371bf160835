/**
 * The backend contract in TypeScript. `openapi.yaml` beside this file is the same contract for other languages;
 * `test/api/contract-types.ts` fails the type-check when the two drift apart.
 *
 * Amounts are always integer minor units with an ISO 4217 code (`{ amountMinor: 1999, currency: 'USD' }` is $19.99),
 * so no client ever adds floats. Rates and quantities are decimal strings ("7.5", "0.25") for the same reason.
 * Dates are ISO 8601 calendar dates (`2026-03-31`); instants are ISO 8601 date-times in UTC.
 */

/** An amount of money: an integer count of the currency's minor unit (cents, fils, yen). */
export interface Money {
  /** Integer minor units; negative on credit notes. */
  amountMinor: number;
  /** ISO 4217 alphabetic code, e.g. `USD`, `JPY` (0 decimals), `KWD` (3 decimals). */
  currency: string;
}

/** Where an invoice is in its life. Overdue is an open invoice past its due date. */
export type InvoiceStatus = 'draft' | 'open' | 'paid' | 'overdue' | 'void';
export const INVOICE_STATUSES: readonly InvoiceStatus[] = ['draft', 'open', 'paid', 'overdue', 'void'];

/** An invoice, or a credit note that corrects one. */
export type InvoiceKind = 'invoice' | 'credit_note';

/** Which columns the invoice list can be sorted by. */
export type InvoiceSortField = 'issueDate' | 'dueDate' | 'number' | 'total' | 'status';
export const INVOICE_SORT_FIELDS: readonly InvoiceSortField[] = ['issueDate', 'dueDate', 'number', 'total', 'status'];
export type SortOrder = 'asc' | 'desc';

/** A date range, both ends inclusive, as ISO calendar dates. */
export interface DateRange {
  start: string;
  end: string;
}

/** The invoice a credit note corrects. */
export interface InvoiceReference {
  id: string;
  number: string;
}

/** One row of a customer's invoice history. */
export interface InvoiceSummary {
  id: string;
  number: string;
  kind: InvoiceKind;
  status: InvoiceStatus;
  issueDate: string;
  dueDate: string;
  /** A one-line description of what was billed (searchable). */
  description: string;
  total: Money;
  amountDue: Money;
  /** For credit notes: the invoice they correct. */
  corrects: InvoiceReference | null;
}

/** A postal address, in the order it is printed. */
export interface Address {
  /** Street lines, as the person wrote them. */
  lines: string[];
  city: string;
  postalCode: string;
  region: string | null;
  /** ISO 3166-1 alpha-2 country code. */
  country: string;
}

/** The reseller that issues the invoice. */
export interface Seller {
  name: string;
  address: Address;
  taxId: string | null;
  email: string | null;
  /** Absolute http(s) URL of the reseller's logo, or null. */
  logoUrl: string | null;
}

/** The end customer that is billed. */
export interface Buyer {
  customerId: string;
  name: string;
  /** Where invoices are e-mailed by default. */
  email: string;
  address: Address;
  taxId: string | null;
}

/** Which price a line is billed at: the platform's MSRP, or a price the reseller set. */
export type PriceSource = 'msrp' | 'reseller';

/** One line item. `lineTotal` = quantity × unitPrice − discount, before tax. */
export interface InvoiceLine {
  id: string;
  sku: string;
  description: string;
  period: DateRange | null;
  /** Decimal string, e.g. "1", "12", "0.5". */
  quantity: string;
  /** What one unit is, e.g. "month", "domain", "GB". */
  unit: string;
  /** The unit price that applies (MSRP or the reseller's own). */
  unitPrice: Money;
  /** The platform's suggested retail price for one unit. For the reseller's staff only. */
  msrpUnitPrice: Money;
  priceSource: PriceSource;
  /** Amount taken off this line (zero or positive). */
  discount: Money;
  /** Tax rate in percent as a decimal string, e.g. "20", "7.5", "0". */
  taxRate: string;
  lineTotal: Money;
}

/** Tax charged at one rate. */
export interface TaxAmount {
  /** Percent as a decimal string. */
  rate: string;
  /** What the tax is called on the invoice, e.g. "VAT". */
  label: string;
  taxableAmount: Money;
  tax: Money;
}

/** A payment received against the invoice. */
export interface Payment {
  id: string;
  date: string;
  method: string;
  reference: string | null;
  amount: Money;
}

/** An e-mail that carried this invoice to someone. */
export interface SentEmail {
  id: string;
  /** ISO 8601 instant. */
  sentAt: string;
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string;
}

/** One invoice in full. */
export interface Invoice extends InvoiceSummary {
  currency: string;
  servicePeriod: DateRange | null;
  seller: Seller;
  buyer: Buyer;
  lines: InvoiceLine[];
  /** Sum of line totals before discounts. */
  subtotal: Money;
  /** Sum of line discounts (zero or positive; shown as a deduction). */
  discountTotal: Money;
  taxes: TaxAmount[];
  total: Money;
  payments: Payment[];
  amountPaid: Money;
  amountDue: Money;
  notes: string | null;
  terms: string | null;
  /** E-mails already sent for this invoice, newest first. */
  emails: SentEmail[];
}

/** What the invoice list can be asked for. Every field is optional. */
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
  sort?: InvoiceSortField;
  order?: SortOrder;
}

/** One page of a customer's invoices. */
export interface InvoicePage {
  items: InvoiceSummary[];
  /** How many invoices match the query, across all pages. */
  totalCount: number;
  /** Zero-based position of the first item among all that match. */
  offset: number;
  nextCursor: string | null;
  previousCursor: string | null;
  /** What the customer owes across all their invoices, one entry per currency. */
  balanceDue: Money[];
}

/** A file sent along with an e-mail. */
export interface Attachment {
  filename: string;
  contentType: 'application/pdf';
  /** The file's bytes, base64-encoded. */
  contentBase64: string;
}

/** A request to e-mail an invoice to the customer. */
export interface SendInvoiceRequest {
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string;
  message: string;
  attachment: Attachment;
}

/** A customer notification the reseller can switch on or off. */
export interface NotificationToggle {
  /** Stable identifier, e.g. `invoice-issued`. */
  type: string;
  /** Human-readable name from the backend. */
  label: string;
  enabled: boolean;
}

/** The reseller's branding for every customer e-mail notification. */
export interface NotificationSettings {
  /** Absolute http(s) URL of the logo image, or null for none. */
  logoUrl: string | null;
  /** Absolute http(s) URL of the customer control panel. */
  controlPanelUrl: string | null;
  /** Absolute http(s) URL of the reseller's own website. */
  websiteUrl: string | null;
  notifications: NotificationToggle[];
}

/** Settings together with the version they were read at. */
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

/** RFC 9457 problem details: the body of every error response. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  /** For 400/422: which fields were wrong and why. */
  errors?: Array<{ pointer: string; detail: string }>;
}

/** A customer as the demo's switcher lists them. */
export interface CustomerSummary {
  id: string;
  name: string;
  email: string;
  invoiceCount: number;
}
