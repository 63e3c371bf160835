/**
 * The PDF benchmark's Node side: Chromium printing `<invoice-detail>` to PDF (what a server-side renderer such as
 * Puppeteer or Gotenberg does), and the comparison table of ours, pdfmake and print.
 */
import type { Browser } from 'puppeteer-core';
import type { Sample } from './bench-page.ts';

type Bench = Record<string, (count: number) => Promise<unknown>>;

/**
 * For each line count: a page renders `<invoice-detail>` with the invoice as its property (no fetch), and only
 * `page.pdf()` is timed, A4 with backgrounds. Pages are counted from the file's page objects.
 */
export async function measurePrintPdf(browser: Browser, url: string, runs: number, counts: readonly number[]): Promise<Sample[]> {
  const page = await browser.newPage();
  page.setDefaultTimeout(10 * 60 * 1000);
  try {
    await page.goto(url);
    await page.waitForFunction(() => 'bench' in window);
    const samples: Sample[] = [];
    for (const count of counts) {
      await page.evaluate((lines) => (window as unknown as { bench: Bench }).bench['showInvoiceDetail']!(lines), count);
      const times: number[] = [];
      let bytes = 0;
      let pages = 0;
      const repeat = count >= 3000 ? Math.min(runs, 3) : runs;
      for (let run = 0; run < repeat; run++) {
        const start = performance.now();
        const pdf = await page.pdf({ format: 'A4', printBackground: true });
        times.push(performance.now() - start);
        bytes = pdf.byteLength;
        pages = countPages(pdf);
      }
      samples.push({ case: `PDF print ${count} lines`, milliseconds: times, extra: { bytes, pages, baseline: `PDF ours ${count} lines` } });
    }
    return samples;
  } finally {
    await page.close();
  }
}

/** Page objects (`/Type /Page`, not `/Pages`); Chromium writes them uncompressed. */
function countPages(pdf: Uint8Array): number {
  return Buffer.from(pdf).toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

export interface PdfComparisonRow {
  lines: number;
  oursMs: number;
  oursSpreadMs: string;
  pdfmakeMs: number;
  pdfmakeSpreadMs: string;
  printMs: number;
  printSpreadMs: string;
  'pdfmake/ours': number;
  'print/ours': number;
  oursKB: number;
  pdfmakeKB: number;
  printKB: number;
  pages: string;
  oursLongestTaskMs: number | string;
  pdfmakeLongestTaskMs: number | string;
}

/** One row per line count: medians, min–max, the ratios to ours, sizes, pages (ours/pdfmake/print), long tasks. */
export function pdfComparison(samples: readonly Sample[], counts: readonly number[], median: (values: number[]) => number): PdfComparisonRow[] {
  const find = (name: string) => samples.find((sample) => sample.case === name);
  const spread = (sample: Sample | undefined) =>
    sample ? `${Math.min(...sample.milliseconds).toFixed(0)}–${Math.max(...sample.milliseconds).toFixed(0)}` : '';
  const ms = (sample: Sample | undefined) => (sample ? Number(median(sample.milliseconds).toFixed(1)) : NaN);
  const kb = (sample: Sample | undefined) => Number((Number(sample?.extra?.['bytes'] ?? NaN) / 1024).toFixed(1));
  return counts.map((lines) => {
    const ours = find(`PDF ours ${lines} lines`);
    const pdfmake = find(`PDF pdfmake ${lines} lines`);
    const print = find(`PDF print ${lines} lines`);
    return {
      lines,
      oursMs: ms(ours),
      oursSpreadMs: spread(ours),
      pdfmakeMs: ms(pdfmake),
      pdfmakeSpreadMs: spread(pdfmake),
      printMs: ms(print),
      printSpreadMs: spread(print),
      'pdfmake/ours': Number((ms(pdfmake) / ms(ours)).toFixed(2)),
      'print/ours': Number((ms(print) / ms(ours)).toFixed(2)),
      oursKB: kb(ours),
      pdfmakeKB: kb(pdfmake),
      printKB: kb(print),
      pages: [ours, pdfmake, print].map((sample) => sample?.extra?.['pages'] ?? '?').join('/'),
      oursLongestTaskMs: ours?.extra?.['longestTaskMs'] ?? '',
      pdfmakeLongestTaskMs: pdfmake?.extra?.['longestTaskMs'] ?? '',
    };
  });
}
