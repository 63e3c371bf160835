/**
 * The contract's side of reading an e-invoice, the same for UBL and CII: each syntax finds the values (as the
 * decimal strings the document writes) and hands them here, where they become the contract's `Invoice` — amounts in
 * integer minor units of the invoice currency, negative for a credit note, and every thing not carried noted once.
 *
 * One builder reads one document: it learns the currency and sign from `begin` and keeps them for every amount after.
 */
import type { AllowanceCharge, Invoice, InvoiceDocumentType, InvoiceLine, LineAllowanceCharge, Money, PartyDetails } from '../api/types.js';
import { minorUnitDigits } from '../format/money.js';
import { compact, decimalParts, normalDecimal, optionalDecimal } from './einvoice-values.js';
import { EinvoiceReadError } from './xml-tree.js';

/** What reading gives: the invoice, and each thing in the document that the contract has no place for. */
export interface EinvoiceReading {
  invoice: Invoice;
  /** One sentence per thing not carried, naming its BT/BG term, e.g. "BG-24 Additional supporting documents (2)". */
  notCarried: string[];
}

const DOCUMENT_TYPES: Readonly<Record<string, InvoiceDocumentType>> = {
  '380': 'commercial',
  '381': 'credit_note',
  '384': 'corrected',
  '389': 'self_billed',
  '386': 'prepayment',
  '261': 'credit_note',
};
/** UNTDID 1001 codes of credit notes (credit note, self-billed, factored, related to goods or services, …). */
const CREDIT_NOTE_CODES = new Set(['381', '261', '262', '296', '308', '396', '420', '458', '532', '81', '83']);

/** A seller or buyer as either syntax reads it, before it becomes the contract's seller or buyer. */
export type PartyReading = { name: string; address: Invoice['seller']['address']; taxId: string | null; details: PartyDetails };

/** A document- or line-level allowance or charge (BG-20/21, BG-27/28) as written. */
export interface WrittenAllowanceCharge {
  amount: string | undefined;
  baseAmount: string | undefined;
  percentage: string | undefined;
  vatCategory: string | undefined;
  vatRate: string | undefined;
  reason: string | undefined;
  reasonCode: string | undefined;
}

/** One VAT breakdown (BG-23) as written. */
export interface WrittenTax {
  rate: string | undefined;
  label: string | undefined;
  category: string | undefined;
  taxableAmount: string | undefined;
  tax: string | undefined;
  exemptionReason: string | undefined;
  exemptionReasonCode: string | undefined;
}

/** The document totals (BG-22) and VAT breakdown as written; allowances and charges already read. */
export interface WrittenTotals {
  lineNetTotal: string | undefined;
  allowances: AllowanceCharge[];
  charges: AllowanceCharge[];
  allowanceTotal: string | undefined;
  chargeTotal: string | undefined;
  netTotal: string | undefined;
  taxes: WrittenTax[];
  taxTotal: string | undefined;
  total: string | undefined;
  prepaidAmount: string | undefined;
  roundingAmount: string | undefined;
  amountDue: string | undefined;
}

/** A line (BG-25) as written; `rest` is what needs no conversion, already in the contract's terms. */
export interface WrittenLine {
  id: string;
  quantity: string | undefined;
  unitCode: string | undefined;
  name: string | undefined;
  lineTotal: string | undefined;
  price: string | undefined;
  baseQuantity: string | undefined;
  grossPrice: string | undefined;
  priceDiscount: string | undefined;
  allowances: LineAllowanceCharge[];
  charges: LineAllowanceCharge[];
  rest: Partial<InvoiceLine>;
}

export class ContractBuilder {
  private readonly notCarried: string[] = [];
  private currencyCode = 'EUR';
  private digits = 2;
  private signFactor: 1 | -1 = 1;

  /** `creditNoteRoot`: the document is a UBL CreditNote, a credit note whatever its type code. */
  constructor(private readonly creditNoteRoot: boolean) {}

  /** The invoice currency (BT-5), once `begin` has read it. */
  get currency(): string {
    return this.currencyCode;
  }

  /** -1 for a credit note, whose amounts the contract has negative. */
  get sign(): 1 | -1 {
    return this.signFactor;
  }

  miss(what: string): void {
    if (!this.notCarried.includes(what)) this.notCarried.push(what);
  }

