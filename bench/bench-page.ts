/**
 * The benchmark cases, run in the page by bench/run.ts. Data comes from the reference backend first ("data in
 * hand"); only the work under test is timed.
 */
import { html, LitElement } from 'lit';
import '../src/index.ts';
import { RestDataSource } from '../src/api/rest-data-source.ts';
import type { Invoice, InvoicePage, InvoiceSummary } from '../src/api/types.ts';
import type { InvoiceHistory } from '../src/elements/invoice-history/invoice-history.ts';
import { formatDate } from '../src/format/dates.ts';
import { formatMoney } from '../src/format/money.ts';
import { invoiceToPdf, lastPdfRun } from '../src/pdf/invoice-to-pdf.ts';
import type { InvoiceDetail } from '../src/elements/invoice-detail/invoice-detail.ts';
import { pdfmakeInvoicePdf } from './pdfmake-invoice.ts';

export interface Sample {
  case: string;
  milliseconds: number[];
  extra?: Record<string, number | string>;
}

const dataSource = new RestDataSource({ baseUrl: '/api' });
const stage = document.querySelector<HTMLElement>('#stage')!;

/** Resolves after the browser has painted what was rendered. */
const painted = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

async function rowsOf(count: number): Promise<InvoicePage> {
  const items: InvoiceSummary[] = [];
  let cursor: string | null = null;
  let first: InvoicePage | null = null;
  while (items.length < count) {
    const page: InvoicePage = await dataSource.listInvoices('cus-large', { cursor, limit: 100 });
    first ??= page;
    items.push(...page.items);
    cursor = page.nextCursor;
  }
  return { ...first!, items: items.slice(0, count) };
}

/**
 * The floor: a minimal hand-written Lit table of the same rows, formatted the same way. It shows what the element
 * must show in every row and nothing more: the number as a link, the description, the dates, the status, the
 * amounts, and a "Download PDF" button that names its invoice to screen readers.
 */
class FloorTable extends LitElement {
  rows: InvoiceSummary[] = [];
  override render() {
    return html`<table>
      <tbody>
        ${this.rows.map(
          (row) =>
            html`<tr>
              <td><a href=${`#${row.id}`}>${row.number}</a><div>${row.description}</div></td>
              <td>${formatDate(row.issueDate, 'en-US')}</td>
              <td>${formatDate(row.dueDate, 'en-US')}</td>
              <td>${row.status}</td>
              <td>${formatMoney(row.total, 'en-US')}</td>
              <td>${formatMoney(row.amountDue, 'en-US')}</td>
              <td><button type="button" aria-label=${`Download PDF: ${row.number}`}>Download PDF</button></td>
            </tr>`,
        )}
      </tbody>
    </table>`;
  }
}
customElements.define('bench-floor-table', FloorTable);

/** A full collection of the page's heap, where Chromium allows it (bench/run.ts starts it with --expose-gc). */
function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

async function timeRender(make: () => HTMLElement & { updateComplete: Promise<boolean> }): Promise<number> {
  stage.replaceChildren();
  // Two frames before the clock starts: the first paints the removal of the previous run (long after a 1,000-row
  // element, short after the floor), the second is idle. Every run then starts just after a frame, as the data would
  // arrive between frames, and waits as long for the next one; with one frame, that wait depended on who ran before.
  await painted();
  // A collection now rather than mid-run: otherwise the garbage of whichever contender ran before is collected
  // during the next one's time (Chromium is started with --expose-gc by bench/run.ts; elsewhere this is skipped).
  collectGarbage();
  await painted();
  const start = performance.now();
  const element = make();
  stage.append(element);
  await element.updateComplete;
  await painted();
  return performance.now() - start;
}

export async function historyRendering(runs: number): Promise<Sample[]> {
  const samples: Sample[] = [];
  for (const count of [25, 100, 1000]) {
    const page = await rowsOf(count);
    const element: number[] = [];
    const floor: number[] = [];
    for (let run = 0; run < runs; run++) {
      element.push(
        await timeRender(() => {
          const history = document.createElement('invoice-history') as InvoiceHistory;
          history.locale = 'en-US';
          history.pageSize = count;
          history.state = { type: 'loaded', page };
          return history;
        }),
      );
      floor.push(
        await timeRender(() => {
          const table = document.createElement('bench-floor-table') as FloorTable;
          table.rows = page.items;
          return table;
        }),
      );
    }
    samples.push({ case: `invoice-history ${count} rows`, milliseconds: element, extra: { baseline: `floor ${count} rows` } });
    samples.push({ case: `floor ${count} rows`, milliseconds: floor });
  }
  return samples;
}

/** The 300-line seed invoice, cut or repeated to `count` lines. */
function invoiceWithLines(source: Invoice, count: number): Invoice {
  const lines = Array.from({ length: count }, (_, index) => ({ ...source.lines[index % source.lines.length]!, id: `line-${index}` }));
  return { ...source, lines };
}

/** The line counts of the PDF comparison (bench/run.ts prints the same for Chromium print). */
const PDF_LINE_COUNTS = [1, 50, 300, 3000];

/**
 * The benchmark invoice at `count` lines: no logo (pdfmake would need it as a data URL; ours would fetch and decode
 * it, which is not layout work) and the same footer link in both.
 */
