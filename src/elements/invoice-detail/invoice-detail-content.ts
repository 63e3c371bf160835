import { html, nothing, type TemplateResult } from 'lit';
import { query, state } from 'lit/decorators.js';
import { initialState, Task, TaskStatus } from '@lit/task';
import type { BillingDataSource } from '../../api/data-source.js';
import { BillingError } from '../../api/errors.js';
import { SEND_LIMITS, type Address, type Invoice, type InvoiceLine, type InvoiceStatus, type Money, type SentEmail } from '../../api/types.js';
import { safeHttpUrl } from '../../api/urls.js';
import { BillingConfigController } from '../../context/billing-config-controller.js';
import type { BillingConfig, Branding } from '../../context/billing-context.js';
import { defineElement } from '../../define.js';
import { AuthRequiredEvent } from '../../events/auth-required.js';
import { formatDate, formatDateRange, formatDateTime } from '../../format/dates.js';
import { languageOf, resolveMessages } from '../../format/messages.js';
import { formatMoney } from '../../format/money.js';
import { Lazy, LazyController } from '../../lazy.js';
import { bytesToBase64 } from '../../pdf/base64.js';
import { saveBlob } from '../../pdf/download-invoice-pdf.js';
import { invoiceFileName } from '../../pdf/pdf-file-name.js';
import type { InvoicePdf, PaperSize, PdfFont, PdfMessages, PdfWarning } from '../../pdf/invoice-to-pdf.js';
import { InvoiceBackEvent, InvoiceSentEvent } from './invoice-detail.events.js';
import { invoiceDetailLanguages, invoiceDetailMessages, type InvoiceDetailMessages } from './invoice-detail.messages.js';
import { invoiceDetailStyles } from './invoice-detail.styles.js';
import type { InvoiceSendDialog, SendDialogBranding, SendRequestDraft } from './invoice-send-dialog.js';
import { hasResellerPrices, lineMargin, lineMsrpAmount, totalMargin } from './margins.js';
import { PdfGenerationError } from './pdf-generation-error.js';
import { InvoiceDetail, type InvoiceDetailState } from './invoice-detail.js';

/** Where the last PDF request got to, shown beside the toolbar. */
type PdfStatus =
  | { type: 'idle' }
  | { type: 'busy' }
  | { type: 'done'; fileName: string; warnings: PdfWarning[] }
  | { type: 'error' };

const STATUS_KEYS = {
  draft: 'statusDraft',
  open: 'statusOpen',
  paid: 'statusPaid',
  overdue: 'statusOverdue',
  void: 'statusVoid',
} as const satisfies Record<InvoiceStatus, keyof InvoiceDetailMessages>;

const ERROR_KEYS: Partial<Record<BillingError['kind'], keyof InvoiceDetailMessages>> = {
  network: 'errorNetwork',
  timeout: 'errorTimeout',
  unauthorized: 'errorUnauthorized',
  forbidden: 'errorForbidden',
  'rate-limited': 'errorRateLimited',
  server: 'errorServer',
  'invalid-response': 'errorInvalidResponse',
};

/** How long the PDF waits for the notification settings (footer links, logo) before it is made without them. */
const SETTINGS_WAIT_MS = 4000;

/** The send dialog, with its e-mail preview: loaded on the first Send, as most visits never send. */
const sendDialogModule = new Lazy(() => import('./invoice-send-dialog.js'));

/**
 * Everything `<invoice-detail>` does but declare its API: the implementation `LazyElement` loads when the first
 * one connects, and renders inside its shadow root.
 * @internal
 */
export class InvoiceDetailContent extends InvoiceDetail {
  static override styles = invoiceDetailStyles;

  @state() private pdfStatus: PdfStatus = { type: 'idle' };
  @state() private sentEmails: SentEmail[] = [];
  @state() private sentNotice: string | null = null;
  @state() private settingsBranding: Partial<Branding> | null = null;
  @state() private sendUnavailable = false;

  @query('invoice-send-dialog') private sendDialog!: InvoiceSendDialog;

  private readonly billing = new BillingConfigController(this);
  private readonly lazy = new LazyController(this);
  private settingsFor: BillingConfig | null = null;
  private settingsRequest: Promise<Partial<Branding>> | null = null;

  private readonly load = new Task(this, {
    task: async ([config, customerId, invoiceId, inHand], { signal }): Promise<Invoice | typeof initialState> => {
      if (inHand || !customerId || !invoiceId || !config.dataSource) return initialState;
      try {
        return await config.dataSource.getInvoice(customerId, invoiceId, signal);
      } catch (error) {
        if (!signal.aborted && error instanceof BillingError && (error.kind === 'unauthorized' || error.kind === 'forbidden')) {
          this.dispatchEvent(new AuthRequiredEvent(error));
        }
        throw error;
      }
    },
    args: () => [this.billing.config, this.customerId?.trim() || null, this.invoiceId?.trim() || null, this.invoice !== null || this.state !== undefined] as const,
  });

