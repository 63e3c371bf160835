import { errorMessages, withErrorMessages } from '../../format/error-messages.js';
import { lazyLanguages, type Translations } from '../../format/messages.js';

/**
 * Every string `<invoice-history>` shows. Hosts override any of them through the element's `messages` property.
 * Numbers arrive already formatted for the locale.
 */
const en = {
  ...errorMessages,
  heading: 'Invoice history',
  tileHeading: 'Invoices',
  caption: 'Invoices',
  sortedBy: (column: string, order: 'asc' | 'desc') => `sorted by ${column}, ${order === 'asc' ? 'ascending' : 'descending'}`,

  columnNumber: 'Invoice',
  columnIssueDate: 'Issue date',
  columnDueDate: 'Due date',
  columnStatus: 'Status',
  columnTotal: 'Total',
  columnAmountDue: 'Amount due',
  columnActions: 'Actions',

  statusDraft: 'Draft',
  statusOpen: 'Open',
  statusPaid: 'Paid',
  statusOverdue: 'Overdue',
  statusVoid: 'Void',
  creditNote: 'Credit note',
  correctedInvoice: 'Corrected invoice',
  selfBilled: 'Self-billed',
  prepayment: 'Prepayment',
  /** A BT-3 type code (UNTDID 1001) the contract has no word for, e.g. 326, shown as sent. */
  documentTypeCode: (code: string) => `Type ${code}`,
  corrects: (number: string) => `Corrects ${number}`,

  filters: 'Filter invoices',
  statusFilter: 'Status',
  issuedFrom: 'Issued from',
  issuedTo: 'Issued to',
  search: 'Search',
  searchHint: 'Number or description',
  applySearch: 'Search',
  clearFilters: 'Clear filters',

  loading: 'Loading invoices…',
  emptyTitle: 'No invoices yet',
  emptyBody: 'Invoices will appear here once they are issued.',
  filteredEmptyTitle: 'No invoices match these filters',
  filteredEmptyBody: 'Try other filters, or clear them to see every invoice.',
  idle: 'Choose a customer to see their invoices.',

  errorTitle: 'Invoices could not be loaded',
  errorUnauthorized: 'Your session has ended. Sign in again to see invoices.',
  errorForbidden: 'You are not allowed to see these invoices.',
  errorNotFound: 'This customer was not found.',
  errorInvalidRequest: 'The billing service did not accept these filters. Change or clear them.',
  errorUnknown: 'Something went wrong while loading invoices. Try again.',
  retry: 'Retry',

  pagination: 'Pages',
  previousPage: 'Previous page',
  nextPage: 'Next page',
  position: (first: string, last: string, total: string) => `${first}–${last} of ${total}`,
  downloadPdf: 'Download PDF',
  downloadFailed: (number: string) => `The PDF of ${number} could not be created. Try again.`,

  balanceDue: 'Balance due',
  nothingDue: 'Nothing due',
  viewHistory: 'View invoice history',
};

export type InvoiceHistoryMessages = typeof en;

export const invoiceHistoryMessages: Translations<InvoiceHistoryMessages> = { en };

/** The other languages, each loaded on first use; see `lazyLanguages`. */
export const invoiceHistoryLanguages = lazyLanguages(invoiceHistoryMessages, {
  de: withErrorMessages('de', () => import('./invoice-history.messages.de.js')),
  fr: withErrorMessages('fr', () => import('./invoice-history.messages.fr.js')),
  es: withErrorMessages('es', () => import('./invoice-history.messages.es.js')),
  it: withErrorMessages('it', () => import('./invoice-history.messages.it.js')),
  nl: withErrorMessages('nl', () => import('./invoice-history.messages.nl.js')),
  pt: withErrorMessages('pt', () => import('./invoice-history.messages.pt-BR.js')),
  pl: withErrorMessages('pl', () => import('./invoice-history.messages.pl.js')),
  ja: withErrorMessages('ja', () => import('./invoice-history.messages.ja.js')),
  zh: withErrorMessages('zh', () => import('./invoice-history.messages.zh-CN.js')),
  ar: withErrorMessages('ar', () => import('./invoice-history.messages.ar.js')),
  he: withErrorMessages('he', () => import('./invoice-history.messages.he.js')),
});
