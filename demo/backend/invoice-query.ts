/**
 * Server-side filtering, sorting and cursor paging of a customer's invoices.
 *
 * Cursors are opaque to clients: base64url of `{ offset, fingerprint }`, where the fingerprint is a hash of the
 * customer, filters and sort. A cursor reused with other filters (or for another customer) therefore fails with 400
 * instead of silently landing at a wrong position. The page size is not part of the fingerprint: a client may change
 * it between pages.
 *
 * For speed with 10,000 invoices, each customer's invoices are sorted once per sort field (lazily, then cached);
 * a query walks that order and filters, so a page costs one linear pass and no sort.
 */
import { INVOICE_SORT_FIELDS, INVOICE_STATUSES } from '../../src/api/types.js';
import type { InvoicePage, InvoiceSortField, InvoiceStatus, InvoiceSummary, Money, SortOrder } from '../../src/api/types.js';
import { hashString } from './prng.js';
import type { FieldError } from './responses.js';
import type { SeededInvoices } from './seed.js';

export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 100;
export const SEARCH_MAX_LENGTH = 200;

export interface ParsedInvoiceQuery {
  limit: number;
  statuses: InvoiceStatus[];
  issuedFrom: string | null;
  issuedTo: string | null;
  /** Lower-cased search text, or null. */
  search: string | null;
  sort: InvoiceSortField;
  order: SortOrder;
  /** Raw cursor; resolved against the fingerprint by `pageOf`. */
  cursor: string | null;
}

function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Reads the list's query parameters; field errors point at the parameter (`/limit`) for a 400. */
export function parseInvoiceQuery(params: URLSearchParams): ParsedInvoiceQuery | FieldError[] {
  const errors: FieldError[] = [];
  const get = (name: string) => {
    const value = params.get(name);
    return value === null || value.trim() === '' ? null : value.trim();
  };

  let limit = DEFAULT_PAGE_SIZE;
  const limitText = get('limit');
  if (limitText !== null) {
    limit = /^\d+$/.test(limitText) ? Number(limitText) : Number.NaN;
    if (!(limit >= 1 && limit <= MAX_PAGE_SIZE)) errors.push({ pointer: '/limit', detail: `limit must be a whole number from 1 to ${MAX_PAGE_SIZE}.` });
  }

  const statuses: InvoiceStatus[] = [];
  for (const status of (get('status') ?? '').split(',').map((part) => part.trim()).filter(Boolean)) {
    if (!INVOICE_STATUSES.includes(status as InvoiceStatus)) {
      errors.push({ pointer: '/status', detail: `Unknown status "${status}"; expected any of ${INVOICE_STATUSES.join(', ')}.` });
    } else if (!statuses.includes(status as InvoiceStatus)) {
      statuses.push(status as InvoiceStatus);
    }
  }

  const issuedFrom = get('issuedFrom');
  const issuedTo = get('issuedTo');
  if (issuedFrom !== null && !isIsoDate(issuedFrom)) errors.push({ pointer: '/issuedFrom', detail: 'issuedFrom must be a date like 2026-03-31.' });
  if (issuedTo !== null && !isIsoDate(issuedTo)) errors.push({ pointer: '/issuedTo', detail: 'issuedTo must be a date like 2026-03-31.' });
  if (issuedFrom !== null && issuedTo !== null && isIsoDate(issuedFrom) && isIsoDate(issuedTo) && issuedFrom > issuedTo) {
    errors.push({ pointer: '/issuedTo', detail: 'issuedTo must not be before issuedFrom.' });
  }

  const search = get('search');
  if (search !== null && search.length > SEARCH_MAX_LENGTH) errors.push({ pointer: '/search', detail: `search must be at most ${SEARCH_MAX_LENGTH} characters.` });

  const sort = (get('sort') ?? 'issueDate') as InvoiceSortField;
  if (!INVOICE_SORT_FIELDS.includes(sort)) errors.push({ pointer: '/sort', detail: `Unknown sort "${sort}"; expected one of ${INVOICE_SORT_FIELDS.join(', ')}.` });
  const order = (get('order') ?? 'desc') as SortOrder;
  if (order !== 'asc' && order !== 'desc') errors.push({ pointer: '/order', detail: 'order must be asc or desc.' });

  if (errors.length > 0) return errors;
  return { limit, statuses, issuedFrom, issuedTo, search: search?.toLowerCase() ?? null, sort, order, cursor: get('cursor') };
}

function fingerprintOf(customerId: string, query: ParsedInvoiceQuery): string {
  const canonical = JSON.stringify([customerId, [...query.statuses].sort(), query.issuedFrom, query.issuedTo, query.search, query.sort, query.order]);
  return hashString(canonical).toString(36);
}

function encodeCursor(offset: number, fingerprint: string): string {
  return btoa(JSON.stringify({ o: offset, f: fingerprint })).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function decodeCursor(cursor: string): { offset: number; fingerprint: string } | null {
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) return null;
  try {
    const parsed = JSON.parse(atob(cursor.replace(/-/g, '+').replace(/_/g, '/'))) as { o?: unknown; f?: unknown };
    if (!Number.isSafeInteger(parsed.o) || (parsed.o as number) < 0 || typeof parsed.f !== 'string') return null;
    return { offset: parsed.o as number, fingerprint: parsed.f };
  } catch {
    return null;
  }
}

