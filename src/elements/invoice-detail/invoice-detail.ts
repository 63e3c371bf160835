import { property } from 'lit/decorators.js';
import type { BillingDataSource } from '../../api/data-source.js';
import type { Invoice } from '../../api/types.js';
import { defineElement } from '../../define.js';
import { Lazy } from '../../lazy.js';
import { LazyElement } from '../../lazy-element.js';
import type { PaperSize, PdfFont, PdfMessages } from '../../pdf/invoice-to-pdf.js';
import type { InvoiceDetailMessages } from './invoice-detail.messages.js';
import type { InvoiceDetailView } from './invoice-detail-view.js';

export { InvoiceBackEvent, InvoiceSentEvent } from './invoice-detail.events.js';
export type { InvoiceDetailMessages } from './invoice-detail.messages.js';

/**
 * What the element shows. It derives this from its load; a host (or Storybook) can also set it directly through the
 * `state` property to render any of them without a backend.
 */
export type InvoiceDetailState =
  /** No invoice chosen, or no data source yet. */
  | { type: 'idle' }
  | { type: 'loading' }
  | { type: 'loaded'; invoice: Invoice }
  /** The backend has no such invoice for this customer. */
  | { type: 'not-found' }
  /** Usually a `BillingError`, whose kind chooses the message. */
  | { type: 'error'; error: unknown };

/**
 * One invoice in full: seller and bill-to, line items, taxes, totals, payments, notes and terms, with a PDF made in
 * the browser (its code loads on the first Download) and a dialog that e-mails it to the customer.
 *
 * Prices: the customer view shows only the price that applies. `show-msrp` is the reseller's own view: MSRP beside
 * each price and the margin per line and in total. The PDF never contains the MSRP. It also checks the backend's
 * arithmetic by the EN 16931 rules (`checkInvoiceTotals`) and, where figures do not add up, says which rule they break
 * above the invoice, which still shows the backend's figures; the customer view never shows that notice.
 *
 * @tag invoice-detail
 * @summary One invoice, its PDF, and sending it to the customer.
 *
 * @fires {InvoiceBackEvent} invoice-back - The user pressed Back.
 * @fires {InvoiceSentEvent} invoice-sent - The invoice was e-mailed; `invoice` and `email` (the backend's record).
 * @fires {AuthRequiredEvent} auth-required - The backend answered 401 or 403; `status` and `error`.
 *
 * @csspart base - The element's outer box.
 * @csspart toolbar - Back, Download PDF and Send.
 * @csspart back - The Back button.
 * @csspart download - The Download PDF button.
 * @csspart send - The Send to customer button.
 * @csspart header - Seller, title and status.
 * @csspart logo - The seller's logo in the header.
 * @cssprop --invoice-detail-paid-color - Text of the paid badge.
 * @cssprop --invoice-detail-paid-background - Background of the paid badge.
 * @cssprop --invoice-detail-open-color - Text of the open badge.
 * @cssprop --invoice-detail-open-background - Background of the open badge.
 * @cssprop --invoice-detail-overdue-color - Text of the overdue badge.
 * @cssprop --invoice-detail-overdue-background - Background of the overdue badge.
 * @csspart status - The status badge (also `status-<status>`).
 * @csspart lines - The line-item table.
 * @csspart totals - The totals.
 * @csspart meta - The document's dates (issue, due, tax point, invoicing period, delivery).
 * @csspart corrects - "Corrects invoice …", one per invoice this one corrects (any document type).
 * @csspart unit-price - A line's unit price, with every decimal the backend gave.
 * @csspart base-quantity - "per 1,000 …" under a price given for a base quantity.
 * @csspart unit-code - A line's UN/ECE unit code under its quantity.
 * @csspart line-note - A line's note.
 * @csspart allowances-charges - The document-level allowances and charges table.
 * @csspart vat-breakdown - The VAT breakdown table (category, rate, taxable amount, VAT).
 * @csspart vat-total - The VAT breakdown's total row.
 * @csspart legends - The exemption / reverse-charge legends.
 * @csspart payment - The payment instructions block.
 * @csspart account-id - An account number (an IBAN grouped in fours).
 * @csspart copy-iban - The button that copies an IBAN.
 * @csspart copy-status - The live region that announces a copy.
 * @csspart pay-now - The Pay now link (only for an http(s) pay-online URL).
 * @csspart references - The references block (buyer reference, purchase order, contract, …).
 * @csspart buyer-ids - The buyer's legal ids.
 * @csspart legal-ids - The seller's legal identity (and payee, tax representative) at the foot.
 * @csspart seller-ids - The seller's legal ids.
 * @csspart payments - The payments table.
 * @csspart table-head - The header row of the line-item and payments tables.
 * @csspart history - The list of e-mails sent.
 * @csspart pdf-warning - The warning shown when the PDF was made without the logo.
 * @csspart totals-warning - In the reseller's view (`show-msrp`), the notice that the invoice's figures do not add up.
 * @csspart sent-notice - The confirmation after the invoice was e-mailed.
 * @csspart send-dialog - The send dialog's `<dialog>`.
 * @csspart idle - The message shown before an invoice is chosen.
 * @csspart loading - The loading skeleton.
 * @csspart not-found - The not-found message.
 * @csspart error - The error message.
 * @csspart error-field - For an invoice that breaks the contract: the field that is missing or not valid.
 * @csspart retry - The Retry button.
 * @csspart load-error - Shown instead of the element if its code could not be loaded (offline, a stale deploy).
 * @csspart load-retry - The Try again button in `load-error`.
 *
 * @cssprop --invoice-detail-accent - Title, rules and primary button; defaults to `--billing-color-accent`.
 * @cssprop --invoice-detail-header-background - Background of table headers.
 */
