import { html, type TemplateResult } from 'lit';
import { formatDate } from '../../format/dates.js';
import type { InvoiceHistoryMessages } from './invoice-history.messages.js';
import type { InvoiceHistoryState } from './invoice-history.js';
import { formatAmount, pageOf, renderBalance, renderOpen, type RowContext } from './invoice-table.js';
import { documentTypeBadge, statusBadge } from './status-badge.js';

/** What the tile needs from the element. */
export interface TileContext {
  row: RowContext;
  skeletonRows: number;
  error: (error: unknown) => TemplateResult;
  onRowClick: (event: MouseEvent) => void;
  onViewHistory: () => void;
}

/** `<invoice-history variant="tile">`: the latest few invoices and the balance due, for a dashboard. */
export function renderTile(state: InvoiceHistoryState, tile: TileContext): TemplateResult {
  const { messages, locale } = tile.row;
  return html`<section part="base" class="tile">
    <header part="header">
      <slot name="heading"><h2 part="heading">${messages.tileHeading}</h2></slot>
      ${renderBalance(pageOf(state), messages, locale)}
    </header>
    <div part="body" tabindex="-1" aria-busy=${state.type === 'loading' ? 'true' : 'false'}>${renderTileBody(state, tile, messages)}</div>
    <div class="visually-hidden" role="status">${state.type === 'loading' ? messages.loading : ''}</div>
    <button part="view-history" class="button primary" type="button" @click=${tile.onViewHistory}>${messages.viewHistory}</button>
  </section>`;
}

function renderTileBody(state: InvoiceHistoryState, tile: TileContext, messages: InvoiceHistoryMessages): TemplateResult {
  const { locale } = tile.row;
  switch (state.type) {
    case 'idle':
      return html`<p part="idle" class="notice">${messages.idle}</p>`;
    case 'loading':
      return html`<ul class="tile-list">
        ${Array.from({ length: tile.skeletonRows }, () => html`<li class="skeleton-row"><span class="skeleton wide"></span></li>`)}
      </ul>`;
    case 'empty':
      return html`<p part="empty" class="notice">${messages.emptyTitle}</p>`;
    case 'error':
      return tile.error(state.error);
    case 'loaded':
      return html`<ul class="tile-list" aria-label=${messages.caption} @click=${tile.onRowClick}>
        ${state.page.items.map(
          (invoice) => html`<li part="row" data-id=${invoice.id} data-status=${invoice.status}>
            <span class="tile-main">${renderOpen(invoice, tile.row)} ${documentTypeBadge(invoice, messages)}</span>
            <bdi class="tile-date">${formatDate(invoice.issueDate, locale)}</bdi>
            ${statusBadge(invoice.status, messages)}
            <bdi class="tile-amount">${formatAmount(invoice.total, locale)}</bdi>
          </li>`,
        )}
      </ul>`;
  }
}
