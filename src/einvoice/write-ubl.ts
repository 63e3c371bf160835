/**
 * `invoiceToUbl(invoice, options)`: the contract's invoice as a UBL 2.1 Invoice, or CreditNote for a credit note, in
 * the EN 16931 syntax binding, under Peppol BIS Billing 3.0 by default or XRechnung (the customization and profile ids
 * are options). Elements are written in the order the UBL 2.1 schemas require, which differs between Invoice and
 * CreditNote in a few places. Pure: no DOM, no parser, so it runs in Node and in a worker.
 *
 * What the profile requires beyond the invoice's own data (a buyer reference for XRechnung, electronic addresses for
 * Peppol) is not made up here: `einvoiceProblems` names what is missing before anything is written.
 */
import type { Address, Identifier, Invoice, PartyDetails } from '../api/types.js';
import { einvoiceDocument, icdScheme, type DocumentAllowanceCharge, type EinvoiceDocument, type PartyTaxIds, type VatCategory } from './einvoice-document.js';
import { element, leaf, serializeXml, type XmlChild, type XmlOut } from './xml-writer.js';

/** BT-24 and BT-23 of a UBL e-invoice. */
export interface UblOptions {
  /** BT-24 Specification identifier (`cbc:CustomizationID`); Peppol BIS Billing 3.0 by default. */
  customizationId?: string;
  /** BT-23 Business process type (`cbc:ProfileID`); Peppol's billing process by default. */
  profileId?: string;
}

/** The specification and process ids of the two UBL profiles most asked for. */
export const UBL_PROFILES = {
  peppol: {
    customizationId: 'urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0',
    profileId: 'urn:fdc:peppol.eu:2017:poacc:billing:01:1.0',
  },
  xrechnung: {
    customizationId: 'urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0',
    profileId: 'urn:fdc:peppol.eu:2017:poacc:billing:01:1.0',
  },
} as const satisfies Record<string, Required<UblOptions>>;

const NAMESPACES = {
  Invoice: 'urn:oasis:names:specification:ubl:schema:xsd:Invoice-2',
  CreditNote: 'urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2',
  cac: 'urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2',
  cbc: 'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2',
};

/** Writes the invoice as UBL 2.1 XML (a string, UTF-8 declared). */
export function invoiceToUbl(invoice: Invoice, options: UblOptions = {}): string {
  const document = einvoiceDocument(invoice);
  const root = document.creditNote ? 'CreditNote' : 'Invoice';
  return serializeXml(
    element(
      root,
      { xmlns: NAMESPACES[root], 'xmlns:cac': NAMESPACES.cac, 'xmlns:cbc': NAMESPACES.cbc },
      ublHeader(document, options),
      lines(document),
    ),
  );
}

