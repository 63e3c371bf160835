/**
 * `invoiceToCii(invoice, options)`: the contract's invoice as a UN/CEFACT Cross Industry Invoice (D16B) in the
 * EN 16931 profile, as Factur-X and ZUGFeRD carry it (`urn:cen.eu:en16931:2017`; XRechnung's CII is the same with its
 * own guideline id). Elements are written in the order the CII schema requires. Pure: no DOM, no parser.
 *
 * A credit note is one by its type code (381) with positive amounts, as the standard writes it; dates are
 * format 102 (`YYYYMMDD`).
 */
import type { Address, Identifier, Invoice, PartyDetails } from '../api/types.js';
import { einvoiceDocument, icdScheme, type DocumentAllowanceCharge, type EinvoiceDocument, type PartyTaxIds, type VatCategory } from './einvoice-document.js';
import { element, leaf, required, serializeXml, type XmlChild, type XmlOut } from './xml-writer.js';

/** BT-24 and BT-23 of a CII e-invoice. */
export interface CiiOptions {
  /** BT-24 Specification identifier; the EN 16931 profile (Factur-X / ZUGFeRD "EN 16931", "COMFORT") by default. */
  guidelineId?: string;
  /** BT-23 Business process type, when the receiver wants one; none by default. */
  businessProcessId?: string;
}

/** The EN 16931 specification id, as Factur-X and ZUGFeRD give their EN 16931 profile. */
export const CII_EN16931_GUIDELINE = 'urn:cen.eu:en16931:2017';

const NAMESPACES = {
  'xmlns:rsm': 'urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100',
  'xmlns:ram': 'urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100',
  'xmlns:qdt': 'urn:un:unece:uncefact:data:standard:QualifiedDataType:100',
  'xmlns:udt': 'urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100',
};

/** Writes the invoice as CII XML (a string, UTF-8 declared). */
export function invoiceToCii(invoice: Invoice, options: CiiOptions = {}): string {
  const document = einvoiceDocument(invoice);
  return serializeXml(
    element(
      'rsm:CrossIndustryInvoice',
      NAMESPACES,
      element(
        'rsm:ExchangedDocumentContext',
        {},
        options.businessProcessId && element('ram:BusinessProcessSpecifiedDocumentContextParameter', {}, leaf('ram:ID', options.businessProcessId)),
        element('ram:GuidelineSpecifiedDocumentContextParameter', {}, leaf('ram:ID', options.guidelineId ?? CII_EN16931_GUIDELINE)),
      ),
      element(
        'rsm:ExchangedDocument',
        {},
        leaf('ram:ID', invoice.number),
        leaf('ram:TypeCode', document.typeCode),
        dateTime('ram:IssueDateTime', invoice.issueDate),
        invoice.notes && element('ram:IncludedNote', {}, leaf('ram:Content', invoice.notes)),
      ),
      element(
        'rsm:SupplyChainTradeTransaction',
        {},
        lines(document),
        agreement(document),
        delivery(invoice),
        settlement(document),
      ),
    ),
  );
}

/** `2026-11-02` → `<udt:DateTimeString format="102">20261102</…>` inside `name`. */
function dateTime(name: string, isoDate: string | undefined, dataType = 'udt'): XmlOut | undefined {
  if (!isoDate) return undefined;
  return element(name, {}, leaf(`${dataType}:DateTimeString`, isoDate.replace(/-/g, ''), { format: '102' }));
}

function period(range: { start: string; end: string } | null | undefined): XmlOut | undefined {
  if (!range) return undefined;
  return element('ram:BillingSpecifiedPeriod', {}, dateTime('ram:StartDateTime', range.start), dateTime('ram:EndDateTime', range.end));
}

