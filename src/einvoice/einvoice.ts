/**
 * `billing-elements/einvoice.js`: EN 16931 e-invoices, read and written. Pure functions, no DOM, for Node and
 * workers; not part of the main entry, so a page pays for them only when it imports this module.
 *
 * - `einvoiceToInvoice(xml)` reads UBL 2.1 Invoice/CreditNote or CII into the contract's `Invoice`;
 * - `invoiceToUbl(invoice, options)` writes UBL (Peppol BIS Billing 3.0 by default, XRechnung with `UBL_PROFILES.xrechnung`);
 * - `invoiceToCii(invoice, options)` writes CII in the EN 16931 profile (as Factur-X / ZUGFeRD carry it);
 * - `einvoiceProblems(invoice, format)` names what the format requires that the invoice lacks, before writing.
 */
export { EinvoiceReadError, einvoiceToInvoice, type EinvoiceReading } from './read-einvoice.js';
export { UBL_PROFILES, invoiceToUbl, type UblOptions } from './write-ubl.js';
export { CII_EN16931_GUIDELINE, invoiceToCii, type CiiOptions } from './write-cii.js';
export { EINVOICE_FORMATS, einvoiceProblems, type EinvoiceFormat, type EinvoiceProblem } from './einvoice-problems.js';
export { einvoiceFileName, invoiceToEinvoice } from './write-einvoice.js';
