import { property } from 'lit/decorators.js';
import type { BillingDataSource } from '../../api/data-source.js';
import type { InvoicePage, InvoiceSortField, InvoiceStatus, SortOrder } from '../../api/types.js';
import { defineElement } from '../../define.js';
import { Lazy } from '../../lazy.js';
import { LazyElement } from '../../lazy-element.js';
import type { InvoiceHistoryMessages } from './invoice-history.messages.js';
import type { InvoiceHistoryView } from './invoice-history-view.js';
import { DEFAULT_VIEW, parseStatuses } from './invoice-query.js';

export { InvoiceDownloadEvent, InvoiceHistoryRequestEvent, InvoiceSelectEvent } from './invoice-history.events.js';
export type { InvoiceHistoryMessages } from './invoice-history.messages.js';

/**
 * What the element shows. It derives this from its load; a host (or Storybook, or a benchmark) can also set it
 * directly through the `state` property to render any of them from data in hand, without a backend.
 */
export type InvoiceHistoryState =
  /** No customer or no data source yet. */
  | { type: 'idle' }
  /** A request is in flight; `previous` is the page still on screen while the next one loads. */
  | { type: 'loading'; previous?: InvoicePage | null }
  | { type: 'loaded'; page: InvoicePage }
  /** No invoices; `filtered` when the filters exclude everything the customer has. */
  | { type: 'empty'; filtered: boolean; page?: InvoicePage | null }
  /** Usually a `BillingError`, whose kind chooses the message. */
  | { type: 'error'; error: unknown };

export type InvoiceHistoryVariant = 'list' | 'tile';

/** The `status` attribute: comma-separated statuses; unknown ones are dropped. */
const statusesConverter = {
  fromAttribute: (value: string | null) => parseStatuses(value),
  toAttribute: (value: readonly InvoiceStatus[]) => value.join(','),
};

/**
 * A customer's invoices from the configured backend: a sortable, filterable table paged on the server, or a compact
 * tile with the latest few and the balance due.
 *
 * @tag invoice-history
 * @summary One customer's invoice history, as a table or a dashboard tile.
 *
 * @fires {InvoiceSelectEvent} invoice-select - The user opened an invoice. Cancelable: cancel it to route in the host
 *   (with `href-template`, the link is then not followed). `invoiceId` and `invoice` (the row's summary).
 * @fires {InvoiceDownloadEvent} invoice-download - "Download PDF" was pressed. Cancelable: cancel it to make the file
 *   in the host; otherwise the element fetches the invoice, builds the PDF in the browser and downloads it.
 * @fires {InvoiceHistoryRequestEvent} invoice-history-request - The tile's "View invoice history" was pressed.
 * @fires {AuthRequiredEvent} auth-required - The backend answered 401 or 403; `status` and `error`.
 *
 * @slot heading - Replaces the heading ("Invoice history", or "Invoices" on the tile).
 * @slot actions-{id} - Extra actions for the row of invoice `{id}`, e.g. `<button slot="actions-inv-1">`.
 *
 * @csspart base - The element's outer box.
 * @csspart header - The heading row, with the balance due.
 * @csspart heading - The default heading.
 * @csspart balance - The balance due.
 * @csspart filters - The filter form.
 * @csspart table - The table.
 * @csspart table-head - The table's header row (the column headings and sort buttons).
 * @csspart body - The area below the filters that holds the table, or the empty, error or idle message.
 * @csspart row - Each invoice row (also `row-overdue`, `row-credit-note`; `skeleton-row` while loading).
 * @csspart status - Each status badge (also `status-<status>`, e.g. `status-overdue`).
 * @csspart kind - The label of a document that is not a plain invoice ("Credit note", "Corrected invoice", "Self-billed",
 *   "Prepayment", or an unnamed type code as sent); also `kind-credit-note`, `kind-corrected`, `kind-self-billed`,
 *   `kind-prepayment`, `kind-other`.
 * @csspart open - The link or button that opens an invoice.
 * @csspart download - Each row's "Download PDF" button.
 * @csspart download-error - The message when a PDF could not be made.
 * @csspart pagination - The previous/next bar.
 * @csspart position - "1–25 of 250".
 * @csspart empty - The empty message.
 * @csspart idle - The message shown before a customer is set.
 * @csspart error - The error message.
 * @csspart retry - The Retry button.
 * @csspart clear-filters - The "Clear filters" buttons.
 * @csspart view-history - The tile's "View invoice history" button.
 * @csspart load-error - Shown instead of the element if its code could not be loaded (offline, a stale deploy).
 * @csspart load-retry - The Try again button in `load-error`.
 *
 * @cssprop --invoice-history-row-hover - Background of the row under the pointer.
 * @cssprop --invoice-history-header-background - Background of the table header.
 * @cssprop --invoice-history-overdue-color - Text of overdue badges and the overdue row marker.
 * @cssprop --invoice-history-overdue-background - Background of overdue badges.
 * @cssprop --invoice-history-paid-color - Text of paid badges.
 * @cssprop --invoice-history-paid-background - Background of paid badges.
 * @cssprop --invoice-history-open-color - Text of open badges.
 * @cssprop --invoice-history-open-background - Background of open badges.
 */
