/**
 * What an invoice shows, whoever renders it: the page (`<invoice-detail>`), the PDF (in its worker) and the e-mail
 * build their documents from these sections, so the three cannot disagree about what a legal invoice carries — which
 * title a corrected invoice gets, when a due date is printed, which legend an exempt line needs, when a pay link is
 * safe. No DOM and no Lit: this runs in Node and in a worker.
 *
 * Values stay typed (Money, ISO dates, decimal strings, codes) and labels are keys of the document catalog
 * (`document.messages.ts`), so each renderer formats with Intl in its own locale and words.
 */
import type {
  DateRange,
  Identifier,
  Invoice,
  InvoiceLine,
  Money,
  PartyDetails,
  Payee,
  PrecedingInvoice,
  TaxAmount,
  TaxRepresentative,
} from '../api/types.js';
import { safeHttpUrl } from '../api/urls.js';
import { minorToDecimalString, minorUnitDigits } from '../format/money.js';
import type { DocumentMessages } from './document.messages.js';

/** Which title the document gets. `other` is a type the catalog has no name for, shown by its code as given. */
export type DocumentTitle =
  | { key: 'invoiceTitle' | 'creditNoteTitle' | 'correctedInvoiceTitle' | 'selfBilledInvoiceTitle' | 'prepaymentInvoiceTitle'; number: string }
  | { key: 'otherDocumentTitle'; number: string; typeCode: string };

/** A row of the document's dates: one day, or a period. */
export type MetaRow =
  | { key: 'issueDate' | 'dueDate' | 'taxPointDate' | 'deliveryDate'; date: string }
  | { key: 'invoicingPeriod'; period: DateRange };

/**
 * A row of the totals, in EN 16931 order. `deduction` rows are taken off (allowances, line discounts): renderers show
 * them negated; `amount` is always as the invoice states it. `emphasis` rows are the ones a reader looks for.
 */
export type TotalsRow =
  | {
      key:
        | 'subtotal'
        | 'lineDiscounts'
        | 'lineNetTotal'
        | 'allowanceTotal'
        | 'chargeTotal'
        | 'netTotal'
        | 'taxTotal'
        | 'total'
        | 'prepaidAmount'
        | 'roundingAmount'
        | 'amountPaid'
        | 'amountDue';
      amount: Money;
      deduction: boolean;
      emphasis: boolean;
    }
  /** One tax in the totals, for invoices whose taxes carry no VAT category (a simple invoice, US sales tax). */
  | { key: 'taxRow'; label: string; rate: string; amount: Money; deduction: false; emphasis: false };

/** The VAT categories the catalog names (UNCL 5305 as EN 16931 uses it). */
export const VAT_CATEGORY_CODES = ['S', 'Z', 'E', 'AE', 'K', 'G', 'O', 'L', 'M'] as const;
export type VatCategoryCode = (typeof VAT_CATEGORY_CODES)[number];

/** Categories without a rate: their rate is not printed and their tax is nil, so the invoice must say why. */
const RATELESS: ReadonlySet<string> = new Set(['E', 'AE', 'K', 'G', 'O']);

/** One row of the VAT breakdown (BG-23). */
export interface VatBreakdownRow {
  /** The category code as the backend sent it (BT-118), or null for a tax that is not VAT. */
  category: string | null;
  /** The catalog key naming the category, or null for an unknown code (shown as given) or none. */
  categoryKey: `vatCategory${VatCategoryCode}` | null;
  /** The tax's name on the invoice (`VAT`, `USt.`, `消費税`). */
  label: string;
  /** BT-119, a decimal string in percent; null for the rateless categories, whose rate means nothing. */
  rate: string | null;
  taxableAmount: Money;
  tax: Money;
}

/** A legend the invoice must print: why no VAT, or who accounts for it. */
export interface Legend {
  /** The category it explains, as sent. */
  category: string | null;
  /** BT-120 as the backend wrote it, or null to print the catalog's standard legend (`standardKey`). */
  text: string | null;
  /** The catalog's legend for the category, used when `text` is null; null when the category has none. */
  standardKey: `legend${'E' | 'AE' | 'K' | 'G' | 'O'}` | null;
  /** BT-121 exemption reason code (VATEX), or null. */
  code: string | null;
}

