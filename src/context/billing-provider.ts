import { ContextConsumer, provide } from '@lit/context';
import { css, html, LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { BillingDataSource } from '../api/data-source.js';
import { defineElement } from '../define.js';
import { pickLocale } from '../format/locale.js';
import { resolveLocale } from './billing-config-controller.js';
import { billingContext, NO_BRANDING, type BillingConfig, type Branding } from './billing-context.js';
import { restDataSourceFor } from './rest-data-source-for.js';

/** Supplies request headers at request time, e.g. a fresh access token. */
export type AuthHeadersProvider = () => Promise<Record<string, string>> | Record<string, string>;

/**
 * Configures every billing element inside it: where data comes from, the locale, and the reseller's brand.
 * Settings left unset are inherited from an enclosing provider, so a nested provider overrides only what it sets;
 * an element's own `base-url`, `locale` and `dataSource` override the provider's.
 *
 * Every change hands the elements a new configuration, and they abort what they were loading and load again.
 *
 * @tag billing-provider
 * @summary Shares the backend, locale and branding with the billing elements inside it.
 *
 * @slot - The billing elements (and anything else) to configure.
 */
export class BillingProvider extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /**
   * Base URL of a backend that implements the billing HTTP contract, absolute or relative to the page
   * (e.g. `/api`). Ignored when `dataSource` is set.
   */
  @property({ attribute: 'base-url' }) baseUrl: string | null = null;

  /**
   * BCP 47 locale for text, money and dates (e.g. `de-AT`). Defaults to an enclosing provider's, then to the closest
   * `lang` attribute, the document's `lang`, the browser's language, and English.
   */
  @property() locale: string | null = null;

  /**
   * BCP 47 locale for every PDF and e-mail, whatever each customer's language (e.g. `fr`). By default a document is
   * written in the buyer's `language` from the backend, else in `locale`; the elements' own text always follows `locale`.
   */
  @property({ attribute: 'document-lang' }) documentLang: string | null = null;

  /** How long a request to `base-url` may take, in milliseconds, before it fails as a timeout (default 15000). */
  @property({ type: Number }) timeout: number | null = null;

  /** Whether requests to `base-url` send cookies: `same-origin` (the browser default), `include` or `omit`. */
  @property() credentials: RequestCredentials | null = null;

  /**
   * The reseller's accent colour as hex (e.g. `#0b57d0`) for PDFs and e-mails; other values are ignored.
   * Overrides `branding`.
   */
  @property({ attribute: 'accent-color' }) accentColor: string | null = null;

  /** The reseller's name, as printed on documents and e-mails. Overrides `branding`. */
  @property({ attribute: 'brand-name' }) brandName: string | null = null;

  /** A data source of the host's own, for a backend that does not speak the HTTP contract. Overrides `base-url`. */
  @property({ attribute: false }) dataSource: BillingDataSource | null = null;

  /** Extra headers sent with every request to `base-url`. Assign a new object to change them. */
  @property({ attribute: false }) headers: Record<string, string> | null = null;

  /** Called before every request to `base-url` for headers that change, such as a fresh `Authorization` token. */
  @property({ attribute: false }) authHeaders: AuthHeadersProvider | null = null;

  /**
   * The reseller's brand: name, logo, control-panel and website URLs, accent colour, for documents and e-mails.
   * Assign a new object to change it.
   */
  @property({ attribute: false }) branding: Partial<Branding> | null = null;

  // What the elements inside receive. Replaced, never mutated, so each change reaches them as a new value.
  @provide({ context: billingContext }) private provided?: BillingConfig;

  // An enclosing provider's config, for the settings this one leaves unset.
  private readonly outer = new ContextConsumer(this, { context: billingContext, subscribe: true });

  private restInputs: readonly unknown[] = [];
  private restDataSource: BillingDataSource | null = null;
  private reportedAccentColor: string | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    // Resolve before the first render, so elements connecting next get a config at once rather than a blank one.
    this.updateProvided();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.updateProvided();
  }

  protected override render() {
    return html`<slot></slot>`;
  }

  private updateProvided(): void {
    const next = this.resolve();
    if (!this.provided || !sameConfig(this.provided, next)) this.provided = next;
  }

  private resolve(): BillingConfig {
    const outer = this.outer.value;
    const branding: Branding = {
      ...(outer?.branding ?? NO_BRANDING),
      ...definedEntries(this.branding ?? {}),
      ...definedEntries({ name: this.brandName, accentColor: this.accentColor }),
    };
    return {
      dataSource: this.dataSource ?? this.ownRestDataSource() ?? outer?.dataSource ?? null,
      locale: resolveLocale(this, this.locale, outer?.locale),
      documentLocale: pickLocale(this.documentLang, outer?.documentLocale),
      branding: { ...branding, accentColor: this.checkedAccentColor(branding.accentColor) },
    };
  }

  // Documents draw the accent with hex-only APIs, so anything else is dropped here, once and loudly.
  private checkedAccentColor(color: string | null): string | null {
    if (color === null || HEX_COLOR.test(color)) return color;
    if (color !== this.reportedAccentColor) {
      this.reportedAccentColor = color;
      console.warn(`<billing-provider>: accent colour "${color}" is not a hex colour such as #0b57d0; it is ignored.`);
    }
    return null;
  }

  // Rebuilt only when one of its inputs changes; a new data source is a new backend to the elements.
  private ownRestDataSource(): BillingDataSource | null {
    if (!this.baseUrl) return null;
    const inputs = [this.baseUrl, this.headers, this.authHeaders, this.credentials, this.timeout] as const;
    if (!this.restDataSource || inputs.some((input, index) => input !== this.restInputs[index])) {
      this.restInputs = inputs;
      this.restDataSource = restDataSourceFor({
        baseUrl: this.baseUrl,
        ...(this.headers ? { headers: this.headers } : {}),
        ...(this.authHeaders ? { authHeaders: this.authHeaders } : {}),
        ...(this.credentials ? { credentials: this.credentials } : {}),
        ...(this.timeout && this.timeout > 0 ? { timeoutMs: this.timeout } : {}),
      });
    }
    return this.restDataSource;
  }
}

const HEX_COLOR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

// Leaves out unset fields, so they do not hide what an enclosing provider set.
function definedEntries<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value != null && value !== '')) as Partial<T>;
}

function sameConfig(a: BillingConfig, b: BillingConfig): boolean {
  const keys = Object.keys({ ...a.branding, ...b.branding }) as (keyof Branding)[];
  const sameBranding = keys.every((key) => a.branding[key] === b.branding[key]);
  return a.dataSource === b.dataSource && a.locale === b.locale && a.documentLocale === b.documentLocale && sameBranding;
}

defineElement('billing-provider', BillingProvider);

declare global {
  interface HTMLElementTagNameMap {
    'billing-provider': BillingProvider;
  }
}
