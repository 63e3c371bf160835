import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { css, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { Lazy } from '../src/lazy.js';
import { LazyElement, type ElementView, type ViewModule } from '../src/lazy-element.js';

/**
 * A lazily loaded element for the tests: what it loads is up to each test (`load`), as each test needs the
 * view to arrive at a moment of its choosing, or to fail to.
 */
type GreetingModule = ViewModule<LazyGreeting, ElementView>;
let load: () => Promise<GreetingModule>;
let loads = 0;

class LazyGreeting extends LazyElement {
  protected static override viewModule = new Lazy(() => {
    loads++;
    return load();
  });

  /** Who to greet. */
  @property() name = 'world';

  /** Set by the view when the user presses the button; reflected so a stylesheet could see it. */
  @property({ type: Boolean, reflect: true }) waved = false;
}

/** The view: a plain object, not an element; its own state (`presses`) lives in it. */
class GreetingView implements ElementView {
  private presses = 0;

  constructor(private readonly host: LazyGreeting) {}

  private readonly handleWave = (): void => {
    this.presses++;
    this.host.waved = true;
    this.host.dispatchEvent(new Event('wave', { bubbles: true, composed: true }));
  };

  render(): TemplateResult {
    return html`<p part="greeting">Hello, ${this.host.name}! (${this.presses})</p>
      <button @click=${this.handleWave}>Wave</button><slot name="after"></slot>`;
  }
}

const greetingModule: GreetingModule = {
  styles: css`
    :host([waved]) p {
      font-weight: 700;
    }
    p {
      color: rgb(1, 2, 3);
    }
  `,
  createView: (host) => new GreetingView(host),
};

customElements.define('lazy-greeting', LazyGreeting);

/** A module that never existed: the import fails over the network, the way a chunk of a stale deploy does. */
const missingModule = (): Promise<GreetingModule> => import(/* @vite-ignore */ `/test/no-such-chunk-${Math.random()}.js`);

const shadow = (element: Element): ShadowRoot => element.shadowRoot!;

describe('LazyElement', () => {
  beforeEach(() => {
    load = async () => greetingModule;
    loads = 0;
    // Each test loads afresh.
    (LazyGreeting as unknown as { viewModule: Lazy<GreetingModule> }).viewModule = new Lazy(() => {
      loads++;
      return load();
    });
  });

  it('renders the view straight into its own shadow root: one element, nothing in between', async () => {
    const element = await fixture<LazyGreeting>(html`<lazy-greeting name="Ada"></lazy-greeting>`);
    expect([...shadow(element).children].map((child) => child.localName)).to.deep.equal(['p', 'button', 'slot']);
    expect(shadow(element).querySelector('p')!.textContent).to.equal('Hello, Ada! (0)');
    await expect(element).to.be.accessible();
  });

  it('styles it with the view module’s sheet, whose :host is the element', async () => {
    const element = await fixture<LazyGreeting>(html`<lazy-greeting waved></lazy-greeting>`);
    const paragraph = shadow(element).querySelector('p')!;
    expect(getComputedStyle(paragraph).color).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(paragraph).fontWeight).to.equal('700');
  });

  it('renders nothing until the view arrives, and updateComplete waits for it', async () => {
    let arrive!: () => void;
    load = () => new Promise((resolve) => (arrive = () => resolve(greetingModule)));
    const element = document.createElement('lazy-greeting') as LazyGreeting;
    document.body.append(element);
    try {
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(shadow(element).querySelector('p')).to.equal(null);
      element.name = 'Grace';
      arrive();
      await element.updateComplete;
      expect(shadow(element).querySelector('p')!.textContent).to.equal('Hello, Grace! (0)');
    } finally {
      element.remove();
    }
  });

  it('loads the view once for every element on the page', async () => {
    await fixture(html`<div><lazy-greeting></lazy-greeting><lazy-greeting></lazy-greeting></div>`);
    const [first, second] = document.querySelectorAll<LazyGreeting>('lazy-greeting');
    await Promise.all([first!.updateComplete, second!.updateComplete]);
    expect(loads).to.equal(1);
    expect(shadow(second!).querySelector('p')).not.to.equal(null);
  });

  it('fetches the view ahead of the first element when asked to, once', async () => {
    await Promise.all([LazyGreeting.preload(), LazyGreeting.preload()]);
    expect(loads).to.equal(1);
    const element = await fixture<LazyGreeting>(html`<lazy-greeting></lazy-greeting>`);
    expect(shadow(element).querySelector('p')!.textContent).to.equal('Hello, world! (0)');
    expect(loads).to.equal(1);
  });

  it('rejects a preload whose code cannot be fetched, and tries again on the next', async () => {
    load = missingModule;
    let failure: unknown;
    await LazyGreeting.preload().catch((error: unknown) => (failure = error));
    expect(failure).to.be.instanceOf(Error);
    load = async () => greetingModule;
    await LazyGreeting.preload();
    expect(loads).to.equal(2);
  });

  it('passes what the page sets on the element to the view', async () => {
    const element = await fixture<LazyGreeting>(html`<lazy-greeting></lazy-greeting>`);
    element.name = 'Linus';
    await element.updateComplete;
    expect(shadow(element).querySelector('p')!.textContent).to.equal('Hello, Linus! (0)');
    element.setAttribute('name', 'Barbara');
    await element.updateComplete;
    expect(shadow(element).querySelector('p')!.textContent).to.equal('Hello, Barbara! (0)');
  });

  it('keeps one property store: what the view sets is the element’s, its private state stays in the view', async () => {
    const element = await fixture<LazyGreeting>(html`<lazy-greeting></lazy-greeting>`);
    shadow(element).querySelector('button')!.click();
    await element.updateComplete;
    expect(element.waved).to.equal(true);
    expect(element.hasAttribute('waved')).to.equal(true);
    expect(shadow(element).querySelector('p')!.textContent).to.equal('Hello, world! (1)');
    expect(Object.hasOwn(element, 'presses')).to.equal(false);
  });

  it('lets the page hear the view’s events on the element', async () => {
    const element = await fixture<LazyGreeting>(html`<lazy-greeting></lazy-greeting>`);
    const wave = oneEvent(element, 'wave');
    shadow(element).querySelector('button')!.click();
    const event = await wave;
    expect(event.target).to.equal(element);
  });

  it('puts the page’s children in the view’s slots', async () => {
    const element = await fixture<LazyGreeting>(html`<lazy-greeting><em slot="after">!</em></lazy-greeting>`);
    const slot = shadow(element).querySelector<HTMLSlotElement>('slot[name="after"]')!;
    expect(slot.assignedElements()).to.deep.equal([element.querySelector('em')]);
  });

  it('says so, with a way to try again, when the view cannot be loaded', async () => {
    load = missingModule;
    const element = await fixture<LazyGreeting>(html`<lazy-greeting></lazy-greeting>`);
    await element.updateComplete;
    const alert = shadow(element).querySelector('[part="load-error"]')!;
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(alert.textContent).to.contain('could not be loaded');
    await expect(element).to.be.accessible();

    load = async () => greetingModule;
    shadow(element).querySelector<HTMLButtonElement>('[part="load-retry"]')!.click();
    await element.updateComplete;
    expect(shadow(element).querySelector('[part="load-error"]')).to.equal(null);
    expect(shadow(element).querySelector('p')!.textContent).to.equal('Hello, world! (0)');
    expect(loads).to.equal(2);
  });
});
