import type { jsPDF } from 'jspdf';
import type { CellDef, CellHookData, RowInput, Styles, Table, UserOptions } from 'jspdf-autotable';
import type { Address, Invoice, Money } from '../api/types.js';
import { safeHttpUrl } from '../api/urls.js';
import type { Branding } from '../context/billing-context.js';
import { formatDate, formatDateRange } from '../format/dates.js';
import { resolveMessages } from '../format/messages.js';
import { formatMoney } from '../format/money.js';
import { paperSizeForLocale, type PaperSize } from './paper-size.js';
import { BUILT_IN_FONTS, FontChooser, glyphsOf, registerFonts, STANDARD_FONT, type MissingCharactersWarning, type PdfFont } from './pdf-fonts.js';
import { loadLogo, type LogoProblem, type PdfLogo, type SvgRasterizer } from './pdf-logo.js';
import { pdfInfoText, pdfText } from './pdf-text.js';
import { pdfTranslations, type PdfMessages } from './pdf.messages.js';

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

/**
 * The invoice PDF's layout: what is printed (`describeInvoice`) and how it is drawn (`layoutInvoicePdf`). It runs
 * wherever the PDF is made: in the PDF worker (src/pdf/pdf-worker.ts), or in the page when no worker can be used.
 * jsPDF and autotable are passed in rather than imported, so each side loads them its own way (the worker statically,
 * the page lazily) and this module stays free of them.
 */

/** Something that did not stop the PDF but that the user should know about. */
export type PdfWarning = LogoUnavailableWarning | MissingCharactersWarning;

/** The PDF was made without the logo. */
export interface LogoUnavailableWarning {
  kind: 'logo-unavailable';
  /** Why the logo could not be used. */
  reason: LogoProblem;
  /** The logo URL that was tried. */
  url: string;
}

/** What `layoutInvoicePdf` needs: the invoice and the options, already resolved. */
export interface PdfLayoutInput {
  invoice: Invoice;
  locale: string;
  branding: Partial<Branding>;
  paperSize: PaperSize | null;
  accentColor: string | null;
  messages: Partial<PdfMessages> | null;
  /** The integrator's fonts, tried before the built-in ones. */
  fonts: readonly PdfFont[];
  /** The logo, already loaded by the page (an SVG logo, which a worker cannot draw); otherwise it is loaded here. */
  logo?: PdfLogo | LogoProblem | null;
}

/** A laid-out PDF, before it gets its file name. */
export interface PdfLayoutResult {
  blob: Blob;
  pageCount: number;
  warnings: PdfWarning[];
  /** The logo turned out to be SVG, which a worker cannot draw: the page draws it and asks again (see invoiceToPdf). */
  svgLogoLeftOut?: boolean;
}

/** jsPDF's constructor and autotable's function, loaded by the caller; in the page, a way to draw SVG logos. */
export interface PdfLibraries {
  jsPDF: typeof jsPDF;
  autoTable: AutoTable;
  rasterizeSvg?: SvgRasterizer;
  /**
   * Shortcuts through jsPDF (fast-pdf-libraries.ts), in the worker only. `prepare` is called on each document once
   * its fonts are registered; `output` writes it.
   */
  fastPaths?: { prepare(doc: jsPDF): void; output(doc: jsPDF): Promise<Blob> };
}

const DEFAULT_ACCENT: Rgb = [11, 87, 208];
const TEXT: Rgb = [31, 35, 40];
const MUTED: Rgb = [89, 99, 110];
const RULE: Rgb = [208, 215, 222];
const STRIPE: Rgb = [246, 248, 250];
const MARGIN = { top: 48, right: 40, bottom: 72, left: 40 };
const BODY_SIZE = 9;
const LOGO_BOX = { width: 160, height: 56 };
/** How many line items at least share the page with the totals, when the table runs over several pages. */
const KEEP_WITH_TOTALS = 2;

type Rgb = [number, number, number];

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

/** The logo a PDF shows: the branding's, else the invoice seller's. */
export function logoUrlOf(input: PdfLayoutInput): string | null {
  return input.branding.logoUrl ?? input.invoice.seller.logoUrl ?? null;
}

