// Its own file: the fast paths patch jsPDF's API once per page, and these tests need jsPDF as it comes first.
import { expect } from '@open-wc/testing';
import { jsPDF } from 'jspdf';
import { autoTable } from 'jspdf-autotable';
import { installDocumentFastPaths } from '../../src/pdf/jspdf-document-fast-paths.js';
import { installJsPdfFastPaths } from '../../src/pdf/jspdf-fast-paths.js';
import { fetchInvoice } from './pdf-fixtures.js';

/**
 * Lines for a table: wrapped and unwrapped Latin text, amounts, Latin-1, ł, Hebrew and Arabic (which helvetica
 * garbles), backslashes and parentheses.
 */
async function tableRows(): Promise<string[][]> {
  const invoice = await fetchInvoice('cus-medium', 'inv-300-lines');
  const rows = invoice.lines.slice(0, 60).map((line) => [`${line.description}\nSKU ${line.sku}`, `${line.quantity} ${line.unit}`, line.unitPrice.amountMinor.toString(), line.taxRate]);
  rows.push(['Zakład Łódź Sp. z o.o. — AVA Type: “quoted” (and [bracketed])', '1 Yr', '€ 1.234,56', '19 %']);
  rows.push(['שלום עולם 123', 'مرحبا بالعالم', 'abc (שלום) def', '12 \u200f34']);
  rows.push(['', ' ', 'a  b   c', 'x'.repeat(400)]);
  // Latin-1 and Windows-1252 beyond ASCII, backslashes, parentheses, a no-break space and a tab: the standard fonts'
  // escaping.
  rows.push(['Café Müller «Ærø» ½ × ÷ ¿¡ ©®°±µ¶ ÿ\nJan 1\u00a0–\u00a031, 2024 · “q” ‘s’ … ™ Œ Ÿ ž', 'C:\\path\\to (a) \\(b\\)', '1\u00a0234,56\u00a0€', 'a\tb ß']);
  return rows;
}

/** One document drawn the way the invoice is: a striped table with wrapped and right-aligned cells, texts, measures. */
function drawDocument(rows: string[][], fastPaths: boolean): { output: string; measures: unknown[] } {
  const doc = new jsPDF({ unit: 'pt', format: 'a4', compress: false, putOnlyUsedFonts: true, floatPrecision: 5 });
  doc.setCreationDate(new Date(Date.UTC(2024, 0, 15)));
  doc.setFileId('0123456789ABCDEF0123456789ABCDEF');
  if (fastPaths) installDocumentFastPaths(doc);
  autoTable(doc, {
    head: [['Description', 'Qty', 'Unit\nprice', 'Tax']],
    body: rows,
    theme: 'plain',
    styles: { fontSize: 9, cellPadding: 5, textColor: [31, 35, 40], textOptions: {}, lineWidth: {}, lineColor: false },
    headStyles: { fillColor: [11, 87, 208], textColor: [255, 255, 255], fontStyle: 'bold' },
    alternateRowStyles: { fillColor: [246, 248, 250] },
    columnStyles: { 0: { cellWidth: 'auto' }, 1: { halign: 'right', cellWidth: 'wrap' }, 2: { halign: 'right', cellWidth: 'wrap' }, 3: { halign: 'right' } },
    rowPageBreak: 'avoid',
  });
  doc.setFont('helvetica', 'bold');
  doc.setTextColor(11, 87, 208);
  doc.text('Invoice INV-1 · Page 1 of 9', 555, 800, { align: 'right' });
  doc.setFont('helvetica', 'normal');
  const measures: unknown[] = [];
  for (const row of rows) {
    for (const text of row) {
      // autotable passes a cell's lines as an array, which jsPDF's types do not declare.
      measures.push(doc.getTextWidth(text), doc.getStringUnitWidth(text), doc.splitTextToSize([text, text] as unknown as string, 40));
      // Every few points, so some widths fall just short of a line and some just past it.
      for (let width = 20; width < 400; width += 3) measures.push(doc.splitTextToSize(text, width));
    }
  }
  return { output: doc.output(), measures };
}

describe('jsPDF fast paths', () => {
  it('leave the PDF and every measure byte for byte as jsPDF makes them', async () => {
    const rows = await tableRows();
    const before = drawDocument(rows, false);
    installJsPdfFastPaths(jsPDF);
    const after = drawDocument(rows, true);
    expect(after.measures).to.deep.equal(before.measures);
    expect(after.output.length).to.equal(before.output.length);
    expect(after.output === before.output, 'the PDFs are identical').to.equal(true);
  });
});
