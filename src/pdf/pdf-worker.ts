/**
 * The PDF worker: makes invoice PDFs off the page's main thread, so a long invoice never freezes the page (jsPDF and
 * autotable lay out synchronously; 300 lines take a few hundred milliseconds). Started by `invoiceToPdf` on first use
 * and kept for later PDFs, so jsPDF, autotable and the downloaded fonts stay loaded.
 *
 * jsPDF and autotable are imported statically: this file is only ever loaded as the worker, on the first PDF, and a
 * worker without dynamic imports bundles as one file in any bundler's worker format.
 *
 * Only here are jsPDF's fast paths installed: they patch its API, which the worker's jsPDF shares with no one (the
 * page's may be the host page's own).
 */
import { jsPDF } from 'jspdf';
import { autoTable } from 'jspdf-autotable';
import { withFastPaths } from './fast-pdf-libraries.js';
import { layoutInvoicePdf } from './pdf-layout.js';
import type { PdfFont } from './pdf-fonts.js';
import type { PageToWorker, WorkerFont, WorkerJob, WorkerToPage } from './pdf-worker-protocol.js';

// The DOM library types `self` as a window; this is a dedicated worker's scope.
const scope = self as unknown as {
  postMessage(message: WorkerToPage): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<PageToWorker>) => void): void;
};
const running = new Map<number, AbortController>();
const libraries = withFastPaths(jsPDF, autoTable);

scope.addEventListener('message', (event: MessageEvent<PageToWorker>) => {
  const message = event.data;
  if (message.type === 'abort') running.get(message.id)?.abort();
  else void make(message.id, message.job);
});

async function make(id: number, job: WorkerJob): Promise<void> {
  const controller = new AbortController();
  running.set(id, controller);
  try {
    const pdf = await layoutInvoicePdf(
      { ...job, fonts: job.fonts.map((font) => toPdfFont(font, job.families)) },
      libraries,
      controller.signal,
    );
    post({ type: 'made', id, ...pdf, resources: resources() });
  } catch (error) {
    const { name, message } = error instanceof Error || error instanceof DOMException ? error : new Error(String(error));
    post({ type: 'failed', id, name, message, resources: resources() });
  } finally {
    running.delete(id);
  }
}

/** An integrator's font again, its `covers` answered from the choices the page made with the original. */
function toPdfFont(font: WorkerFont, families: Record<string, string>): PdfFont {
  const source = (value: string | ArrayBuffer | Uint8Array) => (typeof value === 'string' ? value : async () => value);
  return {
    family: font.family,
    covers: (text) => families[text] === font.family,
    regular: source(font.regular),
    ...(font.bold ? { bold: source(font.bold) } : {}),
  };
}

/** What this worker has downloaded (code, fonts, logos): the page's own resource timeline does not list it. */
function resources(): string[] {
  return performance.getEntriesByType('resource').map((entry) => entry.name);
}

function post(message: WorkerToPage): void {
  scope.postMessage(message);
}

post({ type: 'ready' });
