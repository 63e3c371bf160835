/**
 * UN/CEFACT Cross Industry Invoice (as Factur-X / ZUGFeRD carry it) read into the contract: where each EN 16931 term
 * sits in CII. The conversion to the contract's terms (amounts, sign, what is not carried) is the builder's, shared
 * with UBL.
 */
import type { Invoice, InvoiceLine, LineAllowanceCharge, PartyDetails } from '../api/types.js';
import { ContractBuilder, sellerAndBuyer, type EinvoiceReading, type PartyReading, type WrittenAllowanceCharge } from './contract-builder.js';
import { compact, identifier, indicator, isoDate, lastDigits, nonEmpty, normalDecimal } from './einvoice-values.js';
import { EinvoiceReadError, all, attribute, one, text, type XmlNode } from './xml-tree.js';

/** Reads a Cross Industry Invoice; a credit note is one by its type code. */
export function readCii(root: XmlNode): EinvoiceReading {
  const builder = new ContractBuilder(false);
  const document = one(root, 'ExchangedDocument');
  const transaction = one(root, 'SupplyChainTradeTransaction');
  const agreement = one(transaction, 'ApplicableHeaderTradeAgreement');
  const deliveryNode = one(transaction, 'ApplicableHeaderTradeDelivery');
  const settlement = one(transaction, 'ApplicableHeaderTradeSettlement');
  const head = builder.begin(text(document, 'TypeCode'), text(settlement, 'InvoiceCurrencyCode'));
  const number = text(document, 'ID');
  const issueDate = isoDate(text(document, 'IssueDateTime/DateTimeString'));
  if (!number || !issueDate) throw new EinvoiceReadError('The e-invoice has no number (BT-1) or issue date (BT-2).');
  const guideline = text(root, 'ExchangedDocumentContext/GuidelineSpecifiedDocumentContextParameter/ID');
  if (guideline) builder.miss(`BT-24 Specification identifier (${guideline})`);
  const process = text(root, 'ExchangedDocumentContext/BusinessProcessSpecifiedDocumentContextParameter/ID');
  if (process) builder.miss(`BT-23 Business process type (${process})`);

  const summation = one(settlement, 'SpecifiedTradeSettlementHeaderMonetarySummation');
  const taxCurrency = text(settlement, 'TaxCurrencyCode');
  const taxTotals = all(summation, 'TaxTotalAmount');
  const taxTotalIn = (currency: string) => taxTotals.find((total) => typeof total === 'object' && total['@currencyID'] === currency);
  const documentTax = taxTotalIn(builder.currency) ?? taxTotals[0];
  const otherTax = taxCurrency && taxCurrency !== builder.currency ? taxTotalIn(taxCurrency) : undefined;
  const terms = one(settlement, 'SpecifiedTradePaymentTerms');
  const notes = all(document, 'IncludedNote').map((note) => text(note, 'Content')).filter((note): note is string => note !== undefined);
  const period = one(settlement, 'BillingSpecifiedPeriod');
  const additional = all(agreement, 'AdditionalReferencedDocument');
  const supporting = additional.filter((reference) => !['50', '130'].includes(text(reference, 'TypeCode') ?? ''));
  if (supporting.length) builder.miss(`BG-24 Additional supporting documents (${supporting.length})`);
  const references = compact({
    buyerReference: text(agreement, 'BuyerReference'),
    projectReference: text(agreement, 'SpecifiedProcuringProject/ID'),
    contractReference: text(agreement, 'ContractReferencedDocument/IssuerAssignedID'),
    purchaseOrderReference: text(agreement, 'BuyerOrderReferencedDocument/IssuerAssignedID'),
    salesOrderReference: text(agreement, 'SellerOrderReferencedDocument/IssuerAssignedID'),
    receivingAdviceReference: text(deliveryNode, 'ReceivingAdviceReferencedDocument/IssuerAssignedID'),
    despatchAdviceReference: text(deliveryNode, 'DespatchAdviceReferencedDocument/IssuerAssignedID'),
    tenderReference: text(additional.find((reference) => text(reference, 'TypeCode') === '50'), 'IssuerAssignedID'),
    invoicedObject: identifier(additional.find((reference) => text(reference, 'TypeCode') === '130'), 'IssuerAssignedID', 'ReferenceTypeCode'),
    buyerAccountingReference: text(settlement, 'ReceivableSpecifiedTradeAccountingAccount/ID'),
    precedingInvoices: nonEmpty(
      all(settlement, 'InvoiceReferencedDocument').map((reference) =>
        compact({ number: text(reference, 'IssuerAssignedID') ?? '', issueDate: isoDate(text(reference, 'FormattedIssueDateTime/DateTimeString')) }),
      ),
    ),
  });
  const shipTo = one(deliveryNode, 'ShipToTradeParty');
  const deliveryDate = isoDate(text(deliveryNode, 'ActualDeliverySupplyChainEvent/OccurrenceDateTime/DateTimeString'));
  const seller = ciiParty(one(agreement, 'SellerTradeParty'));
  const buyer = ciiParty(one(agreement, 'BuyerTradeParty'));
  const payee = one(settlement, 'PayeeTradeParty');
  const representative = one(agreement, 'SellerTaxRepresentativeTradeParty');
  const allowances = ciiAllowanceCharges(settlement, 'false').map((item) => builder.allowanceCharge(item, 'false'));
  const charges = ciiAllowanceCharges(settlement, 'true').map((item) => builder.allowanceCharge(item, 'true'));
  const dueDate = isoDate(text(terms, 'DueDateDateTime/DateTimeString'));
  const taxPointDates = all(settlement, 'ApplicableTradeTax').map((tax) => isoDate(text(tax, 'TaxPointDate/DateString'))).filter(Boolean);
  if (all(settlement, 'ApplicableTradeTax').some((tax) => text(tax, 'DueDateTypeCode'))) builder.miss('BT-8 Value added tax point date code');

  return builder.finish({
    ...head,
    number,
    issueDate,
    dueDate: dueDate ?? '',
    currency: builder.currency,
    ...(taxCurrency && taxCurrency !== builder.currency ? { taxCurrency } : {}),
    ...(otherTax ? { taxTotalInTaxCurrency: builder.taxTotalIn(text(otherTax), taxCurrency!) } : {}),
    ...(taxPointDates[0] ? { taxPointDate: taxPointDates[0] } : {}),
    servicePeriod:
      text(period, 'StartDateTime/DateTimeString') && text(period, 'EndDateTime/DateTimeString')
        ? { start: isoDate(text(period, 'StartDateTime/DateTimeString'))!, end: isoDate(text(period, 'EndDateTime/DateTimeString'))! }
        : null,
    ...(shipTo || deliveryDate
      ? {
          delivery: compact({
            date: deliveryDate,
            partyName: text(shipTo, 'Name'),
            locationId: identifier(shipTo, 'ID') ?? identifier(shipTo, 'GlobalID'),
            address: one(shipTo, 'PostalTradeAddress') ? ciiAddress(one(shipTo, 'PostalTradeAddress')) : undefined,
          }),
        }
      : {}),
    ...(Object.keys(references).length ? { references } : {}),
    ...sellerAndBuyer(seller, buyer),
    ...(payee
      ? {
          payee: compact({
            name: text(payee, 'Name') ?? '',
            identifier: identifier(payee, 'ID') ?? identifier(payee, 'GlobalID'),
            legalRegistration: identifier(one(payee, 'SpecifiedLegalOrganization'), 'ID'),
          }),
        }
      : {}),
    ...(representative
      ? {
          taxRepresentative: {
            name: text(representative, 'Name') ?? '',
            taxId: text(representative, 'SpecifiedTaxRegistration/ID') ?? '',
            address: ciiAddress(one(representative, 'PostalTradeAddress')),
          },
        }
      : {}),
    lines: all(transaction, 'IncludedSupplyChainTradeLineItem').map((line) => ciiLine(builder, line)),
    ...builder.totals({
      lineNetTotal: text(summation, 'LineTotalAmount'),
      allowances,
      charges,
      allowanceTotal: text(summation, 'AllowanceTotalAmount'),
      chargeTotal: text(summation, 'ChargeTotalAmount'),
      netTotal: text(summation, 'TaxBasisTotalAmount'),
      taxes: all(settlement, 'ApplicableTradeTax').map((tax) => ({
        rate: text(tax, 'RateApplicablePercent'),
        label: text(tax, 'TypeCode'),
        category: text(tax, 'CategoryCode'),
        taxableAmount: text(tax, 'BasisAmount'),
        tax: text(tax, 'CalculatedAmount'),
        exemptionReason: text(tax, 'ExemptionReason'),
        exemptionReasonCode: text(tax, 'ExemptionReasonCode'),
      })),
      taxTotal: text(documentTax),
      total: text(summation, 'GrandTotalAmount'),
      prepaidAmount: text(summation, 'TotalPrepaidAmount'),
      roundingAmount: text(summation, 'RoundingAmount'),
      amountDue: text(summation, 'DuePayableAmount'),
    }),
    ...ciiPayment(settlement, terms),
    notes: notes.length ? notes.join('\n\n') : null,
    terms: text(terms, 'Description') ?? null,
  });
}

