/**
 * The demo's "sent mail": nothing leaves the machine. Each tenant has its own outbox (newest first) holding the
 * rendered e-mail and its PDF, and each invoice remembers the e-mails sent for it. In memory only, like a mail queue
 * that a restart empties; per tenant, so parallel tests never see each other's mail.
 */
import type { SentEmail } from '../../src/api/types.js';

/** One sent e-mail as the demo's Outbox page lists it. */
export interface OutboxEntry extends SentEmail {
  customerId: string;
  invoiceId: string;
  invoiceNumber: string;
  html: string;
  text: string;
  attachment: { filename: string; contentType: 'application/pdf'; size: number };
}

/** How many e-mails a tenant keeps; older ones (and their PDFs) are dropped, so memory stays bounded. */
export const OUTBOX_CAPACITY = 100;

interface TenantMail {
  entries: OutboxEntry[];
  pdfs: Map<string, Uint8Array<ArrayBuffer>>;
  sentByInvoice: Map<string, SentEmail[]>;
}

let sequence = 0;

export class Outbox {
  private readonly tenants = new Map<string, TenantMail>();

  private mailOf(tenant: string): TenantMail {
    let mail = this.tenants.get(tenant);
    if (!mail) {
      mail = { entries: [], pdfs: new Map(), sentByInvoice: new Map() };
      this.tenants.set(tenant, mail);
    }
    return mail;
  }

  /** A fresh id for an e-mail. */
  static nextId(now: Date): string {
    return `eml-${now.getTime().toString(36)}-${(++sequence).toString(36)}`;
  }

  record(tenant: string, entry: OutboxEntry, pdf: Uint8Array<ArrayBuffer>): void {
    const mail = this.mailOf(tenant);
    mail.entries.unshift(entry);
    mail.pdfs.set(entry.id, pdf);
    for (const dropped of mail.entries.splice(OUTBOX_CAPACITY)) mail.pdfs.delete(dropped.id);
    const key = `${entry.customerId}/${entry.invoiceId}`;
    const { id, sentAt, to, cc, bcc, subject } = entry;
    mail.sentByInvoice.set(key, [{ id, sentAt, to, cc, bcc, subject }, ...(mail.sentByInvoice.get(key) ?? [])]);
  }

  /** The tenant's e-mails, newest first. */
  list(tenant: string): OutboxEntry[] {
    return [...(this.tenants.get(tenant)?.entries ?? [])];
  }

  attachment(tenant: string, id: string): { entry: OutboxEntry; pdf: Uint8Array<ArrayBuffer> } | undefined {
    const mail = this.tenants.get(tenant);
    const entry = mail?.entries.find((candidate) => candidate.id === id);
    const pdf = mail?.pdfs.get(id);
    return entry && pdf ? { entry, pdf } : undefined;
  }

  /** E-mails sent for one invoice, newest first. */
  sentFor(tenant: string, customerId: string, invoiceId: string): SentEmail[] {
    return [...(this.tenants.get(tenant)?.sentByInvoice.get(`${customerId}/${invoiceId}`) ?? [])];
  }
}
