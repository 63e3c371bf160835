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

/**
 * An invoice, or a credit note that corrects one. `documentType` (with the BT-3 code in `typeCode`) says more;
 * `kind` is `credit_note` exactly when `documentType` is `credit_note`.
 */
export type InvoiceKind = 'invoice' | 'credit_note';
/** Every InvoiceKind, in the contract's order. */
export const INVOICE_KINDS: readonly InvoiceKind[] = ['invoice', 'credit_note'];

/**
 * BT-3 Invoice type code, in our words: `commercial` (UNTDID 1001 code 380), `credit_note` (381), `corrected`
 * (384, a corrected invoice that replaces or corrects the one in `references.precedingInvoices`), `self_billed`
 * (389, issued by the buyer on the seller's behalf) and `prepayment` (386, a request for payment in advance).
 * The exact code the document carries, which may be another of UNTDID 1001 (e.g. 326 partial, 261 self-billed
 * credit note), is `typeCode`; this is what renderers switch on.
 */
export type InvoiceDocumentType = 'commercial' | 'credit_note' | 'corrected' | 'self_billed' | 'prepayment';
/** Every InvoiceDocumentType, in the contract's order. */
export const INVOICE_DOCUMENT_TYPES: readonly InvoiceDocumentType[] = ['commercial', 'credit_note', 'corrected', 'self_billed', 'prepayment'];

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
  /** BT-1 Invoice number, as printed on the document. */
  number: string;
  /** Invoice or credit note. */
  kind: InvoiceKind;
  /** BT-3 Invoice type code, in our words (commercial when absent, or credit note when `kind` is `credit_note`). */
  documentType?: InvoiceDocumentType;
  /** BT-3 Invoice type code exactly as the document gives it (UNTDID 1001, e.g. `380`, `381`, `384`, `389`, `386`). Shown as given when no `documentType` names it. */
  typeCode?: string;
  /** Where the invoice is in its life. */
  status: InvoiceStatus;
  /** BT-2 Invoice issue date. */
  issueDate: string;
  /** BT-9 Payment due date. On a credit note, or an invoice that states payment terms only (`terms`, BT-20), the issue date. */
  dueDate: string;
  /** A one-line description of what was billed (searchable). */
  description: string;
  /** BT-112 Invoice total amount with VAT; what the invoice is for, tax included. */
  total: Money;
  /** BT-115 Amount due for payment, less the payments received here, that is total − `prepaidAmount` + `roundingAmount` − `amountPaid` (zero when void). */
  amountDue: Money;
  /** BG-3 Preceding invoice reference, for credit notes, as a link to the invoice they correct; otherwise null. Other preceding invoices are `references.precedingInvoices`. */
  corrects: InvoiceReference | null;
}

/** BG-5 / BG-8 / BG-12 / BG-15 A postal address, in the order it is printed (BT-35…40 for the seller's). */
export interface Address {
  /** Street lines, as the person wrote them (address lines 1–3, BT-35/36/162). */
  lines: string[];
  /** City or town (BT-37). */
  city: string;
  /** Postal code, as written (BT-38; may be empty where a country has none). */
  postalCode: string;
  /** State, province or county (BT-39 country subdivision), where the address has one; otherwise null. */
  region: string | null;
  /** BT-40 Country code, ISO 3166-1 alpha-2, e.g. `DE`. Shown by its name in the reader's language; a code the browser does not know is shown as sent. */
  country: string;
}

/** What EN 16931 knows about a party beyond its name and address, each optional. */
export interface PartyDetails {
  /** BT-28 Seller trading name / BT-45 Buyer trading name, when it differs from the name. */
  tradingName?: string;
  /** BT-29 Seller identifier / BT-46 Buyer identifier (e.g. a GLN, or the id the other party knows it by), with the scheme each is in. */
  identifiers?: Identifier[];
  /** BT-30 Seller legal registration identifier / BT-47 Buyer legal registration identifier (a company number), with its scheme (BT-30-1 / BT-47-1). */
  legalRegistration?: Identifier;
  /** BT-32 Seller tax registration identifier, and any other tax registration than `taxId` (e.g. a German Steuernummer, the Japanese qualified-invoice issuer number). */
  otherTaxRegistrations?: TaxRegistration[];
  /** BT-33 Seller additional legal information (legal form, share capital, register court). */
  legalInformation?: string;
  /** BT-34 Seller electronic address / BT-49 Buyer electronic address (where e-invoices are delivered, e.g. a Peppol id). */
  electronicAddress?: ElectronicAddress;
  /** BG-6 Seller contact / BG-9 Buyer contact. */
  contact?: Contact;
}