function address(address: Address): XmlOut {
  return element(
    'ram:PostalTradeAddress',
    {},
    leaf('ram:PostcodeCode', address.postalCode),
    leaf('ram:LineOne', address.lines[0]),
    leaf('ram:LineTwo', address.lines[1]),
    leaf('ram:LineThree', address.lines.slice(2).join(', ')),
    leaf('ram:CityName', address.city),
    leaf('ram:CountryID', address.country),
    leaf('ram:CountrySubDivisionName', address.region),
  );
}

/** A party identifier: with a scheme it is a global id (BT-29-1 / BT-46-1), without one a plain id. */
function partyIdentifier(identifier: Identifier): XmlOut | undefined {
  const scheme = icdScheme(identifier);
  return scheme ? leaf('ram:GlobalID', identifier.id, { schemeID: scheme }) : leaf('ram:ID', identifier.id);
}

function party(
  name: string,
  party: PartyDetails & { name: string; address: Address },
  taxIds: PartyTaxIds,
  contactEmail: string | null | undefined,
): XmlOut {
  const contact = party.contact;
  const email = contact?.email ?? contactEmail ?? undefined;
  const identifiers = party.identifiers ?? [];
  return element(
    name,
    {},
    // CII lists plain ids before global ids.
    identifiers.filter((identifier) => !icdScheme(identifier)).map(partyIdentifier),
    identifiers.filter((identifier) => icdScheme(identifier)).map(partyIdentifier),
    leaf('ram:Name', party.name),
    leaf('ram:Description', party.legalInformation),
    (party.legalRegistration || party.tradingName) &&
      element(
        'ram:SpecifiedLegalOrganization',
        {},
        party.legalRegistration && leaf('ram:ID', party.legalRegistration.id, { schemeID: icdScheme(party.legalRegistration) }),
        leaf('ram:TradingBusinessName', party.tradingName),
      ),
    (contact || email) &&
      element(
        'ram:DefinedTradeContact',
        {},
        leaf('ram:PersonName', contact?.name),
        contact?.phone && element('ram:TelephoneUniversalCommunication', {}, leaf('ram:CompleteNumber', contact.phone)),
        email && element('ram:EmailURIUniversalCommunication', {}, leaf('ram:URIID', email)),
      ),
    address(party.address),
    party.electronicAddress &&
      element('ram:URIUniversalCommunication', {}, leaf('ram:URIID', party.electronicAddress.id, { schemeID: party.electronicAddress.scheme })),
    taxIds.vatId && element('ram:SpecifiedTaxRegistration', {}, leaf('ram:ID', taxIds.vatId, { schemeID: 'VA' })),
    // CII names a tax registration that is not a VAT id by scheme FC (tax number), whatever its name in words.
    taxIds.taxRegistration && element('ram:SpecifiedTaxRegistration', {}, leaf('ram:ID', taxIds.taxRegistration.id, { schemeID: 'FC' })),
  );
}

function referencedDocument(name: string, id: string | undefined): XmlOut | undefined {
  return id ? element(name, {}, leaf('ram:IssuerAssignedID', id)) : undefined;
}

function agreement(document: EinvoiceDocument): XmlOut {
  const invoice = document.invoice;
  const references = invoice.references ?? {};
  const representative = invoice.taxRepresentative;
  return required(
    element(
      'ram:ApplicableHeaderTradeAgreement',
      {},
      leaf('ram:BuyerReference', references.buyerReference),
      party('ram:SellerTradeParty', invoice.seller, document.seller, invoice.seller.email),
      party('ram:BuyerTradeParty', invoice.buyer, document.buyer, invoice.buyer.email || undefined),
      representative &&
        element(
          'ram:SellerTaxRepresentativeTradeParty',
          {},
          leaf('ram:Name', representative.name),
          address(representative.address),
          element('ram:SpecifiedTaxRegistration', {}, leaf('ram:ID', representative.taxId, { schemeID: 'VA' })),
        ),
      referencedDocument('ram:SellerOrderReferencedDocument', references.salesOrderReference),
      referencedDocument('ram:BuyerOrderReferencedDocument', references.purchaseOrderReference),
      referencedDocument('ram:ContractReferencedDocument', references.contractReference),
      references.tenderReference &&
        element('ram:AdditionalReferencedDocument', {}, leaf('ram:IssuerAssignedID', references.tenderReference), leaf('ram:TypeCode', '50')),
      references.invoicedObject &&
        element(
          'ram:AdditionalReferencedDocument',
          {},
          leaf('ram:IssuerAssignedID', references.invoicedObject.id),
          leaf('ram:TypeCode', '130'),
          leaf('ram:ReferenceTypeCode', references.invoicedObject.scheme),
        ),
      // The project's name is required in CII; the contract has only its reference, which names it.
      references.projectReference &&
        element('ram:SpecifiedProcuringProject', {}, leaf('ram:ID', references.projectReference), leaf('ram:Name', references.projectReference)),
    ),
  );
}