/** Lays the invoice out and renders the PDF. Rejects on font download failures and aborts, never for the logo. */
export async function layoutInvoicePdf(input: PdfLayoutInput, libraries: PdfLibraries, signal?: AbortSignal): Promise<PdfLayoutResult> {
  const { invoice, locale } = input;
  const { jsPDF, autoTable, fastPaths } = libraries;
  const branding = input.branding;
  const accent = parseHexColor(input.accentColor ?? branding.accentColor) ?? DEFAULT_ACCENT;
  const content = describeInvoice(invoice, locale, resolveMessages(pdfTranslations, locale, input.messages), branding);
  const chooser = new FontChooser([...input.fonts, ...BUILT_IN_FONTS]);
  const logoUrl = logoUrlOf(input);
  const fonts = chooser.fontsFor(allTexts(content));

  const loaded = input.logo !== undefined ? input.logo : logoUrl ? await loadLogo(logoUrl, signal, libraries.rasterizeSvg) : null;
  const svgLogoLeftOut = loaded === 'svg';
  // In a worker the page draws the SVG and asks again; where nothing can draw it (Node), the warning says so.
  const logo = svgLogoLeftOut ? 'svg-unsupported' : loaded;
  signal?.throwIfAborted();
  const warnings: PdfWarning[] = [];
  if (logoUrl && typeof logo === 'string') warnings.push({ kind: 'logo-unavailable', reason: logo, url: logoUrl });

  const draw = async (split: { beforeLine: number; columnWidths: number[] } | null) => {
    const doc = new jsPDF({
      unit: 'pt',
      format: input.paperSize ?? paperSizeForLocale(locale),
      compress: true,
      putOnlyUsedFonts: true,
      // Coordinates to 0.00001 pt rather than jsPDF's default 16 decimals ("291.4899999999797728"): some 40% less
      // page content to build and compress, and no difference any reader or printer can show.
      floatPrecision: 5,
    });
    await registerFonts(doc, fonts, signal);
    signal?.throwIfAborted();
    for (const font of fonts) chooser.setGlyphs(font.family, glyphsOf(doc, font.family));
    fastPaths?.prepare(doc);
    const drawer = new PdfDrawer(doc, autoTable, chooser, accent);
    drawer.drawHeader(content, logo && typeof logo !== 'string' ? logo : null);
    const lines = drawer.drawLines(content, split);
    drawer.drawPayments(content);
    drawer.drawParagraphs(content);
    return { doc, drawer, ...lines };
  };

  let drawn = await draw(null);
  const lineCount = content.body.length;
  // autotable keeps the last line with the totals; when that line is all the totals' page has, the document is
  // drawn again with a page break before the last KEEP_WITH_TOTALS lines, so the totals always follow a few lines.
  if (drawn.linesWithTotals < Math.min(KEEP_WITH_TOTALS, lineCount) && drawn.linesWithTotals < lineCount) {
    // The first drawing's column widths, so the columns line up across the break.
    drawn = await draw({ beforeLine: lineCount - KEEP_WITH_TOTALS, columnWidths: drawn.columnWidths });
  }
  const { doc, drawer } = drawn;
  const pageCount = drawer.drawFooters(content);
  const missing = chooser.missingCharacters();
  if (missing.length > 0) warnings.push({ kind: 'characters-missing', characters: missing });

  doc.setProperties({
    title: pdfInfoText(content.documentTitle),
    subject: pdfInfoText(content.subject),
    author: pdfInfoText(content.author),
    creator: 'billing-elements',
    keywords: pdfInfoText(content.number),
  });
  doc.viewerPreferences({ DisplayDocTitle: true });
  const blob = fastPaths ? await fastPaths.output(doc) : doc.output('blob');
  return { blob, pageCount, warnings, ...(svgLogoLeftOut ? { svgLogoLeftOut } : {}) };
}

/** Every string the PDF prints, formatted, before anything is drawn (so the fonts they need are known up front). */
export interface PdfContent {
  title: string;
  number: string;
  documentTitle: string;
  subject: string;
  author: string;
  seller: { name: string; lines: string[] };
  buyer: { heading: string; name: string; lines: string[] };
  meta: string[][];
  head: string[];
  body: string[][];
  foot: Array<{ label: string; value: string; emphasis: boolean }>;
  payments: { heading: string; head: string[]; rows: string[][] } | null;
  paragraphs: Array<{ heading: string; text: string }>;
  links: Array<{ label: string; url: string }>;
  /** A sample of the page label, for choosing its font before the page count is known. */
  pageLabelSample: string;
  pageLabel: (page: number, pages: number) => string;
}

