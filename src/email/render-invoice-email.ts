/**
 * The customer e-mail that carries an invoice: the reseller's branding (logo, control-panel and website links), the
 * sender's message, and the invoice's key figures. ONE renderer for every place the e-mail appears — the reference
 * backend sends it, the settings form previews the branding with it, the send dialog previews the message — so a
 * preview is exactly what the customer receives.
 *
 * Output is a string (no DOM; runs in Node and browsers). E-mail clients ignore <style> blocks and strip scripts,
 * so the layout is nested tables with inline styles, at most 600 px wide. Every value is escaped, and a URL is used
 * only when `safeHttpUrl` accepts it (absolute http/https), so a `javascript:` logo or link never reaches the HTML.
 */
import type { InvoiceSummary, NotificationSettings } from '../api/types.js';
import { safeHttpUrl } from '../api/urls.js';
import { formatDate } from '../format/dates.js';
import { intlLocale } from '../format/locale.js';
import { directionOf, languageOf, resolveMessages } from '../format/messages.js';
import { formatMoney } from '../format/money.js';
import { escapeHtml } from './escape-html.js';
import { invoiceEmailMessages, type InvoiceEmailMessages } from './invoice-email.messages.js';

/** What the e-mail shows of an invoice: a summary row plus whom it is addressed to. A full `Invoice` fits with `buyerName`. */
export type EmailInvoice = Pick<InvoiceSummary, 'number' | 'kind' | 'dueDate' | 'total' | 'amountDue'> & {
  /** The customer's name, for the greeting. */
  buyerName: string;
};

export interface InvoiceEmailInput {
  invoice: EmailInvoice;
  /** Branding: logo, control panel and website. Notification toggles do not affect this e-mail. */
  settings: Pick<NotificationSettings, 'logoUrl' | 'controlPanelUrl' | 'websiteUrl'>;
  /** The reseller, named in the header (when there is no logo) and the footer. */
  sellerName: string;
  subject: string;
  /** The sender's own words; plain text, newlines kept. */
  message: string;
  /** BCP 47 locale for amounts, dates, the fixed strings and text direction. */
  locale: string;
  /** Overrides for the fixed strings. */
  messages?: Partial<InvoiceEmailMessages>;
}

export interface RenderedEmail {
  subject: string;
  html: string;
  /** The plain-text alternative, for clients that do not show HTML. */
  text: string;
}

const FONT = "-apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";
const TEXT_COLOR = '#1f2933';
const MUTED_COLOR = '#52606d';
const ACCENT_COLOR = '#1d4ed8';

/** Plain text → escaped HTML with line breaks kept. */
function paragraphHtml(text: string): string {
  return escapeHtml(text.replace(/\r\n?/g, '\n')).replace(/\n/g, '<br>');
}

/** One label/value row; the value sits at the end of the line (right in LTR, left in RTL). */
function figureRow(label: string, value: string, strong: boolean, direction: 'ltr' | 'rtl'): string {
  const weight = strong ? 'font-weight:700;' : '';
  const end = direction === 'rtl' ? 'left' : 'right';
  return (
    `<tr><td style="padding:6px 0;color:${MUTED_COLOR};font-size:14px;">${escapeHtml(label)}</td>` +
    `<td align="${end}" style="padding:6px 0;font-size:14px;text-align:${end};${weight}">${escapeHtml(value)}</td></tr>`
  );
}

function buttonHtml(href: string, label: string): string {
  return (
    `<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:0;"><tr>` +
    `<td style="border-radius:6px;background:${ACCENT_COLOR};">` +
    `<a href="${escapeHtml(href)}" style="display:inline-block;padding:12px 20px;font-family:${FONT};font-size:15px;` +
    `font-weight:600;color:#ffffff;text-decoration:none;border-radius:6px;">${escapeHtml(label)}</a>` +
    `</td></tr></table>`
  );
}

