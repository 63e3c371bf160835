import type { NotificationSettings } from '../../api/types.js';
import { renderInvoiceEmail } from '../../email/render-invoice-email.js';
import { SAMPLE_EMAIL, SAMPLE_INVOICE } from '../../email/sample-invoice.js';

/**
 * The customer e-mail for a sample invoice with these settings, as HTML. It is the renderer the backend sends with,
 * so the preview shows exactly what customers will receive; it escapes every value and drops unsafe URLs itself.
 */
export function renderEmailPreview(settings: NotificationSettings, locale: string, sellerName: string | null): string {
  return renderInvoiceEmail({
    invoice: SAMPLE_INVOICE,
    settings,
    sellerName: sellerName ?? SAMPLE_EMAIL.sellerName,
    subject: SAMPLE_EMAIL.subject,
    message: SAMPLE_EMAIL.message,
    locale,
  }).html;
}
