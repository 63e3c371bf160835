import type { Invoice } from '../api/types.js';
import type { Branding } from '../context/billing-context.js';
import { resolveMessages } from '../format/messages.js';
import { intlLocale } from '../format/locale.js';
import type { PaperSize } from './paper-size.js';
import { invoiceFileName } from './pdf-file-name.js';
import { BUILT_IN_FONTS, FontChooser, type PdfFont, type PdfFontSource } from './pdf-fonts.js';
import { allTexts, describeInvoice, layoutInvoicePdf, logoUrlOf, type PdfLayoutInput, type PdfLayoutResult, type PdfLibraries, type PdfWarning as LayoutWarning } from './pdf-layout.js';
import { embeddableImage, loadLogo } from './pdf-logo.js';
import { isWinAnsi } from './pdf-text.js';
import { mainThreadWarning, type MainThreadWarning } from './main-thread-warning.js';
import { lastPdfRun, makeInWorker, pdfWorker, recordPageRun } from './pdf-worker-client.js';
import type { WorkerFont, WorkerJob } from './pdf-worker-protocol.js';
import { pdfTranslations, type PdfMessages } from './pdf.messages.js';
import { registeredPdfFonts } from './registered-fonts.js';
import { hasSvgPath, rasterizeSvg } from './svg-logo.js';

export type { MissingCharactersWarning, PdfFont, PdfFontSource } from './pdf-fonts.js';
export { registerPdfFonts } from './registered-fonts.js';
export type { PaperSize } from './paper-size.js';
export type { LogoProblem } from './pdf-logo.js';
export type { PdfMessages } from './pdf.messages.js';
export type { MainThreadWarning } from './main-thread-warning.js';
export type { LogoUnavailableWarning } from './pdf-layout.js';
export type { PdfRunInfo } from './pdf-worker-client.js';
export { parseHexColor } from './pdf-layout.js';
export { lastPdfRun };

/** How to make an invoice's PDF. */
export interface InvoicePdfOptions {
  /** BCP 47 locale for the printed strings, amounts and dates; also picks the paper size when `paperSize` is not set. */
  locale: string;
  /**
   * The reseller's brand: logo, name, accent colour, and the website and control-panel links printed in the footer.
   * The logo falls back to the invoice seller's `logoUrl`.
   */
  branding?: Partial<Branding> | null;
  /** A4 or US Letter; by default from the locale's region (Letter in the US, Canada, Mexico…). */
  paperSize?: PaperSize | null;
  /** Hex colour (`#0b57d0`) of the title, table header and rules; overrides `branding.accentColor`. */
  accentColor?: string | null;
  /** Overrides for any printed string. */
  messages?: Partial<PdfMessages> | null;
  /** The integrator's own Unicode fonts, tried before the registered (`registerPdfFonts`) and the built-in Noto fonts. */
  fonts?: readonly PdfFont[] | null;
  /**
   * Draws an SVG logo as PNG where the library has no way of its own (Node: no DOM), e.g. with `@resvg/resvg-js`:
   * `async (svg) => new Resvg(await svg.text(), { fitTo: { mode: 'width', value: 600 } }).render().asPng()`.
   * Without it, a server-made PDF leaves an SVG logo out with an `svg-unsupported` warning. In a browser the page
   * draws SVG itself and this is not called.
   */
  rasterizeSvg?: ((svg: Blob) => Promise<Uint8Array | ArrayBuffer>) | null;
  /** Aborts the work (and the font and logo downloads). */
  signal?: AbortSignal;
}

/**
 * Something to know about a PDF that was still made: a logo left out (`logo-unavailable`, worth showing the user),
 * or the PDF made on the page's main thread instead of the worker (`main-thread`, for the developer: it says what to
 * configure).
 */
export type PdfWarning = LayoutWarning | MainThreadWarning;

/** A generated invoice PDF. */
export interface InvoicePdf {
  blob: Blob;
  /** `invoice-<number>.pdf`, safe as a file name. */
  fileName: string;
  pageCount: number;
  /**
   * What went less well, the PDF still valid: a logo that could not be used and characters no font has (printed
   * as a replacement mark, and named) — show them; the PDF made without the worker (log it; the console has it once
   * per page already).
   */
  warnings: PdfWarning[];
}

