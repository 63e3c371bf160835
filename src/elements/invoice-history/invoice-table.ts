import { html, nothing, type TemplateResult } from 'lit';
import type { InvoicePage, InvoiceSortField, InvoiceSummary, SortOrder } from '../../api/types.js';
import { formatDate } from '../../format/dates.js';
import { formatMoney } from '../../format/money.js';
import type { InvoiceHistoryMessages } from './invoice-history.messages.js';
import type { InvoiceHistoryState } from './invoice-history.js';
import { invoiceHref } from './invoice-query.js';
import { documentTypeBadge, statusBadgeClass, statusBadgePart, statusLabel } from './status-badge.js';

/** What every row of one render shares, worked out once rather than once per row. */
export interface RowContext {
  messages: InvoiceHistoryMessages;
  locale: string;
  hrefTemplate: string | null;
  /** What links resolve against: the page's base URL; undefined on a server, where links stay relative. */
  baseUrl: string | undefined;
  /** The slots the host fills, so that a row gets its `actions-{id}` slot only when something goes in it. */
  slotNames: ReadonlySet<string>;
  /** Each value cell's column name, shown by the card layout; `nothing` in the wide layout, which shows none. */
  labels: Record<'issueDate' | 'dueDate' | 'status' | 'total' | 'amountDue', string | typeof nothing>;
  /** Whether the PDF of an invoice is being made. */
  downloading: (invoiceId: string) => boolean;
}

/** What the table needs beyond its rows. */
export interface TableContext {
  row: RowContext;
  sort: InvoiceSortField;
  order: SortOrder;
  cards: boolean;
  skeletonRows: number;
  onSort: (field: InvoiceSortField) => void;
  /** The one listener for every row's open and download controls. */
  onRowClick: (event: MouseEvent) => void;
}

const SORTABLE_COLUMNS: ReadonlyArray<{ field: InvoiceSortField; label: keyof InvoiceHistoryMessages; numeric?: boolean }> = [
  { field: 'number', label: 'columnNumber' },
  { field: 'issueDate', label: 'columnIssueDate' },
  { field: 'dueDate', label: 'columnDueDate' },
  { field: 'status', label: 'columnStatus' },
  { field: 'total', label: 'columnTotal', numeric: true },
];

export function renderTable(items: readonly InvoiceSummary[] | null, table: TableContext, busy: boolean): TemplateResult {
  const { messages } = table.row;
  const sortLabel = messages[(SORTABLE_COLUMNS.find((column) => column.field === table.sort) ?? SORTABLE_COLUMNS[1]!).label] as string;
  return html`<table part="table" class=${table.cards ? 'cards' : ''} aria-busy=${busy ? 'true' : 'false'}>
    <caption class="visually-hidden">
      ${messages.caption}, ${messages.sortedBy(sortLabel, table.order)}
    </caption>
    <thead part="table-head">
      <tr>
        ${SORTABLE_COLUMNS.map((column) => renderSortableHeader(column.field, messages[column.label] as string, table, column.numeric))}
        <th scope="col" class="numeric">${messages.columnAmountDue}</th>
        <th scope="col"><span class="visually-hidden">${messages.columnActions}</span></th>
      </tr>
    </thead>
    <tbody @click=${table.onRowClick}>
      ${items ? items.map((invoice) => renderRow(invoice, table.row)) : renderSkeletonRows(table.skeletonRows)}
    </tbody>
  </table>`;
}

function renderSortableHeader(field: InvoiceSortField, label: string, table: TableContext, numeric = false): TemplateResult {
  const active = table.sort === field;
  const ariaSort = active ? (table.order === 'asc' ? 'ascending' : 'descending') : 'none';
  return html`<th scope="col" class=${numeric ? 'numeric' : ''} aria-sort=${ariaSort}>
    <button type="button" class="sort" data-sort=${field} @click=${() => table.onSort(field)}>
      ${label}<span class="sort-icon" aria-hidden="true">${active ? (table.order === 'asc' ? '▲' : '▼') : '↕'}</span>
    </button>
  </th>`;
}

// No whitespace between the tags (the `><` at line starts): it would be a text node per gap, thousands on a long
// page. No listeners either: the table body's one click listener serves every row.
// Values sit in their cells directly: `dir="auto"` on the cell isolates them as a `<bdi>` would, and the narrow
// layout's labels come from `data-label` (a pseudo-element), so a row stays close to a plain table's element count.
// Plain text goes in through `.textContent` rather than a child binding, and the status badge is written out here
// rather than nested: each child binding or nested template costs a marker comment and part objects, per row.
// The Download button's name is its own text and the row's number ("Download PDF INV-…"): it starts with what it
// shows, for voice control, and an attribute costs a row less than `aria-labelledby` with two ids. The
// row's `actions-{id}` slot is there only when the host has something for it.
function renderRow(invoice: InvoiceSummary, row: RowContext): TemplateResult {
  const { messages, locale, labels } = row;
  const { status } = invoice;
  return html`<tr part=${rowPart(invoice)} data-id=${invoice.id} data-status=${status}
    ><th scope="row" class="cell-number"
      >${renderOpen(invoice, row)}${documentTypeBadge(invoice, messages)}${invoice.corrects
        ? html`<span class="corrects">${messages.corrects(invoice.corrects.number)}</span>`
        : nothing}<span class="description" .textContent=${invoice.description}></span></th
    ><td dir="auto" data-label=${labels.issueDate} .textContent=${formatDate(invoice.issueDate, locale)}></td
    ><td dir="auto" data-label=${labels.dueDate} .textContent=${formatDate(invoice.dueDate, locale)}></td
    ><td class="cell-status" data-label=${labels.status}
      ><span part=${statusBadgePart(status)} class=${statusBadgeClass(status)} data-status=${status} .textContent=${statusLabel(status, messages)}></span
    ></td
    ><td class="numeric" dir="auto" data-label=${labels.total} .textContent=${formatAmount(invoice.total, locale)}></td
    ><td class="numeric" dir="auto" data-label=${labels.amountDue} .textContent=${formatAmount(invoice.amountDue, locale)}></td
    ><td class="actions"
      ><button part="download" class="button small" type="button" aria-label=${`${messages.downloadPdf} ${invoice.number}`}
        aria-disabled=${row.downloading(invoice.id) ? 'true' : 'false'} .textContent=${messages.downloadPdf}></button
      >${row.slotNames.has(`actions-${invoice.id}`) ? html`<slot name=${`actions-${invoice.id}`}></slot>` : nothing}</td
  ></tr>`;
}