/** An identifier and the scheme it belongs to. */
export interface Identifier {
  /** The identifier, as given. */
  id: string;
  /** The identification scheme (ISO/IEC 6523 ICD code such as `0088` for GLN, or a code list id such as `STI` for item classifications), when given. */
  scheme?: string;
}

/** A tax registration number and what it is. */
export interface TaxRegistration {
  /** The registration number, as printed. */
  id: string;
  /** What the number is, as printed beside it or as a code (`FC` tax number, `JP-QII` Japanese qualified-invoice issuer registration), e.g. `Steuernummer`. */
  scheme: string;
}

/** An electronic address for e-invoice delivery. */
export interface ElectronicAddress {
  /** The address, e.g. `7300010000001` or `seller@example.com`. */
  id: string;
  /** BT-34-1 / BT-49-1 Electronic address scheme (a CEF EAS code, e.g. `0088`, `9930`, `EM`). */
  scheme: string;
}

/** A contact point of a party. */
export interface Contact {
  /** BT-41 Seller contact point / BT-56 Buyer contact point (a person or department). */
  name?: string;
  /** BT-42 / BT-57 Contact telephone number. */
  phone?: string;
  /** BT-43 / BT-58 Contact email address. */
  email?: string;
}

/** BG-4 Seller, the reseller that issues the invoice. */
export interface Seller extends PartyDetails {
  /** BT-27 Seller name, the full formal name, as printed on the invoice. */
  name: string;
  /** BG-5 Seller postal address. */
  address: Address;
  /** BT-31 Seller VAT identifier (with its country prefix), or the tax registration number where there is no VAT; or null. */
  taxId: string | null;
  /** The reseller's billing contact address (BT-43 Seller contact email address), or null. */
  email: string | null;
  /** Absolute http(s) URL of the reseller's logo, or null. Clients must still check the scheme before use. */
  logoUrl: string | null;
}

/** BG-7 Buyer, the end customer that is billed. */
export interface Buyer extends PartyDetails {
  /** The backend's identifier of the customer. */
  customerId: string;
  /** BT-44 Buyer name, as printed on the invoice. */
  name: string;
  /** Where invoices are e-mailed by default; empty when the customer has none (an imported invoice may carry only `contact.email`, BT-58, or nothing). */
  email: string;
  /** BG-8 Buyer postal address. */
  address: Address;
  /** BT-48 Buyer VAT identifier, or the customer's tax registration number; or null. */
  taxId: string | null;
  /** The language the customer reads their documents in, as a BCP 47 tag (`fr`, `pt-BR`, `zh-CN`); the PDF and the e-mail are written in it, and their dates, amounts and numbers formatted for it. Null or absent when the backend does not know it; documents then follow the reseller's locale. */
  language?: string | null;
}

/** BG-10 Payee, when someone other than the seller is paid (a factoring company). */
export interface Payee {
  /** BT-59 Payee name. */
  name: string;
  /** BT-60 Payee identifier, with its scheme. */
  identifier?: Identifier;
  /** BT-61 Payee legal registration identifier, with its scheme. */
  legalRegistration?: Identifier;
}

/** BG-11 Seller tax representative party, who accounts for VAT on the seller's behalf. */
export interface TaxRepresentative {
  /** BT-62 Seller tax representative name. */
  name: string;
  /** BT-63 Seller tax representative VAT identifier. */
  taxId: string;
  /** BG-12 Seller tax representative postal address. */
  address: Address;
}

/**
 * BG-25 Invoice line. `lineTotal` = quantity × unitPrice − discount (+ the line's `charges`), before tax; with
 * `netPrice` and `baseQuantity`, quantity × netPrice ÷ baseQuantity rounded to the minor unit stands for
 * quantity × unitPrice.
 */