export class InvoiceDetail extends LazyElement<InvoiceDetailView> {
  // Everything but the public API: loaded when the first <invoice-detail> connects.
  protected static override viewModule = new Lazy(() => import('./invoice-detail-view.js'));

  /** The customer the invoice belongs to. */
  @property({ attribute: 'customer-id' }) customerId: string | null = null;

  /** The invoice to load. */
  @property({ attribute: 'invoice-id' }) invoiceId: string | null = null;

  /** An invoice in hand: shown as given, without loading. */
  @property({ attribute: false }) invoice: Invoice | null = null;

  /**
   * The reseller's view: MSRP beside each price and the margin per line and in total, and a notice when the figures
   * do not add up. Never in the PDF.
   */
  @property({ type: Boolean, attribute: 'show-msrp', reflect: true }) showMsrp = false;

  /** `a4` or `letter` for the PDF; by default from the locale (Letter in the US, Canada, Mexico…). */
  @property({ attribute: 'paper-size' }) paperSize: PaperSize | null = null;

  /** The backend's base URL, when there is no `<billing-provider>` (or to override it). */
  @property({ attribute: 'base-url' }) baseUrl: string | null = null;

  /** BCP 47 locale for text, money and dates; defaults to the provider's, then the page's. */
  @property() locale: string | null = null;

  /**
   * BCP 47 locale for the PDF and the e-mail, whatever the customer's language; defaults to the provider's `document-lang`,
   * then the buyer's `language` from the backend, then `locale`.
   */
  @property({ attribute: 'document-lang' }) documentLang: string | null = null;

  /** A data source object, instead of `base-url` or the provider's. */
  @property({ attribute: false }) dataSource: BillingDataSource | null = null;

  /** Host overrides for any of the element's strings. */
  @property({ attribute: false }) messages: Partial<InvoiceDetailMessages> | null = null;

  /** Host overrides for the strings printed in the PDF. */
  @property({ attribute: false }) pdfMessages: Partial<PdfMessages> | null = null;

  /** The integrator's own Unicode fonts for the PDF, tried before the built-in Noto fonts. */
  @property({ attribute: false }) pdfFonts: readonly PdfFont[] | null = null;

  /** Set to render a given state instead of loading (Storybook, previews); unset to load again. */
  @property({ attribute: false }) state: InvoiceDetailState | undefined = undefined;

  /**
   * The state rendered, derived: the one set on `state`, else the invoice given, else the load's; `loading` until the
   * element's code has arrived.
   */
  get currentState(): InvoiceDetailState {
    return this.view?.currentState ?? this.state ?? { type: 'loading' };
  }
}

defineElement('invoice-detail', InvoiceDetail);

declare global {
  interface HTMLElementTagNameMap {
    'invoice-detail': InvoiceDetail;
  }
}
