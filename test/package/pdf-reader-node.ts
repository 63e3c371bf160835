/**
 * Reads a PDF's text back with pdf.js in Node, as test/pdf/pdf-reader.ts does in the browser. pdf.js's legacy build
 * is the one for Node; Node 20 lacks `Promise.withResolvers`, which it needs.
 */
export { squash } from '../pdf/squash.ts';

const promises = Promise as { withResolvers?: unknown };
promises.withResolvers ??= function withResolvers<T>() {
  let resolve!: (value: T | PromiseLike<T>) => void;
  let reject!: (reason?: unknown) => void;
  const promise = new Promise<T>((resolvePromise, rejectPromise) => {
    resolve = resolvePromise;
    reject = rejectPromise;
  });
  return { promise, resolve, reject };
};

/** Every page's text, items joined by spaces, NFKC-normalised (Arabic presentation forms back to letters). */
export async function readPdfInNode(blob: Blob): Promise<{ text: string }> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const loading = getDocument({ data: new Uint8Array(await blob.arrayBuffer()), verbosity: 0 });
  const document = await loading.promise;
  try {
    const pages: string[] = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      const content = await (await document.getPage(number)).getTextContent();
      pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' ').normalize('NFKC'));
    }
    return { text: pages.join('\n') };
  } finally {
    await loading.destroy();
  }
}
