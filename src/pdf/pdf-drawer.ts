import type { jsPDF } from 'jspdf';
import type { CellDef, CellHookData, RowInput, Styles, Table, UserOptions } from 'jspdf-autotable';
import { contrastingText, MUTED, RULE, STRIPE, TEXT, type Rgb } from './pdf-colors.js';
import { linkLabel, type PdfContent } from './pdf-content.js';
import { STANDARD_FONT, type FontChooser } from './pdf-fonts.js';
import type { PdfLogo } from './pdf-logo.js';

/**
 * How the invoice PDF is drawn: the content (pdf-content.ts) placed on jsPDF pages, the tables by autotable, both
 * passed in (see pdf-layout.ts), so this module only names their types.
 */

/**
 * Text options for every table. autotable's default (`isInputVisual: false`) runs jsPDF's bidi reordering a second
 * time on text jsPDF has already shaped and ordered, which prints Arabic letters reversed and unjoined; without it,
 * cells print Arabic the way `doc.text` does.
 */
const TABLE_TEXT_OPTIONS = {};

/**
 * Cell styles for a table without cell borders. autotable's defaults (no width, light grey) draw nothing either, but
 * set the line width and colour again for every cell; a line width given per side, none of them set, draws nothing
 * and sets nothing.
 */
const WITHOUT_BORDERS: Partial<Styles> = { lineWidth: {}, lineColor: false };

const MARGIN = { top: 48, right: 40, bottom: 72, left: 40 };
const BODY_SIZE = 9;
const LOGO_BOX = { width: 160, height: 56 };

/**
 * The totals' cells. Their white does paint: it covers the lower half of the accent rule drawn above the emphasised
 * totals.
 */
const TOTALS_STYLES = {
  fillColor: [255, 255, 255] as Rgb,
  textColor: TEXT,
  fontStyle: 'normal',
  cellPadding: { top: 3, bottom: 3, left: 5, right: 5 },
} satisfies Partial<Styles>;

/** autotable's function, passed in by the caller (see PdfLibraries in pdf-layout.ts). */
export type AutoTable = (doc: jsPDF, options: UserOptions) => void;

/** Draws the content onto pages; one method per part of the invoice, top to bottom. */
export class PdfDrawer {
  private readonly pageWidth: number;
  private readonly pageHeight: number;
  private cursorY = MARGIN.top;

  constructor(
    private readonly doc: jsPDF,
    private readonly autoTable: AutoTable,
    private readonly fonts: FontChooser,
    private readonly accent: Rgb,
  ) {
    this.pageWidth = doc.internal.pageSize.getWidth();
    this.pageHeight = doc.internal.pageSize.getHeight();
  }

  drawHeader(content: PdfContent, logo: PdfLogo | null): void {
    const { doc } = this;
    const half = (this.pageWidth - MARGIN.left - MARGIN.right) / 2;
    let leftY = MARGIN.top;
    if (logo) {
      const scale = Math.min(LOGO_BOX.width / logo.width, LOGO_BOX.height / logo.height);
      const width = logo.width * scale;
      const height = logo.height * scale;
      doc.addImage(logo.bytes, logo.format, MARGIN.left, leftY, width, height);
      leftY += height + 14;
    }
    leftY = this.writeBlock([content.seller.name], MARGIN.left, leftY, half - 12, { bold: true, size: 11 });
    leftY = this.writeBlock(content.seller.lines, MARGIN.left, leftY, half - 12, { color: MUTED });

    const rightX = MARGIN.left + half + 12;
    this.write(content.title, this.pageWidth - MARGIN.right, MARGIN.top + 18, { bold: true, size: 22, color: this.accent, align: 'right' });
    const meta = this.inFonts([content.meta]);
    this.autoTable(doc, {
      ...this.tableDefaults(),
      startY: MARGIN.top + 30,
      margin: { left: rightX, right: MARGIN.right },
      theme: 'plain',
      body: meta.sections[0],
      styles: { font: meta.font, fontSize: BODY_SIZE, cellPadding: { top: 1.5, bottom: 1.5, left: 0, right: 0 }, textColor: TEXT, textOptions: TABLE_TEXT_OPTIONS },
      columnStyles: { 0: { textColor: MUTED, cellWidth: 'wrap' }, 1: { halign: 'right', fontStyle: 'bold' } },
    });
    const rightY = this.finalY() + 8;

    let y = Math.max(leftY, rightY) + 10;
    y = this.writeBlock([content.buyer.heading], MARGIN.left, y, half - 12, { bold: true, size: 8, color: this.accent });
    y = this.writeBlock([content.buyer.name], MARGIN.left, y, half - 12, { bold: true, size: 11 });
    y = this.writeBlock(content.buyer.lines, MARGIN.left, y, half - 12, { color: MUTED });
    this.cursorY = y + 16;
  }

