import { pickLocale } from './locale.js';

/**
 * The locale a customer-facing document (the PDF, the e-mail) is written in. A document is the customer's, so it
 * speaks the customer's language, while the UI around it speaks the page's: a German reseller's French customer gets
 * a French invoice from a German portal.
 *
 * In order: the host's override (`document-lang` on the element or the provider), the buyer's `language` from the
 * backend, then the UI's locale (the reseller's). A value that is no locale is passed over, with a warning (locale.ts).
 */
export function documentLocale(
  invoice: { buyer: { language?: string | null } },
  config: { locale: string; documentLocale?: string | null },
): string {
  return pickLocale(config.documentLocale, invoice.buyer.language, config.locale) ?? 'en';
}
