import { ContextConsumer, ContextRoot } from '@lit/context';
import { isServer, type ReactiveControllerHost } from 'lit';
import type { BillingDataSource } from '../api/data-source.js';
import { billingContext, NO_BRANDING, type BillingConfig } from './billing-context.js';
import { pickLocale } from '../format/locale.js';
import { restDataSourceFor } from './rest-data-source-for.js';

// An element upgraded before <billing-provider> is defined (bundle order, lazy loading) asks for the config before
// anyone can answer. A context root on the document keeps such requests and replays them when a provider connects,
// so the order elements are defined in does not matter. One root per page, even with two copies of the library.
const CONTEXT_ROOT = Symbol.for('billing-elements/context-root');
const page = globalThis as { [CONTEXT_ROOT]?: ContextRoot };
if (typeof document !== 'undefined' && !page[CONTEXT_ROOT]) {
  page[CONTEXT_ROOT] = new ContextRoot();
  page[CONTEXT_ROOT].attach(document.documentElement);
}

/** An element that can be configured directly, or through an enclosing `<billing-provider>`. */
export type BillingConfigHost = ReactiveControllerHost &
  HTMLElement & {
    baseUrl?: string | null;
    locale?: string | null;
    documentLang?: string | null;
    dataSource?: BillingDataSource | null;
  };

/**
 * The locale an element speaks: its own `locale`, else the provider's, else the language of the page around it
 * (closest `lang`, then the document's), else the browser's, else English. Each is normalised (`en_US` → `en-US`,
 * `C` → `en`); one that is no locale at all is passed over for the next, with a console warning (see locale.ts).
 */
export function resolveLocale(element: Element, own?: string | null, inherited?: string | null): string {
  return pickLocale(own, inherited) ?? pickLocale(...pageLanguages(element)) ?? 'en';
}

// Server-side rendering has no document and no tree to walk: only the element's own `lang` says anything there.
function pageLanguages(element: Element): Array<string | null | undefined> {
  if (isServer) return [element.getAttribute('lang')];
  return [closestLang(element), document.documentElement.lang, navigator.language];
}

/**
 * The `lang` of the nearest ancestor that has one, looking through shadow roots to their hosts, as HTML's own
 * language inheritance does: an element inside another component's shadow root speaks the page's language.
 */
function closestLang(element: Element): string | null {
  for (let node: Element | null = element; node; ) {
    const found = node.closest('[lang]');
    if (found) return found.getAttribute('lang');
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

/**
 * Gives an element its resolved `BillingConfig`: the nearest `<billing-provider>`'s, with the element's own
 * `dataSource`, `baseUrl`, `locale` and `document-lang` laid over it, so an element works inside a provider, alone, or both.
 *
 * An element's own `base-url` gets a plain RestDataSource, without the provider's headers, credentials or timeout;
 * an element that needs those takes them from a provider or is given a `dataSource`.
 *
 * `config` is the same object until something changes and a new object after, so it can be a `Task` argument:
 * a change aborts the request in flight and loads again, and nothing else does.
 *
 * ```ts
 * private readonly billing = new BillingConfigController(this);
 * private readonly invoice = new Task(this, {
 *   args: () => [this.billing.config, this.invoiceId] as const,
 *   task: ([{ dataSource }, invoiceId], { signal }) => dataSource?.getInvoice(this.customerId, invoiceId, signal),
 * });
 * ```
 */
export class BillingConfigController {
  private readonly host: BillingConfigHost;
  // The consumer is the reactive part: subscribed, it requests a host update whenever the provider hands out a new
  // config, and the host's next render reads the new `config`.
  private readonly consumer: ContextConsumer<typeof billingContext, BillingConfigHost>;
  private restBaseUrl: string | null = null;
  private restDataSource: BillingDataSource | null = null;
  private resolved: BillingConfig | null = null;

  constructor(host: BillingConfigHost) {
    this.host = host;
    this.consumer = new ContextConsumer(host, { context: billingContext, subscribe: true });
  }

  /** The element's config, resolved from its own properties, the provider and the page. */
  get config(): BillingConfig {
    const inherited = this.consumer.value;
    const dataSource = this.host.dataSource ?? this.dataSourceFor(this.host.baseUrl) ?? inherited?.dataSource ?? null;
    const locale = resolveLocale(this.host, this.host.locale, inherited?.locale);
    const documentLocale = pickLocale(this.host.documentLang, inherited?.documentLocale);
    const branding = inherited?.branding ?? NO_BRANDING;
    const previous = this.resolved;
    const unchanged =
      previous?.dataSource === dataSource && previous.locale === locale && previous.documentLocale === documentLocale && previous.branding === branding;
    if (previous && unchanged) return previous;
    this.resolved = { dataSource, locale, documentLocale, branding };
    return this.resolved;
  }

  // One RestDataSource per base URL, so re-renders do not look like a configuration change.
  private dataSourceFor(baseUrl: string | null | undefined): BillingDataSource | null {
    if (!baseUrl) return null;
    if (!this.restDataSource || baseUrl !== this.restBaseUrl) {
      this.restBaseUrl = baseUrl;
      this.restDataSource = restDataSourceFor({ baseUrl });
    }
    return this.restDataSource;
  }
}