  /**
   * Draws the line table with the totals as its foot; returns how many lines are on the page with the totals, and
   * the column widths. With `split`, the lines from `beforeLine` on start a new page (header repeated) together with
   * the totals, in columns of the given widths.
   */
  drawLines(
    content: PdfContent,
    split: { beforeLine: number; columnWidths: number[] } | null,
  ): { linesWithTotals: number; columnWidths: number[] } {
    const headText = contrastingText(this.accent);
    // Amounts are right-aligned, and so are their headings.
    const head: CellDef[] = content.head.map((text, index) => ({ content: text, styles: index > 0 ? { halign: 'right' } : {} }));
    const footRows: CellDef[][] = content.foot.map((row) => [
      { content: row.label, colSpan: 5, styles: { halign: 'right', fontStyle: row.emphasis ? 'bold' : 'normal' } },
      { content: row.value, styles: { halign: 'right', fontStyle: row.emphasis ? 'bold' : 'normal' } },
    ]);
    const withFonts = this.inFonts([[head], content.body, footRows]);
    const [headRows, body, foot] = withFonts.sections as [RowInput[], RowInput[], RowInput[]];
    const totalsInFoot = this.fitsInTableFoot(content.foot);
    const linePages: number[] = [];
    const table = (lines: RowInput[], firstLine: number, last: boolean): UserOptions => ({
      ...this.tableDefaults(),
      startY: this.cursorY,
      head: headRows,
      body: lines,
      foot: last && totalsInFoot ? foot : [],
      // Every fill is given below (the header in the accent colour, the stripes); the plain theme adds no styles of its
      // own, which autotable would otherwise merge into every cell.
      theme: 'plain',
      // The header repeats on every page, no line is split over two pages, and the totals (the table foot) are only
      // drawn after the last line: autotable moves the last line to the next page when it and the totals do not both
      // fit, so the totals are never alone on a page.
      showHead: 'everyPage',
      showFoot: last && totalsInFoot ? 'lastPage' : 'never',
      pageBreak: last && firstLine > 0 ? 'always' : 'auto',
      rowPageBreak: 'avoid',
      // Cells are top-aligned and wrap their text (autotable's defaults, `valign: 'top'`, `overflow: 'linebreak'`).
      styles: { font: withFonts.font, fontSize: BODY_SIZE, cellPadding: 5, textColor: TEXT, textOptions: TABLE_TEXT_OPTIONS, ...WITHOUT_BORDERS },
      headStyles: { fillColor: this.accent, textColor: headText, fontStyle: 'bold' },
      footStyles: TOTALS_STYLES,
      // The amounts and the rate (columns 2 to 5) are as wide as their widest cell, so they never wrap, and autotable
      // is told so rather than measuring each of them again to find out (some 1,200 cells at 300 lines). The
      // quantity wraps: its unit is free text from the backend, and a column can be no wider than the page.
      columnStyles: Object.fromEntries(
        [0, 1, 2, 3, 4, 5].map((index) => [
          index,
          {
            halign: index === 0 ? 'left' : 'right',
            cellWidth: split?.columnWidths[index] ?? (index === 0 ? 'auto' : 'wrap'),
            ...(index >= 2 ? { overflow: 'visible' } : {}),
          } satisfies Partial<Styles>,
        ]),
      ),
      // One cell hook for all three jobs (autotable makes a hook object per cell and hook).
      willDrawCell: (data) => {
        if (data.section === 'body' && data.column.index === 0) {
          // The page each line is drawn on (a line is never split, so its first cell tells).
          linePages[firstLine + data.row.index] = this.doc.getCurrentPageInfo().pageNumber;
          // Every other line striped, with one rectangle under the whole line before its cells are drawn, rather than
          // autotable's one per cell (alternateRowStyles): the same pixels, a sixth of the drawing, some 12% less
          // page content. The lines between are the white page itself.
          if (data.row.index % 2 === 0) {
            const width = data.table.columns.reduce((sum, column) => sum + column.width, 0);
            data.doc.setFillColor(...STRIPE);
            data.doc.rect(data.cell.x, data.cell.y, width, data.row.height, 'F');
          }
        }
        if (data.section === 'foot') this.drawTotalRule(data);
      },
    });
    const at = split && split.beforeLine > 0 && split.beforeLine < content.body.length ? split.beforeLine : null;
    if (at === null) {
      this.autoTable(this.doc, table(body, 0, true));
    } else {
      this.autoTable(this.doc, table(body.slice(0, at), 0, false));
      this.cursorY = this.finalY();
      this.autoTable(this.doc, table(body.slice(at), at, true));
    }
    const columnWidths = this.lastTable().columns.map((column) => column.width);
    if (!totalsInFoot) {
      // The totals as a table of their own, right after the lines and in their columns, whose rows autotable can
      // split over pages; it cannot keep them with the last lines, which a page could not hold with them anyway.
      this.autoTable(this.doc, {
        ...this.tableDefaults(),
        startY: this.finalY(),
        body: foot,
        theme: 'plain',
        styles: { font: withFonts.font, fontSize: BODY_SIZE, textOptions: TABLE_TEXT_OPTIONS, ...WITHOUT_BORDERS, ...TOTALS_STYLES },
        columnStyles: Object.fromEntries(columnWidths.map((width, index) => [index, { cellWidth: width }])),
        willDrawCell: (data) => this.drawTotalRule(data),
      });
    }
    this.cursorY = this.finalY() + 20;
    const totalsPage = this.doc.getCurrentPageInfo().pageNumber;
    const linesWithTotals = totalsInFoot ? linePages.filter((page) => page === totalsPage).length : content.body.length;
    return { linesWithTotals, columnWidths };
  }

