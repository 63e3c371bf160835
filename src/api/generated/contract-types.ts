// Generated from src/api/openapi.yaml by `npm run generate:contract`: the contract as TypeScript types.
// Do not edit; edit the YAML and regenerate.

/** An amount of money as an integer count of the currency's minor unit (cents, fils, yen). */
export interface Money {
  /** Integer minor units; negative on credit notes. */
  amountMinor: number;
  /** ISO 4217 alphabetic code, e.g. `USD`, `JPY` (0 decimals), `KWD` (3 decimals). */
  currency: string;
}

/** Where an invoice is in its life. Overdue is an open invoice past its due date. */
export type InvoiceStatus = 'draft' | 'open' | 'paid' | 'overdue' | 'void';
/** Every InvoiceStatus, in the contract's order. */
export const INVOICE_STATUSES: readonly InvoiceStatus[] = ['draft', 'open', 'paid', 'overdue', 'void'];

/** An invoice, or a credit note that corrects one. */
export type InvoiceKind = 'invoice' | 'credit_note';
/** Every InvoiceKind, in the contract's order. */
export const INVOICE_KINDS: readonly InvoiceKind[] = ['invoice', 'credit_note'];

/** Which columns the invoice list can be sorted by. */
export type InvoiceSortField = 'issueDate' | 'dueDate' | 'number' | 'total' | 'status';
/** Every InvoiceSortField, in the contract's order. */
export const INVOICE_SORT_FIELDS: readonly InvoiceSortField[] = ['issueDate', 'dueDate', 'number', 'total', 'status'];

/** Ascending or descending. */
export type SortOrder = 'asc' | 'desc';
/** Every SortOrder, in the contract's order. */
export const SORT_ORDERS: readonly SortOrder[] = ['asc', 'desc'];

/** Which price a line is billed at, the platform's MSRP or a price the reseller set. */
export type PriceSource = 'msrp' | 'reseller';
/** Every PriceSource, in the contract's order. */
export const PRICE_SOURCES: readonly PriceSource[] = ['msrp', 'reseller'];

/** A date range, both ends inclusive. */
export interface DateRange {
  /** The first day, as an ISO calendar date. */
  start: string;
  /** The last day (included), as an ISO calendar date. */
  end: string;
}

/** The invoice a credit note corrects. */
export interface InvoiceReference {
  /** The corrected invoice's id, for links and requests. */
  id: string;
  /** The corrected invoice's number, as printed on it. */
  number: string;
}

/** One row of a customer's invoice history. */
export interface InvoiceSummary {
  /** The backend's identifier of the invoice, used in URLs. */
  id: string;
  /** The invoice number printed on the document. */
  number: string;
  /** Invoice or credit note. */
  kind: InvoiceKind;
  /** Where the invoice is in its life. */
  status: InvoiceStatus;
  /** The day the invoice was issued. */
  issueDate: string;
  /** The day payment is due. */
  dueDate: string;
  /** A one-line description of what was billed (searchable). */
  description: string;
  /** What the invoice is for, tax included. */
  total: Money;
  /** What is still to be paid (the total less payments received). */
  amountDue: Money;
  /** For credit notes, the invoice they correct; otherwise null. */
  corrects: InvoiceReference | null;
}

/** A postal address, in the order it is printed. */
export interface Address {
  /** Street lines, as the person wrote them. */
  lines: string[];
  /** City or town. */
  city: string;
  /** Postal code, as written (may be empty where a country has none). */
  postalCode: string;
  /** State, province or county, where the address has one; otherwise null. */
  region: string | null;
  /** ISO 3166-1 alpha-2 country code, e.g. `DE`. Shown by its name in the reader's language; a code the browser does not know is shown as sent. */
  country: string;
}

/** The reseller that issues the invoice. */
export interface Seller {
  /** The reseller's name, as printed on the invoice. */
  name: string;
  /** The reseller's postal address. */
  address: Address;
  /** The reseller's tax or VAT registration number, or null. */
  taxId: string | null;
  /** The reseller's billing contact address, or null. */
  email: string | null;
  /** Absolute http(s) URL of the reseller's logo, or null. Clients must still check the scheme before use. */
  logoUrl: string | null;
}

/** The end customer that is billed. */
export interface Buyer {
  /** The backend's identifier of the customer. */
  customerId: string;
  /** The customer's name, as printed on the invoice. */
  name: string;
  /** Where invoices are e-mailed by default. */
  email: string;
  /** The customer's billing address. */
  address: Address;
  /** The customer's tax or VAT registration number, or null. */
  taxId: string | null;
}

/** One line item. `lineTotal` = quantity × unitPrice − discount, before tax. */
export interface InvoiceLine {
  /** The line's identifier, unique within the invoice. */
  id: string;
  /** The product's stock-keeping unit. */
  sku: string;
  /** What was billed, as printed on the line. */
  description: string;
  /** The period this line bills for (a subscription month), or null. */
  period: DateRange | null;
  /** How many units, as a decimal string, e.g. `"1"`, `"12"`, `"0.5"`. */
  quantity: string;
  /** What one unit is, e.g. `month`, `domain`, `GB`. */
  unit: string;
  /** The unit price that applies (MSRP or the reseller's own). */
  unitPrice: Money;
  /** The platform's suggested retail price for one unit. For the reseller's staff only. */
  msrpUnitPrice: Money;
  /** Whether `unitPrice` is the MSRP or the reseller's own price. */
  priceSource: PriceSource;
  /** Amount taken off this line (zero or positive). */
  discount: Money;
  /** Tax rate in percent as a decimal string, e.g. `"20"`, `"7.5"`, `"0"`. */
  taxRate: string;
  /** quantity × unitPrice − discount, before tax. */
  lineTotal: Money;
}

