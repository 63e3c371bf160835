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

/** A status badge's parts: `status` and `status-<status>`. */
export function statusBadgePart(status: InvoiceStatus): string {
  return `status status-${status}`;
}

/** A status badge's classes: overdue also gets a marker, the badge's own `::before` (one element less per row). */
export function statusBadgeClass(status: InvoiceStatus): string {
  return status === 'overdue' ? 'badge badge-marked' : 'badge';
}

/**
 * A status as a labelled badge: the word carries the meaning, colour only adds to it, and overdue also gets a marker
 * and a heavier weight so it stands out without colour (and in forced-colours mode, where colour is gone).
 * The table's rows write the same badge out inline (see `renderRow`), from the same parts and classes.
 */
export function statusBadge(status: InvoiceStatus, messages: InvoiceHistoryMessages): TemplateResult {
  return html`<span part=${statusBadgePart(status)} class=${statusBadgeClass(status)} data-status=${status}
    >${statusLabel(status, messages)}</span
  >`;
}

/** The "Credit note" label shown beside a credit note's number. */
export function kindBadge(kind: InvoiceKind, messages: InvoiceHistoryMessages): TemplateResult | null {
  return kind === 'credit_note' ? html`<span part="kind" class="badge" data-kind="credit-note">${messages.creditNote}</span>` : null;
}