/** The VAT breakdown, its total and its legends. */
export interface TaxSections {
  rows: VatBreakdownRow[];
  /** BT-110 as sent, else Σ of the rows' tax. */
  total: Money;
  /** True when any row names a VAT category: then it is printed as a breakdown table with a total row. */
  categorised: boolean;
  legends: Legend[];
}

/** An account to pay into (BG-17). */
export interface PaymentAccount {
  /** BT-84 as sent (what a copy button copies, without the grouping spaces when it is an IBAN). */
  accountId: string;
  /** True when `accountId` is an IBAN: then `display` groups it in fours. */
  iban: boolean;
  /** The account as printed: an IBAN in groups of four, anything else as given. */
  display: string;
  accountName: string | null;
  /** BT-86, the BIC. */
  serviceProviderId: string | null;
}

/** How to pay (BG-16), and where to pay online. */
export interface PaymentSection {
  /** BT-81 as sent, or null when only a pay-online URL is known. */
  meansCode: string | null;
  /** The catalog key naming the means code, when the backend gave no text (BT-82) and the code is one the catalog names. */
  meansKey: `paymentMeans${(typeof MEANS_CODES)[number]}` | null;
  /** BT-82 as sent, or null. */
  meansText: string | null;
  /** BT-83, the reference to quote. */
  remittanceInformation: string | null;
  accounts: PaymentAccount[];
  card: { lastDigits: string; holderName: string | null } | null;
  directDebit: { mandateReference: string | null; creditorId: string | null; debitedAccount: string | null } | null;
  /** The pay-online URL, only when it is absolute http(s); null otherwise, so nothing else can become a link. */
  payOnlineUrl: string | null;
}

/** UNTDID 4461 codes the catalog names: cash, credit transfer, card, direct debit, SEPA credit transfer and direct debit. */
const MEANS_CODES = ['10', '30', '48', '49', '58', '59'] as const;

/** One of the invoice's references (BT-10…BT-19). */
export interface ReferenceRow {
  key:
    | 'buyerReference'
    | 'purchaseOrderReference'
    | 'salesOrderReference'
    | 'contractReference'
    | 'projectReference'
    | 'receivingAdviceReference'
    | 'despatchAdviceReference'
    | 'tenderReference'
    | 'invoicedObject'
    | 'buyerAccountingReference';
  value: string;
  /** The identifier's scheme, for the invoiced object (BT-18-1). */
  scheme: string | null;
}

/** One legal identifier of a party. */
export interface PartyIdRow {
  key: 'legalName' | 'tradingName' | 'legalRegistration' | 'vatId' | 'qualifiedInvoiceIssuer' | 'taxRegistration' | 'electronicAddress' | 'legalInformation';
  value: string;
  /** The scheme or what the number is (`Amtsgericht Hamburg`, `Steuernummer`, `9930`), or null. */
  scheme: string | null;
}

/** A party's legal identity as the document prints it. */
export interface PartyIds {
  /** The party's name (the seller's, the buyer's, the payee's or the tax representative's). */
  name: string;
  rows: PartyIdRow[];
}

/** Everything a rendering of the invoice shows, beyond the lines, the addresses and the free texts. */
export interface DocumentSections {
  title: DocumentTitle;
  /** False on a credit note: it is not paid, so "Open" or "Overdue" would mislead. */
  showStatus: boolean;
  meta: MetaRow[];
  totals: TotalsRow[];
  taxes: TaxSections;
  payment: PaymentSection | null;
  /** The invoices this one corrects (BG-3), with their dates where known: printed "Corrects invoice …" on every type. */
  corrects: PrecedingInvoice[];
  references: ReferenceRow[];
  seller: PartyIds;
  buyer: PartyIds;
  payee: PartyIds | null;
  taxRepresentative: PartyIds | null;
}

