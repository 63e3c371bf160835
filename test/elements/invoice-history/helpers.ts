import { waitUntil } from '@open-wc/testing';
import type { BillingDataSource } from '../../../src/api/data-source.js';
import { RestDataSource } from '../../../src/api/rest-data-source.js';
import type { InvoicePage, InvoiceQuery, InvoiceSummary } from '../../../src/api/types.js';
import type { InvoiceHistory } from '../../../src/elements/invoice-history/invoice-history.js';

/** The reference backend on the test server, with optional test-hook headers (`X-Billing-Fault`). */
export function api(headers: Record<string, string> = {}, timeoutMs?: number): RestDataSource {
  return new RestDataSource({ baseUrl: '/api', headers, ...(timeoutMs ? { timeoutMs } : {}) });
}

export interface RecordedCall {
  customerId: string;
  query: InvoiceQuery;
  signal: AbortSignal | undefined;
}

/**
 * Passes every list request on to a real data source (so it still goes over HTTP) and records what was asked, so a
 * test can see exactly what reached the server. `pick` chooses the data source per call (e.g. a slow one for one
 * customer); `ignoreAbort` lets a slow response really arrive late instead of being aborted.
 */
export class RecordingDataSource implements BillingDataSource {
  readonly calls: RecordedCall[] = [];
  readonly responses: Array<Promise<InvoicePage>> = [];
  /** Call indexes in the order their responses arrived (or failed). */
  readonly arrivals: number[] = [];

  constructor(
    private readonly pick: (customerId: string, callIndex: number) => BillingDataSource = () => api(),
    private readonly ignoreAbort: (customerId: string) => boolean = () => false,
  ) {}

  get lastQuery(): InvoiceQuery {
    return this.calls.at(-1)!.query;
  }

  listInvoices(customerId: string, query: InvoiceQuery, signal?: AbortSignal): Promise<InvoicePage> {
    const index = this.calls.length;
    this.calls.push({ customerId, query, signal });
    const response = this.pick(customerId, index).listInvoices(customerId, query, this.ignoreAbort(customerId) ? undefined : signal);
    this.responses.push(response);
    const arrived = () => this.arrivals.push(index);
    response.then(arrived, arrived);
    return response;
  }

  getInvoice: BillingDataSource['getInvoice'] = (...args) => api().getInvoice(...args);
  sendInvoice: BillingDataSource['sendInvoice'] = (...args) => api().sendInvoice(...args);
  getSettings: BillingDataSource['getSettings'] = (...args) => api().getSettings(...args);
  saveSettings: BillingDataSource['saveSettings'] = (...args) => api().saveSettings(...args);
}

/** Waits until the element has finished loading (whatever the outcome) and rendered it. */
export async function settled(element: InvoiceHistory): Promise<InvoiceHistory> {
  await element.updateComplete;
  await waitUntil(() => element.currentState.type !== 'loading', 'the invoice list never finished loading', { timeout: 15000 });
  await element.updateComplete;
  return element;
}

export function shadow(element: InvoiceHistory): ShadowRoot {
  return element.shadowRoot!;
}

export function query<T extends Element = HTMLElement>(element: InvoiceHistory, selector: string): T {
  const found = element.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`Nothing matches ${selector}`);
  return found;
}

export function rowIds(element: InvoiceHistory): string[] {
  return [...element.shadowRoot!.querySelectorAll<HTMLElement>('[part~="row"][data-id]')].map((row) => row.dataset.id!);
}

export function positionText(element: InvoiceHistory): string {
  return query(element, '[part~="position"]').textContent!.trim();
}

/** Clicks a control and waits for the list to load what it asked for. */
export async function clickAndSettle(element: InvoiceHistory, selector: string): Promise<void> {
  query(element, selector).click();
  await settled(element);
}

/** The backend's order for a sort, computed independently from the seed: by the key, ties by number. */
export function expectedOrder(
  summaries: readonly InvoiceSummary[],
  key: (summary: InvoiceSummary) => string | number,
  order: 'asc' | 'desc',
): string[] {
  const sorted = [...summaries].sort((a, b) => {
    const [ka, kb] = [key(a), key(b)];
    if (ka !== kb) return ka < kb ? -1 : 1;
    return a.number < b.number ? -1 : a.number > b.number ? 1 : 0;
  });
  if (order === 'desc') sorted.reverse();
  return sorted.map((summary) => summary.id);
}

/** Loads the shared themes stylesheet, as a host page would. */
export async function loadThemes(): Promise<void> {
  if (document.querySelector('link[data-billing-themes]')) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.dataset.billingThemes = '';
  link.href = new URL('../../../src/styles/themes.css', import.meta.url).href;
  const loaded = new Promise((resolve, reject) => {
    link.onload = resolve;
    link.onerror = reject;
  });
  document.head.append(link);
  await loaded;
}
