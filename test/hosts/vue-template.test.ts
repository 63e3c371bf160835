/**
 * Vue templates (as opposed to the example's render functions), compiled in the browser by Vue's full build: `:prop`
 * bindings that must land as properties, and `@event` listeners on the elements' events. (Compiled in the browser, Vue
 * already treats defined custom elements as such; `isCustomElement` is set as an app with a build step must set it.)
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createApp, type App } from 'vue/dist/vue.esm-bundler.js';
import '../../src/index.js';
import type { InvoiceHistory } from '../../src/elements/invoice-history/invoice-history.js';
import { query, rowIds } from '../elements/invoice-history/helpers.js';

describe('Vue 3 template host', () => {
  let app: App | undefined;
  afterEach(() => app?.unmount());

  it('binds objects as properties and hears @invoice-select from a template', async () => {
    const container = await fixture<HTMLElement>(html`<div></div>`);
    const warnings: unknown[] = [];
    app = createApp({
      data: () => ({ headers: { 'X-Billing-Tenant': `vue-template-${crypto.randomUUID()}` }, messages: { heading: 'Your invoices' }, selected: '' }),
      template: `
        <billing-provider base-url="/api" :headers="headers">
          <invoice-history customer-id="cus-small" :messages="messages" @invoice-select="selected = $event.invoiceId"></invoice-history>
          <p id="selected">{{ selected }}</p>
        </billing-provider>`,
    });
    app.config.compilerOptions.isCustomElement = (tag: string) => tag.includes('-');
    app.config.warnHandler = (message: string) => warnings.push(message);
    app.mount(container);

    const history = container.querySelector<InvoiceHistory>('invoice-history')!;
    await waitUntil(() => history.currentState.type === 'loaded', 'the invoices never loaded', { timeout: 15000 });
    await history.updateComplete;
    expect(history.messages).to.deep.equal({ heading: 'Your invoices' });
    expect(history.hasAttribute('messages')).to.equal(false);
    expect(query(history, '[part="heading"]').textContent).to.equal('Your invoices');

    query(history, `tr[data-id="${rowIds(history)[0]}"] [part="open"]`).click();
    await waitUntil(() => container.querySelector('#selected')!.textContent === rowIds(history)[0], 'the template never heard invoice-select');
    expect(warnings).to.deep.equal([]);
  });
});
