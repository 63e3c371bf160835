/**
 * `npm run bench`: timings in headless Chromium, printed as one table and written to bench/results.json.
 * Never part of `npm test`: timing depends on the machine, so it informs, it does not pass or fail.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import puppeteer from 'puppeteer-core';
import { createServer } from 'vite';
import { referenceBackend } from '../demo/backend/vite-plugin.ts';
import { optionalPdfExtrasAlias } from '../scripts/pdf-extras-alias.ts';
import type { Sample } from './bench-page.ts';
import { measurePrintPdf, pdfComparison } from './print-pdf.ts';
import { measureLoad, printLoad } from './load.ts';
import { measureFirstPdf } from './first-pdf.ts';

const root = new URL('..', import.meta.url).pathname;
const runs = Number(process.env.BENCH_RUNS ?? 7);
/**
 * `BENCH_ONLY=history`, `pdf`, `load` or `fonts` (comma-separated) runs only those suites; results.json is then not
 * written.
 */
const only = process.env.BENCH_ONLY?.split(',');
const wanted = (suite: 'history' | 'pdf' | 'load' | 'fonts'): boolean => !only || only.includes(suite);

const executablePath = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/google-chrome'].find(
  (path) => path && existsSync(path),
);
if (!executablePath) throw new Error('No Chromium found: install one or set CHROME_PATH.');

// What users ship: Lit's production build. Its development build (Vite's default condition here) checks and logs every
// binding, which costs the element, with more bindings per row, more than the floor.
process.env.NODE_ENV = 'production';
const server = await createServer({
  configFile: false,
  root: `${root}bench`,
  logLevel: 'warn',
  // No HMR: other work in the checkout would otherwise reload the page mid-run.
  server: { port: 0, fs: { allow: [root] }, hmr: false },
  resolve: { alias: optionalPdfExtrasAlias(root) },
  plugins: [referenceBackend()],
});
await server.listen();
const url = server.resolvedUrls!.local[0]!;

const browser = await puppeteer.launch({
  executablePath,
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    // So the rendering bench can collect garbage between runs, not during them.
    '--js-flags=--expose-gc',
  ],
});

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

try {
  const page = await browser.newPage();
  page.setDefaultTimeout(10 * 60 * 1000);
  await page.goto(url);
  await page.waitForFunction(() => 'bench' in window);
  const samples: Sample[] = [];
  const suites = (['historyRendering', 'pdfGeneration'] as const).filter((suite) => wanted(suite === 'historyRendering' ? 'history' : 'pdf'));
  for (const suite of suites) {
    samples.push(
      ...(await page.evaluate(
        (name, count) => (window as unknown as Record<string, Record<string, (runs: number) => Promise<Sample[]>>>)['bench']![name]!(count),
        suite,
        runs,
      )),
    );
  }
  // The PDF comparison's third contender: Chromium printing <invoice-detail> (same browser session, second page),
  // alternating with ours in this page.
  const pdfLineCounts = [1, 50, 300, 3000];
  if (wanted('pdf')) samples.push(...(await measurePrintPdf(browser, url, runs, pdfLineCounts, page)));
  const rows = samples.map((sample) => {
    const med = median(sample.milliseconds);
    const baselineName = sample.extra?.['baseline'];
    const baseline = samples.find((other) => other.case === baselineName);
    return {
      case: sample.case,
      runs: sample.milliseconds.length,
      medianMs: Number(med.toFixed(1)),
      minMs: Number(Math.min(...sample.milliseconds).toFixed(1)),
      maxMs: Number(Math.max(...sample.milliseconds).toFixed(1)),
      vsBaseline: baseline ? `${(med / median(baseline.milliseconds)).toFixed(2)}× ${baseline.case}` : '',
      ...Object.fromEntries(Object.entries(sample.extra ?? {}).filter(([key]) => key !== 'baseline')),
    };
  });
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${await browser.version()}, Node ${process.version}`;
  console.log(`Machine: ${machine}`);
  if (rows.length > 0) console.table(rows);
  const pdf = wanted('pdf') ? pdfComparison(samples, pdfLineCounts, median) : [];
  if (pdf.length > 0) {
    console.log('PDF: ours vs pdfmake vs Chromium print-to-PDF (medians and min–max in ms; pages ours/pdfmake/print; longest main-thread task, 0 = none over 50 ms)');
    console.table(pdf);
  }
  // Load: sizes of the standalone build and the requests before the first rows (a separate build and page).
  const load = wanted('load') ? await measureLoad(browser, root) : undefined;
  if (load) printLoad(load);
  // The first PDF per script at 10 Mbit/s: font bytes and time, each in a fresh profile (a separate build and page).
  const firstPdf = wanted('fonts') ? await measureFirstPdf(browser, root) : undefined;
  if (firstPdf) {
    console.log('First PDF per script at 10 Mbit/s (fresh profile; fonts and PDF code downloaded in the time):');
    console.table(firstPdf);
  }
  if (!only) writeFileSync(`${root}bench/results.json`, JSON.stringify({ machine, date: new Date().toISOString(), rows, pdf, load, firstPdf }, null, 2));
} finally {
  await browser.close();
  await server.close();
}
