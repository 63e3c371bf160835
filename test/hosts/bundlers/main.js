// The page every bundler host builds: one invoice PDF made with the library as installed from its tarball. A Cyrillic
// invoice, so the worker must also find a built-in font the bundler emitted. The outcome is left on `window` for the
// test (test/hosts/bundlers.node.test.ts) to read.
import { RestDataSource } from 'billing-elements/api.js';
import { invoiceToPdf, lastPdfRun } from 'billing-elements/pdf.js';

async function makePdf() {
  const api = new RestDataSource({ baseUrl: '/api' });
  const [first] = (await api.listInvoices('cus-cyrillic', { limit: 1 })).items;
  const pdf = await invoiceToPdf(await api.getInvoice('cus-cyrillic', first.id), { locale: 'en-US' });
  const head = new TextDecoder().decode(await pdf.blob.slice(0, 5).arrayBuffer());
  return { head, pageCount: pdf.pageCount, warnings: pdf.warnings, run: lastPdfRun() };
}

makePdf().then(
  (result) => (window.hostResult = result),
  (error) => (window.hostResult = { error: String(error) }),
);
