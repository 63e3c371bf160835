import { css, html, type TemplateResult } from 'lit';
import type { InvoiceKind, InvoiceStatus } from '../../api/types.js';
import { token } from '../../styles/tokens.js';
import type { InvoiceHistoryMessages } from './invoice-history.messages.js';

const STATUS_LABEL_KEYS = {
  draft: 'statusDraft',
  open: 'statusOpen',
  paid: 'statusPaid',
  overdue: 'statusOverdue',
  void: 'statusVoid',
} as const satisfies Record<InvoiceStatus, keyof InvoiceHistoryMessages>;

/** The status in words, from the catalog. */
export function statusLabel(status: InvoiceStatus, messages: InvoiceHistoryMessages): string {
  return messages[STATUS_LABEL_KEYS[status]];
}

/**
 * A status as a labelled badge: the word carries the meaning, colour only adds to it, and overdue also gets a marker
 * and a heavier weight so it stands out without colour (and in forced-colours mode, where colour is gone).
 */
export function statusBadge(status: InvoiceStatus, messages: InvoiceHistoryMessages): TemplateResult {
  return html`<span part="status status-${status}" class="badge" data-status=${status}
    >${status === 'overdue' ? html`<span class="badge-marker" aria-hidden="true">!</span>` : null}${statusLabel(
      status,
      messages,
    )}</span
  >`;
}

/** The "Credit note" label shown beside a credit note's number. */
export function kindBadge(kind: InvoiceKind, messages: InvoiceHistoryMessages): TemplateResult | null {
  return kind === 'credit_note' ? html`<span part="kind" class="badge" data-kind="credit-note">${messages.creditNote}</span>` : null;
}

/** The badges' styles, part of the element's sheet. */
export const statusBadgeStyles = css`
  .badge {
    display: inline-flex;
    align-items: center;
    gap: ${token('space-1')};
    padding: 0 ${token('space-2')};
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: 0.8125rem;
    font-weight: 500;
    line-height: 1.5rem;
    white-space: nowrap;
    color: ${token('color-text-muted')};
    background: ${token('color-surface-raised')};
  }
  .badge[data-status='paid'] {
    color: var(--invoice-history-paid-color, ${token('color-success')});
    background: var(--invoice-history-paid-background, ${token('color-success-surface')});
  }
  .badge[data-status='open'] {
    color: var(--invoice-history-open-color, ${token('color-warning')});
    background: var(--invoice-history-open-background, ${token('color-warning-surface')});
  }
  .badge[data-status='overdue'] {
    font-weight: 700;
    color: var(--invoice-history-overdue-color, ${token('color-danger')});
    background: var(--invoice-history-overdue-background, ${token('color-danger-surface')});
  }
  .badge[data-status='void'] {
    text-decoration: line-through;
  }
  .badge[data-kind='credit-note'] {
    color: ${token('color-info')};
    background: ${token('color-surface')};
  }
  .badge-marker {
    display: inline-grid;
    place-items: center;
    width: 1rem;
    height: 1rem;
    border-radius: 50%;
    font-size: 0.75rem;
    color: var(--invoice-history-overdue-background, ${token('color-danger-surface')});
    background: var(--invoice-history-overdue-color, ${token('color-danger')});
  }
  @media (forced-colors: active) {
    .badge {
      border-color: CanvasText;
      color: CanvasText;
      background: Canvas;
    }
    .badge-marker {
      forced-color-adjust: none;
      background: Mark;
      color: MarkText;
    }
  }
`;