export function describeInvoice(invoice: Invoice, locale: string, messages: PdfMessages, branding: Partial<Branding>): PdfContent {
  // Invoices repeat the same prices, quantities and rates line after line; each is formatted once.
  const money = remembered((value: Money) => `${value.amountMinor} ${value.currency}`, (value: Money) => pdfText(formatMoney(value, locale)));
  const date = (value: string) => pdfText(formatDate(value, locale));
  const isCreditNote = invoice.kind === 'credit_note';
  const title = pdfText(isCreditNote ? messages.creditNoteTitle : messages.invoiceTitle);
  const number = pdfText(invoice.number);
  const quantityFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 6 });
  const percentFormat = new Intl.NumberFormat(locale, { style: 'unit', unit: 'percent', maximumFractionDigits: 4 });
  // Intl formats decimal strings exactly; quantities and rates are decimal strings in the contract.
  const decimal = (format: Intl.NumberFormat, value: string) => pdfText(format.format(value as unknown as number));
  const quantity = remembered((line: Invoice['lines'][number]) => JSON.stringify([line.quantity, line.unit]), (line) => pdfText(`${decimal(quantityFormat, line.quantity)} ${line.unit}`));
  const rate = remembered((value: string) => value, (value: string) => decimal(percentFormat, value));

  const meta: string[][] = [
    [messages.number, number],
    [messages.issueDate, date(invoice.issueDate)],
    [messages.dueDate, date(invoice.dueDate)],
    [messages.status, messages.statusName(invoice.status)],
  ];
  if (invoice.servicePeriod) meta.push([messages.servicePeriod, pdfText(formatDateRange(invoice.servicePeriod, locale))]);
  if (isCreditNote && invoice.corrects) meta.push([messages.corrects, pdfText(invoice.corrects.number)]);

  // Lines mostly share a few billing periods, and formatting a range is one of the slower Intl calls.
  const periods = new Map<string, string>();
  const period = (range: { start: string; end: string }) => {
    const key = `${range.start}/${range.end}`;
    let formatted = periods.get(key);
    if (formatted === undefined) periods.set(key, (formatted = formatDateRange(range, locale)));
    return formatted;
  };
  const body = invoice.lines.map((line) => {
    const detail = [`${messages.sku} ${line.sku}`];
    if (line.period) detail.push(period(line.period));
    return [
      pdfText(`${line.description}\n${detail.join(' · ')}`),
      quantity(line),
      money(line.unitPrice),
      line.discount.amountMinor === 0 ? '' : money(negate(line.discount)),
      rate(line.taxRate),
      money(line.lineTotal),
    ];
  });

  const foot: PdfContent['foot'] = [{ label: messages.subtotal, value: money(invoice.subtotal), emphasis: false }];
  if (invoice.discountTotal.amountMinor !== 0) {
    foot.push({ label: messages.discounts, value: money(negate(invoice.discountTotal)), emphasis: false });
  }
  for (const tax of invoice.taxes) {
    foot.push({ label: pdfText(`${tax.label} ${decimal(percentFormat, tax.rate)}`), value: money(tax.tax), emphasis: false });
  }
  foot.push({ label: messages.total, value: money(invoice.total), emphasis: true });
  if (invoice.payments.length > 0 || invoice.amountPaid.amountMinor !== 0) {
    foot.push({ label: messages.amountPaid, value: money(invoice.amountPaid), emphasis: false });
    foot.push({ label: messages.amountDue, value: money(invoice.amountDue), emphasis: true });
  }

  const payments =
    invoice.payments.length === 0
      ? null
      : {
          heading: messages.payments,
          head: [messages.paymentDate, messages.paymentMethod, messages.paymentReference, messages.amount],
          rows: invoice.payments.map((payment) => [
            date(payment.date),
            pdfText(payment.method),
            pdfText(payment.reference ?? ''),
            money(payment.amount),
          ]),
        };

  const paragraphs: PdfContent['paragraphs'] = [];
  if (invoice.notes?.trim()) paragraphs.push({ heading: messages.notes, text: pdfText(invoice.notes) });
  if (invoice.terms?.trim()) paragraphs.push({ heading: messages.terms, text: pdfText(invoice.terms) });

  const links: PdfContent['links'] = [];
  const website = safeHttpUrl(branding.websiteUrl);
  const controlPanel = safeHttpUrl(branding.controlPanelUrl);
  if (website) links.push({ label: messages.website, url: website });
  if (controlPanel) links.push({ label: messages.controlPanel, url: controlPanel });

  const sellerName = pdfText(branding.name || invoice.seller.name);
  const sellerLines = addressLines(invoice.seller.address, locale);
  if (invoice.seller.taxId) sellerLines.push(pdfText(`${messages.taxId}: ${invoice.seller.taxId}`));
  if (invoice.seller.email) sellerLines.push(pdfText(invoice.seller.email));
  const buyerLines = addressLines(invoice.buyer.address, locale);
  if (invoice.buyer.taxId) buyerLines.push(pdfText(`${messages.taxId}: ${invoice.buyer.taxId}`));
  if (invoice.buyer.email) buyerLines.push(pdfText(invoice.buyer.email));

  return {
    title,
    number,
    documentTitle: `${title} ${number}`,
    subject: `${title} ${number} · ${pdfText(invoice.buyer.name)}`,
    author: sellerName,
    seller: { name: sellerName, lines: sellerLines },
    buyer: { heading: messages.billTo, name: pdfText(invoice.buyer.name), lines: buyerLines },
    meta: meta.map(([label, value]) => [pdfText(label), value ?? '']),
    head: [messages.description, messages.quantity, messages.unitPrice, messages.discount, messages.taxRate, messages.amount],
    body,
    foot,
    payments,
    paragraphs,
    links,
    pageLabelSample: pdfText(`${title} ${number} · ${messages.pageOf(1, 1)}`),
    pageLabel: (page, pages) => pdfText(`${title} ${number} · ${messages.pageOf(page, pages)}`),
  };
}

