/**
 * The public face of each element — properties, attributes and events — for the framework typings (`react.ts`,
 * `vue.ts`). The lists are checked twice: against the element classes by the compiler (a name that is not a property,
 * or an event not in `BillingEventMap`, fails the build), and against the custom-elements manifest by
 * test/hosts/element-types.node.test.ts (a property, attribute or event missing here fails the tests).
 * Value types come from the classes: an attribute accepts what its property does, an event handler gets its class.
 */
// Named imports, not the global tag and event maps: a declaration file keeps only the imports it names, and the
// typings must work in an app that imports nothing but them.
import type { BillingProvider } from '../context/billing-provider.js';
import type { InvoiceDetail } from '../elements/invoice-detail/invoice-detail.js';
import type { InvoiceBackEvent, InvoiceSentEvent } from '../elements/invoice-detail/invoice-detail.events.js';
import type { InvoiceHistory } from '../elements/invoice-history/invoice-history.js';
import type { InvoiceDownloadEvent, InvoiceHistoryRequestEvent, InvoiceSelectEvent } from '../elements/invoice-history/invoice-history.events.js';
import type { NotificationSettingsForm } from '../elements/notification-settings-form/notification-settings-form.js';
import type { DirtyChangeEvent, SettingsSavedEvent } from '../elements/notification-settings-form/notification-settings-form.events.js';
import type { AuthRequiredEvent } from '../events/auth-required.js';

export interface BillingElementMap {
  'billing-provider': BillingProvider;
  'invoice-history': InvoiceHistory;
  'invoice-detail': InvoiceDetail;
  'notification-settings-form': NotificationSettingsForm;
}

export interface BillingEventMap {
  'invoice-select': InvoiceSelectEvent;
  'invoice-download': InvoiceDownloadEvent;
  'invoice-history-request': InvoiceHistoryRequestEvent;
  'invoice-back': InvoiceBackEvent;
  'invoice-sent': InvoiceSentEvent;
  'settings-saved': SettingsSavedEvent;
  'dirty-change': DirtyChangeEvent;
  'auth-required': AuthRequiredEvent;
}

export type BillingTagName = keyof BillingElementMap;

interface ElementSpec<Tag extends BillingTagName> {
  /** Public properties, settable from script. */
  readonly properties: readonly (keyof BillingElementMap[Tag])[];
  /** Attribute name → the property it sets. */
  readonly attributes: Readonly<Record<string, keyof BillingElementMap[Tag]>>;
  /** Events the element fires. */
  readonly events: readonly (keyof BillingEventMap)[];
}

export const BILLING_ELEMENTS = {
  'billing-provider': {
    properties: ['baseUrl', 'locale', 'documentLang', 'timeout', 'credentials', 'accentColor', 'brandName', 'dataSource', 'headers', 'authHeaders', 'branding'],
    attributes: {
      'base-url': 'baseUrl',
      locale: 'locale',
      'document-lang': 'documentLang',
      timeout: 'timeout',
      credentials: 'credentials',
      'accent-color': 'accentColor',
      'brand-name': 'brandName',
    },
    events: [],
  },
  'invoice-history': {
    properties: [
      'customerId',
      'variant',
      'pageSize',
      'tileSize',
      'hrefTemplate',
      'syncUrl',
      'statuses',
      'issuedFrom',
      'issuedTo',
      'search',
      'sort',
      'order',
      'baseUrl',
      'locale',
      'documentLang',
      'dataSource',
      'messages',
      'state',
    ],
    attributes: {
      'customer-id': 'customerId',
      variant: 'variant',
      'page-size': 'pageSize',
      'tile-size': 'tileSize',
      'href-template': 'hrefTemplate',
      'sync-url': 'syncUrl',
      status: 'statuses',
      'issued-from': 'issuedFrom',
      'issued-to': 'issuedTo',
      search: 'search',
      sort: 'sort',
      order: 'order',
      'base-url': 'baseUrl',
      locale: 'locale',
      'document-lang': 'documentLang',
    },
    events: ['invoice-select', 'invoice-download', 'invoice-history-request', 'auth-required'],
  },
  'invoice-detail': {
    properties: [
      'customerId',
      'invoiceId',
      'invoice',
      'showMsrp',
      'paperSize',
      'baseUrl',
      'locale',
      'documentLang',
      'dataSource',
      'messages',
      'pdfMessages',
      'pdfFonts',
      'state',
    ],
    attributes: {
      'customer-id': 'customerId',
      'invoice-id': 'invoiceId',
      'show-msrp': 'showMsrp',
      'paper-size': 'paperSize',
      'base-url': 'baseUrl',
      locale: 'locale',
      'document-lang': 'documentLang',
    },
    events: ['invoice-back', 'invoice-sent', 'auth-required'],
  },
  'notification-settings-form': {
    properties: ['baseUrl', 'locale', 'dataSource', 'messages', 'state', 'noPreview'],
    attributes: { 'base-url': 'baseUrl', locale: 'locale', 'no-preview': 'noPreview' },
    events: ['settings-saved', 'dirty-change', 'auth-required'],
  },
} as const satisfies { [Tag in BillingTagName]: ElementSpec<Tag> };

/** What an attribute accepts for a property of type `T`: its string values, a number or its text, or a boolean. */
export type AttributeValue<T> = [NonNullable<T>] extends [boolean]
  ? boolean
  : [NonNullable<T>] extends [number]
    ? number | `${number}`
    : [NonNullable<T>] extends [string]
      ? NonNullable<T>
      : string;

type Spec<Tag extends BillingTagName> = (typeof BILLING_ELEMENTS)[Tag];
type Element<Tag extends BillingTagName> = BillingElementMap[Tag];

/** One element's API as types: the element, its settable properties, its attributes' values, its events. */
export interface BillingElementApi<Tag extends BillingTagName> {
  element: Element<Tag>;
  properties: Pick<Element<Tag>, Spec<Tag>['properties'][number] & keyof Element<Tag>>;
  attributes: { -readonly [Name in keyof Spec<Tag>['attributes']]: AttributeValue<Element<Tag>[Spec<Tag>['attributes'][Name] & keyof Element<Tag>]> };
  events: { [Name in Spec<Tag>['events'][number]]: BillingEventMap[Name] };
}

export type BillingElementApis = { [Tag in BillingTagName]: BillingElementApi<Tag> };
