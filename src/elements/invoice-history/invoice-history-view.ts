import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { TaskStatus } from '@lit/task';
import { isAbort } from '../../api/errors.js';
import type { InvoicePage, InvoiceQuery, InvoiceSortField, InvoiceSummary } from '../../api/types.js';
import { BillingConfigController } from '../../context/billing-config-controller.js';
import type { BillingConfig } from '../../context/billing-context.js';
import { ContainerQueryController } from '../../container-query-controller.js';
import { LoadController, stateWithoutDataSource } from '../../controllers/load-controller.js';
import { PdfDownloadController } from '../../controllers/pdf-download-controller.js';
import { errorMessage } from '../../format/error-messages.js';
import { documentLocale } from '../../format/document-locale.js';
import { languageOf, resolveMessages } from '../../format/messages.js';
import type { ElementView } from '../../lazy-element.js';
import { LazyController } from '../../lazy.js';
import { SlotNamesController } from '../../slot-names-controller.js';
import type { InvoiceHistory, InvoiceHistoryState } from './invoice-history.js';
import { InvoiceDownloadEvent, InvoiceHistoryRequestEvent, InvoiceSelectEvent } from './invoice-history.events.js';
import { invoiceHistoryLanguages, invoiceHistoryMessages, type InvoiceHistoryMessages } from './invoice-history.messages.js';
import { invoiceHistoryStyles } from './invoice-history.styles.js';
import {
  DEFAULT_VIEW,
  hasFilters,
  parseIsoDate,
  parseSortField,
  parseSortOrder,
  parseStatuses,
  SEARCH_MAX_LENGTH,
  toggleSort,
  toInvoiceQuery,
  type InvoiceView,
} from './invoice-query.js';
import { announcement, clamp, pageOf, renderBalance, renderPagination, renderTable, type RowContext, type TableContext } from './invoice-table.js';
import { renderFilters } from './invoice-filters.js';
import { renderTile } from './invoice-tile.js';
import { ViewUrlSync } from './view-url-sync.js';

/** One request the element makes: rebuilt only when something it depends on changes, so it can be a load argument. */
interface InvoiceRequest {
  customerId: string;
  query: InvoiceQuery;
  filtered: boolean;
}

interface LoadedPage {
  request: InvoiceRequest;
  page: InvoicePage;
}

/** Properties that change which invoices are listed; changing any of them goes back to the first page. */
const VIEW_PROPERTIES = ['customerId', 'variant', 'pageSize', 'tileSize', 'statuses', 'issuedFrom', 'issuedTo', 'search', 'sort', 'order'];

export const styles = invoiceHistoryStyles;
export const languages = invoiceHistoryLanguages;

export function createView(host: InvoiceHistory): InvoiceHistoryView {
  return new InvoiceHistoryView(host);
}

/**
 * Everything `<invoice-history>` does but declare its API: loaded when the first one connects. Handlers are arrow
 * functions: Lit calls template listeners with the element as `this`.
 */
export class InvoiceHistoryView implements ElementView {
  /** The opaque cursor of the page shown; null is the first page. */
  private cursor: string | null = null;
  private cursorChanged = false;
  /** The invoice number whose PDF failed last, for the message. */
  private downloadFailedFor: string | null = null;

  private readonly billing: BillingConfigController;
  private readonly lazy: LazyController;
  // Whether the narrow layout's container query applies, so that its rules for cells can select only then.
  private readonly cardLayout: ContainerQueryController;
  private readonly slotNames: SlotNamesController;
  private readonly downloads: PdfDownloadController;
  private readonly urlSync: ViewUrlSync;
  private readonly load: LoadController<readonly [BillingConfig, InvoiceRequest], LoadedPage>;
  private request: InvoiceRequest | null = null;
  // Set when a restored view brings its own cursor, so `willUpdate` does not reset it to the first page.
  private keepCursor = false;
  // Set by user actions: the next update writes the view to the URL (programmatic changes never push history).
  private pushUrlOnUpdate = false;

