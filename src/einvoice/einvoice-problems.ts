/**
 * `einvoiceProblems(invoice, format)`: what stops the invoice from becoming a valid e-invoice in that format — data
 * EN 16931 or the profile requires that the invoice lacks, or figures that do not add up — each in plain words with
 * the term it is about. An element shows these to the reseller before it offers a download, so no broken file is
 * ever made; an empty list means the writer's output passes the rules this checks.
 *
 * It checks what the writers cannot supply themselves. EN 16931 (every format): a seller and buyer name and country,
 * a way to identify the seller, an item name per line, VAT only (no other taxes) in at most two decimals, what each
 * VAT category requires (exemption reasons, VAT ids), and the totals (by `checkInvoiceTotals`). Peppol BIS 3.0 adds
 * electronic addresses and a buyer or order reference; XRechnung adds the buyer reference (Leitweg-ID), the seller's
 * contact, full addresses and payment instructions.
 */
import type { Invoice } from '../api/types.js';
import { checkInvoiceTotals } from '../invoice/check-invoice-totals.js';
import { einvoiceDocument, sameRate, type EinvoiceDocument } from './einvoice-document.js';

/** The e-invoice formats the writers make: UBL under Peppol BIS 3.0 or XRechnung, CII, and CII inside a Factur-X PDF. */
export type EinvoiceFormat = 'peppol-ubl' | 'xrechnung-ubl' | 'cii' | 'factur-x';

/** Every EinvoiceFormat. */
export const EINVOICE_FORMATS: readonly EinvoiceFormat[] = ['peppol-ubl', 'xrechnung-ubl', 'cii', 'factur-x'];

/** One thing the invoice lacks or gets wrong for the format. */
export interface EinvoiceProblem {
  /** The EN 16931 term or group it is about (`BT-10`, `BG-23`), for grouping and for a field to point at. */
  term: string;
  /** The rule of the standard or profile that requires it (`BR-CO-26`, `BR-DE-15`, `PEPPOL-EN16931-R010`). */
  rule: string;
  /** What is missing or wrong, in English, naming the term, e.g. "XRechnung requires a buyer reference (BT-10) …". */
  message: string;
}

const FORMAT_NAMES: Readonly<Record<EinvoiceFormat, string>> = {
  'peppol-ubl': 'Peppol BIS Billing 3.0',
  'xrechnung-ubl': 'XRechnung',
  cii: 'EN 16931',
  'factur-x': 'Factur-X (EN 16931)',
};

/** What stops `invoice` from being a valid e-invoice in `format`; empty when nothing does. */
export function einvoiceProblems(invoice: Invoice, format: EinvoiceFormat): EinvoiceProblem[] {
  const problems: EinvoiceProblem[] = [];
  const add = (term: string, rule: string, message: string): void => {
    problems.push({ term, rule, message });
  };
  standardProblems(invoice, einvoiceDocument(invoice), add);
  const name = FORMAT_NAMES[format];
  if (format === 'peppol-ubl' || format === 'xrechnung-ubl') {
    if (!invoice.seller.electronicAddress) {
      add('BT-34', 'PEPPOL-EN16931-R020', `${name} requires the seller's electronic address (BT-34), where e-invoices reach the seller, e.g. a Peppol id.`);
    }
    if (!invoice.buyer.electronicAddress) {
      add('BT-49', 'PEPPOL-EN16931-R010', `${name} requires the buyer's electronic address (BT-49), where the e-invoice is delivered, e.g. a Peppol id.`);
    }
  }
  const references = invoice.references ?? {};
  if (format === 'peppol-ubl' && !references.buyerReference && !references.purchaseOrderReference) {
    add('BT-10', 'PEPPOL-EN16931-R003', `${name} requires a buyer reference (BT-10) or a purchase order reference (BT-13); the invoice has neither.`);
  }
  if (format === 'xrechnung-ubl') xrechnungProblems(invoice, add);
  return problems;
}

type Add = (term: string, rule: string, message: string) => void;