  /** The state rendered: the one set on `state`, else the invoice given, else the load's. */
  override get currentState(): InvoiceDetailState {
    if (this.state) return this.state;
    if (this.invoice) return { type: 'loaded', invoice: this.invoice };
    switch (this.load.status) {
      case TaskStatus.INITIAL:
        return this.customerId && this.invoiceId && this.billing.config.dataSource ? { type: 'loading' } : { type: 'idle' };
      case TaskStatus.PENDING:
        return { type: 'loading' };
      case TaskStatus.ERROR: {
        const error = this.load.error;
        return error instanceof BillingError && error.kind === 'not-found' ? { type: 'not-found' } : { type: 'error', error };
      }
      case TaskStatus.COMPLETE:
        return this.load.value ? { type: 'loaded', invoice: this.load.value } : { type: 'idle' };
    }
  }

  /** Also waits for the strings of the element's language, the first time it speaks it. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const complete = await super.getUpdateComplete();
    await this.lazy.settled();
    return (await super.getUpdateComplete()) && complete;
  }

  private get strings(): InvoiceDetailMessages {
    return resolveMessages(invoiceDetailMessages, this.billing.config.locale, this.messages);
  }

  private get shownInvoice(): Invoice | null {
    const current = this.currentState;
    return current.type === 'loaded' ? current.invoice : null;
  }

  protected override willUpdate(): void {
    // A different invoice starts with a clean slate: no PDF status or sent notice from the previous one.
    const id = this.shownInvoice?.id ?? null;
    if (id !== this.lastInvoiceId) {
      this.lastInvoiceId = id;
      this.pdfStatus = { type: 'idle' };
      this.sentEmails = [];
      this.sentNotice = null;
    }
    if (this.settingsFor !== this.billing.config) {
      this.settingsFor = this.billing.config;
      this.settingsRequest = null;
      this.settingsBranding = null;
    }
  }
  private lastInvoiceId: string | null = null;

  // ---- PDF ---------------------------------------------------------------------------------------------------

  /**
   * The brand for the PDF and the e-mail preview: the provider's branding, completed from the notification settings
   * (logo, website and control-panel links) when it lacks them. Settings that fail or take too long are skipped:
   * they must never stop a PDF.
   */
  private resolveBranding(): Promise<Partial<Branding>> {
    const config = this.billing.config;
    const own = config.branding;
    if ((own.websiteUrl && own.controlPanelUrl && own.logoUrl) || !config.dataSource) return Promise.resolve(own);
    this.settingsRequest ??= (async () => {
      try {
        const { settings } = await config.dataSource!.getSettings(AbortSignal.timeout(SETTINGS_WAIT_MS));
        const merged: Partial<Branding> = {
          ...own,
          logoUrl: own.logoUrl ?? settings.logoUrl,
          websiteUrl: own.websiteUrl ?? settings.websiteUrl,
          controlPanelUrl: own.controlPanelUrl ?? settings.controlPanelUrl,
        };
        if (this.settingsFor === config) this.settingsBranding = merged;
        return merged;
      } catch {
        // Not remembered: the next PDF asks again.
        this.settingsRequest = null;
        return own;
      }
    })();
    return this.settingsRequest;
  }

  /** Makes the invoice's PDF; jsPDF and the PDF module load here, on first use. */
  private async makePdf(invoice: Invoice): Promise<InvoicePdf> {
    const [{ invoiceToPdf }, branding] = await Promise.all([import('../../pdf/invoice-to-pdf.js'), this.resolveBranding()]);
    return invoiceToPdf(invoice, {
      locale: this.billing.config.locale,
      branding,
      paperSize: this.paperSize === 'a4' || this.paperSize === 'letter' ? this.paperSize : null,
      messages: this.pdfMessages,
      fonts: this.pdfFonts,
    });
  }

  private async handleDownload(): Promise<void> {
    const invoice = this.shownInvoice;
    if (!invoice || this.pdfStatus.type === 'busy') return;
    this.pdfStatus = { type: 'busy' };
    try {
      const pdf = await this.makePdf(invoice);
      if (this.shownInvoice?.id !== invoice.id) return;
      saveBlob(pdf.blob, pdf.fileName);
      this.pdfStatus = { type: 'done', fileName: pdf.fileName, warnings: pdf.warnings };
    } catch (error) {
      console.error('invoice-detail: the PDF could not be made', error);
      this.pdfStatus = { type: 'error' };
    }
  }