  constructor(private readonly host: InvoiceHistory) {
    this.billing = new BillingConfigController(host);
    this.lazy = new LazyController(host);
    this.cardLayout = new ContainerQueryController(host, () => host.renderRoot?.querySelector('.width-probe'), '--invoice-history-cards');
    this.slotNames = new SlotNamesController(host, () => host);
    this.downloads = new PdfDownloadController(host);
    this.urlSync = new ViewUrlSync(host, { prefix: () => host.syncUrl, view: () => this.view, restore: this.restoreView });
    // A `state` set by the host means there is nothing to load: the page in hand renders, and unsetting it loads.
    this.load = new LoadController(host, {
      args: () => {
        const { dataSource } = this.billing.config;
        return host.state === undefined && this.request && dataSource ? ([this.billing.config, this.request] as const) : null;
      },
      load: async ([config, request], signal) => ({ request, page: await config.dataSource!.listInvoices(request.customerId, request.query, signal) }),
    });
  }

  settled(): Promise<void> {
    return this.lazy.settled();
  }

  willUpdate(changed: PropertyValues<InvoiceHistory>): void {
    if (changed.has('syncUrl')) this.urlSync.restore();
    const viewChanged = VIEW_PROPERTIES.some((name) => changed.has(name as keyof InvoiceHistory));
    if (viewChanged) this.downloadFailedFor = null;
    if (viewChanged && !this.keepCursor) this.cursor = null;
    this.keepCursor = false;
    const cursorChanged = this.cursorChanged;
    this.cursorChanged = false;
    if (viewChanged || cursorChanged || !this.request) this.request = this.buildRequest();
    if (this.pushUrlOnUpdate || viewChanged || cursorChanged) {
      this.urlSync.write(this.pushUrlOnUpdate ? 'push' : 'replace');
      this.pushUrlOnUpdate = false;
    }
  }

  /** The filters, sort and page the user is looking at. */
  private get view(): InvoiceView {
    const host = this.host;
    // Attributes are strings from anywhere: a value the backend would refuse is dropped (or sorts the default way)
    // rather than turning the list into an error.
    return {
      statuses: parseStatuses(host.statuses.join(',')),
      issuedFrom: parseIsoDate(host.issuedFrom),
      issuedTo: parseIsoDate(host.issuedTo),
      search: host.search.slice(0, SEARCH_MAX_LENGTH),
      sort: parseSortField(host.sort) ?? DEFAULT_VIEW.sort,
      order: parseSortOrder(host.order) ?? DEFAULT_VIEW.order,
      cursor: this.cursor,
    };
  }

  /** The state rendered: the one set on `state`, else the load's. */
  get currentState(): InvoiceHistoryState {
    if (this.host.state) return this.host.state;
    if (!this.request) return { type: 'idle' };
    if (!this.billing.config.dataSource) return stateWithoutDataSource();
    switch (this.load.status) {
      case TaskStatus.INITIAL:
        return { type: 'loading' };
      case TaskStatus.PENDING: {
        const last = this.load.value;
        const samePlace = last && last.request.customerId === this.request.customerId && this.host.variant === 'list';
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
    return resolveMessages(invoiceHistoryMessages, this.billing.config.locale, this.host.messages);
  }

  private buildRequest(): InvoiceRequest | null {
    const host = this.host;
    const customerId = host.customerId?.trim();
    if (!customerId) return null;
    if (host.variant === 'tile') {
      return { customerId, query: { limit: clamp(host.tileSize, 5), sort: 'issueDate', order: 'desc' }, filtered: false };
    }
    const view = this.view;
    return { customerId, query: toInvoiceQuery(view, clamp(host.pageSize, 25)), filtered: hasFilters(view) };
  }

  private readonly restoreView = (view: InvoiceView): void => {
    Object.assign(this.host, { statuses: view.statuses, issuedFrom: view.issuedFrom, issuedTo: view.issuedTo, search: view.search, sort: view.sort, order: view.order });
    this.setCursor(view.cursor);
  };

  private setCursor(cursor: string | null): void {
    this.cursor = cursor;
    this.cursorChanged = true;
    this.keepCursor = true;
    this.host.requestUpdate();
  }

  // ---- user actions ------------------------------------------------------------------------------------------

  /** Applies a change the user made and records it in the URL. */
  private userChange(change: () => void): void {
    change();
    this.pushUrlOnUpdate = true;
    this.host.requestUpdate();
  }

  private readonly handleSort = (field: InvoiceSortField): void => {
    this.userChange(() => Object.assign(this.host, toggleSort(this.view, field)));
  };

  private readonly handleStatusChange = (event: Event): void => {
    const form = (event.target as HTMLInputElement).form!;
    const checked = [...form.querySelectorAll<HTMLInputElement>('input[name="status"]:checked')].map((input) => input.value);
    this.userChange(() => (this.host.statuses = parseStatuses(checked.join(','))));
  };

  private readonly handleDateChange = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const value = parseIsoDate(input.value);
    this.userChange(() => {
      if (input.name === 'issuedFrom') this.host.issuedFrom = value;
      else this.host.issuedTo = value;
    });
  };

  private readonly handleSearchCommit = (event: Event): void => {
    event.preventDefault();
    const form = (event.currentTarget as HTMLElement).closest('form') ?? (event.currentTarget as HTMLFormElement);
    const input = form.querySelector<HTMLInputElement>('input[name="search"]')!;
    this.userChange(() => (this.host.search = input.value.slice(0, SEARCH_MAX_LENGTH)));
  };

  private readonly handleClearFilters = (): void => {
    this.host.renderRoot.querySelector('form')?.reset();
    this.userChange(() => Object.assign(this.host, { statuses: [], issuedFrom: null, issuedTo: null, search: '' }));
    // The button that had focus may be gone (the empty state's); give focus a stable place.
    this.focusBodyAfterRender();
  };

  private readonly handlePage = (cursor: string | null, event: Event): void => {
    if ((event.currentTarget as HTMLElement).getAttribute('aria-disabled') === 'true' || !cursor) return;
    this.userChange(() => this.setCursor(cursor));
  };

  private readonly handleRetry = (): void => {
    this.load.reload();
    this.focusBodyAfterRender();
  };

  private focusBodyAfterRender(): void {
    void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>('[part~="body"]')?.focus());
  }

