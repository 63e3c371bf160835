import { html, nothing, type TemplateResult } from 'lit';
import { INVOICE_STATUSES, type InvoiceStatus } from '../../api/types.js';
import { checked } from '../../directives/checked.js';
import type { InvoiceHistoryMessages } from './invoice-history.messages.js';
import { SEARCH_MAX_LENGTH } from './invoice-query.js';
import { statusLabel } from './status-badge.js';

/** What the filter form shows, and where its changes go. */
export interface FiltersContext {
  messages: InvoiceHistoryMessages;
  host: { statuses: readonly InvoiceStatus[]; issuedFrom: string | null; issuedTo: string | null; search: string };
  /** Whether any filter is set (shows "Clear filters"). */
  filtered: boolean;
  handleSearchCommit: (event: Event) => void;
  handleStatusChange: (event: Event) => void;
  handleDateChange: (event: Event) => void;
  handleClearFilters: () => void;
}

/** The history's filter form: statuses, issue dates and search. */
export function renderFilters(filters: FiltersContext): TemplateResult {
  const { messages, host } = filters;
  return html`<form part="filters" role="search" aria-label=${messages.filters} @submit=${filters.handleSearchCommit}>
    <fieldset class="statuses">
      <legend>${messages.statusFilter}</legend>
      ${INVOICE_STATUSES.map(
        (status) => html`<label class="check"
          ><input type="checkbox" name="status" value=${status} ?checked=${host.statuses.includes(status)} ${checked(host.statuses.includes(status))} @change=${filters.handleStatusChange} />${statusLabel(
            status,
            messages,
          )}</label
        >`,
      )}
    </fieldset>
    <label class="field"
      >${messages.issuedFrom}
      <input type="date" name="issuedFrom" .value=${host.issuedFrom ?? ''} max=${host.issuedTo ?? nothing} @change=${filters.handleDateChange}
    /></label>
    <label class="field"
      >${messages.issuedTo}
      <input type="date" name="issuedTo" .value=${host.issuedTo ?? ''} min=${host.issuedFrom ?? nothing} @change=${filters.handleDateChange}
    /></label>
    <div class="field search">
      <label for="search">${messages.search}</label>
      <span class="search-row">
        <input id="search" type="search" name="search" maxlength=${SEARCH_MAX_LENGTH} placeholder=${messages.searchHint} .value=${host.search} @change=${filters.handleSearchCommit} />
        <button class="button" type="submit">${messages.applySearch}</button>
      </span>
    </div>
    <button part="clear-filters" class="button quiet" type="button" ?hidden=${!filters.filtered} @click=${filters.handleClearFilters}>
      ${messages.clearFilters}
    </button>
  </form>`;
}