  // ---- sending -----------------------------------------------------------------------------------------------

  private async handleOpenSend(): Promise<void> {
    // Branding for the preview; the dialog opens at once and shows it when it arrives.
    void this.resolveBranding();
    this.sentNotice = null;
    try {
      await sendDialogModule.load();
      this.sendUnavailable = false;
    } catch (error) {
      console.error('invoice-detail: the send dialog could not be loaded', error);
      this.sendUnavailable = true;
      return;
    }
    await this.sendDialog.show();
  }

  private readonly sendInvoice = async (request: SendRequestDraft): Promise<SentEmail> => {
    const invoice = this.shownInvoice;
    const dataSource = this.billing.config.dataSource;
    if (!invoice || !dataSource) throw new Error('Nothing to send');
    let pdf: InvoicePdf;
    try {
      pdf = await this.makePdf(invoice);
    } catch (error) {
      throw new PdfGenerationError('The PDF could not be made', { cause: error });
    }
    if (pdf.blob.size > SEND_LIMITS.attachmentMaxBytes) {
      throw new BillingError('invalid-request', 'The PDF is too large to attach', { status: 413 });
    }
    const contentBase64 = bytesToBase64(new Uint8Array(await pdf.blob.arrayBuffer()));
    const customerId = this.customerId?.trim() || invoice.buyer.customerId;
    let email: SentEmail;
    try {
      email = await dataSource.sendInvoice(customerId, invoice.id, {
        ...request,
        attachment: { filename: pdf.fileName, contentType: 'application/pdf', contentBase64 },
      });
    } catch (error) {
      if (error instanceof BillingError && (error.kind === 'unauthorized' || error.kind === 'forbidden')) {
        this.dispatchEvent(new AuthRequiredEvent(error));
      }
      throw error;
    }
    this.sentEmails = [email, ...this.sentEmails];
    this.sentNotice = this.strings.sent(email.to.concat(email.cc).join(', '));
    this.dispatchEvent(new InvoiceSentEvent(invoice, email));
    return email;
  };

  // ---- other actions -----------------------------------------------------------------------------------------

  private handleBack(): void {
    this.dispatchEvent(new InvoiceBackEvent(this.shownInvoice?.id ?? this.invoiceId));
  }

