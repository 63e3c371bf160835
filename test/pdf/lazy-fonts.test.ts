// A file of its own: fonts are cached per page, so "downloaded only when needed" needs a page that has none yet.
import { expect } from '@open-wc/testing';
import { invoiceToPdf, lastPdfRun } from '../../src/pdf/invoice-to-pdf.js';
import { fetchInvoice } from './pdf-fixtures.js';
import { readPdf, squash } from './pdf-reader.js';

/** Fonts fetched by the page or by the PDF worker (whose downloads are not in the page's resource timeline). */
function fontRequests(): string[] {
  return [...performance.getEntriesByType('resource').map((entry) => entry.name), ...(lastPdfRun()?.workerResources ?? [])].filter((name) =>
    name.endsWith('.ttf'),
  );
}

describe('invoiceToPdf fonts', () => {
  it('downloads no font for an invoice the standard fonts can print', async () => {
    const invoice = await fetchInvoice('cus-small', 'inv-small-1');
    await invoiceToPdf(invoice, { locale: 'en-US' });
    expect(fontRequests()).to.deep.equal([]);
  });

  it('downloads only Noto Sans (regular and bold) for a Cyrillic invoice', async () => {
    const invoice = await fetchInvoice('cus-cyrillic');
    await invoiceToPdf(invoice, { locale: 'en-US' });
    const names = fontRequests().map((url) => url.split('/').pop());
    expect(names.sort()).to.deep.equal(['NotoSans_400Regular.ttf', 'NotoSans_700Bold.ttf']);
  });

  it('without the CJK companion registered, prints Japanese as replacement marks and names each character', async () => {
    const invoice = await fetchInvoice('cus-small', 'inv-small-1');
    const pdf = await invoiceToPdf({ ...invoice, buyer: { ...invoice.buyer, name: 'さくら Tech' } }, { locale: 'en-US' });
    expect(pdf.warnings).to.deep.equal([{ kind: 'characters-missing', characters: ['さ', 'く', 'ら'] }]);
    expect(squash((await readPdf(pdf.blob)).text)).to.include('\ufffd\ufffd\ufffd Tech');
  });

  it('downloads a font once for several PDFs', async () => {
    const invoice = await fetchInvoice('cus-greek');
    const before = fontRequests().length;
    await invoiceToPdf(invoice, { locale: 'en-US' });
    await invoiceToPdf(invoice, { locale: 'en-US' });
    expect(fontRequests().length).to.equal(before);
  });
});
