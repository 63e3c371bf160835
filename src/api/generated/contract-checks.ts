// Generated from src/api/openapi.yaml by `npm run generate:contract`: a response check for every schema a response carries.
// Do not edit; edit the YAML and regenerate.
import * as v from 'valibot';
import type { CustomerSummary, CustomerList, InvoiceKind, InvoiceDocumentType, InvoiceStatus, Money, InvoiceReference, InvoiceSummary, InvoicePage, DateRange, Identifier, Address, Delivery, PrecedingInvoice, DocumentReferences, TaxRegistration, ElectronicAddress, Contact, PartyDetails, Seller, Buyer, Payee, TaxRepresentative, PriceSource, LineAllowanceCharge, ItemAttribute, InvoiceLine, AllowanceCharge, TaxAmount, CreditTransfer, PaymentCard, DirectDebit, PaymentInstructions, Payment, SentEmail, Invoice, NotificationToggle, NotificationSettings, FieldProblem, ProblemDetails } from './contract-types.js';

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

/**
 * An invoice, or a credit note that corrects one. `documentType` (with the BT-3 code in `typeCode`) says more;
 * `kind` is `credit_note` exactly when `documentType` is `credit_note`.
 */
const invoiceKindSchema = v.picklist(['invoice', 'credit_note']) satisfies v.GenericSchema<InvoiceKind>;

/**
 * BT-3 Invoice type code, in our words: `commercial` (UNTDID 1001 code 380), `credit_note` (381), `corrected`
 * (384, a corrected invoice that replaces or corrects the one in `references.precedingInvoices`), `self_billed`
 * (389, issued by the buyer on the seller's behalf) and `prepayment` (386, a request for payment in advance).
 * The exact code the document carries, which may be another of UNTDID 1001 (e.g. 326 partial, 261 self-billed
 * credit note), is `typeCode`; this is what renderers switch on.
 */
const invoiceDocumentTypeSchema = v.picklist(['commercial', 'credit_note', 'corrected', 'self_billed', 'prepayment']) satisfies v.GenericSchema<InvoiceDocumentType>;

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
  documentType: v.optional(invoiceDocumentTypeSchema),
  typeCode: v.optional(v.pipe(v.string(), v.regex(/^\d{3}$/, 'must be a three-digit UNTDID 1001 code like "380"'))),
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

/** An identifier and the scheme it belongs to. */
export const identifierSchema = v.object({
  id: v.string(),
  scheme: v.optional(v.string()),
}) satisfies v.GenericSchema<Identifier>;

/** BG-5 / BG-8 / BG-12 / BG-15 A postal address, in the order it is printed (BT-35…40 for the seller's). */
export const addressSchema = v.object({
  lines: v.array(v.string()),
  city: v.string(),
  postalCode: v.string(),
  region: v.nullable(v.string()),
  country: v.string(),
}) satisfies v.GenericSchema<Address>;

/** BG-13 Delivery information. */
export const deliverySchema = v.object({
  date: v.optional(isoDateSchema),
  partyName: v.optional(v.string()),
  locationId: v.optional(identifierSchema),
  address: v.optional(addressSchema),
}) satisfies v.GenericSchema<Delivery>;

/** BG-3 Preceding invoice reference. */
export const precedingInvoiceSchema = v.object({
  number: v.string(),
  issueDate: v.optional(isoDateSchema),
}) satisfies v.GenericSchema<PrecedingInvoice>;

/** References an invoice carries, each optional, printed as a references block. */
export const documentReferencesSchema = v.object({
  buyerReference: v.optional(v.string()),
  projectReference: v.optional(v.string()),
  contractReference: v.optional(v.string()),
  purchaseOrderReference: v.optional(v.string()),
  salesOrderReference: v.optional(v.string()),
  receivingAdviceReference: v.optional(v.string()),
  despatchAdviceReference: v.optional(v.string()),
  tenderReference: v.optional(v.string()),
  invoicedObject: v.optional(identifierSchema),
  buyerAccountingReference: v.optional(v.string()),
  precedingInvoices: v.optional(v.array(precedingInvoiceSchema)),
}) satisfies v.GenericSchema<DocumentReferences>;

/** A tax registration number and what it is. */
export const taxRegistrationSchema = v.object({
  id: v.string(),
  scheme: v.string(),
}) satisfies v.GenericSchema<TaxRegistration>;

/** An electronic address for e-invoice delivery. */
export const electronicAddressSchema = v.object({
  id: v.string(),
  scheme: v.string(),
}) satisfies v.GenericSchema<ElectronicAddress>;

