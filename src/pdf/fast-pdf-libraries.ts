import type { jsPDF } from 'jspdf';
import { installDocumentFastPaths } from './jspdf-document-fast-paths.js';
import { installJsPdfFastPaths } from './jspdf-fast-paths.js';
import { outputWithNativeDeflate } from './native-deflate.js';
import type { PdfLibraries } from './pdf-layout.js';

/**
 * jsPDF and autotable with the shortcuts that roughly halve a long invoice's time: the fast paths through jsPDF and
 * the platform's deflate. They patch jsPDF's API object, so only the PDF worker, whose jsPDF is its own, uses this;
 * the page's jsPDF may be the host page's, and is used as it comes.
 */
export function withFastPaths(library: typeof jsPDF, autoTable: PdfLibraries['autoTable']): PdfLibraries {
  installJsPdfFastPaths(library);
  return {
    jsPDF: library,
    autoTable,
    fastPaths: { prepare: installDocumentFastPaths, output: (doc) => outputWithNativeDeflate(doc, library) },
  };
}