/** Renders the invoice e-mail as HTML and plain text. */
export function renderInvoiceEmail(input: InvoiceEmailInput): RenderedEmail {
  const { invoice, settings, sellerName, subject, message } = input;
  const locale = intlLocale(input.locale);
  const strings = resolveMessages(invoiceEmailMessages, locale, input.messages);
  const direction = directionOf(locale);
  const language = languageOf(locale);
  const logoUrl = safeHttpUrl(settings.logoUrl);
  const controlPanelUrl = safeHttpUrl(settings.controlPanelUrl);
  const websiteUrl = safeHttpUrl(settings.websiteUrl);
  const isCreditNote = invoice.kind === 'credit_note';

  const figures: Array<[string, string, boolean]> = [
    [isCreditNote ? strings.creditNoteNumber : strings.invoiceNumber, invoice.number, false],
    [strings.total, formatMoney(invoice.total, locale), false],
    [strings.amountDue, formatMoney(invoice.amountDue, locale), true],
  ];
  if (!isCreditNote) figures.push([strings.dueDate, formatDate(invoice.dueDate, locale), false]);

  const header = logoUrl
    ? `<img src="${escapeHtml(logoUrl)}" alt="${escapeHtml(sellerName)}" height="48" ` +
      `style="display:block;height:48px;max-height:48px;width:auto;max-width:240px;border:0;outline:none;text-decoration:none;">`
    : `<span style="font-size:20px;font-weight:700;color:${TEXT_COLOR};">${escapeHtml(sellerName)}</span>`;

  const footerLinks = websiteUrl
    ? ` · <a href="${escapeHtml(websiteUrl)}" style="color:${MUTED_COLOR};">${escapeHtml(strings.visitWebsite)}</a>`
    : '';

  const html =
    `<!DOCTYPE html>` +
    `<html lang="${escapeHtml(language)}" dir="${direction}">` +
    `<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<meta name="color-scheme" content="light"><title>${escapeHtml(subject)}</title></head>` +
    `<body style="margin:0;padding:0;background:#f4f5f7;">` +
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#f4f5f7;">` +
    `<tr><td align="center" style="padding:24px 12px;">` +
    `<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" ` +
    `style="width:100%;max-width:600px;background:#ffffff;border:1px solid #e4e7eb;border-radius:8px;` +
    `font-family:${FONT};color:${TEXT_COLOR};text-align:${direction === 'rtl' ? 'right' : 'left'};">` +
    `<tr><td style="padding:24px 32px;border-bottom:1px solid #e4e7eb;">${header}</td></tr>` +
    `<tr><td style="padding:24px 32px 8px;font-size:15px;line-height:1.5;">` +
    `<p style="margin:0 0 16px;">${escapeHtml(strings.greeting(invoice.buyerName))}</p>` +
    (message.trim() === '' ? '' : `<p style="margin:0 0 16px;">${paragraphHtml(message)}</p>`) +
    `</td></tr>` +
    `<tr><td style="padding:8px 32px 16px;">` +
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" ` +
    `style="border-top:1px solid #e4e7eb;border-bottom:1px solid #e4e7eb;font-family:${FONT};color:${TEXT_COLOR};">` +
    figures.map(([label, value, strong]) => figureRow(label, value, strong, direction)).join('') +
    `</table>` +
    `<p style="margin:12px 0 0;font-size:13px;color:${MUTED_COLOR};">${escapeHtml(strings.attachmentNote)}</p>` +
    `</td></tr>` +
    (controlPanelUrl ? `<tr><td style="padding:8px 32px 24px;">${buttonHtml(controlPanelUrl, strings.openControlPanel)}</td></tr>` : '') +
    `<tr><td style="padding:16px 32px;border-top:1px solid #e4e7eb;font-size:12px;color:${MUTED_COLOR};">` +
    `${escapeHtml(strings.sentBy(sellerName))}${footerLinks}</td></tr>` +
    `</table></td></tr></table></body></html>`;

  const text = [
    strings.greeting(invoice.buyerName),
    '',
    ...(message.trim() === '' ? [] : [message.replace(/\r\n?/g, '\n'), '']),
    ...figures.map(([label, value]) => `${label}: ${value}`),
    '',
    strings.attachmentNote,
    ...(controlPanelUrl ? ['', `${strings.openControlPanel}: ${controlPanelUrl}`] : []),
    '',
    `${strings.sentBy(sellerName)}${websiteUrl ? ` · ${websiteUrl}` : ''}`,
  ].join('\n');

  return { subject, html, text };
}
