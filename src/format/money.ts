import type { Money } from '../api/types.js';
import { intlLocale } from './locale.js';

const formatters = new Map<string, Intl.NumberFormat>();

function currencyFormatter(locale: string, currency: string): Intl.NumberFormat {
  const key = `${locale}|${currency}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(intlLocale(locale), { style: 'currency', currency, currencyDisplay: 'symbol' });
    formatters.set(key, formatter);
  }
  return formatter;
}

// Asked once per amount formatted, and `resolvedOptions()` builds a new object each time (a PDF formats thousands).
const digitsByCurrency = new Map<string, number>();

/** How many decimals a currency's minor unit has (USD 2, JPY 0, KWD 3), as Intl knows it. */
export function minorUnitDigits(currency: string): number {
  let digits = digitsByCurrency.get(currency);
  if (digits === undefined) {
    digits = currencyFormatter('en', currency).resolvedOptions().maximumFractionDigits ?? 2;
    digitsByCurrency.set(currency, digits);
  }
  return digits;
}

/**
 * Integer minor units as an exact decimal string: (12345, 3) → "12.345", (-5, 2) → "-0.05", (500, 0) → "500".
 * Built from the digits, never by dividing, so no float rounding can creep in.
 */
export function minorToDecimalString(amountMinor: number, digits: number): string {
  if (!Number.isSafeInteger(amountMinor)) throw new RangeError(`Not an integer amount: ${amountMinor}`);
  const sign = amountMinor < 0 ? '-' : '';
  const units = String(Math.abs(amountMinor));
  if (digits === 0) return sign + units;
  const padded = units.padStart(digits + 1, '0');
  return `${sign}${padded.slice(0, -digits)}.${padded.slice(-digits)}`;
}

/**
 * Formats money for people: `formatMoney({ amountMinor: 123456, currency: 'EUR' }, 'de-DE')` → "1.234,56 €".
 * Intl formats the exact decimal string (not a float), so 3-decimal and large amounts stay exact.
 */
export function formatMoney(money: Money, locale: string): string {
  const decimal = minorToDecimalString(money.amountMinor, minorUnitDigits(money.currency));
  // Intl.NumberFormat.format accepts decimal strings and keeps every digit (ECMA-402 "Intl.NumberFormat v3").
  return currencyFormatter(locale, money.currency).format(decimal as unknown as number);
}

/** Adds amounts of one currency exactly (integers only). Throws on mixed currencies. */
export function sumMoney(amounts: readonly Money[], currency: string): Money {
  let total = 0;
  for (const money of amounts) {
    if (money.currency !== currency) throw new RangeError(`Cannot add ${money.currency} to ${currency}`);
    total += money.amountMinor;
  }
  return { amountMinor: total, currency };
}

/**
 * A price given as a decimal string in the major unit, with every digit it has and at least the currency's
 * decimals: `formatDecimalMoney('0.0088', 'EUR', 'de-DE')` → "0,0088 €" (never rounded to 0,01 €). A string that is
 * not a plain decimal falls back to the text as given with the currency code, rather than throwing mid-render.
 */
export function formatDecimalMoney(decimal: string, currency: string, locale: string): string {
  const text = decimal.trim();
  if (!/^-?[0-9]+(\.[0-9]+)?$/.test(text)) return `${decimal} ${currency}`;
  const digits = minorUnitDigits(currency);
  const given = text.includes('.') ? text.length - text.indexOf('.') - 1 : 0;
  const formatter = new Intl.NumberFormat(intlLocale(locale), {
    style: 'currency',
    currency,
    currencyDisplay: 'symbol',
    minimumFractionDigits: Math.min(digits, 20),
    maximumFractionDigits: Math.min(Math.max(digits, given), 20),
  });
  return formatter.format(text as unknown as number);
}
