import { html, nothing, type TemplateResult } from 'lit';
import type { Address, Invoice, InvoiceLine, InvoiceStatus, Money, SentEmail } from '../../api/types.js';
import { formatDate, formatDateRange, formatDateTime } from '../../format/dates.js';
import { formatMoney } from '../../format/money.js';
import type { InvoiceDetailMessages } from './invoice-detail.messages.js';
import { hasResellerPrices, lineMargin, lineMsrpAmount, totalMargin } from './margins.js';

/** What the invoice's template needs besides the invoice. */
export interface DocumentContext {
  messages: InvoiceDetailMessages;
  locale: string;
  /** The reseller's view: MSRP and margins. */
  showMsrp: boolean;
  /** The seller's name to show: the provider's branding, else the invoice's. */
  sellerName: string;
  /** The logo to show, already checked to be http(s); null for none. */
  logo: string | null;
  /** E-mails sent, newest first: those sent from this element, then the invoice's own record. */
  emails: readonly SentEmail[];
}

const STATUS_KEYS = {
  draft: 'statusDraft',
  open: 'statusOpen',
  paid: 'statusPaid',
  overdue: 'statusOverdue',
  void: 'statusVoid',
} as const satisfies Record<InvoiceStatus, keyof InvoiceDetailMessages>;

/** One invoice as a document: seller and bill-to, lines, totals, payments, notes, terms and the e-mails sent. */
export function renderInvoiceDocument(invoice: Invoice, context: DocumentContext): TemplateResult {
  const { messages, locale, sellerName, logo, emails } = context;
  const creditNote = invoice.kind === 'credit_note';
  return html`<header part="header">
        <div class="seller">
          ${logo ? html`<img part="logo" src=${logo} alt="" @error=${hideBrokenImage} />` : nothing}
          <strong><bdi>${sellerName}</bdi></strong>
          ${renderAddress(invoice.seller.address, locale)}
          ${invoice.seller.taxId ? html`<div>${messages.taxId}: <bdi>${invoice.seller.taxId}</bdi></div>` : nothing}
        </div>
        <div class="title-block">
          <h2 id="title"><bdi>${creditNote ? messages.creditNoteTitle(invoice.number) : messages.invoiceTitle(invoice.number)}</bdi></h2>
          <div class="badges">
            ${creditNote ? html`<span class="badge" data-kind="credit-note">${messages.creditNote}</span>` : nothing}
            <span part="status status-${invoice.status}" class="badge" data-status=${invoice.status}>
              <span class="visually-hidden">${messages.status}:</span> ${messages[STATUS_KEYS[invoice.status]] ?? invoice.status}
            </span>
          </div>
          ${creditNote && invoice.corrects
            ? html`<p class="corrects">${messages.corrects}: <bdi>${invoice.corrects.number}</bdi></p>`
            : nothing}
        </div>
      </header>

      <div class="parties">
        <section class="buyer" aria-labelledby="bill-to">
          <h3 id="bill-to">${messages.billTo}</h3>
          <strong><bdi>${invoice.buyer.name}</bdi></strong>
          ${renderAddress(invoice.buyer.address, locale)}
          ${invoice.buyer.taxId ? html`<div>${messages.taxId}: <bdi>${invoice.buyer.taxId}</bdi></div>` : nothing}
          <div><bdi>${invoice.buyer.email}</bdi></div>
        </section>
        <section aria-labelledby="details">
          <h3 id="details">${messages.details}</h3>
          <dl class="meta">
            <dt>${messages.issueDate}</dt>
            <dd>${formatDate(invoice.issueDate, locale)}</dd>
            <dt>${messages.dueDate}</dt>
            <dd>${formatDate(invoice.dueDate, locale)}</dd>
            ${invoice.servicePeriod
              ? html`<dt>${messages.servicePeriod}</dt>
                  <dd>${formatDateRange(invoice.servicePeriod, locale)}</dd>`
              : nothing}
          </dl>
        </section>
      </div>

      ${renderLines(invoice, context)} ${renderTotals(invoice, context)} ${renderPayments(invoice, context)}
      ${invoice.notes?.trim()
        ? html`<section aria-labelledby="notes"><h3 id="notes">${messages.notes}</h3><p class="prose">${invoice.notes}</p></section>`
        : nothing}
      ${invoice.terms?.trim()
        ? html`<section aria-labelledby="terms"><h3 id="terms">${messages.terms}</h3><p class="prose">${invoice.terms}</p></section>`
        : nothing}
      ${emails.length > 0
        ? html`<section part="history" class="no-print" aria-labelledby="history">
            <h3 id="history">${messages.sendHistory}</h3>
            <ul class="history">
              ${emails.map(
                (sent) =>
                  html`<li>${messages.sentTo(formatDateTime(sent.sentAt, locale), [...sent.to, ...sent.cc].join(', '))} — <bdi>${sent.subject}</bdi></li>`,
              )}
            </ul>
          </section>`
        : nothing}`;
}

