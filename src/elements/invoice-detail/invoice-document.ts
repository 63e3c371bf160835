import { html, nothing, type TemplateResult } from 'lit';
import type { Address, Invoice, InvoiceLine, InvoiceStatus, Money, SentEmail } from '../../api/types.js';
import { formatDate, formatDateRange, formatDateTime } from '../../format/dates.js';
import { formatDecimalMoney, formatMoney } from '../../format/money.js';
import { documentSections, linePrice, type DocumentSections, type PartyIds, type TotalsRow } from '../../invoice/document-sections.js';
import type { DocumentMessages } from '../../invoice/document.messages.js';
import type { InvoiceDetailMessages } from './invoice-detail.messages.js';
import { hasResellerPrices, lineMargin, lineMsrpAmount, totalMargin } from './margins.js';

/** What the invoice's template needs besides the invoice. */
export interface DocumentContext {
  messages: InvoiceDetailMessages;
  /** The words of the document itself (titles by type, VAT, payment, references), shared with the PDF and e-mail. */
  documentMessages: DocumentMessages;
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
  const { messages, documentMessages: words, locale, sellerName, logo, emails } = context;
  const sections = documentSections(invoice);
  const creditNote = invoice.kind === 'credit_note';
  return html`<header part="header">
        <div class="seller">
          ${logo ? html`<img part="logo" src=${logo} alt="" @error=${hideBrokenImage} />` : nothing}
          <strong><bdi>${sellerName}</bdi></strong>
          ${renderAddress(invoice.seller.address, locale)}
          ${renderTaxId(invoice.seller.taxId, sections.seller, messages, words)}
        </div>
        <div class="title-block">
          <h2 id="title"><bdi>${titleText(sections, messages, words)}</bdi></h2>
          <div class="badges">
            ${creditNote ? html`<span class="badge" data-kind="credit-note">${messages.creditNote}</span>` : nothing}
            ${sections.showStatus
              ? html`<span part="status status-${invoice.status}" class="badge" data-status=${invoice.status}>
                  <span class="visually-hidden">${messages.status}:</span> ${messages[STATUS_KEYS[invoice.status]] ?? invoice.status}
                </span>`
              : nothing}
          </div>
          ${sections.corrects.map(
            (item) =>
              html`<p class="corrects" part="corrects">
                <bdi>${item.issueDate ? words.correctsInvoiceOf(item.number, formatDate(item.issueDate, locale)) : words.correctsInvoice(item.number)}</bdi>
              </p>`,
          )}
        </div>
      </header>

      <div class="parties">
        <section class="buyer" aria-labelledby="bill-to">
          <h3 id="bill-to">${messages.billTo}</h3>
          <strong><bdi>${invoice.buyer.name}</bdi></strong>
          ${renderAddress(invoice.buyer.address, locale)}
          ${renderTaxId(invoice.buyer.taxId, sections.buyer, messages, words)}
          ${invoice.buyer.email ? html`<div><bdi>${invoice.buyer.email}</bdi></div>` : nothing}
          ${renderPartyIds(legalRows(sections.buyer, invoice.buyer.taxId), 'buyer-ids', words)}
        </section>
        <section aria-labelledby="details">
          <h3 id="details">${messages.details}</h3>
          <dl class="meta" part="meta">
            ${sections.meta.map((row) =>
              row.key === 'invoicingPeriod'
                ? html`<dt>${messages.servicePeriod}</dt>
                    <dd>${formatDateRange(row.period, locale)}</dd>`
                : html`<dt>${row.key === 'issueDate' ? messages.issueDate : row.key === 'dueDate' ? messages.dueDate : words[row.key]}</dt>
                    <dd>${formatDate(row.date, locale)}</dd>`,
            )}
          </dl>
        </section>
      </div>

      ${renderLines(invoice, context)} ${renderAllowancesCharges(invoice, context)} ${renderTaxes(sections, context)}
      ${renderTotals(invoice, sections, context)} ${renderPaymentBlock(sections, context)} ${renderReferences(sections, words)}
      ${renderPayments(invoice, context)}
      ${invoice.notes?.trim()
        ? html`<section aria-labelledby="notes"><h3 id="notes">${messages.notes}</h3><p class="prose">${invoice.notes}</p></section>`
        : nothing}
      ${invoice.terms?.trim()
        ? html`<section aria-labelledby="terms"><h3 id="terms">${messages.terms}</h3><p class="prose">${invoice.terms}</p></section>`
        : nothing}
      ${renderLegalIds(legalRows(sections.seller, invoice.seller.taxId), sections, words)}
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

/** The title: the element's own (host-overridable) words for invoices and credit notes, the document's for the rest. */
function titleText(sections: DocumentSections, messages: InvoiceDetailMessages, words: DocumentMessages): string {
  const title = sections.title;
  switch (title.key) {
    case 'invoiceTitle':
      return messages.invoiceTitle(title.number);
    case 'creditNoteTitle':
      return messages.creditNoteTitle(title.number);
    case 'otherDocumentTitle':
      return words.otherDocumentTitle(title.number, title.typeCode);
    default:
      return words[title.key](title.number);
  }
}

/**
 * The party's tax id under its address, as today; a Japanese T-number is labelled as the registration number
 * (登録番号) a qualified invoice must print. The other legal ids go in their own blocks.
 */
function renderTaxId(taxId: string | null, party: PartyIds, messages: InvoiceDetailMessages, words: DocumentMessages): TemplateResult | typeof nothing {
  if (!taxId?.trim()) return nothing;
  const qualified = party.rows.some((row) => row.key === 'qualifiedInvoiceIssuer' && row.value === taxId.trim());
  return html`<div>${qualified ? words.qualifiedInvoiceIssuer : messages.taxId}: <bdi>${taxId}</bdi></div>`;
}

/** The ids printed in a party's legal block: all but the tax id, which stands under the address. */
function legalRows(party: PartyIds, taxId: string | null): PartyIds {
  return { name: party.name, rows: party.rows.filter((row) => !((row.key === 'vatId' || row.key === 'qualifiedInvoiceIssuer') && row.value === taxId?.trim())) };
}

/** A scheme beside its value, as given (`HRB 123456 (Amtsgericht Hamburg)`). */
function withScheme(value: string, scheme: string | null): TemplateResult {
  return scheme ? html`<bdi>${value}</bdi> (<bdi>${scheme}</bdi>)` : html`<bdi>${value}</bdi>`;
}

function renderPartyIds(party: PartyIds, part: string, words: DocumentMessages): TemplateResult | typeof nothing {
  if (party.rows.length === 0) return nothing;
  return html`<dl class="meta party-ids" part=${part}>
    ${party.rows.map((row) => html`<dt>${words[row.key]}</dt><dd>${withScheme(row.value, row.scheme)}</dd>`)}
  </dl>`;
}

/** The seller's legal identity (and a payee or tax representative), printed at the foot of the document. */
function renderLegalIds(seller: PartyIds, sections: DocumentSections, words: DocumentMessages): TemplateResult | typeof nothing {
  const others = [
    ...(sections.payee ? [{ heading: words.payee, party: sections.payee, id: 'payee' }] : []),
    ...(sections.taxRepresentative ? [{ heading: words.taxRepresentative, party: sections.taxRepresentative, id: 'tax-representative' }] : []),
  ];
  if (seller.rows.length === 0 && others.length === 0) return nothing;
  return html`<section part="legal-ids" class="legal-ids" aria-labelledby="legal-ids">
    <h3 id="legal-ids">${words.legalIds}</h3>
    <div class="legal-grid">
      ${seller.rows.length ? html`<div><strong><bdi>${seller.name}</bdi></strong>${renderPartyIds(seller, 'seller-ids', words)}</div>` : nothing}
      ${others.map(
        ({ heading, party, id }) =>
          html`<div part=${id}><strong>${heading}: <bdi>${party.name}</bdi></strong>${renderPartyIds(party, `${id}-ids`, words)}</div>`,
      )}
    </div>
  </section>`;
}

function renderLines(invoice: Invoice, { messages, documentMessages: words, locale, showMsrp }: DocumentContext): TemplateResult {
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
          ${invoice.lines.map((line) => renderLine(line, messages, words, locale, reseller))}
        </tbody>
      </table>
    </div>`;
  }