export class InvoiceHistory extends LazyElement<InvoiceHistoryView> {
  // Everything but the public API: loaded when the first <invoice-history> connects.
  protected static override viewModule = new Lazy(() => import('./invoice-history-view.js'));

  /** Whose invoices to list. */
  @property({ attribute: 'customer-id' }) customerId: string | null = null;

  /** `list` (the full table) or `tile` (the latest few and the balance due). */
  @property({ reflect: true }) variant: InvoiceHistoryVariant = 'list';

  /** Invoices per page, 1–100. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 25;

  /** How many invoices the tile shows. */
  @property({ type: Number, attribute: 'tile-size' }) tileSize = 5;

  /**
   * Makes invoice numbers real links, e.g. `/billing/invoices/{id}` (`{id}` is percent-encoded). Only http(s)
   * results become links; anything else is ignored.
   */
  @property({ attribute: 'href-template' }) hrefTemplate: string | null = null;

  /**
   * Keeps filters, sort and page in the query string (reload, back/forward and shared links restore the view).
   * The attribute's value, if any, prefixes the keys (`sync-url="invoices-"` → `?invoices-status=paid`).
   */
  @property({ attribute: 'sync-url' }) syncUrl: string | null = null;

  /** Only these statuses (any of them); attribute: comma-separated, e.g. `status="open,overdue"`. */
  @property({ attribute: 'status', converter: statusesConverter, hasChanged: (a?: readonly InvoiceStatus[], b?: readonly InvoiceStatus[]) => a?.join() !== b?.join() })
  statuses: readonly InvoiceStatus[] = [];

  /** Only invoices issued on or after this ISO date. */
  @property({ attribute: 'issued-from' }) issuedFrom: string | null = null;

  /** Only invoices issued on or before this ISO date. */
  @property({ attribute: 'issued-to' }) issuedTo: string | null = null;

  /** Text matched against invoice numbers and descriptions. */
  @property() search = '';

  /** The column sorted by. */
  @property() sort: InvoiceSortField = DEFAULT_VIEW.sort;

  /** The sort order; newest first by default. */
  @property() order: SortOrder = DEFAULT_VIEW.order;

  /** The backend's base URL, when there is no `<billing-provider>` (or to override it). */
  @property({ attribute: 'base-url' }) baseUrl: string | null = null;

  /** BCP 47 locale for text, money and dates; defaults to the provider's, then the page's. */
  @property() locale: string | null = null;

  /**
   * BCP 47 locale for the PDFs it downloads, whatever the customer's language; defaults to the provider's `document-lang`,
   * then the buyer's `language` from the backend, then `locale`.
   */
  @property({ attribute: 'document-lang' }) documentLang: string | null = null;

  /** A data source object, instead of `base-url` or the provider's. */
  @property({ attribute: false }) dataSource: BillingDataSource | null = null;

  /** Host overrides for any of the element's strings. */
  @property({ attribute: false }) messages: Partial<InvoiceHistoryMessages> | null = null;

  /** Set to render a given state instead of loading (Storybook, previews, benchmarks); unset to load again. */
  @property({ attribute: false }) state: InvoiceHistoryState | undefined = undefined;

  /** The state rendered, derived: the one set on `state`, else the load's; `loading` until the element's code has arrived. */
  get currentState(): InvoiceHistoryState {
    return this.view?.currentState ?? this.state ?? { type: 'loading' };
  }
}

defineElement('invoice-history', InvoiceHistory);

declare global {
  interface HTMLElementTagNameMap {
    'invoice-history': InvoiceHistory;
  }
}