function ublHeader(document: EinvoiceDocument, options: UblOptions): XmlChild[] {
  const invoice = document.invoice;
  const creditNote = document.creditNote;
  const references = invoice.references ?? {};
  const currency = document.currency;
  const notes = invoice.notes ? [leaf('cbc:Note', invoice.notes)] : [];
  const typeCode = leaf(creditNote ? 'cbc:CreditNoteTypeCode' : 'cbc:InvoiceTypeCode', document.typeCode);
  const taxPointDate = leaf('cbc:TaxPointDate', invoice.taxPointDate);
  const projectAsDocument = creditNote && references.projectReference;
  return [
    leaf('cbc:CustomizationID', options.customizationId ?? UBL_PROFILES.peppol.customizationId),
    leaf('cbc:ProfileID', options.profileId ?? UBL_PROFILES.peppol.profileId),
    leaf('cbc:ID', invoice.number),
    leaf('cbc:IssueDate', invoice.issueDate),
    // UBL 2.1's CreditNote has no DueDate; its due date is the payment means' (below).
    !creditNote && leaf('cbc:DueDate', invoice.dueDate),
    // Invoice: type code, notes, tax point date; CreditNote: tax point date first.
    creditNote ? [taxPointDate, typeCode, notes] : [typeCode, notes, taxPointDate],
    leaf('cbc:DocumentCurrencyCode', currency),
    leaf('cbc:TaxCurrencyCode', invoice.taxCurrency !== currency ? invoice.taxCurrency : undefined),
    leaf('cbc:AccountingCost', references.buyerAccountingReference),
    leaf('cbc:BuyerReference', references.buyerReference),
    invoice.servicePeriod && element('cac:InvoicePeriod', {}, leaf('cbc:StartDate', invoice.servicePeriod.start), leaf('cbc:EndDate', invoice.servicePeriod.end)),
    (references.purchaseOrderReference || references.salesOrderReference) &&
      element(
        'cac:OrderReference',
        {},
        // The order's id is required where a sales order is given alone; "NA" is the syntax's word for "none".
        leaf('cbc:ID', references.purchaseOrderReference ?? 'NA'),
        leaf('cbc:SalesOrderID', references.salesOrderReference),
      ),
    (references.precedingInvoices ?? []).map((preceding) =>
      element('cac:BillingReference', {}, element('cac:InvoiceDocumentReference', {}, leaf('cbc:ID', preceding.number), leaf('cbc:IssueDate', preceding.issueDate))),
    ),
    documentReference('cac:DespatchDocumentReference', references.despatchAdviceReference),
    documentReference('cac:ReceiptDocumentReference', references.receivingAdviceReference),
    !creditNote && documentReference('cac:OriginatorDocumentReference', references.tenderReference),
    documentReference('cac:ContractDocumentReference', references.contractReference),
    references.invoicedObject &&
      element(
        'cac:AdditionalDocumentReference',
        {},
        leaf('cbc:ID', references.invoicedObject.id, { schemeID: references.invoicedObject.scheme }),
        leaf('cbc:DocumentTypeCode', '130'),
      ),
    projectAsDocument &&
      element('cac:AdditionalDocumentReference', {}, leaf('cbc:ID', references.projectReference), leaf('cbc:DocumentTypeCode', '50')),
    creditNote && documentReference('cac:OriginatorDocumentReference', references.tenderReference),
    !creditNote && references.projectReference && element('cac:ProjectReference', {}, leaf('cbc:ID', references.projectReference)),
    element('cac:AccountingSupplierParty', {}, party(invoice.seller, document.seller, invoice.seller.email, invoice.paymentInstructions?.directDebit?.creditorId)),
    element('cac:AccountingCustomerParty', {}, party(invoice.buyer, document.buyer, invoice.buyer.email || undefined, undefined)),
    invoice.payee &&
      element(
        'cac:PayeeParty',
        {},
        invoice.payee.identifier && element('cac:PartyIdentification', {}, identifierLeaf('cbc:ID', invoice.payee.identifier)),
        element('cac:PartyName', {}, leaf('cbc:Name', invoice.payee.name)),
        invoice.payee.legalRegistration && element('cac:PartyLegalEntity', {}, identifierLeaf('cbc:CompanyID', invoice.payee.legalRegistration)),
      ),
    invoice.taxRepresentative &&
      element(
        'cac:TaxRepresentativeParty',
        {},
        element('cac:PartyName', {}, leaf('cbc:Name', invoice.taxRepresentative.name)),
        postalAddress(invoice.taxRepresentative.address),
        element('cac:PartyTaxScheme', {}, leaf('cbc:CompanyID', invoice.taxRepresentative.taxId), vatScheme()),
      ),
    delivery(invoice),
    paymentMeans(document),
    invoice.terms && element('cac:PaymentTerms', {}, leaf('cbc:Note', invoice.terms)),
    document.allowancesCharges.map((item) => allowanceCharge(item, currency)),
    element(
      'cac:TaxTotal',
      {},
      leaf('cbc:TaxAmount', document.totals.tax, { currencyID: currency }),
      document.taxes.map((row) =>
        element(
          'cac:TaxSubtotal',
          {},
          leaf('cbc:TaxableAmount', row.taxableAmount, { currencyID: currency }),
          leaf('cbc:TaxAmount', row.tax, { currencyID: currency }),
          taxCategory('cac:TaxCategory', row.vat, row.exemptionReasonCode, row.exemptionReason),
        ),
      ),
    ),
    document.taxInTaxCurrency !== undefined &&
      element('cac:TaxTotal', {}, leaf('cbc:TaxAmount', document.taxInTaxCurrency, { currencyID: invoice.taxCurrency })),
    element(
      'cac:LegalMonetaryTotal',
      {},
      leaf('cbc:LineExtensionAmount', document.totals.lineNet, { currencyID: currency }),
      leaf('cbc:TaxExclusiveAmount', document.totals.net, { currencyID: currency }),
      leaf('cbc:TaxInclusiveAmount', document.totals.total, { currencyID: currency }),
      leaf('cbc:AllowanceTotalAmount', document.totals.allowances, { currencyID: currency }),
      leaf('cbc:ChargeTotalAmount', document.totals.charges, { currencyID: currency }),
      leaf('cbc:PrepaidAmount', document.totals.prepaid, { currencyID: currency }),
      leaf('cbc:PayableRoundingAmount', document.totals.rounding, { currencyID: currency }),
      leaf('cbc:PayableAmount', document.totals.payable, { currencyID: currency }),
    ),
  ];
}

