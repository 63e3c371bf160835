import type { InvoiceSummary } from '../../api/types.js';

/**
 * The user opened an invoice (activated its number). Cancel it (`preventDefault()`) to route in the host instead:
 * with `href-template` the link is then not followed; without one, nothing else happens either way.
 * Not fired for middle-click or modifier-clicks on links, which the browser opens in a new tab.
 */
export class InvoiceSelectEvent extends Event {
  static readonly eventName = 'invoice-select';

  constructor(
    /** The invoice's id. */
    readonly invoiceId: string,
    /** The row's summary, as listed. */
    readonly invoice: InvoiceSummary,
  ) {
    super(InvoiceSelectEvent.eventName, { bubbles: true, composed: true, cancelable: true });
  }
}

/**
 * The user asked for an invoice's PDF. Cancel it to produce the file in the host (e.g. a server-rendered PDF);
 * otherwise the element builds the PDF in the browser and downloads it.
 */
export class InvoiceDownloadEvent extends Event {
  static readonly eventName = 'invoice-download';

  constructor(
    readonly invoiceId: string,
    readonly invoice: InvoiceSummary,
  ) {
    super(InvoiceDownloadEvent.eventName, { bubbles: true, composed: true, cancelable: true });
  }
}

/** The user pressed "View invoice history" on the tile; the host shows the full list. */
export class InvoiceHistoryRequestEvent extends Event {
  static readonly eventName = 'invoice-history-request';

  constructor(
    /** The customer whose history was asked for. */
    readonly customerId: string,
  ) {
    super(InvoiceHistoryRequestEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'invoice-select': InvoiceSelectEvent;
    'invoice-download': InvoiceDownloadEvent;
    'invoice-history-request': InvoiceHistoryRequestEvent;
  }
}
