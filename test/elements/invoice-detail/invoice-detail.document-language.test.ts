/**
 * The document is the customer's (issue #17.2): a German reseller's portal shows a French customer's invoice in
 * German, but the PDF it downloads and the e-mail it sends are French. `document-lang` on the element or the provider
 * overrides the buyer's language. Against the reference backend, whose `cus-fr` reads French (`buyer.language`).
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../src/context/billing-provider.js';
import type { InvoiceSentEvent } from '../../../src/elements/invoice-detail/invoice-detail.events.js';
import type { InvoiceDetail } from '../../../src/elements/invoice-detail/invoice-detail.js';
import '../../../src/elements/invoice-history/invoice-history.js';
import type { InvoiceHistory } from '../../../src/elements/invoice-history/invoice-history.js';
import { formatMoney } from '../../../src/format/money.js';
import { readPdf, squash } from '../../pdf/pdf-reader.js';
import { api, catchDownload, detail, dialogQuery, openDialog, query, settled, visibleText } from './helpers.js';

const FRENCH = { customerId: 'cus-fr', invoiceId: 'inv-fr-1' } as const;

async function downloadedText(element: HTMLElement & { shadowRoot: ShadowRoot | null }, selector = '[part~="download"]'): Promise<string> {
  const caught = catchDownload();
  element.shadowRoot!.querySelector<HTMLElement>(selector)!.click();
  const link = await caught;
  return (await readPdf(await (await fetch(link.href)).blob())).text;
}

describe('<invoice-detail> document language', () => {
  it('downloads a French customer’s PDF in French from a German page, amounts formatted for French', async () => {
    const invoice = await api().getInvoice(FRENCH.customerId, FRENCH.invoiceId);
    expect(invoice.buyer.language).to.equal('fr-FR');
    const element = await detail(FRENCH.customerId, FRENCH.invoiceId, api(), { locale: 'de-DE' });
    // The UI follows the page…
    expect(visibleText(element)).to.contain(`Rechnung ${invoice.number}`);
    // …the document follows the customer.
    const text = await downloadedText(element);
    expect(text).to.contain('Facture');
    expect(text).to.contain('Échéance');
    expect(text).not.to.contain('Rechnungsdatum');
    expect(squash(text)).to.include(squash(formatMoney(invoice.total, 'fr-FR')));
  });

  it('sends the French customer a French e-mail, prefilled in French, from a German dialog', async () => {
    const tenant = `doc-lang-${crypto.randomUUID()}`;
    const invoice = await api({ tenant }).getInvoice(FRENCH.customerId, FRENCH.invoiceId);
    const element = await detail(FRENCH.customerId, FRENCH.invoiceId, api({ tenant }), { locale: 'de-DE' });
    const dialog = await openDialog(element);
    expect(dialogQuery(dialog, 'button[type="submit"]').textContent!.trim()).to.equal('Senden');
    expect(dialogQuery<HTMLInputElement>(dialog, '#subject').value).to.equal(`Facture ${invoice.number} de ${invoice.seller.name}`);
    expect(dialogQuery<HTMLTextAreaElement>(dialog, '#message').value).to.match(/^Veuillez trouver votre facture/);
    const sent = oneEvent(element, 'invoice-sent') as Promise<InvoiceSentEvent>;
    dialogQuery(dialog, 'button[type="submit"]').click();
    const { email } = await sent;
    const outbox = (await (await fetch('/api/outbox', { headers: { 'X-Billing-Tenant': tenant } })).json()) as { items: Array<{ id: string; html: string }> };
    const entry = outbox.items.find((item) => item.id === email.id)!;
    expect(entry.html).to.contain('<html lang="fr"');
    expect(entry.html).to.contain('Numéro de facture');
    expect(entry.html).to.contain(`Bonjour ${invoice.buyer.name}`);
    const attachment = await fetch(`/api/outbox/${encodeURIComponent(email.id)}/attachment`, { headers: { 'X-Billing-Tenant': tenant } });
    expect((await readPdf(await attachment.blob())).text).to.contain('Facture');
  });

  it('writes the PDF in the element’s document-lang, whatever the buyer reads', async () => {
    const element = await fixture<InvoiceDetail>(
      html`<invoice-detail customer-id="cus-fr" invoice-id="inv-fr-1" locale="en-US" document-lang="de-DE" .dataSource=${api()}></invoice-detail>`,
    );
    await settled(element);
    const text = await downloadedText(element);
    expect(text).to.contain('Rechnungsdatum');
    expect(text).not.to.contain('Échéance');
  });

  it('writes the PDF in the provider’s document-lang', async () => {
    const provider = await fixture(html`<billing-provider document-lang="es" locale="en-US" .dataSource=${api()}>
      <invoice-detail customer-id="cus-fr" invoice-id="inv-fr-1"></invoice-detail>
    </billing-provider>`);
    const element = await settled(provider.querySelector('invoice-detail')!);
    expect(visibleText(element)).to.contain('Issue date');
    const text = await downloadedText(element);
    expect(text).to.contain('Fecha de emisión');
  });

  it('follows the page’s locale for a buyer whose language the backend does not know', async () => {
    const invoice = await api().getInvoice('cus-small', 'inv-small-1');
    const element = await detail('cus-small', 'inv-small-1', api(), { locale: 'de-DE' });
    const text = await downloadedText(element);
    expect(invoice.buyer.language).to.equal('en-US');
    // The backend says en-US here; a host's invoice without a language falls back to the page (de-DE).
    const withoutLanguage = await fixture<InvoiceDetail>(
      html`<invoice-detail locale="de-DE" .dataSource=${api()} .invoice=${{ ...invoice, buyer: { ...invoice.buyer, language: null } }}></invoice-detail>`,
    );
    await settled(withoutLanguage);
    expect(text).to.contain('Issue date');
    expect(await downloadedText(withoutLanguage)).to.contain('Rechnungsdatum');
  });
});

describe('<invoice-history> document language', () => {
  it('downloads a French customer’s PDF in French from a German list', async () => {
    const element = await fixture<InvoiceHistory>(html`<invoice-history customer-id="cus-fr" locale="de-DE" .dataSource=${api()}></invoice-history>`);
    await waitUntil(() => element.shadowRoot?.querySelector('tr[data-id="inv-fr-1"]'), 'the list never loaded', { timeout: 15000 });
    await element.updateComplete;
    expect(element.shadowRoot!.textContent).to.contain('Rechnungsverlauf');
    const text = await downloadedText(element, 'tr[data-id="inv-fr-1"] [part~="download"]');
    expect(text).to.contain('Facture');
    expect(text).not.to.contain('Rechnungsdatum');
  });
});