/** A contact point of a party. */
export const contactSchema = v.object({
  name: v.optional(v.string()),
  phone: v.optional(v.string()),
  email: v.optional(v.string()),
}) satisfies v.GenericSchema<Contact>;

/** What EN 16931 knows about a party beyond its name and address, each optional. */
export const partyDetailsSchema = v.object({
  tradingName: v.optional(v.string()),
  identifiers: v.optional(v.array(identifierSchema)),
  legalRegistration: v.optional(identifierSchema),
  otherTaxRegistrations: v.optional(v.array(taxRegistrationSchema)),
  legalInformation: v.optional(v.string()),
  electronicAddress: v.optional(electronicAddressSchema),
  contact: v.optional(contactSchema),
}) satisfies v.GenericSchema<PartyDetails>;

/** BG-4 Seller, the reseller that issues the invoice. */
export const sellerSchema = v.object({
  ...partyDetailsSchema.entries,
  name: v.string(),
  address: addressSchema,
  taxId: v.nullable(v.string()),
  email: v.nullable(v.string()),
  logoUrl: v.nullable(v.string()),
}) satisfies v.GenericSchema<Seller>;

/** BG-7 Buyer, the end customer that is billed. */
export const buyerSchema = v.object({
  ...partyDetailsSchema.entries,
  customerId: v.string(),
  name: v.string(),
  email: v.string(),
  address: addressSchema,
  taxId: v.nullable(v.string()),
  language: v.optional(v.nullable(v.string())),
}) satisfies v.GenericSchema<Buyer>;

/** BG-10 Payee, when someone other than the seller is paid (a factoring company). */
export const payeeSchema = v.object({
  name: v.string(),
  identifier: v.optional(identifierSchema),
  legalRegistration: v.optional(identifierSchema),
}) satisfies v.GenericSchema<Payee>;

/** BG-11 Seller tax representative party, who accounts for VAT on the seller's behalf. */
export const taxRepresentativeSchema = v.object({
  name: v.string(),
  taxId: v.string(),
  address: addressSchema,
}) satisfies v.GenericSchema<TaxRepresentative>;

/** A decimal number as a string, so it stays exact (`"1"`, `"0.5"`, `"7.5"`). */
const decimalStringSchema = v.pipe(v.string(), v.regex(/^-?\d+(\.\d+)?$/, 'must be a decimal number as a string, like "7.5"'));

/** Which price a line is billed at, the platform's MSRP or a price the reseller set. */
const priceSourceSchema = v.picklist(['msrp', 'reseller']) satisfies v.GenericSchema<PriceSource>;

/** BG-27 Invoice line allowance or BG-28 Invoice line charge. */
export const lineAllowanceChargeSchema = v.object({
  amount: moneySchema,
  baseAmount: v.optional(moneySchema),
  percentage: v.optional(decimalStringSchema),
  reason: v.optional(v.string()),
  reasonCode: v.optional(v.string()),
}) satisfies v.GenericSchema<LineAllowanceCharge>;

/**
 * BT-118 / BT-151 / BT-95 / BT-102 VAT category code (UNTDID 5305, EN 16931 subset): `S` standard rate, `Z` zero
 * rated, `E` exempt, `AE` reverse charge, `K` intra-community supply (EEA, VAT exempt), `G` export outside the EU
 * (free export item), `O` outside the scope of VAT, `L` IGIC (Canary Islands), `M` IPSI (Ceuta and Melilla).
 * Other codes are passed on and shown as given.
 */
const vatCategoryCodeSchema = v.pipe(v.string(), v.regex(/^[A-Z]{1,3}$/, 'must be a VAT category code like "S" or "AE"'));

/** BG-32 Item attribute. */
export const itemAttributeSchema = v.object({
  name: v.string(),
  value: v.string(),
}) satisfies v.GenericSchema<ItemAttribute>;

/**
 * BG-25 Invoice line. `lineTotal` = quantity × unitPrice − discount (+ the line's `charges`), before tax; with
 * `netPrice` and `baseQuantity`, quantity × netPrice ÷ baseQuantity rounded to the minor unit stands for
 * quantity × unitPrice.
 */
