// Its own file: it needs this page's jsPDF as it comes, which the fast-path tests patch.
import { expect } from '@open-wc/testing';
import { jsPDF } from 'jspdf';
import { invoiceToPdf, lastPdfRun } from '../../src/pdf/invoice-to-pdf.js';
import { fetchInvoice } from './pdf-fixtures.js';
import { readPdf } from './pdf-reader.js';
import { withoutWorkers } from './without-workers.js';

/** jsPDF's API object as it stands: every member and every event handler documents subscribe to. */
function apiSnapshot(): { members: Record<string, unknown>; events: unknown[][] } {
  const api = jsPDF.API as unknown as Record<string, unknown> & { events: Array<[string, unknown]> };
  return { members: { ...api }, events: api.events.map((event) => [...event]) };
}

/** The members one snapshot has and the other has not, or holds another value for. */
function replaced(before: ReturnType<typeof apiSnapshot>, after: ReturnType<typeof apiSnapshot>): string[] {
  const names = new Set([...Object.keys(before.members), ...Object.keys(after.members)]);
  return [...names].filter((name) => after.members[name] !== before.members[name]);
}

describe('invoiceToPdf in the page', () => {
  it('uses jsPDF as it comes, which the host page may share (no fast paths patched into it)', async () => {
    // jsPDF itself sets a few members again for every document it makes; those are left out.
    const first = apiSnapshot();
    new jsPDF();
    const before = apiSnapshot();
    const ownChanges = replaced(first, before);
    expect(ownChanges.length, 'members jsPDF sets per document').to.be.below(5);
    expect(Object.keys(before.members)).to.include('getStringUnitWidth');
    expect(before.events).to.not.be.empty;
    const invoice = await fetchInvoice('cus-medium', 'inv-300-lines');
    const pdf = await withoutWorkers(() => invoiceToPdf(invoice, { locale: 'en-US', branding: { logoUrl: null } }));
    expect(lastPdfRun()!.thread).to.equal('page');
    expect((await readPdf(pdf.blob)).text).to.include(invoice.number);
    const after = apiSnapshot();
    expect(replaced(before, after).filter((name) => !ownChanges.includes(name)), 'API members replaced').to.deep.equal([]);
    expect(after.events).to.deep.equal(before.events);
  });
});