/** Tax charged at one rate. */
export interface TaxAmount {
  /** Percent as a decimal string, e.g. `"20"`. */
  rate: string;
  /** What the tax is called on the invoice, e.g. `VAT`. */
  label: string;
  /** The amount the rate applies to. */
  taxableAmount: Money;
  /** The tax charged at this rate. */
  tax: Money;
}

/** A payment received against the invoice. */
export interface Payment {
  /** The payment's identifier. */
  id: string;
  /** The day the payment was received. */
  date: string;
  /** How it was paid, as the backend names it (e.g. `Card`, `Bank transfer`). */
  method: string;
  /** The payment's reference (a transaction id), or null. */
  reference: string | null;
  /** The amount received. */
  amount: Money;
}

/** An e-mail that carried an invoice to someone. */
export interface SentEmail {
  /** The e-mail's identifier. */
  id: string;
  /** When it was sent, as an ISO 8601 instant. */
  sentAt: string;
  /** The recipients. */
  to: string[];
  /** The copy recipients. */
  cc: string[];
  /** The blind copy recipients. */
  bcc: string[];
  /** The e-mail's subject line. */
  subject: string;
}

/** One invoice in full. Everything in InvoiceSummary, plus the details. */
export interface Invoice extends InvoiceSummary {
  /** The currency every amount on the invoice is in. */
  currency: string;
  /** The period the invoice bills for, or null. */
  servicePeriod: DateRange | null;
  /** Who issues the invoice. */
  seller: Seller;
  /** Who is billed. */
  buyer: Buyer;
  /** The line items, in printed order. */
  lines: InvoiceLine[];
  /** Sum of line totals before discounts. */
  subtotal: Money;
  /** Sum of line discounts (zero or positive; shown as a deduction). */
  discountTotal: Money;
  /** The tax charged, one entry per rate. */
  taxes: TaxAmount[];
  /** What the invoice is for, tax included. */
  total: Money;
  /** Payments received against the invoice. */
  payments: Payment[];
  /** Sum of the payments. */
  amountPaid: Money;
  /** What is still to be paid (the total less payments received). */
  amountDue: Money;
  /** Free text printed on the invoice, or null. */
  notes: string | null;
  /** Payment terms printed on the invoice, or null. */
  terms: string | null;
  /** E-mails already sent for this invoice, newest first. */
  emails: SentEmail[];
}

/** One page of a customer's invoices. */
export interface InvoicePage {
  /** The invoices on this page, in the order asked for. */
  items: InvoiceSummary[];
  /** How many invoices match the query, across all pages. */
  totalCount: number;
  /** Zero-based position of the first item among all that match. */
  offset: number;
  /** The cursor of the next page, or null on the last. */
  nextCursor: string | null;
  /** The cursor of the previous page, or null on the first. */
  previousCursor: string | null;
  /** What the customer owes across all their invoices (not only this page), one entry per currency. */
  balanceDue: Money[];
}

/** A file sent along with an e-mail. */
export interface Attachment {
  /** The file name the recipient sees, e.g. `INV-2026-0042.pdf`. */
  filename: string;
  /** The file's media type; only PDF is accepted. */
  contentType: 'application/pdf';
  /** The file's bytes, base64-encoded (at most 10 MiB decoded). */
  contentBase64: string;
}

/** A request to e-mail an invoice. */
export interface SendInvoiceRequest {
  /** The recipients, at least one. */
  to: string[];
  /** The copy recipients. */
  cc: string[];
  /** The blind copy recipients. */
  bcc: string[];
  /** The subject line. */
  subject: string;
  /** The text of the e-mail, plain text. */
  message: string;
  /** The invoice's PDF. */
  attachment: Attachment;
}

/** A customer notification the reseller can switch on or off. */
export interface NotificationToggle {
  /** Stable identifier, e.g. `invoice-issued`. */
  type: string;
  /** Human-readable name from the backend. */
  label: string;
  /** Whether customers get this notification. */
  enabled: boolean;
}

/** The reseller's branding for every customer e-mail notification. Every URL is absolute http(s). */
export interface NotificationSettings {
  /** Absolute http(s) URL of the logo image, or null for none. */
  logoUrl: string | null;
  /** Absolute http(s) URL of the customer control panel, or null. */
  controlPanelUrl: string | null;
  /** Absolute http(s) URL of the reseller's own website, or null. */
  websiteUrl: string | null;
  /** The notifications the reseller can switch, in display order. */
  notifications: NotificationToggle[];
}

/** RFC 9457 problem details, the body of every error response. Extension members may appear. */
export interface ProblemDetails {
  /** A URI reference naming the problem type; `about:blank` when the status says it all. */
  type: string;
  /** A short summary of the problem type. */
  title: string;
  /** The HTTP status code of this answer. */
  status: number;
  /** What went wrong this time, for a person to read. */
  detail?: string;
  /** A URI reference naming this occurrence. */
  instance?: string;
  /** For 400 and 422, which fields were wrong (RFC 6901 JSON pointers into the request body) and why. */
  errors?: FieldProblem[];
}

/** One field that was wrong, in a 400 or 422 answer. */
export interface FieldProblem {
  /** An RFC 6901 JSON pointer to the field in the request body, e.g. `/to/0`. */
  pointer: string;
  /** What is wrong with it. */
  detail: string;
}

/** A customer as the demo's switcher lists them. */
export interface CustomerSummary {
  /** The customer's identifier. */
  id: string;
  /** The customer's name. */
  name: string;
  /** The customer's billing e-mail address. */
  email: string;
  /** How many invoices the customer has. */
  invoiceCount: number;
}

/** Every customer the signed-in reseller may see. */
export interface CustomerList {
  /** The customers, in display order. */
  items: CustomerSummary[];
}