export interface InvoiceLine {
  /** BT-126 Invoice line identifier, unique within the invoice. */
  id: string;
  /** BT-155 Item Seller's identifier, the product's stock-keeping unit (empty when the seller gives none). */
  sku: string;
  /** BT-153 Item name, what was billed, as printed on the line. */
  description: string;
  /** BG-26 Invoice line period, the period this line bills for (a subscription month), or null. */
  period: DateRange | null;
  /** BT-129 Invoiced quantity, as a decimal string, e.g. `"1"`, `"12"`, `"0.5"`. */
  quantity: string;
  /** What one unit is, as printed, e.g. `month`, `domain`, `GB`. */
  unit: string;
  /** BT-130 Invoiced quantity unit of measure code (UN/ECE Recommendation 20, e.g. `MON` month, `KWH`, `C62` one), beside the printed `unit`. */
  unitCode?: string;
  /** BT-146 Item net price that applies (MSRP or the reseller's own), rounded to the currency's minor unit when `netPrice` carries more precision. */
  unitPrice: Money;
  /** BT-146 Item net price in the currency's major unit as a decimal string, when it is finer than the minor unit (`"0.0088"` per kWh); it is the price per `baseQuantity` units. */
  netPrice?: string;
  /** BT-148 Item gross price (before `priceDiscount`), in the major unit as a decimal string. */
  grossPrice?: string;
  /** BT-147 Item price discount, gross price − net price, in the major unit as a decimal string. */
  priceDiscount?: string;
  /** BT-149 Item price base quantity, how many units the price is for (`"1000"` for a price per thousand); 1 when absent. Its unit (BT-150) is `unitCode`. */
  baseQuantity?: string;
  /** The platform's suggested retail price for one unit. For the reseller's staff only. */
  msrpUnitPrice: Money;
  /** Whether `unitPrice` is the MSRP or the reseller's own price. */
  priceSource: PriceSource;
  /** Amount taken off this line (zero or positive); the sum of the line's `allowances` (BT-136) when it lists them. */
  discount: Money;
  /** BG-27 Invoice line allowances, when the line gives them one by one (their sum is `discount`). */
  allowances?: LineAllowanceCharge[];
  /** BG-28 Invoice line charges, added to `lineTotal`. */
  charges?: LineAllowanceCharge[];
  /** BT-151 Invoiced item VAT category code. */
  vatCategory?: string;
  /** BT-152 Invoiced item VAT rate, in percent as a decimal string, e.g. `"20"`, `"7.5"`, `"0"` (`"0"` for categories without a rate, such as `O`). */
  taxRate: string;
  /** BT-131 Invoice line net amount, quantity × unitPrice − discount (+ charges), before tax. */
  lineTotal: Money;
  /** BT-127 Invoice line note. */
  note?: string;
  /** BT-128 Invoice line object identifier (a meter or subscription number), with its scheme. */
  objectId?: Identifier;
  /** BT-132 Referenced purchase order line reference. */
  orderLineReference?: string;
  /** BT-133 Invoice line Buyer accounting reference. */
  buyerAccountingReference?: string;
  /** BT-154 Item description, more than the name. */
  itemDescription?: string;
  /** BT-156 Item Buyer's identifier. */
  buyerItemId?: string;
  /** BT-157 Item standard identifier (e.g. a GTIN, scheme `0160`). */
  standardItemId?: Identifier;
  /** BT-158 Item classification identifiers, with the list each is from (BT-158-1, e.g. `STI`, `CPV`). */
  classifications?: Identifier[];
  /** BT-159 Item country of origin, ISO 3166-1 alpha-2. */
  originCountry?: string;
  /** BG-32 Item attributes. */
  attributes?: ItemAttribute[];
}

/** BG-27 Invoice line allowance or BG-28 Invoice line charge. */
export interface LineAllowanceCharge {
  /** BT-136 / BT-141 Invoice line allowance / charge amount, without VAT (positive). */
  amount: Money;
  /** BT-137 / BT-142 The base amount the percentage applies to. */
  baseAmount?: Money;
  /** BT-138 / BT-143 The percentage, as a decimal string. */
  percentage?: string;
  /** BT-139 / BT-144 The reason, as text. */
  reason?: string;
  /** BT-140 / BT-145 The reason code (UNTDID 5189 for allowances, 7161 for charges). */
  reasonCode?: string;
}

/** BG-20 Document level allowance or BG-21 Document level charge. */
export interface AllowanceCharge {
  /** BT-92 / BT-99 Document level allowance / charge amount, without VAT (positive). */
  amount: Money;
  /** BT-93 / BT-100 The base amount the percentage applies to. */
  baseAmount?: Money;
  /** BT-94 / BT-101 The percentage, as a decimal string. */
  percentage?: string;
  /** BT-95 / BT-102 The VAT category code it is taxed in. */
  vatCategory?: string;
  /** BT-96 / BT-103 The VAT rate it is taxed at, in percent as a decimal string (`"0"` or absent for categories without a rate). */
  vatRate?: string;
  /** BT-97 / BT-104 The reason, as text. */
  reason?: string;
  /** BT-98 / BT-105 The reason code (UNTDID 5189 for allowances, 7161 for charges). */
  reasonCode?: string;
}