function standardProblems(invoice: Invoice, document: EinvoiceDocument, add: Add): void {
  const { seller, buyer } = invoice;
  if (!seller.name.trim()) add('BT-27', 'BR-06', "The seller's name (BT-27) is empty.");
  if (!/^[A-Z]{2}$/.test(seller.address.country)) add('BT-40', 'BR-09', `The seller's country code (BT-40) is "${seller.address.country}", not an ISO 3166 country code.`);
  if (!buyer.name.trim()) add('BT-44', 'BR-07', "The buyer's name (BT-44) is empty.");
  if (!/^[A-Z]{2}$/.test(buyer.address.country)) add('BT-55', 'BR-11', `The buyer's country code (BT-55) is "${buyer.address.country}", not an ISO 3166 country code.`);
  if (!document.seller.vatId && !seller.identifiers?.length && !seller.legalRegistration) {
    add(
      'BT-29',
      'BR-CO-26',
      document.outsideScope && seller.taxId
        ? 'The invoice has supplies not subject to VAT (category O), so it may not carry the seller\'s VAT identifier; the seller then needs an identifier (BT-29) or a legal registration identifier (BT-30, e.g. a company number).'
        : 'The seller needs a VAT identifier with a country prefix (BT-31), an identifier (BT-29) or a legal registration identifier (BT-30, e.g. a company number); the invoice has none of them.',
    );
  }
  invoice.lines.forEach((line, index) => {
    if (!line.description.trim()) add('BT-153', 'BR-25', `Line ${index + 1} has no item name (BT-153).`);
  });

  // Taxes that are not VAT: breakdown rows without a category at a rate no line has (a US state and local sales tax).
  const notVat = invoice.taxes.filter((row) => !row.category && !invoice.lines.some((line) => sameRate(line.taxRate, row.rate)));
  if (notVat.length) {
    add(
      'BG-23',
      // What the official rules report for such a row: its taxable amount matches no VAT category's lines.
      'BR-S-08',
      `EN 16931 carries VAT only, one breakdown row per VAT category and rate; ${notVat.map((row) => `${row.label} (${row.rate} %)`).join(', ')} ${notVat.length > 1 ? 'are taxes' : 'is a tax'} of another kind.`,
    );
  }

  const amounts = [
    ...Object.values(document.totals),
    ...document.taxes.flatMap((row) => [row.taxableAmount, row.tax]),
    ...document.lines.flatMap((line) => [line.netAmount, ...line.allowancesCharges.map((item) => item.amount)]),
    ...document.allowancesCharges.map((item) => item.amount),
  ];
  const finer = amounts.find((amount) => amount !== undefined && /\.\d{3,}$/.test(amount));
  if (finer) {
    add(
      'BT-5',
      'BR-DEC-23',
      `EN 16931 writes amounts with at most two decimals; in ${invoice.currency} this invoice has amounts with three (such as ${finer}) that cannot be written without changing them.`,
    );
  }

  const codes = new Set(document.lines.map((line) => line.vat.code));
  for (const row of document.taxes) codes.add(row.vat.code);
  const rows = (code: string) => document.taxes.filter((row) => row.vat.code === code);
  const hasVatOrTaxNumber = Boolean(document.seller.vatId || document.seller.taxRegistration || invoice.taxRepresentative);
  for (const [code, rule, what] of [
    ['S', 'BR-S-02', 'standard-rated'],
    ['Z', 'BR-Z-02', 'zero-rated'],
    ['E', 'BR-E-02', 'VAT-exempt'],
    ['L', 'BR-AF-02', 'IGIC'],
    ['M', 'BR-AG-02', 'IPSI'],
  ] as const) {
    if (codes.has(code) && !hasVatOrTaxNumber) {
      add('BT-31', rule, `The invoice has ${what} lines, so the seller needs a VAT identifier (BT-31) or a tax registration number (BT-32); it has neither.`);
    }
  }
  for (const [code, rule, what] of [
    ['E', 'BR-E-10', 'exempt from VAT (category E)'],
    ['AE', 'BR-AE-10', 'under reverse charge (category AE)'],
    ['K', 'BR-IC-10', 'intra-community supplies (category K)'],
    ['G', 'BR-G-10', 'exports outside the EU (category G)'],
    ['O', 'BR-O-10', 'not subject to VAT (category O)'],
  ] as const) {
    if (rows(code).some((row) => !row.exemptionReason && !row.exemptionReasonCode)) {
      add('BT-120', rule, `The VAT breakdown for lines ${what} needs an exemption reason (BT-120) or reason code (BT-121), the legend the invoice must carry.`);
    }
  }
  if (codes.has('AE')) {
    if (!hasVatOrTaxNumber) add('BT-31', 'BR-AE-02', 'Reverse charge (category AE) requires the seller\'s VAT identifier (BT-31) or tax registration number (BT-32).');
    if (!document.buyer.vatId && !buyer.legalRegistration) add('BT-48', 'BR-AE-02', "Reverse charge (category AE) requires the buyer's VAT identifier (BT-48) or legal registration identifier (BT-47).");
  }
  if (codes.has('K')) {
    if (!document.seller.vatId && !invoice.taxRepresentative) add('BT-31', 'BR-IC-02', "An intra-community supply (category K) requires the seller's VAT identifier (BT-31).");
    if (!document.buyer.vatId) add('BT-48', 'BR-IC-02', "An intra-community supply (category K) requires the buyer's VAT identifier (BT-48), with its country prefix.");
    if (!invoice.delivery?.date && !invoice.servicePeriod) add('BT-72', 'BR-IC-11', 'An intra-community supply (category K) requires the actual delivery date (BT-72) or the invoicing period (BG-14).');
    if (!invoice.delivery?.address?.country) add('BT-80', 'BR-IC-12', 'An intra-community supply (category K) requires the country it was delivered to (BT-80, in the deliver-to address).');
  }
  if (codes.has('G') && !document.seller.vatId && !invoice.taxRepresentative) {
    add('BT-31', 'BR-G-02', "An export (category G) requires the seller's VAT identifier (BT-31).");
  }

  for (const finding of checkInvoiceTotals(invoice)) {
    // The contract's own figures (payments received, BE-…) are not part of the e-invoice.
    if (finding.rule.startsWith('BR-')) add(finding.rule.startsWith('BR-CO') ? 'BG-22' : 'BG-23', finding.rule, finding.message);
  }
}

