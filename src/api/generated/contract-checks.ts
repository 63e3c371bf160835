// Generated from src/api/openapi.yaml by `npm run generate:contract`: a response check for every schema a response carries.
// Do not edit; edit the YAML and regenerate.
import * as v from 'valibot';
import type { CustomerSummary, CustomerList, InvoiceKind, InvoiceStatus, Money, InvoiceReference, InvoiceSummary, InvoicePage, DateRange, Address, Seller, Buyer, PriceSource, InvoiceLine, TaxAmount, Payment, SentEmail, Invoice, NotificationToggle, NotificationSettings, FieldProblem, ProblemDetails } from './contract-types.js';

/** A customer as the demo's switcher lists them. */
export const customerSummarySchema = v.object({
  id: v.string(),
  name: v.string(),
  email: v.string(),
  invoiceCount: v.pipe(v.number(), v.safeInteger('must be an integer'), v.minValue(0, 'must not be negative')),
}) satisfies v.GenericSchema<CustomerSummary>;

/** Every customer the signed-in reseller may see. */
export const customerListSchema = v.object({
  items: v.array(customerSummarySchema),
}) satisfies v.GenericSchema<CustomerList>;

/** An invoice, or a credit note that corrects one. */
const invoiceKindSchema = v.picklist(['invoice', 'credit_note']) satisfies v.GenericSchema<InvoiceKind>;

/** Where an invoice is in its life. Overdue is an open invoice past its due date. */
const invoiceStatusSchema = v.picklist(['draft', 'open', 'paid', 'overdue', 'void']) satisfies v.GenericSchema<InvoiceStatus>;

/** An ISO 8601 calendar date. */
const isoDateSchema = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2026-03-31'));

/** An ISO 4217 alphabetic currency code. */
const currencyCodeSchema = v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, 'must be a three-letter ISO 4217 currency code'));

/** An amount of money as an integer count of the currency's minor unit (cents, fils, yen). */
export const moneySchema = v.object({
  amountMinor: v.pipe(v.number(), v.safeInteger('must be an integer (minor units)')),
  currency: currencyCodeSchema,
}) satisfies v.GenericSchema<Money>;

/** The invoice a credit note corrects. */
export const invoiceReferenceSchema = v.object({
  id: v.string(),
  number: v.string(),
}) satisfies v.GenericSchema<InvoiceReference>;

/** One row of a customer's invoice history. */
export const invoiceSummarySchema = v.object({
  id: v.string(),
  number: v.string(),
  kind: invoiceKindSchema,
  status: invoiceStatusSchema,
  issueDate: isoDateSchema,
  dueDate: isoDateSchema,
  description: v.string(),
  total: moneySchema,
  amountDue: moneySchema,
  corrects: v.nullable(invoiceReferenceSchema),
}) satisfies v.GenericSchema<InvoiceSummary>;

/** One page of a customer's invoices. */
export const invoicePageSchema = v.object({
  items: v.array(invoiceSummarySchema),
  totalCount: v.pipe(v.number(), v.safeInteger('must be an integer'), v.minValue(0, 'must not be negative')),
  offset: v.pipe(v.number(), v.safeInteger('must be an integer'), v.minValue(0, 'must not be negative')),
  nextCursor: v.nullable(v.string()),
  previousCursor: v.nullable(v.string()),
  balanceDue: v.array(moneySchema),
}) satisfies v.GenericSchema<InvoicePage>;

/** A date range, both ends inclusive. */
export const dateRangeSchema = v.object({
  start: isoDateSchema,
  end: isoDateSchema,
}) satisfies v.GenericSchema<DateRange>;

/** A postal address, in the order it is printed. */
export const addressSchema = v.object({
  lines: v.array(v.string()),
  city: v.string(),
  postalCode: v.string(),
  region: v.nullable(v.string()),
  country: v.string(),
}) satisfies v.GenericSchema<Address>;

/** The reseller that issues the invoice. */
export const sellerSchema = v.object({
  name: v.string(),
  address: addressSchema,
  taxId: v.nullable(v.string()),
  email: v.nullable(v.string()),
  logoUrl: v.nullable(v.string()),
}) satisfies v.GenericSchema<Seller>;

