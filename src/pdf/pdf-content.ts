import type { Address, Invoice, Money } from '../api/types.js';
import { safeHttpUrl } from '../api/urls.js';
import type { Branding } from '../context/billing-context.js';
import { formatDate, formatDateRange } from '../format/dates.js';
import { formatMoney } from '../format/money.js';
import { pdfText } from './pdf-text.js';
import type { PdfMessages } from './pdf.messages.js';

/**
 * What the invoice PDF prints (`describeInvoice`): every string formatted before anything is drawn, so the fonts it
 * needs are known up front (`allTexts`) and the drawing (pdf-drawer.ts) only places them.
 */

/** Every string the PDF prints, formatted, before anything is drawn (so the fonts they need are known up front). */
export interface PdfContent {
  title: string;
  number: string;
  documentTitle: string;
  subject: string;
  author: string;
  seller: { name: string; lines: string[] };
  buyer: { heading: string; name: string; lines: string[] };
  meta: string[][];
  head: string[];
  body: string[][];
  foot: Array<{ label: string; value: string; emphasis: boolean }>;
  payments: { heading: string; head: string[]; rows: string[][] } | null;
  paragraphs: Array<{ heading: string; text: string }>;
  links: Array<{ label: string; url: string }>;
  /** A sample of the page label, for choosing its font before the page count is known. */
  pageLabelSample: string;
  pageLabel: (page: number, pages: number) => string;
}

export function describeInvoice(invoice: Invoice, locale: string, messages: PdfMessages, branding: Partial<Branding>): PdfContent {
  // Invoices repeat the same prices, quantities and rates line after line; each is formatted once.
  const money = remembered((value: Money) => `${value.amountMinor} ${value.currency}`, (value: Money) => pdfText(formatMoney(value, locale)));
  const date = (value: string) => pdfText(formatDate(value, locale));
  const isCreditNote = invoice.kind === 'credit_note';
  const title = pdfText(isCreditNote ? messages.creditNoteTitle : messages.invoiceTitle);
  const number = pdfText(invoice.number);
  const quantityFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 6 });
  const percentFormat = new Intl.NumberFormat(locale, { style: 'unit', unit: 'percent', maximumFractionDigits: 4 });
  // Intl formats decimal strings exactly; quantities and rates are decimal strings in the contract.
  const decimal = (format: Intl.NumberFormat, value: string) => pdfText(format.format(value as unknown as number));
  const quantity = remembered((line: Invoice['lines'][number]) => JSON.stringify([line.quantity, line.unit]), (line) => pdfText(`${decimal(quantityFormat, line.quantity)} ${line.unit}`));
  const rate = remembered((value: string) => value, (value: string) => decimal(percentFormat, value));

  const meta: string[][] = [
    [messages.number, number],
    [messages.issueDate, date(invoice.issueDate)],
    [messages.dueDate, date(invoice.dueDate)],
    [messages.status, messages.statusName(invoice.status)],
  ];
  if (invoice.servicePeriod) meta.push([messages.servicePeriod, pdfText(formatDateRange(invoice.servicePeriod, locale))]);
  if (isCreditNote && invoice.corrects) meta.push([messages.corrects, pdfText(invoice.corrects.number)]);

  // Lines mostly share a few billing periods, and formatting a range is one of the slower Intl calls.
  const periods = new Map<string, string>();
  const period = (range: { start: string; end: string }) => {
    const key = `${range.start}/${range.end}`;
    let formatted = periods.get(key);
    if (formatted === undefined) periods.set(key, (formatted = formatDateRange(range, locale)));
    return formatted;
  };
  const body = invoice.lines.map((line) => {
    const detail = [`${messages.sku} ${line.sku}`];
    if (line.period) detail.push(period(line.period));
    return [
      pdfText(`${line.description}\n${detail.join(' · ')}`),
      quantity(line),
      money(line.unitPrice),
      line.discount.amountMinor === 0 ? '' : money(negate(line.discount)),
      rate(line.taxRate),
      money(line.lineTotal),
    ];
  });

  const foot: PdfContent['foot'] = [{ label: messages.subtotal, value: money(invoice.subtotal), emphasis: false }];
  if (invoice.discountTotal.amountMinor !== 0) {
    foot.push({ label: messages.discounts, value: money(negate(invoice.discountTotal)), emphasis: false });
  }
  for (const tax of invoice.taxes) {
    foot.push({ label: pdfText(`${tax.label} ${decimal(percentFormat, tax.rate)}`), value: money(tax.tax), emphasis: false });
  }
  foot.push({ label: messages.total, value: money(invoice.total), emphasis: true });
  if (invoice.payments.length > 0 || invoice.amountPaid.amountMinor !== 0) {
    foot.push({ label: messages.amountPaid, value: money(invoice.amountPaid), emphasis: false });
    foot.push({ label: messages.amountDue, value: money(invoice.amountDue), emphasis: true });
  }

  const payments =
    invoice.payments.length === 0
      ? null
      : {
          heading: messages.payments,
          head: [messages.paymentDate, messages.paymentMethod, messages.paymentReference, messages.amount],
          rows: invoice.payments.map((payment) => [
            date(payment.date),
            pdfText(payment.method),
            pdfText(payment.reference ?? ''),
            money(payment.amount),
          ]),
        };

  const paragraphs: PdfContent['paragraphs'] = [];
  if (invoice.notes?.trim()) paragraphs.push({ heading: messages.notes, text: pdfText(invoice.notes) });
  if (invoice.terms?.trim()) paragraphs.push({ heading: messages.terms, text: pdfText(invoice.terms) });

  const links: PdfContent['links'] = [];
  const website = safeHttpUrl(branding.websiteUrl);
  const controlPanel = safeHttpUrl(branding.controlPanelUrl);
  if (website) links.push({ label: messages.website, url: website });
  if (controlPanel) links.push({ label: messages.controlPanel, url: controlPanel });

  const sellerName = pdfText(branding.name || invoice.seller.name);
  const sellerLines = addressLines(invoice.seller.address, locale);
  if (invoice.seller.taxId) sellerLines.push(pdfText(`${messages.taxId}: ${invoice.seller.taxId}`));
  if (invoice.seller.email) sellerLines.push(pdfText(invoice.seller.email));
  const buyerLines = addressLines(invoice.buyer.address, locale);
  if (invoice.buyer.taxId) buyerLines.push(pdfText(`${messages.taxId}: ${invoice.buyer.taxId}`));
  if (invoice.buyer.email) buyerLines.push(pdfText(invoice.buyer.email));

  return {
    title,
    number,
    documentTitle: `${title} ${number}`,
    subject: `${title} ${number} · ${pdfText(invoice.buyer.name)}`,
    author: sellerName,
    seller: { name: sellerName, lines: sellerLines },
    buyer: { heading: messages.billTo, name: pdfText(invoice.buyer.name), lines: buyerLines },
    meta: meta.map(([label, value]) => [pdfText(label), value ?? '']),
    head: [messages.description, messages.quantity, messages.unitPrice, messages.discount, messages.taxRate, messages.amount],
    body,
    foot,
    payments,
    paragraphs,
    links,
    pageLabelSample: pdfText(`${title} ${number} · ${messages.pageOf(1, 1)}`),
    pageLabel: (page, pages) => pdfText(`${title} ${number} · ${messages.pageOf(page, pages)}`),
  };
}

