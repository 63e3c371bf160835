import { expect, fixture, fixtureSync } from '@open-wc/testing';
import { html, LitElement, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { BillingDataSource } from '../../src/api/data-source.js';
import { BillingError } from '../../src/api/errors.js';
import { RestDataSource } from '../../src/api/rest-data-source.js';
import { BillingConfigController } from '../../src/context/billing-config-controller.js';
import type { BillingConfig } from '../../src/context/billing-context.js';
import { BillingProvider } from '../../src/context/billing-provider.js';
import { defineElement } from '../../src/define.js';

/** The smallest element configured the way the real ones are; it records every config it rendered with. */
class ConfigProbe extends LitElement {
  @property({ attribute: 'base-url' }) baseUrl: string | null = null;
  @property() locale: string | null = null;
  @property({ attribute: false }) dataSource: BillingDataSource | null = null;

  readonly billing = new BillingConfigController(this);
  readonly rendered: BillingConfig[] = [];

  override render() {
    const config = this.billing.config;
    this.rendered.push(config);
    return html`<p>${config.locale} ${config.branding.name ?? ''}</p>`;
  }
}

defineElement('config-probe', ConfigProbe);

declare global {
  interface HTMLElementTagNameMap {
    'config-probe': ConfigProbe;
  }
}

/** A data source that is only ever compared by identity. */
function fakeDataSource(): BillingDataSource {
  const unused = () => Promise.reject(new Error('not used in these tests'));
  return { listInvoices: unused, getInvoice: unused, sendInvoice: unused, getSettings: unused, saveSettings: unused };
}

// fixtureSync, because open-wc's fixture waits an animation frame for roots that are not Lit elements, and Chromium
// skips animation frames in the background page when test files run in parallel (modernweb-dev/web#2588).
async function probeIn(template: TemplateResult): Promise<ConfigProbe> {
  const root = fixtureSync<HTMLElement>(template);
  const probe = root instanceof ConfigProbe ? root : root.querySelector('config-probe')!;
  await probe.updateComplete;
  return probe;
}

describe('billing-provider', () => {
  it('gives the elements inside it its data source, locale and branding', async () => {
    const dataSource = fakeDataSource();
    const probe = await probeIn(html`
      <billing-provider .dataSource=${dataSource} locale="de-AT" brand-name="Acme Hosting" accent-color="#6d28d9">
        <config-probe></config-probe>
      </billing-provider>
    `);
    expect(probe.billing.config.dataSource).to.equal(dataSource);
    expect(probe.billing.config.locale).to.equal('de-AT');
    expect(probe.billing.config.branding).to.include({ name: 'Acme Hosting', accentColor: '#6d28d9' });
  });

  it('builds a RestDataSource from base-url', async () => {
    const probe = await probeIn(html`<billing-provider base-url="/api"><config-probe></config-probe></billing-provider>`);
    expect(probe.billing.config.dataSource).to.be.instanceOf(RestDataSource);
  });

  it('prefers its dataSource property over base-url', async () => {
    const dataSource = fakeDataSource();
    const probe = await probeIn(html`
      <billing-provider base-url="/api" .dataSource=${dataSource}><config-probe></config-probe></billing-provider>
    `);
    expect(probe.billing.config.dataSource).to.equal(dataSource);
  });

  it('lets brand-name and accent-color override the branding property', async () => {
    const probe = await probeIn(html`
      <billing-provider
        .branding=${{ name: 'From property', logoUrl: 'https://example.com/logo.png', accentColor: '#000000' }}
        brand-name="From attribute"
        accent-color="#0b57d0"
      >
        <config-probe></config-probe>
      </billing-provider>
    `);
    expect(probe.billing.config.branding).to.deep.equal({
      name: 'From attribute',
      logoUrl: 'https://example.com/logo.png',
      controlPanelUrl: null,
      websiteUrl: null,
      accentColor: '#0b57d0',
    });
  });

  it('ignores an accent colour that is not hex', async () => {
    const probe = await probeIn(html`
      <billing-provider accent-color="javascript:alert(1)"><config-probe></config-probe></billing-provider>
    `);
    expect(probe.billing.config.branding.accentColor).to.equal(null);
  });

  it('lets a nested provider override what it sets', async () => {
    const outer = fakeDataSource();
    const inner = fakeDataSource();
    const probe = await probeIn(html`
      <billing-provider .dataSource=${outer} locale="en-US" brand-name="Outer">
        <billing-provider .dataSource=${inner} locale="ja" brand-name="Inner">
          <config-probe></config-probe>
        </billing-provider>
      </billing-provider>
    `);
    expect(probe.billing.config.dataSource).to.equal(inner);
    expect(probe.billing.config.locale).to.equal('ja');
    expect(probe.billing.config.branding.name).to.equal('Inner');
  });

  it('lets a nested provider inherit what it leaves unset', async () => {
    const outer = fakeDataSource();
    const probe = await probeIn(html`
      <billing-provider .dataSource=${outer} locale="de" .branding=${{ logoUrl: 'https://example.com/logo.png' }}>
        <billing-provider brand-name="Inner">
          <config-probe></config-probe>
        </billing-provider>
      </billing-provider>
    `);
    expect(probe.billing.config.dataSource).to.equal(outer);
    expect(probe.billing.config.locale).to.equal('de');
    expect(probe.billing.config.branding).to.include({ name: 'Inner', logoUrl: 'https://example.com/logo.png' });
  });

  it("lets an element's own locale override the provider's", async () => {
    const probe = await probeIn(html`
      <billing-provider locale="de"><config-probe locale="ja-JP"></config-probe></billing-provider>
    `);
    expect(probe.billing.config.locale).to.equal('ja-JP');
  });

  it("lets an element's own dataSource override the provider's", async () => {
    const own = fakeDataSource();
    const probe = await probeIn(html`
      <billing-provider .dataSource=${fakeDataSource()}><config-probe .dataSource=${own}></config-probe></billing-provider>
    `);
    expect(probe.billing.config.dataSource).to.equal(own);
  });

  it("lets an element's own base-url override the provider's data source", async () => {
    const provided = fakeDataSource();
    const probe = await probeIn(html`
      <billing-provider .dataSource=${provided}><config-probe base-url="/api"></config-probe></billing-provider>
    `);
    expect(probe.billing.config.dataSource).to.be.instanceOf(RestDataSource);
  });

  it('keeps the same config object while nothing changes', async () => {
    const probe = await probeIn(html`
      <billing-provider base-url="/api" locale="de"><config-probe></config-probe></billing-provider>
    `);
    const before = probe.billing.config;
    probe.requestUpdate();
    await probe.updateComplete;
    expect(probe.billing.config).to.equal(before);
    expect(probe.rendered.at(-1)).to.equal(before);
  });

  it('hands the element a new config and re-renders it when the provider changes', async () => {
    const provider = await fixture<BillingProvider>(html`
      <billing-provider locale="en"><config-probe></config-probe></billing-provider>
    `);
    const probe = provider.querySelector('config-probe')!;
    await probe.updateComplete;
    const before = probe.billing.config;

    provider.locale = 'de';
    await provider.updateComplete;
    await probe.updateComplete;

    expect(probe.billing.config).to.not.equal(before);
    expect(probe.rendered.at(-1)?.locale).to.equal('de');
    expect(probe.shadowRoot!.textContent).to.contain('de');
  });

  it('hands out a new data source when its headers change', async () => {
    const provider = await fixture<BillingProvider>(html`
      <billing-provider base-url="/api"><config-probe></config-probe></billing-provider>
    `);
    const probe = provider.querySelector('config-probe')!;
    await probe.updateComplete;
    const before = probe.billing.config.dataSource;

    provider.headers = { 'X-Billing-Tenant': 'headers-change' };
    await provider.updateComplete;
    await probe.updateComplete;

    expect(probe.billing.config.dataSource).to.be.instanceOf(RestDataSource);
    expect(probe.billing.config.dataSource).to.not.equal(before);
  });

  it('configures elements that were upgraded before the provider was defined', async () => {
    const tag = 'late-billing-provider';
    const probe = await probeIn(html`<late-billing-provider locale="fr"><config-probe></config-probe></late-billing-provider>`);
    expect(probe.billing.config.locale).to.not.equal('fr');

    customElements.define(tag, class extends BillingProvider {});
    await (probe.parentElement as BillingProvider).updateComplete;
    await probe.updateComplete;

    expect(probe.billing.config.locale).to.equal('fr');
  });

  it('does not throw when its module is loaded a second time', async () => {
    const first = customElements.get('billing-provider');
    // A query string makes the browser evaluate the module again, as a second bundle on the page would.
    await import(`../../src/context/billing-provider.ts?second-copy=${Date.now()}`);
    expect(customElements.get('billing-provider')).to.equal(first);
  });

  it('adds no box of its own to the layout', async () => {
    const provider = await fixture<BillingProvider>(html`<billing-provider><p>Content</p></billing-provider>`);
    expect(getComputedStyle(provider).display).to.equal('contents');
  });

  it('is accessible with content inside', async () => {
    const provider = await fixture<BillingProvider>(html`
      <billing-provider base-url="/api" locale="en"><config-probe></config-probe><p>Your invoices</p></billing-provider>
    `);
    await expect(provider).to.be.accessible();
  });

  describe('requests to base-url', () => {
    it('go through with the headers it is given', async () => {
      const probe = await probeIn(html`
        <billing-provider base-url="/api" .headers=${{ 'X-Billing-Fault': 'status=503' }}>
          <config-probe></config-probe>
        </billing-provider>
      `);
      const error = await probe.billing.config.dataSource!.listInvoices('cus-small', {}).catch((caught: unknown) => caught);
      expect(error).to.be.instanceOf(BillingError);
      expect((error as BillingError).kind).to.equal('server');
    });

    it('carry the headers of its authHeaders provider', async () => {
      const authHeaders = async () => ({ 'X-Billing-Fault': 'status=401' });
      const probe = await probeIn(html`
        <billing-provider base-url="/api" .authHeaders=${authHeaders}><config-probe></config-probe></billing-provider>
      `);
      const error = await probe.billing.config.dataSource!.listInvoices('cus-small', {}).catch((caught: unknown) => caught);
      expect((error as BillingError).kind).to.equal('unauthorized');
    });

    it('fail as a timeout after its timeout', async () => {
      const probe = await probeIn(html`
        <billing-provider base-url="/api" timeout="200" .headers=${{ 'X-Billing-Fault': 'hang' }}>
          <config-probe></config-probe>
        </billing-provider>
      `);
      const error = await probe.billing.config.dataSource!.listInvoices('cus-small', {}).catch((caught: unknown) => caught);
      expect((error as BillingError).kind).to.equal('timeout');
    });
  });
});

describe('BillingConfigController without a provider', () => {
  it('loads from the backend with only base-url', async () => {
    const probe = await probeIn(html`<config-probe base-url="/api"></config-probe>`);
    const page = await probe.billing.config.dataSource!.listInvoices('cus-small', {});
    expect(page.items.map((invoice) => invoice.id)).to.have.members(['inv-small-1', 'inv-small-2', 'inv-small-3']);
  });

  it('has no data source when nothing configures one', async () => {
    const probe = await probeIn(html`<config-probe></config-probe>`);
    expect(probe.billing.config.dataSource).to.equal(null);
  });

  it('turns a base-url that is no URL into a clear error on every request', async () => {
    const probe = await probeIn(html`<config-probe base-url="http://[not-a-host"></config-probe>`);
    const error = await probe.billing.config.dataSource!.getSettings().catch((caught: unknown) => caught);
    expect(error).to.be.instanceOf(BillingError);
    expect((error as BillingError).message).to.contain('http://[not-a-host');
  });

  it('takes the locale from the closest lang attribute', async () => {
    const probe = await probeIn(html`<div lang="ja"><section><config-probe></config-probe></section></div>`);
    expect(probe.billing.config.locale).to.equal('ja');
  });

  it('takes the locale from the lang around the shadow root it is in, as HTML inherits languages', async () => {
    const host = fixtureSync<HTMLElement>(html`<div lang="ko"><span></span></div>`).querySelector('span')!;
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<section><config-probe></config-probe></section>';
    const probe = root.querySelector<ConfigProbe>('config-probe')!;
    await probe.updateComplete;
    expect(probe.billing.config.locale).to.equal('ko');
  });

  it("takes the locale from the document's lang when no ancestor has one", async () => {
    const original = document.documentElement.getAttribute('lang');
    document.documentElement.lang = 'pt-BR';
    try {
      const probe = await probeIn(html`<config-probe></config-probe>`);
      expect(probe.billing.config.locale).to.equal('pt-BR');
    } finally {
      if (original === null) document.documentElement.removeAttribute('lang');
      else document.documentElement.lang = original;
    }
  });

  it("takes the browser's language when the page declares none", async () => {
    const original = document.documentElement.getAttribute('lang');
    document.documentElement.removeAttribute('lang');
    try {
      const probe = await probeIn(html`<config-probe></config-probe>`);
      expect(probe.billing.config.locale).to.equal(navigator.language || 'en');
    } finally {
      if (original !== null) document.documentElement.lang = original;
    }
  });

  it('hands out a new config when its own locale changes', async () => {
    const probe = await probeIn(html`<config-probe locale="en"></config-probe>`);
    const before = probe.billing.config;
    probe.locale = 'de';
    await probe.updateComplete;
    expect(probe.billing.config).to.not.equal(before);
    expect(probe.billing.config.locale).to.equal('de');
  });
});