function delivery(invoice: Invoice): XmlOut {
  const delivery = invoice.delivery;
  const references = invoice.references ?? {};
  const location = delivery?.locationId;
  return required(
    element(
      'ram:ApplicableHeaderTradeDelivery',
      {},
      (delivery?.partyName || location || delivery?.address) &&
        element(
          'ram:ShipToTradeParty',
          {},
          location && partyIdentifier(location),
          leaf('ram:Name', delivery?.partyName),
          delivery?.address && address(delivery.address),
        ),
      delivery?.date && element('ram:ActualDeliverySupplyChainEvent', {}, dateTime('ram:OccurrenceDateTime', delivery.date)),
      referencedDocument('ram:DespatchAdviceReferencedDocument', references.despatchAdviceReference),
      referencedDocument('ram:ReceivingAdviceReferencedDocument', references.receivingAdviceReference),
    ),
  );
}

function tradeTax(name: string, vat: VatCategory): XmlOut {
  return element(name, {}, leaf('ram:TypeCode', 'VAT'), leaf('ram:CategoryCode', vat.code), leaf('ram:RateApplicablePercent', vat.rate));
}

function allowanceCharge(item: DocumentAllowanceCharge): XmlOut {
  return element(
    'ram:SpecifiedTradeAllowanceCharge',
    {},
    element('ram:ChargeIndicator', {}, leaf('udt:Indicator', item.charge ? 'true' : 'false')),
    leaf('ram:CalculationPercent', item.percentage),
    leaf('ram:BasisAmount', item.baseAmount),
    leaf('ram:ActualAmount', item.amount),
    leaf('ram:ReasonCode', item.reasonCode),
    leaf('ram:Reason', item.reason),
    item.vat && tradeTax('ram:CategoryTradeTax', item.vat),
  );
}

function paymentMeans(invoice: Invoice): XmlChild {
  const instructions = invoice.paymentInstructions;
  if (!instructions) return undefined;
  const means = (account: XmlChild, index: number): XmlOut =>
    element(
      'ram:SpecifiedTradeSettlementPaymentMeans',
      {},
      leaf('ram:TypeCode', instructions.meansCode),
      leaf('ram:Information', instructions.meansText),
      index === 0 &&
        instructions.card &&
        element('ram:ApplicableTradeSettlementFinancialCard', {}, leaf('ram:ID', instructions.card.lastDigits), leaf('ram:CardholderName', instructions.card.holderName)),
      index === 0 &&
        instructions.directDebit?.debitedAccountId &&
        element('ram:PayerPartyDebtorFinancialAccount', {}, leaf('ram:IBANID', instructions.directDebit.debitedAccountId)),
      account,
    );
  const transfers = instructions.creditTransfers ?? [];
  if (transfers.length === 0) return means(undefined, 0);
  return transfers.map((transfer, index) => {
    // An IBAN is two letters, two digits and up to 30 letters or digits; anything else is a proprietary account id.
    const iban = /^[A-Z]{2}\d{2}[A-Z0-9]{1,30}$/.test(transfer.accountId.replace(/\s/g, ''));
    return means(
      [
        element(
          'ram:PayeePartyCreditorFinancialAccount',
          {},
          leaf(iban ? 'ram:IBANID' : 'ram:ProprietaryID', transfer.accountId),
          leaf('ram:AccountName', transfer.accountName),
        ),
        transfer.serviceProviderId && element('ram:PayeeSpecifiedCreditorFinancialInstitution', {}, leaf('ram:BICID', transfer.serviceProviderId)),
      ],
      index,
    );
  });
}

