import { createContext } from '@lit/context';
import type { BillingDataSource } from '../api/data-source.js';

/** The reseller's brand, used by the PDF, the e-mail preview and the elements' accent colour. */
export interface Branding {
  /** The reseller's name, as printed on documents. */
  name: string | null;
  /** Absolute http(s) URL of the logo. */
  logoUrl: string | null;
  /** Absolute http(s) URL of the customer control panel. */
  controlPanelUrl: string | null;
  /** Absolute http(s) URL of the reseller's website. */
  websiteUrl: string | null;
  /** CSS colour for accents in the PDF (hex, e.g. `#0b57d0`). */
  accentColor: string | null;
}

export const NO_BRANDING: Branding = Object.freeze({
  name: null,
  logoUrl: null,
  controlPanelUrl: null,
  websiteUrl: null,
  accentColor: null,
});

/**
 * What `<billing-provider>` hands to every element inside it. A new object is provided on every change, so elements
 * see the change, abort what they were loading and load again.
 */
export interface BillingConfig {
  /** Where data comes from; null until a base URL or a data source is configured. */
  dataSource: BillingDataSource | null;
  /** BCP 47 locale for text, money and dates. */
  locale: string;
  /**
   * BCP 47 locale every PDF and e-mail is written in, whatever the customer's language (`document-lang`); null to
   * follow each buyer's `language`, then `locale` (see `documentLocale`).
   */
  documentLocale: string | null;
  branding: Branding;
}

/**
 * The context key is a registered string rather than a Symbol, so two copies of the library on one page still find
 * each other's provider.
 */
export const billingContext = createContext<BillingConfig | undefined>('billing-elements/config');
