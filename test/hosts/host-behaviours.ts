/**
 * What every framework host example must do, as one set of browser tests run against each example app (React, Vue,
 * Angular): render the elements against the reference backend, switch customers, hear the elements' events, and pass
 * objects as properties. Each test mounts a fresh app with its own backend tenant.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { BillingProvider } from '../../src/context/billing-provider.js';
import type { InvoiceDetail } from '../../src/elements/invoice-detail/invoice-detail.js';
import type { InvoiceHistory } from '../../src/elements/invoice-history/invoice-history.js';
import { query, rowIds } from '../elements/invoice-history/helpers.js';

export interface HostAppProps {
  baseUrl: string;
  headers: Record<string, string>;
}

/** Mounts an example app in `container`; resolves to a function that unmounts it. */
export type MountHostApp = (container: HTMLElement, props: HostAppProps) => Promise<() => void> | (() => void);

const LOAD = { timeout: 15000 };

function historyLoaded(history: InvoiceHistory, totalCount: number): boolean {
  const state = history.currentState;
  return state.type === 'loaded' && state.page.totalCount === totalCount;
}

export function hostBehaviours(mountApp: MountHostApp): void {
  let container: HTMLElement;
  let unmount: (() => void) | undefined;
  let tenant: string;

  async function mount(): Promise<InvoiceHistory> {
    tenant = `host-${crypto.randomUUID()}`;
    container = await fixture<HTMLElement>(html`<div></div>`);
    unmount = await mountApp(container, { baseUrl: '/api', headers: { 'X-Billing-Tenant': tenant } });
    await waitUntil(() => container.querySelector('invoice-history'), 'the app never rendered <invoice-history>', LOAD);
    const history = container.querySelector('invoice-history')!;
    await waitUntil(() => historyLoaded(history, 3), 'the first customer’s invoices never loaded', LOAD);
    await history.updateComplete;
    return history;
  }

  function select(id: string): HTMLSelectElement {
    const element = container.querySelector<HTMLSelectElement>('#customer')!;
    element.value = id;
    element.dispatchEvent(new Event('change', { bubbles: true }));
    return element;
  }

  afterEach(() => {
    unmount?.();
    unmount = undefined;
  });

  it('renders the first customer’s invoices from the backend under <billing-provider>', async () => {
    const history = await mount();
    expect(rowIds(history)).to.have.members(['inv-small-1', 'inv-small-2', 'inv-small-3']);
    expect(history.closest('billing-provider')).to.exist;
    await expect(container).to.be.accessible();
  });

  it('reloads the history when the host switches customer', async () => {
    const history = await mount();
    select('cus-medium');
    await waitUntil(() => historyLoaded(history, 250), 'the new customer’s invoices never loaded', LOAD);
    await history.updateComplete;
    expect(history.customerId).to.equal('cus-medium');
    expect(rowIds(history)).to.have.length(25);
    expect(rowIds(history)).not.to.include('inv-small-1');
  });

  it('hears invoice-select in the host, which opens the invoice in <invoice-detail>', async () => {
    const history = await mount();
    const state = history.currentState;
    const first = state.type === 'loaded' ? state.page.items[0]! : null;
    query(history, `tr[data-id="${first!.id}"] [part="open"]`).click();
    await waitUntil(() => container.querySelector('#selected')?.textContent?.trim() === `Selected invoice ${first!.number}`, 'the host never heard invoice-select', LOAD);
    await waitUntil(() => container.querySelector('invoice-detail'), 'the host never showed <invoice-detail>', LOAD);
    const detail = container.querySelector<InvoiceDetail>('invoice-detail')!;
    await waitUntil(() => detail.currentState.type === 'loaded', 'the invoice never loaded', LOAD);
    expect(detail.invoiceId).to.equal(first!.id);
  });

  it('hears invoice-back in the host, which closes the invoice', async () => {
    const history = await mount();
    query(history, '[part="open"]').click();
    await waitUntil(() => container.querySelector('invoice-detail'), 'the host never showed <invoice-detail>', LOAD);
    const detail = container.querySelector<InvoiceDetail>('invoice-detail')!;
    await waitUntil(() => detail.currentState.type === 'loaded', 'the invoice never loaded', LOAD);
    await detail.updateComplete;
    detail.shadowRoot!.querySelector<HTMLElement>('[part="back"]')!.click();
    await waitUntil(() => !container.querySelector('invoice-detail'), 'the host never removed <invoice-detail>', LOAD);
  });

  it('passes objects as properties, not as attribute text', async () => {
    const history = await mount();
    const provider = container.querySelector<BillingProvider>('billing-provider')!;
    expect(history.messages).to.deep.equal({ heading: 'Your invoices' });
    expect(history.hasAttribute('messages')).to.equal(false);
    expect(query(history, '[part="heading"]').textContent).to.equal('Your invoices');
    expect(provider.headers).to.deep.equal({ 'X-Billing-Tenant': tenant });
    expect(provider.hasAttribute('headers')).to.equal(false);
  });
}
