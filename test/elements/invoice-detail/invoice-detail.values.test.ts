import { expect, fixture, html } from '@open-wc/testing';
import type { BillingDataSource } from '../../../src/api/data-source.js';
import type { Invoice } from '../../../src/api/types.js';
import '../../../src/elements/invoice-detail/invoice-detail.js';
import type { InvoiceDetail } from '../../../src/elements/invoice-detail/invoice-detail.js';
import { api, detail } from './helpers.js';

/** A custom data source (not the REST one) over the reference backend, whose invoices `change` spoils. */
function adapter(change: (invoice: Record<string, unknown>) => void): BillingDataSource {
  const backend = api();
  return {
    listInvoices: (...args) => backend.listInvoices(...args),
    getInvoice: async (...args) => {
      const invoice = structuredClone(await backend.getInvoice(...args)) as unknown as Record<string, unknown>;
      change(invoice);
      return invoice as unknown as Invoice;
    },
    sendInvoice: (...args) => backend.sendInvoice(...args),
    getSettings: (...args) => backend.getSettings(...args),
    saveSettings: (...args) => backend.saveSettings(...args),
  };
}

describe('<invoice-detail> ids', () => {
  for (const [customerId, invoiceId] of [
    ['   ', 'inv-small-1'],
    ['cus-small', '   '],
  ] as const) {
    it(`shows the idle message for customer-id="${customerId}" invoice-id="${invoiceId}"`, async () => {
      const element = await fixture<InvoiceDetail>(
        html`<invoice-detail customer-id=${customerId} invoice-id=${invoiceId} locale="en-US" .dataSource=${api()}></invoice-detail>`,
      );
      await element.updateComplete;
      expect(element.currentState.type).to.equal('idle');
      expect(element.shadowRoot!.querySelector('[part~="idle"]')!.textContent).to.contain('Choose an invoice');
      await expect(element).to.be.accessible();
    });
  }
});

describe('<invoice-detail> with an invoice that breaks the contract', () => {
  it('shows its error state naming a missing field, from a custom data source', async () => {
    const element = await detail('cus-small', 'inv-small-1', adapter((invoice) => delete invoice['subtotal']));
    expect(element.currentState.type).to.equal('error');
    expect(element.shadowRoot!.querySelector('[part~="error-field"]')!.textContent).to.contain('subtotal');
    await expect(element).to.be.accessible();
  });

  it('names a nested field of the wrong type', async () => {
    const element = await detail('cus-small', 'inv-small-1', adapter((invoice) => ((invoice['seller'] as Record<string, unknown>)['address'] = null)));
    expect(element.currentState.type).to.equal('error');
    expect(element.shadowRoot!.querySelector('[part~="error-field"]')!.textContent).to.contain('seller.address');
  });
});