const STATUS_RANK = new Map(INVOICE_STATUSES.map((status, rank) => [status, rank]));

function compareBy(field: InvoiceSortField): (a: InvoiceSummary, b: InvoiceSummary) => number {
  const byNumber = (a: InvoiceSummary, b: InvoiceSummary) => (a.number < b.number ? -1 : a.number > b.number ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const primary: (a: InvoiceSummary, b: InvoiceSummary) => number = {
    issueDate: (a: InvoiceSummary, b: InvoiceSummary) => (a.issueDate < b.issueDate ? -1 : a.issueDate > b.issueDate ? 1 : 0),
    dueDate: (a: InvoiceSummary, b: InvoiceSummary) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0),
    number: () => 0,
    total: (a: InvoiceSummary, b: InvoiceSummary) => a.total.amountMinor - b.total.amountMinor,
    status: (a: InvoiceSummary, b: InvoiceSummary) => (STATUS_RANK.get(a.status) ?? 0) - (STATUS_RANK.get(b.status) ?? 0),
  }[field];
  // Ties fall back to the number (unique per customer), so the order is total and pages never overlap.
  return (a, b) => primary(a, b) || byNumber(a, b);
}

/** Per customer: the invoices in ascending order for each sort field, and a search text per invoice. */
interface CustomerIndex {
  ascending: Map<InvoiceSortField, readonly InvoiceSummary[]>;
  searchText: Map<InvoiceSummary, string>;
  balanceDue: Money[];
}

const indexes = new WeakMap<SeededInvoices, CustomerIndex>();

function indexOf(seeded: SeededInvoices): CustomerIndex {
  let index = indexes.get(seeded);
  if (!index) {
    const searchText = new Map(seeded.summaries.map((summary) => [summary, `${summary.number}\n${summary.description}`.toLowerCase()]));
    index = { ascending: new Map(), searchText, balanceDue: balanceDueOf(seeded.summaries) };
    indexes.set(seeded, index);
  }
  return index;
}

/**
 * What the customer owes, per currency: the amount due of every open or overdue invoice, less the credit of open
 * credit notes. Drafts and void invoices owe nothing.
 */
export function balanceDueOf(summaries: readonly InvoiceSummary[]): Money[] {
  const byCurrency = new Map<string, number>();
  for (const summary of summaries) {
    if (summary.amountDue.amountMinor === 0 || (summary.status !== 'open' && summary.status !== 'overdue')) continue;
    const currency = summary.amountDue.currency;
    byCurrency.set(currency, (byCurrency.get(currency) ?? 0) + summary.amountDue.amountMinor);
  }
  return [...byCurrency].sort(([a], [b]) => (a < b ? -1 : 1)).map(([currency, amountMinor]) => ({ amountMinor, currency }));
}

function sortedAscending(seeded: SeededInvoices, index: CustomerIndex, field: InvoiceSortField): readonly InvoiceSummary[] {
  let sorted = index.ascending.get(field);
  if (!sorted) {
    sorted = [...seeded.summaries].sort(compareBy(field));
    index.ascending.set(field, sorted);
  }
  return sorted;
}

/** One page for the query, or an error message for a cursor that does not belong to it (→ 400). */
export function pageOf(seeded: SeededInvoices, query: ParsedInvoiceQuery): InvoicePage | FieldError {
  const fingerprint = fingerprintOf(seeded.customer.id, query);
  let offset = 0;
  if (query.cursor !== null) {
    const decoded = decodeCursor(query.cursor);
    if (!decoded) return { pointer: '/cursor', detail: 'The cursor is not one this server issued.' };
    if (decoded.fingerprint !== fingerprint) {
      return { pointer: '/cursor', detail: 'The cursor belongs to a different query (other filters or sort); start again from the first page.' };
    }
    offset = decoded.offset;
  }

  const index = indexOf(seeded);
  const ascending = sortedAscending(seeded, index, query.sort);
  const matches = (summary: InvoiceSummary) =>
    (query.statuses.length === 0 || query.statuses.includes(summary.status)) &&
    (query.issuedFrom === null || summary.issueDate >= query.issuedFrom) &&
    (query.issuedTo === null || summary.issueDate <= query.issuedTo) &&
    (query.search === null || (index.searchText.get(summary) ?? '').includes(query.search));

  const items: InvoiceSummary[] = [];
  let totalCount = 0;
  const count = ascending.length;
  for (let position = 0; position < count; position++) {
    const summary = ascending[query.order === 'asc' ? position : count - 1 - position] as InvoiceSummary;
    if (!matches(summary)) continue;
    if (totalCount >= offset && items.length < query.limit) items.push(summary);
    totalCount++;
  }
  if (offset > totalCount) return { pointer: '/cursor', detail: 'The cursor points past the end of the list.' };

  return {
    items,
    totalCount,
    offset,
    nextCursor: offset + query.limit < totalCount ? encodeCursor(offset + query.limit, fingerprint) : null,
    previousCursor: offset > 0 ? encodeCursor(Math.max(0, offset - query.limit), fingerprint) : null,
    balanceDue: index.balanceDue,
  };
}
