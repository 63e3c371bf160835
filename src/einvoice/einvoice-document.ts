/**
 * The contract's `Invoice` as the EN 16931 terms both e-invoice syntaxes write, decided once so UBL and CII say the
 * same thing: the type code, the amounts as the document writes them (positive on a credit note, which the contract
 * has negative), each line's VAT category, the VAT breakdown, the document totals, and which tax id is a VAT id.
 *
 * Pure and exact: amounts stay integer minor units until they become decimal strings here; nothing is a float. It
 * imports no XML parser, so the writers' chunk stays small.
 */
import type { AllowanceCharge, Identifier, Invoice, InvoiceLine, LineAllowanceCharge, Money, TaxAmount } from '../api/types.js';
import { minorToDecimalString, minorUnitDigits } from '../format/money.js';

/** The categories without a rate: the rate they write is 0, or (O, not subject to VAT) none at all. */
const RATELESS = new Set(['E', 'AE', 'K', 'G', 'O']);

/** UNTDID 1001 codes the contract names in its own words (BT-3). */
const TYPE_CODES = { commercial: '380', credit_note: '381', corrected: '384', self_billed: '389', prepayment: '386' } as const;

/** A VAT category and rate as the document writes them (BT-151/152, BT-118/119, BT-95/96, BT-102/103). */
export interface VatCategory {
  code: string;
  /** The rate as a decimal string; undefined for O, which must not carry one. */
  rate: string | undefined;
}

/** An allowance or charge ready to write: amounts as decimal strings. */
export interface DocumentAllowanceCharge {
  charge: boolean;
  amount: string;
  baseAmount: string | undefined;
  percentage: string | undefined;
  reason: string | undefined;
  reasonCode: string | undefined;
  /** Document level only. */
  vat: VatCategory | undefined;
}

export interface DocumentLine {
  source: InvoiceLine;
  /** BT-126: the line's position when its id is long or not unique; the contract's id otherwise. */
  id: string;
  /** BT-129, negated when the price had to be (BR-27: a price is never negative; the quantity carries the sign). */
  quantity: string;
  unitCode: string;
  /** BT-131. */
  netAmount: string;
  /** BT-146, never negative. */
  price: string;
  baseQuantity: string | undefined;
  grossPrice: string | undefined;
  priceDiscount: string | undefined;
  allowancesCharges: DocumentAllowanceCharge[];
  vat: VatCategory;
}

export interface DocumentTax {
  vat: VatCategory;
  taxableAmount: string;
  tax: string;
  exemptionReason: string | undefined;
  exemptionReasonCode: string | undefined;
}

/** A party's tax ids sorted into the terms EN 16931 has: a VAT id (BT-31/48) or another tax registration (BT-32). */
export interface PartyTaxIds {
  vatId: string | undefined;
  taxRegistration: { id: string; scheme: string } | undefined;
}

export interface EinvoiceDocument {
  invoice: Invoice;
  creditNote: boolean;
  typeCode: string;
  currency: string;
  lines: DocumentLine[];
  allowancesCharges: DocumentAllowanceCharge[];
  taxes: DocumentTax[];
  totals: {
    lineNet: string;
    allowances: string | undefined;
    charges: string | undefined;
    net: string;
    tax: string;
    total: string;
    prepaid: string | undefined;
    rounding: string | undefined;
    payable: string;
  };
  /** BT-111 in the tax currency (BT-6), when there is one. */
  taxInTaxCurrency: string | undefined;
  seller: PartyTaxIds;
  buyer: PartyTaxIds;
  /** Something is not subject to VAT (category O), so no VAT identifier is written (BR-O-02 … 04). */
  outsideScope: boolean;
  /** The written amount of a Money of the invoice (sign turned for a credit note). */
  amount(money: Money): string;
}

/** Whether a tax id is a VAT id as BR-CO-09 wants one: a two-letter country prefix (ISO 3166-1 alpha-2, or EL). */
export function isVatId(taxId: string): boolean {
  return /^[A-Z]{2}/.test(taxId);
}

/** An ISO/IEC 6523 ICD code (BR-CL-10/11/21): four digits. A scheme in words (`Amtsgericht Hamburg`) is not one. */
export function isIcdCode(scheme: string | undefined): scheme is string {
  return scheme !== undefined && /^\d{4}$/.test(scheme);
}

/** The identifier's scheme when it is a code the rules accept; a scheme in words is left out rather than break BR-CL. */
export function icdScheme(identifier: Identifier | undefined): string | undefined {
  return isIcdCode(identifier?.scheme) ? identifier!.scheme : undefined;
}