/** A catalog key of `DocumentMessages` whose value is a plain string, for renderers that look labels up by key. */
export type DocumentLabelKey = { [K in keyof DocumentMessages]: DocumentMessages[K] extends string ? K : never }[keyof DocumentMessages];

/** The sections of `invoice`. Never throws on odd but well-typed data: unknown codes pass through as given. */
export function documentSections(invoice: Invoice): DocumentSections {
  const creditNote = isCreditNote(invoice);
  return {
    title: documentTitle(invoice),
    showStatus: !creditNote,
    meta: metaRows(invoice, creditNote),
    totals: totalsRows(invoice),
    taxes: taxSections(invoice),
    payment: paymentSection(invoice),
    corrects: correctedInvoices(invoice),
    references: referenceRows(invoice),
    seller: partyIds(invoice.seller.name, invoice.seller, invoice.seller.taxId, invoice.seller.address.country),
    buyer: partyIds(invoice.buyer.name, invoice.buyer, invoice.buyer.taxId, invoice.buyer.address.country),
    payee: invoice.payee ? payeeIds(invoice.payee) : null,
    taxRepresentative: invoice.taxRepresentative ? taxRepresentativeIds(invoice.taxRepresentative) : null,
  };
}

type NamedTitleKey = Exclude<DocumentTitle['key'], 'otherDocumentTitle'>;

const TITLE_BY_TYPE: Readonly<Record<string, NamedTitleKey>> = {
  commercial: 'invoiceTitle',
  credit_note: 'creditNoteTitle',
  corrected: 'correctedInvoiceTitle',
  self_billed: 'selfBilledInvoiceTitle',
  prepayment: 'prepaymentInvoiceTitle',
};
/** UNTDID 1001 codes, for backends that send `typeCode` without `documentType`. */
const TITLE_BY_CODE: Readonly<Record<string, NamedTitleKey>> = {
  '380': 'invoiceTitle',
  '381': 'creditNoteTitle',
  '384': 'correctedInvoiceTitle',
  '389': 'selfBilledInvoiceTitle',
  '386': 'prepaymentInvoiceTitle',
};

function isCreditNote(invoice: Invoice): boolean {
  return invoice.kind === 'credit_note' || invoice.documentType === 'credit_note';
}

/** The title: by `documentType`, else by `typeCode`, else by `kind`; a type nobody names is shown by its code. */
export function documentTitle(invoice: Pick<Invoice, 'number' | 'kind' | 'documentType' | 'typeCode'>): DocumentTitle {
  const number = invoice.number;
  const documentType: string | undefined = invoice.documentType;
  const byType = documentType !== undefined ? TITLE_BY_TYPE[documentType] : undefined;
  if (byType) return { key: byType, number };
  // A documentType outside the contract's list (a newer backend) is still the backend's word: show it as given.
  if (typeof documentType === 'string' && documentType.trim() !== '') {
    return { key: 'otherDocumentTitle', number, typeCode: invoice.typeCode?.trim() || documentType };
  }
  const code = invoice.typeCode?.trim();
  if (code) {
    const byCode = TITLE_BY_CODE[code];
    return byCode ? { key: byCode, number } : { key: 'otherDocumentTitle', number, typeCode: code };
  }
  return { key: invoice.kind === 'credit_note' ? 'creditNoteTitle' : 'invoiceTitle', number };
}

function metaRows(invoice: Invoice, creditNote: boolean): MetaRow[] {
  const rows: MetaRow[] = [{ key: 'issueDate', date: invoice.issueDate }];
  if (!creditNote && invoice.dueDate && !(invoice.dueDate === invoice.issueDate && invoice.terms?.trim())) {
    // The contract puts the issue date in `dueDate` when the invoice states payment terms only (BT-20): printing it
    // as a due date would invent one, so the terms speak alone.
    rows.push({ key: 'dueDate', date: invoice.dueDate });
  }
  if (invoice.taxPointDate) rows.push({ key: 'taxPointDate', date: invoice.taxPointDate });
  if (invoice.servicePeriod) rows.push({ key: 'invoicingPeriod', period: invoice.servicePeriod });
  if (invoice.delivery?.date) rows.push({ key: 'deliveryDate', date: invoice.delivery.date });
  return rows;
}

