import type { Invoice } from '../api/types.js';
import type { InvoicePdf, InvoicePdfOptions } from './invoice-to-pdf.js';

/**
 * Makes an invoice's PDF and hands it to the browser as a download named `invoice-<number>.pdf`. Resolves to the
 * generated PDF, so the caller can show its `warnings` (a logo that could not be used).
 *
 * The PDF code is imported on the first call, so a page that never downloads an invoice never loads it.
 */
export async function downloadInvoicePdf(invoice: Invoice, options: InvoicePdfOptions): Promise<InvoicePdf> {
  const { invoiceToPdf } = await import('./invoice-to-pdf.js');
  const pdf = await invoiceToPdf(invoice, options);
  saveBlob(pdf.blob, pdf.fileName);
  return pdf;
}

/** Saves a blob through a temporary object URL and `<a download>`, then frees the URL. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Revoked a little later rather than at once: some browsers read the URL after click() returns.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}
