// Its own file: the fast paths patch jsPDF's API once per page, and these tests need jsPDF as it comes first.
import { expect } from '@open-wc/testing';
import { jsPDF } from 'jspdf';
import { autoTable } from 'jspdf-autotable';
import { drawWithAndWithoutFastPaths, fastPathsNotTaken, tableRows } from './jspdf-fast-paths-check.js';
import { fetchInvoice } from './pdf-fixtures.js';

describe('jsPDF fast paths', () => {
  let drawn: ReturnType<typeof drawWithAndWithoutFastPaths>;
  before(async () => {
    drawn = drawWithAndWithoutFastPaths(jsPDF, autoTable, tableRows(await fetchInvoice('cus-medium', 'inv-300-lines')));
  });

  it('leave the PDF and every measure byte for byte as jsPDF makes them', () => {
    const { before, after } = drawn;
    expect(after.measures).to.deep.equal(before.measures);
    expect(after.output.length).to.equal(before.output.length);
    expect(after.output === before.output, 'the PDFs are identical').to.equal(true);
  });

  it('are each taken, none stepping aside for jsPDF’s own path', () => {
    expect(Object.keys(drawn.runs)).to.have.length.above(0);
    expect(fastPathsNotTaken(drawn.runs), 'fast paths not taken').to.deep.equal([]);
  });
});
