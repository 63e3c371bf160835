import { fixture, html, waitUntil } from '@open-wc/testing';
import type { BillingDataSource } from '../../../src/api/data-source.js';
import { RestDataSource } from '../../../src/api/rest-data-source.js';
import type { Invoice } from '../../../src/api/types.js';
import '../../../src/elements/invoice-detail/invoice-detail.js';
import type { InvoiceDetail } from '../../../src/elements/invoice-detail/invoice-detail.js';
import type { InvoiceSendDialog } from '../../../src/elements/invoice-detail/invoice-send-dialog.js';

/**
 * The reference backend on the test server, in a tenant of its own (settings and outbox isolated from other tests),
 * with optional fault headers. `faults` may be a function, read on every request, so a test can fail one request and
 * let the next through.
 */
export function api(options: { tenant?: string; faults?: string | (() => string | null); timeoutMs?: number } = {}): RestDataSource {
  const tenant = options.tenant ?? `detail-${crypto.randomUUID()}`;
  const faults = options.faults;
  return new RestDataSource({
    baseUrl: '/api',
    headers: { 'X-Billing-Tenant': tenant },
    authHeaders: (): Record<string, string> => {
      const value = typeof faults === 'function' ? faults() : faults;
      return value ? { 'X-Billing-Fault': value } : {};
    },
    ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
  });
}

export async function detail(
  customerId: string,
  invoiceId: string,
  dataSource: BillingDataSource = api(),
  extra: { showMsrp?: boolean; locale?: string } = {},
): Promise<InvoiceDetail> {
  const element = await fixture<InvoiceDetail>(
    html`<invoice-detail
      customer-id=${customerId}
      invoice-id=${invoiceId}
      locale=${extra.locale ?? 'en-US'}
      ?show-msrp=${extra.showMsrp ?? false}
      .dataSource=${dataSource}
    ></invoice-detail>`,
  );
  return settled(element);
}

export async function detailOf(invoice: Invoice, dataSource: BillingDataSource | null = api(), showMsrp = false): Promise<InvoiceDetail> {
  const element = await fixture<InvoiceDetail>(
    html`<invoice-detail locale="en-US" ?show-msrp=${showMsrp} .dataSource=${dataSource} .invoice=${invoice}></invoice-detail>`,
  );
  return settled(element);
}

/** Waits until the element has finished loading (whatever the outcome) and rendered it. */
export async function settled(element: InvoiceDetail): Promise<InvoiceDetail> {
  await element.updateComplete;
  await waitUntil(() => element.currentState.type !== 'loading', 'the invoice never finished loading', { timeout: 15000 });
  await element.updateComplete;
  return element;
}

export function query<T extends Element = HTMLElement>(element: InvoiceDetail, selector: string): T {
  const found = element.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`No ${selector} in <invoice-detail>`);
  return found;
}

/** Everything the element shows as text, whitespace collapsed. */
export function visibleText(element: Element): string {
  return (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export async function openDialog(element: InvoiceDetail): Promise<InvoiceSendDialog> {
  query(element, '[part~="send"]').click();
  const dialog = query<InvoiceSendDialog>(element, 'invoice-send-dialog');
  await waitUntil(() => dialog.open, 'the send dialog never opened');
  await dialog.updateComplete;
  return dialog;
}

export function dialogQuery<T extends Element = HTMLElement>(dialog: InvoiceSendDialog, selector: string): T {
  const found = dialog.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`No ${selector} in the send dialog`);
  return found;
}

/** Types into a dialog field the way a user does (value + input event). */
export async function typeInto(dialog: InvoiceSendDialog, name: string, value: string): Promise<void> {
  const field = dialogQuery<HTMLInputElement | HTMLTextAreaElement>(dialog, `[name="${name}"]`);
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await dialog.updateComplete;
}

/** Catches `<a download>` clicks (the PDF download), so a test can read the file instead of the browser saving it. */
export function catchDownload(): Promise<HTMLAnchorElement> {
  return new Promise((resolve) => {
    const handle = (event: MouseEvent) => {
      const link = event.target as HTMLElement;
      if (link instanceof HTMLAnchorElement && link.hasAttribute('download')) {
        event.preventDefault();
        document.removeEventListener('click', handle, true);
        resolve(link);
      }
    };
    document.addEventListener('click', handle, true);
  });
}