function settlement(document: EinvoiceDocument): XmlOut {
  const invoice = document.invoice;
  const instructions = invoice.paymentInstructions;
  const references = invoice.references ?? {};
  const payee = invoice.payee;
  const totals = document.totals;
  const currency = document.currency;
  return element(
    'ram:ApplicableHeaderTradeSettlement',
    {},
    leaf('ram:CreditorReferenceID', instructions?.directDebit?.creditorId),
    leaf('ram:PaymentReference', instructions?.remittanceInformation),
    leaf('ram:TaxCurrencyCode', invoice.taxCurrency !== currency ? invoice.taxCurrency : undefined),
    leaf('ram:InvoiceCurrencyCode', currency),
    payee &&
      element(
        'ram:PayeeTradeParty',
        {},
        payee.identifier && partyIdentifier(payee.identifier),
        leaf('ram:Name', payee.name),
        payee.legalRegistration &&
          element('ram:SpecifiedLegalOrganization', {}, leaf('ram:ID', payee.legalRegistration.id, { schemeID: icdScheme(payee.legalRegistration) })),
      ),
    paymentMeans(invoice),
    document.taxes.map((row, index) =>
      element(
        'ram:ApplicableTradeTax',
        {},
        leaf('ram:CalculatedAmount', row.tax),
        leaf('ram:TypeCode', 'VAT'),
        leaf('ram:ExemptionReason', row.exemptionReason),
        leaf('ram:BasisAmount', row.taxableAmount),
        leaf('ram:CategoryCode', row.vat.code),
        leaf('ram:ExemptionReasonCode', row.exemptionReasonCode),
        // BT-7 is one date for the invoice; CII has it per breakdown row, so it goes on the first.
        index === 0 && invoice.taxPointDate && element('ram:TaxPointDate', {}, leaf('udt:DateString', invoice.taxPointDate.replace(/-/g, ''), { format: '102' })),
        leaf('ram:RateApplicablePercent', row.vat.rate),
      ),
    ),
    period(invoice.servicePeriod),
    document.allowancesCharges.map(allowanceCharge),
    (invoice.terms || invoice.dueDate || instructions?.directDebit?.mandateReference) &&
      element(
        'ram:SpecifiedTradePaymentTerms',
        {},
        leaf('ram:Description', invoice.terms),
        dateTime('ram:DueDateDateTime', invoice.dueDate),
        leaf('ram:DirectDebitMandateID', instructions?.directDebit?.mandateReference),
      ),
    element(
      'ram:SpecifiedTradeSettlementHeaderMonetarySummation',
      {},
      leaf('ram:LineTotalAmount', totals.lineNet),
      leaf('ram:ChargeTotalAmount', totals.charges),
      leaf('ram:AllowanceTotalAmount', totals.allowances),
      leaf('ram:TaxBasisTotalAmount', totals.net),
      leaf('ram:TaxTotalAmount', totals.tax, { currencyID: currency }),
      document.taxInTaxCurrency !== undefined && leaf('ram:TaxTotalAmount', document.taxInTaxCurrency, { currencyID: invoice.taxCurrency }),
      leaf('ram:RoundingAmount', totals.rounding),
      leaf('ram:GrandTotalAmount', totals.total),
      leaf('ram:TotalPrepaidAmount', totals.prepaid),
      leaf('ram:DuePayableAmount', totals.payable),
    ),
    (references.precedingInvoices ?? []).map((preceding) =>
      element(
        'ram:InvoiceReferencedDocument',
        {},
        leaf('ram:IssuerAssignedID', preceding.number),
        dateTime('ram:FormattedIssueDateTime', preceding.issueDate, 'qdt'),
      ),
    ),
    references.buyerAccountingReference && element('ram:ReceivableSpecifiedTradeAccountingAccount', {}, leaf('ram:ID', references.buyerAccountingReference)),
  );
}

