/**
 * The PDF benchmark's Node side: Chromium printing `<invoice-detail>` to PDF (what a server-side renderer such as
 * Puppeteer or Gotenberg does), and the comparison table of ours, pdfmake and print.
 */
import type { Browser, Page } from 'puppeteer-core';
import type { Sample } from './bench-page.ts';

type Bench = Record<string, (count: number) => Promise<unknown>>;
type OurRun = { milliseconds: number; bytes: number; pages: number };

/**
 * For each line count, run by run in turn: our PDF module in `oursPage` (the bench page, its worker warm), then
 * Chromium printing a second page that shows `<invoice-detail>` with the invoice as its property (no fetch), of
 * which only `page.pdf()` is timed, A4 with backgrounds. Alternating, as ours and pdfmake do, gives both the same
 * machine state; each run starts after the same pause. Pages are counted from the file's page objects.
 */
export async function measurePrintPdf(browser: Browser, url: string, runs: number, counts: readonly number[], oursPage: Page): Promise<Sample[]> {
  const page = await browser.newPage();
  page.setDefaultTimeout(10 * 60 * 1000);
  try {
    await page.goto(url);
    await page.waitForFunction(() => 'bench' in window);
    const samples: Sample[] = [];
    for (const count of counts) {
      await page.evaluate((lines) => (window as unknown as { bench: Bench }).bench['showInvoiceDetail']!(lines), count);
      const ours = { times: [] as number[], bytes: 0, pages: 0 };
      const times: number[] = [];
      let bytes = 0;
      let pages = 0;
      const repeat = count >= 3000 ? Math.min(runs, 3) : runs;
      for (let run = 0; run < repeat; run++) {
        await pause();
        const mine = (await oursPage.evaluate((lines) => (window as unknown as { bench: Bench }).bench['ourPdfOnce']!(lines), count)) as OurRun;
        Object.assign(ours, { bytes: mine.bytes, pages: mine.pages });
        ours.times.push(mine.milliseconds);
        await pause();
        const start = performance.now();
        const pdf = await page.pdf({ format: 'A4', printBackground: true });
        times.push(performance.now() - start);
        bytes = pdf.byteLength;
        pages = countPages(pdf);
      }
      const oursCase = `PDF ours ${count} lines, alongside print`;
      samples.push({ case: oursCase, milliseconds: ours.times, extra: { bytes: ours.bytes, pages: ours.pages } });
      samples.push({ case: `PDF print ${count} lines`, milliseconds: times, extra: { bytes, pages, baseline: oursCase } });
    }
    return samples;
  } finally {
    await page.close();
  }
}

/** The pause before each run (bench-page.ts waits as long before ours and pdfmake): leftovers of the last run settle. */
function pause(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 150));
}

/** Page objects (`/Type /Page`, not `/Pages`); Chromium writes them uncompressed. */
function countPages(pdf: Uint8Array): number {
  return Buffer.from(pdf).toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

export interface PdfComparisonRow {
  lines: number;
  /** Ours, measured alternately with pdfmake. */
  oursMs: number;
  oursSpreadMs: string;
  pdfmakeMs: number;
  pdfmakeSpreadMs: string;
  'pdfmake/ours': number;
  /** Ours again, measured alternately with Chromium print. */
  oursBesidePrintMs: number;
  oursBesidePrintSpreadMs: string;
  printMs: number;
  printSpreadMs: string;
  'print/ours': number;
  oursKB: number;
  pdfmakeKB: number;
  printKB: number;
  pages: string;
  oursLongestTaskMs: number | string;
  pdfmakeLongestTaskMs: number | string;
}

/**
 * One row per line count: medians, min–max, each ratio to ours measured alongside that contender, sizes, pages
 * (ours/pdfmake/print), long tasks.
 */
export function pdfComparison(samples: readonly Sample[], counts: readonly number[], median: (values: number[]) => number): PdfComparisonRow[] {
  const find = (name: string) => samples.find((sample) => sample.case === name);
  const spread = (sample: Sample | undefined) =>
    sample ? `${Math.min(...sample.milliseconds).toFixed(0)}–${Math.max(...sample.milliseconds).toFixed(0)}` : '';
  const ms = (sample: Sample | undefined) => (sample ? Number(median(sample.milliseconds).toFixed(1)) : NaN);
  const kb = (sample: Sample | undefined) => Number((Number(sample?.extra?.['bytes'] ?? NaN) / 1024).toFixed(1));
  return counts.map((lines) => {
    const ours = find(`PDF ours ${lines} lines, alongside pdfmake`);
    const oursBesidePrint = find(`PDF ours ${lines} lines, alongside print`);
    const pdfmake = find(`PDF pdfmake ${lines} lines`);
    const print = find(`PDF print ${lines} lines`);
    return {
      lines,
      oursMs: ms(ours),
      oursSpreadMs: spread(ours),
      pdfmakeMs: ms(pdfmake),
      pdfmakeSpreadMs: spread(pdfmake),
      'pdfmake/ours': Number((ms(pdfmake) / ms(ours)).toFixed(2)),
      oursBesidePrintMs: ms(oursBesidePrint),
      oursBesidePrintSpreadMs: spread(oursBesidePrint),
      printMs: ms(print),
      printSpreadMs: spread(print),
      'print/ours': Number((ms(print) / ms(oursBesidePrint)).toFixed(2)),
      oursKB: kb(ours),
      pdfmakeKB: kb(pdfmake),
      printKB: kb(print),
      pages: [ours, pdfmake, print].map((sample) => sample?.extra?.['pages'] ?? '?').join('/'),
      oursLongestTaskMs: ours?.extra?.['longestTaskMs'] ?? '',
      pdfmakeLongestTaskMs: pdfmake?.extra?.['longestTaskMs'] ?? '',
    };
  });
}
