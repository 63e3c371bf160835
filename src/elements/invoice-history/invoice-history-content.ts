import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { initialState, Task, TaskStatus } from '@lit/task';
import type { BillingDataSource } from '../../api/data-source.js';
import { BillingError, isAbort } from '../../api/errors.js';
import {
  INVOICE_STATUSES,
  type InvoicePage,
  type InvoiceQuery,
  type InvoiceSortField,
  type InvoiceStatus,
  type InvoiceSummary,
  type SortOrder,
} from '../../api/types.js';
import type { BillingConfig } from '../../context/billing-context.js';
import { BillingConfigController } from '../../context/billing-config-controller.js';
import { ContainerQueryController } from '../../container-query-controller.js';
import { defineElement } from '../../define.js';
import { AuthRequiredEvent } from '../../events/auth-required.js';
import { formatDate } from '../../format/dates.js';
import { languageOf, resolveMessages } from '../../format/messages.js';
import { formatMoney } from '../../format/money.js';
import { LazyController } from '../../lazy.js';
import { SlotNamesController } from '../../slot-names-controller.js';
import { InvoiceHistory, type InvoiceHistoryState } from './invoice-history.js';
import { InvoiceDownloadEvent, InvoiceHistoryRequestEvent, InvoiceSelectEvent } from './invoice-history.events.js';
import { invoiceHistoryLanguages, invoiceHistoryMessages, type InvoiceHistoryMessages } from './invoice-history.messages.js';
import { invoiceHistoryStyles } from './invoice-history.styles.js';
import {
  DEFAULT_VIEW,
  hasFilters,
  invoiceHref,
  parseIsoDate,
  parseSortField,
  parseSortOrder,
  parseStatuses,
  SEARCH_MAX_LENGTH,
  toggleSort,
  toInvoiceQuery,
  viewFromSearchParams,
  writeViewToSearchParams,
  type InvoiceView,
} from './invoice-query.js';
import { kindBadge, statusBadge, statusBadgeClass, statusBadgePart, statusLabel } from './status-badge.js';

/** One request the element makes: rebuilt only when something it depends on changes, so it can be a Task argument. */
interface InvoiceRequest {
  customerId: string;
  query: InvoiceQuery;
  filtered: boolean;
}

/** What every row of one render shares. */
interface RowContext {
  messages: InvoiceHistoryMessages;
  locale: string;
  hrefTemplate: string | null;
  /** The document's base URL, which a relative `href-template` resolves against. */
  baseUrl: string;
  /** The slots the host fills, so that a row gets its `actions-{id}` slot only when something goes in it. */
  slotNames: ReadonlySet<string>;
  /** Each value cell's column name, shown by the card layout; `nothing` in the wide layout, which shows none. */
  labels: Record<'issueDate' | 'dueDate' | 'status' | 'total' | 'amountDue', string | typeof nothing>;
}

interface LoadedPage {
  request: InvoiceRequest;
  page: InvoicePage;
}

/** Properties that change which invoices are listed; changing any of them goes back to the first page. */
const VIEW_PROPERTIES = ['customerId', 'variant', 'pageSize', 'tileSize', 'statuses', 'issuedFrom', 'issuedTo', 'search', 'sort', 'order'];

const SORTABLE_COLUMNS: ReadonlyArray<{ field: InvoiceSortField; label: keyof InvoiceHistoryMessages; numeric?: boolean }> = [
  { field: 'number', label: 'columnNumber' },
  { field: 'issueDate', label: 'columnIssueDate' },
  { field: 'dueDate', label: 'columnDueDate' },
  { field: 'status', label: 'columnStatus' },
  { field: 'total', label: 'columnTotal', numeric: true },
];

const ERROR_MESSAGE_KEYS: Partial<Record<BillingError['kind'], keyof InvoiceHistoryMessages>> = {
  network: 'errorNetwork',
  timeout: 'errorTimeout',
  unauthorized: 'errorUnauthorized',
  forbidden: 'errorForbidden',
  'not-found': 'errorNotFound',
  'rate-limited': 'errorRateLimited',
  server: 'errorServer',
  'invalid-response': 'errorInvalidResponse',
  'invalid-request': 'errorInvalidRequest',
};

