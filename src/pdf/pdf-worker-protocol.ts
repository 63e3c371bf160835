import type { Invoice } from '../api/types.js';
import type { Branding } from '../context/billing-context.js';
import type { PaperSize } from './paper-size.js';
import type { PdfWarning } from './pdf-layout.js';
import type { LogoProblem, PdfLogo } from './pdf-logo.js';
import type { PdfMessages } from './pdf.messages.js';

/**
 * The messages between the page and the PDF worker. Everything in them survives structured cloning: no functions.
 * What an integrator gives as a function is resolved in the page first (see `toWorkerJob`).
 */

/** An integrator's font, as the worker gets it: a URL it fetches itself, or the bytes the page already has. */
export interface WorkerFont {
  family: string;
  regular: string | ArrayBuffer | Uint8Array;
  bold: string | ArrayBuffer | Uint8Array | null;
}

/** One PDF to make. */
export interface WorkerJob {
  invoice: Invoice;
  locale: string;
  branding: Partial<Branding>;
  paperSize: PaperSize | null;
  accentColor: string | null;
  /** String overrides only: an override that is a function keeps the PDF in the page. */
  messages: Partial<PdfMessages> | null;
  fonts: WorkerFont[];
  /** For each string an integrator's font prints, that font's family: their `covers` ran in the page. */
  families: Record<string, string>;
  /** An SVG logo, drawn as PNG in the page (a worker cannot draw SVG), or why it could not be; absent otherwise. */
  logo?: PdfLogo | LogoProblem | null;
}

export type PageToWorker = { type: 'make'; id: number; job: WorkerJob } | { type: 'abort'; id: number };

export type WorkerToPage =
  | { type: 'ready' }
  | { type: 'made'; id: number; blob: Blob; pageCount: number; warnings: PdfWarning[]; svgLogoLeftOut?: boolean; resources: string[] }
  | { type: 'failed'; id: number; name: string; message: string; resources: string[] };