/**
 * Every string a font is chosen for, exactly as the drawing passes it to the font chooser (a paragraph line by line,
 * a link label with its colon), so choices made ahead of time, on another thread, are found again while drawing.
 */
export function allTexts(content: PdfContent): string[] {
  const texts = [
    content.title,
    content.number,
    content.seller.name,
    ...content.seller.lines,
    content.buyer.heading,
    content.buyer.name,
    ...content.buyer.lines,
    ...content.meta.flat(),
    ...content.head,
    ...content.body.flat(),
    ...content.foot.flatMap((row) => [row.label, row.value]),
    ...content.paragraphs.flatMap((paragraph) => [paragraph.heading, ...paragraph.text.split('\n')]),
    ...content.links.flatMap((link) => [linkLabel(link), link.url]),
    content.pageLabelSample,
  ];
  // Concatenated, not pushed: spreading a long list into a call overflows the stack.
  return content.payments ? texts.concat(content.payments.heading, content.payments.head, content.payments.rows.flat()) : texts;
}

/** `format`, remembering its result for each key. */
function remembered<T>(key: (value: T) => string, format: (value: T) => string): (value: T) => string {
  const results = new Map<string, string>();
  return (value) => {
    const name = key(value);
    let result = results.get(name);
    if (result === undefined) results.set(name, (result = format(value)));
    return result;
  };
}

function addressLines(address: Address, locale: string): string[] {
  const lines = address.lines.map(pdfText);
  lines.push(pdfText([address.postalCode, address.city, address.region].filter(Boolean).join(' ')));
  lines.push(pdfText(countryName(address.country, locale)));
  return lines.filter((line) => line.trim() !== '');
}

function countryName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames(locale, { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

function negate(money: Money): Money {
  return { amountMinor: -money.amountMinor, currency: money.currency };
}

export function linkLabel(link: { label: string }): string {
  return `${link.label}: `;
}