function xrechnungProblems(invoice: Invoice, add: Add): void {
  const { seller, buyer } = invoice;
  if (!invoice.references?.buyerReference) {
    add('BT-10', 'BR-DE-15', 'XRechnung requires a buyer reference (BT-10), for a public buyer its Leitweg-ID; the invoice has none.');
  }
  if (!seller.contact?.name) add('BT-41', 'BR-DE-5', "XRechnung requires the seller's contact point (BT-41), a person or department.");
  if (!seller.contact?.phone) add('BT-42', 'BR-DE-6', "XRechnung requires the seller's contact telephone number (BT-42).");
  if (!seller.contact?.email && !seller.email) add('BT-43', 'BR-DE-7', "XRechnung requires the seller's contact e-mail address (BT-43).");
  if (!seller.address.city) add('BT-37', 'BR-DE-3', "XRechnung requires the seller's city (BT-37).");
  if (!seller.address.postalCode) add('BT-38', 'BR-DE-4', "XRechnung requires the seller's postal code (BT-38).");
  if (!buyer.address.city) add('BT-52', 'BR-DE-8', "XRechnung requires the buyer's city (BT-52).");
  if (!buyer.address.postalCode) add('BT-53', 'BR-DE-9', "XRechnung requires the buyer's postal code (BT-53).");
  if (!invoice.paymentInstructions) add('BG-16', 'BR-DE-1', 'XRechnung requires payment instructions (BG-16): how the buyer pays, e.g. the account for a credit transfer.');
}
