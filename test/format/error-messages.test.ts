import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/invoice-history/invoice-history.js';
import type { InvoiceHistory } from '../../src/elements/invoice-history/invoice-history.js';
import { api, settled } from '../elements/invoice-history/helpers.js';

async function failingList(locale: string, status: number): Promise<string> {
  const element = await fixture<InvoiceHistory>(
    html`<invoice-history customer-id="cus-small" locale=${locale} .dataSource=${api({ 'X-Billing-Fault': `status=${status}` })}></invoice-history>`,
  );
  await settled(element);
  expect(element.currentState.type).to.equal('error');
  return element.shadowRoot!.querySelector('[part~="error"]')!.textContent!;
}

describe('the shared error messages', () => {
  it('arrive with an element’s language: a 500 in German', async () => {
    expect(await failingList('de-DE', 500)).to.contain('Beim Abrechnungsdienst ist ein Fehler aufgetreten');
  });

  it('give way to the element’s own wording: a 403 in Japanese', async () => {
    expect(await failingList('ja-JP', 403)).to.contain('これらの請求書を表示する権限がありません。');
  });
});
