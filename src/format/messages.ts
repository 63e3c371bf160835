/**
 * String catalogs. Each element keeps its own catalog beside it (`invoice-history.messages.ts`) in this shape:
 * English is complete and is the type; other languages may leave strings out and fall back to English.
 * Hosts override any string per element through its `messages` property.
 */

/** A string, or a function that builds one from values (for plurals and numbers). */
export type Message = string | ((...values: never[]) => string);
export type Catalog = Record<string, Message>;

/** A catalog's translations: English in full, any other language in part. */
export type Translations<T extends Catalog> = { en: T } & Record<string, Partial<T>>;

/** Languages every element ships. */
export const SHIPPED_LANGUAGES = ['en', 'de', 'ja'] as const;

/**
 * The strings for a locale: English, overlaid with the locale's language (`de-AT` → `de`), overlaid with the host's
 * overrides.
 */
export function resolveMessages<T extends Catalog>(translations: Translations<T>, locale: string, overrides?: Partial<T> | null): T {
  const language = locale.toLowerCase().split('-')[0] ?? 'en';
  return { ...translations.en, ...(translations[language] ?? {}), ...(overrides ?? {}) } as T;
}

/** The text direction of a locale, for hosts that do not set `dir` themselves. */
export function directionOf(locale: string): 'ltr' | 'rtl' {
  try {
    const info = (new Intl.Locale(locale) as Intl.Locale & { getTextInfo?: () => { direction: string }; textInfo?: { direction: string } });
    const direction = info.getTextInfo?.().direction ?? info.textInfo?.direction;
    return direction === 'rtl' ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
}
