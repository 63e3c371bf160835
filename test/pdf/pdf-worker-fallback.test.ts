// Its own file: a worker that fails to start is not tried again in the same page.
import { expect } from '@open-wc/testing';
import { invoiceToPdf, lastPdfRun, type InvoicePdf } from '../../src/pdf/invoice-to-pdf.js';
import { fetchInvoice } from './pdf-fixtures.js';
import { readPdf } from './pdf-reader.js';

describe('invoiceToPdf when the worker cannot start', () => {
  it('makes the PDF in the page when the worker script fails to load (as under a CSP without worker-src)', async () => {
    const RealWorker = window.Worker;
    window.Worker = class extends RealWorker {
      constructor(_url: string | URL, options?: WorkerOptions) {
        super(new URL('/src/pdf/no-such-worker.js', location.href), options);
      }
    };
    const invoice = await fetchInvoice('cus-small', 'inv-small-1');
    let pdf: InvoicePdf;
    try {
      pdf = await invoiceToPdf(invoice, { locale: 'en-US', branding: { logoUrl: null } });
    } finally {
      window.Worker = RealWorker;
    }
    expect(lastPdfRun()!.thread).to.equal('page');
    expect((await readPdf(pdf.blob)).text).to.include(invoice.number);
    const [warning, ...others] = pdf.warnings;
    expect(others).to.deep.equal([]);
    expect(warning).to.include({ kind: 'main-thread', reason: 'worker-unavailable' });
    expect((warning as { message: string }).message).to.include('/pdf-worker.js').and.include('worker-src');
  });

  it('does not try to start the worker again after it failed', async () => {
    const RealWorker = window.Worker;
    let constructed = 0;
    let pdf: InvoicePdf;
    window.Worker = class extends RealWorker {
      constructor(url: string | URL, options?: WorkerOptions) {
        constructed += 1;
        super(url, options);
      }
    };
    try {
      const invoice = await fetchInvoice('cus-small', 'inv-small-2');
      pdf = await invoiceToPdf(invoice, { locale: 'en-US', branding: { logoUrl: null } });
    } finally {
      window.Worker = RealWorker;
    }
    expect(constructed).to.equal(0);
    expect(lastPdfRun()!.thread).to.equal('page');
    expect(pdf.warnings.map((warning) => warning.kind)).to.deep.equal(['main-thread']);
  });
});
