/**
 * Reads a generated PDF back with pdf.js, the way a viewer would: text per page, link annotations, metadata. Tests
 * assert on what a reader gets out of the file, not on how jsPDF was called.
 */
import { getDocument, GlobalWorkerOptions } from 'pdfjs-dist';

export { squash } from './squash.js';

// The test server serves node_modules from the project root; pdf.js runs its parser in this module worker.
GlobalWorkerOptions.workerSrc = new URL('/node_modules/pdfjs-dist/build/pdf.worker.mjs', location.origin).href;

export interface ReadPdf {
  pageCount: number;
  /** Each page's text, items joined by spaces, NFKC-normalised (Arabic presentation forms back to letters). */
  pages: string[];
  /** All pages' text together. */
  text: string;
  /** The URL of every link annotation, in page order. */
  links: string[];
  info: { Title?: string; Author?: string; Subject?: string; Creator?: string };
  /** Page size in points of the first page. */
  pageSize: { width: number; height: number };
  /**
   * Every text item as drawn, not normalised: Arabic keeps its contextual letter forms, so two drawings of one string
   * that were shaped differently read differently here even when their NFKC text is the same.
   */
  glyphItems: string[];
}

export async function readPdf(blob: Blob): Promise<ReadPdf> {
  const data = new Uint8Array(await blob.arrayBuffer());
  const loading = getDocument({ data });
  const document = await loading.promise;
  try {
    const pages: string[] = [];
    const links: string[] = [];
    const glyphItems: string[] = [];
    let pageSize = { width: 0, height: 0 };
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number);
      if (number === 1) {
        const [x0, y0, x1, y1] = page.view as [number, number, number, number];
        pageSize = { width: Math.round(x1 - x0), height: Math.round(y1 - y0) };
      }
      const content = await page.getTextContent();
      const text = content.items.map((item) => ('str' in item ? item.str : '')).join(' ');
      pages.push(text.normalize('NFKC'));
      const drawn = await page.getTextContent({ disableNormalization: true });
      for (const item of drawn.items) if ('str' in item && item.str.trim()) glyphItems.push(item.str);
      for (const annotation of await page.getAnnotations()) {
        if (annotation.subtype === 'Link' && typeof annotation.url === 'string') links.push(annotation.url);
      }
    }
    const metadata = await document.getMetadata();
    return { pageCount: document.numPages, pages, text: pages.join('\n'), links, info: metadata.info as ReadPdf['info'], pageSize, glyphItems };
  } finally {
    await loading.destroy();
  }
}