/**
 * Makes an invoice's PDF, in the browser or in Node 20+ (a server attaching it to an e-mail): the reseller's logo and accent colour, seller, bill-to and invoice details,
 * the line table (its header repeats on every page and no line is split across pages), totals kept together with at
 * least the last line, payments, notes and terms, and a footer with the website and control-panel links and
 * "Page x of y" on every page. Text stays selectable; title, author and subject are set in the document metadata.
 *
 * jsPDF and its table plugin are loaded on first use (by the worker, or by this module when it works without one),
 * so a page only downloads them when someone asks for a PDF. A Unicode font is downloaded only when the invoice has text the standard
 * fonts cannot print (Cyrillic, Greek, Japanese, Arabic, ł, ₹…).
 *
 * The work runs in a module Web Worker (`pdf-worker.js`, a file beside this module, started on the first PDF and
 * reused), so the page stays responsive while a long invoice is laid out. Without module workers or
 * `OffscreenCanvas`, when the worker cannot start (e.g. a Content-Security-Policy without `worker-src 'self'`), or
 * when an option cannot be sent to a worker (a message override that is a function), the PDF is made in the page
 * instead: same result, same options, and a `main-thread` entry in `warnings` (and once in the console) says why
 * and what to configure. A bundle on another origin starts its worker through a same-origin `blob:` bootstrap.
 * See docs/pdf.md.
 * Integrators' fonts given as URLs are fetched by the worker; fonts given as functions are called in the page and their
 * bytes handed to the worker; `covers` is always asked in the page.
 *
 * Only the price that applies to the customer is printed: the MSRP is never in the PDF.
 *
 * A logo that cannot be loaded (CORS, 404, not an image) does not fail the PDF: it is made without the logo and the
 * problem is returned in `warnings`. So is any character no font has a glyph for (kanji without the CJK companion
 * fonts registered, say): it is printed as a replacement mark (□, �) and named in a `characters-missing` warning,
 * never dropped silently. Font download failures and aborts reject.
 *
 * In Node, the built-in fonts are read from the package with `fs`, and a PNG or JPEG logo is embedded as it is (its
 * header checked); an SVG logo is drawn by `options.rasterizeSvg`, or left out with a `logo-unavailable` warning
 * (`svg-unsupported`): there is no DOM to draw it with.
 */
export async function invoiceToPdf(invoice: Invoice, options: InvoicePdfOptions): Promise<InvoicePdf> {
  const { signal } = options;
  signal?.throwIfAborted();
  const input: PdfLayoutInput = {
    invoice,
    // Normalised once here, for the page and the worker alike: `en_US` or `C` must not make Intl throw mid-PDF.
    locale: intlLocale(options.locale),
    branding: options.branding ?? {},
    paperSize: options.paperSize ?? null,
    accentColor: options.accentColor ?? null,
    messages: options.messages ?? null,
    fonts: [...(options.fonts ?? []), ...registeredPdfFonts()],
  };
  const inProcess = madeInProcess(input);
  const started = inProcess ? null : await pdfWorker();
  signal?.throwIfAborted();
  let result: PdfLayoutResult;
  let mainThread: MainThreadWarning | null = null;
  if (started?.worker) {
    const job = await toWorkerJob(input, signal);
    signal?.throwIfAborted();
    try {
      result = await makeInWorker(started.worker, job, signal);
      if (result.svgLogoLeftOut) {
        // An SVG logo at an address that did not say so: drawn here, then the PDF made again with it.
        result = await makeInWorker(started.worker, { ...job, logo: await loadLogo(logoUrlOf(input), signal, rasterizeSvg) }, signal);
      }
    } catch (error) {
      // Something in the options that structured cloning refuses (a function on a branding object, say).
      if (!(error instanceof DOMException && error.name === 'DataCloneError')) throw error;
      mainThread = mainThreadWarning('not-cloneable', `an option cannot be sent to a worker (${error.message}); pass plain data (no functions).`);
      result = await makeInPage(input, options, signal);
    }
  } else {
    mainThread = inProcess ? inProcess.warning : mainThreadWarning('worker-unavailable', started!.problem!);
    result = await makeInPage(input, options, signal);
  }
  const { blob, pageCount } = result;
  const warnings: PdfWarning[] = mainThread ? [...result.warnings, mainThread] : result.warnings;
  return { blob, pageCount, warnings, fileName: invoiceFileName(invoice.number) };
}