function ciiAddress(address: XmlNode | undefined): Invoice['seller']['address'] {
  return {
    lines: [text(address, 'LineOne'), text(address, 'LineTwo'), text(address, 'LineThree')].filter((line): line is string => line !== undefined),
    city: text(address, 'CityName') ?? '',
    postalCode: text(address, 'PostcodeCode') ?? '',
    region: text(address, 'CountrySubDivisionName') ?? null,
    country: text(address, 'CountryID') ?? '',
  };
}

function ciiParty(party: XmlNode | undefined): PartyReading {
  const registrations = all(party, 'SpecifiedTaxRegistration');
  const vat = registrations.find((registration) => attribute(registration, 'ID', 'schemeID') === 'VA');
  const others = registrations.filter((registration) => registration !== vat);
  const contact = one(party, 'DefinedTradeContact');
  const legal = one(party, 'SpecifiedLegalOrganization');
  const uri = one(party, 'URIUniversalCommunication');
  const details: PartyDetails = compact({
    tradingName: text(legal, 'TradingBusinessName'),
    identifiers: nonEmpty([
      ...all(party, 'ID').map((id) => ({ id: text(id) ?? '' })),
      ...all(party, 'GlobalID').map((id) => compact({ id: text(id) ?? '', scheme: typeof id === 'object' ? (id['@schemeID'] as string | undefined) : undefined })),
    ]),
    legalRegistration: identifier(legal, 'ID'),
    otherTaxRegistrations: nonEmpty(others.map((registration) => ({ id: text(registration, 'ID') ?? '', scheme: attribute(registration, 'ID', 'schemeID') ?? '' }))),
    legalInformation: text(party, 'Description'),
    electronicAddress: text(uri, 'URIID') ? { id: text(uri, 'URIID')!, scheme: attribute(uri, 'URIID', 'schemeID') ?? '' } : undefined,
    contact: contact
      ? compact({
          name: text(contact, 'PersonName') ?? text(contact, 'DepartmentName'),
          phone: text(contact, 'TelephoneUniversalCommunication/CompleteNumber'),
          email: text(contact, 'EmailURIUniversalCommunication/URIID'),
        })
      : undefined,
  });
  return { name: text(party, 'Name') ?? '', address: ciiAddress(one(party, 'PostalTradeAddress')), taxId: text(vat, 'ID') ?? null, details };
}

