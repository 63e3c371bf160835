/**
 * An invoice for previews that have no real one at hand (the settings form shows the branding on it). Shaped like
 * a summary row plus the customer's name, which is all the e-mail renderer needs.
 */
import type { EmailInvoice } from './render-invoice-email.js';

export const SAMPLE_INVOICE: EmailInvoice = {
  number: 'INV-2026-00042',
  kind: 'invoice',
  dueDate: '2026-12-15',
  total: { amountMinor: 4_799, currency: 'USD' },
  amountDue: { amountMinor: 4_799, currency: 'USD' },
  buyerName: 'Ada Lovelace',
};

/** The sample e-mail's sender and text, so every preview says the same thing. */
export const SAMPLE_EMAIL = {
  sellerName: 'Northwind Hosting',
  subject: 'Your invoice INV-2026-00042',
  message: 'Thank you for your order.\nYour invoice is attached.',
} as const;
