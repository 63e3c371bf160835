import { html, type TemplateResult } from 'lit';
import type { InvoiceKind, InvoiceStatus } from '../../api/types.js';
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
  // The overdue marker is the badge's `::before` (class `badge-marked`), not an element: one less per row.
  return html`<span part="status status-${status}" class=${status === 'overdue' ? 'badge badge-marked' : 'badge'} data-status=${status}
    >${statusLabel(status, messages)}</span
  >`;
}

/** The "Credit note" label shown beside a credit note's number. */
export function kindBadge(kind: InvoiceKind, messages: InvoiceHistoryMessages): TemplateResult | null {
  return kind === 'credit_note' ? html`<span part="kind" class="badge" data-kind="credit-note">${messages.creditNote}</span>` : null;
}