export const invoiceLineSchema = v.object({
  id: v.string(),
  sku: v.string(),
  description: v.string(),
  period: v.nullable(dateRangeSchema),
  quantity: decimalStringSchema,
  unit: v.string(),
  unitCode: v.optional(v.string()),
  unitPrice: moneySchema,
  netPrice: v.optional(decimalStringSchema),
  grossPrice: v.optional(decimalStringSchema),
  priceDiscount: v.optional(decimalStringSchema),
  baseQuantity: v.optional(decimalStringSchema),
  msrpUnitPrice: moneySchema,
  priceSource: priceSourceSchema,
  discount: moneySchema,
  allowances: v.optional(v.array(lineAllowanceChargeSchema)),
  charges: v.optional(v.array(lineAllowanceChargeSchema)),
  vatCategory: v.optional(vatCategoryCodeSchema),
  taxRate: decimalStringSchema,
  lineTotal: moneySchema,
  note: v.optional(v.string()),
  objectId: v.optional(identifierSchema),
  orderLineReference: v.optional(v.string()),
  buyerAccountingReference: v.optional(v.string()),
  itemDescription: v.optional(v.string()),
  buyerItemId: v.optional(v.string()),
  standardItemId: v.optional(identifierSchema),
  classifications: v.optional(v.array(identifierSchema)),
  originCountry: v.optional(v.string()),
  attributes: v.optional(v.array(itemAttributeSchema)),
}) satisfies v.GenericSchema<InvoiceLine>;

/** BG-20 Document level allowance or BG-21 Document level charge. */
export const allowanceChargeSchema = v.object({
  amount: moneySchema,
  baseAmount: v.optional(moneySchema),
  percentage: v.optional(decimalStringSchema),
  vatCategory: v.optional(vatCategoryCodeSchema),
  vatRate: v.optional(decimalStringSchema),
  reason: v.optional(v.string()),
  reasonCode: v.optional(v.string()),
}) satisfies v.GenericSchema<AllowanceCharge>;

/** BG-23 VAT breakdown, the tax charged at one rate (in one category). */
export const taxAmountSchema = v.object({
  rate: decimalStringSchema,
  label: v.string(),
  category: v.optional(vatCategoryCodeSchema),
  taxableAmount: moneySchema,
  tax: moneySchema,
  exemptionReason: v.optional(v.string()),
  exemptionReasonCode: v.optional(v.string()),
}) satisfies v.GenericSchema<TaxAmount>;

/** BG-17 Credit transfer. */
export const creditTransferSchema = v.object({
  accountId: v.string(),
  accountName: v.optional(v.string()),
  serviceProviderId: v.optional(v.string()),
}) satisfies v.GenericSchema<CreditTransfer>;

/** BG-18 Payment card information. */
export const paymentCardSchema = v.object({
  lastDigits: v.pipe(v.string(), v.regex(/^\d{4,6}$/, 'must be the last 4 to 6 digits of the card number')),
  holderName: v.optional(v.string()),
}) satisfies v.GenericSchema<PaymentCard>;

/** BG-19 Direct debit. */
export const directDebitSchema = v.object({
  mandateReference: v.optional(v.string()),
  creditorId: v.optional(v.string()),
  debitedAccountId: v.optional(v.string()),
}) satisfies v.GenericSchema<DirectDebit>;

/** BG-16 Payment instructions. */
export const paymentInstructionsSchema = v.object({
  meansCode: v.string(),
  meansText: v.optional(v.string()),
  remittanceInformation: v.optional(v.string()),
  creditTransfers: v.optional(v.array(creditTransferSchema)),
  card: v.optional(paymentCardSchema),
  directDebit: v.optional(directDebitSchema),
}) satisfies v.GenericSchema<PaymentInstructions>;

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
  taxCurrency: v.optional(currencyCodeSchema),
  taxTotalInTaxCurrency: v.optional(moneySchema),
  taxPointDate: v.optional(isoDateSchema),
  servicePeriod: v.nullable(dateRangeSchema),
  delivery: v.optional(deliverySchema),
  references: v.optional(documentReferencesSchema),
  seller: sellerSchema,
  buyer: buyerSchema,
  payee: v.optional(payeeSchema),
  taxRepresentative: v.optional(taxRepresentativeSchema),
  lines: v.array(invoiceLineSchema),
  subtotal: moneySchema,
  discountTotal: moneySchema,
  lineNetTotal: v.optional(moneySchema),
  allowances: v.optional(v.array(allowanceChargeSchema)),
  charges: v.optional(v.array(allowanceChargeSchema)),
  allowanceTotal: v.optional(moneySchema),
  chargeTotal: v.optional(moneySchema),
  netTotal: v.optional(moneySchema),
  taxes: v.array(taxAmountSchema),
  taxTotal: v.optional(moneySchema),
  total: moneySchema,
  prepaidAmount: v.optional(moneySchema),
  roundingAmount: v.optional(moneySchema),
  paymentInstructions: v.optional(paymentInstructionsSchema),
  payOnlineUrl: v.optional(v.string()),
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
