import { intlLocale } from '../format/locale.js';

/** The paper sizes an invoice PDF is made in. */
export type PaperSize = 'a4' | 'letter';

// Countries where US Letter is the everyday paper size; everywhere else uses A4.
const LETTER_REGIONS = new Set(['US', 'CA', 'MX', 'PH', 'CL', 'CO', 'VE', 'GT', 'CR', 'PA', 'DO', 'PR', 'SV', 'NI', 'BZ']);

/**
 * The paper size people in a locale print on: Letter in North America and a few Latin American countries, else A4.
 * A locale without a region is taken to mean its most likely region (`en` → US, `es` → ES). A value that is no locale
 * is read as `en`, as everywhere else (src/format/locale.ts).
 */
export function paperSizeForLocale(locale: string): PaperSize {
  try {
    const region = new Intl.Locale(intlLocale(locale)).maximize().region;
    return region && LETTER_REGIONS.has(region) ? 'letter' : 'a4';
  } catch {
    return 'a4';
  }
}
