import { html, nothing, type TemplateResult } from 'lit';
import { TaskStatus } from '@lit/task';
import { BillingError } from '../../api/errors.js';
import { loadResponseSchemas } from '../../api/response-schemas.js';
import { RestDataSource } from '../../api/rest-data-source.js';
import { SEND_LIMITS, type Invoice, type SentEmail } from '../../api/types.js';
import { safeHttpUrl } from '../../api/urls.js';
import { BillingConfigController } from '../../context/billing-config-controller.js';
import type { BillingConfig, Branding } from '../../context/billing-context.js';
import { LoadController, stateWithoutDataSource } from '../../controllers/load-controller.js';
import { PdfDownloadController } from '../../controllers/pdf-download-controller.js';
import { reportAuthFailure } from '../../events/auth-required.js';
import { errorMessage } from '../../format/error-messages.js';
import { documentLocale } from '../../format/document-locale.js';
import { languageOf, resolveMessages } from '../../format/messages.js';
import type { ElementView } from '../../lazy-element.js';
import { Lazy, LazyController } from '../../lazy.js';
import { bytesToBase64 } from '../../pdf/base64.js';
import { invoiceFileName } from '../../pdf/pdf-file-name.js';
import type { InvoicePdf } from '../../pdf/invoice-to-pdf.js';
import { InvoiceBackEvent, InvoiceSentEvent } from './invoice-detail.events.js';
import type { InvoiceDetail, InvoiceDetailState } from './invoice-detail.js';
import { documentLanguages, documentTranslations } from '../../invoice/document.messages.js';
import { invoiceDetailLanguages, invoiceDetailMessages, type InvoiceDetailMessages } from './invoice-detail.messages.js';
import { invoiceDetailStyles } from './invoice-detail.styles.js';
import { renderInvoiceDocument } from './invoice-document.js';
import { renderTotalsWarning } from './totals-warning.js';
import type { InvoiceSendDialog, SendDialogBranding, SendRequestDraft } from './invoice-send-dialog.js';
import { PdfGenerationError } from './pdf-generation-error.js';

/** How long the PDF waits for the notification settings (footer links, logo) before it is made without them. */
const SETTINGS_WAIT_MS = 4000;

/** The send dialog, with its e-mail preview: loaded on the first Send, as most visits never send. */
const sendDialogModule = new Lazy(() => import('./invoice-send-dialog.js'));

export const styles = invoiceDetailStyles;
/** Per language, the element's strings and the document's, together: what `preload` must fetch before a server renders. */
export const languages: Readonly<Record<string, Lazy<unknown>>> = Object.fromEntries(
  Object.entries(invoiceDetailLanguages).map(([language, strings]) => [
    language,
    new Lazy(() => Promise.all([strings.load(), documentLanguages[language]?.load()])),
  ]),
);

export function createView(host: InvoiceDetail): InvoiceDetailView {
  return new InvoiceDetailView(host);
}

/**
 * An invoice from any data source, checked against the contract like the REST data source's answers are (that one
 * has checked already): an adapter that forgets a field gets an error naming it, not a page that breaks.
 */
async function checkedInvoice(invoice: Invoice, dataSource: unknown): Promise<Invoice> {
  if (dataSource instanceof RestDataSource) return invoice;
  const schemas = await loadResponseSchemas('the invoice');
  return schemas.parseResponse(schemas.invoiceSchema, invoice, 'The invoice') as Invoice;
}

/**
 * Everything `<invoice-detail>` does but declare its API: loaded when the first one connects. Handlers are arrow
 * functions: Lit calls template listeners with the element as `this`.
 */
export class InvoiceDetailView implements ElementView {
  private sentEmails: SentEmail[] = [];
  private sentNotice: string | null = null;
  private settingsBranding: Partial<Branding> | null = null;
  private sendUnavailable = false;

  private readonly billing: BillingConfigController;
  private readonly lazy: LazyController;
  private readonly pdf: PdfDownloadController;
  private readonly load: LoadController<readonly [BillingConfig, string, string], Invoice>;
  private settingsFor: BillingConfig | null = null;
  private settingsRequest: Promise<Partial<Branding>> | null = null;
  private lastInvoiceId: string | null = null;

