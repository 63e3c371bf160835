// Its own file, so the page has loaded no PDF code before these tests: the first download is the first PDF request.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { formatMoney } from '../../../src/format/money.js';
import { readPdf, squash } from '../../pdf/pdf-reader.js';
import { api, catchDownload, detail, query } from './helpers.js';

function pdfCodeRequests(): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => /jspdf|invoice-to-pdf|pdf-worker/.test(name));
}

function optionalExtraRequests(): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => /html2canvas|dompurify|canvg/.test(name));
}

describe('<invoice-detail> Download PDF', () => {
  it('loads no PDF code before the first download, and loads it on the first click', async () => {
    const element = await detail('cus-small', 'inv-small-1');
    expect(pdfCodeRequests()).to.deep.equal([]);
    const caught = catchDownload();
    query(element, '[part~="download"]').click();
    await caught;
    const requested = pdfCodeRequests();
    expect(requested.some((name) => name.includes('/jspdf/'))).to.equal(true);
    expect(requested.some((name) => name.includes('jspdf-autotable'))).to.equal(true);
  });

  it('never loads jsPDF’s optional extras (html2canvas, dompurify, canvg)', async () => {
    const element = await detail('cus-small', 'inv-small-2');
    const caught = catchDownload();
    query(element, '[part~="download"]').click();
    await caught;
    expect(optionalExtraRequests()).to.deep.equal([]);
  });

  it('downloads invoice-<number>.pdf with the invoice in it', async () => {
    const invoice = await api().getInvoice('cus-small', 'inv-small-1');
    const element = await detail('cus-small', 'inv-small-1');
    const caught = catchDownload();
    query(element, '[part~="download"]').click();
    const link = await caught;
    expect(link.download).to.equal(`invoice-${invoice.number}.pdf`);
    const read = await readPdf(await (await fetch(link.href)).blob());
    expect(read.text).to.include(invoice.number);
    expect(squash(read.text)).to.include(squash(formatMoney(invoice.total, 'en-US')));
    await element.updateComplete;
    expect(query(element, '[role="status"]').textContent).to.contain(`invoice-${invoice.number}.pdf is ready`);
  });

  it('downloads with the keyboard (Enter on Download PDF)', async () => {
    const element = await detail('cus-small', 'inv-small-2');
    query(element, '[part~="download"]').focus();
    const caught = catchDownload();
    await sendKeys({ press: 'Enter' });
    const link = await caught;
    expect(link.download).to.match(/^invoice-.+\.pdf$/);
  });

  it('puts the website and control-panel links from the notification settings in the PDF footer', async () => {
    const source = api();
    const { settings } = await source.getSettings();
    const element = await detail('cus-small', 'inv-small-2', source);
    const caught = catchDownload();
    query(element, '[part~="download"]').click();
    const read = await readPdf(await (await fetch((await caught).href)).blob());
    const expected = [settings.websiteUrl, settings.controlPanelUrl].map((url) => new URL(url!).href);
    expect(read.links).to.include.members(expected);
  });

  it('still makes the PDF when the notification settings cannot be read', async () => {
    let settingsFail = true;
    const source = api({ faults: () => (settingsFail ? 'status=500' : null) });
    settingsFail = false;
    const element = await detail('cus-small', 'inv-small-2', source);
    settingsFail = true;
    const caught = catchDownload();
    query(element, '[part~="download"]').click();
    const link = await caught;
    expect(link.download).to.match(/\.pdf$/);
  });

  it('makes the PDF without the logo and shows a visible warning when the logo fails to load', async () => {
    const source = api();
    const { settings, etag } = await source.getSettings();
    await source.saveSettings({ ...settings, logoUrl: new URL('/api/assets/missing-logo.png', location.href).href }, etag);
    const element = await detail('cus-small', 'inv-small-2', source);
    const caught = catchDownload();
    query(element, '[part~="download"]').click();
    await caught;
    await element.updateComplete;
    expect(query(element, '[part~="pdf-warning"]').textContent).to.contain('logo could not be loaded');
    await expect(element).to.be.accessible();
  });

  it('shows the user no warning when the PDF is made on the main thread (that one is for the developer)', async () => {
    const element = await detail('cus-small', 'inv-small-2');
    const saved = window.Worker;
    (window as { Worker?: typeof Worker | undefined }).Worker = undefined;
    try {
      const caught = catchDownload();
      query(element, '[part~="download"]').click();
      await caught;
      await element.updateComplete;
    } finally {
      window.Worker = saved;
    }
    expect(query(element, '.pdf-status').textContent).to.match(/is ready/);
    expect(element.shadowRoot!.querySelectorAll('[part~="pdf-warning"]').length).to.equal(0);
    await expect(element).to.be.accessible();
  });

  it('never puts the MSRP in the customer’s PDF', async () => {
    const source = api();
    const page = await source.listInvoices('cus-medium', { limit: 20, sort: 'issueDate', order: 'asc' });
    let invoiceId = '';
    for (const summary of page.items) {
      const invoice = await source.getInvoice('cus-medium', summary.id);
      if (invoice.lines.some((line) => line.priceSource === 'reseller' && line.msrpUnitPrice.amountMinor !== line.unitPrice.amountMinor)) {
        invoiceId = invoice.id;
        break;
      }
    }
    expect(invoiceId, 'the seed has an invoice with a reseller price below the MSRP').to.not.equal('');
    const invoice = await source.getInvoice('cus-medium', invoiceId);
    // Even the reseller view downloads the customer's PDF.
    const element = await detail('cus-medium', invoiceId, source, { showMsrp: true, locale: 'en-GB' });
    const caught = catchDownload();
    query(element, '[part~="download"]').click();
    const text = squash((await readPdf(await (await fetch((await caught).href)).blob())).text);
    const shown = new Set(invoice.lines.flatMap((line) => [line.unitPrice, line.lineTotal]).map((money) => squash(formatMoney(money, 'en-GB'))));
    const msrp = invoice.lines
      .filter((line) => line.priceSource === 'reseller')
      .map((line) => squash(formatMoney(line.msrpUnitPrice, 'en-GB')))
      .filter((amount) => !shown.has(amount));
    expect(msrp, 'MSRP amounts that no shown price shares').to.not.be.empty;
    for (const amount of msrp) expect(text).not.to.include(amount);
    expect(text).not.to.include('MSRP');
  });

  it('announces that the PDF is being prepared while it is made', async () => {
    const element = await detail('cus-small', 'inv-small-2');
    const caught = catchDownload();
    query(element, '[part~="download"]').click();
    await element.updateComplete;
    expect(query(element, '[part~="download"]').textContent).to.contain('Preparing PDF');
    await caught;
    await waitUntil(() => query(element, '[part~="download"]').textContent!.includes('Download PDF'));
  });
});
