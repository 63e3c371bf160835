import { startWorker } from '../start-worker.js';
import type { PdfLayoutResult } from './pdf-layout.js';
import type { PageToWorker, WorkerJob, WorkerToPage } from './pdf-worker-protocol.js';

/** Where the last PDF was made, and what that thread had downloaded by then (for tests and diagnostics). */
export interface PdfRunInfo {
  thread: 'worker' | 'page';
  /** Every URL the worker had fetched (its code, fonts, logos); empty for the page, whose own timeline lists them. */
  workerResources: string[];
}

interface Pending {
  resolve: (result: PdfLayoutResult) => void;
  reject: (error: unknown) => void;
}

let worker: Promise<WorkerOrProblem> | null = null;
const pending = new Map<number, Pending>();
let nextId = 1;
let lastRun: PdfRunInfo | null = null;

/** Where the last PDF was made; null before the first. */
export function lastPdfRun(): PdfRunInfo | null {
  return lastRun;
}

/** Records a PDF made in the page (the fallback path). */
export function recordPageRun(): void {
  lastRun = { thread: 'page', workerResources: [] };
}

/** The worker, or why PDFs are made in the page instead (a sentence that says what to configure). */
export type WorkerOrProblem = { worker: Worker; problem?: never } | { worker: null; problem: string };

/**
 * The PDF worker, started on first use and kept; or, when it cannot run here, why: it failed to load (a
 * Content-Security-Policy without `worker-src 'self'`, a missing file), or the page refuses the Trusted Types policy.
 * Then PDFs are made in the page, and the worker is not tried again.
 */
export function pdfWorker(): Promise<WorkerOrProblem> {
  worker ??= new Promise<WorkerOrProblem>((resolve) => {
    // The literal form bundlers recognise to emit the worker as its own file; `startWorker` adds Trusted Types and
    // the bootstrap for a bundle on another origin (src/start-worker.ts).
    const start = startWorker(() => new Worker(new URL('./pdf-worker.js', import.meta.url), { type: 'module' }));
    if (!start.worker) {
      resolve({ worker: null, problem: start.problem });
      return;
    }
    const instance = start.worker;
    const handleStartMessage = (event: MessageEvent<WorkerToPage>) => {
      if (event.data.type !== 'ready') return;
      stopListening();
      instance.addEventListener('message', handleMessage);
      instance.addEventListener('error', handleCrash);
      resolve({ worker: instance });
    };
    const handleStartError = (event: Event) => {
      event.preventDefault();
      stopListening();
      instance.terminate();
      const detail = event instanceof ErrorEvent && event.message ? ` The browser said: ${event.message}` : '';
      resolve({ worker: null, problem: start.failureHint + detail });
    };
    const stopListening = () => {
      instance.removeEventListener('message', handleStartMessage);
      instance.removeEventListener('error', handleStartError);
    };
    instance.addEventListener('message', handleStartMessage);
    instance.addEventListener('error', handleStartError);
  });
  return worker;
}

/** Makes one PDF in the worker. An abort rejects at once and tells the worker to stop downloading for it. */
export function makeInWorker(instance: Worker, job: WorkerJob, signal?: AbortSignal): Promise<PdfLayoutResult> {
  const id = nextId++;
  return new Promise<PdfLayoutResult>((resolve, reject) => {
    const handleAbort = () => {
      pending.delete(id);
      send(instance, { type: 'abort', id });
      reject(signal!.reason);
    };
    pending.set(id, {
      resolve: (result) => {
        signal?.removeEventListener('abort', handleAbort);
        resolve(result);
      },
      reject: (error) => {
        signal?.removeEventListener('abort', handleAbort);
        reject(error);
      },
    });
    signal?.addEventListener('abort', handleAbort, { once: true });
    try {
      send(instance, { type: 'make', id, job });
    } catch (error) {
      pending.get(id)?.reject(error);
      pending.delete(id);
    }
  });
}

function send(instance: Worker, message: PageToWorker): void {
  instance.postMessage(message);
}

function handleMessage(event: MessageEvent<WorkerToPage>): void {
  const message = event.data;
  if (message.type === 'ready') return;
  lastRun = { thread: 'worker', workerResources: message.resources };
  const job = pending.get(message.id);
  if (!job) return;
  pending.delete(message.id);
  if (message.type === 'made') {
    const { blob, pageCount, warnings, svgLogoLeftOut } = message;
    job.resolve({ blob, pageCount, warnings, ...(svgLogoLeftOut ? { svgLogoLeftOut } : {}) });
  }
  else job.reject(message.name === 'AbortError' ? new DOMException(message.message, 'AbortError') : Object.assign(new Error(message.message), { name: message.name }));
}

/** An error the worker did not catch: its PDFs in progress fail, and the next PDF starts a new worker. */
function handleCrash(event: ErrorEvent): void {
  event.preventDefault();
  const crashed = [...pending.values()];
  pending.clear();
  void worker?.then((started) => started.worker?.terminate());
  worker = null;
  for (const job of crashed) job.reject(new Error(`The PDF worker failed: ${event.message || 'unknown error'}`));
}
