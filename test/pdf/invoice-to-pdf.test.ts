import { expect } from '@open-wc/testing';
import type { Invoice } from '../../src/api/types.js';
import { formatMoney } from '../../src/format/money.js';
import { cjkFonts } from '../../packages/pdf-fonts-cjk/index.js';
import { invoiceToPdf, lastPdfRun, registerPdfFonts, type InvoicePdf, type InvoicePdfOptions } from '../../src/pdf/invoice-to-pdf.js';
import { fetchInvoice, fetchResellerPricedInvoice } from './pdf-fixtures.js';
import { readPdf, squash, type ReadPdf } from './pdf-reader.js';
import { inflatedStreams } from './pdf-streams.js';

const BRANDING = {
  name: 'Northwind Hosting',
  websiteUrl: 'https://northwind.example/',
  controlPanelUrl: 'https://panel.northwind.example/login',
  logoUrl: null,
  accentColor: '#0b57d0',
};

// Japanese invoices need the CJK companion's faces, registered as an app would.
registerPdfFonts(cjkFonts);

async function pdfOf(invoice: Invoice, options: Partial<InvoicePdfOptions> = {}): Promise<ReadPdf> {
  const pdf = await invoiceToPdf(invoice, { locale: 'en-US', branding: BRANDING, ...options });
  return readPdf(pdf.blob);
}

