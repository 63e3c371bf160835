import { expect, fixture, html } from '@open-wc/testing';
import { EN16931_IDS } from '../../../demo/backend/seed-en16931.js';
import type { BillingDataSource } from '../../../src/api/data-source.js';
import type { InvoicePage, InvoiceQuery } from '../../../src/api/types.js';
import '../../../src/elements/invoice-history/invoice-history.js';
import type { InvoiceHistory } from '../../../src/elements/invoice-history/invoice-history.js';
import { api, RecordingDataSource, rowIds, settled, shadow } from './helpers.js';

// The EN 16931 seed customer whose invoices include a credit note, a corrected and a self-billed invoice (issue #14).
const customerId = EN16931_IDS.customers.de;
const ids = EN16931_IDS.invoices;
const hansaInvoices = [ids.standardRates, ids.exempt, ids.domesticReverseCharge, ids.prepaidRounding, ids.subCentPrices, ids.creditNote, ids.corrected, ids.selfBilled];

async function history(variant: 'table' | 'tile', locale: string, dataSource: BillingDataSource = api()): Promise<InvoiceHistory> {
  const element = await fixture<InvoiceHistory>(
    html`<invoice-history variant=${variant} tile-size="10" customer-id=${customerId} locale=${locale} .dataSource=${dataSource}></invoice-history>`,
  );
  return settled(element);
}

/** Each row's document-type label, by invoice id; rows without one are absent. */
function labels(element: InvoiceHistory): Map<string, string> {
  const rows = [...shadow(element).querySelectorAll<HTMLElement>('[part~="row"][data-id]')];
  return new Map(
    rows.flatMap((row) => {
      const badge = row.querySelector('[part~="kind"]');
      return badge ? [[row.dataset.id!, badge.textContent!.trim()] as const] : [];
    }),
  );
}

describe('<invoice-history> document types', () => {
  it('labels the credit note, the corrected and the self-billed invoice in the table, and no commercial invoice', async () => {
    const element = await history('table', 'en-US');
    expect(rowIds(element)).to.have.members(hansaInvoices);
    expect(Object.fromEntries(labels(element))).to.deep.equal({
      [ids.creditNote]: 'Credit note',
      [ids.corrected]: 'Corrected invoice',
      [ids.selfBilled]: 'Self-billed',
    });
    // The label is part of the row header, so a screen reader announces it with the number when moving along a row.
    const header = shadow(element).querySelector(`tr[data-id="${ids.corrected}"] th[scope="row"]`)!;
    expect(header.textContent).to.contain('Corrected invoice');
    await expect(element).to.be.accessible();
  });

  it('labels them in the tile too', async () => {
    const element = await history('tile', 'en-US');
    expect(rowIds(element)).to.have.members(hansaInvoices);
    expect(Object.fromEntries(labels(element))).to.deep.equal({
      [ids.creditNote]: 'Credit note',
      [ids.corrected]: 'Corrected invoice',
      [ids.selfBilled]: 'Self-billed',
    });
    await expect(element).to.be.accessible();
  });

  it('says the labels in the element’s language', async () => {
    const element = await history('table', 'de-DE');
    expect(Object.fromEntries(labels(element))).to.deep.equal({
      [ids.creditNote]: 'Gutschrift',
      [ids.corrected]: 'Rechnungskorrektur',
      [ids.selfBilled]: 'Selbstfakturierung',
    });
    await expect(element).to.be.accessible();
  });

  it('shows a type code the contract has no word for as the backend sent it', async () => {
    // The reference backend's rows, with one turned into a UNTDID 1001 type the contract does not name (326, partial
    // invoice): a backend may send such a code without a documentType.
    const partial: BillingDataSource = Object.assign(new RecordingDataSource(), {
      listInvoices: async (id: string, query: InvoiceQuery, signal?: AbortSignal): Promise<InvoicePage> => {
        const page = await api().listInvoices(id, query, signal);
        return {
          ...page,
          items: page.items.map((item) => {
            if (item.id !== ids.standardRates) return item;
            const { documentType: _dropped, ...rest } = item;
            return { ...rest, typeCode: '326' };
          }),
        };
      },
    });
    const element = await history('table', 'en-US', partial);
    expect(labels(element).get(ids.standardRates)).to.equal('Type 326');
    await expect(element).to.be.accessible();
  });
});