  constructor(private readonly host: InvoiceDetail) {
    this.billing = new BillingConfigController(host);
    this.lazy = new LazyController(host);
    this.pdf = new PdfDownloadController(host);
    this.load = new LoadController(host, {
      args: () => {
        const { dataSource } = this.billing.config;
        const { customerId, invoiceId } = this.ids;
        const inHand = host.invoice !== null || host.state !== undefined;
        return !inHand && customerId && invoiceId && dataSource ? ([this.billing.config, customerId, invoiceId] as const) : null;
      },
      load: async ([{ dataSource }, customerId, invoiceId], signal) => checkedInvoice(await dataSource!.getInvoice(customerId, invoiceId, signal), dataSource),
    });
  }

  /** The ids as loaded: trimmed, and null when blank. */
  private get ids(): { customerId: string | null; invoiceId: string | null } {
    return { customerId: this.host.customerId?.trim() || null, invoiceId: this.host.invoiceId?.trim() || null };
  }

  settled(): Promise<void> {
    return this.lazy.settled();
  }

  /** The state rendered: the one set on `state`, else the invoice given, else the load's. */
  get currentState(): InvoiceDetailState {
    const host = this.host;
    if (host.state) return host.state;
    if (host.invoice) return { type: 'loaded', invoice: host.invoice };
    const { customerId, invoiceId } = this.ids;
    if (!customerId || !invoiceId) return { type: 'idle' };
    if (!this.billing.config.dataSource) return stateWithoutDataSource();
    switch (this.load.status) {
      case TaskStatus.INITIAL:
      case TaskStatus.PENDING:
        return { type: 'loading' };
      case TaskStatus.ERROR: {
        const error = this.load.error;
        return error instanceof BillingError && error.kind === 'not-found' ? { type: 'not-found' } : { type: 'error', error };
      }
      case TaskStatus.COMPLETE:
        return { type: 'loaded', invoice: this.load.value! };
    }
  }

  private get strings(): InvoiceDetailMessages {
    return resolveMessages(invoiceDetailMessages, this.billing.config.locale, this.host.messages);
  }

  private get shownInvoice(): Invoice | null {
    const current = this.currentState;
    return current.type === 'loaded' ? current.invoice : null;
  }

