import { encodeComponent } from '../../api/urls.js';
import {
  INVOICE_SORT_FIELDS,
  INVOICE_STATUSES,
  type InvoiceQuery,
  type InvoiceSortField,
  type InvoiceStatus,
  type SortOrder,
} from '../../api/types.js';

/**
 * What the user is looking at: filters, sort and page. The element keeps one of these, sends it to the data source as
 * an `InvoiceQuery`, and (with `sync-url`) mirrors it in the query string. Pure functions only, so every mapping is
 * testable without an element.
 */
export interface InvoiceView {
  statuses: readonly InvoiceStatus[];
  /** ISO date or null. */
  issuedFrom: string | null;
  /** ISO date or null. */
  issuedTo: string | null;
  search: string;
  sort: InvoiceSortField;
  order: SortOrder;
  /** Opaque cursor of the page shown; null for the first page. */
  cursor: string | null;
}

/** Newest first, no filters, first page. */
export const DEFAULT_VIEW: InvoiceView = Object.freeze({
  statuses: Object.freeze([]) as readonly InvoiceStatus[],
  issuedFrom: null,
  issuedTo: null,
  search: '',
  sort: 'issueDate',
  order: 'desc',
  cursor: null,
});

/** The backend refuses longer search text; the input enforces the same limit. */
export const SEARCH_MAX_LENGTH = 200;

/** The query for the data source. Defaults are left out, so requests stay short. */
export function toInvoiceQuery(view: InvoiceView, limit: number): InvoiceQuery {
  const query: InvoiceQuery = { limit, sort: view.sort, order: view.order };
  if (view.cursor) query.cursor = view.cursor;
  if (view.statuses.length > 0) query.status = [...view.statuses];
  if (view.issuedFrom) query.issuedFrom = view.issuedFrom;
  if (view.issuedTo) query.issuedTo = view.issuedTo;
  const search = view.search.trim();
  if (search) query.search = search;
  return query;
}

/** Whether any filter narrows the list (sort and page do not count). */
export function hasFilters(view: Pick<InvoiceView, 'statuses' | 'issuedFrom' | 'issuedTo' | 'search'>): boolean {
  return view.statuses.length > 0 || Boolean(view.issuedFrom) || Boolean(view.issuedTo) || view.search.trim() !== '';
}

/** The order a column sorts in when first chosen: dates and amounts newest/largest first, text A–Z. */
export function initialOrderFor(field: InvoiceSortField): SortOrder {
  return field === 'issueDate' || field === 'dueDate' || field === 'total' ? 'desc' : 'asc';
}

/** The view after the user activates a column header: the same column flips its order, another starts afresh. */
export function toggleSort(view: InvoiceView, field: InvoiceSortField): Pick<InvoiceView, 'sort' | 'order'> {
  if (view.sort === field) return { sort: field, order: view.order === 'asc' ? 'desc' : 'asc' };
  return { sort: field, order: initialOrderFor(field) };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** An ISO calendar date that exists, or null (anything else from a URL or attribute is ignored, not sent). */
export function parseIsoDate(value: string | null | undefined): string | null {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) return null;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) ? value : null;
}

/** Known statuses from a comma-separated list, in canonical order, without duplicates. */
export function parseStatuses(value: string | null | undefined): InvoiceStatus[] {
  if (!value) return [];
  const wanted = new Set(value.split(',').map((part) => part.trim().toLowerCase()));
  return INVOICE_STATUSES.filter((status) => wanted.has(status));
}

export function parseSortField(value: string | null | undefined): InvoiceSortField | null {
  return INVOICE_SORT_FIELDS.find((field) => field === value) ?? null;
}

export function parseSortOrder(value: string | null | undefined): SortOrder | null {
  return value === 'asc' || value === 'desc' ? value : null;
}

/** The query-string keys a view is kept under, after the element's prefix. */
const URL_KEYS = ['status', 'issuedFrom', 'issuedTo', 'search', 'sort', 'order', 'cursor'] as const;

/**
 * Reads a view from a query string. Unknown or malformed values fall back to the defaults, so a hand-edited or stale
 * link shows the list rather than an error.
 */
export function viewFromSearchParams(params: URLSearchParams, prefix = ''): InvoiceView {
  const get = (key: string) => params.get(prefix + key);
  const sort = parseSortField(get('sort'));
  return {
    statuses: parseStatuses(get('status')),
    issuedFrom: parseIsoDate(get('issuedFrom')),
    issuedTo: parseIsoDate(get('issuedTo')),
    search: (get('search') ?? '').slice(0, SEARCH_MAX_LENGTH),
    sort: sort ?? DEFAULT_VIEW.sort,
    order: parseSortOrder(get('order')) ?? (sort ? initialOrderFor(sort) : DEFAULT_VIEW.order),
    cursor: get('cursor') || null,
  };
}

/**
 * A copy of `params` with the view written in: the element's keys replaced, defaults left out, every other key of
 * the host's kept as it was.
 */
export function writeViewToSearchParams(params: URLSearchParams, view: InvoiceView, prefix = ''): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const key of URL_KEYS) next.delete(prefix + key);
  const set = (key: string, value: string | null) => {
    if (value) next.set(prefix + key, value);
  };
  set('status', view.statuses.join(','));
  set('issuedFrom', view.issuedFrom);
  set('issuedTo', view.issuedTo);
  set('search', view.search.trim());
  const defaultSort = view.sort === DEFAULT_VIEW.sort && view.order === DEFAULT_VIEW.order;
  if (!defaultSort) {
    set('sort', view.sort);
    set('order', view.order);
  }
  set('cursor', view.cursor);
  return next;
}

/**
 * The link for an invoice from a template such as `/billing/invoices/{id}`: the id is percent-encoded, the result is
 * resolved against `base`, and anything that is not http(s) (a `javascript:` template, say) gives null, so no link
 * is drawn. Lit does not sanitise URLs in attributes (lit/lit#1196), hence the check.
 *
 * Without a `base` (server-side rendering, where the page's URL is not known) a relative link stays relative, for
 * the browser to resolve; it is checked against a placeholder base, which cannot turn it into another scheme.
 */
export function invoiceHref(template: string | null | undefined, invoiceId: string, base: string | undefined): string | null {
  if (!template || !template.includes('{id}')) return null;
  const filled = template.replaceAll('{id}', encodeComponent(invoiceId));
  let url: URL;
  try {
    url = new URL(filled, base ?? PLACEHOLDER_BASE);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  // What was checked is what reaches the href: the resolved URL, not the string the browser would resolve again.
  return base === undefined && url.origin === PLACEHOLDER_ORIGIN ? filled : url.href;
}

const PLACEHOLDER_BASE = 'https://base.invalid/';
const PLACEHOLDER_ORIGIN = new URL(PLACEHOLDER_BASE).origin;
