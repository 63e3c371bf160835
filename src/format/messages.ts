import { Lazy } from '../lazy.js';
import { intlLocale } from './locale.js';

/**
 * String catalogs. Each element keeps its own catalog beside it (`invoice-history.messages.ts`) in this shape:
 * English is complete and is the type. Every shipped language is complete too: its file `satisfies` the English type,
 * so a string added in English and forgotten in German or Japanese fails the type-check. Anything missing at run
 * time (a host's own language, a failed load) falls back to English.
 * Hosts override any string per element through its `messages` property.
 */

/** A string, or a function that builds one from values (for plurals and numbers). */
export type Message = string | ((...values: never[]) => string);
export type Catalog = Record<string, Message>;

/** A catalog's translations: English in full, any other language in part. */
export type Translations<T extends Catalog> = { en: T } & Record<string, Partial<T>>;

/**
 * The locales every catalog ships, as BCP 47 tags; each is found under its catalog key, `languageOf(tag)` (`pt-BR` →
 * `pt`, `zh-CN` → `zh`). A completeness test holds every catalog to this list.
 */
export const SHIPPED_LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'nl', 'pt-BR', 'pl', 'ja', 'zh-CN', 'ar', 'he'] as const;

/**
 * The strings for a locale: English, overlaid with the locale's language (`de-AT` → `de`), overlaid with the host's
 * overrides.
 */
export function resolveMessages<T extends Catalog>(translations: Translations<T>, locale: string, overrides?: Partial<T> | null): T {
  return { ...translations.en, ...(translations[languageOf(locale)] ?? {}), ...(overrides ?? {}) } as T;
}

/**
 * The catalog key of a locale: its language, `de-AT` → `de`, `de_AT` → `de`, `pt-PT` and `pt-BR` → `pt` (one Portuguese
 * catalog, Brazilian; a Portuguese reader reads it, where English would not do).
 *
 * Chinese is keyed by script, not language: Simplified (`zh`, `zh-CN`, `zh-SG`, `zh-Hans`) → `zh`, Traditional
 * (`zh-TW`, `zh-HK`, `zh-MO`, `zh-Hant`) → `zh-Hant`. No Traditional catalog ships yet, so a Traditional reader gets
 * English rather than another script they did not ask for; a host can give Traditional strings through `messages`.
 */
export function languageOf(locale: string): string {
  const tag = intlLocale(locale);
  const language = tag.toLowerCase().split('-')[0] || 'en';
  return language === 'zh' && scriptOf(tag) === 'Hant' ? 'zh-Hant' : language;
}

/** The script a locale is written in, written out or implied (`zh-TW` → `Hant`), or undefined when Intl cannot tell. */
function scriptOf(tag: string): string | undefined {
  try {
    return new Intl.Locale(tag).maximize().script;
  } catch {
    return undefined;
  }
}

/** A catalog module: one language of one element, `export default { … } satisfies Partial<…Messages>`. */
export type CatalogModule<T extends Catalog> = { default: Partial<T> };

/**
 * Languages other than English, each a chunk loaded the first time an element speaks it; on arrival it joins
 * `translations`, where `resolveMessages` finds it. A catalog that cannot be loaded leaves the element in English.
 *
 * ```ts
 * export const invoiceHistoryLanguages = lazyLanguages(invoiceHistoryMessages, {
 *   de: () => import('./invoice-history.messages.de.js'),
 * });
 * ```
 */
export function lazyLanguages<T extends Catalog>(
  translations: Translations<T>,
  loaders: Record<string, () => Promise<CatalogModule<T>>>,
): Record<string, Lazy<Partial<T>>> {
  return Object.fromEntries(
    Object.entries(loaders).map(([language, load]) => [
      language,
      new Lazy(() =>
        load().then(
          (module) => (translations[language] = module.default),
          (error: unknown) => {
            console.warn(`billing-elements: the ${language} strings could not be loaded; showing English`, error);
            return {};
          },
        ),
      ),
    ]),
  );
}

/** The text direction of a locale, for hosts that do not set `dir` themselves. */
export function directionOf(locale: string): 'ltr' | 'rtl' {
  try {
    const info = (new Intl.Locale(intlLocale(locale)) as Intl.Locale & { getTextInfo?: () => { direction: string }; textInfo?: { direction: string } });
    const direction = info.getTextInfo?.().direction ?? info.textInfo?.direction;
    return direction === 'rtl' ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
}
