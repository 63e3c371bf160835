/**
 * The demo reseller portal: a few pages around the elements, routed by the URL hash so that links from
 * `<invoice-history href-template>` open invoices and back/forward work.
 */
import { html, nothing, render } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { registerPdfFonts } from '../src/index.ts';
import { cjkFonts } from '../packages/pdf-fonts-cjk/index.js';
// A host page links themes.css (`<link rel="stylesheet" href="…/themes.css">`); here Vite serves demo/ as the root,
// where a link to ../src would get the index page back, so the demo imports it and lets Vite serve it.
import '../src/styles/themes.css';
import type { BillingProvider } from '../src/context/billing-provider.ts';
import { InvoiceDetail } from '../src/elements/invoice-detail/invoice-detail.ts';
import type { CustomerSummary } from '../src/api/types.ts';
import { formatDateTime } from '../src/format/dates.ts';
import { directionOf } from '../src/format/messages.ts';

// Japanese invoices' PDFs: the CJK faces are a companion package an app registers (docs/pdf.md).
registerPdfFonts(cjkFonts);

const main = document.querySelector('main')!;
const provider = document.querySelector<BillingProvider>('billing-provider')!;
const themeSelect = document.querySelector<HTMLSelectElement>('#theme-select')!;
const localeSelect = document.querySelector<HTMLSelectElement>('#locale-select')!;

interface OutboxEntry {
  id: string;
  sentAt: string;
  invoiceNumber: string;
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string;
  html: string;
  attachment: { filename: string; size: number } | null;
}

let customers: CustomerSummary[] = [];

async function loadCustomers(): Promise<CustomerSummary[]> {
  if (customers.length === 0) {
    const response = await fetch('/api/customers');
    customers = ((await response.json()) as { items: CustomerSummary[] }).items;
  }
  return customers;
}

function customerSwitcher(selected: string) {
  return html`<label
    >Customer
    <select
      @change=${(event: Event) => openCustomer((event.target as HTMLSelectElement).value)}
    >
      ${customers.map(
        (customer) =>
          html`<option value=${customer.id} ?selected=${customer.id === selected}>
            ${customer.name} (${customer.invoiceCount})
          </option>`,
      )}
    </select></label
  >`;
}

async function invoicesPage(customerId: string) {
  await loadCustomers();
  return html`<h1>Invoices</h1>
    <div class="toolbar">${customerSwitcher(customerId)}</div>
    ${
      // One element per customer: a new customer's list starts from the URL (unfiltered after a switch) rather than
      // keeping the previous customer's filters.
      keyed(
        customerId,
        html`<invoice-history
          customer-id=${customerId}
          href-template=${`#/customers/${encodeURIComponent(customerId)}/invoices/{id}`}
          sync-url
        ></invoice-history>`,
      )
    }`;
}

function invoicePage(customerId: string, invoiceId: string) {
  return html`<invoice-detail
    customer-id=${customerId}
    invoice-id=${invoiceId}
    @invoice-back=${() => (location.hash = `#/customers/${encodeURIComponent(customerId)}/invoices`)}
  ></invoice-detail>`;
}

function settingsPage() {
  return html`<h1>Notification settings</h1>
    <p>Your logo and links brand every customer e-mail notification that is switched on.</p>
    <notification-settings-form></notification-settings-form>`;
}

async function outboxPage() {
  const response = await fetch('/api/outbox');
  const { items } = (await response.json()) as { items: OutboxEntry[] };
  const locale = provider.locale ?? 'en-US';
  return html`<h1>Outbox</h1>
    <p>E-mails the reference backend "sent", newest first, exactly as the customer receives them.</p>
    ${items.length === 0
      ? html`<p class="empty-note">Nothing sent yet. Open an invoice and choose “Send to customer”.</p>`
      : html`<ul class="outbox">
          ${items.map(
            (entry) => html`<li>
              <dl>
                <dt>Sent</dt>
                <dd>${formatDateTime(entry.sentAt, locale)}</dd>
                <dt>To</dt>
                <dd>${entry.to.join(', ')}</dd>
                ${entry.cc.length ? html`<dt>Cc</dt><dd>${entry.cc.join(', ')}</dd>` : nothing}
                ${entry.bcc.length ? html`<dt>Bcc</dt><dd>${entry.bcc.join(', ')}</dd>` : nothing}
                <dt>Subject</dt>
                <dd>${entry.subject}</dd>
                <dt>Attachment</dt>
                <dd>
                  ${entry.attachment
                    ? html`<a href=${`/api/outbox/${encodeURIComponent(entry.id)}/attachment`} target="_blank" rel="noopener"
                        >${entry.attachment.filename}</a
                      >
                      (${Math.round(entry.attachment.size / 1024)} KB)`
                    : 'none'}
                </dd>
              </dl>
              <iframe sandbox="" title=${`E-mail: ${entry.subject}`} srcdoc=${entry.html}></iframe>
            </li>`,
          )}
        </ul>`}`;
}

/**
 * The invoice list keeps its filters in the query string (`sync-url`); another customer starts unfiltered, so the
 * query goes with the switch.
 */
function openCustomer(customerId: string) {
  history.pushState(null, '', `${location.pathname}#/customers/${encodeURIComponent(customerId)}/invoices`);
  void route();
}

async function route() {
  // The list's filters belong to the invoices pages (the detail keeps them for its Back): Settings and Outbox show a
  // URL without them.
  if (/^#\/(settings|outbox)/.test(location.hash) && location.search) {
    history.replaceState(history.state, '', `${location.pathname}${location.hash}`);
  }

  const path = location.hash.replace(/^#/, '').split('?')[0] || '/invoices';
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  let page: string;
  let content: unknown;
  if (parts[0] === 'settings') {
    page = 'settings';
    content = settingsPage();
  } else if (parts[0] === 'outbox') {
    page = 'outbox';
    content = await outboxPage();
  } else if (parts[0] === 'customers' && parts[1] && parts[3]) {
    page = 'invoices';
    content = invoicePage(parts[1], parts[3]);
  } else {
    page = 'invoices';
    content = await invoicesPage(parts[0] === 'customers' && parts[1] ? parts[1] : 'cus-medium');
    // The next click on this page most likely opens an invoice: fetch <invoice-detail>'s code while the user reads.
    InvoiceDetail.preload().catch(() => undefined);
  }
  for (const link of document.querySelectorAll<HTMLAnchorElement>('nav a')) {
    if (link.dataset['page'] === page) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  render(content, main);
}

function applyTheme(theme: string) {
  document.body.classList.remove('billing-theme-light', 'billing-theme-dark', 'billing-theme-auto', 'billing-theme-brand');
  document.body.classList.add(`billing-theme-${theme}`);
  localStorage.setItem('demo-theme', theme);
}

function applyLocale(locale: string) {
  provider.locale = locale;
  document.documentElement.lang = locale;
  document.documentElement.dir = directionOf(locale);
  localStorage.setItem('demo-locale', locale);
}

themeSelect.value = localStorage.getItem('demo-theme') ?? 'light';
localeSelect.value = localStorage.getItem('demo-locale') ?? 'en-US';
applyTheme(themeSelect.value);
applyLocale(localeSelect.value);
themeSelect.addEventListener('change', () => applyTheme(themeSelect.value));
localeSelect.addEventListener('change', () => {
  applyLocale(localeSelect.value);
  void route();
});
window.addEventListener('hashchange', () => void route());
void route();
