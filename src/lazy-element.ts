import { adoptStyles, html, type CSSResultGroup, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import type { Lazy } from './lazy.js';
import { base } from './styles/base.js';

/**
 * An element whose code loads when the first one connects, the way Stencil and Ionic load their components: the
 * bundle every page loads defines the element with its public API (properties, attributes, docs) and little more,
 * and the implementation, with its templates, styles and strings, is a chunk fetched on first use. A page that
 * shows one of the elements loads one implementation.
 *
 * The implementation is a subclass of the element's class, registered under a tag of its own. The element puts one
 * inside its shadow root, where it renders without a shadow root of its own, so its parts, slots and `:host` rules
 * are the element's: for a page, a stylesheet or a test, nothing is in between. The two keep their public properties
 * in step: what the page sets on the element reaches the implementation, and what the implementation changes itself
 * (a filter the user picked, a form's state) reaches the element.
 *
 * Until the implementation has arrived the element renders nothing; `updateComplete` waits for it. An element or
 * implementation that overrides `updated` calls `super.updated`, which keeps the two in step.
 */
export abstract class LazyElement extends LitElement {
  // Until the implementation brings its own: a block that honours `hidden`, like every element.
  static override styles: CSSResultGroup = base;

  /** Loads the implementation class, once per page. Set by each element class; its implementation inherits it. @internal */
  protected static implementationClass: Lazy<typeof LazyElement>;

  /** The element on the page: itself, or for an implementation, the element whose shadow root it renders in. @internal */
  protected shadowHost: LazyElement = this;

  /** The implementation rendering for this element, once loaded. @internal */
  protected implementation: this | undefined;

  /**
   * Fetches the element's code now instead of when the first one connects: for a page about to show one, e.g. when
   * a list is on screen and its next click opens an invoice. Resolves once the code has arrived; rejects if it could
   * not be fetched (the next attempt, or the first element to connect, tries again).
   */
  static async preload(): Promise<void> {
    await this.implementationClass.load();
  }

  @state() private implementationFailed = false;
  private implementationLoading: Promise<unknown> | undefined;

  private get isImplementation(): boolean {
    return this.shadowHost !== this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.isImplementation) this.implementationLoading ??= this.loadImplementation();
  }

  // An implementation renders into itself, inside its element's shadow root.
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    return this.isImplementation ? this : super.createRenderRoot();
  }

  protected override render(): TemplateResult | HTMLElement | typeof nothing {
    if (this.implementation) return this.implementation;
    // The strings live in the implementation, which did not arrive: the one message the element can give is English.
    return this.implementationFailed
      ? html`<p part="load-error" role="alert">
          This part of the page could not be loaded. <button part="load-retry" @click=${this.handleImplementationRetry}>Try again</button>
        </p>`
      : nothing;
  }

  protected override updated(changed: PropertyValues<this>): void {
    const other = (this.isImplementation ? this.shadowHost : this.implementation) as this | undefined;
    if (!other) return;
    const properties = (this.constructor as typeof LazyElement).elementProperties;
    for (const key of changed.keys()) {
      // Public properties only: each side's @state is its own.
      const options = properties.get(key);
      if (!options || options.state) continue;
      const name = key as keyof this;
      if (other[name] !== this[name]) (other as this)[name] = this[name];
    }
  }

  /** Also waits for the implementation to arrive and render. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    if (this.isImplementation) return complete;
    await this.implementationLoading;
    if (!this.implementation) return complete;
    // The element renders the implementation in, then the implementation renders.
    complete = (await super.getUpdateComplete()) && complete;
    return (await this.implementation.updateComplete) && complete;
  }

  private async loadImplementation(): Promise<void> {
    const element = this.constructor as typeof LazyElement;
    let Implementation: typeof LazyElement;
    try {
      Implementation = await element.implementationClass.load();
    } catch (error) {
      console.warn(`billing-elements: <${this.localName}> could not be loaded`, error);
      this.implementationFailed = true;
      this.implementationLoading = undefined;
      return;
    }
    // A retry pressed twice can finish twice; the first one to arrive renders.
    if (this.implementation) return;
    const implementation = new (Implementation as unknown as new () => this)();
    implementation.shadowHost = this;
    for (const [key, options] of element.elementProperties) {
      if (!options.state) (implementation as unknown as Record<PropertyKey, unknown>)[key] = (this as unknown as Record<PropertyKey, unknown>)[key];
    }
    // The implementation has no shadow root, so its styles (the base sheet included) replace this element's.
    adoptStyles(this.renderRoot as ShadowRoot, Implementation.elementStyles);
    implementation.style.display = 'contents';
    this.implementationFailed = false;
    this.implementation = implementation;
    this.requestUpdate();
  }

  private readonly handleImplementationRetry = (): void => {
    this.implementationLoading = this.loadImplementation();
  };
}
