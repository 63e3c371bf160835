import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { saveBlob } from '../pdf/save-blob.js';
import type { InvoicePdf, PdfWarning } from '../pdf/invoice-to-pdf.js';

/** Where one invoice's PDF download got to; `warnings` are those the user is shown. */
export type PdfDownloadStatus =
  | { type: 'idle' }
  | { type: 'busy' }
  | { type: 'done'; fileName: string; warnings: PdfWarning[] }
  | { type: 'error' };

const IDLE: PdfDownloadStatus = { type: 'idle' };

/**
 * PDF downloads for an element, one per invoice at a time: makes the PDF (however the element makes it), hands it
 * to the browser as a download and remembers how each went, for the button and the message beside it. Downloads in
 * flight are aborted when the element leaves the page or `reset()` is called, and an aborted one saves nothing.
 */
export class PdfDownloadController implements ReactiveController {
  private readonly statuses = new Map<string, PdfDownloadStatus>();
  private readonly running = new Map<string, AbortController>();

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  status(key: string): PdfDownloadStatus {
    return this.statuses.get(key) ?? IDLE;
  }

  /** Makes and saves the PDF of `key` unless one is being made; resolves to how it went. */
  async download(key: string, make: (signal: AbortSignal) => Promise<InvoicePdf>): Promise<PdfDownloadStatus> {
    if (this.running.has(key)) return this.status(key);
    const controller = new AbortController();
    this.running.set(key, controller);
    this.set(key, { type: 'busy' });
    try {
      const pdf = await make(controller.signal);
      if (controller.signal.aborted) return this.status(key);
      saveBlob(pdf.blob, pdf.fileName);
      // Only a missing logo concerns the user; a PDF made without the worker is for the developer (the console has it).
      const warnings = pdf.warnings.filter((warning) => warning.kind === 'logo-unavailable');
      this.set(key, { type: 'done', fileName: pdf.fileName, warnings });
    } catch (error) {
      if (controller.signal.aborted) return this.status(key);
      console.warn('billing-elements: the PDF could not be made', error);
      this.set(key, { type: 'error' });
    } finally {
      if (this.running.get(key) === controller) this.running.delete(key);
    }
    return this.status(key);
  }

  /** Forgets every status and aborts what is in flight: the element shows something else now. */
  reset(): void {
    this.abortAll();
    if (this.statuses.size === 0) return;
    this.statuses.clear();
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.abortAll();
  }

  private abortAll(): void {
    for (const [key, controller] of this.running) {
      controller.abort();
      this.statuses.delete(key);
    }
    this.running.clear();
  }

  private set(key: string, status: PdfDownloadStatus): void {
    this.statuses.set(key, status);
    this.host.requestUpdate();
  }
}
