import type { Invoice, SentEmail } from '../../api/types.js';

/** The user pressed Back. The host decides where that goes (e.g. back to the invoice history). */
export class InvoiceBackEvent extends Event {
  static readonly eventName = 'invoice-back';

  constructor(
    /** The invoice on screen, if any. */
    readonly invoiceId: string | null,
  ) {
    super(InvoiceBackEvent.eventName, { bubbles: true, composed: true });
  }
}

/** The invoice was e-mailed to the customer: the backend accepted it and returned the record of what was sent. */
export class InvoiceSentEvent extends Event {
  static readonly eventName = 'invoice-sent';

  constructor(
    /** The invoice that was sent. */
    readonly invoice: Invoice,
    /** When, to whom, with which subject. */
    readonly email: SentEmail,
  ) {
    super(InvoiceSentEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'invoice-back': InvoiceBackEvent;
    'invoice-sent': InvoiceSentEvent;
  }
}