function renderLines(invoice: Invoice, { messages, locale, showMsrp }: DocumentContext): TemplateResult {
    // The MSRP is the reseller's business: shown only in the opt-in reseller view, never to the customer.
    const reseller = showMsrp;
    return html`<div class="table-scroll">
      <table part="lines" class="lines">
        <caption>
          ${messages.lineItems}
        </caption>
        <thead part="table-head">
          <tr>
            <th scope="col">${messages.description}</th>
            <th scope="col" class="numeric">${messages.quantity}</th>
            <th scope="col" class="numeric">${reseller ? messages.yourPrice : messages.unitPrice}</th>
            ${reseller ? html`<th scope="col" class="numeric">${messages.msrp}</th>` : nothing}
            <th scope="col" class="numeric">${messages.discount}</th>
            <th scope="col" class="numeric">${messages.taxRate}</th>
            <th scope="col" class="numeric">${messages.amount}</th>
            ${reseller ? html`<th scope="col" class="numeric">${messages.margin}</th>` : nothing}
          </tr>
        </thead>
        <tbody>
          ${invoice.lines.map((line) => renderLine(line, messages, locale, reseller))}
        </tbody>
      </table>
    </div>`;
  }

function renderLine(line: InvoiceLine, messages: InvoiceDetailMessages, locale: string, reseller: boolean): TemplateResult {
    const quantity = `${formatDecimal(line.quantity, locale)} ${line.unit}`;
    const margin = reseller ? lineMargin(line) : null;
    return html`<tr data-line=${line.id}>
      <th scope="row">
        <bdi>${line.description}</bdi>
        <span class="line-detail">${messages.sku}: <bdi>${line.sku}</bdi>${line.period ? html` · ${formatDateRange(line.period, locale)}` : nothing}</span>
        ${reseller && line.priceSource === 'reseller' ? html`<span class="line-detail">${messages.resellerPrice}</span>` : nothing}
      </th>
      <td class="numeric" data-label=${messages.quantity}><bdi>${quantity}</bdi></td>
      <td class="numeric" data-label=${reseller ? messages.yourPrice : messages.unitPrice}><bdi>${money(line.unitPrice, locale)}</bdi></td>
      ${reseller
        ? html`<td class="numeric msrp-cell" data-label=${messages.msrp} title=${money(lineMsrpAmount(line), locale)}>
            <bdi>${money(line.msrpUnitPrice, locale)}</bdi>
          </td>`
        : nothing}
      <td class="numeric" data-label=${messages.discount}>${line.discount.amountMinor === 0 ? '' : html`<bdi>${money(negate(line.discount), locale)}</bdi>`}</td>
      <td class="numeric" data-label=${messages.taxRate}>${formatPercent(line.taxRate, locale)}</td>
      <td class="numeric" data-label=${messages.amount}><bdi>${money(line.lineTotal, locale)}</bdi></td>
      ${margin
        ? html`<td class="numeric ${margin.amountMinor < 0 ? 'negative-margin' : ''}" data-label=${messages.margin}><bdi>${money(margin, locale)}</bdi></td>`
        : nothing}
    </tr>`;
  }