/** A decimal string without its sign turned, or with it: "0.35" → "-0.35", "-2" → "2". */
export function negateDecimal(value: string): string {
  const trimmed = value.trim();
  if (trimmed.startsWith('-')) return trimmed.slice(1);
  if (/^\+?0*(\.0*)?$/.test(trimmed)) return trimmed.replace(/^\+/, '');
  return `-${trimmed.replace(/^\+/, '')}`;
}

/** The VAT category a line is in: its own, or — for a backend that gives none — S at a rate, Z at zero. */
export function lineCategory(line: Pick<InvoiceLine, 'vatCategory' | 'taxRate'>): VatCategory {
  return vatCategory(line.vatCategory, line.taxRate);
}

function vatCategory(code: string | undefined, rate: string | undefined): VatCategory {
  const resolved = code ?? (rate !== undefined && !/^-?0*(\.0*)?$/.test(rate) ? 'S' : 'Z');
  if (resolved === 'O') return { code: 'O', rate: undefined };
  if (RATELESS.has(resolved)) return { code: resolved, rate: '0' };
  return { code: resolved, rate: rate ?? '0' };
}

/** A breakdown row's category: its own, or that of the lines taxed at its rate. */
function taxCategory(tax: TaxAmount, lines: readonly InvoiceLine[]): VatCategory {
  if (tax.category) return vatCategory(tax.category, tax.rate);
  const line = lines.find((candidate) => sameRate(candidate.taxRate, tax.rate));
  return vatCategory(line?.vatCategory, tax.rate);
}

/** Whether two decimal rates are the same number ("19", "19.0", "+19.00"), compared as text, never as floats. */
export function sameRate(a: string, b: string): boolean {
  const normal = (value: string) => value.replace(/^\+/, '').replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '');
  return normal(a) === normal(b);
}

/** The invoice's own type code, or the one its document type or kind names. */
export function typeCodeOf(invoice: Pick<Invoice, 'typeCode' | 'documentType' | 'kind'>): string {
  if (invoice.typeCode) return invoice.typeCode;
  if (invoice.documentType) return TYPE_CODES[invoice.documentType];
  return invoice.kind === 'credit_note' ? '381' : '380';
}

/** A party's taxId sorted: a VAT id, or (without a country prefix) a tax registration; other registrations after. */
function partyTaxIds(taxId: string | null, others: readonly { id: string; scheme: string }[] | undefined): PartyTaxIds {
  const vatId = taxId && isVatId(taxId) ? taxId : undefined;
  const registration = taxId && !vatId ? { id: taxId, scheme: 'FC' } : others?.[0];
  return {
    vatId,
    taxRegistration: registration ? { id: registration.id, scheme: /^[A-Z]{2,3}$/.test(registration.scheme) && registration.scheme !== 'VAT' ? registration.scheme : 'FC' } : undefined,
  };
}