function totalsRows(invoice: Invoice): TotalsRow[] {
  const currency = invoice.currency;
  const sum = (values: readonly Money[]): Money => ({ amountMinor: values.reduce((total, value) => total + value.amountMinor, 0), currency });
  const rows: TotalsRow[] = [];
  const row = (key: Exclude<TotalsRow['key'], 'taxRow'>, amount: Money, options: { deduction?: boolean; emphasis?: boolean } = {}): void => {
    rows.push({ key, amount, deduction: options.deduction ?? false, emphasis: options.emphasis ?? false });
  };

  // Today's simple invoices print Subtotal and Discounts; BT-106 (the lines' net sum) is their difference, printed
  // separately only when it differs from the subtotal and the document goes on with allowances or charges.
  const lineDiscounts = invoice.discountTotal.amountMinor !== 0;
  const allowances = invoice.allowanceTotal ?? (invoice.allowances?.length ? sum(invoice.allowances.map((item) => item.amount)) : undefined);
  const charges = invoice.chargeTotal ?? (invoice.charges?.length ? sum(invoice.charges.map((item) => item.amount)) : undefined);
  const documentLevel = (allowances !== undefined && allowances.amountMinor !== 0) || (charges !== undefined && charges.amountMinor !== 0);
  row('subtotal', invoice.subtotal);
  if (lineDiscounts) row('lineDiscounts', invoice.discountTotal, { deduction: true });
  if (lineDiscounts && documentLevel) {
    row('lineNetTotal', invoice.lineNetTotal ?? { amountMinor: invoice.subtotal.amountMinor - invoice.discountTotal.amountMinor, currency });
  }
  if (allowances && allowances.amountMinor !== 0) row('allowanceTotal', allowances, { deduction: true });
  if (charges && charges.amountMinor !== 0) row('chargeTotal', charges);
  if (documentLevel) {
    const lineNet = invoice.lineNetTotal?.amountMinor ?? invoice.subtotal.amountMinor - invoice.discountTotal.amountMinor;
    row('netTotal', invoice.netTotal ?? { amountMinor: lineNet - (allowances?.amountMinor ?? 0) + (charges?.amountMinor ?? 0), currency });
  }
  if (invoice.taxes.some((tax) => tax.category !== undefined)) {
    row('taxTotal', invoice.taxTotal ?? sum(invoice.taxes.map((tax) => tax.tax)));
  } else {
    for (const tax of invoice.taxes) rows.push({ key: 'taxRow', label: tax.label, rate: tax.rate, amount: tax.tax, deduction: false, emphasis: false });
  }
  row('total', invoice.total, { emphasis: true });
  if (invoice.prepaidAmount && invoice.prepaidAmount.amountMinor !== 0) row('prepaidAmount', invoice.prepaidAmount, { deduction: true });
  if (invoice.roundingAmount && invoice.roundingAmount.amountMinor !== 0) row('roundingAmount', invoice.roundingAmount);
  row('amountPaid', invoice.amountPaid);
  row('amountDue', invoice.amountDue, { emphasis: true });
  return rows;
}

function categoryKey(category: string | undefined): VatBreakdownRow['categoryKey'] {
  return category !== undefined && (VAT_CATEGORY_CODES as readonly string[]).includes(category) ? (`vatCategory${category as VatCategoryCode}` as const) : null;
}

