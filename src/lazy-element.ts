import { adoptStyles, html, isServer, LitElement, nothing, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { languageOf } from './format/messages.js';
import type { Lazy } from './lazy.js';
import { base } from './styles/base.js';

/**
 * What an element's lazily loaded code gives it: how to render, and what to do before each update. It is created
 * once per element, with the element as its host; it keeps its own state and registers its reactive controllers
 * (loads, downloads, URL sync) on the host, so there is one element, one property store and one update cycle.
 */
export interface ElementView {
  render(): TemplateResult | typeof nothing;
  /** Called from the host's `willUpdate`, before the controllers' `hostUpdate`. */
  willUpdate?(changed: PropertyValues): void;
  /** Resolves once what the last render asked for (a language's strings, say) has arrived; `updateComplete` waits. */
  settled?(): Promise<void>;
}

/** A view module: the chunk of one tag. */
export interface ViewModule<Host extends LazyElement = LazyElement, View extends ElementView = ElementView> {
  /** The element's styles, the base sheet included; adopted by the element's shadow root on arrival. */
  readonly styles: CSSResultGroup;
  /** The element's strings in other languages than English, each loaded on first use, by language subtag. */
  readonly languages?: Readonly<Record<string, Lazy<unknown> | undefined>>;
  createView(host: Host): View;
}

/**
 * An element whose code loads when the first one connects, the way Stencil loads its components (one host element,
 * a plain lazily loaded instance behind it): the bundle every page loads defines the element with its public API
 * (properties, attributes, docs) and little more; the view — templates, styles, strings, controllers — is a chunk
 * fetched on first use. A page that shows one of the elements loads one view module.
 *
 * Until the view has arrived the element renders nothing; `updateComplete` waits for it.
 */
export abstract class LazyElement<View extends ElementView = ElementView> extends LitElement {
  // Until the view brings its own: a block that honours `hidden`, like every element.
  static override styles: CSSResultGroup = base;

  /** Loads the element's view module, once per page. Set by each element class. @internal */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each subclass narrows it to its own host and view
  protected static viewModule: Lazy<ViewModule<any, ElementView>>;

  /** The element's view, once its code has arrived. @internal */
  protected view: View | undefined;

  /**
   * Fetches the element's code now instead of when the first one connects: for a page about to show one, e.g. when
   * a list is on screen and its next click opens an invoice. Resolves once the code has arrived; rejects if it could
   * not be fetched (the next attempt, or the first element to connect, tries again).
   *
   * Also fetches the strings of each locale given (`'de-AT'`, `'ja'`). A server that renders the elements calls it
   * first, with the locales it renders in: server-side rendering is synchronous, and an element whose code or strings
   * have not arrived renders empty.
   */
  static async preload(...locales: string[]): Promise<void> {
    const module = await this.viewModule.load();
    await Promise.all(locales.map((locale) => module.languages?.[languageOf(locale)]?.load()));
  }

  @state() private viewFailed = false;
  private viewLoading: Promise<unknown> | undefined;
  /** Whether the shadow root still holds what a server rendered (declarative shadow DOM), shown until the view is. */
  private serverMarkup = false;

  /**
   * Takes over a shadow root a server rendered: what it shows stays on screen until the element can render itself,
   * then is replaced by the element's own render, as if the page had never been rendered elsewhere. Not Lit's
   * hydration, which needs the first render in the browser to match the server's template for template: a lazily
   * loaded element's first render is empty, and its data (a provider's, a load's) may differ from the server's.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    if (isServer || !this.shadowRoot) return super.createRenderRoot();
    this.serverMarkup = true;
    return this.shadowRoot;
  }

  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    // Nothing to render yet: an update would only put an empty render beside the server's markup.
    return !(this.serverMarkup && !this.view && !this.viewFailed) && super.shouldUpdate(changed);
  }

  protected override update(changed: PropertyValues<this>): void {
    if (this.serverMarkup) {
      this.serverMarkup = false;
      // The server's <style> goes with its markup: the element's own styles are adopted, as on a root it created.
      this.renderRoot.replaceChildren();
      if (!this.view) adoptStyles(this.shadowRoot!, (this.constructor as typeof LazyElement).elementStyles);
    }
    super.update(changed);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.viewLoading ??= this.loadView();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The code is here already (another element loaded it, or a server preloaded it before rendering): the first
    // update renders the view at once, without a blank frame, and server-side rendering gets the real markup.
    const loaded = (this.constructor as typeof LazyElement).viewModule.value;
    if (!this.view && !this.hasUpdated && loaded) this.attachView(loaded);
    this.view?.willUpdate?.(changed);
  }

  protected override render(): TemplateResult | typeof nothing {
    if (this.view) return this.view.render();
    // The strings live in the view, which did not arrive: the one message the element can give is English.
    return this.viewFailed
      ? html`<p part="load-error" role="alert">
          This part of the page could not be loaded. <button part="load-retry" @click=${this.handleViewRetry}>Try again</button>
        </p>`
      : nothing;
  }

  /** Also waits for the view to arrive, and for what its render asked for. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const complete = await super.getUpdateComplete();
    await this.viewLoading;
    await this.view?.settled?.();
    return (await super.getUpdateComplete()) && complete;
  }

  private async loadView(): Promise<void> {
    const element = this.constructor as typeof LazyElement;
    let module: ViewModule;
    try {
      module = await element.viewModule.load();
    } catch (error) {
      console.warn(`billing-elements: <${this.localName}> could not be loaded`, error);
      this.viewFailed = true;
      this.viewLoading = undefined;
      return;
    }
    // A retry pressed twice can finish twice, and the first update may have attached it: the first one renders.
    if (this.view) return;
    this.attachView(module);
    // The view's first update sees every property as changed, as the element's own first update did.
    for (const [name, options] of element.elementProperties) {
      if (!options.state) this.requestUpdate(name, undefined, { ...options, hasChanged: () => true });
    }
    this.requestUpdate();
  }

  private attachView(module: ViewModule): void {
    const styles = LazyElement.finalizeStyles(module.styles);
    // A server renderer writes the class's styles into the declarative shadow root; there is no root to adopt into.
    if (isServer) (this.constructor as typeof LazyElement).elementStyles = styles;
    else if (this.renderRoot instanceof ShadowRoot) adoptStyles(this.renderRoot, styles);
    this.viewFailed = false;
    this.view = module.createView(this) as View;
  }

  private readonly handleViewRetry = (): void => {
    this.viewLoading = this.loadView();
  };
}