/** The end customer that is billed. */
export const buyerSchema = v.object({
  customerId: v.string(),
  name: v.string(),
  email: v.string(),
  address: addressSchema,
  taxId: v.nullable(v.string()),
}) satisfies v.GenericSchema<Buyer>;

/** A decimal number as a string, so it stays exact (`"1"`, `"0.5"`, `"7.5"`). */
const decimalStringSchema = v.pipe(v.string(), v.regex(/^-?\d+(\.\d+)?$/, 'must be a decimal number as a string, like "7.5"'));

/** Which price a line is billed at, the platform's MSRP or a price the reseller set. */
const priceSourceSchema = v.picklist(['msrp', 'reseller']) satisfies v.GenericSchema<PriceSource>;

/** One line item. `lineTotal` = quantity × unitPrice − discount, before tax. */
export const invoiceLineSchema = v.object({
  id: v.string(),
  sku: v.string(),
  description: v.string(),
  period: v.nullable(dateRangeSchema),
  quantity: decimalStringSchema,
  unit: v.string(),
  unitPrice: moneySchema,
  msrpUnitPrice: moneySchema,
  priceSource: priceSourceSchema,
  discount: moneySchema,
  taxRate: decimalStringSchema,
  lineTotal: moneySchema,
}) satisfies v.GenericSchema<InvoiceLine>;

/** Tax charged at one rate. */
export const taxAmountSchema = v.object({
  rate: decimalStringSchema,
  label: v.string(),
  taxableAmount: moneySchema,
  tax: moneySchema,
}) satisfies v.GenericSchema<TaxAmount>;

/** A payment received against the invoice. */
export const paymentSchema = v.object({
  id: v.string(),
  date: isoDateSchema,
  method: v.string(),
  reference: v.nullable(v.string()),
  amount: moneySchema,
}) satisfies v.GenericSchema<Payment>;

/** An e-mail that carried an invoice to someone. */
export const sentEmailSchema = v.object({
  id: v.string(),
  sentAt: v.pipe(v.string(), v.isoTimestamp('must be an ISO 8601 date-time')),
  to: v.array(v.string()),
  cc: v.array(v.string()),
  bcc: v.array(v.string()),
  subject: v.string(),
}) satisfies v.GenericSchema<SentEmail>;

/** One invoice in full. Everything in InvoiceSummary, plus the details. */
export const invoiceSchema = v.object({
  ...invoiceSummarySchema.entries,
  currency: currencyCodeSchema,
  servicePeriod: v.nullable(dateRangeSchema),
  seller: sellerSchema,
  buyer: buyerSchema,
  lines: v.array(invoiceLineSchema),
  subtotal: moneySchema,
  discountTotal: moneySchema,
  taxes: v.array(taxAmountSchema),
  total: moneySchema,
  payments: v.array(paymentSchema),
  amountPaid: moneySchema,
  amountDue: moneySchema,
  notes: v.nullable(v.string()),
  terms: v.nullable(v.string()),
  emails: v.array(sentEmailSchema),
}) satisfies v.GenericSchema<Invoice>;

/** A customer notification the reseller can switch on or off. */
export const notificationToggleSchema = v.object({
  type: v.string(),
  label: v.string(),
  enabled: v.boolean(),
}) satisfies v.GenericSchema<NotificationToggle>;

/** The reseller's branding for every customer e-mail notification. Every URL is absolute http(s). */
export const notificationSettingsSchema = v.object({
  logoUrl: v.nullable(v.string()),
  controlPanelUrl: v.nullable(v.string()),
  websiteUrl: v.nullable(v.string()),
  notifications: v.array(notificationToggleSchema),
}) satisfies v.GenericSchema<NotificationSettings>;

/** One field that was wrong, in a 400 or 422 answer. */
export const fieldProblemSchema = v.object({
  pointer: v.string(),
  detail: v.string(),
}) satisfies v.GenericSchema<FieldProblem>;

/** RFC 9457 problem details, the body of every error response. Extension members may appear. */
export const problemDetailsSchema = v.object({
  type: v.string(),
  title: v.string(),
  status: v.pipe(v.number(), v.safeInteger('must be an integer')),
  detail: v.optional(v.string()),
  instance: v.optional(v.string()),
  errors: v.optional(v.array(fieldProblemSchema)),
}) satisfies v.GenericSchema<ProblemDetails>;