function taxSections(invoice: Invoice): TaxSections {
  const rows: VatBreakdownRow[] = invoice.taxes.map((tax: TaxAmount) => ({
    category: tax.category ?? null,
    categoryKey: categoryKey(tax.category),
    label: tax.label,
    rate: tax.category !== undefined && RATELESS.has(tax.category) ? null : tax.rate,
    taxableAmount: tax.taxableAmount,
    tax: tax.tax,
  }));
  const total = invoice.taxTotal ?? { amountMinor: invoice.taxes.reduce((sum, tax) => sum + tax.tax.amountMinor, 0), currency: invoice.currency };
  return { rows, total, categorised: invoice.taxes.some((tax) => tax.category !== undefined), legends: legends(invoice.taxes) };
}

/** One legend per distinct reason: the backend's text where it gave one, else the category's standard wording. */
function legends(taxes: readonly TaxAmount[]): Legend[] {
  const found: Legend[] = [];
  const seen = new Set<string>();
  for (const tax of taxes) {
    const text = tax.exemptionReason?.trim() || null;
    const code = tax.exemptionReasonCode?.trim() || null;
    const standardKey = tax.category !== undefined && RATELESS.has(tax.category) ? (`legend${tax.category as 'E' | 'AE' | 'K' | 'G' | 'O'}` as const) : null;
    if (!text && !code && !standardKey) continue;
    const identity = `${text ?? standardKey}|${code ?? ''}`;
    if (seen.has(identity)) continue;
    seen.add(identity);
    found.push({ category: tax.category ?? null, text, standardKey, code });
  }
  return found;
}

const IBAN = /^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$/;

/** An IBAN in the groups of four it is printed in (`DE02 1203 0000 0000 2020 51`); anything else as given. */
export function groupAccountId(accountId: string): { iban: boolean; display: string } {
  const compact = accountId.replace(/\s+/g, '').toUpperCase();
  if (!IBAN.test(compact)) return { iban: false, display: accountId };
  return { iban: true, display: compact.replace(/(.{4})(?=.)/g, '$1 ') };
}

function paymentSection(invoice: Invoice): PaymentSection | null {
  const instructions = invoice.paymentInstructions;
  const payOnlineUrl = safeHttpUrl(invoice.payOnlineUrl);
  if (!instructions && !payOnlineUrl) return null;
  const meansCode = instructions?.meansCode?.trim() || null;
  const meansText = instructions?.meansText?.trim() || null;
  const known = meansCode !== null && (MEANS_CODES as readonly string[]).includes(meansCode);
  const card = instructions?.card;
  const debit = instructions?.directDebit;
  return {
    meansCode,
    meansKey: !meansText && known ? (`paymentMeans${meansCode as (typeof MEANS_CODES)[number]}` as const) : null,
    meansText,
    remittanceInformation: instructions?.remittanceInformation?.trim() || null,
    accounts: (instructions?.creditTransfers ?? []).map((transfer) => {
      const { iban, display } = groupAccountId(transfer.accountId);
      return {
        accountId: iban ? transfer.accountId.replace(/\s+/g, '').toUpperCase() : transfer.accountId,
        iban,
        display,
        accountName: transfer.accountName?.trim() || null,
        serviceProviderId: transfer.serviceProviderId?.trim() || null,
      };
    }),
    card: card ? { lastDigits: card.lastDigits, holderName: card.holderName?.trim() || null } : null,
    directDebit:
      debit && (debit.mandateReference || debit.creditorId || debit.debitedAccountId)
        ? {
            mandateReference: debit.mandateReference?.trim() || null,
            creditorId: debit.creditorId?.trim() || null,
            debitedAccount: debit.debitedAccountId ? groupAccountId(debit.debitedAccountId).display : null,
          }
        : null,
    payOnlineUrl,
  };
}

/** BG-3 for every type, and the credit note's `corrects` link when BG-3 does not already name it. */
function correctedInvoices(invoice: Invoice): PrecedingInvoice[] {
  const preceding = (invoice.references?.precedingInvoices ?? []).filter((item) => item.number.trim() !== '');
  if (invoice.corrects && !preceding.some((item) => item.number === invoice.corrects!.number)) {
    return [{ number: invoice.corrects.number }, ...preceding];
  }
  return preceding;
}