  /** An amount in the invoice currency, in minor units, credit notes negative. */
  money(value: string | undefined, what: string): Money {
    if (value === undefined) return { amountMinor: 0, currency: this.currencyCode };
    const parts = decimalParts(value);
    if (!parts) throw new EinvoiceReadError(`${what} is "${value}", not an amount.`);
    let minor: bigint;
    if (parts.scale <= this.digits) {
      minor = parts.units * 10n ** BigInt(this.digits - parts.scale);
    } else {
      const divisor = 10n ** BigInt(parts.scale - this.digits);
      const magnitude = parts.units < 0n ? -parts.units : parts.units;
      let quotient = magnitude / divisor;
      const remainder = magnitude % divisor;
      if (remainder !== 0n) this.miss(`${what} ${value} has more decimals than ${this.currencyCode} (${this.digits}); rounded half away from zero`);
      if (remainder * 2n >= divisor) quotient += 1n;
      minor = parts.units < 0n ? -quotient : quotient;
    }
    const amountMinor = Number(minor) * this.signFactor;
    if (!Number.isSafeInteger(amountMinor)) throw new EinvoiceReadError(`${what} ${value} is too large to be exact.`);
    return { amountMinor: amountMinor + 0, currency: this.currencyCode };
  }

  optionalMoney(value: string | undefined, what: string): Money | undefined {
    return value === undefined ? undefined : this.money(value, what);
  }

  /** The VAT total in the tax currency (BT-111): that currency's minor units, signed as the document is. */
  taxTotalIn(value: string | undefined, currency: string): Money {
    return { amountMinor: this.signFactor * this.moneyIn(value, currency), currency };
  }

  /** An amount in another currency (BT-111), in that currency's minor units, unsigned. */
  private moneyIn(value: string | undefined, currency: string): number {
    const saved = [this.currencyCode, this.digits, this.signFactor] as const;
    try {
      this.currencyCode = currency;
      this.digits = minorUnitDigits(currency);
      this.signFactor = 1;
      return this.money(value, 'BT-111').amountMinor;
    } finally {
      [this.currencyCode, this.digits, this.signFactor] = saved;
    }
  }

  /** Kind, document type, currency and sign, from the type code. */
  begin(typeCode: string | undefined, currency: string | undefined): Pick<Invoice, 'kind' | 'documentType' | 'typeCode'> {
    if (!currency || !/^[A-Z]{3}$/.test(currency)) throw new EinvoiceReadError(`The invoice currency (BT-5) is ${currency ? `"${currency}"` : 'missing'}.`);
    this.currencyCode = currency;
    try {
      this.digits = minorUnitDigits(currency);
    } catch {
      this.digits = 2;
    }
    const creditNote = this.creditNoteRoot || (typeCode !== undefined && CREDIT_NOTE_CODES.has(typeCode));
    this.signFactor = creditNote ? -1 : 1;
    const documentType = typeCode === undefined ? undefined : DOCUMENT_TYPES[typeCode];
    return {
      kind: creditNote ? 'credit_note' : 'invoice',
      ...(documentType ? { documentType } : creditNote ? { documentType: 'credit_note' as const } : {}),
      ...(typeCode && /^\d{3}$/.test(typeCode) ? { typeCode } : {}),
    };
  }

  /** What every importer fills the same way, once lines and totals are known; the reading is then complete. */
  finish(
    invoice: Omit<Invoice, 'subtotal' | 'discountTotal' | 'description' | 'payments' | 'amountPaid' | 'emails' | 'status' | 'corrects' | 'id'>,
  ): EinvoiceReading {
    const sum = (values: Money[]) => values.reduce((total, value) => total + value.amountMinor, 0);
    const money = (amountMinor: number): Money => ({ amountMinor: amountMinor + 0, currency: this.currencyCode });
    const lines = invoice.lines;
    const preceding = invoice.references?.precedingInvoices?.[0];
    const first = lines[0]?.description ?? '';
    if (invoice.dueDate === undefined || invoice.dueDate === '') {
      this.miss('BT-9 Payment due date is absent; dueDate is the issue date (the contract requires one)');
    }
    return {
      invoice: {
        id: invoice.number,
        status: 'open',
        description: lines.length > 1 ? `${first} +${lines.length - 1}` : first,
        subtotal: money(sum(lines.map((line) => line.lineTotal)) + sum(lines.map((line) => line.discount))),
        discountTotal: money(sum(lines.map((line) => line.discount))),
        payments: [],
        amountPaid: money(0),
        emails: [],
        corrects: invoice.kind === 'credit_note' && preceding ? { id: preceding.number, number: preceding.number } : null,
        ...invoice,
        dueDate: invoice.dueDate || invoice.issueDate,
      },
      notCarried: this.notCarried,
    };
  }

  /** An allowance (`chargeIndicator` false) or charge; the BT term of its amount differs. */
  allowanceCharge(written: WrittenAllowanceCharge, chargeIndicator: 'true' | 'false'): AllowanceCharge {
    return compact({
      amount: this.money(written.amount, chargeIndicator === 'true' ? 'BT-99' : 'BT-92'),
      baseAmount: this.optionalMoney(written.baseAmount, 'BT-93'),
      percentage: optionalDecimal(written.percentage),
      vatCategory: written.vatCategory,
      vatRate: optionalDecimal(written.vatRate),
      reason: written.reason,
      reasonCode: written.reasonCode,
    });
  }