  /**
   * The one listener for every row's open and download controls (two per row otherwise, thousands on a long page);
   * the row's `data-id` says which invoice.
   */
  private readonly handleRowClick = (event: MouseEvent): void => {
    const control = event.target instanceof Element ? event.target.closest('[part~="open"], [part~="download"]') : null;
    // Slotted actions belong to the host's tree: their clicks are the host's business, and `closest` from there
    // could match something on the page.
    if (!control || !this.host.renderRoot.contains(control)) return;
    const id = control.closest<HTMLElement>('[data-id]')?.dataset.id;
    const invoice = pageOf(this.currentState)?.items.find((item) => item.id === id);
    if (!invoice) return;
    if (control.matches('[part~="download"]')) void this.handleDownload(invoice);
    else this.handleOpen(event, invoice);
  };

  private handleOpen(event: MouseEvent, invoice: InvoiceSummary): void {
    // Modifier-clicks on a link are the browser's (new tab or window); the host is not asked.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const select = new InvoiceSelectEvent(invoice.id, invoice);
    this.host.dispatchEvent(select);
    if (select.defaultPrevented) event.preventDefault();
  }

  private async handleDownload(invoice: InvoiceSummary): Promise<void> {
    if (this.downloads.status(invoice.id).type === 'busy') return;
    const request = new InvoiceDownloadEvent(invoice.id, invoice);
    this.host.dispatchEvent(request);
    const { dataSource, branding } = this.billing.config;
    // The id the list was loaded with (trimmed), not the raw attribute.
    const customerId = this.request?.customerId;
    if (request.defaultPrevented || !dataSource || !customerId) return;
    this.downloadFailedFor = null;
    const result = await this.downloads.download(invoice.id, async (signal) => {
      const full = await dataSource.getInvoice(customerId, invoice.id, signal);
      // The PDF code (jsPDF and fonts) is loaded on the first download only.
      const { invoiceToPdf } = await import('../../pdf/invoice-to-pdf.js');
      // The PDF is the customer's: in their language, not necessarily the list's.
      return invoiceToPdf(full, { locale: documentLocale(full, this.billing.config), branding, signal });
    });
    if (result.type !== 'error') return;
    this.downloadFailedFor = invoice.number;
    this.host.requestUpdate();
  }

  private readonly handleViewHistory = (): void => {
    this.host.dispatchEvent(new InvoiceHistoryRequestEvent(this.request?.customerId ?? ''));
  };

