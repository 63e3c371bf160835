/**
 * The fast paths' equality check, for any jsPDF and autotable: the browser test (jspdf-fast-paths.test.ts) runs it with
 * the project's, `npm run check:jspdf-latest` (scripts/check-jspdf-latest.ts) with the newest releases.
 */
import type { jsPDF } from 'jspdf';
import type { autoTable } from 'jspdf-autotable';
import type { Invoice } from '../../src/api/types.js';
import { installDocumentFastPaths } from '../../src/pdf/jspdf-document-fast-paths.js';
import { fastPathRuns, installJsPdfFastPaths, type FastPath } from '../../src/pdf/jspdf-fast-paths.js';

/**
 * Lines for a table, from the 300-line seed invoice: wrapped and unwrapped Latin text, amounts, Latin-1, ł, Hebrew and
 * Arabic (which helvetica garbles), backslashes and parentheses.
 */
export function tableRows(invoice: Invoice): string[][] {
  const rows = invoice.lines.slice(0, 60).map((line) => [`${line.description}\nSKU ${line.sku}`, `${line.quantity} ${line.unit}`, line.unitPrice.amountMinor.toString(), line.taxRate]);
  rows.push(['Zakład Łódź Sp. z o.o. — AVA Type: “quoted” (and [bracketed])', '1 Yr', '€ 1.234,56', '19 %']);
  rows.push(['שלום עולם 123', 'مرحبا بالعالم', 'abc (שלום) def', '12 \u200f34']);
  rows.push(['', ' ', 'a  b   c', 'x'.repeat(400)]);
  // Latin-1 and Windows-1252 beyond ASCII, backslashes, parentheses, a no-break space and a tab: the standard fonts'
  // escaping.
  rows.push(['Café Müller «Ærø» ½ × ÷ ¿¡ ©®°±µ¶ ÿ\nJan 1\u00a0–\u00a031, 2024 · “q” ‘s’ … ™ Œ Ÿ ž', 'C:\\path\\to (a) \\(b\\)', '1\u00a0234,56\u00a0€', 'a\tb ß']);
  return rows;
}

export interface Drawing {
  output: string;
  measures: unknown[];
}

/**
 * The same document drawn by jsPDF as it comes, then with the fast paths (which stay installed on `library`
 * afterwards), and how many times each fast path was taken in the second drawing.
 */
export function drawWithAndWithoutFastPaths(library: typeof jsPDF, table: typeof autoTable, rows: string[][]): { before: Drawing; after: Drawing; runs: Record<FastPath, number> } {
  const before = drawDocument(library, table, rows, false);
  installJsPdfFastPaths(library);
  const runsBefore = { ...fastPathRuns };
  const after = drawDocument(library, table, rows, true);
  const runs = Object.fromEntries(Object.entries(fastPathRuns).map(([name, count]) => [name, count - runsBefore[name as FastPath]]));
  return { before, after, runs: runs as Record<FastPath, number> };
}

/** The fast paths that were not taken at all (a jsPDF release whose internals they do not recognise). */
export function fastPathsNotTaken(runs: Record<FastPath, number>): FastPath[] {
  return (Object.keys(runs) as FastPath[]).filter((name) => runs[name] === 0);
}

/** One document drawn the way the invoice is: a striped table with wrapped and right-aligned cells, texts, measures. */
function drawDocument(library: typeof jsPDF, table: typeof autoTable, rows: string[][], fastPaths: boolean): Drawing {
  const doc = new library({ unit: 'pt', format: 'a4', compress: false, putOnlyUsedFonts: true, floatPrecision: 5 });
  doc.setCreationDate(new Date(Date.UTC(2024, 0, 15)));
  doc.setFileId('0123456789ABCDEF0123456789ABCDEF');
  if (fastPaths) installDocumentFastPaths(doc);
  table(doc, {
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