describe('invoiceToPdf', () => {
  describe('a normal invoice (inv-small-1)', () => {
    let invoice: Invoice;
    let read: ReadPdf;
    before(async () => {
      invoice = await fetchInvoice('cus-small', 'inv-small-1');
      read = await pdfOf({ ...invoice, seller: { ...invoice.seller, logoUrl: null } });
    });

    it('prints the invoice number and the customer name', () => {
      expect(read.text).to.include(invoice.number);
      expect(squash(read.text)).to.include(squash(invoice.buyer.name));
    });

    it('prints every line description', () => {
      for (const line of invoice.lines) expect(squash(read.text)).to.include(squash(line.description));
    });

    it('prints the subtotal, each tax, the total and the amount due', () => {
      const text = squash(read.text);
      for (const amount of [invoice.subtotal, invoice.total, invoice.amountDue, ...invoice.taxes.map((tax) => tax.tax)]) {
        expect(text).to.include(squash(formatMoney(amount, 'en-US')));
      }
    });

    it('sets the document title, author and subject', () => {
      expect(read.info.Title).to.equal(`Invoice ${invoice.number}`);
      expect(read.info.Author).to.equal('Northwind Hosting');
      expect(read.info.Subject).to.include(invoice.number);
    });

    it('puts the website and control-panel links in the footer as clickable links', () => {
      expect(read.links).to.include('https://northwind.example/');
      expect(read.links).to.include('https://panel.northwind.example/login');
    });

    it('prints "Page 1 of 1" on a one-page invoice', () => {
      expect(read.pageCount).to.equal(1);
      expect(squash(read.pages[0]!)).to.include('Page 1 of 1');
    });
  });

  describe('the 300-line invoice (inv-300-lines)', () => {
    let invoice: Invoice;
    let read: ReadPdf;
    before(async () => {
      invoice = await fetchInvoice('cus-medium', 'inv-300-lines');
      read = await pdfOf(invoice, { locale: 'en-GB' });
    });

    it('runs over several pages, each with "Page x of y" where y is the page count', () => {
      expect(read.pageCount).to.be.greaterThan(3);
      read.pages.forEach((page, index) => expect(squash(page)).to.include(`Page ${index + 1} of ${read.pageCount}`));
    });

    it('repeats the table header on every page', () => {
      for (const page of read.pages) expect(squash(page)).to.match(/Description Qty Unit price Discount Tax Amount/);
    });

    it('prints all 300 line descriptions', () => {
      const text = squash(read.text);
      expect(invoice.lines).to.have.length(300);
      const missing = invoice.lines.filter((line) => !text.includes(squash(line.description)));
      expect(missing.map((line) => line.description)).to.deep.equal([]);
    });

    it('keeps the last line item on the page with the totals', () => {
      const totalsPage = read.pages.map(squash).find((page) => page.includes('Subtotal'))!;
      expect(totalsPage).to.include(squash(invoice.lines.at(-1)!.description));
    });

    it('never leaves the totals with fewer than the last two lines, whatever the line count', async function () {
      // 41 PDFs: more than the default timeout allows on a busy machine.
      this.timeout(120_000);
      const failures: number[] = [];
      let multiPage = 0;
      for (let count = 20; count <= 60; count += 1) {
        const lines = invoice.lines.slice(0, count).map((line, index) => ({ ...line, description: `Item ${String(index).padStart(4, '0')}.` }));
        const read = await pdfOf({ ...invoice, lines }, { locale: 'en-GB' });
        if (read.pageCount > 1) multiPage += 1;
        const totalsPage = read.pages.map(squash).find((page) => page.includes('Subtotal')) ?? '';
        const lastTwo = [count - 2, count - 1].map((index) => `Item ${String(index).padStart(4, '0')}.`);
        if (!lastTwo.every((text) => totalsPage.includes(text))) failures.push(count);
      }
      expect(multiPage).to.be.greaterThan(20);
      expect(failures).to.deep.equal([]);
    });

    it('is compressed (well under 200 KB for 300 lines)', async () => {
      const pdf = await invoiceToPdf(invoice, { locale: 'en-GB' });
      expect(pdf.blob.size).to.be.below(200_000);
    });
  });

  describe('non-Latin text', () => {
    for (const [customerId, locale] of [
      ['cus-cyrillic', 'bg-BG'],
      ['cus-greek', 'el-GR'],
      ['cus-yen', 'ja-JP'],
      ['cus-kwd', 'ar-KW'],
    ] as const) {
      it(`extracts ${customerId}'s customer name as the same text`, async () => {
        const invoice = await fetchInvoice(customerId);
        const read = await pdfOf(invoice, { locale });
        expect(squash(read.text)).to.include(squash(invoice.buyer.name));
      });
    }

    for (const customerId of ['cus-cyrillic', 'cus-greek', 'cus-yen'] as const) {
      it(`extracts every line description of ${customerId} as the same text`, async () => {
        const invoice = await fetchInvoice(customerId);
        const read = await pdfOf(invoice);
        for (const line of invoice.lines) expect(squash(read.text)).to.include(squash(line.description));
      });
    }

    it('prints Arabic in table cells as it prints it elsewhere (shaped and ordered once, not twice)', async () => {
      const invoice = await fetchInvoice('cus-kwd', 'inv-kwd-29');
      // The buyer's name is drawn once as plain text (bill-to) and once more in a table cell (as a line description).
      const name = invoice.buyer.name;
      const [first, ...rest] = invoice.lines;
      const read = await pdfOf({ ...invoice, lines: [{ ...first!, description: name }, ...rest] }, { locale: 'ar-KW' });
      const drawings = read.glyphItems.filter((item) => squash(item) === squash(name));
      expect(drawings).to.have.length(2);
      expect(drawings[1], 'the cell draws the same glyphs as the plain text').to.equal(drawings[0]);
    });

    it('prints the strings of a Japanese locale (the labels themselves need the Japanese font)', async () => {
      const invoice = await fetchInvoice('cus-small', 'inv-small-1');
      const read = await pdfOf(invoice, { locale: 'ja-JP' });
      expect(squash(read.text)).to.include('請求書');
      expect(squash(read.text)).to.include('1 / 1 ページ');
    });

    it('prints a Latin Extended name (ł) that the standard fonts cannot', async () => {
      const invoice = await fetchInvoice('cus-small', 'inv-small-1');
      const read = await pdfOf({ ...invoice, buyer: { ...invoice.buyer, name: 'Zakład Łódź Sp. z o.o.' } });
      expect(squash(read.text)).to.include('Zakład Łódź Sp. z o.o.');
    });
  });

  describe('prices', () => {
    it('never prints the MSRP when the reseller’s own price applies', async () => {
      const invoice = await fetchResellerPricedInvoice();
      const read = await pdfOf(invoice, { locale: 'de-DE' });
      const text = squash(read.text);
      const shown = new Set(invoice.lines.flatMap((line) => [line.unitPrice, line.lineTotal, line.discount]).map((money) => squash(formatMoney(money, 'de-DE'))));
      const msrpOnly = invoice.lines
        .filter((line) => line.priceSource === 'reseller')
        .map((line) => squash(formatMoney(line.msrpUnitPrice, 'de-DE')))
        .filter((amount) => !shown.has(amount));
      expect(msrpOnly.length).to.be.greaterThan(0);
      for (const amount of msrpOnly) expect(text).not.to.include(amount);
      expect(text).not.to.match(/MSRP|UVP/);
    });
  });

  describe('credit notes', () => {
    it('is titled as a credit note, names the corrected invoice and shows negative amounts', async () => {
      const invoice = await fetchInvoice('cus-small', 'inv-small-3');
      const read = await pdfOf(invoice);
      const text = squash(read.text);
      expect(text).to.include('Credit note');
      expect(text).to.include(invoice.number);
      expect(text).to.include(invoice.corrects!.number);
      expect(invoice.total.amountMinor).to.be.below(0);
      expect(text).to.include(squash(formatMoney(invoice.total, 'en-US')));
      expect(read.info.Title).to.equal(`Credit note ${invoice.number}`);
    });
  });

  describe('paper size', () => {
    let invoice: Invoice;
    before(async () => {
      invoice = await fetchInvoice('cus-small', 'inv-small-2');
    });

    it('uses US Letter for en-US', async () => {
      expect((await pdfOf(invoice, { locale: 'en-US' })).pageSize).to.deep.equal({ width: 612, height: 792 });
    });

    it('uses A4 for de-DE', async () => {
      expect((await pdfOf(invoice, { locale: 'de-DE' })).pageSize).to.deep.equal({ width: 595, height: 842 });
    });

    it('takes locales as sites write them: en_US and C print on Letter, de_DE.UTF-8 on A4 and in German', async () => {
      expect((await pdfOf(invoice, { locale: 'en_US' })).pageSize).to.deep.equal({ width: 612, height: 792 });
      expect((await pdfOf(invoice, { locale: 'C' })).pageSize).to.deep.equal({ width: 612, height: 792 });
      const german = await pdfOf(invoice, { locale: 'de_DE.UTF-8' });
      expect(german.pageSize).to.deep.equal({ width: 595, height: 842 });
      expect(german.text).to.include('Rechnung');
    });

    it('is made in English, not refused, for a locale that is none', async () => {
      const read = await pdfOf(invoice, { locale: '"><img src=x onerror=alert(1)>' });
      expect(read.text).to.include('Invoice');
    });

    it('uses the paper size asked for over the locale’s', async () => {
      expect((await pdfOf(invoice, { locale: 'en-US', paperSize: 'a4' })).pageSize).to.deep.equal({ width: 595, height: 842 });
    });
  });

  describe('hostile strings', () => {
    let invoice: Invoice;
    let read: ReadPdf;
    before(async () => {
      invoice = await fetchInvoice('cus-hostile', 'inv-hostile-1');
      read = await pdfOf({ ...invoice, seller: { ...invoice.seller, logoUrl: null } }, {
        branding: { ...BRANDING, websiteUrl: 'javascript:alert(1)', controlPanelUrl: 'https://panel.example/a)b\\c' },
      });
    });

    it('prints markup in names and descriptions as plain text', () => {
      const text = squash(read.text);
      expect(text).to.include(squash(invoice.buyer.name));
      for (const line of invoice.lines) expect(text).to.include(squash(line.description));
    });

    it('makes no link from a javascript: URL', () => {
      expect(read.links.some((url) => url.startsWith('javascript:'))).to.equal(false);
      expect(read.text).not.to.include('javascript:alert(1)');
    });

    it('keeps a URL with parentheses and backslashes inside its link', () => {
      expect(read.links).to.have.length(1);
      expect(read.links[0]).to.match(/^https:\/\/panel\.example\/a(%29|\))b/);
    });
  });

  describe('logo', () => {
    let invoice: Invoice;
    before(async () => {
      invoice = await fetchInvoice('cus-small', 'inv-small-2');
    });

    it('draws the backend’s logo without warnings', async () => {
      const withLogo = await invoiceToPdf(invoice, { locale: 'en-US', branding: { logoUrl: new URL('/api/assets/logo.png', location.href).href } });
      const without = await invoiceToPdf({ ...invoice, seller: { ...invoice.seller, logoUrl: null } }, { locale: 'en-US', branding: { logoUrl: null } });
      expect(withLogo.warnings).to.deep.equal([]);
      expect(withLogo.blob.size).to.be.greaterThan(without.blob.size);
    });

    it('makes the PDF without the logo and warns when the logo is missing (404)', async () => {
      const url = new URL('/api/assets/no-such-logo.png', location.href).href;
      const pdf = await invoiceToPdf(invoice, { locale: 'en-US', branding: { logoUrl: url } });
      expect(pdf.warnings).to.deep.equal([{ kind: 'logo-unavailable', reason: 'http-error', url }]);
      expect((await readPdf(pdf.blob)).text).to.include(invoice.number);
    });

    it('warns when the logo URL answers with something that is not an image', async () => {
      const url = new URL('/api/customers', location.href).href;
      const pdf = await invoiceToPdf(invoice, { locale: 'en-US', branding: { logoUrl: url } });
      expect(pdf.warnings.map((warning) => warning.kind === 'logo-unavailable' && warning.reason)).to.deep.equal(['not-an-image']);
    });

    it('warns when the logo host cannot be reached (as with a CORS refusal)', async () => {
      const pdf = await invoiceToPdf(invoice, { locale: 'en-US', branding: { logoUrl: 'http://127.0.0.1:9/logo.png' } });
      expect(pdf.warnings.map((warning) => warning.kind === 'logo-unavailable' && warning.reason)).to.deep.equal(['unreachable']);
    });

    /**
     * The sizes of the images in the file (their dictionaries are plain text even in a compressed PDF), each once: a
     * logo with transparent parts is two images of one size, the colours and the transparency.
     */
    const imageSizes = async (pdf: InvoicePdf): Promise<string[]> => {
      const raw = new TextDecoder('latin1').decode(await pdf.blob.arrayBuffer());
      const sizes = [...raw.matchAll(/\/Subtype \/Image[^>]*?\/Width (\d+)[^>]*?\/Height (\d+)/g)].map((match) => `${match[1]}×${match[2]}`);
      return [...new Set(sizes)];
    };
    const svgLogo = (path: string): string => new URL(`/api${path}`, location.href).href;

    it('draws an SVG logo (in the page, as the worker cannot) at 600 px on its longer side', async () => {
      const pdf = await invoiceToPdf(invoice, { locale: 'en-US', branding: { logoUrl: svgLogo('/assets/logo.svg') } });
      expect(pdf.warnings).to.deep.equal([]);
      expect(lastPdfRun()!.thread).to.equal('worker');
      expect(await imageSizes(pdf)).to.deep.equal(['600×160']);
    });

    it('draws an SVG logo whose address does not say it is one, found out by the worker', async () => {
      const pdf = await invoiceToPdf(invoice, { locale: 'en-US', branding: { logoUrl: svgLogo('/__test/logo') } });
      expect(pdf.warnings).to.deep.equal([]);
      expect(lastPdfRun()!.thread).to.equal('worker');
      expect(await imageSizes(pdf)).to.deep.equal(['600×160']);
    });

    it('draws an SVG logo when the whole PDF is made in the page too', async () => {
      // A function among the messages cannot cross to the worker: the PDF is made in the page.
      const messages = { pageOf: (page: number, pages: number) => `${page}/${pages}` };
      const pdf = await invoiceToPdf(invoice, { locale: 'en-US', branding: { logoUrl: svgLogo('/assets/logo.svg') }, messages });
      expect(lastPdfRun()!.thread).to.equal('page');
      // The logo is in; the only warning is the one saying where the PDF was made.
      expect(pdf.warnings.map((warning) => warning.kind)).to.deep.equal(['main-thread']);
      expect(await imageSizes(pdf)).to.deep.equal(['600×160']);
    });

    it('runs none of the script an SVG logo carries, and still draws it', async () => {
      const page = window as { svgLogoRan?: boolean };
      const pdf = await invoiceToPdf(invoice, { locale: 'en-US', branding: { logoUrl: svgLogo('/__test/hostile-logo.svg') } });
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(page.svgLogoRan).to.equal(undefined);
      expect(pdf.warnings).to.deep.equal([]);
      expect(await imageSizes(pdf)).to.deep.equal(['600×240']);
    });

    it('does not fetch a javascript: logo URL at all', async () => {
      const pdf = await invoiceToPdf(invoice, { locale: 'en-US', branding: { logoUrl: 'javascript:alert(1)' } });
      expect(pdf.warnings.map((warning) => warning.kind === 'logo-unavailable' && warning.reason)).to.deep.equal(['unsafe-url']);
    });
  });

  describe('extreme data', () => {
    let invoice: Invoice;
    before(async () => {
      const loaded = await fetchInvoice('cus-small', 'inv-small-2');
      invoice = { ...loaded, seller: { ...loaded.seller, logoUrl: null } };
    });

    it('prints the totals of an invoice with no lines', async () => {
      const read = await pdfOf({ ...invoice, lines: [] });
      expect(squash(read.text)).to.include(squash(formatMoney(invoice.total, 'en-US')));
    });

    it('prints a line whose description is longer than a page', async () => {
      const description = `${'Very long description '.repeat(600)}END-OF-LINE`;
      const read = await pdfOf({ ...invoice, lines: [{ ...invoice.lines[0]!, description }] });
      expect(read.pageCount).to.be.greaterThan(1);
      expect(squash(read.text)).to.include('END-OF-LINE');
    });

    it('prints empty names and notes without failing', async () => {
      const read = await pdfOf({ ...invoice, notes: '', terms: null, buyer: { ...invoice.buyer, name: '', taxId: null } });
      expect(read.text).to.include(invoice.number);
    });

    it('prints 3-decimal and 0-decimal currencies exactly', async () => {
      const kwd = await fetchInvoice('cus-kwd');
      const yen = await fetchInvoice('cus-yen');
      expect(squash((await pdfOf(kwd)).text)).to.include(squash(formatMoney(kwd.total, 'en-US')));
      expect(squash((await pdfOf(yen)).text)).to.include(squash(formatMoney(yen.total, 'en-US')));
    });
  });

  it('stripes every other line with one rectangle as wide as the table', async () => {
    const invoice = await fetchInvoice('cus-medium', 'inv-300-lines');
    const nineLines = { ...invoice, lines: invoice.lines.slice(0, 9), seller: { ...invoice.seller, logoUrl: null } };
    const pdf = await invoiceToPdf(nineLines, { locale: 'en-US', paperSize: 'a4', branding: BRANDING });
    const pages = (await inflatedStreams(pdf.blob)).join('\n');

    // The stripe colour (246, 248, 250) as jsPDF writes it, then the rectangle it fills.
    const stripes = [...pages.matchAll(/0\.96 0\.97 0\.98 rg\n(?:0\.96 0\.97 0\.98 rg\n)*[\d.-]+ [\d.-]+ ([\d.-]+) [\d.-]+ re\nf/g)];
    expect(stripes).to.have.length(5);
    // A4 is 595.28 pt wide, less 40 pt margins either side.
    for (const [, width] of stripes) expect(Number(width)).to.be.closeTo(515.28, 0.01);
  });

  it('names the file invoice-<number>.pdf', async () => {
    const invoice = await fetchInvoice('cus-small', 'inv-small-1');
    const pdf = await invoiceToPdf({ ...invoice, seller: { ...invoice.seller, logoUrl: null } }, { locale: 'en-US' });
    expect(pdf.fileName).to.equal(`invoice-${invoice.number}.pdf`);
  });

  it('uses an integrator’s font before the built-in ones', async () => {
    const invoice = await fetchInvoice('cus-cyrillic');
    let loaded = 0;
    const notoSans = new URL('/node_modules/@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf', location.href);
    const pdf = await invoiceToPdf(invoice, {
      locale: 'en-US',
      fonts: [{ family: 'BrandSans', covers: () => true, regular: async () => { loaded += 1; return (await fetch(notoSans)).arrayBuffer(); } }],
    });
    expect(loaded).to.equal(1);
    expect(squash((await readPdf(pdf.blob)).text)).to.include(squash(invoice.buyer.name));
  });

  it('rejects when aborted', async () => {
    const invoice = await fetchInvoice('cus-small', 'inv-small-1');
    const controller = new AbortController();
    controller.abort();
    let failure: unknown;
    try {
      await invoiceToPdf(invoice, { locale: 'en-US', signal: controller.signal });
    } catch (error) {
      failure = error;
    }
    expect((failure as Error | undefined)?.name).to.equal('AbortError');
  });
});