  /**
   * Whether the totals can be the line table's foot. autotable cannot split a foot over pages, and a foot taller than
   * a page sends it into endless recursion (a tax label of thousands of characters did: "Maximum call stack size
   * exceeded"). Measured at half the text width, less than the labels ever get (they span all columns but the
   * amount), the foot must take at most a third of a page.
   */
  private fitsInTableFoot(foot: PdfContent['foot']): boolean {
    const { top, bottom } = TOTALS_STYLES.cellPadding;
    const labelWidth = (this.pageWidth - MARGIN.left - MARGIN.right) / 2 - 10;
    let height = 0;
    for (const row of foot) {
      this.useFont(row.label, row.emphasis, BODY_SIZE);
      const lines = this.doc.splitTextToSize(row.label, labelWidth) as string[];
      height += lines.length * BODY_SIZE * this.doc.getLineHeightFactor() + top + bottom;
    }
    return height <= (this.pageHeight - MARGIN.top - MARGIN.bottom) / 3;
  }

  /** A rule in the accent colour above the emphasised totals (Total, Amount due). */
  private drawTotalRule(data: CellHookData): void {
    if (data.cell.styles.fontStyle !== 'bold' || data.column.index !== 5) return;
    data.doc.setDrawColor(...this.accent);
    data.doc.setLineWidth(1);
    data.doc.line(data.cell.x, data.cell.y, data.cell.x + data.cell.width, data.cell.y);
  }

  drawPayments(content: PdfContent): void {
    if (!content.payments) return;
    this.ensureSpace(60);
    this.cursorY = this.writeBlock([content.payments.heading], MARGIN.left, this.cursorY, 300, { bold: true, size: 10, color: this.accent }) + 2;
    // The amount is right-aligned, and so is its heading.
    const head: CellDef[] = content.payments.head.map((text, index) => ({ content: text, styles: index === 3 ? { halign: 'right' } : {} }));
    const withFonts = this.inFonts([[head], content.payments.rows]);
    this.autoTable(this.doc, {
      ...this.tableDefaults(),
      startY: this.cursorY,
      head: withFonts.sections[0],
      body: withFonts.sections[1],
      theme: 'plain',
      rowPageBreak: 'avoid',
      styles: { font: withFonts.font, fontSize: BODY_SIZE, cellPadding: 3, textColor: TEXT, textOptions: TABLE_TEXT_OPTIONS },
      headStyles: { fontStyle: 'bold', textColor: MUTED, lineWidth: { bottom: 0.5 }, lineColor: RULE },
      columnStyles: { 3: { halign: 'right' } },
    });
    this.cursorY = this.finalY() + 20;
  }

  drawParagraphs(content: PdfContent): void {
    const width = this.pageWidth - MARGIN.left - MARGIN.right;
    for (const paragraph of content.paragraphs) {
      this.ensureSpace(40);
      this.cursorY = this.writeBlock([paragraph.heading], MARGIN.left, this.cursorY, width, { bold: true, size: 10, color: this.accent }) + 2;
      this.cursorY = this.writeBlock(paragraph.text.split('\n'), MARGIN.left, this.cursorY, width, {}) + 14;
    }
  }

