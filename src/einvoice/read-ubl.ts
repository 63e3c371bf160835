/**
 * UBL 2.1 Invoice and CreditNote read into the contract: where each EN 16931 term sits in UBL. The conversion to the
 * contract's terms (amounts, sign, what is not carried) is the builder's, shared with CII.
 */
import type { Invoice, InvoiceLine, LineAllowanceCharge, PartyDetails } from '../api/types.js';
import { ContractBuilder, sellerAndBuyer, type EinvoiceReading, type PartyReading, type WrittenAllowanceCharge } from './contract-builder.js';
import { compact, identifier, indicator, lastDigits, nonEmpty, normalDecimal } from './einvoice-values.js';
import { EinvoiceReadError, all, attribute, one, text, type XmlNode } from './xml-tree.js';

/** Reads a UBL Invoice, or a CreditNote when `creditNoteRoot`. */
export function readUbl(root: XmlNode, creditNoteRoot: boolean): EinvoiceReading {
  const builder = new ContractBuilder(creditNoteRoot);
  const typeCode = text(root, creditNoteRoot ? 'CreditNoteTypeCode' : 'InvoiceTypeCode');
  const head = builder.begin(typeCode, text(root, 'DocumentCurrencyCode'));
  const number = text(root, 'ID');
  const issueDate = text(root, 'IssueDate');
  if (!number || !issueDate) throw new EinvoiceReadError('The e-invoice has no number (BT-1) or issue date (BT-2).');
  commonUblMisses(builder, root);

  const taxCurrency = text(root, 'TaxCurrencyCode');
  const taxTotals = all(root, 'TaxTotal');
  const mainTaxTotal = taxTotals.find((total) => attribute(total, 'TaxAmount', 'currencyID') === builder.currency) ?? taxTotals[0];
  const otherTaxTotal = taxCurrency ? taxTotals.find((total) => attribute(total, 'TaxAmount', 'currencyID') === taxCurrency) : undefined;
  const totals = one(root, 'LegalMonetaryTotal');
  const lines = all(root, creditNoteRoot ? 'CreditNoteLine' : 'InvoiceLine').map((line) => ublLine(builder, line));
  const allowances = ublAllowanceCharges(root, 'false').map((item) => builder.allowanceCharge(item, 'false'));
  const charges = ublAllowanceCharges(root, 'true').map((item) => builder.allowanceCharge(item, 'true'));
  const period = one(root, 'InvoicePeriod');
  const paymentMeans = all(root, 'PaymentMeans');
  const dueDate = text(root, 'DueDate') ?? text(paymentMeans[0], 'PaymentDueDate');
  const notes = all(root, 'Note').map((note) => text(note)).filter((note): note is string => note !== undefined);
  const references = compact({
    buyerReference: text(root, 'BuyerReference'),
    projectReference: text(root, 'ProjectReference/ID'),
    contractReference: text(root, 'ContractDocumentReference/ID'),
    purchaseOrderReference: text(root, 'OrderReference/ID'),
    salesOrderReference: text(root, 'OrderReference/SalesOrderID'),
    receivingAdviceReference: text(root, 'ReceiptDocumentReference/ID'),
    despatchAdviceReference: text(root, 'DespatchDocumentReference/ID'),
    tenderReference: text(root, 'OriginatorDocumentReference/ID'),
    invoicedObject: identifier(all(root, 'AdditionalDocumentReference').find((reference) => text(reference, 'DocumentTypeCode') === '130'), 'ID'),
    buyerAccountingReference: text(root, 'AccountingCost'),
    precedingInvoices: nonEmpty(
      all(root, 'BillingReference/InvoiceDocumentReference').map((reference) =>
        compact({ number: text(reference, 'ID') ?? '', issueDate: text(reference, 'IssueDate') }),
      ),
    ),
  });
  const supporting = all(root, 'AdditionalDocumentReference').filter((reference) => text(reference, 'DocumentTypeCode') !== '130');
  if (supporting.length) builder.miss(`BG-24 Additional supporting documents (${supporting.length})`);
  const delivery = one(root, 'Delivery');
  const payee = one(root, 'PayeeParty');
  const representative = one(root, 'TaxRepresentativeParty');
  const sellerParty = one(root, 'AccountingSupplierParty/Party');
  const buyerParty = one(root, 'AccountingCustomerParty/Party');
  const seller = ublParty(sellerParty);
  const buyer = ublParty(buyerParty);

  return builder.finish({
    ...head,
    number,
    issueDate,
    dueDate: dueDate ?? '',
    currency: builder.currency,
    ...(taxCurrency && taxCurrency !== builder.currency ? { taxCurrency } : {}),
    ...(otherTaxTotal ? { taxTotalInTaxCurrency: builder.taxTotalIn(text(otherTaxTotal, 'TaxAmount'), taxCurrency!) } : {}),
    ...compact({ taxPointDate: text(root, 'TaxPointDate') }),
    servicePeriod: text(period, 'StartDate') && text(period, 'EndDate') ? { start: text(period, 'StartDate')!, end: text(period, 'EndDate')! } : null,
    ...(delivery
      ? {
          delivery: compact({
            date: text(delivery, 'ActualDeliveryDate'),
            partyName: text(delivery, 'DeliveryParty/PartyName/Name'),
            locationId: identifier(one(delivery, 'DeliveryLocation'), 'ID'),
            address: one(delivery, 'DeliveryLocation/Address') ? ublAddress(one(delivery, 'DeliveryLocation/Address')) : undefined,
          }),
        }
      : {}),
    ...(Object.keys(references).length ? { references } : {}),
    ...sellerAndBuyer(seller, buyer),
    ...(payee
      ? {
          payee: compact({
            name: text(payee, 'PartyName/Name') ?? '',
            identifier: identifier(one(payee, 'PartyIdentification'), 'ID'),
            legalRegistration: identifier(one(payee, 'PartyLegalEntity'), 'CompanyID'),
          }),
        }
      : {}),
    ...(representative
      ? {
          taxRepresentative: {
            name: text(representative, 'PartyName/Name') ?? '',
            taxId: text(representative, 'PartyTaxScheme/CompanyID') ?? '',
            address: ublAddress(one(representative, 'PostalAddress')),
          },
        }
      : {}),
    lines,
    ...builder.totals({
      lineNetTotal: text(totals, 'LineExtensionAmount'),
      allowances,
      charges,
      allowanceTotal: text(totals, 'AllowanceTotalAmount'),
      chargeTotal: text(totals, 'ChargeTotalAmount'),
      netTotal: text(totals, 'TaxExclusiveAmount'),
      taxes: all(mainTaxTotal, 'TaxSubtotal').map((subtotal) => ({
        rate: text(subtotal, 'TaxCategory/Percent'),
        label: text(subtotal, 'TaxCategory/TaxScheme/ID'),
        category: text(subtotal, 'TaxCategory/ID'),
        taxableAmount: text(subtotal, 'TaxableAmount'),
        tax: text(subtotal, 'TaxAmount'),
        exemptionReason: text(subtotal, 'TaxCategory/TaxExemptionReason'),
        exemptionReasonCode: text(subtotal, 'TaxCategory/TaxExemptionReasonCode'),
      })),
      taxTotal: text(mainTaxTotal, 'TaxAmount'),
      total: text(totals, 'TaxInclusiveAmount'),
      prepaidAmount: text(totals, 'PrepaidAmount'),
      roundingAmount: text(totals, 'PayableRoundingAmount'),
      amountDue: text(totals, 'PayableAmount'),
    }),
    ...ublPayment(paymentMeans, sellerParty),
    notes: notes.length ? notes.join('\n\n') : null,
    terms: text(root, 'PaymentTerms/Note') ?? null,
  });
}