/**
 * Everything `<invoice-history>` does but declare its API: the implementation `LazyElement` loads when the first
 * one connects, and renders inside its shadow root.
 * @internal
 */
export class InvoiceHistoryContent extends InvoiceHistory {
  static override styles = invoiceHistoryStyles;

  /** The opaque cursor of the page shown; null is the first page. */
  @state() private cursor: string | null = null;

  /** Invoices whose PDF is being made. */
  @state() private downloading: ReadonlySet<string> = new Set();

  /** The invoice number whose PDF failed last, for the message. */
  @state() private downloadFailedFor: string | null = null;

  private readonly downloads = new Set<AbortController>();

  private readonly billing = new BillingConfigController(this);
  private readonly lazy = new LazyController(this);
  // Whether the narrow layout's container query applies, so that its rules for cells can select only then.
  private readonly cardLayout = new ContainerQueryController(this, () => this.renderRoot?.querySelector('.width-probe'), '--invoice-history-cards');
  private readonly slotNames = new SlotNamesController(this, () => this.shadowHost);
  private request: InvoiceRequest | null = null;
  // Set when a restored view brings its own cursor, so `willUpdate` does not reset it to the first page.
  private keepCursor = false;
  // Set by user actions: the next update writes the view to the URL (programmatic changes never push history).
  private pushUrlOnUpdate = false;
  // Set when leaving the page aborted a load.
  private reloadOnConnect = false;

