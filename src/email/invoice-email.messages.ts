/** Strings of the customer e-mail. English is complete; other languages fall back to it string by string. */
import type { Translations } from '../format/messages.js';

const en = {
  invoiceNumber: 'Invoice number',
  creditNoteNumber: 'Credit note number',
  total: 'Total',
  amountDue: 'Amount due',
  dueDate: 'Due date',
  greeting: (name: string) => `Dear ${name},`,
  attachmentNote: 'The document is attached to this e-mail as a PDF.',
  openControlPanel: 'Open your control panel',
  visitWebsite: 'Visit our website',
  sentBy: (seller: string) => `Sent by ${seller}`,
};

export type InvoiceEmailMessages = typeof en;

export const invoiceEmailMessages: Translations<InvoiceEmailMessages> = {
  en,
  de: {
    invoiceNumber: 'Rechnungsnummer',
    creditNoteNumber: 'Gutschriftnummer',
    total: 'Gesamtbetrag',
    amountDue: 'Offener Betrag',
    dueDate: 'Fällig am',
    greeting: (name: string) => `Guten Tag ${name},`,
    attachmentNote: 'Das Dokument ist dieser E-Mail als PDF beigefügt.',
    openControlPanel: 'Zum Kundenbereich',
    visitWebsite: 'Zu unserer Website',
    sentBy: (seller: string) => `Gesendet von ${seller}`,
  },
  ja: {
    invoiceNumber: '請求書番号',
    creditNoteNumber: 'クレジットノート番号',
    total: '合計',
    amountDue: 'お支払い残高',
    dueDate: 'お支払い期限',
    greeting: (name: string) => `${name} 様`,
    attachmentNote: '書類はPDFとしてこのメールに添付されています。',
    openControlPanel: 'コントロールパネルを開く',
    visitWebsite: 'ウェブサイトを見る',
    sentBy: (seller: string) => `送信元: ${seller}`,
  },
};
