/**
 * `einvoiceToInvoice(xml)`: an EN 16931 e-invoice — UBL 2.1 Invoice or CreditNote, or UN/CEFACT Cross Industry Invoice
 * (as Factur-X / ZUGFeRD carry it) — read into the contract's `Invoice`, with the list of what the contract could not
 * carry. Pure: no DOM, no I/O, so it runs in Node and in a browser worker.
 *
 * Amounts become integer minor units of the invoice currency. A credit note's amounts are negative, as the contract
 * has them (EN 16931 writes them positive and says "credit note" in the type code). What the contract has and the
 * document does not is filled as an importer must: status `open`, no payments, `sku` empty when the seller gives no
 * item id, the printed unit is the UN/ECE unit code, and a missing due date (BT-9) is the issue date — the last
 * named in `notCarried`, because it is the one figure invented.
 */
import type { AllowanceCharge, Identifier, Invoice, InvoiceDocumentType, InvoiceLine, LineAllowanceCharge, Money, PartyDetails } from '../api/types.js';
import { minorUnitDigits } from '../format/money.js';
import { EinvoiceReadError, all, attribute, one, parseXml, text, type XmlNode } from './xml-tree.js';

export { EinvoiceReadError } from './xml-tree.js';

/** What reading gives: the invoice, and each thing in the document that the contract has no place for. */
export interface EinvoiceReading {
  invoice: Invoice;
  /** One sentence per thing not carried, naming its BT/BG term, e.g. "BG-24 Additional supporting documents (2)". */
  notCarried: string[];
}

const UBL_INVOICE = 'urn:oasis:names:specification:ubl:schema:xsd:Invoice-2';
const UBL_CREDIT_NOTE = 'urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2';
const CII = 'urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100';

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

/** Reads an e-invoice; throws EinvoiceReadError with a clear message for anything that is not one. */
export function einvoiceToInvoice(xml: string): EinvoiceReading {
  const { name, root } = parseXml(xml);
  const namespace = rootNamespace(xml);
  if (name === 'Invoice' && namespace === UBL_INVOICE) return new Reader(root, 'ubl', false).read();
  if (name === 'CreditNote' && namespace === UBL_CREDIT_NOTE) return new Reader(root, 'ubl', true).read();
  if (name === 'CrossIndustryInvoice' && namespace === CII) return new Reader(root, 'cii', false).read();
  throw new EinvoiceReadError(
    `This is not a UBL 2.1 Invoice or CreditNote, nor a Cross Industry Invoice: its root is <${name}>${namespace ? ` in ${namespace}` : ' without a namespace'}.`,
  );
}

/** The namespace of the root element, from its start tag (prefixed or default). */
function rootNamespace(xml: string): string | undefined {
  const start = /<(?![?!])([\w.-]+:)?[\w.-]+([^>]*)>/.exec(xml);
  if (!start) return undefined;
  const prefix = start[1] ? start[1].slice(0, -1) : '';
  const declaration = new RegExp(`xmlns${prefix ? `:${prefix}` : ''}\\s*=\\s*["']([^"']*)["']`).exec(start[2]!);
  return declaration?.[1];
}

/** A decimal string as an exact BigInt count of 10^-scale. */
function decimalParts(value: string): { units: bigint; scale: number } | undefined {
  const match = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(value.trim());
  if (!match || (match[2] === '' && !match[3])) return undefined;
  const fraction = match[3] ?? '';
  const units = BigInt((match[2] || '0') + fraction);
  return { units: match[1] === '-' ? -units : units, scale: fraction.length };
}

/** "-0.50" → "-0.5"; "+3" → "3"; keeps a plain decimal string as the contract's DecimalString wants it. */
function normalDecimal(value: string, negate = false): string {
  const parts = decimalParts(value);
  if (!parts) throw new EinvoiceReadError(`"${value}" is not a decimal number.`);
  let units = negate ? -parts.units : parts.units;
  let scale = parts.scale;
  while (scale > 0 && units % 10n === 0n) {
    units /= 10n;
    scale--;
  }
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
  const text = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  return negative ? `-${text}` : text;
}

/** CII dates are `YYYYMMDD` (format 102); UBL's are ISO already. */
function isoDate(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(value);
  return compact ? `${compact[1]}-${compact[2]}-${compact[3]}` : value.slice(0, 10);
}

type Syntax = 'ubl' | 'cii';

class Reader {
  private readonly notCarried: string[] = [];
  private currency = 'EUR';
  private digits = 2;
  private sign: 1 | -1 = 1;

  constructor(
    private readonly root: XmlNode,
    private readonly syntax: Syntax,
    private readonly creditNoteRoot: boolean,
  ) {}

  private miss(what: string): void {
    if (!this.notCarried.includes(what)) this.notCarried.push(what);
  }

