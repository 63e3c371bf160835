/**
 * Every locale that reaches Intl comes through here. Sites write locales in other shapes than BCP 47 — PHP portals
 * (WHMCS among them) print `<html lang="en_US">`, servers pass POSIX names like `de_DE.UTF-8` or `C` — and Intl
 * throws a RangeError ("Invalid language tag") on each, which would leave an element stuck mid-render. So these are
 * normalised, and anything still not a locale (a typo, a hostile string) is skipped for the next candidate, with one
 * console warning per value rather than one per render.
 */

/** Longer than any real tag (the longest registered ones are ~50 characters); refused before Intl parses it. */
const MAX_LENGTH = 100;
const POSIX_DEFAULT = /^(c|posix)$/i;

const normalised = new Map<string, string | null>();
const warned = new Set<string>();

/**
 * The BCP 47 form of a locale as sites write it, or null when it is none: `en_US` → `en-US`, `de_DE.UTF-8` and
 * `de_DE@euro` → `de-DE`, `C` and `POSIX` → `en`, `EN-us` → `en-US`; `en US`, `<script>`, `x` → null.
 */
export function normalizeLocale(value: string): string | null {
  let result = normalised.get(value);
  if (result === undefined) {
    result = normalize(value);
    // Bounded, as values can come from attributes anyone can set.
    if (normalised.size >= 500) normalised.clear();
    normalised.set(value, result);
  }
  return result;
}

function normalize(value: string): string | null {
  const trimmed = value.trim();
  if (trimmed.length > MAX_LENGTH) return null;
  // POSIX names: language_TERRITORY.codeset@modifier; the codeset and modifier say nothing Intl uses.
  const name = trimmed.replace(/[.@].*$/, '');
  if (POSIX_DEFAULT.test(name)) return 'en';
  try {
    return Intl.getCanonicalLocales(name.replace(/_/g, '-'))[0] ?? null;
  } catch {
    return null;
  }
}

/**
 * The first candidate that is a locale, normalised; blank ones are skipped silently, invalid ones with a warning
 * (once per value). Null when none is.
 */
export function pickLocale(...candidates: Array<string | null | undefined>): string | null {
  for (const candidate of candidates) {
    if (typeof candidate !== 'string' || candidate.trim() === '') continue;
    const locale = normalizeLocale(candidate);
    if (locale !== null) return locale;
    if (!warned.has(candidate) && warned.size < 100) {
      warned.add(candidate);
      console.warn(`billing-elements: "${candidate.slice(0, MAX_LENGTH)}" is not a locale (BCP 47, e.g. en-US); using the next one given, else English.`);
    }
  }
  return null;
}

/** The locale to hand Intl for `value`: normalised, or English when it is none. */
export function intlLocale(value: string | null | undefined): string {
  return pickLocale(value) ?? 'en';
}