function documentReference(name: string, id: string | undefined): XmlOut | undefined {
  return id ? element(name, {}, leaf('cbc:ID', id)) : undefined;
}

function identifierLeaf(name: string, identifier: Identifier): XmlOut | undefined {
  return leaf(name, identifier.id, { schemeID: icdScheme(identifier) });
}

function vatScheme(): XmlOut {
  return element('cac:TaxScheme', {}, leaf('cbc:ID', 'VAT'));
}

function postalAddress(address: Address, name = 'cac:PostalAddress'): XmlOut {
  return element(
    name,
    {},
    leaf('cbc:StreetName', address.lines[0]),
    leaf('cbc:AdditionalStreetName', address.lines[1]),
    leaf('cbc:CityName', address.city),
    leaf('cbc:PostalZone', address.postalCode),
    leaf('cbc:CountrySubentity', address.region),
    address.lines.length > 2 && element('cac:AddressLine', {}, leaf('cbc:Line', address.lines.slice(2).join(', '))),
    element('cac:Country', {}, leaf('cbc:IdentificationCode', address.country)),
  );
}

/** BG-4 or BG-7: a seller's or buyer's party. `contactEmail` is the contract's billing e-mail when no contact has one. */
function party(
  party: PartyDetails & { name: string; address: Address },
  taxIds: PartyTaxIds,
  contactEmail: string | null | undefined,
  creditorId: string | undefined,
): XmlOut {
  const contact = party.contact;
  const email = contact?.email ?? contactEmail ?? undefined;
  return element(
    'cac:Party',
    {},
    party.electronicAddress && leaf('cbc:EndpointID', party.electronicAddress.id, { schemeID: party.electronicAddress.scheme }),
    (party.identifiers ?? []).map((identifier) => element('cac:PartyIdentification', {}, identifierLeaf('cbc:ID', identifier))),
    // BT-90, the bank assigned creditor identifier of a direct debit, is a seller identification in UBL.
    creditorId && element('cac:PartyIdentification', {}, leaf('cbc:ID', creditorId, { schemeID: 'SEPA' })),
    element('cac:PartyName', {}, leaf('cbc:Name', party.tradingName)),
    postalAddress(party.address),
    taxIds.vatId && element('cac:PartyTaxScheme', {}, leaf('cbc:CompanyID', taxIds.vatId), vatScheme()),
    taxIds.taxRegistration &&
      element('cac:PartyTaxScheme', {}, leaf('cbc:CompanyID', taxIds.taxRegistration.id), element('cac:TaxScheme', {}, leaf('cbc:ID', taxIds.taxRegistration.scheme))),
    element(
      'cac:PartyLegalEntity',
      {},
      leaf('cbc:RegistrationName', party.name),
      party.legalRegistration && identifierLeaf('cbc:CompanyID', party.legalRegistration),
      leaf('cbc:CompanyLegalForm', party.legalInformation),
    ),
    (contact || email) &&
      element('cac:Contact', {}, leaf('cbc:Name', contact?.name), leaf('cbc:Telephone', contact?.phone), leaf('cbc:ElectronicMail', email)),
  );
}

