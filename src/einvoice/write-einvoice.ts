/**
 * `invoiceToEinvoice(invoice, format)`: the writer a format names, for callers (the elements, a server) that let the
 * reseller choose the format by name. Factur-X's XML is the CII; putting it into the PDF is the PDF writer's part.
 */
import type { Invoice } from '../api/types.js';
import type { EinvoiceFormat } from './einvoice-problems.js';
import { invoiceToCii } from './write-cii.js';
import { UBL_PROFILES, invoiceToUbl } from './write-ubl.js';

/** The e-invoice XML of `invoice` in `format`. Check `einvoiceProblems(invoice, format)` first: it names what the format requires that the invoice lacks. */
export function invoiceToEinvoice(invoice: Invoice, format: EinvoiceFormat): string {
  switch (format) {
    case 'peppol-ubl':
      return invoiceToUbl(invoice, UBL_PROFILES.peppol);
    case 'xrechnung-ubl':
      return invoiceToUbl(invoice, UBL_PROFILES.xrechnung);
    case 'cii':
    case 'factur-x':
      return invoiceToCii(invoice);
  }
}

/** The file name an e-invoice is saved under: the invoice number made safe for file systems, and `.xml`. */
export function einvoiceFileName(invoice: Pick<Invoice, 'number'>, format: EinvoiceFormat): string {
  const base = invoice.number.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^[-.]+|-+$/g, '') || 'invoice';
  return format === 'factur-x' ? 'factur-x.xml' : `${base}${format === 'cii' ? '-cii' : ''}.xml`;
}
