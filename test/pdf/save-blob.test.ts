import { expect } from '@open-wc/testing';
import { invoiceToPdf } from '../../src/pdf/invoice-to-pdf.js';
import { saveBlob } from '../../src/pdf/save-blob.js';
import { fetchInvoice } from './pdf-fixtures.js';
import { readPdf } from './pdf-reader.js';

/** Catches the download link's click, so the test can read the file instead of the browser saving it. */
function catchDownload(): Promise<HTMLAnchorElement> {
  return new Promise((resolve) => {
    const handle = (event: MouseEvent) => {
      const link = event.target as HTMLElement;
      if (link instanceof HTMLAnchorElement && link.hasAttribute('download')) {
        event.preventDefault();
        document.removeEventListener('click', handle, true);
        resolve(link);
      }
    };
    document.addEventListener('click', handle, true);
  });
}

/** What the elements' Download PDF does (src/controllers/pdf-download-controller.ts): make the PDF, then save it. */
async function downloadPdf(...[invoice, options]: Parameters<typeof invoiceToPdf>) {
  const pdf = await invoiceToPdf(invoice, options);
  saveBlob(pdf.blob, pdf.fileName);
  return pdf;
}

describe('saveBlob', () => {
  it('downloads the PDF as invoice-<number>.pdf through a blob URL', async () => {
    const invoice = await fetchInvoice('cus-small', 'inv-small-1');
    const caught = catchDownload();
    const pdf = await downloadPdf(invoice, { locale: 'en-US' });
    const link = await caught;
    expect(link.download).to.equal(`invoice-${invoice.number}.pdf`);
    expect(link.href).to.match(/^blob:/);
    const read = await readPdf(await (await fetch(link.href)).blob());
    expect(read.text).to.include(invoice.number);
    expect(pdf.fileName).to.equal(link.download);
  });

  it('removes the temporary link from the page', async () => {
    const invoice = await fetchInvoice('cus-small', 'inv-small-2');
    const caught = catchDownload();
    await downloadPdf(invoice, { locale: 'en-US' });
    const link = await caught;
    expect(link.isConnected).to.equal(false);
  });
});