  // ---- rendering ---------------------------------------------------------------------------------------------

  render(): TemplateResult | typeof nothing {
    // A language other than English arrives as a chunk on first use; until then, nothing rather than English.
    if (!this.lazy.ready(invoiceHistoryLanguages[languageOf(this.billing.config.locale)])) return nothing;
    const state = this.currentState;
    const messages = this.strings;
    const row = this.rowContext(messages);
    // The probe is for `cardLayout`: an empty block as wide as the element, outside the base's grid and its gaps.
    return html`<div class="width-probe"></div>${this.host.variant === 'tile'
        ? renderTile(state, {
            row,
            skeletonRows: Math.min(clamp(this.host.tileSize, 5), 10),
            error: (error) => this.renderError(error, messages),
            onRowClick: this.handleRowClick,
            onViewHistory: this.handleViewHistory,
          })
        : this.renderList(state, row)}`;
  }

  private renderList(state: InvoiceHistoryState, row: RowContext): TemplateResult {
    const { messages, locale } = row;
    return html`<section part="base" class="list">
      <header part="header">
        <slot name="heading"><h2 part="heading">${messages.heading}</h2></slot>
        ${renderBalance(pageOf(state), messages, locale)}
      </header>
      ${renderFilters({
        messages,
        host: this.host,
        filtered: hasFilters(this.view),
        handleSearchCommit: this.handleSearchCommit,
        handleStatusChange: this.handleStatusChange,
        handleDateChange: this.handleDateChange,
        handleClearFilters: this.handleClearFilters,
      })}
      <div part="body" tabindex="-1">${this.renderListBody(state, row)}</div>
      <div class="visually-hidden" role="status">${announcement(state, row)}</div>
    </section>`;
  }

  private renderListBody(state: InvoiceHistoryState, row: RowContext): TemplateResult {
    const { messages } = row;
    const table = this.tableContext(row);
    switch (state.type) {
      case 'idle':
        return html`<p part="idle" class="notice">${messages.idle}</p>`;
      case 'loading':
        return state.previous && state.previous.items.length > 0 ? this.renderPage(state.previous, table, true) : renderTable(null, table, true);
      case 'loaded':
        return this.renderPage(state.page, table, false);
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
  private renderPage(page: InvoicePage, table: TableContext, busy: boolean): TemplateResult {
    const { messages, locale } = table.row;
    return html`${this.downloadFailedFor
      ? html`<p part="download-error" class="notice error" role="alert">${messages.downloadFailed(this.downloadFailedFor)}</p>`
      : nothing}${renderTable(page.items, table, busy)}${renderPagination(page, messages, locale, this.handlePage)}`;
  }

  /** What every row of one render shares, worked out once rather than once per row. */
  private rowContext(messages: InvoiceHistoryMessages): RowContext {
    // Cells carry their column names only while rows are cards: five attributes a row that the wide table never shows.
    const label = (name: string) => (this.cardLayout.matches ? name : nothing);
    return {
      messages,
      locale: this.billing.config.locale,
      hrefTemplate: this.host.hrefTemplate,
      baseUrl: isServer ? undefined : document.baseURI,
      slotNames: this.slotNames.names,
      labels: {
        issueDate: label(messages.columnIssueDate),
        dueDate: label(messages.columnDueDate),
        status: label(messages.columnStatus),
        total: label(messages.columnTotal),
        amountDue: label(messages.columnAmountDue),
      },
      downloading: (id) => this.downloads.status(id).type === 'busy',
    };
  }

  private tableContext(row: RowContext): TableContext {
    const { sort, order } = this.view;
    const host = this.host;
    return {
      row,
      sort,
      order,
      cards: this.cardLayout.matches,
      skeletonRows: Math.min(clamp(host.variant === 'tile' ? host.tileSize : host.pageSize, 25), 10),
      onSort: this.handleSort,
      onRowClick: this.handleRowClick,
    };
  }

  private renderError(error: unknown, messages: InvoiceHistoryMessages): TemplateResult {
    return html`<div part="error" class="notice error" role="alert">
      <p class="notice-title">${messages.errorTitle}</p>
      <p>${errorMessage(error, messages)}</p>
      <button part="retry" class="button" type="button" @click=${this.handleRetry}>${messages.retry}</button>
    </div>`;
  }
}