/** The allowances (`false`) or charges (`true`) directly under `parent`, as written. */
function ciiAllowanceCharges(parent: XmlNode | undefined, chargeIndicator: 'true' | 'false'): WrittenAllowanceCharge[] {
  return all(parent, 'SpecifiedTradeAllowanceCharge')
    .filter((item) => indicator(text(item, 'ChargeIndicator/Indicator')) === chargeIndicator)
    .map((item) => ({
      amount: text(item, 'ActualAmount'),
      baseAmount: text(item, 'BasisAmount'),
      percentage: text(item, 'CalculationPercent'),
      vatCategory: text(item, 'CategoryTradeTax/CategoryCode'),
      vatRate: text(item, 'CategoryTradeTax/RateApplicablePercent'),
      reason: text(item, 'Reason'),
      reasonCode: text(item, 'ReasonCode'),
    }));
}

function ciiLine(builder: ContractBuilder, line: XmlNode): InvoiceLine {
  const document = one(line, 'AssociatedDocumentLineDocument');
  const product = one(line, 'SpecifiedTradeProduct');
  const agreement = one(line, 'SpecifiedLineTradeAgreement');
  const settlement = one(line, 'SpecifiedLineTradeSettlement');
  const gross = one(agreement, 'GrossPriceProductTradePrice');
  const net = one(agreement, 'NetPriceProductTradePrice');
  const period = one(settlement, 'BillingSpecifiedPeriod');
  const id = text(document, 'LineID') ?? '';
  const lineAllowanceCharges = (indicator: 'true' | 'false'): LineAllowanceCharge[] =>
    ciiAllowanceCharges(settlement, indicator).map((item) => builder.lineAllowanceCharge(item, indicator));
  return builder.line({
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
    rest: compact({
      sku: text(product, 'SellerAssignedID') ?? '',
      period:
        text(period, 'StartDateTime/DateTimeString') && text(period, 'EndDateTime/DateTimeString')
          ? { start: isoDate(text(period, 'StartDateTime/DateTimeString'))!, end: isoDate(text(period, 'EndDateTime/DateTimeString'))! }
          : null,
      vatCategory: text(settlement, 'ApplicableTradeTax/CategoryCode'),
      taxRate: normalDecimal(text(settlement, 'ApplicableTradeTax/RateApplicablePercent') ?? '0'),
      note: text(document, 'IncludedNote/Content'),
      objectId: identifier(one(settlement, 'AdditionalReferencedDocument'), 'IssuerAssignedID', 'ReferenceTypeCode'),
      orderLineReference: text(agreement, 'BuyerOrderReferencedDocument/LineID'),
      buyerAccountingReference: text(settlement, 'ReceivableSpecifiedTradeAccountingAccount/ID'),
      itemDescription: text(product, 'Description'),
      buyerItemId: text(product, 'BuyerAssignedID'),
      standardItemId: identifier(product, 'GlobalID'),
      classifications: nonEmpty(all(product, 'DesignatedProductClassification').map((classification) => identifier(classification, 'ClassCode', 'listID')!)),
      originCountry: text(product, 'OriginTradeCountry/ID'),
      attributes: nonEmpty(
        all(product, 'ApplicableProductCharacteristic').map((property) => ({ name: text(property, 'Description') ?? '', value: text(property, 'Value') ?? '' })),
      ),
    }),
  });
}