  willUpdate(): void {
    // A different invoice starts with a clean slate: no PDF status or sent notice from the previous one.
    const id = this.shownInvoice?.id ?? null;
    if (id !== this.lastInvoiceId) {
      this.lastInvoiceId = id;
      this.pdf.reset();
      this.sentEmails = [];
      this.sentNotice = null;
    }
    if (this.settingsFor !== this.billing.config) {
      this.settingsFor = this.billing.config;
      this.settingsRequest = null;
      this.settingsBranding = null;
    }
  }

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
        if (this.settingsFor === config) {
          this.settingsBranding = merged;
          this.host.requestUpdate();
        }
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
    const { paperSize, pdfMessages, pdfFonts } = this.host;
    return invoiceToPdf(invoice, {
      locale: documentLocale(invoice, this.billing.config),
      branding,
      paperSize: paperSize === 'a4' || paperSize === 'letter' ? paperSize : null,
      messages: pdfMessages,
      fonts: pdfFonts,
    });
  }

  private readonly handleDownload = (): void => {
    const invoice = this.shownInvoice;
    if (invoice) void this.pdf.download(invoice.id, () => this.makePdf(invoice));
  };

  // ---- sending -----------------------------------------------------------------------------------------------

  private readonly handleOpenSend = async (): Promise<void> => {
    // Branding for the preview; the dialog opens at once and shows it when it arrives.
    void this.resolveBranding();
    this.sentNotice = null;
    try {
      await sendDialogModule.load();
      this.sendUnavailable = false;
    } catch (error) {
      console.error('invoice-detail: the send dialog could not be loaded', error);
      this.sendUnavailable = true;
      this.host.requestUpdate();
      return;
    }
    this.host.requestUpdate();
    await this.host.updateComplete;
    // The element may have left the page while the dialog's code loaded: its dialog is then never upgraded.
    if (!this.host.isConnected) return;
    await this.host.renderRoot.querySelector<InvoiceSendDialog>('invoice-send-dialog')?.show();
  };

  private readonly sendInvoice = async (request: SendRequestDraft, idempotencyKey: string): Promise<SentEmail> => {
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
    const customerId = this.ids.customerId ?? invoice.buyer.customerId;
    let email: SentEmail;
    try {
      const attachment = { filename: pdf.fileName, contentType: 'application/pdf', contentBase64 } as const;
      const language = documentLocale(invoice, this.billing.config);
      email = await dataSource.sendInvoice(customerId, invoice.id, { ...request, attachment, language }, undefined, idempotencyKey);
    } catch (error) {
      reportAuthFailure(this.host, error);
      throw error;
    }
    this.sentEmails = [email, ...this.sentEmails];
    this.sentNotice = this.strings.sent(email.to.concat(email.cc).join(', '));
    this.host.requestUpdate();
    this.host.dispatchEvent(new InvoiceSentEvent(invoice, email));
    return email;
  };

  // ---- other actions -----------------------------------------------------------------------------------------

  private readonly handleBack = (): void => {
    this.host.dispatchEvent(new InvoiceBackEvent(this.shownInvoice?.id ?? this.host.invoiceId));
  };

  private readonly handleRetry = (): void => {
    this.load.reload();
    void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>('[part~="base"]')?.focus());
  };

  // ---- rendering ---------------------------------------------------------------------------------------------

  render(): TemplateResult | typeof nothing {
    // A language other than English arrives as a chunk on first use; until then, nothing rather than English.
    const language = languageOf(this.billing.config.locale);
    // Both catalogs are asked for at once, so a language's two chunks load side by side.
    const elementWords = this.lazy.ready(invoiceDetailLanguages[language]);
    const documentWords = this.lazy.ready(documentLanguages[language]);
    if (!elementWords || !documentWords) return nothing;
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
    const busy = loaded && this.pdf.status(state.invoice.id).type === 'busy';
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
      ${loaded ? this.renderPdfStatus(state.invoice, messages) : nothing}`;
  }

  private renderPdfStatus(invoice: Invoice, messages: InvoiceDetailMessages): TemplateResult {
    const status = this.pdf.status(invoice.id);
    const warnings = status.type === 'done' ? status.warnings : [];
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
        return this.renderError(state.error, messages);
      case 'loaded':
        return this.renderInvoice(state.invoice, messages);
    }
  }

  private renderError(error: unknown, messages: InvoiceDetailMessages): TemplateResult {
    // An invoice that breaks the contract names the field, so whoever wrote the data source knows what to fix.
    const field = error instanceof BillingError && error.kind === 'invalid-response' ? error.details.path : undefined;
    return html`<div part="error" class="notice error" role="alert">
      <h2 id="title" class="notice-title">${messages.errorTitle}</h2>
      <p>${errorMessage(error, messages)}</p>
      ${field ? html`<p part="error-field"><bdi>${messages.errorInvalidField(field)}</bdi></p>` : nothing}
      <button part="retry" class="button" type="button" @click=${this.handleRetry}>${messages.retry}</button>
    </div>`;
  }

  private renderInvoice(invoice: Invoice, messages: InvoiceDetailMessages): TemplateResult {
    const locale = this.billing.config.locale;
    const branding = { ...this.billing.config.branding, ...(this.settingsBranding ?? {}) };
    const sellerName = branding.name || invoice.seller.name;
    const dialogBranding: SendDialogBranding = {
      sellerName,
      logoUrl: branding.logoUrl ?? invoice.seller.logoUrl,
      controlPanelUrl: branding.controlPanelUrl ?? null,
      websiteUrl: branding.websiteUrl ?? null,
    };
    const emails = [...this.sentEmails, ...invoice.emails.filter((sent) => !this.sentEmails.some((own) => own.id === sent.id))];
    const logo = safeHttpUrl(this.billing.config.branding.logoUrl ?? invoice.seller.logoUrl);
    // The e-mail is the customer's: its prefilled subject and message, and its preview, are in the document's
    // language, while the dialog around them speaks the page's. The dialog waits for those strings to arrive.
    const emailLocale = documentLocale(invoice, this.billing.config);
    const emailReady = this.lazy.ready(invoiceDetailLanguages[languageOf(emailLocale)]);
    const emailMessages = resolveMessages(invoiceDetailMessages, emailLocale, this.host.messages);
    // Figures that do not add up are the reseller's to take up with their billing system, not the customer's to see.
    return html`${this.host.showMsrp ? renderTotalsWarning(invoice, messages, locale) : nothing}
      ${renderInvoiceDocument(invoice, { messages, documentMessages: resolveMessages(documentTranslations, locale), locale, showMsrp: this.host.showMsrp, sellerName, logo, emails })}
      ${emailReady
        ? html`<invoice-send-dialog
        exportparts="dialog: send-dialog"
        .invoice=${invoice}
        .locale=${locale}
        .emailLocale=${emailLocale}
        .emailMessages=${emailMessages}
        .messages=${messages}
        .branding=${dialogBranding}
        .fileName=${invoiceFileName(invoice.number)}
        .sender=${this.sendInvoice}
      ></invoice-send-dialog>`
        : nothing}`;
  }
}