/** The invoice number: a real link when `href-template` gives one, else a button. Either fires `invoice-select`. */
export function renderOpen(invoice: InvoiceSummary, row: RowContext): TemplateResult {
  const href = invoiceHref(row.hrefTemplate, invoice.id, row.baseUrl);
  return href
    ? html`<a part="open" class="open" href=${href} .textContent=${invoice.number}></a>`
    : html`<button part="open" type="button" class="open" .textContent=${invoice.number}></button>`;
}

function renderSkeletonRows(count: number): TemplateResult[] {
  return Array.from(
    { length: count },
    () => html`<tr part="row skeleton-row" class="skeleton-row">
      <td><span class="skeleton wide"></span></td>
      <td><span class="skeleton"></span></td>
      <td><span class="skeleton"></span></td>
      <td><span class="skeleton"></span></td>
      <td class="numeric"><span class="skeleton"></span></td>
      <td class="numeric"><span class="skeleton"></span></td>
      <td></td>
    </tr>`,
  );
}

export function renderPagination(page: InvoicePage, messages: InvoiceHistoryMessages, locale: string, onPage: (cursor: string | null, event: Event) => void): TemplateResult {
  const number = new Intl.NumberFormat(locale);
  const first = page.items.length > 0 ? page.offset + 1 : page.offset;
  const last = page.offset + page.items.length;
  return html`<nav part="pagination" aria-label=${messages.pagination}>
    <button type="button" class="button" data-page="previous" aria-disabled=${page.previousCursor ? 'false' : 'true'} @click=${(event: Event) => onPage(page.previousCursor, event)}>
      <span class="arrow" aria-hidden="true">‹</span> ${messages.previousPage}
    </button>
    <span part="position">${messages.position(number.format(first), number.format(last), number.format(page.totalCount))}</span>
    <button type="button" class="button" data-page="next" aria-disabled=${page.nextCursor ? 'false' : 'true'} @click=${(event: Event) => onPage(page.nextCursor, event)}>
      ${messages.nextPage} <span class="arrow" aria-hidden="true">›</span>
    </button>
  </nav>`;
}

export function renderBalance(page: InvoicePage | null, messages: InvoiceHistoryMessages, locale: string): TemplateResult | typeof nothing {
  if (!page) return nothing;
  const owed = page.balanceDue.filter((money) => money.amountMinor !== 0);
  return html`<dl part="balance" class="balance">
    <dt>${messages.balanceDue}</dt>
    <dd>
      ${owed.length === 0 ? messages.nothingDue : owed.map((money, index) => html`${index > 0 ? ' · ' : ''}<bdi>${formatAmount(money, locale)}</bdi>`)}
    </dd>
  </dl>`;
}

/** What the live region says for a state. */
export function announcement(state: InvoiceHistoryState, row: RowContext): string {
  const { messages } = row;
  switch (state.type) {
    case 'loading':
      return messages.loading;
    case 'loaded': {
      const number = new Intl.NumberFormat(row.locale);
      const { offset, items, totalCount } = state.page;
      return `${messages.caption}: ${messages.position(number.format(offset + 1), number.format(offset + items.length), number.format(totalCount))}`;
    }
    case 'empty':
      return state.filtered ? messages.filteredEmptyTitle : messages.emptyTitle;
    default:
      // Errors announce themselves through their role="alert" box.
      return '';
  }
}

/** The row's parts: `row`, plus `row-overdue` and `row-credit-note` where they apply. */
function rowPart(invoice: InvoiceSummary): string {
  const overdue = invoice.status === 'overdue';
  if (invoice.kind === 'credit_note') return overdue ? 'row row-overdue row-credit-note' : 'row row-credit-note';
  return overdue ? 'row row-overdue' : 'row';
}

/** The page a state shows, if any: the loaded one, or the one still on screen while the next loads. */
export function pageOf(state: InvoiceHistoryState): InvoicePage | null {
  if (state.type === 'loaded') return state.page;
  if (state.type === 'loading') return state.previous ?? null;
  if (state.type === 'empty') return state.page ?? null;
  return null;
}

/** A whole number in 1–100, or the fallback when the attribute was not a number. */
export function clamp(value: number, fallback: number): number {
  return Number.isFinite(value) ? Math.min(100, Math.max(1, Math.trunc(value))) : fallback;
}

/** Money for a cell; an amount the contract should never send (a float) shows as a dash rather than throwing mid-render. */
export function formatAmount(money: { amountMinor: number; currency: string }, locale: string): string {
  try {
    return formatMoney(money, locale);
  } catch {
    return '—';
  }
}