function renderTotals(invoice: Invoice, { messages, locale, showMsrp }: DocumentContext): TemplateResult {
    return html`<dl part="totals" class="totals" aria-label=${messages.total}>
      <dt>${messages.subtotal}</dt>
      <dd><bdi>${money(invoice.subtotal, locale)}</bdi></dd>
      ${invoice.discountTotal.amountMinor !== 0
        ? html`<dt>${messages.discounts}</dt>
            <dd><bdi>${money(negate(invoice.discountTotal), locale)}</bdi></dd>`
        : nothing}
      ${invoice.taxes.map(
        (tax) => html`<dt><bdi>${messages.tax(tax.label, formatPercent(tax.rate, locale))}</bdi></dt>
          <dd><bdi>${money(tax.tax, locale)}</bdi></dd>`,
      )}
      <dt class="strong">${messages.total}</dt>
      <dd class="strong"><bdi>${money(invoice.total, locale)}</bdi></dd>
      <dt>${messages.amountPaid}</dt>
      <dd><bdi>${money(invoice.amountPaid, locale)}</bdi></dd>
      <dt class="strong">${messages.amountDue}</dt>
      <dd class="strong"><bdi>${money(invoice.amountDue, locale)}</bdi></dd>
      ${showMsrp && hasResellerPrices(invoice)
        ? html`<dt class="margin">${messages.totalMargin}</dt>
            <dd class="margin"><bdi>${money(totalMargin(invoice), locale)}</bdi></dd>`
        : nothing}
    </dl>`;
  }

function renderPayments(invoice: Invoice, { messages, locale }: DocumentContext): TemplateResult {
    if (invoice.payments.length === 0) {
      return html`<section aria-labelledby="payments"><h3 id="payments">${messages.payments}</h3><p>${messages.noPayments}</p></section>`;
    }
    return html`<div class="table-scroll">
      <table part="payments">
        <caption>
          ${messages.payments}
        </caption>
        <thead part="table-head">
          <tr>
            <th scope="col">${messages.paymentDate}</th>
            <th scope="col">${messages.paymentMethod}</th>
            <th scope="col">${messages.paymentReference}</th>
            <th scope="col" class="numeric">${messages.amount}</th>
          </tr>
        </thead>
        <tbody>
          ${invoice.payments.map(
            (payment) => html`<tr>
              <td>${formatDate(payment.date, locale)}</td>
              <td><bdi>${payment.method}</bdi></td>
              <td><bdi>${payment.reference ?? ''}</bdi></td>
              <td class="numeric"><bdi>${money(payment.amount, locale)}</bdi></td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

function renderAddress(address: Address, locale: string): TemplateResult {
  const cityLine = [address.postalCode, address.city, address.region].filter(Boolean).join(' ');
  return html`<address>
    ${address.lines.map((line) => html`<bdi>${line}</bdi><br />`)}<bdi>${cityLine}</bdi><br />${countryName(address.country, locale)}
  </address>`;
}

function countryName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames(locale, { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Money for display; an amount the contract should never send (a float) shows as a dash rather than breaking the page. */
function money(value: Money, locale: string): string {
  try {
    return formatMoney(value, locale);
  } catch {
    return '—';
  }
}

function negate(value: Money): Money {
  return { amountMinor: -value.amountMinor, currency: value.currency };
}

/** A decimal string (quantity) for people; Intl keeps every digit of a decimal string. */
function formatDecimal(value: string, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 6 }).format(value as unknown as number);
}

function formatPercent(rate: string, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'unit', unit: 'percent', maximumFractionDigits: 4 }).format(rate as unknown as number);
}

function hideBrokenImage(event: Event): void {
  (event.target as HTMLImageElement).hidden = true;
}

