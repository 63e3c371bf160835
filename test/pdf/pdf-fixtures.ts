/** Invoices for the PDF tests, from the reference backend over HTTP (the same data the elements show). */
import { RestDataSource } from '../../src/api/rest-data-source.js';
import type { Invoice } from '../../src/api/types.js';

export const backend = new RestDataSource({ baseUrl: '/api', headers: { 'X-Billing-Tenant': `pdf-${crypto.randomUUID()}` } });

/** An invoice by id, or the customer's oldest when no id is given. */
export async function fetchInvoice(customerId: string, invoiceId?: string): Promise<Invoice> {
  if (invoiceId) return backend.getInvoice(customerId, invoiceId);
  const page = await backend.listInvoices(customerId, { limit: 1, sort: 'issueDate', order: 'asc' });
  return backend.getInvoice(customerId, page.items[0]!.id);
}

/**
 * A cus-medium invoice with at least one line at the reseller's own price that differs from MSRP, so an MSRP amount
 * that leaks into the output would be noticed.
 */
export async function fetchResellerPricedInvoice(): Promise<Invoice> {
  const page = await backend.listInvoices('cus-medium', { limit: 20, sort: 'issueDate', order: 'asc' });
  for (const summary of page.items) {
    if (summary.kind !== 'invoice') continue;
    const invoice = await backend.getInvoice('cus-medium', summary.id);
    if (invoice.lines.some((line) => line.priceSource === 'reseller' && line.msrpUnitPrice.amountMinor !== line.unitPrice.amountMinor)) {
      return invoice;
    }
  }
  throw new Error('The seed has no cus-medium invoice with reseller prices in its first 20');
}