const REFERENCE_KEYS = [
  'buyerReference',
  'purchaseOrderReference',
  'salesOrderReference',
  'contractReference',
  'projectReference',
  'receivingAdviceReference',
  'despatchAdviceReference',
  'tenderReference',
  'buyerAccountingReference',
] as const;

function referenceRows(invoice: Invoice): ReferenceRow[] {
  const references = invoice.references;
  if (!references) return [];
  const rows: ReferenceRow[] = [];
  for (const key of REFERENCE_KEYS) {
    const value = references[key]?.trim();
    if (value) rows.push({ key, value, scheme: null });
  }
  const object = references.invoicedObject;
  if (object?.id.trim()) rows.push({ key: 'invoicedObject', value: object.id, scheme: object.scheme?.trim() || null });
  return rows;
}

/** A Japanese qualified-invoice issuer number (登録番号): T and the 13-digit corporate number. */
const QUALIFIED_INVOICE_ISSUER = /^T[0-9]{13}$/;

function partyIds(name: string, party: PartyDetails, taxId: string | null, country: string): PartyIds {
  const rows: PartyIdRow[] = [];
  const add = (key: PartyIdRow['key'], value: string | null | undefined, scheme?: string | null): void => {
    const trimmed = value?.trim();
    if (trimmed) rows.push({ key, value: trimmed, scheme: scheme?.trim() || null });
  };
  // With a trading name the printed name is the legal one, and the document says which is which.
  if (party.tradingName?.trim() && party.tradingName.trim() !== name.trim()) {
    add('legalName', name);
    add('tradingName', party.tradingName);
  }
  add('legalRegistration', party.legalRegistration?.id, party.legalRegistration?.scheme);
  if (taxId?.trim()) add(country === 'JP' && QUALIFIED_INVOICE_ISSUER.test(taxId.trim()) ? 'qualifiedInvoiceIssuer' : 'vatId', taxId);
  for (const registration of party.otherTaxRegistrations ?? []) {
    add(QUALIFIED_INVOICE_ISSUER.test(registration.id.trim()) && registration.scheme === 'JP-QII' ? 'qualifiedInvoiceIssuer' : 'taxRegistration', registration.id, registration.scheme);
  }
  add('electronicAddress', party.electronicAddress?.id, party.electronicAddress?.scheme);
  add('legalInformation', party.legalInformation);
  return { name, rows };
}

function identifierRow(key: PartyIdRow['key'], identifier: Identifier | undefined): PartyIdRow[] {
  return identifier?.id.trim() ? [{ key, value: identifier.id.trim(), scheme: identifier.scheme?.trim() || null }] : [];
}

function payeeIds(payee: Payee): PartyIds {
  return { name: payee.name, rows: [...identifierRow('legalRegistration', payee.legalRegistration), ...identifierRow('taxRegistration', payee.identifier)] };
}

function taxRepresentativeIds(representative: TaxRepresentative): PartyIds {
  return { name: representative.name, rows: representative.taxId.trim() ? [{ key: 'vatId', value: representative.taxId.trim(), scheme: null }] : [] };
}

/** A line's price as printed: exact, with every decimal the backend gave (€0.0088 stays €0.0088). */
export interface LinePrice {
  /** The price in the currency's major unit as a decimal string: `netPrice` where given, else `unitPrice` exactly. */
  decimal: string;
  currency: string;
  /** BT-149, how many units the price is for, when it is not 1 (printed "per 1,000 units"). */
  baseQuantity: string | null;
}

/** The line's unit price as printed; see `LinePrice`. */
export function linePrice(line: InvoiceLine): LinePrice {
  const currency = line.unitPrice.currency;
  const decimal = line.netPrice?.trim() && /^-?[0-9]+(\.[0-9]+)?$/.test(line.netPrice.trim()) ? line.netPrice.trim() : minorToDecimalString(line.unitPrice.amountMinor, minorUnitDigits(currency));
  const base = line.baseQuantity?.trim();
  return { decimal, currency, baseQuantity: base && !/^0*1(\.0*)?$/.test(base) ? base : null };
}