function delivery(invoice: Invoice): XmlOut | undefined {
  const delivery = invoice.delivery;
  if (!delivery) return undefined;
  return element(
    'cac:Delivery',
    {},
    leaf('cbc:ActualDeliveryDate', delivery.date),
    (delivery.locationId || delivery.address) &&
      element(
        'cac:DeliveryLocation',
        {},
        delivery.locationId && identifierLeaf('cbc:ID', delivery.locationId),
        delivery.address && postalAddress(delivery.address, 'cac:Address'),
      ),
    delivery.partyName && element('cac:DeliveryParty', {}, element('cac:PartyName', {}, leaf('cbc:Name', delivery.partyName))),
  );
}

/** BG-16: one PaymentMeans per account to pay to (BG-17), or one for the card or direct debit. */
function paymentMeans(document: EinvoiceDocument): XmlChild {
  const invoice = document.invoice;
  const instructions = invoice.paymentInstructions;
  // A credit note's due date has no place of its own in UBL 2.1: it is the payment means'.
  const dueDate = document.creditNote ? leaf('cbc:PaymentDueDate', invoice.dueDate) : undefined;
  if (!instructions) return undefined;
  const means = (account: XmlChild, index: number): XmlOut =>
    element(
      'cac:PaymentMeans',
      {},
      // BT-82 is one text for the invoice; UBL allows it once (UBL-SR-46), so on the first account only.
      leaf('cbc:PaymentMeansCode', instructions.meansCode, { name: index === 0 ? instructions.meansText : undefined }),
      dueDate,
      leaf('cbc:PaymentID', instructions.remittanceInformation),
      index === 0 &&
        instructions.card &&
        element(
          'cac:CardAccount',
          {},
          leaf('cbc:PrimaryAccountNumberID', instructions.card.lastDigits),
          // UBL requires the card network; the contract does not carry it.
          leaf('cbc:NetworkID', 'NA'),
          leaf('cbc:HolderName', instructions.card.holderName),
        ),
      account,
      index === 0 &&
        instructions.directDebit &&
        element(
          'cac:PaymentMandate',
          {},
          leaf('cbc:ID', instructions.directDebit.mandateReference),
          instructions.directDebit.debitedAccountId && element('cac:PayerFinancialAccount', {}, leaf('cbc:ID', instructions.directDebit.debitedAccountId)),
        ),
    );
  const transfers = instructions.creditTransfers ?? [];
  if (transfers.length === 0) return means(undefined, 0);
  return transfers.map((transfer, index) =>
    means(
      element(
        'cac:PayeeFinancialAccount',
        {},
        leaf('cbc:ID', transfer.accountId),
        leaf('cbc:Name', transfer.accountName),
        transfer.serviceProviderId && element('cac:FinancialInstitutionBranch', {}, leaf('cbc:ID', transfer.serviceProviderId)),
      ),
      index,
    ),
  );
}

function taxCategory(name: string, vat: VatCategory, exemptionCode?: string, exemptionReason?: string): XmlOut {
  return element(
    name,
    {},
    leaf('cbc:ID', vat.code),
    leaf('cbc:Percent', vat.rate),
    leaf('cbc:TaxExemptionReasonCode', exemptionCode),
    leaf('cbc:TaxExemptionReason', exemptionReason),
    vatScheme(),
  );
}

