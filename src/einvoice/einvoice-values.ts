/**
 * The small readings both e-invoice syntaxes share: exact decimals, dates, booleans, identifiers, and the helpers that
 * keep optional contract fields absent rather than undefined. Pure functions over strings and the XML tree.
 */
import type { Identifier } from '../api/types.js';
import { EinvoiceReadError, attribute, text, type XmlNode } from './xml-tree.js';

/** A decimal string as an exact BigInt count of 10^-scale. */
export function decimalParts(value: string): { units: bigint; scale: number } | undefined {
  const match = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(value.trim());
  if (!match || (match[2] === '' && !match[3])) return undefined;
  const fraction = match[3] ?? '';
  const units = BigInt((match[2] || '0') + fraction);
  return { units: match[1] === '-' ? -units : units, scale: fraction.length };
}

/** "-0.50" → "-0.5"; "+3" → "3"; keeps a plain decimal string as the contract's DecimalString wants it. */
export function normalDecimal(value: string, negate = false): string {
  const parts = decimalParts(value);
  if (!parts) throw new EinvoiceReadError(`"${value}" is not a decimal number.`);
  let units = negate ? -parts.units : parts.units;
  let scale = parts.scale;
  while (scale > 0 && units % 10n === 0n) {
    units /= 10n;
    scale--;
  }
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
  const text = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  return negative ? `-${text}` : text;
}

/** The decimal string normalised when present; absent stays absent. */
export function optionalDecimal(value: string | undefined): string | undefined {
  return value ? normalDecimal(value) : undefined;
}

/** CII dates are `YYYYMMDD` (format 102); UBL's are ISO already. */
export function isoDate(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(value);
  return compact ? `${compact[1]}-${compact[2]}-${compact[3]}` : value.slice(0, 10);
}

/** An xs:boolean as written: `true`/`1` or `false`/`0`. */
export function indicator(value: string | undefined): 'true' | 'false' | undefined {
  const normal = value?.trim().toLowerCase();
  return normal === 'true' || normal === '1' ? 'true' : normal === 'false' || normal === '0' ? 'false' : undefined;
}

/** The last 4–6 digits of a card number, which is all an invoice may carry. */
export function lastDigits(value: string | undefined): string {
  const digits = (value ?? '').replace(/\D/g, '');
  // A full card number is never kept: only its last four digits, or all of a 4–6 digit tail as given.
  return digits.length <= 6 ? digits : digits.slice(-4);
}

/** An identifier from the element at `path` of `node`, with its scheme attribute. */
export function identifier(node: XmlNode | undefined, path: string, schemeAttribute = 'schemeID'): Identifier | undefined {
  const id = text(node, path);
  if (id === undefined) return undefined;
  const scheme = attribute(node, path, schemeAttribute);
  return scheme ? { id, scheme } : { id };
}

export function nonEmpty<T>(items: T[]): T[] | undefined {
  return items.length ? items : undefined;
}

/** The object without its undefined fields, so optional fields are absent rather than undefined. */
export function compact<T extends object>(object: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as { [K in keyof T]: Exclude<T[K], undefined> };
}