function commonUblMisses(builder: ContractBuilder, root: XmlNode): void {
  if (text(root, 'TaxCurrencyCode') === undefined && all(root, 'TaxTotal').length > 1) builder.miss('BT-111 a second VAT total');
  if (one(root, 'InvoicePeriod/DescriptionCode')) builder.miss('BT-8 Value added tax point date code');
  if (text(root, 'ProfileID')) builder.miss(`BT-23 Business process type (${text(root, 'ProfileID')})`);
  if (text(root, 'CustomizationID')) builder.miss(`BT-24 Specification identifier (${text(root, 'CustomizationID')})`);
}

function ublAddress(address: XmlNode | undefined): Invoice['seller']['address'] {
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

function ublParty(party: XmlNode | undefined): PartyReading {
  const schemes = all(party, 'PartyTaxScheme');
  const vat = schemes.find((scheme) => text(scheme, 'TaxScheme/ID') === 'VAT');
  const others = schemes.filter((scheme) => scheme !== vat);
  const contact = one(party, 'Contact');
  const legalName = text(party, 'PartyLegalEntity/RegistrationName');
  const tradingName = text(party, 'PartyName/Name');
  const details: PartyDetails = compact({
    tradingName: legalName && tradingName && tradingName !== legalName ? tradingName : undefined,
    // A SEPA identification is BT-90, the creditor id of a direct debit (read with the payment), not BT-29.
    identifiers: nonEmpty(
      all(party, 'PartyIdentification')
        .filter((identification) => attribute(identification, 'ID', 'schemeID') !== 'SEPA')
        .map((identification) => identifier(identification, 'ID')!),
    ),
    legalRegistration: identifier(one(party, 'PartyLegalEntity'), 'CompanyID'),
    otherTaxRegistrations: nonEmpty(others.map((scheme) => ({ id: text(scheme, 'CompanyID') ?? '', scheme: text(scheme, 'TaxScheme/ID') ?? '' }))),
    legalInformation: text(party, 'PartyLegalEntity/CompanyLegalForm'),
    electronicAddress: text(party, 'EndpointID') ? { id: text(party, 'EndpointID')!, scheme: attribute(party, 'EndpointID', 'schemeID') ?? '' } : undefined,
    contact: contact ? compact({ name: text(contact, 'Name'), phone: text(contact, 'Telephone'), email: text(contact, 'ElectronicMail') }) : undefined,
  });
  return { name: legalName ?? tradingName ?? '', address: ublAddress(one(party, 'PostalAddress')), taxId: text(vat, 'CompanyID') ?? null, details };
}

/** The allowances (`false`) or charges (`true`) directly under `parent`, as written. */
function ublAllowanceCharges(parent: XmlNode, chargeIndicator: 'true' | 'false'): WrittenAllowanceCharge[] {
  return all(parent, 'AllowanceCharge')
    .filter((item) => indicator(text(item, 'ChargeIndicator')) === chargeIndicator)
    .map((item) => ({
      amount: text(item, 'Amount'),
      baseAmount: text(item, 'BaseAmount'),
      percentage: text(item, 'MultiplierFactorNumeric'),
      vatCategory: text(item, 'TaxCategory/ID'),
      vatRate: text(item, 'TaxCategory/Percent'),
      reason: text(item, 'AllowanceChargeReason'),
      reasonCode: text(item, 'AllowanceChargeReasonCode'),
    }));
}

function ublLine(builder: ContractBuilder, line: XmlNode): InvoiceLine {
  const id = text(line, 'ID') ?? '';
  const quantityNode = one(line, 'InvoicedQuantity') ?? one(line, 'CreditedQuantity');
  const item = one(line, 'Item');
  const price = one(line, 'Price');
  const priceDiscount = all(price, 'AllowanceCharge').find((charge) => indicator(text(charge, 'ChargeIndicator')) === 'false');
  const period = one(line, 'InvoicePeriod');
  const lineAllowanceCharges = (indicator: 'true' | 'false'): LineAllowanceCharge[] =>
    ublAllowanceCharges(line, indicator).map((item) => builder.lineAllowanceCharge(item, indicator));
  return builder.line({
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
    rest: compact({
      sku: text(item, 'SellersItemIdentification/ID') ?? '',
      period: text(period, 'StartDate') && text(period, 'EndDate') ? { start: text(period, 'StartDate')!, end: text(period, 'EndDate')! } : null,
      vatCategory: text(item, 'ClassifiedTaxCategory/ID'),
      taxRate: normalDecimal(text(item, 'ClassifiedTaxCategory/Percent') ?? '0'),
      note: text(line, 'Note'),
      objectId: identifier(all(line, 'DocumentReference').find((reference) => text(reference, 'DocumentTypeCode') === '130'), 'ID'),
      orderLineReference: text(line, 'OrderLineReference/LineID'),
      buyerAccountingReference: text(line, 'AccountingCost'),
      itemDescription: text(item, 'Description'),
      buyerItemId: text(item, 'BuyersItemIdentification/ID'),
      standardItemId: identifier(one(item, 'StandardItemIdentification'), 'ID'),
      classifications: nonEmpty(all(item, 'CommodityClassification').map((classification) => identifier(classification, 'ItemClassificationCode', 'listID')!)),
      originCountry: text(item, 'OriginCountry/IdentificationCode'),
      attributes: nonEmpty(all(item, 'AdditionalItemProperty').map((property) => ({ name: text(property, 'Name') ?? '', value: text(property, 'Value') ?? '' }))),
    }),
  });
}

function ublPayment(means: XmlNode[], sellerParty: XmlNode | undefined): Pick<Invoice, 'paymentInstructions'> {
  const first = means[0];
  if (!first) return {};
  const card = one(first, 'CardAccount');
  const mandate = one(first, 'PaymentMandate');
  const creditorId = all(sellerParty, 'PartyIdentification').find((identification) => attribute(identification, 'ID', 'schemeID') === 'SEPA');
  return {
    paymentInstructions: compact({
      meansCode: text(first, 'PaymentMeansCode') ?? '',
      meansText: attribute(first, 'PaymentMeansCode', 'name'),
      remittanceInformation: text(first, 'PaymentID'),
      creditTransfers: nonEmpty(
        means
          .filter((entry) => one(entry, 'PayeeFinancialAccount'))
          .map((entry) =>
            compact({
              accountId: text(entry, 'PayeeFinancialAccount/ID') ?? '',
              accountName: text(entry, 'PayeeFinancialAccount/Name'),
              serviceProviderId: text(entry, 'PayeeFinancialAccount/FinancialInstitutionBranch/ID'),
            }),
          ),
      ),
      card: card ? compact({ lastDigits: lastDigits(text(card, 'PrimaryAccountNumberID')), holderName: text(card, 'HolderName') }) : undefined,
      directDebit: mandate
        ? compact({ mandateReference: text(mandate, 'ID'), creditorId: text(creditorId, 'ID'), debitedAccountId: text(mandate, 'PayerFinancialAccount/ID') })
        : undefined,
    }),
  };
}