/** BG-32 Item attribute. */
export interface ItemAttribute {
  /** BT-160 Item attribute name. */
  name: string;
  /** BT-161 Item attribute value. */
  value: string;
}

/** BG-23 VAT breakdown, the tax charged at one rate (in one category). */
export interface TaxAmount {
  /** BT-119 VAT category rate, in percent as a decimal string, e.g. `"20"` (`"0"` for categories without a rate, such as `O`). */
  rate: string;
  /** What the tax is called on the invoice, e.g. `VAT`, `Sales tax (state)`, `消費税`. */
  label: string;
  /** BT-118 VAT category code; absent for taxes that are not VAT (US sales tax) or when the backend does not say. */
  category?: string;
  /** BT-116 VAT category taxable amount, the amount the rate applies to. */
  taxableAmount: Money;
  /** BT-117 VAT category tax amount, the tax charged at this rate. */
  tax: Money;
  /** BT-120 VAT exemption reason text, the legend an exempt, reverse-charge, intra-community, export or out-of-scope invoice must print (e.g. "Reverse charge"). */
  exemptionReason?: string;
  /** BT-121 VAT exemption reason code (the CEF VATEX list, e.g. `VATEX-EU-AE`). */
  exemptionReasonCode?: string;
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
  /** BT-5 Invoice currency code, the currency every amount on the invoice is in. */
  currency: string;
  /** BT-6 VAT accounting currency code, when VAT is accounted in another currency than `currency`. */
  taxCurrency?: string;
  /** BT-111 Invoice total VAT amount in accounting currency (in `taxCurrency`). */
  taxTotalInTaxCurrency?: Money;
  /** BT-7 Value added tax point date, when it differs from the issue date. */
  taxPointDate?: string;
  /** BG-14 Invoicing period, the period the invoice bills for, or null. */
  servicePeriod: DateRange | null;
  /** BG-13 Delivery information. */
  delivery?: Delivery;
  /** What the invoice refers to (buyer reference, orders, contract, project, preceding invoices). */
  references?: DocumentReferences;
  /** BG-4 Seller, who issues the invoice. */
  seller: Seller;
  /** BG-7 Buyer, who is billed. */
  buyer: Buyer;
  /** BG-10 Payee, when someone other than the seller is to be paid. */
  payee?: Payee;
  /** BG-11 Seller tax representative party. */
  taxRepresentative?: TaxRepresentative;
  /** BG-25 Invoice lines, in printed order. */
  lines: InvoiceLine[];
  /** Sum of line totals before line discounts, Σ (lineTotal + discount). Not an EN 16931 figure; BT-106 is `lineNetTotal`. */
  subtotal: Money;
  /** Sum of line discounts (zero or positive; shown as a deduction). */
  discountTotal: Money;
  /** BT-106 Sum of Invoice line net amount, Σ lineTotal; subtotal − discountTotal when absent. */
  lineNetTotal?: Money;
  /** BG-20 Document level allowances (taken off after the lines, taxed in their own category). */
  allowances?: AllowanceCharge[];
  /** BG-21 Document level charges (shipping, handling), added after the lines. */
  charges?: AllowanceCharge[];
  /** BT-107 Sum of allowances on document level; zero when absent. */
  allowanceTotal?: Money;
  /** BT-108 Sum of charges on document level; zero when absent. */
  chargeTotal?: Money;
  /** BT-109 Invoice total amount without VAT, lineNetTotal − allowanceTotal + chargeTotal. */
  netTotal?: Money;
  /** BG-23 VAT breakdown, one entry per category and rate. */
  taxes: TaxAmount[];
  /** BT-110 Invoice total VAT amount, Σ taxes[].tax. */
  taxTotal?: Money;
  /** BT-112 Invoice total amount with VAT, netTotal + taxTotal. */
  total: Money;
  /** BT-113 Paid amount, paid in advance as the invoice states it (a deposit, a prepayment invoice); not one of `payments`. */
  prepaidAmount?: Money;
  /** BT-114 Rounding amount, added to the total to make the amount due a round sum (negative or positive). */
  roundingAmount?: Money;
  /** BG-16 Payment instructions, how to pay. */
  paymentInstructions?: PaymentInstructions;
  /** Absolute http(s) URL where the customer can pay this invoice online (not an EN 16931 term). Clients must check the scheme before making it a link. */
  payOnlineUrl?: string;
  /** Payments received against the invoice. */
  payments: Payment[];
  /** Sum of the payments. */
  amountPaid: Money;
  /** BT-115 Amount due for payment, less the payments received here, that is total − `prepaidAmount` + `roundingAmount` − `amountPaid` (zero when void). */
  amountDue: Money;
  /** BT-22 Invoice note, free text printed on the invoice (several notes separated by blank lines), or null. */
  notes: string | null;
  /** BT-20 Payment terms printed on the invoice, or null. */
  terms: string | null;
  /** E-mails already sent for this invoice, newest first. */
  emails: SentEmail[];
}

