// Its own file: the worker is started once per page and kept, and these tests look at where PDFs are made.
import { expect } from '@open-wc/testing';
import type { Invoice } from '../../src/api/types.js';
import { invoiceToPdf, lastPdfRun } from '../../src/pdf/invoice-to-pdf.js';
import { fetchInvoice } from './pdf-fixtures.js';
import { readPdf, squash } from './pdf-reader.js';
import { withoutWorkers } from './without-workers.js';

/** Runs `body`, returning what it wrote with `console.warn` besides its result. */
async function recordingWarnings<T>(body: () => Promise<T>): Promise<{ result: T; warned: string[] }> {
  const saved = console.warn;
  const warned: string[] = [];
  console.warn = (...args: unknown[]) => warned.push(args.map(String).join(' '));
  try {
    return { result: await body(), warned };
  } finally {
    console.warn = saved;
  }
}

describe('invoiceToPdf threads', () => {
  let invoice: Invoice;
  before(async () => {
    const loaded = await fetchInvoice('cus-small', 'inv-small-1');
    invoice = { ...loaded, seller: { ...loaded.seller, logoUrl: null } };
  });

  it('makes the PDF in a worker started from pdf-worker.js, with no warning', async () => {
    const { result: pdf, warned } = await recordingWarnings(() => invoiceToPdf(invoice, { locale: 'en-US' }));
    expect(lastPdfRun()!.thread).to.equal('worker');
    expect(pdf.warnings).to.deep.equal([]);
    expect(warned).to.deep.equal([]);
    const requests = performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(requests.some((url) => new URL(url).pathname.endsWith('/pdf-worker.js'))).to.equal(true);
    expect((await readPdf(pdf.blob)).text).to.include(invoice.number);
  });

  it('makes the same PDF in the page when the browser has no workers, and says so on each result and once in the console', async () => {
    const { result: [pdf, second], warned } = await recordingWarnings(() =>
      withoutWorkers(async () => [await invoiceToPdf(invoice, { locale: 'en-US' }), await invoiceToPdf(invoice, { locale: 'en-US' })]),
    );
    expect(lastPdfRun()!.thread).to.equal('page');
    for (const made of [pdf!, second!]) expect(made.warnings.map((warning) => ({ kind: warning.kind, reason: 'reason' in warning ? warning.reason : undefined }))).to.deep.equal([{ kind: 'main-thread', reason: 'unsupported' }]);
    expect(warned).to.have.length(1);
    expect(warned[0]).to.include('main thread').and.include('no module workers');
    const read = await readPdf(pdf!.blob);
    expect(read.text).to.include(invoice.number);
    expect(squash(read.pages[0]!)).to.include('Page 1 of 1');
  });

  it('makes the PDF in the page when a message override is a function (functions cannot reach a worker)', async () => {
    const pdf = await invoiceToPdf(invoice, { locale: 'en-US', messages: { pageOf: (page, pages) => `Sheet ${page}/${pages}` } });
    expect(lastPdfRun()!.thread).to.equal('page');
    expect(pdf.warnings.map((warning) => ({ kind: warning.kind, reason: 'reason' in warning ? warning.reason : undefined }))).to.deep.equal([{ kind: 'main-thread', reason: 'not-cloneable' }]);
    expect(squash((await readPdf(pdf.blob)).text)).to.include('Sheet 1/1');
  });

  it('makes the PDF in the page when an option cannot be sent to a worker (a function on the branding object)', async () => {
    const branding = { name: 'Northwind Hosting', describe: () => 'not cloneable' };
    const pdf = await invoiceToPdf(invoice, { locale: 'en-US', branding });
    expect(lastPdfRun()!.thread).to.equal('page');
    expect((await readPdf(pdf.blob)).info.Author).to.equal('Northwind Hosting');
  });

  it('uses string message overrides in the worker', async () => {
    const pdf = await invoiceToPdf(invoice, { locale: 'en-US', messages: { invoiceTitle: 'Tax invoice' } });
    expect(lastPdfRun()!.thread).to.equal('worker');
    expect(squash((await readPdf(pdf.blob)).text)).to.include('Tax invoice');
  });

  it('hands an integrator’s font given as a function to the worker as bytes, calling it once', async () => {
    const cyrillic = await fetchInvoice('cus-cyrillic');
    const notoSans = new URL('/node_modules/@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf', location.href);
    let calls = 0;
    const pdf = await invoiceToPdf(cyrillic, {
      locale: 'en-US',
      fonts: [{ family: 'BrandSans', covers: () => true, regular: async () => { calls += 1; return new Uint8Array(await (await fetch(notoSans)).arrayBuffer()); } }],
    });
    expect(lastPdfRun()!.thread).to.equal('worker');
    expect(calls).to.equal(1);
    expect(squash((await readPdf(pdf.blob)).text)).to.include(squash(cyrillic.buyer.name));
  });

  it('lets the worker fetch an integrator’s font given as a relative URL, relative to the page', async () => {
    const cyrillic = await fetchInvoice('cus-cyrillic');
    const pdf = await invoiceToPdf(cyrillic, {
      locale: 'en-US',
      fonts: [{ family: 'BrandSans', covers: () => true, regular: '/node_modules/@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf' }],
    });
    expect(lastPdfRun()!.workerResources.some((url) => url.endsWith('/NotoSans_700Bold.ttf'))).to.equal(true);
    expect(squash((await readPdf(pdf.blob)).text)).to.include(squash(cyrillic.buyer.name));
  });

  it('rejects with an AbortError when aborted while the worker is working', async () => {
    const big = await fetchInvoice('cus-medium', 'inv-300-lines');
    const controller = new AbortController();
    const making = invoiceToPdf(big, { locale: 'en-US', signal: controller.signal });
    setTimeout(() => controller.abort(), 0);
    let failure: unknown;
    try {
      await making;
    } catch (error) {
      failure = error;
    }
    expect((failure as Error | undefined)?.name).to.equal('AbortError');
  });

  it('makes the next PDF normally after an abort', async () => {
    const pdf = await invoiceToPdf(invoice, { locale: 'en-US' });
    expect(lastPdfRun()!.thread).to.equal('worker');
    expect((await readPdf(pdf.blob)).text).to.include(invoice.number);
  });
});
