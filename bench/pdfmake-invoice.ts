/**
 * The same invoice PDF made with pdfmake, the usual client-side alternative, for the benchmark's comparison. A fair
 * equivalent of src/pdf's layout: the header block (seller, title and invoice details, bill-to), the line table with
 * its header repeated on every page and no line split over two pages, zebra rows, the totals, payments, notes and
 * terms, and a footer with the links and "Page x of y" on every page; strings formatted the same way (Intl), A4,
 * pdfmake's standard Roboto (its vfs_fonts, already in memory: no font download is timed), compressed (pdfmake's
 * default). What ours does that this does not: keeping the last two lines with the totals, and the font choice per
 * string (Roboto covers Latin, Greek and Cyrillic; the benchmark invoice is Latin).
 */
import pdfMake from 'pdfmake/build/pdfmake.js';
import vfs from 'pdfmake/build/vfs_fonts.js';
import type { Address, Invoice, Money } from '../src/api/types.ts';
import { formatDate, formatDateRange } from '../src/format/dates.ts';
import { formatMoney } from '../src/format/money.ts';

pdfMake.addVirtualFileSystem(vfs);

const ACCENT = '#0b57d0';
const TEXT = '#1f2328';
const MUTED = '#59636e';

/** Makes the PDF; resolves to the file and its page count (from pdfmake's own footer callback). */
export async function pdfmakeInvoicePdf(invoice: Invoice, locale: string): Promise<{ blob: Blob; pageCount: number }> {
  let pageCount = 0;
  const definition = pdfmakeInvoice(invoice, locale, (pages) => {
    pageCount = pages;
  });
  const blob = await pdfMake.createPdf(definition).getBlob();
  return { blob, pageCount };
}

