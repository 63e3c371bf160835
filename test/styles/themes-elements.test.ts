import { expect, fixtureSync, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { RestDataSource } from '../../src/api/rest-data-source.js';
import '../../src/elements/invoice-detail/invoice-detail.js';
import type { InvoiceDetail } from '../../src/elements/invoice-detail/invoice-detail.js';
import '../../src/elements/invoice-history/invoice-history.js';
import type { InvoiceHistory } from '../../src/elements/invoice-history/invoice-history.js';
import '../../src/elements/notification-settings-form/notification-settings-form.js';
import type { NotificationSettingsForm } from '../../src/elements/notification-settings-form/notification-settings-form.js';
import { TOKEN_DEFAULTS } from '../../src/styles/tokens.js';
import { settled as historySettled } from '../elements/invoice-history/helpers.js';
import { settled as detailSettled } from '../elements/invoice-detail/helpers.js';
import { startEditing, typeInto, untilState } from '../elements/notification-settings-form/helpers.js';
import { loadThemes } from './load-themes.js';

// Every element, loaded from the reference backend, in every ready-made theme, checked with axe: the tokens are
// proven on a swatch in themes.test.ts; this proves the elements use them (and the brand's ::part() rules) in pairs
// that still pass contrast.

before(loadThemes);

afterEach(async () => {
  await emulateMedia({ colorScheme: 'light' });
});

function api(): RestDataSource {
  return new RestDataSource({ baseUrl: '/api', headers: { 'X-Billing-Tenant': `themes-${crypto.randomUUID()}` } });
}

/** The themes as a host page uses them: the class on a container painted with the surface (as docs/theming.md says). */
const themes: Record<string, { className: string; colorScheme: 'light' | 'dark' }> = {
  'no theme': { className: '', colorScheme: 'light' },
  light: { className: 'billing-theme-light', colorScheme: 'light' },
  dark: { className: 'billing-theme-dark', colorScheme: 'dark' },
  'auto on a dark system': { className: 'billing-theme-auto', colorScheme: 'dark' },
  brand: { className: 'billing-theme-brand', colorScheme: 'light' },
};

async function inTheme<T extends HTMLElement>(theme: string, selector: string, content: TemplateResult): Promise<T> {
  const { className, colorScheme } = themes[theme]!;
  await emulateMedia({ colorScheme });
  // fixtureSync: open-wc's fixture waits an animation frame, which a background test page may never get.
  const wrapper = fixtureSync<HTMLDivElement>(
    html`<div class=${className} style="padding: 1rem; background: var(--billing-color-surface, #fff)">${content}</div>`,
  );
  return wrapper.querySelector<T>(selector)!;
}

async function historyIn(theme: string): Promise<InvoiceHistory> {
  const element = await inTheme<InvoiceHistory>(
    theme,
    'invoice-history',
    html`<invoice-history customer-id="cus-medium" locale="en-US" .dataSource=${api()}></invoice-history>`,
  );
  return historySettled(element);
}

async function detailIn(theme: string): Promise<InvoiceDetail> {
  const dataSource = api();
  // An overdue invoice: the badge the brand theme inverts, and an amount still due.
  const [overdue] = (await dataSource.listInvoices('cus-medium', { status: ['overdue'], limit: 1 })).items;
  const element = await inTheme<InvoiceDetail>(
    theme,
    'invoice-detail',
    html`<invoice-detail customer-id="cus-medium" invoice-id=${overdue!.id} show-msrp locale="en-US" .dataSource=${dataSource}></invoice-detail>`,
  );
  return detailSettled(element);
}

async function settingsIn(theme: string): Promise<NotificationSettingsForm> {
  const element = await inTheme<NotificationSettingsForm>(
    theme,
    'notification-settings-form',
    html`<notification-settings-form locale="en" .dataSource=${api()}></notification-settings-form>`,
  );
  await element.updateComplete;
  await untilState(element, 'view');
  return element;
}

for (const theme of Object.keys(themes)) {
  describe(`elements in the ${theme} theme`, () => {
    it('keeps the loaded invoice history readable', async () => {
      const element = await historyIn(theme);
      expect(element.currentState.type).to.equal('loaded');
      await expect(element).to.be.accessible();
    });

    it('keeps a loaded invoice readable', async () => {
      const element = await detailIn(theme);
      expect(element.currentState.type).to.equal('loaded');
      await expect(element).to.be.accessible();
    });

    it('keeps the settings readable in view mode', async () => {
      const element = await settingsIn(theme);
      await expect(element).to.be.accessible();
    });

    it('keeps the settings readable while editing, with a field error showing', async () => {
      const element = await settingsIn(theme);
      await startEditing(element);
      await typeInto(element, 'websiteUrl', '/relative');
      expect(element.shadowRoot!.querySelector('#websiteUrl-message')!.classList.contains('error')).to.equal(true);
      await expect(element).to.be.accessible();
    });
  });
}

describe('theme coverage', () => {
  it('fails the check when a theme’s muted text is too pale, so the checks above do see the elements’ colours', async () => {
    const element = await historyIn('light');
    element.style.setProperty('--billing-color-text-muted', '#b0b0b0');
    await expect(element).not.to.be.accessible();
  });


  const colourTokens = Object.keys(TOKEN_DEFAULTS).filter((name) => name.startsWith('color-'));

  for (const theme of ['light', 'dark', 'auto on a dark system', 'brand']) {
    it(`assigns every colour token in the ${theme} theme`, async () => {
      const container = await inTheme<HTMLElement>(theme, 'p', html`<p>Probe</p>`);
      const unset = colourTokens.filter((name) => getComputedStyle(container).getPropertyValue(`--billing-${name}`).trim() === '');
      expect(unset).to.deep.equal([]);
    });
  }

  it('draws pill-shaped buttons in the brand theme through ::part()', async () => {
    const element = await historyIn('brand');
    const download = element.shadowRoot!.querySelector<HTMLElement>('[part~="download"]')!;
    expect(getComputedStyle(download).borderTopLeftRadius).to.equal('999px');
  });

  it('darkens the table header in the brand theme through ::part()', async () => {
    const element = await historyIn('brand');
    const header = element.shadowRoot!.querySelector<HTMLElement>('[part~="table-head"] th')!;
    expect(getComputedStyle(header).backgroundColor).to.equal('rgb(46, 16, 101)');
  });
});