/**
 * Whether this PDF is made here, whatever the page allows, and the warning that says why (null when there is nothing
 * to warn about); null when the worker can make it.
 */
function madeInProcess(input: PdfLayoutInput): { warning: MainThreadWarning | null } | null {
  if (typeof Worker !== 'function' || typeof OffscreenCanvas !== 'function') {
    // On a server (Node, Deno, Bun) there is no page to keep responsive: the process is the intended place, not a
    // fallback. In a browser, the worker draws the logo through OffscreenCanvas.
    if (typeof document === 'undefined') return { warning: null };
    return { warning: mainThreadWarning('unsupported', 'this browser has no module workers or no OffscreenCanvas.') };
  }
  if (Object.values(input.messages ?? {}).some((message) => typeof message === 'function')) {
    return { warning: mainThreadWarning('not-cloneable', 'a `messages` override is a function, which cannot be sent to a worker; give strings to keep the worker.') };
  }
  return null;
}

/** The fallback: the same layout in the page, with jsPDF and autotable loaded here on first use. */
async function makeInPage(input: PdfLayoutInput, options: InvoicePdfOptions, signal?: AbortSignal): Promise<PdfLayoutResult> {
  const [{ jsPDF }, { autoTable }] = await Promise.all([import('jspdf'), import('jspdf-autotable')]);
  signal?.throwIfAborted();
  recordPageRun();
  return layoutInvoicePdf(input, { jsPDF, autoTable, ...svgRasterizer(options) }, signal);
}

/**
 * What draws an SVG logo here: the page itself, else (in Node) the integrator's rasterizer, its PNG checked like any
 * other logo's bytes; with neither, nothing, and the PDF is made without the logo, with a warning.
 */
function svgRasterizer(options: InvoicePdfOptions): Pick<PdfLibraries, 'rasterizeSvg'> {
  if (typeof Image === 'function') return { rasterizeSvg };
  const integrators = options.rasterizeSvg;
  if (!integrators) return {};
  return {
    rasterizeSvg: async (svg) => {
      try {
        return embeddableImage(new Uint8Array(await integrators(svg)));
      } catch {
        return 'not-an-image';
      }
    },
  };
}

/**
 * The job as the worker gets it. Functions cannot cross to a worker, so the integrator's fonts are settled here: their
 * `covers` is asked for every string the PDF prints, and the fonts that print something are passed as a URL (the
 * worker fetches it) or, when given as a function, as the bytes it returns (copied, not transferred: the integrator
 * may keep and reuse them).
 */
async function toWorkerJob(input: PdfLayoutInput, signal?: AbortSignal): Promise<WorkerJob> {
  const families: Record<string, string> = {};
  const fonts: WorkerFont[] = [];
  if (input.fonts.length > 0) {
    const content = describeInvoice(input.invoice, input.locale, resolveMessages(pdfTranslations, input.locale, input.messages), input.branding);
    const custom = new Set(input.fonts.map((font) => font.family));
    const chooser = new FontChooser([...input.fonts, ...BUILT_IN_FONTS], input.locale);
    for (const text of allTexts(content)) {
      if (isWinAnsi(text)) continue;
      const family = chooser.familyFor(text);
      if (custom.has(family)) families[text] = family;
    }
    const used = new Set(Object.values(families));
    // A relative URL is relative to the page, not to the worker's script.
    const source = async (value: PdfFontSource) => (typeof value === 'function' ? value() : new URL(String(value), document.baseURI).href);
    for (const font of input.fonts.filter((font) => used.has(font.family))) {
      fonts.push({ family: font.family, regular: await source(font.regular), bold: font.bold ? await source(font.bold) : null });
    }
  }
  // A worker can draw neither SVG nor anything else through `Image`: an SVG logo is fetched and drawn here.
  const logoUrl = logoUrlOf(input);
  const logo = logoUrl && hasSvgPath(logoUrl) ? await loadLogo(logoUrl, signal, rasterizeSvg) : undefined;
  return { ...input, fonts, families, ...(logo === undefined ? {} : { logo }) };
}