function ciiPayment(settlement: XmlNode | undefined, terms: XmlNode | undefined): Pick<Invoice, 'paymentInstructions'> {
  const means = all(settlement, 'SpecifiedTradeSettlementPaymentMeans');
  const first = means[0];
  if (!first) return {};
  const card = one(first, 'ApplicableTradeSettlementFinancialCard');
  const mandate = text(terms, 'DirectDebitMandateID');
  return {
    paymentInstructions: compact({
      meansCode: text(first, 'TypeCode') ?? '',
      meansText: text(first, 'Information'),
      remittanceInformation: text(settlement, 'PaymentReference'),
      creditTransfers: nonEmpty(
        means
          .filter((entry) => one(entry, 'PayeePartyCreditorFinancialAccount'))
          .map((entry) =>
            compact({
              accountId: text(entry, 'PayeePartyCreditorFinancialAccount/IBANID') ?? text(entry, 'PayeePartyCreditorFinancialAccount/ProprietaryID') ?? '',
              accountName: text(entry, 'PayeePartyCreditorFinancialAccount/AccountName'),
              serviceProviderId: text(entry, 'PayeeSpecifiedCreditorFinancialInstitution/BICID'),
            }),
          ),
      ),
      card: card ? compact({ lastDigits: lastDigits(text(card, 'ID')), holderName: text(card, 'CardholderName') }) : undefined,
      directDebit:
        mandate || text(first, 'PayerPartyDebtorFinancialAccount/IBANID')
          ? compact({
              mandateReference: mandate,
              creditorId: text(settlement, 'CreditorReferenceID'),
              debitedAccountId: text(first, 'PayerPartyDebtorFinancialAccount/IBANID'),
            })
          : undefined,
    }),
  };
}