function lines(document: EinvoiceDocument): XmlOut[] {
  return document.lines.map((line) => {
    const source = line.source;
    return element(
      'ram:IncludedSupplyChainTradeLineItem',
      {},
      element(
        'ram:AssociatedDocumentLineDocument',
        {},
        leaf('ram:LineID', line.id),
        source.note && element('ram:IncludedNote', {}, leaf('ram:Content', source.note)),
      ),
      element(
        'ram:SpecifiedTradeProduct',
        {},
        source.standardItemId && leaf('ram:GlobalID', source.standardItemId.id, { schemeID: icdScheme(source.standardItemId) }),
        leaf('ram:SellerAssignedID', source.sku),
        leaf('ram:BuyerAssignedID', source.buyerItemId),
        leaf('ram:Name', source.description),
        leaf('ram:Description', source.itemDescription),
        (source.attributes ?? []).map((attribute) =>
          element('ram:ApplicableProductCharacteristic', {}, leaf('ram:Description', attribute.name), leaf('ram:Value', attribute.value)),
        ),
        (source.classifications ?? []).map((classification) =>
          element('ram:DesignatedProductClassification', {}, leaf('ram:ClassCode', classification.id, { listID: classification.scheme })),
        ),
        source.originCountry && element('ram:OriginTradeCountry', {}, leaf('ram:ID', source.originCountry)),
      ),
      element(
        'ram:SpecifiedLineTradeAgreement',
        {},
        source.orderLineReference && element('ram:BuyerOrderReferencedDocument', {}, leaf('ram:LineID', source.orderLineReference)),
        line.grossPrice !== undefined &&
          element(
            'ram:GrossPriceProductTradePrice',
            {},
            leaf('ram:ChargeAmount', line.grossPrice),
            leaf('ram:BasisQuantity', line.baseQuantity, { unitCode: line.unitCode }),
            line.priceDiscount !== undefined &&
              element(
                'ram:AppliedTradeAllowanceCharge',
                {},
                element('ram:ChargeIndicator', {}, leaf('udt:Indicator', 'false')),
                leaf('ram:ActualAmount', line.priceDiscount),
              ),
          ),
        element(
          'ram:NetPriceProductTradePrice',
          {},
          leaf('ram:ChargeAmount', line.price),
          leaf('ram:BasisQuantity', line.baseQuantity, { unitCode: line.unitCode }),
        ),
      ),
      element('ram:SpecifiedLineTradeDelivery', {}, leaf('ram:BilledQuantity', line.quantity, { unitCode: line.unitCode })),
      element(
        'ram:SpecifiedLineTradeSettlement',
        {},
        tradeTax('ram:ApplicableTradeTax', line.vat),
        period(source.period),
        line.allowancesCharges.map(allowanceCharge),
        element('ram:SpecifiedTradeSettlementLineMonetarySummation', {}, leaf('ram:LineTotalAmount', line.netAmount)),
        source.objectId &&
          element(
            'ram:AdditionalReferencedDocument',
            {},
            leaf('ram:IssuerAssignedID', source.objectId.id),
            leaf('ram:TypeCode', '130'),
            leaf('ram:ReferenceTypeCode', source.objectId.scheme),
          ),
        source.buyerAccountingReference && element('ram:ReceivableSpecifiedTradeAccountingAccount', {}, leaf('ram:ID', source.buyerAccountingReference)),
      ),
    );
  });
}
