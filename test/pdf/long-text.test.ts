// Every free-text field of an invoice at 100,000 characters, made in the worker and in the page (issue #19, item 1).
import { expect } from '@open-wc/testing';
import type { Invoice } from '../../src/api/types.js';
import type { Branding } from '../../src/context/billing-context.js';
import { invoiceToPdf, lastPdfRun } from '../../src/pdf/invoice-to-pdf.js';
import { fetchInvoice } from './pdf-fixtures.js';
import { readPdf } from './pdf-reader.js';
import { withoutWorkers } from './without-workers.js';

const LENGTH = 100_000;
/** Numbered words ("w00001 w00002 …"), so what a reader gets back can be checked word for word, in order. */
function longText(letter: string): string {
  return Array.from({ length: Math.ceil(LENGTH / 7) }, (_, index) => `${letter}${String(index + 1).padStart(5, '0')}`)
    .join(' ')
    .slice(0, LENGTH);
}
const LATIN = longText('w');
/** Beyond Latin-1: printed in a Unicode font, and written to the document information as UTF-16. */
const CYRILLIC = longText('д');
const WORDS = /[wд]\d{5}/g;

/** Each free-text field the PDF prints, set to a long text; the text, and the document information it also goes to. */
const FIELDS: Record<string, (invoice: Invoice, branding: Partial<Branding>) => { text: string; author?: string }> = {
  notes: (invoice) => ({ text: (invoice.notes = LATIN) }),
  terms: (invoice) => ({ text: (invoice.terms = LATIN) }),
  'a line description': (invoice) => ({ text: (invoice.lines[0]!.description = LATIN) }),
  'a tax label': (invoice) => ({ text: (invoice.taxes[0]!.label = LATIN) }),
  'the customer name': (invoice) => ({ text: (invoice.buyer.name = LATIN) }),
  'the customer name in Cyrillic': (invoice) => ({ text: (invoice.buyer.name = CYRILLIC) }),
  'the customer address': (invoice) => ({ text: (invoice.buyer.address.lines = [LATIN])[0]! }),
  'the seller name': (invoice) => ({ text: (invoice.seller.name = LATIN), author: LATIN }),
  'the seller name in Cyrillic': (invoice) => ({ text: (invoice.seller.name = CYRILLIC), author: CYRILLIC }),
  'the seller address': (invoice) => ({ text: (invoice.seller.address.lines = [LATIN])[0]! }),
  'the branding name': (_, branding) => ({ text: (branding.name = LATIN), author: LATIN }),
};

describe('invoiceToPdf with 100,000 characters in a field', () => {
  let invoice: Invoice;
  before(async () => {
    invoice = await fetchInvoice('cus-small', 'inv-small-1');
    expect(LATIN).to.have.length(LENGTH);
    expect(CYRILLIC).to.have.length(LENGTH);
    expect(invoice.taxes, 'the invoice has a tax to label').to.not.be.empty;
  });

  for (const thread of ['worker', 'page'] as const) {
    for (const [field, setField] of Object.entries(FIELDS)) {
      it(`wraps ${field} over pages and prints all of it (${thread})`, async () => {
        const long = structuredClone({ ...invoice, seller: { ...invoice.seller, logoUrl: null } });
        const branding: Partial<Branding> = { logoUrl: null };
        const { text, author } = setField(long, branding);
        const make = () => invoiceToPdf(long, { locale: 'en-US', branding });
        const pdf = await (thread === 'page' ? withoutWorkers(make) : make());
        expect(lastPdfRun()!.thread).to.equal(thread);
        const read = await readPdf(pdf.blob);
        expect(read.text.match(WORDS)).to.deep.equal(text.match(WORDS));
        expect(read.pages.filter((page) => /[wд]\d{5}/.test(page)).length, 'pages holding the text').to.be.greaterThan(4);
        if (author) expect(read.info.Author).to.equal(author);
        expect(pdf.pageCount).to.equal(read.pageCount);
      });
    }
  }
});
