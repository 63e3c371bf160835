import { expect } from '@open-wc/testing';
import { jsPDF } from 'jspdf';
import { autoTable } from 'jspdf-autotable';
import { withFastPaths } from '../../src/pdf/fast-pdf-libraries.js';
import { lastPrecompressedCount, outputWithNativeDeflate } from '../../src/pdf/native-deflate.js';
import { layoutInvoicePdf } from '../../src/pdf/pdf-layout.js';
import { fetchInvoice } from './pdf-fixtures.js';
import { readPdf } from './pdf-reader.js';
import { inflatedStreams } from './pdf-streams.js';

/**
 * A document of `pages` pages of text: the first with the characters jsPDF escapes and Windows-1252 beyond ASCII, the
 * others ASCII only (the two ways page text is turned into bytes).
 */
function textDocument(pages: number): jsPDF {
  const doc = new jsPDF({ unit: 'pt', format: 'a4', compress: true });
  doc.setCreationDate(new Date(Date.UTC(2024, 0, 15)));
  doc.setFileId('0123456789ABCDEF0123456789ABCDEF');
  for (let page = 1; page <= pages; page++) {
    if (page > 1) doc.addPage();
    if (page === 1) doc.text(`Page ${page}: Café (Müller) \\ € 1.234,56 – “quoted” ½`, 40, 60);
    for (let line = 0; line < 40; line++) doc.text(`Line ${line} of page ${page}`, 40, 90 + line * 16);
  }
  return doc;
}

describe('outputWithNativeDeflate', () => {
  it('compresses every page with the platform deflate, and the file holds what jsPDF would write', async () => {
    const doc = textDocument(3);
    const ownDeflate = doc.output('blob');
    const nativeDeflate = await outputWithNativeDeflate(doc, jsPDF);

    expect(lastPrecompressedCount()).to.equal(3);
    const [own, native] = await Promise.all([inflatedStreams(ownDeflate), inflatedStreams(nativeDeflate)]);
    expect(own).to.have.length(3);
    expect(native).to.deep.equal(own);
    const [ownRead, nativeRead] = await Promise.all([readPdf(ownDeflate), readPdf(nativeDeflate)]);
    expect(nativeRead.pages).to.deep.equal(ownRead.pages);
    expect(nativeRead.pages[0]).to.include('Café (Müller) \\ € 1.234,56 – “quoted” ½'.normalize('NFKC'));
  });

  it('writes exactly what jsPDF writes where the platform has no CompressionStream', async () => {
    const doc = textDocument(2);
    const own = new Uint8Array(await doc.output('blob').arrayBuffer());
    const platform = Object.getOwnPropertyDescriptor(globalThis, 'CompressionStream')!;
    Object.defineProperty(globalThis, 'CompressionStream', { value: undefined, configurable: true, writable: true });
    try {
      const written = new Uint8Array(await (await outputWithNativeDeflate(doc, jsPDF)).arrayBuffer());
      expect(lastPrecompressedCount()).to.equal(0);
      expect(written).to.deep.equal(own);
    } finally {
      Object.defineProperty(globalThis, 'CompressionStream', platform);
    }
  });

  it('leaves jsPDF compressing on its own once the document is written', async () => {
    const doc = textDocument(2);
    const before = new Uint8Array(await doc.output('blob').arrayBuffer());
    const native = new Uint8Array(await (await outputWithNativeDeflate(doc, jsPDF)).arrayBuffer());
    const after = new Uint8Array(await doc.output('blob').arrayBuffer());

    expect(native).not.to.deep.equal(before);
    expect(after).to.deep.equal(before);
  });

  it('compresses every page of a 300-line invoice natively', async () => {
    const invoice = await fetchInvoice('cus-medium', 'inv-300-lines');
    const input = { invoice, locale: 'en-US', branding: {}, paperSize: 'a4', accentColor: null, messages: null, fonts: [] } as const;
    const pdf = await layoutInvoicePdf({ ...input, fonts: [...input.fonts] }, withFastPaths(jsPDF, autoTable));

    expect(pdf.pageCount).to.be.above(10);
    expect(lastPrecompressedCount()).to.equal(pdf.pageCount);
    const read = await readPdf(pdf.blob);
    expect(read.pageCount).to.equal(pdf.pageCount);
    expect(read.pages.at(-1)).to.include(`Page ${pdf.pageCount} of ${pdf.pageCount}`);
  });
});