async function benchInvoice(count: number): Promise<Invoice> {
  const source = await dataSource.getInvoice('cus-medium', 'inv-300-lines');
  const invoice = invoiceWithLines(source, count);
  return { ...invoice, seller: { ...invoice.seller, logoUrl: null } };
}

const OUR_OPTIONS = { locale: 'en-US', paperSize: 'a4', branding: { websiteUrl: 'https://northwind.example/' } } as const;

/**
 * Runs `work`, timing it from the call until its PDF is in hand, and finds the longest main-thread task (ms) meanwhile:
 * 0 when no task took longer than 50 ms (the long-task bar).
 */
async function timedWithLongestTask<T>(work: () => Promise<T>): Promise<{ result: T; milliseconds: number; longestTask: number }> {
  // A pause first: pdfmake leaves megabytes of garbage, and on a 2-core machine V8's concurrent collection of it
  // would otherwise compete with whichever PDF comes next (ours in its worker too). Not a forced collection: that
  // slows pdfmake's next run by half (its heap and compiled code start cold), which would flatter the ratio.
  await new Promise((resolve) => setTimeout(resolve, 150));
  let longestTask = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longestTask = Math.max(longestTask, entry.duration);
  });
  observer.observe({ type: 'longtask' });
  const start = performance.now();
  const result = await work();
  const milliseconds = performance.now() - start;
  // Long-task entries are delivered after the task ends; give them a frame to arrive. Not timed: waiting for the
  // next frame (0–17 ms) is the measurement's own bookkeeping, not the work of making the PDF.
  await painted();
  for (const entry of observer.takeRecords()) longestTask = Math.max(longestTask, entry.duration);
  observer.disconnect();
  return { result, milliseconds, longestTask };
}

/**
 * Our PDF module against pdfmake, in this page, alternating run by run so both see the same machine state. Each
 * sample records bytes, pages and the longest main-thread task; pdfmake's names ours as its baseline.
 */
export async function pdfGeneration(runs: number): Promise<Sample[]> {
  const samples: Sample[] = [];
  // Load jsPDF, autotable, pdfmake and their fonts once (and start our worker), so the timings are of making PDFs,
  // not of downloading code.
  await invoiceToPdf(await benchInvoice(1), OUR_OPTIONS);
  await pdfmakeInvoicePdf(await benchInvoice(1), 'en-US');
  for (const count of PDF_LINE_COUNTS) {
    const invoice = await benchInvoice(count);
    const repeat = count >= 3000 ? Math.min(runs, 3) : runs;
    const ours = { times: [] as number[], bytes: 0, pages: 0, longestTask: 0 };
    const theirs = { times: [] as number[], bytes: 0, pages: 0, longestTask: 0 };
    for (let run = 0; run < repeat; run++) {
      const mine = await timedWithLongestTask(() => invoiceToPdf(invoice, OUR_OPTIONS));
      ours.times.push(mine.milliseconds);
      Object.assign(ours, { bytes: mine.result.blob.size, pages: mine.result.pageCount, longestTask: Math.max(ours.longestTask, mine.longestTask) });
      const other = await timedWithLongestTask(() => pdfmakeInvoicePdf(invoice, 'en-US'));
      theirs.times.push(other.milliseconds);
      Object.assign(theirs, { bytes: other.result.blob.size, pages: other.result.pageCount, longestTask: Math.max(theirs.longestTask, other.longestTask) });
    }
    const thread = lastPdfRun()?.thread ?? 'unknown';
    samples.push({
      case: `PDF ours ${count} lines, alongside pdfmake`,
      milliseconds: ours.times,
      extra: { bytes: ours.bytes, pages: ours.pages, longestTaskMs: Math.round(ours.longestTask), thread },
    });
    samples.push({
      case: `PDF pdfmake ${count} lines`,
      milliseconds: theirs.times,
      extra: { bytes: theirs.bytes, pages: theirs.pages, longestTaskMs: Math.round(theirs.longestTask), baseline: `PDF ours ${count} lines, alongside pdfmake` },
    });
  }
  return samples;
}

/**
 * One PDF by our module at `count` lines, timed from the call until its PDF is in hand. bench/print-pdf.ts alternates
 * it run by run with Chromium printing, from Node, so ours and print see the same machine state (as ours and pdfmake
 * do above: measured alongside pdfmake, ours pays for the garbage pdfmake leaves, which print never meets).
 */
export async function ourPdfOnce(count: number): Promise<{ milliseconds: number; bytes: number; pages: number }> {
  let invoice = benchInvoices.get(count);
  if (!invoice) benchInvoices.set(count, (invoice = await benchInvoice(count)));
  const start = performance.now();
  const pdf = await invoiceToPdf(invoice, OUR_OPTIONS);
  return { milliseconds: performance.now() - start, bytes: pdf.blob.size, pages: pdf.pageCount };
}

const benchInvoices = new Map<number, Invoice>();

/** Shows `<invoice-detail>` with the benchmark invoice given as its `invoice` property (no fetch), for printing. */
export async function showInvoiceDetail(count: number): Promise<void> {
  const invoice = await benchInvoice(count);
  stage.replaceChildren();
  const detail = document.createElement('invoice-detail') as InvoiceDetail;
  detail.locale = 'en-US';
  detail.invoice = invoice;
  stage.append(detail);
  await detail.updateComplete;
  await painted();
}

Object.assign(window, { bench: { historyRendering, pdfGeneration, ourPdfOnce, showInvoiceDetail } });
