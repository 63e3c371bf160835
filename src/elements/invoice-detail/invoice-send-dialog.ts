import { css, html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { BillingError } from '../../api/errors.js';
import { errorMessage } from '../../format/error-messages.js';
import { hasLineBreak } from '../../api/header-injection.js';
import { newIdempotencyKey } from '../../api/idempotency-key.js';
import { SEND_LIMITS, type Invoice, type SentEmail } from '../../api/types.js';
import { defineElement } from '../../define.js';
import { emailFrame } from '../../email/email-frame.js';
import { renderInvoiceEmail } from '../../email/render-invoice-email.js';
import { base } from '../../styles/base.js';
import { token } from '../../styles/tokens.js';
import { invoiceDetailMessages, type InvoiceDetailMessages } from './invoice-detail.messages.js';
import { PdfGenerationError } from './pdf-generation-error.js';
import { parseRecipients } from './recipients.js';

/** What the user typed in the dialog. Kept across failures and closing, until a send succeeds. */
export interface SendDraft {
  to: string;
  cc: string;
  bcc: string;
  subject: string;
  message: string;
}

/** A validated draft, ready for the backend. */
export interface SendRequestDraft {
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string;
  message: string;
}

// In a module of its own: <invoice-detail> throws it, and loads this dialog only when Send is first pressed.
export { PdfGenerationError };

/** The brand shown in the e-mail preview. */
export interface SendDialogBranding {
  sellerName: string;
  logoUrl: string | null;
  controlPanelUrl: string | null;
  websiteUrl: string | null;
}

type Field = keyof SendDraft;

/**
 * The send-to-customer dialog of `<invoice-detail>` (internal): To, CC and BCC lists, subject, message and a preview
 * of the e-mail, in a native modal `<dialog>` (focus is trapped and Esc closes it). The host supplies `sender`, which
 * makes the PDF and sends; the dialog validates, shows progress, and keeps everything typed when sending fails.
 *
 * @csspart dialog - The `<dialog>`.
 */
export class InvoiceSendDialog extends LitElement {
  static override styles = [
    base,
    css`
      :host {
        display: contents;
      }
      dialog {
        width: min(40rem, calc(100vw - 2rem));
        max-height: calc(100vh - 2rem);
        padding: ${token('space-5')};
        border: 1px solid ${token('color-border')};
        border-radius: ${token('radius')};
        color: ${token('color-text')};
        background: ${token('color-surface')};
      }
      dialog::backdrop {
        background: rgb(0 0 0 / 0.45);
      }
      h2 {
        margin: 0 0 ${token('space-3')};
        font-size: 1.2em;
      }
      form {
        display: grid;
        gap: ${token('space-3')};
      }
      label {
        display: grid;
        gap: ${token('space-1')};
        font-weight: 600;
      }
      input,
      textarea {
        font: inherit;
        font-weight: 400;
        padding: ${token('space-2')};
        border: 1px solid ${token('color-border')};
        border-radius: ${token('radius')};
        color: inherit;
        background: ${token('color-surface')};
      }
      textarea {
        min-height: 8rem;
        resize: vertical;
      }
      [aria-invalid='true'] {
        border-color: ${token('color-danger')};
        border-width: 2px;
      }
      .hint {
        font-weight: 400;
        color: ${token('color-text-muted')};
        font-size: 0.9em;
      }
      .field-error {
        font-weight: 600;
        color: ${token('color-danger')};
        margin: 0;
      }
      .alert {
        padding: ${token('space-3')};
        border-radius: ${token('radius')};
        color: ${token('color-danger')};
        background: ${token('color-danger-surface')};
      }
      .alert p {
        margin: 0;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: ${token('space-2')};
        justify-content: flex-end;
      }
      .actions .preview-toggle {
        margin-inline-end: auto;
      }
      button {
        font: inherit;
        padding: ${token('space-2')} ${token('space-4')};
        border: 1px solid ${token('color-border')};
        border-radius: ${token('radius')};
        color: ${token('color-text')};
        background: ${token('color-surface')};
        cursor: pointer;
      }
      button.primary {
        border-color: ${token('color-accent')};
        color: ${token('color-accent-contrast')};
        background: ${token('color-accent')};
      }
      button[aria-disabled='true'] {
        opacity: 0.7;
        cursor: progress;
      }
      iframe {
        width: 100%;
        height: 24rem;
        border: 1px solid ${token('color-border')};
        border-radius: ${token('radius')};
        background: #fff;
      }
      @media (forced-colors: active) {
        [aria-invalid='true'] {
          border-color: Mark;
        }
        .alert {
          border: 2px solid CanvasText;
        }
      }
    `,
  ];

  /** The invoice to send. */
  @property({ attribute: false }) invoice: Invoice | null = null;

  /** BCP 47 locale of the dialog's own text (the page's). */
  @property() locale = 'en';

  /** The resolved strings (the host element's catalog). */
  @property({ attribute: false }) messages: InvoiceDetailMessages = invoiceDetailMessages.en;

  /** BCP 47 locale of the e-mail itself (its preview, amounts and dates): the customer's, see `documentLocale`. */
  @property() emailLocale = 'en';

  /** The strings in the e-mail's language, for the prefilled subject and message the customer will read. */
  @property({ attribute: false }) emailMessages: InvoiceDetailMessages = invoiceDetailMessages.en;

  /** The brand for the preview. */
  @property({ attribute: false }) branding: SendDialogBranding | null = null;

  /** The attachment's file name, shown in the dialog. */
  @property({ attribute: false }) fileName = '';

  /**
   * Makes the PDF and sends; resolves to the record of the e-mail, or throws (a `BillingError`, `PdfGenerationError`).
   * `idempotencyKey` names the submission: the same on a retry of it, new once the form is edited or a send succeeded.
   */
  @property({ attribute: false }) sender: ((request: SendRequestDraft, idempotencyKey: string) => Promise<SentEmail>) | null = null;

  @state() private draft: SendDraft | null = null;
  @state() private errors: Partial<Record<Field, string>> = {};
  @state() private sending = false;
  @state() private sendError: unknown = null;
  @state() private previewOpen = false;
  private draftFor: string | null = null;
  private validateAsTyped = false;
  // The key of the submission the user may retry. A send whose answer was lost may still have gone out: retrying it
  // with the same key lets the backend answer with that result instead of e-mailing the customer again.
  private idempotencyKey: string | null = null;

  @query('dialog') private dialog!: HTMLDialogElement;

  /** Whether the dialog is open. */
  get open(): boolean {
    return this.dialog?.open ?? false;
  }

  /** Opens the dialog as a modal, with the draft as it was left (or prefilled for a new invoice). */
  async show(): Promise<void> {
    await this.updateComplete;
    if (!this.dialog.open) this.dialog.showModal();
    this.renderRoot.querySelector<HTMLInputElement>('#to')?.focus();
  }

  /** Closes the dialog; what was typed is kept for next time. */
  close(): void {
    if (this.dialog?.open) this.dialog.close();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('invoice') || changed.has('branding')) && this.invoice && this.draftFor !== this.invoice.id) {
      this.draft = this.prefill(this.invoice);
      this.draftFor = this.invoice.id;
      this.errors = {};
      this.sendError = null;
      this.validateAsTyped = false;
      this.idempotencyKey = null;
    }
  }

  private prefill(invoice: Invoice): SendDraft {
    const messages = this.emailMessages;
    const seller = this.branding?.sellerName || invoice.seller.name;
    const subject = invoice.kind === 'credit_note' ? messages.defaultCreditNoteSubject(invoice.number, seller) : messages.defaultSubject(invoice.number, seller);
    return { to: invoice.buyer.email, cc: '', bcc: '', subject, message: messages.defaultMessage };
  }

  private handleInput(event: Event): void {
    const field = event.target as HTMLInputElement | HTMLTextAreaElement;
    this.draft = { ...this.draft!, [field.name as Field]: field.value };
    this.idempotencyKey = null; // an edited form is a new submission
    if (this.validateAsTyped) this.errors = this.validate(this.draft).errors;
  }

  private validate(draft: SendDraft): { errors: Partial<Record<Field, string>>; request: SendRequestDraft | null } {
    const messages = this.messages;
    const number = new Intl.NumberFormat(this.locale);
    const errors: Partial<Record<Field, string>> = {};
    const lists = { to: parseRecipients(draft.to), cc: parseRecipients(draft.cc), bcc: parseRecipients(draft.bcc) };
    for (const field of ['to', 'cc', 'bcc'] as const) {
      if (lists[field].invalid.length > 0) errors[field] = messages.invalidAddresses(lists[field].invalid.join(', '));
    }
    if (!errors.to && lists.to.addresses.length === 0) errors.to = messages.toRequired;
    const count = lists.to.addresses.length + lists.cc.addresses.length + lists.bcc.addresses.length;
    if (!errors.to && count > SEND_LIMITS.recipientsMax) errors.to = messages.tooManyRecipients(number.format(SEND_LIMITS.recipientsMax));
    const subject = draft.subject.trim();
    if (subject === '') errors.subject = messages.subjectRequired;
    else if (hasLineBreak(subject)) errors.subject = messages.subjectLineBreak;
    else if (subject.length > SEND_LIMITS.subjectMaxLength) errors.subject = messages.subjectTooLong(number.format(SEND_LIMITS.subjectMaxLength));
    if (draft.message.length > SEND_LIMITS.messageMaxLength) errors.message = messages.messageTooLong(number.format(SEND_LIMITS.messageMaxLength));
    const valid = Object.keys(errors).length === 0;
    return {
      errors,
      request: valid
        ? { to: lists.to.addresses, cc: lists.cc.addresses, bcc: lists.bcc.addresses, subject, message: draft.message }
        : null,
    };
  }

  private async handleSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.sending || !this.draft || !this.sender) return;
    const { errors, request } = this.validate(this.draft);
    this.errors = errors;
    this.validateAsTyped = true;
    if (!request) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    this.sending = true;
    this.sendError = null;
    this.idempotencyKey ??= newIdempotencyKey();
    try {
      await this.sender(request, this.idempotencyKey);
      // Sent: the next opening starts from a fresh draft, and the next send is a new submission.
      this.idempotencyKey = null;
      this.draftFor = null;
      this.draft = this.invoice ? this.prefill(this.invoice) : null;
      this.draftFor = this.invoice?.id ?? null;
      this.validateAsTyped = false;
      this.previewOpen = false;
      this.close();
    } catch (error) {
      this.sendError = error;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.alert')?.focus();
    } finally {
      this.sending = false;
    }
  }

  private handleCancel(): void {
    this.close();
  }

  private togglePreview(): void {
    this.previewOpen = !this.previewOpen;
  }

  protected override render(): TemplateResult {
    const messages = this.messages;
    const draft = this.draft;
    const invoice = this.invoice;
    return html`<dialog part="dialog" aria-labelledby="dialog-title" @close=${() => this.requestUpdate()}>
      ${invoice && draft
        ? html`<h2 id="dialog-title">${messages.dialogTitle(invoice.number)}</h2>
            <form novalidate @submit=${this.handleSubmit} aria-busy=${this.sending ? 'true' : 'false'}>
              ${this.renderSendError()}
              ${this.renderAddressField('to', messages.to, draft.to)} ${this.renderAddressField('cc', messages.cc, draft.cc)}
              ${this.renderAddressField('bcc', messages.bcc, draft.bcc)}
              <label
                >${messages.subject}
                <input
                  id="subject"
                  name="subject"
                  .value=${draft.subject}
                  maxlength=${SEND_LIMITS.subjectMaxLength + 50}
                  aria-invalid=${this.errors.subject ? 'true' : 'false'}
                  aria-describedby=${this.errors.subject ? 'subject-error' : nothing}
                  @input=${this.handleInput}
              /></label>
              ${this.renderFieldError('subject')}
              <label
                >${messages.message}
                <textarea
                  id="message"
                  name="message"
                  .value=${draft.message}
                  aria-invalid=${this.errors.message ? 'true' : 'false'}
                  aria-describedby=${this.errors.message ? 'message-error' : nothing}
                  @input=${this.handleInput}
                ></textarea>
              </label>
              ${this.renderFieldError('message')}
              <p class="hint">${messages.attachment(this.fileName)}</p>
              ${this.previewOpen ? this.renderPreview(invoice, draft) : nothing}
              <div class="actions">
                <button type="button" class="preview-toggle" aria-expanded=${this.previewOpen ? 'true' : 'false'} @click=${this.togglePreview}>
                  ${this.previewOpen ? messages.hidePreview : messages.showPreview}
                </button>
                <button type="button" @click=${this.handleCancel}>${messages.cancel}</button>
                <button type="submit" class="primary" aria-disabled=${this.sending ? 'true' : 'false'}>
                  ${this.sending ? messages.sending : messages.sendNow}
                </button>
              </div>
              <div class="visually-hidden" role="status">${this.sending ? messages.sending : ''}</div>
            </form>`
        : nothing}
    </dialog>`;
  }

  private renderAddressField(field: 'to' | 'cc' | 'bcc', label: string, value: string): TemplateResult {
    const error = this.errors[field];
    return html`<label
        >${label}
        <input
          id=${field}
          name=${field}
          type="text"
          inputmode="email"
          autocomplete="email"
          .value=${value}
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${error ? `${field}-error ${field}-hint` : `${field}-hint`}
          @input=${this.handleInput}
        />
        <span class="hint" id=${`${field}-hint`}>${this.messages.addressesHint}</span>
      </label>
      ${this.renderFieldError(field)}`;
  }

  private renderFieldError(field: Field): TemplateResult | typeof nothing {
    const error = this.errors[field];
    return error ? html`<p class="field-error" id=${`${field}-error`}>${error}</p>` : nothing;
  }

  private renderSendError(): TemplateResult | typeof nothing {
    if (!this.sendError) return nothing;
    const messages = this.messages;
    const error = this.sendError;
    const details =
      error instanceof BillingError && error.kind === 'invalid-request'
        ? (error.details.problem?.errors ?? []).map((item) => item.detail).concat(error.details.problem?.detail ?? [])
        : [];
    return html`<div class="alert" role="alert" tabindex="-1">
      <p><strong>${messages.sendErrorTitle}</strong></p>
      <p>${sendErrorMessage(error, messages)}</p>
      ${details.length > 0 ? html`<ul>${details.map((detail) => html`<li>${detail}</li>`)}</ul>` : nothing}
    </div>`;
  }

  private renderPreview(invoice: Invoice, draft: SendDraft): TemplateResult {
    const branding = this.branding;
    const email = renderInvoiceEmail({
      invoice: { ...invoice, buyerName: invoice.buyer.name },
      settings: { logoUrl: branding?.logoUrl ?? null, controlPanelUrl: branding?.controlPanelUrl ?? null, websiteUrl: branding?.websiteUrl ?? null },
      sellerName: branding?.sellerName || invoice.seller.name,
      subject: draft.subject,
      message: draft.message,
      locale: this.emailLocale,
    });
    // No allow-scripts: a preview can show, never act. emailFrame works under a strict CSP (docs/csp.md).
    return html`<iframe sandbox="allow-same-origin" title=${this.messages.previewTitle} ${emailFrame(email.html)}></iframe>`;
  }
}

function sendErrorMessage(error: unknown, messages: InvoiceDetailMessages): string {
  if (error instanceof PdfGenerationError) return messages.sendErrorPdf;
  if (error instanceof BillingError && error.status === 413) return messages.sendErrorTooLarge;
  return errorMessage(error, messages, 'sendError');
}

defineElement('invoice-send-dialog', InvoiceSendDialog);

declare global {
  interface HTMLElementTagNameMap {
    'invoice-send-dialog': InvoiceSendDialog;
  }
}