  // Run from `willUpdate` (see `loadIfNeeded`) rather than on every update: a Task that runs only to find it has
  // nothing to load still finishes a microtask later and renders everything a second time.
  private readonly load = new Task(this, {
    autoRun: false,
    task: async ([config, request], { signal }): Promise<LoadedPage | typeof initialState> => {
      if (!request || !config.dataSource) return initialState;
      try {
        return { request, page: await config.dataSource.listInvoices(request.customerId, request.query, signal) };
      } catch (error) {
        if (!signal.aborted && error instanceof BillingError && (error.kind === 'unauthorized' || error.kind === 'forbidden')) {
          this.dispatchEvent(new AuthRequiredEvent(error));
        }
        throw error;
      }
    },
    args: () => [this.billing.config, this.request] as const,
  });
  /** What the last load was for; null when there was nothing to load, so the next thing to load always loads. */
  private loadedFor: readonly [BillingConfig, InvoiceRequest] | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.handlePopState);
    if (this.reloadOnConnect) {
      this.reloadOnConnect = false;
      void this.load.run();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.handlePopState);
    for (const download of this.downloads) download.abort();
    // A list that left the page stops loading; if it comes back (moved in the DOM, a router's cache), it loads again.
    if (this.load.status === TaskStatus.PENDING) {
      this.load.abort();
      this.reloadOnConnect = true;
    }
  }

  /** Also waits for the strings of the element's language, the first time it speaks it. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const complete = await super.getUpdateComplete();
    await this.lazy.settled();
    return (await super.getUpdateComplete()) && complete;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('syncUrl') && this.syncUrl !== null) this.restoreViewFromUrl();
    const viewChanged = VIEW_PROPERTIES.some((name) => changed.has(name as keyof InvoiceHistory));
    if (viewChanged) this.downloadFailedFor = null;
    if (viewChanged && !this.keepCursor) this.cursor = null;
    this.keepCursor = false;
    if (viewChanged || changed.has('cursor' as keyof InvoiceHistory) || !this.request) this.request = this.buildRequest();
    // The user's changes become history entries; the host's (a new customer, say) only correct the current entry,
    // so a reload never brings back a page cursor that belongs to another view.
    if (this.pushUrlOnUpdate || viewChanged || changed.has('cursor' as keyof InvoiceHistory)) {
      this.writeViewToUrl(this.pushUrlOnUpdate ? 'push' : 'replace');
      this.pushUrlOnUpdate = false;
    }
    this.loadIfNeeded();
  }

  /**
   * Starts a load when the customer, view or config changed. A `state` set by the host means there is nothing to
   * load: the page in hand renders once, and unsetting `state` loads again.
   */
  private loadIfNeeded(): void {
    const config = this.billing.config;
    if (this.state !== undefined || !this.request || !config.dataSource) {
      this.loadedFor = null;
      if (this.load.status === TaskStatus.PENDING) this.load.abort();
      return;
    }
    if (this.loadedFor?.[0] === config && this.loadedFor[1] === this.request) return;
    this.loadedFor = [config, this.request];
    void this.load.run(this.loadedFor);
  }

  /** The filters, sort and page the user is looking at. */
  private get view(): InvoiceView {
    // Attributes are strings from anywhere: a value the backend would refuse is dropped (or sorts the default way)
    // rather than turning the list into an error.
    return {
      statuses: parseStatuses(this.statuses.join(',')),
      issuedFrom: parseIsoDate(this.issuedFrom),
      issuedTo: parseIsoDate(this.issuedTo),
      search: this.search.slice(0, SEARCH_MAX_LENGTH),
      sort: parseSortField(this.sort) ?? DEFAULT_VIEW.sort,
      order: parseSortOrder(this.order) ?? DEFAULT_VIEW.order,
      cursor: this.cursor,
    };
  }

  /** The state rendered: the one set on `state`, else the load's. */
  override get currentState(): InvoiceHistoryState {
    if (this.state) return this.state;
    if (!this.request || !this.billing.config.dataSource) return { type: 'idle' };
    switch (this.load.status) {
      case TaskStatus.INITIAL:
        return { type: 'loading' };
      case TaskStatus.PENDING: {
        const last = this.load.value;
        const samePlace = last && last.request.customerId === this.request?.customerId && this.variant === 'list';
        return { type: 'loading', previous: samePlace ? last.page : null };
      }
      case TaskStatus.ERROR:
        // An abort is never the user's error: it only happens when the element left the page mid-load.
        return isAbort(this.load.error) ? { type: 'loading' } : { type: 'error', error: this.load.error };
      case TaskStatus.COMPLETE: {
        const { page, request } = this.load.value!;
        return page.totalCount === 0 && page.items.length === 0 ? { type: 'empty', filtered: request.filtered, page } : { type: 'loaded', page };
      }
    }
  }

  private get strings(): InvoiceHistoryMessages {
    return resolveMessages(invoiceHistoryMessages, this.billing.config.locale, this.messages);
  }

  private buildRequest(): InvoiceRequest | null {
    const customerId = this.customerId?.trim();
    if (!customerId) return null;
    if (this.variant === 'tile') {
      return { customerId, query: { limit: clamp(this.tileSize, 5), sort: 'issueDate', order: 'desc' }, filtered: false };
    }
    const view = this.view;
    return { customerId, query: toInvoiceQuery(view, clamp(this.pageSize, 25)), filtered: hasFilters(view) };
  }

  // ---- URL sync ----------------------------------------------------------------------------------------------

  private restoreViewFromUrl(): void {
    const view = viewFromSearchParams(new URLSearchParams(location.search), this.syncUrl ?? '');
    this.statuses = view.statuses;
    this.issuedFrom = view.issuedFrom;
    this.issuedTo = view.issuedTo;
    this.search = view.search;
    this.sort = view.sort;
    this.order = view.order;
    this.cursor = view.cursor;
    this.keepCursor = true;
  }

  private writeViewToUrl(mode: 'push' | 'replace'): void {
    if (this.syncUrl === null) return;
    const url = new URL(location.href);
    const search = writeViewToSearchParams(url.searchParams, this.view, this.syncUrl).toString();
    if (search === url.search.replace(/^\?/, '')) return;
    url.search = search;
    if (mode === 'push') history.pushState(history.state, '', url);
    else history.replaceState(history.state, '', url);
  }

  private readonly handlePopState = (): void => {
    if (this.syncUrl !== null) this.restoreViewFromUrl();
  };

  // ---- user actions ------------------------------------------------------------------------------------------

  /** Applies a change the user made and records it in the URL. */
  private userChange(change: () => void): void {
    change();
    this.pushUrlOnUpdate = true;
    this.requestUpdate();
  }

  private handleSort(field: InvoiceSortField): void {
    this.userChange(() => Object.assign(this, toggleSort(this.view, field)));
  }

  private handleStatusChange(event: Event): void {
    const form = (event.target as HTMLInputElement).form!;
    const checked = [...form.querySelectorAll<HTMLInputElement>('input[name="status"]:checked')].map((input) => input.value);
    this.userChange(() => (this.statuses = parseStatuses(checked.join(','))));
  }

  private handleDateChange(event: Event): void {
    const input = event.target as HTMLInputElement;
    const value = parseIsoDate(input.value);
    this.userChange(() => {
      if (input.name === 'issuedFrom') this.issuedFrom = value;
      else this.issuedTo = value;
    });
  }

  private handleSearchCommit(event: Event): void {
    event.preventDefault();
    const form = (event.currentTarget as HTMLElement).closest('form') ?? (event.currentTarget as HTMLFormElement);
    const input = form.querySelector<HTMLInputElement>('input[name="search"]')!;
    this.userChange(() => (this.search = input.value.slice(0, SEARCH_MAX_LENGTH)));
  }

  private handleClearFilters(): void {
    this.renderRoot.querySelector('form')?.reset();
    this.userChange(() => {
      this.statuses = [];
      this.issuedFrom = null;
      this.issuedTo = null;
      this.search = '';
    });
    // The button that had focus may be gone (the empty state's); give focus a stable place.
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part~="body"]')?.focus());
  }

  private handlePage(cursor: string | null, event: Event): void {
    if ((event.currentTarget as HTMLElement).getAttribute('aria-disabled') === 'true' || !cursor) return;
    this.userChange(() => {
      this.cursor = cursor;
      this.keepCursor = true;
    });
  }

  private handleRetry(): void {
    void this.load.run();
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part~="body"]')?.focus());
  }

  /**
   * The one listener for every row's open and download controls (two per row otherwise, thousands on a long page);
   * the row's `data-id` says which invoice.
   */
  private handleRowClick(event: MouseEvent): void {
    const control = event.target instanceof Element ? event.target.closest('[part~="open"], [part~="download"]') : null;
    // Slotted actions belong to the host's tree: their clicks are the host's business, and `closest` from there
    // could match something on the page.
    if (!control || !this.renderRoot.contains(control)) return;
    const id = control.closest<HTMLElement>('[data-id]')?.dataset.id;
    const invoice = pageOf(this.currentState)?.items.find((item) => item.id === id);
    if (!invoice) return;
    if (control.matches('[part~="download"]')) void this.handleDownload(invoice);
    else this.handleOpen(event, invoice);
  }

  private handleOpen(event: MouseEvent, invoice: InvoiceSummary): void {
    // Modifier-clicks on a link are the browser's (new tab or window); the host is not asked.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const select = new InvoiceSelectEvent(invoice.id, invoice);
    this.dispatchEvent(select);
    if (select.defaultPrevented) event.preventDefault();
  }

  private async handleDownload(invoice: InvoiceSummary): Promise<void> {
    if (this.downloading.has(invoice.id)) return;
    const request = new InvoiceDownloadEvent(invoice.id, invoice);
    this.dispatchEvent(request);
    const { dataSource, locale, branding } = this.billing.config;
    const customerId = this.customerId;
    if (request.defaultPrevented || !dataSource || !customerId) return;
    const controller = new AbortController();
    this.downloads.add(controller);
    this.downloading = new Set([...this.downloading, invoice.id]);
    this.downloadFailedFor = null;
    try {
      const full = await dataSource.getInvoice(customerId, invoice.id, controller.signal);
      // The PDF code (jsPDF and fonts) is loaded on the first download only.
      const { downloadInvoicePdf } = await import('../../pdf/download-invoice-pdf.js');
      await downloadInvoicePdf(full, { locale, branding, signal: controller.signal });
    } catch (error) {
      if (!controller.signal.aborted) this.downloadFailedFor = invoice.number;
      console.warn('invoice-history: the PDF could not be made', error);
    } finally {
      this.downloads.delete(controller);
      const still = new Set(this.downloading);
      still.delete(invoice.id);
      this.downloading = still;
    }
  }

  private handleViewHistory(): void {
    const request = new InvoiceHistoryRequestEvent(this.customerId ?? '');
    this.dispatchEvent(request);
  }

  // ---- rendering ---------------------------------------------------------------------------------------------

  protected override render(): TemplateResult | typeof nothing {
    // A language other than English arrives as a chunk on first use; until then, nothing rather than English.
    if (!this.lazy.ready(invoiceHistoryLanguages[languageOf(this.billing.config.locale)])) return nothing;
    const state = this.currentState;
    const messages = this.strings;
    // The probe is for `cardLayout`: an empty block as wide as the element, outside the base's grid and its gaps.
    return html`<div class="width-probe"></div>${this.variant === 'tile' ? this.renderTile(state, messages) : this.renderList(state, messages)}`;
  }

  private renderList(state: InvoiceHistoryState, messages: InvoiceHistoryMessages): TemplateResult {
    const page = pageOf(state);
    return html`<section part="base" class="list">
      <header part="header">
        <slot name="heading"><h2 part="heading">${messages.heading}</h2></slot>
        ${this.renderBalance(page, messages)}
      </header>
      ${this.renderFilters(messages)}
      <div part="body" tabindex="-1">${this.renderListBody(state, messages)}</div>
      <div class="visually-hidden" role="status">${this.announcement(state, messages)}</div>
    </section>`;
  }

  private renderListBody(state: InvoiceHistoryState, messages: InvoiceHistoryMessages): TemplateResult | typeof nothing {
    switch (state.type) {
      case 'idle':
        return html`<p part="idle" class="notice">${messages.idle}</p>`;
      case 'loading':
        return state.previous && state.previous.items.length > 0
          ? this.renderPage(state.previous, messages, true)
          : this.renderTable(null, messages, true);
      case 'loaded':
        return this.renderPage(state.page, messages, false);
      case 'empty':
        return state.filtered
          ? html`<div part="empty" class="notice">
              <p class="notice-title">${messages.filteredEmptyTitle}</p>
              <p>${messages.filteredEmptyBody}</p>
              <button part="clear-filters" class="button" type="button" @click=${this.handleClearFilters}>${messages.clearFilters}</button>
            </div>`
          : html`<div part="empty" class="notice">
              <p class="notice-title">${messages.emptyTitle}</p>
              <p>${messages.emptyBody}</p>
            </div>`;
      case 'error':
        return this.renderError(state.error, messages);
    }
  }

  /** One template for a page, loaded or being replaced, so the pager keeps its DOM (and focus) while the next page loads. */
  private renderPage(page: InvoicePage, messages: InvoiceHistoryMessages, busy: boolean): TemplateResult {
    return html`${this.downloadFailedFor
        ? html`<p part="download-error" class="notice error" role="alert">${messages.downloadFailed(this.downloadFailedFor)}</p>`
        : nothing}${this.renderTable(page.items, messages, busy)}${this.renderPagination(page, messages)}`;
  }

  private renderFilters(messages: InvoiceHistoryMessages): TemplateResult {
    return html`<form part="filters" role="search" aria-label=${messages.filters} @submit=${this.handleSearchCommit}>
      <fieldset class="statuses">
        <legend>${messages.statusFilter}</legend>
        ${INVOICE_STATUSES.map(
          (status) => html`<label class="check"
            ><input type="checkbox" name="status" value=${status} .checked=${this.statuses.includes(status)} @change=${this.handleStatusChange} />${statusLabel(
              status,
              messages,
            )}</label
          >`,
        )}
      </fieldset>
      <label class="field"
        >${messages.issuedFrom}
        <input type="date" name="issuedFrom" .value=${this.issuedFrom ?? ''} max=${this.issuedTo ?? nothing} @change=${this.handleDateChange}
      /></label>
      <label class="field"
        >${messages.issuedTo}
        <input type="date" name="issuedTo" .value=${this.issuedTo ?? ''} min=${this.issuedFrom ?? nothing} @change=${this.handleDateChange}
      /></label>
      <div class="field search">
        <label for="search">${messages.search}</label>
        <span class="search-row">
          <input
            id="search"
            type="search"
            name="search"
            maxlength=${SEARCH_MAX_LENGTH}
            placeholder=${messages.searchHint}
            .value=${this.search}
            @change=${this.handleSearchCommit}
          />
          <button class="button" type="submit">${messages.applySearch}</button>
        </span>
      </div>
      <button part="clear-filters" class="button quiet" type="button" ?hidden=${!hasFilters(this.view)} @click=${this.handleClearFilters}>
        ${messages.clearFilters}
      </button>
    </form>`;
  }

  private renderTable(items: readonly InvoiceSummary[] | null, messages: InvoiceHistoryMessages, busy: boolean): TemplateResult {
    const { sort, order } = this.view;
    const sortLabel = messages[SORTABLE_COLUMNS.find((column) => column.field === sort)!.label] as string;
    const row = this.rowContext(messages);
    return html`<table part="table" class=${this.cardLayout.matches ? 'cards' : ''} aria-busy=${busy ? 'true' : 'false'}>
      <caption class="visually-hidden">
        ${messages.caption}, ${messages.sortedBy(sortLabel, order)}
      </caption>
      <thead part="table-head">
        <tr>
          ${SORTABLE_COLUMNS.map((column) => this.renderSortableHeader(column.field, messages[column.label] as string, column.numeric))}
          <th scope="col" class="numeric">${messages.columnAmountDue}</th>
          <th scope="col"><span class="visually-hidden">${messages.columnActions}</span></th>
        </tr>
      </thead>
      <tbody @click=${this.handleRowClick}>
        ${items ? items.map((invoice) => this.renderRow(invoice, row)) : this.renderSkeletonRows()}
      </tbody>
    </table>`;
  }

  private renderSortableHeader(field: InvoiceSortField, label: string, numeric = false): TemplateResult {
    const { sort, order } = this.view;
    const active = sort === field;
    const ariaSort = active ? (order === 'asc' ? 'ascending' : 'descending') : 'none';
    return html`<th scope="col" class=${numeric ? 'numeric' : ''} aria-sort=${ariaSort}>
      <button type="button" class="sort" data-sort=${field} @click=${() => this.handleSort(field)}>
        ${label}<span class="sort-icon" aria-hidden="true">${active ? (order === 'asc' ? '▲' : '▼') : '↕'}</span>
      </button>
    </th>`;
  }

  /** What every row of one render shares, worked out once rather than once per row. */
  private rowContext(messages: InvoiceHistoryMessages): RowContext {
    // Cells carry their column names only while rows are cards: five attributes a row that the wide table never shows.
    const label = (name: string) => (this.cardLayout.matches ? name : nothing);
    const labels: RowContext['labels'] = {
      issueDate: label(messages.columnIssueDate),
      dueDate: label(messages.columnDueDate),
      status: label(messages.columnStatus),
      total: label(messages.columnTotal),
      amountDue: label(messages.columnAmountDue),
    };
    return { messages, locale: this.billing.config.locale, hrefTemplate: this.hrefTemplate, baseUrl: document.baseURI, slotNames: this.slotNames.names, labels };
  }

  // No whitespace between the tags (the `><` at line starts): it would be a text node per gap, thousands on a long
  // page. No listeners either: `handleRowClick` on the table body serves every row.
  // Values sit in their cells directly: `dir="auto"` on the cell isolates them as a `<bdi>` would, and the narrow
  // layout's labels come from `data-label` (a pseudo-element), so a row stays close to a plain table's element count.
  // Plain text goes in through `.textContent` rather than a child binding, and the status badge is written out here
  // rather than nested: each child binding or nested template costs a marker comment and part objects, per row.
  // The Download button's name is its own text and the row's number ("Download PDF INV-…"): it starts with what it
  // shows, for voice control, and an attribute costs a row less than `aria-labelledby` with two ids. The
  // row's `actions-{id}` slot is there only when the host has something for it.
  private renderRow(invoice: InvoiceSummary, row: RowContext): TemplateResult {
    const { messages, locale, labels } = row;
    const { status } = invoice;
    return html`<tr part=${rowPart(invoice)} data-id=${invoice.id} data-status=${status}
      ><th scope="row" class="cell-number"
        >${this.renderOpen(invoice, row)}${kindBadge(invoice.kind, messages)}${invoice.corrects
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
          aria-disabled=${this.downloading.has(invoice.id) ? 'true' : 'false'} .textContent=${messages.downloadPdf}></button
        >${row.slotNames.has(`actions-${invoice.id}`) ? html`<slot name=${`actions-${invoice.id}`}></slot>` : nothing}</td
    ></tr>`;
  }

  /** The invoice number: a real link when `href-template` gives one, else a button. Either fires `invoice-select`. */
  private renderOpen(invoice: InvoiceSummary, row: RowContext): TemplateResult {
    const href = invoiceHref(row.hrefTemplate, invoice.id, row.baseUrl);
    return href
      ? html`<a part="open" class="open" href=${href} .textContent=${invoice.number}></a>`
      : html`<button part="open" type="button" class="open" .textContent=${invoice.number}></button>`;
  }

  private renderSkeletonRows(): TemplateResult[] {
    const count = Math.min(clamp(this.variant === 'tile' ? this.tileSize : this.pageSize, 25), 10);
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

  private renderPagination(page: InvoicePage, messages: InvoiceHistoryMessages): TemplateResult {
    const number = new Intl.NumberFormat(this.billing.config.locale);
    const first = page.items.length > 0 ? page.offset + 1 : page.offset;
    const last = page.offset + page.items.length;
    return html`<nav part="pagination" aria-label=${messages.pagination}>
      <button
        type="button"
        class="button"
        data-page="previous"
        aria-disabled=${page.previousCursor ? 'false' : 'true'}
        @click=${(event: Event) => this.handlePage(page.previousCursor, event)}
      >
        <span class="arrow" aria-hidden="true">‹</span> ${messages.previousPage}
      </button>
      <span part="position">${messages.position(number.format(first), number.format(last), number.format(page.totalCount))}</span>
      <button
        type="button"
        class="button"
        data-page="next"
        aria-disabled=${page.nextCursor ? 'false' : 'true'}
        @click=${(event: Event) => this.handlePage(page.nextCursor, event)}
      >
        ${messages.nextPage} <span class="arrow" aria-hidden="true">›</span>
      </button>
    </nav>`;
  }

  private renderBalance(page: InvoicePage | null, messages: InvoiceHistoryMessages): TemplateResult | typeof nothing {
    if (!page) return nothing;
    const locale = this.billing.config.locale;
    const owed = page.balanceDue.filter((money) => money.amountMinor !== 0);
    return html`<dl part="balance" class="balance">
      <dt>${messages.balanceDue}</dt>
      <dd>
        ${owed.length === 0
          ? messages.nothingDue
          : owed.map((money, index) => html`${index > 0 ? ' · ' : ''}<bdi>${formatAmount(money, locale)}</bdi>`)}
      </dd>
    </dl>`;
  }

  private renderError(error: unknown, messages: InvoiceHistoryMessages): TemplateResult {
    return html`<div part="error" class="notice error" role="alert">
      <p class="notice-title">${messages.errorTitle}</p>
      <p>${errorMessage(error, messages)}</p>
      <button part="retry" class="button" type="button" @click=${this.handleRetry}>${messages.retry}</button>
    </div>`;
  }

  private renderTile(state: InvoiceHistoryState, messages: InvoiceHistoryMessages): TemplateResult {
    const page = pageOf(state);
    return html`<section part="base" class="tile">
      <header part="header">
        <slot name="heading"><h2 part="heading">${messages.tileHeading}</h2></slot>
        ${this.renderBalance(page, messages)}
      </header>
      <div part="body" tabindex="-1" aria-busy=${state.type === 'loading' ? 'true' : 'false'}>${this.renderTileBody(state, messages)}</div>
      <div class="visually-hidden" role="status">${state.type === 'loading' ? messages.loading : ''}</div>
      <button part="view-history" class="button primary" type="button" @click=${this.handleViewHistory}>${messages.viewHistory}</button>
    </section>`;
  }

  private renderTileBody(state: InvoiceHistoryState, messages: InvoiceHistoryMessages): TemplateResult {
    const locale = this.billing.config.locale;
    switch (state.type) {
      case 'idle':
        return html`<p part="idle" class="notice">${messages.idle}</p>`;
      case 'loading':
        return html`<ul class="tile-list">
          ${Array.from({ length: Math.min(clamp(this.tileSize, 5), 10) }, () => html`<li class="skeleton-row"><span class="skeleton wide"></span></li>`)}
        </ul>`;
      case 'empty':
        return html`<p part="empty" class="notice">${messages.emptyTitle}</p>`;
      case 'error':
        return this.renderError(state.error, messages);
      case 'loaded':
        const row = this.rowContext(messages);
        return html`<ul class="tile-list" aria-label=${messages.caption} @click=${this.handleRowClick}>
          ${state.page.items.map(
            (invoice) => html`<li part="row" data-id=${invoice.id} data-status=${invoice.status}>
              <span class="tile-main">${this.renderOpen(invoice, row)} ${kindBadge(invoice.kind, messages)}</span>
              <bdi class="tile-date">${formatDate(invoice.issueDate, locale)}</bdi>
              ${statusBadge(invoice.status, messages)}
              <bdi class="tile-amount">${formatAmount(invoice.total, locale)}</bdi>
            </li>`,
          )}
        </ul>`;
    }
  }

  private announcement(state: InvoiceHistoryState, messages: InvoiceHistoryMessages): string {
    switch (state.type) {
      case 'loading':
        return messages.loading;
      case 'loaded': {
        const number = new Intl.NumberFormat(this.billing.config.locale);
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
}

/** The row's parts: `row`, plus `row-overdue` and `row-credit-note` where they apply. */
function rowPart(invoice: InvoiceSummary): string {
  const overdue = invoice.status === 'overdue';
  if (invoice.kind === 'credit_note') return overdue ? 'row row-overdue row-credit-note' : 'row row-credit-note';
  return overdue ? 'row row-overdue' : 'row';
}

function pageOf(state: InvoiceHistoryState): InvoicePage | null {
  if (state.type === 'loaded') return state.page;
  if (state.type === 'loading') return state.previous ?? null;
  if (state.type === 'empty') return state.page ?? null;
  return null;
}

/** A whole number in 1–100, or the fallback when the attribute was not a number. */
function clamp(value: number, fallback: number): number {
  return Number.isFinite(value) ? Math.min(100, Math.max(1, Math.trunc(value))) : fallback;
}

/** Money for a cell; an amount the contract should never send (a float) shows as a dash rather than throwing mid-render. */
function formatAmount(money: { amountMinor: number; currency: string }, locale: string): string {
  try {
    return formatMoney(money, locale);
  } catch {
    return '—';
  }
}

function errorMessage(error: unknown, messages: InvoiceHistoryMessages): string {
  const key = error instanceof BillingError ? ERROR_MESSAGE_KEYS[error.kind] : undefined;
  return messages[key ?? 'errorUnknown'] as string;
}

defineElement('invoice-history-content', InvoiceHistoryContent);
