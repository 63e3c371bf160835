/**
 * What the server's send route needs from e-mail delivery, and nothing more: one message out, one answer back.
 *
 * The SMTP implementation (nodemailer) lives beside this file; tests and the demo point it at an in-process SMTP
 * server. Keeping the route on this interface lets a reseller plug in their own provider (an HTTP mail API, a queue)
 * without touching the routes.
 */

/** A file carried by the e-mail: the invoice PDF, and the e-invoice when the reseller enables one. */
export interface MailAttachment {
  filename: string;
  contentType: string;
  content: Uint8Array;
}

/** One fully composed message. Addresses are already checked; header injection is refused before this point. */
export interface OutgoingMail {
  from: string;
  replyTo?: string;
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string;
  html: string;
  text: string;
  attachments: MailAttachment[];
  /** Extra headers, e.g. `X-Billing-Invoice`. */
  headers?: Record<string, string>;
}

/** What the SMTP server said when it took the message. */
export interface MailDelivery {
  /** The Message-ID header the message went out with. */
  messageId: string;
  accepted: string[];
  rejected: string[];
  /** The server's last reply line, e.g. `250 2.0.0 Ok: queued`. */
  response: string;
}

/**
 * Delivery failed. `retryable` is true when trying again later may work (server down, timeout, 4xx reply) and false
 * when it will not (5xx reply: the server refused the sender, every recipient or the content).
 */
export class MailDeliveryError extends Error {
  override readonly name = 'MailDeliveryError';
  constructor(
    message: string,
    readonly retryable: boolean,
    /** The SMTP reply code when the server answered, e.g. 421 or 550. */
    readonly responseCode?: number,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

export interface Mailer {
  /** Sends one message; resolves when the SMTP server accepted it, rejects with `MailDeliveryError` otherwise. */
  send(mail: OutgoingMail): Promise<MailDelivery>;
  /** Closes pooled connections. */
  close(): Promise<void>;
}