/** Prepares an invoice for writing. */
export function einvoiceDocument(invoice: Invoice): EinvoiceDocument {
  const currency = invoice.currency;
  const digits = minorUnitDigits(currency);
  const creditNote = invoice.kind === 'credit_note';
  const sign = creditNote ? -1 : 1;
  /** Minor units as the document writes them: signed for the document, and at most the decimals the amount needs beyond two (BR-DEC allows 2; a 3-decimal currency keeps its third only when it is not 0). */
  const decimal = (amountMinor: number): string => {
    const text = minorToDecimalString(sign * amountMinor + 0, digits);
    return digits > 2 ? text.replace(/(\.\d\d\d*?)0+$/, '$1') : text;
  };
  const amount = (money: Money): string => decimal(money.amountMinor);
  const sum = (values: readonly Money[] | undefined): number => (values ?? []).reduce((total, value) => total + value.amountMinor, 0);
  const signedDecimal = (value: string | undefined): string | undefined => (value === undefined ? undefined : creditNote ? negateDecimal(value) : value);

  const allowanceCharge = (item: AllowanceCharge | LineAllowanceCharge, charge: boolean, withVat: boolean): DocumentAllowanceCharge => ({
    charge,
    amount: amount(item.amount),
    baseAmount: item.baseAmount ? amount(item.baseAmount) : undefined,
    percentage: item.percentage,
    reason: item.reason,
    reasonCode: item.reasonCode,
    vat: withVat ? vatCategory((item as AllowanceCharge).vatCategory, (item as AllowanceCharge).vatRate) : undefined,
  });

  const lines = invoice.lines.map((line, index): DocumentLine => {
    let price = line.netPrice !== undefined ? (signedDecimal(line.netPrice) as string) : minorToDecimalString(sign * line.unitPrice.amountMinor + 0, digits);
    let quantity = line.quantity;
    if (price.startsWith('-')) {
      price = negateDecimal(price);
      quantity = negateDecimal(quantity);
    }
    const listed = line.allowances ?? [];
    const allowances = listed.length
      ? listed.map((item) => allowanceCharge(item, false, false))
      : line.discount.amountMinor !== 0
        ? [allowanceCharge({ amount: line.discount, reason: 'Discount', reasonCode: '95' }, false, false)]
        : [];
    const unique = invoice.lines.filter((other) => other.id === line.id).length === 1;
    return {
      source: line,
      id: unique && line.id.length <= 64 ? line.id : String(index + 1),
      quantity,
      unitCode: line.unitCode ?? 'C62',
      netAmount: amount(line.lineTotal),
      price,
      baseQuantity: line.baseQuantity,
      grossPrice: signedDecimal(line.grossPrice),
      priceDiscount: signedDecimal(line.priceDiscount),
      allowancesCharges: [...allowances, ...(line.charges ?? []).map((item) => allowanceCharge(item, true, false))],
      vat: lineCategory(line),
    };
  });

  const lineNet = invoice.lineNetTotal ?? { amountMinor: sum(invoice.lines.map((line) => line.lineTotal)), currency };
  const allowanceTotal = invoice.allowanceTotal ?? (invoice.allowances?.length ? { amountMinor: sum(invoice.allowances.map((item) => item.amount)), currency } : undefined);
  const chargeTotal = invoice.chargeTotal ?? (invoice.charges?.length ? { amountMinor: sum(invoice.charges.map((item) => item.amount)), currency } : undefined);
  const net = invoice.netTotal ?? { amountMinor: lineNet.amountMinor - (allowanceTotal?.amountMinor ?? 0) + (chargeTotal?.amountMinor ?? 0), currency };
  const taxTotal = invoice.taxTotal ?? { amountMinor: sum(invoice.taxes.map((row) => row.tax)), currency };
  // BT-115 is what the document asks to be paid: payments received since it was issued are not part of it (BR-CO-16).
  const payable = invoice.total.amountMinor - (invoice.prepaidAmount?.amountMinor ?? 0) + (invoice.roundingAmount?.amountMinor ?? 0);
  const taxCurrency = invoice.taxCurrency && invoice.taxCurrency !== currency ? invoice.taxCurrency : undefined;
  const taxInTaxCurrency =
    taxCurrency && invoice.taxTotalInTaxCurrency
      ? minorToDecimalString(sign * invoice.taxTotalInTaxCurrency.amountMinor + 0, minorUnitDigits(taxCurrency))
      : undefined;

  const taxes = invoice.taxes.map((row) => ({
    vat: taxCategory(row, invoice.lines),
    taxableAmount: amount(row.taxableAmount),
    tax: amount(row.tax),
    exemptionReason: row.exemptionReason,
    exemptionReasonCode: row.exemptionReasonCode,
  }));
  const allowancesCharges = [
    ...(invoice.allowances ?? []).map((item) => allowanceCharge(item, false, true)),
    ...(invoice.charges ?? []).map((item) => allowanceCharge(item, true, true)),
  ];
  // BR-O-02 … 04: a document with anything not subject to VAT carries no VAT identifier at all; the seller is then
  // known by its legal registration or identifier (BR-CO-26).
  const outsideScope = [...lines.map((line) => line.vat), ...taxes.map((row) => row.vat), ...allowancesCharges.map((item) => item.vat)].some(
    (vat) => vat?.code === 'O',
  );
  const withoutVatId = (ids: PartyTaxIds): PartyTaxIds => (outsideScope ? { ...ids, vatId: undefined } : ids);

  return {
    invoice,
    creditNote,
    typeCode: typeCodeOf(invoice),
    currency,
    lines,
    allowancesCharges,
    taxes,
    totals: {
      lineNet: amount(lineNet),
      allowances: allowanceTotal ? amount(allowanceTotal) : undefined,
      charges: chargeTotal ? amount(chargeTotal) : undefined,
      net: amount(net),
      tax: amount(taxTotal),
      total: amount(invoice.total),
      prepaid: invoice.prepaidAmount ? amount(invoice.prepaidAmount) : undefined,
      rounding: invoice.roundingAmount ? amount(invoice.roundingAmount) : undefined,
      payable: decimal(payable),
    },
    taxInTaxCurrency,
    outsideScope,
    seller: withoutVatId(partyTaxIds(invoice.seller.taxId, invoice.seller.otherTaxRegistrations)),
    buyer: withoutVatId(partyTaxIds(invoice.buyer.taxId, invoice.buyer.otherTaxRegistrations)),
    amount,
  };
}