/**
 * Every string a font is chosen for, exactly as the drawing passes it to the font chooser (a paragraph line by line,
 * a link label with its colon), so choices made ahead of time, on another thread, are found again while drawing.
 */
export function allTexts(content: PdfContent): string[] {
  const texts = [
    content.title,
    content.number,
    content.seller.name,
    ...content.seller.lines,
    content.buyer.heading,
    content.buyer.name,
    ...content.buyer.lines,
    ...content.meta.flat(),
    ...content.head,
    ...content.body.flat(),
    ...content.foot.flatMap((row) => [row.label, row.value]),
    ...content.paragraphs.flatMap((paragraph) => [paragraph.heading, ...paragraph.text.split('\n')]),
    ...content.links.flatMap((link) => [linkLabel(link), link.url]),
    content.pageLabelSample,
  ];
  // Concatenated, not pushed: spreading a long list into a call overflows the stack.
  return content.payments ? texts.concat(content.payments.heading, content.payments.head, content.payments.rows.flat()) : texts;
}

/** `format`, remembering its result for each key. */
function remembered<T>(key: (value: T) => string, format: (value: T) => string): (value: T) => string {
  const results = new Map<string, string>();
  return (value) => {
    const name = key(value);
    let result = results.get(name);
    if (result === undefined) results.set(name, (result = format(value)));
    return result;
  };
}

function addressLines(address: Address, locale: string): string[] {
  const lines = address.lines.map(pdfText);
  lines.push(pdfText([address.postalCode, address.city, address.region].filter(Boolean).join(' ')));
  lines.push(pdfText(countryName(address.country, locale)));
  return lines.filter((line) => line.trim() !== '');
}

function countryName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames(locale, { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

function negate(money: Money): Money {
  return { amountMinor: -money.amountMinor, currency: money.currency };
}

/** `#rgb` or `#rrggbb` as RGB; anything else (names, `url()`, hostile strings) is ignored. */
export function parseHexColor(value: string | null | undefined): Rgb | null {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value?.trim() ?? '');
  if (!match) return null;
  const hex = match[1]!.length === 3 ? [...match[1]!].map((digit) => digit + digit).join('') : match[1]!;
  return [0, 2, 4].map((offset) => parseInt(hex.slice(offset, offset + 2), 16)) as Rgb;
}

/** White or near-black, whichever reads better on the colour (WCAG relative luminance). */
function contrastingText(color: Rgb): Rgb {
  const [r, g, b] = color.map((channel) => {
    const value = channel / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.35 ? TEXT : [255, 255, 255];
}

type AutoTable = (doc: jsPDF, options: UserOptions) => void;

/** Draws the content onto pages; one method per part of the invoice, top to bottom. */
class PdfDrawer {
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
        // The visible text is the URL itself, so the reader sees where the link goes.
        doc.textWithLink(link.url, x, y, { url: escapePdfUrl(link.url) });
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

function linkLabel(link: { label: string }): string {
  return `${link.label}: `;
}

/** Parentheses and backslashes percent-encoded, so nothing in a URL can end the PDF string it is written into. */
function escapePdfUrl(url: string): string {
  return url.replace(/[()\\]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
}