function renderLine(line: InvoiceLine, messages: InvoiceDetailMessages, words: DocumentMessages, locale: string, reseller: boolean): TemplateResult {
    const quantity = `${formatDecimal(line.quantity, locale)} ${line.unit}`;
    // The price with every decimal the backend gave: a €0.0088/kWh price rounded to €0.01 would not explain the line.
    const price = linePrice(line);
    const priceText = formatDecimalMoney(price.decimal, price.currency, locale);
    const margin = reseller ? lineMargin(line) : null;
    return html`<tr data-line=${line.id}>
      <th scope="row">
        <bdi>${line.description}</bdi>
        <span class="line-detail">${messages.sku}: <bdi>${line.sku}</bdi>${line.period ? html` · ${formatDateRange(line.period, locale)}` : nothing}</span>
        ${reseller && line.priceSource === 'reseller' ? html`<span class="line-detail">${messages.resellerPrice}</span>` : nothing}
        ${line.note?.trim() ? html`<span class="line-detail line-note" part="line-note">${words.lineNote}: <bdi>${line.note}</bdi></span>` : nothing}
      </th>
      <td class="numeric" data-label=${messages.quantity}>
        <bdi>${quantity}</bdi>${line.unitCode?.trim()
          ? html`<span class="line-detail" part="unit-code"><abbr title=${words.unitCode}>${line.unitCode}</abbr></span>`
          : nothing}
      </td>
      <td class="numeric" data-label=${reseller ? messages.yourPrice : messages.unitPrice} part="unit-price">
        <bdi>${priceText}</bdi>${price.baseQuantity
          ? html`<span class="line-detail" part="base-quantity">${words.pricePer(formatDecimal(price.baseQuantity, locale), line.unit)}</span>`
          : nothing}
      </td>
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

function totalsLabel(row: TotalsRow, messages: InvoiceDetailMessages, words: DocumentMessages, locale: string): string {
  switch (row.key) {
    case 'taxRow':
      return messages.tax(row.label, formatPercent(row.rate, locale));
    // Today's rows keep the element's own (host-overridable) words, so simple invoices read as before.
    case 'subtotal':
      return messages.subtotal;
    case 'lineDiscounts':
      return messages.discounts;
    case 'total':
      return messages.total;
    case 'amountPaid':
      return messages.amountPaid;
    case 'amountDue':
      return messages.amountDue;
    default:
      return words[row.key];
  }
}

function renderTotals(invoice: Invoice, sections: DocumentSections, { messages, documentMessages: words, locale, showMsrp }: DocumentContext): TemplateResult {
    return html`<dl part="totals" class="totals" aria-label=${messages.total}>
      ${sections.totals.map((row) => {
        const strong = row.emphasis ? 'strong' : '';
        return html`<dt class=${strong} data-total=${row.key}><bdi>${totalsLabel(row, messages, words, locale)}</bdi></dt>
          <dd class=${strong} data-total=${row.key}><bdi>${money(row.deduction ? negate(row.amount) : row.amount, locale)}</bdi></dd>`;
      })}
      ${showMsrp && hasResellerPrices(invoice)
        ? html`<dt class="margin">${messages.totalMargin}</dt>
            <dd class="margin"><bdi>${money(totalMargin(invoice), locale)}</bdi></dd>`
        : nothing}
    </dl>`;
  }

/** Document-level allowances and charges (BG-20, BG-21), each with its reason and the VAT it is taxed at. */
function renderAllowancesCharges(invoice: Invoice, { messages, documentMessages: words, locale }: DocumentContext): TemplateResult | typeof nothing {
  const items = [
    ...(invoice.allowances ?? []).map((item) => ({ item, deduction: true })),
    ...(invoice.charges ?? []).map((item) => ({ item, deduction: false })),
  ];
  if (items.length === 0) return nothing;
  return html`<div class="table-scroll">
    <table part="allowances-charges">
      <caption>
        ${invoice.allowances?.length && invoice.charges?.length ? `${words.allowances} / ${words.charges}` : invoice.allowances?.length ? words.allowances : words.charges}
      </caption>
      <thead part="table-head">
        <tr>
          <th scope="col">${messages.description}</th>
          <th scope="col" class="numeric">${words.vatRate}</th>
          <th scope="col" class="numeric">${messages.amount}</th>
        </tr>
      </thead>
      <tbody>
        ${items.map(
          ({ item, deduction }) => html`<tr data-allowance-charge=${deduction ? 'allowance' : 'charge'}>
            <th scope="row">
              <bdi>${item.reason?.trim() || (deduction ? words.allowances : words.charges)}</bdi>
              ${item.reasonCode ? html`<span class="line-detail"><bdi>${item.reasonCode}</bdi></span>` : nothing}
            </th>
            <td class="numeric">${item.vatRate !== undefined ? formatPercent(item.vatRate, locale) : ''}${item.vatCategory ? html` <bdi>${item.vatCategory}</bdi>` : nothing}</td>
            <td class="numeric"><bdi>${money(deduction ? negate(item.amount) : item.amount, locale)}</bdi></td>
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

/** The VAT breakdown table with its total row, and the legends the categories need. Uncategorised taxes stay in the totals. */
function renderTaxes(sections: DocumentSections, { documentMessages: words, locale }: DocumentContext): TemplateResult | typeof nothing {
  const { rows, total, categorised, legends } = sections.taxes;
  if (!categorised && legends.length === 0) return nothing;
  return html`${categorised
      ? html`<div class="table-scroll">
          <table part="vat-breakdown" class="vat-breakdown">
            <caption>
              ${words.vatBreakdown}
            </caption>
            <thead part="table-head">
              <tr>
                <th scope="col">${words.vatCategory}</th>
                <th scope="col" class="numeric">${words.vatRate}</th>
                <th scope="col" class="numeric">${words.taxableAmount}</th>
                <th scope="col" class="numeric">${words.vatAmount}</th>
              </tr>
            </thead>
            <tbody>
              ${rows.map(
                (row) => html`<tr data-category=${row.category ?? ''}>
                  <th scope="row"><bdi>${row.categoryKey ? words[row.categoryKey] : (row.category ?? row.label)}</bdi></th>
                  <td class="numeric">${row.rate === null ? '' : formatPercent(row.rate, locale)}</td>
                  <td class="numeric"><bdi>${money(row.taxableAmount, locale)}</bdi></td>
                  <td class="numeric"><bdi>${money(row.tax, locale)}</bdi></td>
                </tr>`,
              )}
            </tbody>
            <tfoot>
              <tr part="vat-total">
                <th scope="row" colspan="3">${words.vatTotal}</th>
                <td class="numeric"><bdi>${money(total, locale)}</bdi></td>
              </tr>
            </tfoot>
          </table>
        </div>`
      : nothing}
    ${legends.length > 0
      ? html`<ul part="legends" class="legends">
          ${legends.map(
            (legend) =>
              html`<li data-category=${legend.category ?? ''}>
                <bdi>${legend.text ?? (legend.standardKey ? words[legend.standardKey] : '')}</bdi>${legend.code
                  ? html` <span class="legend-code">(${words.exemptionCode}: <bdi>${legend.code}</bdi>)</span>`
                  : nothing}
              </li>`,
          )}
        </ul>`
      : nothing}`;
}

/** How to pay: means, accounts (IBAN grouped, with a copy button), reference, card, mandate, and Pay now for http(s) only. */
function renderPaymentBlock(sections: DocumentSections, { documentMessages: words }: DocumentContext): TemplateResult | typeof nothing {
  const payment = sections.payment;
  if (!payment) return nothing;
  const means = payment.meansText ?? (payment.meansKey ? words[payment.meansKey] : payment.meansCode ? words.paymentMeansCode(payment.meansCode) : null);
  return html`<section part="payment" class="payment" aria-labelledby="payment">
    <h3 id="payment">${words.payment}</h3>
    <dl class="meta">
      ${means ? html`<dt>${words.paymentMeans}</dt><dd><bdi>${means}</bdi></dd>` : nothing}
      ${payment.accounts.map(
        (account) => html`${account.accountName ? html`<dt>${words.accountName}</dt><dd><bdi>${account.accountName}</bdi></dd>` : nothing}
          <dt>${account.iban ? words.iban : words.accountId}</dt>
          <dd>
            <bdi part="account-id" class="account-id">${account.display}</bdi>
            ${account.iban
              ? html`<button
                  part="copy-iban"
                  class="button copy no-print"
                  type="button"
                  data-copy=${account.accountId}
                  data-copied=${words.copied}
                  aria-label=${`${words.copyIban} ${account.display}`}
                  @click=${handleCopy}
                >
                  ${words.copyIban}
                </button>`
              : nothing}
          </dd>
          ${account.serviceProviderId ? html`<dt>${words.bic}</dt><dd><bdi>${account.serviceProviderId}</bdi></dd>` : nothing}`,
      )}
      ${payment.remittanceInformation ? html`<dt>${words.remittanceInformation}</dt><dd><bdi>${payment.remittanceInformation}</bdi></dd>` : nothing}
      ${payment.card
        ? html`<dt>${words.paymentMeans48}</dt>
            <dd><bdi>${words.cardEnding(payment.card.lastDigits)}</bdi>${payment.card.holderName ? html` · <bdi>${payment.card.holderName}</bdi>` : nothing}</dd>`
        : nothing}
      ${payment.directDebit?.mandateReference ? html`<dt>${words.mandateReference}</dt><dd><bdi>${payment.directDebit.mandateReference}</bdi></dd>` : nothing}
      ${payment.directDebit?.creditorId ? html`<dt>${words.creditorId}</dt><dd><bdi>${payment.directDebit.creditorId}</bdi></dd>` : nothing}
      ${payment.directDebit?.debitedAccount ? html`<dt>${words.debitedAccount}</dt><dd><bdi>${payment.directDebit.debitedAccount}</bdi></dd>` : nothing}
    </dl>
    ${payment.payOnlineUrl
      ? html`<p class="no-print"><a part="pay-now" class="button primary" href=${payment.payOnlineUrl} target="_blank" rel="noopener noreferrer">${words.payNow}</a></p>`
      : nothing}
    <span part="copy-status" class="visually-hidden" role="status"></span>
  </section>`;
}

function renderReferences(sections: DocumentSections, words: DocumentMessages): TemplateResult | typeof nothing {
  if (sections.references.length === 0) return nothing;
  return html`<section part="references" aria-labelledby="references">
    <h3 id="references">${words.references}</h3>
    <dl class="meta">
      ${sections.references.map((row) => html`<dt>${words[row.key]}</dt><dd>${withScheme(row.value, row.scheme)}</dd>`)}
    </dl>
  </section>`;
}

/**
 * Copies the compact IBAN and says so in the block's live region (announced by screen readers). Falls back to a
 * selection copy where the async clipboard is refused (no permission, an insecure origin).
 */
async function handleCopy(event: Event): Promise<void> {
  const button = event.currentTarget as HTMLButtonElement;
  const text = button.dataset['copy'] ?? '';
  const status = button.closest('[part~="payment"]')?.querySelector<HTMLElement>('[part~="copy-status"]');
  let copied = false;
  try {
    await navigator.clipboard.writeText(text);
    copied = true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    button.after(area);
    area.select();
    try {
      copied = document.execCommand('copy');
    } catch {
      copied = false;
    }
    area.remove();
    button.focus();
  }
  if (status && copied) {
    // Cleared first so the same words are announced again on a second copy.
    status.textContent = '';
    requestAnimationFrame(() => (status.textContent = button.dataset['copied'] ?? ''));
  }
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