  /** Draws the footer on every page now that the page count is known; returns the page count. */
  drawFooters(content: PdfContent): number {
    const { doc } = this;
    const pages = doc.getNumberOfPages();
    const ruleY = this.pageHeight - MARGIN.bottom + 18;
    // Every page label in the sample's font: the labels differ only in their numbers.
    const labelFamily = this.fonts.familyFor(content.pageLabelSample);
    for (let page = 1; page <= pages; page += 1) {
      doc.setPage(page);
      doc.setDrawColor(...this.accent);
      doc.setLineWidth(0.75);
      doc.line(MARGIN.left, ruleY, this.pageWidth - MARGIN.right, ruleY);
      this.write(content.pageLabel(page, pages), this.pageWidth - MARGIN.right, ruleY + 14, { size: 8, color: MUTED, align: 'right', family: labelFamily });
      let x = MARGIN.left;
      let y = ruleY + 14;
      for (const link of content.links) {
        x = this.write(linkLabel(link), x, y, { size: 8, color: MUTED });
        this.useFont(link.url, false, 8);
        doc.setTextColor(...this.accent);
        // The visible text is the URL itself, so the reader sees where the link goes (an internationalised address
        // too: a character no font has is marked and named, like anywhere else).
        doc.textWithLink(this.fonts.printable(link.url), x, y, { url: escapePdfUrl(link.url) });
        x = MARGIN.left;
        y += 11;
      }
    }
    return pages;
  }

  private tableDefaults(): Partial<UserOptions> {
    return { margin: { top: MARGIN.top, right: MARGIN.right, bottom: MARGIN.bottom, left: MARGIN.left } };
  }

  /**
   * A table's rows with their fonts chosen up front, rather than in a hook autotable would call for every cell: the
   * font most of the table's text needs, for the table's styles, and the rows with each cell that needs another font
   * styled with it. `sections` are the table's sections (head, body, foot), in the order given.
   */
  private inFonts(sections: Array<Array<Array<string | CellDef>>>): { font: string; sections: RowInput[][] } {
    const text = (cell: string | CellDef) => (typeof cell === 'string' ? cell : String(cell.content ?? ''));
    const counts = new Map<string, number>();
    for (const rows of sections) {
      for (const row of rows) for (const cell of row) {
        const family = this.fonts.familyFor(text(cell));
        counts.set(family, (counts.get(family) ?? 0) + 1);
      }
    }
    const font = [...counts].reduce((best, entry) => (entry[1] > best[1] ? entry : best), [STANDARD_FONT, 0])[0];
    const styled = (cell: string | CellDef): string | CellDef => {
      const family = this.fonts.familyFor(text(cell));
      const printable = this.fonts.printable(text(cell), family);
      if (family === font) return typeof cell === 'string' ? printable : { ...cell, content: printable };
      return typeof cell === 'string' ? { content: printable, styles: { font: family } } : { ...cell, content: printable, styles: { ...cell.styles, font: family } };
    };
    return { font, sections: sections.map((rows) => rows.map((row) => row.map(styled))) };
  }

  private lastTable(): Table {
    return (this.doc as jsPDF & { lastAutoTable: Table }).lastAutoTable;
  }

  private finalY(): number {
    return this.lastTable().finalY ?? this.cursorY;
  }

  private ensureSpace(height: number): void {
    if (this.cursorY + height > this.pageHeight - MARGIN.bottom) {
      this.doc.addPage();
      this.cursorY = MARGIN.top;
    }
  }

  private useFont(text: string, bold: boolean, size: number): void {
    this.doc.setFont(this.fonts.familyFor(text), bold ? 'bold' : 'normal');
    this.doc.setFontSize(size);
  }

  /** Writes one line; returns the x just after it (for left-aligned text). */
  private write(
    text: string,
    x: number,
    y: number,
    style: { bold?: boolean; size?: number; color?: Rgb; align?: 'left' | 'right'; family?: string },
  ): number {
    const family = style.family ?? this.fonts.familyFor(text);
    const printable = this.fonts.printable(text, family);
    this.doc.setFont(family, style.bold ? 'bold' : 'normal');
    this.doc.setFontSize(style.size ?? BODY_SIZE);
    this.doc.setTextColor(...(style.color ?? TEXT));
    this.doc.text(printable, x, y, { align: style.align ?? 'left' });
    return x + this.doc.getTextWidth(printable);
  }

  /** Writes lines wrapped to a width, starting a new page when the bottom is reached; returns the y below them. */
  private writeBlock(
    lines: string[],
    x: number,
    top: number,
    width: number,
    style: { bold?: boolean; size?: number; color?: Rgb },
  ): number {
    const size = style.size ?? BODY_SIZE;
    const lineHeight = size * 1.35;
    let y = top;
    for (const line of lines) {
      this.useFont(line, style.bold ?? false, size);
      this.doc.setTextColor(...(style.color ?? TEXT));
      for (const wrapped of this.doc.splitTextToSize(this.fonts.printable(line), width) as string[]) {
        if (y + lineHeight > this.pageHeight - MARGIN.bottom) {
          this.doc.addPage();
          y = MARGIN.top;
        }
        this.doc.text(wrapped, x, y + size);
        y += lineHeight;
      }
    }
    return y;
  }
}

/** Parentheses and backslashes percent-encoded, so nothing in a URL can end the PDF string it is written into. */
function escapePdfUrl(url: string): string {
  return url.replace(/[()\\]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
}