  /** A line's allowance or charge: the line's VAT applies to it, so it has none of its own. */
  lineAllowanceCharge(written: WrittenAllowanceCharge, chargeIndicator: 'true' | 'false'): LineAllowanceCharge {
    const { vatCategory: _category, vatRate: _rate, ...rest } = this.allowanceCharge(written, chargeIndicator);
    return rest;
  }

  /** The totals and VAT breakdown, converted in document order (so rounding notes come in that order too). */
  totals(written: WrittenTotals): Pick<
    Invoice,
    'lineNetTotal' | 'allowances' | 'charges' | 'allowanceTotal' | 'chargeTotal' | 'netTotal' | 'taxes' | 'taxTotal' | 'total' | 'prepaidAmount' | 'roundingAmount' | 'amountDue'
  > {
    return {
      ...compact({ lineNetTotal: this.optionalMoney(written.lineNetTotal, 'BT-106') }),
      ...(written.allowances.length ? { allowances: written.allowances } : {}),
      ...(written.charges.length ? { charges: written.charges } : {}),
      ...compact({
        allowanceTotal: this.optionalMoney(written.allowanceTotal, 'BT-107'),
        chargeTotal: this.optionalMoney(written.chargeTotal, 'BT-108'),
        netTotal: this.optionalMoney(written.netTotal, 'BT-109'),
      }),
      taxes: written.taxes.map((tax) =>
        compact({
          rate: normalDecimal(tax.rate ?? '0'),
          label: tax.label ?? 'VAT',
          category: tax.category,
          taxableAmount: this.money(tax.taxableAmount, 'BT-116'),
          tax: this.money(tax.tax, 'BT-117'),
          exemptionReason: tax.exemptionReason,
          exemptionReasonCode: tax.exemptionReasonCode,
        }),
      ),
      ...compact({ taxTotal: this.optionalMoney(written.taxTotal, 'BT-110') }),
      total: this.money(written.total, 'BT-112'),
      ...compact({
        prepaidAmount: this.optionalMoney(written.prepaidAmount, 'BT-113'),
        roundingAmount: this.optionalMoney(written.roundingAmount, 'BT-114'),
      }),
      amountDue: this.money(written.amountDue, 'BT-115'),
    };
  }

  line(values: WrittenLine): InvoiceLine {
    const price = values.price ?? '0';
    const parts = decimalParts(price);
    const fine = parts !== undefined && parts.scale > this.digits && parts.units % 10n ** BigInt(parts.scale - this.digits) !== 0n;
    const before = this.notCarried.length;
    const unitPrice = this.money(price, `BT-146 Item net price of line ${values.id}`);
    // A finer price is carried exactly by netPrice; the rounding note is not news.
    if (fine) this.notCarried.splice(before);
    const baseQuantity = values.baseQuantity !== undefined && normalDecimal(values.baseQuantity) !== '1' ? normalDecimal(values.baseQuantity) : undefined;
    const discount = values.allowances.reduce((total, item) => total + item.amount.amountMinor, 0);
    return {
      id: values.id,
      sku: '',
      description: values.name ?? '',
      period: null,
      quantity: normalDecimal(values.quantity ?? '1'),
      unit: values.unitCode ?? '',
      ...(values.unitCode ? { unitCode: values.unitCode } : {}),
      unitPrice,
      ...(fine || baseQuantity ? { netPrice: normalDecimal(price, this.signFactor < 0) } : {}),
      ...(baseQuantity ? { baseQuantity } : {}),
      ...(values.grossPrice ? { grossPrice: normalDecimal(values.grossPrice, this.signFactor < 0) } : {}),
      ...(values.priceDiscount ? { priceDiscount: normalDecimal(values.priceDiscount, this.signFactor < 0) } : {}),
      msrpUnitPrice: unitPrice,
      priceSource: 'reseller',
      discount: { amountMinor: discount + 0, currency: this.currencyCode },
      ...(values.allowances.length ? { allowances: values.allowances } : {}),
      ...(values.charges.length ? { charges: values.charges } : {}),
      taxRate: '0',
      lineTotal: this.money(values.lineTotal, `BT-131 Invoice line net amount of line ${values.id}`),
      ...values.rest,
    };
  }
}

/** The contract's seller and buyer from what either syntax read; the buyer's id is the first identifier it has. */
export function sellerAndBuyer(seller: PartyReading, buyer: PartyReading): Pick<Invoice, 'seller' | 'buyer'> {
  return {
    seller: { ...seller.details, name: seller.name, address: seller.address, taxId: seller.taxId, email: seller.details.contact?.email ?? null, logoUrl: null },
    buyer: {
      ...buyer.details,
      customerId: buyer.details.identifiers?.[0]?.id ?? buyer.details.legalRegistration?.id ?? buyer.name,
      name: buyer.name,
      email: buyer.details.contact?.email ?? '',
      address: buyer.address,
      taxId: buyer.taxId,
    },
  };
}
