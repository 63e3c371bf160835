import type {
  Invoice,
  InvoicePage,
  InvoiceQuery,
  NotificationSettings,
  SendInvoiceRequest,
  SentEmail,
  VersionedSettings,
} from './types.js';

/**
 * Everything the elements ask of a backend. `RestDataSource` implements it over the HTTP contract in `openapi.yaml`;
 * a reseller whose billing lives elsewhere passes its own object with these five methods instead.
 *
 * Every method takes an AbortSignal: when a customer is switched or an element leaves the page, the request in flight
 * is aborted. Failures are thrown as `BillingError` (see `errors.ts`), so elements can say what went wrong.
 */
export interface BillingDataSource {
  /** One page of a customer's invoices, filtered and sorted on the server. */
  listInvoices(customerId: string, query: InvoiceQuery, signal?: AbortSignal): Promise<InvoicePage>;
  /** One invoice in full. Throws a `not-found` BillingError when there is none. */
  getInvoice(customerId: string, invoiceId: string, signal?: AbortSignal): Promise<Invoice>;
  /**
   * E-mails an invoice with its PDF attached; resolves to the record of what was sent.
   * `idempotencyKey` is the same for every attempt of one submission of the send dialog (a retry after an error
   * reuses it): a backend that has already sent for this key answers with that result and sends nothing again.
   * RestDataSource sends it as the `Idempotency-Key` header.
   */
  sendInvoice(customerId: string, invoiceId: string, request: SendInvoiceRequest, signal?: AbortSignal, idempotencyKey?: string): Promise<SentEmail>;
  /** The reseller's notification settings and the version they were read at. */
  getSettings(signal?: AbortSignal): Promise<VersionedSettings>;
  /**
   * Saves settings if they are still at version `etag`; throws a `precondition-failed` BillingError when someone
   * else saved in between, so no edit silently overwrites another.
   */
  saveSettings(settings: NotificationSettings, etag: string, signal?: AbortSignal): Promise<VersionedSettings>;
}
