import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { viewFromSearchParams, writeViewToSearchParams, type InvoiceView } from './invoice-query.js';

interface UrlSyncOptions {
  /** The key prefix (`sync-url`'s value); null when the element does not sync. */
  prefix: () => string | null;
  /** The view on screen. */
  view: () => InvoiceView;
  /** Shows a view read from the URL (on `restore()` and on back/forward). */
  restore: (view: InvoiceView) => void;
}

/**
 * Keeps `<invoice-history>`'s filters, sort and page in the query string: reload, back/forward and shared links
 * restore the view. The user's changes become history entries (`write('push')`); the host's only correct the current
 * entry (`write('replace')`), so a reload never brings back a page cursor that belongs to another view.
 */
export class ViewUrlSync implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    private readonly options: UrlSyncOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.handlePopState);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.handlePopState);
  }

  /** Shows the view the URL holds, when the element syncs. */
  restore(): void {
    const prefix = this.options.prefix();
    if (prefix !== null) this.options.restore(viewFromSearchParams(new URLSearchParams(location.search), prefix));
  }

  /** Writes the view to the URL, when the element syncs and the URL does not say it already. */
  write(mode: 'push' | 'replace'): void {
    const prefix = this.options.prefix();
    if (prefix === null) return;
    const url = new URL(location.href);
    const search = writeViewToSearchParams(url.searchParams, this.options.view(), prefix).toString();
    if (search === url.search.replace(/^\?/, '')) return;
    url.search = search;
    if (mode === 'push') history.pushState(history.state, '', url);
    else history.replaceState(history.state, '', url);
  }

  private readonly handlePopState = (): void => this.restore();
}
