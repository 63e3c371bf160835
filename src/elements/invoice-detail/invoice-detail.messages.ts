import { errorMessages, withErrorMessages } from '../../format/error-messages.js';
import { lazyLanguages, type Translations } from '../../format/messages.js';

/**
 * Every string `<invoice-detail>` and its send dialog show. Hosts override any of them through the element's
 * `messages` property. Numbers and amounts arrive already formatted for the locale.
 */
const en = {
  ...errorMessages,
  invoiceTitle: (number: string) => `Invoice ${number}`,
  creditNoteTitle: (number: string) => `Credit note ${number}`,
  creditNote: 'Credit note',
  corrects: 'Corrects invoice',
  statusDraft: 'Draft',
  statusOpen: 'Open',
  statusPaid: 'Paid',
  statusOverdue: 'Overdue',
  statusVoid: 'Void',

  back: 'Back',
  download: 'Download PDF',
  downloading: 'Preparing PDF…',
  downloaded: (fileName: string) => `${fileName} is ready.`,
  downloadFailed: 'The PDF could not be made. Try again.',
  logoWarning: 'The logo could not be loaded, so the PDF was made without it. Check the logo URL in the notification settings.',
  send: 'Send to customer',

  details: 'Invoice details',
  issueDate: 'Issue date',
  dueDate: 'Due date',
  status: 'Status',
  servicePeriod: 'Service period',
  from: 'From',
  billTo: 'Bill to',
  taxId: 'Tax ID',

  lineItems: 'Line items',
  description: 'Description',
  sku: 'SKU',
  period: 'Period',
  quantity: 'Quantity',
  unitPrice: 'Unit price',
  yourPrice: 'Your price',
  msrp: 'MSRP',
  margin: 'Margin',
  totalMargin: 'Total margin',
  resellerPrice: 'Your own price',
  discount: 'Discount',
  taxRate: 'Tax rate',
  amount: 'Amount',

  subtotal: 'Subtotal',
  discounts: 'Discounts',
  tax: (label: string, rate: string) => `${label} ${rate}`,
  total: 'Total',
  payments: 'Payments',
  paymentDate: 'Date',
  paymentMethod: 'Method',
  paymentReference: 'Reference',
  noPayments: 'No payments yet.',
  amountPaid: 'Amount paid',
  amountDue: 'Amount due',
  notes: 'Notes',
  terms: 'Terms',

  sendHistory: 'Sent by e-mail',
  sentTo: (when: string, recipients: string) => `${when} to ${recipients}`,

  idle: 'Choose an invoice to see it.',
  loading: 'Loading invoice…',
  notFoundTitle: 'Invoice not found',
  notFoundBody: 'This invoice does not exist, or it belongs to another customer.',
  errorTitle: 'The invoice could not be loaded',
  errorUnauthorized: 'Your session has ended. Sign in again to see this invoice.',
  errorForbidden: 'You are not allowed to see this invoice.',
  errorInvalidField: (field: string) => `The invoice’s ${field} is missing or not valid.`,
  errorUnknown: 'Something went wrong while loading the invoice. Try again.',
  retry: 'Retry',

  dialogTitle: (number: string) => `Send ${number} to the customer`,
  to: 'To',
  cc: 'CC',
  bcc: 'BCC',
  addressesHint: 'Separate several addresses with commas.',
  subject: 'Subject',
  message: 'Message',
  defaultSubject: (number: string, seller: string) => `Invoice ${number} from ${seller}`,
  defaultCreditNoteSubject: (number: string, seller: string) => `Credit note ${number} from ${seller}`,
  // No greeting: the e-mail template greets the customer by name above the message.
  defaultMessage: 'Please find your invoice attached. Thank you for your business.',
  attachment: (fileName: string) => `Attachment: ${fileName}`,
  showPreview: 'Show preview',
  hidePreview: 'Hide preview',
  previewTitle: 'Preview of the e-mail',
  cancel: 'Cancel',
  sendNow: 'Send',
  sending: 'Sending…',
  sent: (recipients: string) => `Sent to ${recipients}.`,
  errorsSummary: 'Correct the highlighted fields.',
  toRequired: 'Enter at least one address.',
  invalidAddresses: (addresses: string) => `Not valid e-mail addresses: ${addresses}`,
  tooManyRecipients: (max: string) => `At most ${max} recipients in all.`,
  subjectRequired: 'Enter a subject.',
  subjectTooLong: (max: string) => `At most ${max} characters.`,
  messageTooLong: (max: string) => `At most ${max} characters.`,
  sendErrorTitle: 'The e-mail was not sent',
  sendErrorNetwork: 'The billing service could not be reached. Nothing was sent; try again.',
  sendErrorTimeout: 'The billing service took too long to answer. Check the send history before trying again.',
  sendErrorInvalidRequest: 'The billing service refused the e-mail:',
  sendErrorUnauthorized: 'Your session has ended. Sign in again, then send.',
  sendErrorForbidden: 'You are not allowed to send invoices.',
  sendErrorRateLimited: 'Too many e-mails in a short time. Wait a moment and try again.',
  sendErrorServer: 'The billing service had a problem. Try again in a moment.',
  sendErrorInvalidResponse: 'The billing service had a problem. Try again in a moment.',
  sendErrorPdf: 'The PDF could not be made, so nothing was sent. Try again.',
  sendErrorTooLarge: 'The PDF is too large to send by e-mail.',
  sendErrorUnknown: 'Something went wrong; nothing you typed was lost. Try again.',
  sendUnavailable: 'The send dialog could not be opened. Check the connection and try again.',
};

export type InvoiceDetailMessages = typeof en;

export const invoiceDetailMessages: Translations<InvoiceDetailMessages> = { en };

/** The other languages, each loaded on first use; see `lazyLanguages`. */
export const invoiceDetailLanguages = lazyLanguages(invoiceDetailMessages, {
  de: withErrorMessages('de', () => import('./invoice-detail.messages.de.js')),
  ja: withErrorMessages('ja', () => import('./invoice-detail.messages.ja.js')),
});
