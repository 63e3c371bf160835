import type { jsPDF } from 'jspdf';
import type { Invoice } from '../api/types.js';
import type { Branding } from '../context/billing-context.js';
import { resolveMessages } from '../format/messages.js';
import { paperSizeForLocale, type PaperSize } from './paper-size.js';
import { DEFAULT_ACCENT, parseHexColor } from './pdf-colors.js';
import { allTexts, describeInvoice } from './pdf-content.js';
import { PdfDrawer, type AutoTable } from './pdf-drawer.js';
import { BUILT_IN_FONTS, FontChooser, glyphsOf, registerFonts, type MissingCharactersWarning, type PdfFont } from './pdf-fonts.js';
import { loadLogo, type LogoProblem, type PdfLogo, type SvgRasterizer } from './pdf-logo.js';
import { pdfInfoText } from './pdf-text.js';
import { pdfTranslations, type PdfMessages } from './pdf.messages.js';

/**
 * The invoice PDF's layout: what is printed (`describeInvoice`, pdf-content.ts) and how it is drawn (`PdfDrawer`,
 * pdf-drawer.ts), put together by `layoutInvoicePdf`. It runs wherever the PDF is made: in the PDF worker
 * (src/pdf/pdf-worker.ts), or in the page when no worker can be used. jsPDF and autotable are passed in rather than
 * imported, so each side loads them its own way (the worker statically, the page lazily) and these modules stay free
 * of them.
 */

// The page's side (invoice-to-pdf.ts) takes these from here, the one module of the layout it knows.
export { allTexts, describeInvoice } from './pdf-content.js';
export { parseHexColor } from './pdf-colors.js';

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

/** How many line items at least share the page with the totals, when the table runs over several pages. */
const KEEP_WITH_TOTALS = 2;

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
  const chooser = new FontChooser([...input.fonts, ...BUILT_IN_FONTS], locale);
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
