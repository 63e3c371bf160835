import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, nothing } from 'lit';
import { Lazy, LazyController } from '../src/lazy.js';

/** A value that arrives when the test says so, or fails. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((yes, no) => ((resolve = yes), (reject = no)));
  return { promise, resolve, reject };
}

/** Renders the lazy greeting, or "…" while it loads; `updateComplete` waits for it, as the elements' do. */
class LazyProbe extends LitElement {
  greeting: Lazy<string> | null = null;
  renders = 0;
  private readonly lazy = new LazyController(this);

  protected override async getUpdateComplete(): Promise<boolean> {
    const complete = await super.getUpdateComplete();
    await this.lazy.settled();
    return (await super.getUpdateComplete()) && complete;
  }

  protected override render() {
    this.renders++;
    if (!this.greeting) return nothing;
    return html`<p>${this.lazy.use(this.greeting) ?? '…'}</p>`;
  }
}
customElements.define('lazy-probe', LazyProbe);

describe('Lazy', () => {
  it('loads once, however often it is asked', async () => {
    let calls = 0;
    const lazy = new Lazy(async () => ++calls);
    await Promise.all([lazy.load(), lazy.load()]);
    await lazy.load();
    expect(calls).to.equal(1);
    expect(lazy.value).to.equal(1);
  });

  it('tries again after a failed load', async () => {
    let calls = 0;
    const lazy = new Lazy(async () => {
      calls++;
      if (calls === 1) throw new Error('offline');
      return 'loaded';
    });
    await lazy.load().catch(() => undefined);
    expect(lazy.value).to.equal(undefined);
    expect(await lazy.load()).to.equal('loaded');
  });
});

describe('LazyController', () => {
  it('renders without the value while it loads, and again when it arrives', async () => {
    const arrival = deferred<string>();
    const probe = await fixture<LazyProbe>(html`<lazy-probe></lazy-probe>`);
    probe.greeting = new Lazy(() => arrival.promise);
    probe.requestUpdate();
    await new Promise((resolve) => setTimeout(resolve));
    expect(probe.shadowRoot!.textContent).to.equal('…');
    arrival.resolve('Hallo');
    await probe.updateComplete;
    expect(probe.shadowRoot!.textContent).to.equal('Hallo');
  });

  it('makes updateComplete wait for what the render asked for', async () => {
    const probe = await fixture<LazyProbe>(html`<lazy-probe></lazy-probe>`);
    probe.greeting = new Lazy(() => new Promise<string>((resolve) => setTimeout(() => resolve('Hallo'), 50)));
    probe.requestUpdate();
    await probe.updateComplete;
    expect(probe.shadowRoot!.textContent).to.equal('Hallo');
  });

  it('keeps the fallback when loading fails, without rendering in a loop', async () => {
    const failure = deferred<string>();
    const probe = await fixture<LazyProbe>(html`<lazy-probe></lazy-probe>`);
    probe.greeting = new Lazy(() => failure.promise);
    probe.requestUpdate();
    await new Promise((resolve) => setTimeout(resolve));
    const renders = probe.renders;
    failure.reject(new Error('chunk not found'));
    await probe.updateComplete;
    expect(probe.shadowRoot!.textContent).to.equal('…');
    expect(probe.renders).to.equal(renders);
  });
});