/** References an invoice carries, each optional, printed as a references block. */
export interface DocumentReferences {
  /** BT-10 Buyer reference (the buyer's order or cost-centre reference; Peppol and XRechnung require it or a purchase order). */
  buyerReference?: string;
  /** BT-11 Project reference. */
  projectReference?: string;
  /** BT-12 Contract reference. */
  contractReference?: string;
  /** BT-13 Purchase order reference. */
  purchaseOrderReference?: string;
  /** BT-14 Sales order reference. */
  salesOrderReference?: string;
  /** BT-15 Receiving advice reference. */
  receivingAdviceReference?: string;
  /** BT-16 Despatch advice reference. */
  despatchAdviceReference?: string;
  /** BT-17 Tender or lot reference. */
  tenderReference?: string;
  /** BT-18 Invoiced object identifier (a subscription or meter number), with its scheme (BT-18-1). */
  invoicedObject?: Identifier;
  /** BT-19 Buyer accounting reference. */
  buyerAccountingReference?: string;
  /** BG-3 Preceding invoice references, the invoices a credit note or a corrected invoice corrects, for every document type. */
  precedingInvoices?: PrecedingInvoice[];
}

/** BG-3 Preceding invoice reference. */
export interface PrecedingInvoice {
  /** BT-25 Preceding Invoice reference, the earlier invoice's number. */
  number: string;
  /** BT-26 Preceding Invoice issue date. */
  issueDate?: string;
}

/** BG-13 Delivery information. */
export interface Delivery {
  /** BT-72 Actual delivery date. */
  date?: string;
  /** BT-70 Deliver to party name. */
  partyName?: string;
  /** BT-71 Deliver to location identifier, with its scheme. */
  locationId?: Identifier;
  /** BG-15 Deliver to address. */
  address?: Address;
}

/** BG-16 Payment instructions. */
export interface PaymentInstructions {
  /** BT-81 Payment means type code (UNTDID 4461, e.g. `30` credit transfer, `58` SEPA credit transfer, `59` SEPA direct debit, `48` card, `10` cash). */
  meansCode: string;
  /** BT-82 Payment means text, as printed. */
  meansText?: string;
  /** BT-83 Remittance information, the reference the payer must quote. */
  remittanceInformation?: string;
  /** BG-17 Credit transfer, the accounts to pay to. */
  creditTransfers?: CreditTransfer[];
  /** BG-18 Payment card information. */
  card?: PaymentCard;
  /** BG-19 Direct debit. */
  directDebit?: DirectDebit;
}

/** BG-17 Credit transfer. */
export interface CreditTransfer {
  /** BT-84 Payment account identifier, an IBAN (shown grouped in fours) or another account number. */
  accountId: string;
  /** BT-85 Payment account name. */
  accountName?: string;
  /** BT-86 Payment service provider identifier, a BIC. */
  serviceProviderId?: string;
}

/** BG-18 Payment card information. */
export interface PaymentCard {
  /** BT-87 Payment card primary account number, only its last 4–6 digits (never the full number). */
  lastDigits: string;
  /** BT-88 Payment card holder name. */
  holderName?: string;
}

/** BG-19 Direct debit. */
export interface DirectDebit {
  /** BT-89 Mandate reference identifier. */
  mandateReference?: string;
  /** BT-90 Bank assigned creditor identifier. */
  creditorId?: string;
  /** BT-91 Debited account identifier (an IBAN). */
  debitedAccountId?: string;
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
  /** BCP 47 language of the e-mail's fixed text (greeting, labels), dates and amounts, as the attached PDF is written. Absent → the buyer's `language`, else the backend's default for the customer. */
  language?: string;
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