  /** An amount in the invoice currency, in minor units, credit notes negative. */
  private money(value: string | undefined, what: string): Money {
    if (value === undefined) return { amountMinor: 0, currency: this.currency };
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
      if (remainder !== 0n) this.miss(`${what} ${value} has more decimals than ${this.currency} (${this.digits}); rounded half away from zero`);
      if (remainder * 2n >= divisor) quotient += 1n;
      minor = parts.units < 0n ? -quotient : quotient;
    }
    const amountMinor = Number(minor) * this.sign;
    if (!Number.isSafeInteger(amountMinor)) throw new EinvoiceReadError(`${what} ${value} is too large to be exact.`);
    return { amountMinor: amountMinor + 0, currency: this.currency };
  }

  private optionalMoney(value: string | undefined, what: string): Money | undefined {
    return value === undefined ? undefined : this.money(value, what);
  }

  read(): EinvoiceReading {
    const invoice = this.syntax === 'ubl' ? this.readUbl() : this.readCii();
    return { invoice, notCarried: this.notCarried };
  }

  /** Kind, document type, currency and sign, from the type code. */
  private begin(typeCode: string | undefined, currency: string | undefined): Pick<Invoice, 'kind' | 'documentType' | 'typeCode'> {
    if (!currency || !/^[A-Z]{3}$/.test(currency)) throw new EinvoiceReadError(`The invoice currency (BT-5) is ${currency ? `"${currency}"` : 'missing'}.`);
    this.currency = currency;
    try {
      this.digits = minorUnitDigits(currency);
    } catch {
      this.digits = 2;
    }
    const creditNote = this.creditNoteRoot || (typeCode !== undefined && CREDIT_NOTE_CODES.has(typeCode));
    this.sign = creditNote ? -1 : 1;
    const documentType = typeCode === undefined ? undefined : DOCUMENT_TYPES[typeCode];
    return {
      kind: creditNote ? 'credit_note' : 'invoice',
      ...(documentType ? { documentType } : creditNote ? { documentType: 'credit_note' as const } : {}),
      ...(typeCode && /^\d{3}$/.test(typeCode) ? { typeCode } : {}),
    };
  }

  /** What every importer fills the same way, once lines and totals are known. */
  private finish(
    invoice: Omit<Invoice, 'subtotal' | 'discountTotal' | 'description' | 'payments' | 'amountPaid' | 'emails' | 'status' | 'corrects' | 'id'>,
  ): Invoice {
    const sum = (values: Money[]) => values.reduce((total, value) => total + value.amountMinor, 0);
    const money = (amountMinor: number): Money => ({ amountMinor: amountMinor + 0, currency: this.currency });
    const lines = invoice.lines;
    const preceding = invoice.references?.precedingInvoices?.[0];
    const first = lines[0]?.description ?? '';
    if (invoice.dueDate === undefined || invoice.dueDate === '') {
      this.miss('BT-9 Payment due date is absent; dueDate is the issue date (the contract requires one)');
    }
    return {
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
    };
  }

  private line(values: {
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
  }): InvoiceLine {
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
      ...(fine || baseQuantity ? { netPrice: normalDecimal(price, this.sign < 0) } : {}),
      ...(baseQuantity ? { baseQuantity } : {}),
      ...(values.grossPrice ? { grossPrice: normalDecimal(values.grossPrice, this.sign < 0) } : {}),
      ...(values.priceDiscount ? { priceDiscount: normalDecimal(values.priceDiscount, this.sign < 0) } : {}),
      msrpUnitPrice: unitPrice,
      priceSource: 'reseller',
      discount: { amountMinor: discount + 0, currency: this.currency },
      ...(values.allowances.length ? { allowances: values.allowances } : {}),
      ...(values.charges.length ? { charges: values.charges } : {}),
      taxRate: '0',
      lineTotal: this.money(values.lineTotal, `BT-131 Invoice line net amount of line ${values.id}`),
      ...values.rest,
    };
  }

  // ------------------------------------------------------------------------------------------------------------ UBL

  private readUbl(): Invoice {
    const root = this.root;
    const typeCode = text(root, this.creditNoteRoot ? 'CreditNoteTypeCode' : 'InvoiceTypeCode');
    const head = this.begin(typeCode, text(root, 'DocumentCurrencyCode'));
    const number = text(root, 'ID');
    const issueDate = text(root, 'IssueDate');
    if (!number || !issueDate) throw new EinvoiceReadError('The e-invoice has no number (BT-1) or issue date (BT-2).');
    this.commonUblMisses();

    const taxCurrency = text(root, 'TaxCurrencyCode');
    const taxTotals = all(root, 'TaxTotal');
    const mainTaxTotal = taxTotals.find((total) => attribute(total, 'TaxAmount', 'currencyID') === this.currency) ?? taxTotals[0];
    const otherTaxTotal = taxCurrency ? taxTotals.find((total) => attribute(total, 'TaxAmount', 'currencyID') === taxCurrency) : undefined;
    const totals = one(root, 'LegalMonetaryTotal');
    const lines = all(root, this.creditNoteRoot ? 'CreditNoteLine' : 'InvoiceLine').map((line) => this.ublLine(line));
    const allowances = this.ublAllowanceCharges(root, 'false');
    const charges = this.ublAllowanceCharges(root, 'true');
    const period = one(root, 'InvoicePeriod');
    const paymentMeans = all(root, 'PaymentMeans');
    const dueDate = text(root, 'DueDate') ?? text(paymentMeans[0], 'PaymentDueDate');
    const notes = all(root, 'Note').map((note) => text(note)).filter((note): note is string => note !== undefined);
    const references = this.compact({
      buyerReference: text(root, 'BuyerReference'),
      projectReference: text(root, 'ProjectReference/ID'),
      contractReference: text(root, 'ContractDocumentReference/ID'),
      purchaseOrderReference: text(root, 'OrderReference/ID'),
      salesOrderReference: text(root, 'OrderReference/SalesOrderID'),
      receivingAdviceReference: text(root, 'ReceiptDocumentReference/ID'),
      despatchAdviceReference: text(root, 'DespatchDocumentReference/ID'),
      tenderReference: text(root, 'OriginatorDocumentReference/ID'),
      invoicedObject: this.identifier(all(root, 'AdditionalDocumentReference').find((reference) => text(reference, 'DocumentTypeCode') === '130'), 'ID'),
      buyerAccountingReference: text(root, 'AccountingCost'),
      precedingInvoices: this.nonEmpty(
        all(root, 'BillingReference/InvoiceDocumentReference').map((reference) =>
          this.compact({ number: text(reference, 'ID') ?? '', issueDate: text(reference, 'IssueDate') }),
        ),
      ),
    });
    const supporting = all(root, 'AdditionalDocumentReference').filter((reference) => text(reference, 'DocumentTypeCode') !== '130');
    if (supporting.length) this.miss(`BG-24 Additional supporting documents (${supporting.length})`);
    const delivery = one(root, 'Delivery');
    const payee = one(root, 'PayeeParty');
    const representative = one(root, 'TaxRepresentativeParty');
    const sellerParty = one(root, 'AccountingSupplierParty/Party');
    const buyerParty = one(root, 'AccountingCustomerParty/Party');
    const seller = this.ublParty(sellerParty);
    const buyer = this.ublParty(buyerParty);

    return this.finish({
      ...head,
      number,
      issueDate,
      dueDate: dueDate ?? '',
      currency: this.currency,
      ...(taxCurrency && taxCurrency !== this.currency ? { taxCurrency } : {}),
      ...(otherTaxTotal ? { taxTotalInTaxCurrency: { amountMinor: this.sign * Number(this.moneyIn(text(otherTaxTotal, 'TaxAmount'), taxCurrency!)), currency: taxCurrency! } } : {}),
      ...this.compact({ taxPointDate: text(root, 'TaxPointDate') }),
      servicePeriod: text(period, 'StartDate') && text(period, 'EndDate') ? { start: text(period, 'StartDate')!, end: text(period, 'EndDate')! } : null,
      ...(delivery
        ? {
            delivery: this.compact({
              date: text(delivery, 'ActualDeliveryDate'),
              partyName: text(delivery, 'DeliveryParty/PartyName/Name'),
              locationId: this.identifier(one(delivery, 'DeliveryLocation'), 'ID'),
              address: one(delivery, 'DeliveryLocation/Address') ? this.ublAddress(one(delivery, 'DeliveryLocation/Address')) : undefined,
            }),
          }
        : {}),
      ...(Object.keys(references).length ? { references } : {}),
      ...sellerAndBuyer(seller, buyer),
      ...(payee
        ? {
            payee: this.compact({
              name: text(payee, 'PartyName/Name') ?? '',
              identifier: this.identifier(one(payee, 'PartyIdentification'), 'ID'),
              legalRegistration: this.identifier(one(payee, 'PartyLegalEntity'), 'CompanyID'),
            }),
          }
        : {}),
      ...(representative
        ? {
            taxRepresentative: {
              name: text(representative, 'PartyName/Name') ?? '',
              taxId: text(representative, 'PartyTaxScheme/CompanyID') ?? '',
              address: this.ublAddress(one(representative, 'PostalAddress')),
            },
          }
        : {}),
      lines,
      ...this.compact({ lineNetTotal: this.optionalMoney(text(totals, 'LineExtensionAmount'), 'BT-106') }),
      ...(allowances.length ? { allowances } : {}),
      ...(charges.length ? { charges } : {}),
      ...this.compact({
        allowanceTotal: this.optionalMoney(text(totals, 'AllowanceTotalAmount'), 'BT-107'),
        chargeTotal: this.optionalMoney(text(totals, 'ChargeTotalAmount'), 'BT-108'),
        netTotal: this.optionalMoney(text(totals, 'TaxExclusiveAmount'), 'BT-109'),
      }),
      taxes: all(mainTaxTotal, 'TaxSubtotal').map((subtotal) =>
        this.compact({
          rate: normalDecimal(text(subtotal, 'TaxCategory/Percent') ?? '0'),
          label: text(subtotal, 'TaxCategory/TaxScheme/ID') ?? 'VAT',
          category: text(subtotal, 'TaxCategory/ID'),
          taxableAmount: this.money(text(subtotal, 'TaxableAmount'), 'BT-116'),
          tax: this.money(text(subtotal, 'TaxAmount'), 'BT-117'),
          exemptionReason: text(subtotal, 'TaxCategory/TaxExemptionReason'),
          exemptionReasonCode: text(subtotal, 'TaxCategory/TaxExemptionReasonCode'),
        }),
      ),
      ...this.compact({ taxTotal: this.optionalMoney(text(mainTaxTotal, 'TaxAmount'), 'BT-110') }),
      total: this.money(text(totals, 'TaxInclusiveAmount'), 'BT-112'),
      ...this.compact({
        prepaidAmount: this.optionalMoney(text(totals, 'PrepaidAmount'), 'BT-113'),
        roundingAmount: this.optionalMoney(text(totals, 'PayableRoundingAmount'), 'BT-114'),
      }),
      amountDue: this.money(text(totals, 'PayableAmount'), 'BT-115'),
      ...this.ublPayment(paymentMeans, sellerParty),
      notes: notes.length ? notes.join('\n\n') : null,
      terms: text(root, 'PaymentTerms/Note') ?? null,
    });
  }

  private commonUblMisses(): void {
    if (text(this.root, 'TaxCurrencyCode') === undefined && all(this.root, 'TaxTotal').length > 1) this.miss('BT-111 a second VAT total');
    if (one(this.root, 'InvoicePeriod/DescriptionCode')) this.miss('BT-8 Value added tax point date code');
    if (text(this.root, 'ProfileID')) this.miss(`BT-23 Business process type (${text(this.root, 'ProfileID')})`);
    if (text(this.root, 'CustomizationID')) this.miss(`BT-24 Specification identifier (${text(this.root, 'CustomizationID')})`);
  }

  /** An amount in another currency (BT-111), in that currency's minor units, unsigned. */
  private moneyIn(value: string | undefined, currency: string): number {
    const saved = [this.currency, this.digits, this.sign] as const;
    try {
      this.currency = currency;
      this.digits = minorUnitDigits(currency);
      this.sign = 1;
      return this.money(value, 'BT-111').amountMinor;
    } finally {
      [this.currency, this.digits, this.sign] = saved;
    }
  }

  private ublAddress(address: XmlNode | undefined): Invoice['seller']['address'] {
    const lines = [text(address, 'StreetName'), text(address, 'AdditionalStreetName'), ...all(address, 'AddressLine/Line').map((line) => text(line))].filter(
      (line): line is string => line !== undefined,
    );
    return {
      lines,
      city: text(address, 'CityName') ?? '',
      postalCode: text(address, 'PostalZone') ?? '',
      region: text(address, 'CountrySubentity') ?? null,
      country: text(address, 'Country/IdentificationCode') ?? '',
    };
  }

  private ublParty(party: XmlNode | undefined): PartyReading {
    const schemes = all(party, 'PartyTaxScheme');
    const vat = schemes.find((scheme) => text(scheme, 'TaxScheme/ID') === 'VAT');
    const others = schemes.filter((scheme) => scheme !== vat);
    const contact = one(party, 'Contact');
    const legalName = text(party, 'PartyLegalEntity/RegistrationName');
    const tradingName = text(party, 'PartyName/Name');
    const details: PartyDetails = this.compact({
      tradingName: legalName && tradingName && tradingName !== legalName ? tradingName : undefined,
      identifiers: this.nonEmpty(all(party, 'PartyIdentification').map((identification) => this.identifier(identification, 'ID')!)),
      legalRegistration: this.identifier(one(party, 'PartyLegalEntity'), 'CompanyID'),
      otherTaxRegistrations: this.nonEmpty(others.map((scheme) => ({ id: text(scheme, 'CompanyID') ?? '', scheme: text(scheme, 'TaxScheme/ID') ?? '' }))),
      legalInformation: text(party, 'PartyLegalEntity/CompanyLegalForm'),
      electronicAddress: text(party, 'EndpointID') ? { id: text(party, 'EndpointID')!, scheme: attribute(party, 'EndpointID', 'schemeID') ?? '' } : undefined,
      contact: contact ? this.compact({ name: text(contact, 'Name'), phone: text(contact, 'Telephone'), email: text(contact, 'ElectronicMail') }) : undefined,
    });
    return { name: legalName ?? tradingName ?? '', address: this.ublAddress(one(party, 'PostalAddress')), taxId: text(vat, 'CompanyID') ?? null, details };
  }

  private ublAllowanceCharges(parent: XmlNode, chargeIndicator: 'true' | 'false'): AllowanceCharge[] {
    return all(parent, 'AllowanceCharge')
      .filter((item) => indicator(text(item, 'ChargeIndicator')) === chargeIndicator)
      .map((item) =>
        this.compact({
          amount: this.money(text(item, 'Amount'), chargeIndicator === 'true' ? 'BT-99' : 'BT-92'),
          baseAmount: this.optionalMoney(text(item, 'BaseAmount'), 'BT-93'),
          percentage: text(item, 'MultiplierFactorNumeric') ? normalDecimal(text(item, 'MultiplierFactorNumeric')!) : undefined,
          vatCategory: text(item, 'TaxCategory/ID'),
          vatRate: text(item, 'TaxCategory/Percent') ? normalDecimal(text(item, 'TaxCategory/Percent')!) : undefined,
          reason: text(item, 'AllowanceChargeReason'),
          reasonCode: text(item, 'AllowanceChargeReasonCode'),
        }),
      );
  }

  private ublLine(line: XmlNode): InvoiceLine {
    const id = text(line, 'ID') ?? '';
    const quantityNode = one(line, 'InvoicedQuantity') ?? one(line, 'CreditedQuantity');
    const item = one(line, 'Item');
    const price = one(line, 'Price');
    const priceDiscount = all(price, 'AllowanceCharge').find((charge) => indicator(text(charge, 'ChargeIndicator')) === 'false');
    const period = one(line, 'InvoicePeriod');
    const lineAllowanceCharges = (indicator: 'true' | 'false'): LineAllowanceCharge[] =>
      this.ublAllowanceCharges(line, indicator).map(({ vatCategory: _category, vatRate: _rate, ...rest }) => rest);
    return this.line({
      id,
      quantity: text(quantityNode),
      unitCode: attribute(line, quantityNode === one(line, 'InvoicedQuantity') ? 'InvoicedQuantity' : 'CreditedQuantity', 'unitCode'),
      name: text(item, 'Name'),
      lineTotal: text(line, 'LineExtensionAmount'),
      price: text(price, 'PriceAmount'),
      baseQuantity: text(price, 'BaseQuantity'),
      grossPrice: text(priceDiscount, 'BaseAmount'),
      priceDiscount: text(priceDiscount, 'Amount'),
      allowances: lineAllowanceCharges('false'),
      charges: lineAllowanceCharges('true'),
      rest: this.compact({
        sku: text(item, 'SellersItemIdentification/ID') ?? '',
        period: text(period, 'StartDate') && text(period, 'EndDate') ? { start: text(period, 'StartDate')!, end: text(period, 'EndDate')! } : null,
        vatCategory: text(item, 'ClassifiedTaxCategory/ID'),
        taxRate: normalDecimal(text(item, 'ClassifiedTaxCategory/Percent') ?? '0'),
        note: text(line, 'Note'),
        objectId: this.identifier(all(line, 'DocumentReference').find((reference) => text(reference, 'DocumentTypeCode') === '130'), 'ID'),
        orderLineReference: text(line, 'OrderLineReference/LineID'),
        buyerAccountingReference: text(line, 'AccountingCost'),
        itemDescription: text(item, 'Description'),
        buyerItemId: text(item, 'BuyersItemIdentification/ID'),
        standardItemId: this.identifier(one(item, 'StandardItemIdentification'), 'ID'),
        classifications: this.nonEmpty(all(item, 'CommodityClassification').map((classification) => this.identifier(classification, 'ItemClassificationCode', 'listID')!)),
        originCountry: text(item, 'OriginCountry/IdentificationCode'),
        attributes: this.nonEmpty(all(item, 'AdditionalItemProperty').map((property) => ({ name: text(property, 'Name') ?? '', value: text(property, 'Value') ?? '' }))),
      }),
    });
  }

  private ublPayment(means: XmlNode[], sellerParty: XmlNode | undefined): Pick<Invoice, 'paymentInstructions'> {
    const first = means[0];
    if (!first) return {};
    const card = one(first, 'CardAccount');
    const mandate = one(first, 'PaymentMandate');
    const creditorId = all(sellerParty, 'PartyIdentification').find((identification) => attribute(identification, 'ID', 'schemeID') === 'SEPA');
    return {
      paymentInstructions: this.compact({
        meansCode: text(first, 'PaymentMeansCode') ?? '',
        meansText: attribute(first, 'PaymentMeansCode', 'name'),
        remittanceInformation: text(first, 'PaymentID'),
        creditTransfers: this.nonEmpty(
          means
            .filter((entry) => one(entry, 'PayeeFinancialAccount'))
            .map((entry) =>
              this.compact({
                accountId: text(entry, 'PayeeFinancialAccount/ID') ?? '',
                accountName: text(entry, 'PayeeFinancialAccount/Name'),
                serviceProviderId: text(entry, 'PayeeFinancialAccount/FinancialInstitutionBranch/ID'),
              }),
            ),
        ),
        card: card ? this.compact({ lastDigits: lastDigits(text(card, 'PrimaryAccountNumberID')), holderName: text(card, 'HolderName') }) : undefined,
        directDebit: mandate
          ? this.compact({ mandateReference: text(mandate, 'ID'), creditorId: text(creditorId, 'ID'), debitedAccountId: text(mandate, 'PayerFinancialAccount/ID') })
          : undefined,
      }),
    };
  }

  // ------------------------------------------------------------------------------------------------------------ CII

  private readCii(): Invoice {
    const root = this.root;
    const document = one(root, 'ExchangedDocument');
    const transaction = one(root, 'SupplyChainTradeTransaction');
    const agreement = one(transaction, 'ApplicableHeaderTradeAgreement');
    const deliveryNode = one(transaction, 'ApplicableHeaderTradeDelivery');
    const settlement = one(transaction, 'ApplicableHeaderTradeSettlement');
    const head = this.begin(text(document, 'TypeCode'), text(settlement, 'InvoiceCurrencyCode'));
    const number = text(document, 'ID');
    const issueDate = isoDate(text(document, 'IssueDateTime/DateTimeString'));
    if (!number || !issueDate) throw new EinvoiceReadError('The e-invoice has no number (BT-1) or issue date (BT-2).');
    const guideline = text(root, 'ExchangedDocumentContext/GuidelineSpecifiedDocumentContextParameter/ID');
    if (guideline) this.miss(`BT-24 Specification identifier (${guideline})`);
    const process = text(root, 'ExchangedDocumentContext/BusinessProcessSpecifiedDocumentContextParameter/ID');
    if (process) this.miss(`BT-23 Business process type (${process})`);

    const summation = one(settlement, 'SpecifiedTradeSettlementHeaderMonetarySummation');
    const taxCurrency = text(settlement, 'TaxCurrencyCode');
    const taxTotals = all(summation, 'TaxTotalAmount');
    const taxTotalIn = (currency: string) => taxTotals.find((total) => typeof total === 'object' && total['@currencyID'] === currency);
    const documentTax = taxTotalIn(this.currency) ?? taxTotals[0];
    const otherTax = taxCurrency && taxCurrency !== this.currency ? taxTotalIn(taxCurrency) : undefined;
    const terms = one(settlement, 'SpecifiedTradePaymentTerms');
    const notes = all(document, 'IncludedNote').map((note) => text(note, 'Content')).filter((note): note is string => note !== undefined);
    const period = one(settlement, 'BillingSpecifiedPeriod');
    const additional = all(agreement, 'AdditionalReferencedDocument');
    const supporting = additional.filter((reference) => !['50', '130'].includes(text(reference, 'TypeCode') ?? ''));
    if (supporting.length) this.miss(`BG-24 Additional supporting documents (${supporting.length})`);
    const references = this.compact({
      buyerReference: text(agreement, 'BuyerReference'),
      projectReference: text(agreement, 'SpecifiedProcuringProject/ID'),
      contractReference: text(agreement, 'ContractReferencedDocument/IssuerAssignedID'),
      purchaseOrderReference: text(agreement, 'BuyerOrderReferencedDocument/IssuerAssignedID'),
      salesOrderReference: text(agreement, 'SellerOrderReferencedDocument/IssuerAssignedID'),
      receivingAdviceReference: text(deliveryNode, 'ReceivingAdviceReferencedDocument/IssuerAssignedID'),
      despatchAdviceReference: text(deliveryNode, 'DespatchAdviceReferencedDocument/IssuerAssignedID'),
      tenderReference: text(additional.find((reference) => text(reference, 'TypeCode') === '50'), 'IssuerAssignedID'),
      invoicedObject: this.identifier(additional.find((reference) => text(reference, 'TypeCode') === '130'), 'IssuerAssignedID', 'ReferenceTypeCode'),
      buyerAccountingReference: text(settlement, 'ReceivableSpecifiedTradeAccountingAccount/ID'),
      precedingInvoices: this.nonEmpty(
        all(settlement, 'InvoiceReferencedDocument').map((reference) =>
          this.compact({ number: text(reference, 'IssuerAssignedID') ?? '', issueDate: isoDate(text(reference, 'FormattedIssueDateTime/DateTimeString')) }),
        ),
      ),
    });
    const shipTo = one(deliveryNode, 'ShipToTradeParty');
    const deliveryDate = isoDate(text(deliveryNode, 'ActualDeliverySupplyChainEvent/OccurrenceDateTime/DateTimeString'));
    const seller = this.ciiParty(one(agreement, 'SellerTradeParty'));
    const buyer = this.ciiParty(one(agreement, 'BuyerTradeParty'));
    const payee = one(settlement, 'PayeeTradeParty');
    const representative = one(agreement, 'SellerTaxRepresentativeTradeParty');
    const allowances = this.ciiAllowanceCharges(settlement, 'false');
    const charges = this.ciiAllowanceCharges(settlement, 'true');
    const dueDate = isoDate(text(terms, 'DueDateDateTime/DateTimeString'));
    const taxPointDates = all(settlement, 'ApplicableTradeTax').map((tax) => isoDate(text(tax, 'TaxPointDate/DateString'))).filter(Boolean);
    if (all(settlement, 'ApplicableTradeTax').some((tax) => text(tax, 'DueDateTypeCode'))) this.miss('BT-8 Value added tax point date code');

    return this.finish({
      ...head,
      number,
      issueDate,
      dueDate: dueDate ?? '',
      currency: this.currency,
      ...(taxCurrency && taxCurrency !== this.currency ? { taxCurrency } : {}),
      ...(otherTax ? { taxTotalInTaxCurrency: { amountMinor: this.sign * this.moneyIn(text(otherTax), taxCurrency!), currency: taxCurrency! } } : {}),
      ...(taxPointDates[0] ? { taxPointDate: taxPointDates[0] } : {}),
      servicePeriod:
        text(period, 'StartDateTime/DateTimeString') && text(period, 'EndDateTime/DateTimeString')
          ? { start: isoDate(text(period, 'StartDateTime/DateTimeString'))!, end: isoDate(text(period, 'EndDateTime/DateTimeString'))! }
          : null,
      ...(shipTo || deliveryDate
        ? {
            delivery: this.compact({
              date: deliveryDate,
              partyName: text(shipTo, 'Name'),
              locationId: this.identifier(shipTo, 'ID') ?? this.identifier(shipTo, 'GlobalID'),
              address: one(shipTo, 'PostalTradeAddress') ? this.ciiAddress(one(shipTo, 'PostalTradeAddress')) : undefined,
            }),
          }
        : {}),
      ...(Object.keys(references).length ? { references } : {}),
      ...sellerAndBuyer(seller, buyer),
      ...(payee
        ? {
            payee: this.compact({
              name: text(payee, 'Name') ?? '',
              identifier: this.identifier(payee, 'ID') ?? this.identifier(payee, 'GlobalID'),
              legalRegistration: this.identifier(one(payee, 'SpecifiedLegalOrganization'), 'ID'),
            }),
          }
        : {}),
      ...(representative
        ? {
            taxRepresentative: {
              name: text(representative, 'Name') ?? '',
              taxId: text(representative, 'SpecifiedTaxRegistration/ID') ?? '',
              address: this.ciiAddress(one(representative, 'PostalTradeAddress')),
            },
          }
        : {}),
      lines: all(transaction, 'IncludedSupplyChainTradeLineItem').map((line) => this.ciiLine(line)),
      ...this.compact({ lineNetTotal: this.optionalMoney(text(summation, 'LineTotalAmount'), 'BT-106') }),
      ...(allowances.length ? { allowances } : {}),
      ...(charges.length ? { charges } : {}),
      ...this.compact({
        allowanceTotal: this.optionalMoney(text(summation, 'AllowanceTotalAmount'), 'BT-107'),
        chargeTotal: this.optionalMoney(text(summation, 'ChargeTotalAmount'), 'BT-108'),
        netTotal: this.optionalMoney(text(summation, 'TaxBasisTotalAmount'), 'BT-109'),
      }),
      taxes: all(settlement, 'ApplicableTradeTax').map((tax) =>
        this.compact({
          rate: normalDecimal(text(tax, 'RateApplicablePercent') ?? '0'),
          label: text(tax, 'TypeCode') ?? 'VAT',
          category: text(tax, 'CategoryCode'),
          taxableAmount: this.money(text(tax, 'BasisAmount'), 'BT-116'),
          tax: this.money(text(tax, 'CalculatedAmount'), 'BT-117'),
          exemptionReason: text(tax, 'ExemptionReason'),
          exemptionReasonCode: text(tax, 'ExemptionReasonCode'),
        }),
      ),
      ...this.compact({ taxTotal: this.optionalMoney(text(documentTax), 'BT-110') }),
      total: this.money(text(summation, 'GrandTotalAmount'), 'BT-112'),
      ...this.compact({
        prepaidAmount: this.optionalMoney(text(summation, 'TotalPrepaidAmount'), 'BT-113'),
        roundingAmount: this.optionalMoney(text(summation, 'RoundingAmount'), 'BT-114'),
      }),
      amountDue: this.money(text(summation, 'DuePayableAmount'), 'BT-115'),
      ...this.ciiPayment(settlement, terms),
      notes: notes.length ? notes.join('\n\n') : null,
      terms: text(terms, 'Description') ?? null,
    });
  }

  private ciiAddress(address: XmlNode | undefined): Invoice['seller']['address'] {
    return {
      lines: [text(address, 'LineOne'), text(address, 'LineTwo'), text(address, 'LineThree')].filter((line): line is string => line !== undefined),
      city: text(address, 'CityName') ?? '',
      postalCode: text(address, 'PostcodeCode') ?? '',
      region: text(address, 'CountrySubDivisionName') ?? null,
      country: text(address, 'CountryID') ?? '',
    };
  }

  private ciiParty(party: XmlNode | undefined): PartyReading {
    const registrations = all(party, 'SpecifiedTaxRegistration');
    const vat = registrations.find((registration) => attribute(registration, 'ID', 'schemeID') === 'VA');
    const others = registrations.filter((registration) => registration !== vat);
    const contact = one(party, 'DefinedTradeContact');
    const legal = one(party, 'SpecifiedLegalOrganization');
    const uri = one(party, 'URIUniversalCommunication');
    const details: PartyDetails = this.compact({
      tradingName: text(legal, 'TradingBusinessName'),
      identifiers: this.nonEmpty([
        ...all(party, 'ID').map((id) => ({ id: text(id) ?? '' })),
        ...all(party, 'GlobalID').map((id) => this.compact({ id: text(id) ?? '', scheme: typeof id === 'object' ? (id['@schemeID'] as string | undefined) : undefined })),
      ]),
      legalRegistration: this.identifier(legal, 'ID'),
      otherTaxRegistrations: this.nonEmpty(others.map((registration) => ({ id: text(registration, 'ID') ?? '', scheme: attribute(registration, 'ID', 'schemeID') ?? '' }))),
      legalInformation: text(party, 'Description'),
      electronicAddress: text(uri, 'URIID') ? { id: text(uri, 'URIID')!, scheme: attribute(uri, 'URIID', 'schemeID') ?? '' } : undefined,
      contact: contact
        ? this.compact({
            name: text(contact, 'PersonName') ?? text(contact, 'DepartmentName'),
            phone: text(contact, 'TelephoneUniversalCommunication/CompleteNumber'),
            email: text(contact, 'EmailURIUniversalCommunication/URIID'),
          })
        : undefined,
    });
    return { name: text(party, 'Name') ?? '', address: this.ciiAddress(one(party, 'PostalTradeAddress')), taxId: text(vat, 'ID') ?? null, details };
  }

  private ciiAllowanceCharges(parent: XmlNode | undefined, chargeIndicator: 'true' | 'false'): AllowanceCharge[] {
    return all(parent, 'SpecifiedTradeAllowanceCharge')
      .filter((item) => indicator(text(item, 'ChargeIndicator/Indicator')) === chargeIndicator)
      .map((item) =>
        this.compact({
          amount: this.money(text(item, 'ActualAmount'), chargeIndicator === 'true' ? 'BT-99' : 'BT-92'),
          baseAmount: this.optionalMoney(text(item, 'BasisAmount'), 'BT-93'),
          percentage: text(item, 'CalculationPercent') ? normalDecimal(text(item, 'CalculationPercent')!) : undefined,
          vatCategory: text(item, 'CategoryTradeTax/CategoryCode'),
          vatRate: text(item, 'CategoryTradeTax/RateApplicablePercent') ? normalDecimal(text(item, 'CategoryTradeTax/RateApplicablePercent')!) : undefined,
          reason: text(item, 'Reason'),
          reasonCode: text(item, 'ReasonCode'),
        }),
      );
  }

  private ciiLine(line: XmlNode): InvoiceLine {
    const document = one(line, 'AssociatedDocumentLineDocument');
    const product = one(line, 'SpecifiedTradeProduct');
    const agreement = one(line, 'SpecifiedLineTradeAgreement');
    const settlement = one(line, 'SpecifiedLineTradeSettlement');
    const gross = one(agreement, 'GrossPriceProductTradePrice');
    const net = one(agreement, 'NetPriceProductTradePrice');
    const period = one(settlement, 'BillingSpecifiedPeriod');
    const id = text(document, 'LineID') ?? '';
    const lineAllowanceCharges = (indicator: 'true' | 'false'): LineAllowanceCharge[] =>
      this.ciiAllowanceCharges(settlement, indicator).map(({ vatCategory: _category, vatRate: _rate, ...rest }) => rest);
    return this.line({
      id,
      quantity: text(line, 'SpecifiedLineTradeDelivery/BilledQuantity'),
      unitCode: attribute(line, 'SpecifiedLineTradeDelivery/BilledQuantity', 'unitCode'),
      name: text(product, 'Name'),
      lineTotal: text(settlement, 'SpecifiedTradeSettlementLineMonetarySummation/LineTotalAmount'),
      price: text(net, 'ChargeAmount'),
      baseQuantity: text(net, 'BasisQuantity'),
      grossPrice: text(gross, 'ChargeAmount'),
      priceDiscount: text(gross, 'AppliedTradeAllowanceCharge/ActualAmount'),
      allowances: lineAllowanceCharges('false'),
      charges: lineAllowanceCharges('true'),
      rest: this.compact({
        sku: text(product, 'SellerAssignedID') ?? '',
        period:
          text(period, 'StartDateTime/DateTimeString') && text(period, 'EndDateTime/DateTimeString')
            ? { start: isoDate(text(period, 'StartDateTime/DateTimeString'))!, end: isoDate(text(period, 'EndDateTime/DateTimeString'))! }
            : null,
        vatCategory: text(settlement, 'ApplicableTradeTax/CategoryCode'),
        taxRate: normalDecimal(text(settlement, 'ApplicableTradeTax/RateApplicablePercent') ?? '0'),
        note: text(document, 'IncludedNote/Content'),
        objectId: this.identifier(one(settlement, 'AdditionalReferencedDocument'), 'IssuerAssignedID', 'ReferenceTypeCode'),
        orderLineReference: text(agreement, 'BuyerOrderReferencedDocument/LineID'),
        buyerAccountingReference: text(settlement, 'ReceivableSpecifiedTradeAccountingAccount/ID'),
        itemDescription: text(product, 'Description'),
        buyerItemId: text(product, 'BuyerAssignedID'),
        standardItemId: this.identifier(product, 'GlobalID'),
        classifications: this.nonEmpty(all(product, 'DesignatedProductClassification').map((classification) => this.identifier(classification, 'ClassCode', 'listID')!)),
        originCountry: text(product, 'OriginTradeCountry/ID'),
        attributes: this.nonEmpty(
          all(product, 'ApplicableProductCharacteristic').map((property) => ({ name: text(property, 'Description') ?? '', value: text(property, 'Value') ?? '' })),
        ),
      }),
    });
  }

  private ciiPayment(settlement: XmlNode | undefined, terms: XmlNode | undefined): Pick<Invoice, 'paymentInstructions'> {
    const means = all(settlement, 'SpecifiedTradeSettlementPaymentMeans');
    const first = means[0];
    if (!first) return {};
    const card = one(first, 'ApplicableTradeSettlementFinancialCard');
    const mandate = text(terms, 'DirectDebitMandateID');
    return {
      paymentInstructions: this.compact({
        meansCode: text(first, 'TypeCode') ?? '',
        meansText: text(first, 'Information'),
        remittanceInformation: text(settlement, 'PaymentReference'),
        creditTransfers: this.nonEmpty(
          means
            .filter((entry) => one(entry, 'PayeePartyCreditorFinancialAccount'))
            .map((entry) =>
              this.compact({
                accountId: text(entry, 'PayeePartyCreditorFinancialAccount/IBANID') ?? text(entry, 'PayeePartyCreditorFinancialAccount/ProprietaryID') ?? '',
                accountName: text(entry, 'PayeePartyCreditorFinancialAccount/AccountName'),
                serviceProviderId: text(entry, 'PayeeSpecifiedCreditorFinancialInstitution/BICID'),
              }),
            ),
        ),
        card: card ? this.compact({ lastDigits: lastDigits(text(card, 'ID')), holderName: text(card, 'CardholderName') }) : undefined,
        directDebit:
          mandate || text(first, 'PayerPartyDebtorFinancialAccount/IBANID')
            ? this.compact({
                mandateReference: mandate,
                creditorId: text(settlement, 'CreditorReferenceID'),
                debitedAccountId: text(first, 'PayerPartyDebtorFinancialAccount/IBANID'),
              })
            : undefined,
      }),
    };
  }

  // -------------------------------------------------------------------------------------------------------- helpers

  /** An identifier from the element at `path` of `node`, with its scheme attribute. */
  private identifier(node: XmlNode | undefined, path: string, schemeAttribute = 'schemeID'): Identifier | undefined {
    const id = text(node, path);
    if (id === undefined) return undefined;
    const scheme = attribute(node, path, schemeAttribute);
    return scheme ? { id, scheme } : { id };
  }

  private nonEmpty<T>(items: T[]): T[] | undefined {
    return items.length ? items : undefined;
  }

  /** The object without its undefined fields, so optional fields are absent rather than undefined. */
  private compact<T extends object>(object: T): { [K in keyof T]: Exclude<T[K], undefined> } {
    return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as { [K in keyof T]: Exclude<T[K], undefined> };
  }
}

type PartyReading = { name: string; address: Invoice['seller']['address']; taxId: string | null; details: PartyDetails };

/** The contract's seller and buyer from what either syntax read; the buyer's id is the first identifier it has. */
function sellerAndBuyer(seller: PartyReading, buyer: PartyReading): Pick<Invoice, 'seller' | 'buyer'> {
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

/** An xs:boolean as written: `true`/`1` or `false`/`0`. */
function indicator(value: string | undefined): 'true' | 'false' | undefined {
  const normal = value?.trim().toLowerCase();
  return normal === 'true' || normal === '1' ? 'true' : normal === 'false' || normal === '0' ? 'false' : undefined;
}

/** The last 4–6 digits of a card number, which is all an invoice may carry. */
function lastDigits(value: string | undefined): string {
  const digits = (value ?? '').replace(/\D/g, '');
  // A full card number is never kept: only its last four digits, or all of a 4–6 digit tail as given.
  return digits.length <= 6 ? digits : digits.slice(-4);
}