function pdfmakeInvoice(invoice: Invoice, locale: string, onPageCount: (pages: number) => void): object {
  const money = (value: Money) => formatMoney(value, locale);
  const date = (value: string) => formatDate(value, locale);
  const quantity = new Intl.NumberFormat(locale, { maximumFractionDigits: 6 });
  const percent = new Intl.NumberFormat(locale, { style: 'unit', unit: 'percent', maximumFractionDigits: 4 });
  const decimal = (format: Intl.NumberFormat, value: string) => format.format(value as unknown as number);
  const title = invoice.kind === 'credit_note' ? 'Credit note' : 'Invoice';
  const right = (text: string, extra: object = {}) => ({ text, alignment: 'right', ...extra });

  const meta: unknown[][] = [
    [{ text: 'Number', color: MUTED }, right(invoice.number, { bold: true })],
    [{ text: 'Issue date', color: MUTED }, right(date(invoice.issueDate), { bold: true })],
    [{ text: 'Due date', color: MUTED }, right(date(invoice.dueDate), { bold: true })],
    [{ text: 'Status', color: MUTED }, right(invoice.status, { bold: true })],
  ];
  if (invoice.servicePeriod) meta.push([{ text: 'Service period', color: MUTED }, right(formatDateRange(invoice.servicePeriod, locale), { bold: true })]);

  const head = ['Description', 'Qty', 'Unit price', 'Discount', 'Tax', 'Amount'].map((text, index) => ({
    text,
    bold: true,
    color: '#ffffff',
    fillColor: ACCENT,
    alignment: index === 0 ? 'left' : 'right',
  }));
  const lines = invoice.lines.map((line) => {
    const detail = [`SKU ${line.sku}`];
    if (line.period) detail.push(formatDateRange(line.period, locale));
    return [
      { stack: [line.description, { text: detail.join(' · '), color: MUTED }] },
      right(`${decimal(quantity, line.quantity)} ${line.unit}`),
      right(money(line.unitPrice)),
      right(line.discount.amountMinor === 0 ? '' : money({ ...line.discount, amountMinor: -line.discount.amountMinor })),
      right(decimal(percent, line.taxRate)),
      right(money(line.lineTotal)),
    ];
  });
  const totals: Array<[string, string, boolean]> = [['Subtotal', money(invoice.subtotal), false]];
  if (invoice.discountTotal.amountMinor !== 0) totals.push(['Discounts', money({ ...invoice.discountTotal, amountMinor: -invoice.discountTotal.amountMinor }), false]);
  for (const tax of invoice.taxes) totals.push([`${tax.label} ${decimal(percent, tax.rate)}`, money(tax.tax), false]);
  totals.push(['Total', money(invoice.total), true]);
  if (invoice.payments.length > 0 || invoice.amountPaid.amountMinor !== 0) {
    totals.push(['Amount paid', money(invoice.amountPaid), false], ['Amount due', money(invoice.amountDue), true]);
  }
  const totalRows = totals.map(([label, value, emphasis]) => [
    { text: label, colSpan: 5, alignment: 'right', bold: emphasis, fillColor: '#ffffff' },
    {},
    {},
    {},
    {},
    { text: value, alignment: 'right', bold: emphasis, fillColor: '#ffffff' },
  ]);

  const content: unknown[] = [
    {
      columns: [
        { width: '*', stack: [{ text: invoice.seller.name, bold: true, fontSize: 11 }, ...addressLines(invoice.seller.address).map((text) => ({ text, color: MUTED }))] },
        {
          width: '*',
          stack: [
            { text: title, bold: true, fontSize: 22, color: ACCENT, alignment: 'right' },
            { table: { widths: ['auto', '*'], body: meta }, layout: 'noBorders', margin: [0, 6, 0, 0] },
          ],
        },
      ],
      columnGap: 24,
    },
    { text: 'BILL TO', bold: true, fontSize: 8, color: ACCENT, margin: [0, 14, 0, 2] },
    { text: invoice.buyer.name, bold: true, fontSize: 11 },
    ...addressLines(invoice.buyer.address).map((text) => ({ text, color: MUTED })),
    {
      margin: [0, 16, 0, 0],
      table: { headerRows: 1, dontBreakRows: true, widths: ['*', 'auto', 'auto', 'auto', 'auto', 'auto'], body: [head, ...lines, ...totalRows] },
      layout: {
        fillColor: (row: number) => (row > 0 && row % 2 === 0 ? '#f6f8fa' : null),
        hLineWidth: () => 0,
        vLineWidth: () => 0,
        paddingTop: () => 5,
        paddingBottom: () => 5,
      },
    },
  ];
  if (invoice.payments.length > 0) {
    content.push({ text: 'Payments', bold: true, fontSize: 10, color: ACCENT, margin: [0, 16, 0, 4] });
    content.push({
      table: {
        headerRows: 1,
        widths: ['auto', '*', '*', 'auto'],
        body: [
          ['Date', 'Method', 'Reference', right('Amount')].map((cell) => (typeof cell === 'string' ? { text: cell, bold: true, color: MUTED } : { ...cell, bold: true, color: MUTED })),
          ...invoice.payments.map((payment) => [date(payment.date), payment.method, payment.reference ?? '', right(money(payment.amount))]),
        ],
      },
      layout: 'lightHorizontalLines',
    });
  }
  for (const [heading, text] of [['Notes', invoice.notes], ['Terms', invoice.terms]] as const) {
    if (text?.trim()) content.push({ text: heading, bold: true, fontSize: 10, color: ACCENT, margin: [0, 14, 0, 2] }, { text });
  }

  return {
    pageSize: 'A4',
    pageMargins: [40, 48, 40, 72],
    info: { title: `${title} ${invoice.number}`, author: invoice.seller.name, subject: `${title} ${invoice.number} · ${invoice.buyer.name}`, creator: 'bench' },
    defaultStyle: { font: 'Roboto', fontSize: 9, color: TEXT },
    content,
    footer: (page: number, pages: number) => {
      onPageCount(pages);
      return {
        margin: [40, 18, 40, 0],
        columns: [
          { stack: [{ text: ['Website: ', { text: 'https://northwind.example/', link: 'https://northwind.example/', color: ACCENT }], fontSize: 8, color: MUTED }] },
          { text: `${title} ${invoice.number} · Page ${page} of ${pages}`, alignment: 'right', fontSize: 8, color: MUTED },
        ],
      };
    },
  };
}

function addressLines(address: Address): string[] {
  return [...address.lines, [address.postalCode, address.city, address.region].filter(Boolean).join(' '), address.country].filter((line) => line.trim() !== '');
}
