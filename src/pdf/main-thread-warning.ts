/** The PDF was made on the page's main thread instead of the worker (docs/pdf.md, "Where the work runs"). */
export interface MainThreadWarning {
  kind: 'main-thread';
  /**
   * `unsupported`: the browser has no module workers or no `OffscreenCanvas`; `not-cloneable`: an option cannot be
   * sent to a worker (a function); `worker-unavailable`: the worker could not start in this page (CSP, Trusted Types,
   * a missing file, a bundle on another origin without the bootstrap allowed).
   */
  reason: 'unsupported' | 'not-cloneable' | 'worker-unavailable';
  /** What happened and what to configure, in English, for developers; the console says the same. */
  message: string;
}

const warned = new Set<MainThreadWarning['reason']>();

/**
 * The warning for a PDF made on the main thread, also written to the console the first time each reason occurs in
 * the page: the PDF is still right, only slower and blocking, so it must not go unnoticed, nor flood the console.
 */
export function mainThreadWarning(reason: MainThreadWarning['reason'], why: string): MainThreadWarning {
  const message = `billing-elements: the PDF was made on the page's main thread, not in its worker, because ${why}`;
  if (!warned.has(reason)) {
    warned.add(reason);
    console.warn(message);
  }
  return { kind: 'main-thread', reason, message };
}
