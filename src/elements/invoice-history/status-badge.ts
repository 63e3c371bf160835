import { html, type TemplateResult } from 'lit';
import type { InvoiceDocumentType, InvoiceStatus, InvoiceSummary } from '../../api/types.js';
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

const DOCUMENT_TYPE_LABEL_KEYS = {
  credit_note: 'creditNote',
  corrected: 'correctedInvoice',
  self_billed: 'selfBilled',
  prepayment: 'prepayment',
} as const satisfies Record<Exclude<InvoiceDocumentType, 'commercial'>, keyof InvoiceHistoryMessages>;

/** UNTDID 1001 code 380, the plain commercial invoice: the one type that needs no label. */
const COMMERCIAL_TYPE_CODE = '380';

/**
 * What kind of document a row is, when it is not a plain invoice: a credit note, a corrected, self-billed or prepayment
 * invoice, in words (a customer must not read a credit note as a bill); a BT-3 code no `documentType` names is shown as
 * the backend sent it. `kind` still decides a credit note when a backend sends no `documentType`.
 * Null for a commercial invoice, which looks as it always has.
 */
export function documentTypeBadge(invoice: Pick<InvoiceSummary, 'kind' | 'documentType' | 'typeCode'>, messages: InvoiceHistoryMessages): TemplateResult | null {
  const type = invoice.kind === 'credit_note' ? 'credit_note' : invoice.documentType;
  if (type && type !== 'commercial') {
    const kind = type.replace('_', '-');
    return html`<span part=${`kind kind-${kind}`} class="badge" data-kind=${kind}>${messages[DOCUMENT_TYPE_LABEL_KEYS[type]]}</span>`;
  }
  if (!type && invoice.typeCode && invoice.typeCode !== COMMERCIAL_TYPE_CODE) {
    return html`<span part="kind kind-other" class="badge" data-kind="other" .textContent=${messages.documentTypeCode(invoice.typeCode)}></span>`;
  }
  return null;
}
