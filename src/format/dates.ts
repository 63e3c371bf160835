import { intlLocale } from './locale.js';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(intlLocale(locale), options);
    formatters.set(key, cached);
  }
  return cached;
}

/**
 * Formats an ISO calendar date (`2026-03-31`) for people in the locale, e.g. "Mar 31, 2026" or "31.03.2026".
 * The date is read and shown in UTC, so it never shifts by a day in the viewer's time zone.
 */
export function formatDate(isoDate: string, locale: string, style: 'medium' | 'short' | 'long' = 'medium'): string {
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return formatter(locale, { dateStyle: style, timeZone: 'UTC' }).format(date);
}

/** Formats a date range compactly, e.g. "Mar 1 – 31, 2026". */
export function formatDateRange(range: { start: string; end: string }, locale: string): string {
  const start = new Date(`${range.start}T00:00:00Z`);
  const end = new Date(`${range.end}T00:00:00Z`);
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) return `${range.start} – ${range.end}`;
  return formatter(locale, { dateStyle: 'medium', timeZone: 'UTC' }).formatRange(start, end);
}

/** Formats an ISO instant (`2026-03-31T12:00:00Z`) as date and time in the viewer's time zone. */
export function formatDateTime(isoInstant: string, locale: string): string {
  const date = new Date(isoInstant);
  if (Number.isNaN(date.getTime())) return isoInstant;
  return formatter(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}
