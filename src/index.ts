/**
 * billing-elements: importing this module defines every element
 * (`<billing-provider>`, `<invoice-history>`, `<invoice-detail>`, `<notification-settings-form>`)
 * and exports the public API. Each element can also be imported alone from its own entry point.
 */
export * from './context/billing-provider.js';
export * from './elements/invoice-history/invoice-history.js';
export * from './elements/invoice-detail/invoice-detail.js';
export * from './elements/notification-settings-form/notification-settings-form.js';

export type * from './api/types.js';
export { INVOICE_STATUSES, INVOICE_SORT_FIELDS, SETTINGS_LIMITS, SEND_LIMITS } from './api/types.js';
export type { BillingDataSource } from './api/data-source.js';
export { BillingError, type BillingErrorKind } from './api/errors.js';
export { RestDataSource, type RestDataSourceOptions } from './api/rest-data-source.js';
export { billingContext, type BillingConfig, type Branding } from './context/billing-context.js';
export { BillingConfigController } from './context/billing-config-controller.js';
export { formatMoney, minorToDecimalString } from './format/money.js';
export { formatDate, formatDateRange, formatDateTime } from './format/dates.js';
export type { InvoicePdf, InvoicePdfOptions, PdfFont, PdfWarning } from './pdf/invoice-to-pdf.js';
export { registerPdfFonts } from './pdf/registered-fonts.js';
// `checkInvoiceTotals` itself is the `billing-elements/invoice-totals.js` entry point: the elements do not use it, so
// it stays out of the bundle every page loads.
export type { CheckedInvoice, TotalsFinding } from './invoice/check-invoice-totals.js';

/** Makes an invoice PDF; loads the PDF code (jsPDF, autotable, fonts) on first call only. */
export async function invoiceToPdf(
  ...args: Parameters<typeof import('./pdf/invoice-to-pdf.js').invoiceToPdf>
): ReturnType<typeof import('./pdf/invoice-to-pdf.js').invoiceToPdf> {
  const { invoiceToPdf: make } = await import('./pdf/invoice-to-pdf.js');
  return make(...args);
}
