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
import { invoiceToPdf } from '../src/pdf/invoice-to-pdf.ts';

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

/** The floor: a minimal hand-written Lit table of the same rows, formatted the same way. */
class FloorTable extends LitElement {
  rows: InvoiceSummary[] = [];
  override render() {
    return html`<table>
      <tbody>
        ${this.rows.map(
          (row) =>
            html`<tr>
              <td><a href=${`#${row.id}`}>${row.number}</a></td>
              <td>${formatDate(row.issueDate, 'en-US')}</td>
              <td>${formatDate(row.dueDate, 'en-US')}</td>
              <td>${row.status}</td>
              <td>${formatMoney(row.total, 'en-US')}</td>
              <td>${formatMoney(row.amountDue, 'en-US')}</td>
            </tr>`,
        )}
      </tbody>
    </table>`;
  }
}
customElements.define('bench-floor-table', FloorTable);

async function timeRender(make: () => HTMLElement & { updateComplete: Promise<boolean> }): Promise<number> {
  stage.replaceChildren();
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

export async function pdfGeneration(runs: number): Promise<Sample[]> {
  const source = await dataSource.getInvoice('cus-medium', 'inv-300-lines');
  const samples: Sample[] = [];
  // Load jsPDF, autotable and fonts once, so the timings are of making PDFs, not of downloading code.
  await invoiceToPdf(invoiceWithLines(source, 1), { locale: 'en-US' });
  for (const count of [1, 50, 300, 3000]) {
    const invoice = invoiceWithLines(source, count);
    const times: number[] = [];
    let bytes = 0;
    let pages = 0;
    for (let run = 0; run < runs; run++) {
      const start = performance.now();
      const pdf = await invoiceToPdf(invoice, { locale: 'en-US' });
      times.push(performance.now() - start);
      bytes = pdf.blob.size;
      pages = pdf.pageCount;
    }
    samples.push({ case: `PDF ${count} lines`, milliseconds: times, extra: { bytes, pages } });
  }
  return samples;
}

Object.assign(window, { bench: { historyRendering, pdfGeneration } });