  private handleRetry(): void {
    void this.load.run();
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part~="base"]')?.focus());
  }

  // ---- rendering ---------------------------------------------------------------------------------------------

  protected override render(): TemplateResult | typeof nothing {
    // A language other than English arrives as a chunk on first use; until then, nothing rather than English.
    if (!this.lazy.ready(invoiceDetailLanguages[languageOf(this.billing.config.locale)])) return nothing;
    const state = this.currentState;
    const messages = this.strings;
    return html`<article
      part="base"
      tabindex="-1"
      aria-busy=${state.type === 'loading' ? 'true' : 'false'}
      aria-labelledby=${state.type === 'idle' ? nothing : 'title'}
    >
      ${this.renderToolbar(state, messages)} ${this.renderBody(state, messages)}
    </article>`;
  }

  private renderToolbar(state: InvoiceDetailState, messages: InvoiceDetailMessages): TemplateResult {
    const loaded = state.type === 'loaded';
    const busy = this.pdfStatus.type === 'busy';
    const canSend = loaded && this.billing.config.dataSource !== null;
    return html`<div part="toolbar">
        <button part="back" class="button" type="button" @click=${this.handleBack}><span aria-hidden="true" class="arrow">‹</span> ${messages.back}</button>
        <span class="spacer"></span>
        ${loaded
          ? html`<button part="download" class="button" type="button" aria-disabled=${busy ? 'true' : 'false'} @click=${this.handleDownload}>
              ${busy ? messages.downloading : messages.download}
            </button>`
          : nothing}
        ${canSend ? html`<button part="send" class="button primary" type="button" @click=${this.handleOpenSend}>${messages.send}</button>` : nothing}
      </div>
      ${loaded ? this.renderPdfStatus(messages) : nothing}`;
  }

  private renderPdfStatus(messages: InvoiceDetailMessages): TemplateResult {
    const status = this.pdfStatus;
    // The one warning this element words; a `characters-missing` one is for the integrator (issue #17 words it).
    const warnings = status.type === 'done' ? status.warnings.filter((warning) => warning.kind === 'logo-unavailable') : [];
    return html`<div class="pdf-status">
      <div role="status" class="visually-hidden">
        ${status.type === 'busy' ? messages.downloading : status.type === 'done' ? messages.downloaded(status.fileName) : ''}
        ${this.sentNotice ?? ''}
      </div>
      ${warnings.length > 0 ? html`<p class="notice warning" part="pdf-warning">${messages.logoWarning}</p>` : nothing}
      ${status.type === 'error' ? html`<p class="notice error" role="alert">${messages.downloadFailed}</p>` : nothing}
      ${this.sentNotice ? html`<p class="notice success" part="sent-notice">${this.sentNotice}</p>` : nothing}
      ${this.sendUnavailable ? html`<p class="notice error" role="alert">${messages.sendUnavailable}</p>` : nothing}
    </div>`;
  }

  private renderBody(state: InvoiceDetailState, messages: InvoiceDetailMessages): TemplateResult {
    switch (state.type) {
      case 'idle':
        return html`<p class="notice" part="idle">${messages.idle}</p>`;
      case 'loading':
        return html`<div part="loading">
          <h2 id="title" class="visually-hidden">${messages.loading}</h2>
          <div role="status" class="visually-hidden">${messages.loading}</div>
          <span class="skeleton wide"></span><span class="skeleton"></span><span class="skeleton wide"></span><span class="skeleton"></span>
        </div>`;
      case 'not-found':
        return html`<div part="not-found" class="notice" role="alert">
          <h2 id="title" class="notice-title">${messages.notFoundTitle}</h2>
          <p>${messages.notFoundBody}</p>
        </div>`;
      case 'error':
        return html`<div part="error" class="notice error" role="alert">
          <h2 id="title" class="notice-title">${messages.errorTitle}</h2>
          <p>${errorMessage(state.error, messages)}</p>
          <button part="retry" class="button" type="button" @click=${this.handleRetry}>${messages.retry}</button>
        </div>`;
      case 'loaded':
        return this.renderInvoice(state.invoice, messages);
    }
  }

  private renderInvoice(invoice: Invoice, messages: InvoiceDetailMessages): TemplateResult {
    const locale = this.billing.config.locale;
    const creditNote = invoice.kind === 'credit_note';
    const branding = { ...this.billing.config.branding, ...(this.settingsBranding ?? {}) };
    const logo = safeHttpUrl(this.billing.config.branding.logoUrl ?? invoice.seller.logoUrl);
    const sellerName = branding.name || invoice.seller.name;
    const dialogBranding: SendDialogBranding = {
      sellerName,
      logoUrl: branding.logoUrl ?? invoice.seller.logoUrl,
      controlPanelUrl: branding.controlPanelUrl ?? null,
      websiteUrl: branding.websiteUrl ?? null,
    };
    const emails = [...this.sentEmails, ...invoice.emails.filter((sent) => !this.sentEmails.some((own) => own.id === sent.id))];
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

      ${this.renderLines(invoice, messages)} ${this.renderTotals(invoice, messages)} ${this.renderPayments(invoice, messages)}
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
        : nothing}
      <invoice-send-dialog
        exportparts="dialog: send-dialog"
        .invoice=${invoice}
        .locale=${locale}
        .messages=${messages}
        .branding=${dialogBranding}
        .fileName=${invoiceFileName(invoice.number)}
        .sender=${this.sendInvoice}
      ></invoice-send-dialog>`;
  }

  private renderLines(invoice: Invoice, messages: InvoiceDetailMessages): TemplateResult {
    const locale = this.billing.config.locale;
    // The MSRP is the reseller's business: shown only in the opt-in reseller view, never to the customer.
    const reseller = this.showMsrp;
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
          ${invoice.lines.map((line) => this.renderLine(line, messages, locale, reseller))}
        </tbody>
      </table>
    </div>`;
  }

  private renderLine(line: InvoiceLine, messages: InvoiceDetailMessages, locale: string, reseller: boolean): TemplateResult {
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

  private renderTotals(invoice: Invoice, messages: InvoiceDetailMessages): TemplateResult {
    const locale = this.billing.config.locale;
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
      ${this.showMsrp && hasResellerPrices(invoice)
        ? html`<dt class="margin">${messages.totalMargin}</dt>
            <dd class="margin"><bdi>${money(totalMargin(invoice), locale)}</bdi></dd>`
        : nothing}
    </dl>`;
  }

  private renderPayments(invoice: Invoice, messages: InvoiceDetailMessages): TemplateResult {
    const locale = this.billing.config.locale;
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

function errorMessage(error: unknown, messages: InvoiceDetailMessages): string {
  const key = error instanceof BillingError ? ERROR_KEYS[error.kind] : undefined;
  return messages[key ?? 'errorUnknown'] as string;
}

defineElement('invoice-detail-content', InvoiceDetailContent);