function allowanceCharge(item: DocumentAllowanceCharge, currency: string): XmlOut {
  return element(
    'cac:AllowanceCharge',
    {},
    leaf('cbc:ChargeIndicator', item.charge ? 'true' : 'false'),
    leaf('cbc:AllowanceChargeReasonCode', item.reasonCode),
    leaf('cbc:AllowanceChargeReason', item.reason),
    leaf('cbc:MultiplierFactorNumeric', item.percentage),
    leaf('cbc:Amount', item.amount, { currencyID: currency }),
    leaf('cbc:BaseAmount', item.baseAmount, { currencyID: currency }),
    item.vat && taxCategory('cac:TaxCategory', item.vat),
  );
}

function lines(document: EinvoiceDocument): XmlOut[] {
  const currency = document.currency;
  const creditNote = document.creditNote;
  return document.lines.map((line) => {
    const source = line.source;
    return element(
      creditNote ? 'cac:CreditNoteLine' : 'cac:InvoiceLine',
      {},
      leaf('cbc:ID', line.id),
      leaf('cbc:Note', source.note),
      leaf(creditNote ? 'cbc:CreditedQuantity' : 'cbc:InvoicedQuantity', line.quantity, { unitCode: line.unitCode }),
      leaf('cbc:LineExtensionAmount', line.netAmount, { currencyID: currency }),
      leaf('cbc:AccountingCost', source.buyerAccountingReference),
      source.period && element('cac:InvoicePeriod', {}, leaf('cbc:StartDate', source.period.start), leaf('cbc:EndDate', source.period.end)),
      source.orderLineReference && element('cac:OrderLineReference', {}, leaf('cbc:LineID', source.orderLineReference)),
      source.objectId &&
        element('cac:DocumentReference', {}, leaf('cbc:ID', source.objectId.id, { schemeID: source.objectId.scheme }), leaf('cbc:DocumentTypeCode', '130')),
      line.allowancesCharges.map((item) => allowanceCharge(item, currency)),
      element(
        'cac:Item',
        {},
        leaf('cbc:Description', source.itemDescription),
        leaf('cbc:Name', source.description),
        source.buyerItemId && element('cac:BuyersItemIdentification', {}, leaf('cbc:ID', source.buyerItemId)),
        source.sku && element('cac:SellersItemIdentification', {}, leaf('cbc:ID', source.sku)),
        source.standardItemId && element('cac:StandardItemIdentification', {}, identifierLeaf('cbc:ID', source.standardItemId)),
        source.originCountry && element('cac:OriginCountry', {}, leaf('cbc:IdentificationCode', source.originCountry)),
        (source.classifications ?? []).map((classification) =>
          element('cac:CommodityClassification', {}, leaf('cbc:ItemClassificationCode', classification.id, { listID: classification.scheme })),
        ),
        taxCategory('cac:ClassifiedTaxCategory', line.vat),
        (source.attributes ?? []).map((attribute) => element('cac:AdditionalItemProperty', {}, leaf('cbc:Name', attribute.name), leaf('cbc:Value', attribute.value))),
      ),
      element(
        'cac:Price',
        {},
        leaf('cbc:PriceAmount', line.price, { currencyID: currency }),
        leaf('cbc:BaseQuantity', line.baseQuantity, { unitCode: line.unitCode }),
        line.grossPrice !== undefined &&
          element(
            'cac:AllowanceCharge',
            {},
            leaf('cbc:ChargeIndicator', 'false'),
            leaf('cbc:Amount', line.priceDiscount ?? '0', { currencyID: currency }),
            leaf('cbc:BaseAmount', line.grossPrice, { currencyID: currency }),
          ),
      ),
    );
  });
}
