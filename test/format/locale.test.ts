/**
 * Locales as real sites write them (`<html lang="en_US">`, `lang="C"`, `locale="de_DE"`) and values that are no locale
 * at all: every element still loads and speaks the right language, and an invalid one is reported once.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { RestDataSource } from '../../src/api/rest-data-source.js';
import '../../src/context/billing-provider.js';
import '../../src/elements/invoice-detail/invoice-detail.js';
import type { InvoiceDetail } from '../../src/elements/invoice-detail/invoice-detail.js';
import '../../src/elements/invoice-history/invoice-history.js';
import type { InvoiceHistory } from '../../src/elements/invoice-history/invoice-history.js';
import '../../src/elements/notification-settings-form/notification-settings-form.js';
import type { NotificationSettingsForm } from '../../src/elements/notification-settings-form/notification-settings-form.js';

const api = () => new RestDataSource({ baseUrl: '/api', headers: { 'X-Billing-Tenant': `locale-${crypto.randomUUID()}` } });

type Billed = InvoiceHistory | InvoiceDetail | NotificationSettingsForm;

/** The three elements, each with what it shows once loaded in English and in German. */
const ELEMENTS: Array<{ name: string; render: (locale: string | null) => TemplateResult; english: string; german: string; loaded: (el: Billed) => boolean }> = [
  {
    name: 'invoice-history',
    render: (locale) => html`<invoice-history customer-id="cus-small" locale=${locale ?? ''} .dataSource=${api()}></invoice-history>`,
    english: 'Invoice history',
    german: 'Rechnungsverlauf',
    loaded: (el) => (el as InvoiceHistory).currentState.type === 'loaded',
  },
  {
    name: 'invoice-detail',
    render: (locale) => html`<invoice-detail customer-id="cus-small" invoice-id="inv-small-2" locale=${locale ?? ''} .dataSource=${api()}></invoice-detail>`,
    english: 'Download PDF',
    german: 'PDF herunterladen',
    loaded: (el) => (el as InvoiceDetail).currentState.type === 'loaded',
  },
  {
    name: 'notification-settings-form',
    render: (locale) => html`<notification-settings-form locale=${locale ?? ''} .dataSource=${api()}></notification-settings-form>`,
    english: 'E-mail branding',
    german: 'E-Mail-Branding',
    loaded: (el) => (el as NotificationSettingsForm).currentState.type === 'view',
  },
];

const HOSTILE = ['not a locale', '"><img src=x onerror=alert(1)>', 'en-US-\u0000', 'x'.repeat(10_000), '__proto__'];

function text(el: Element): string {
  return (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
}

async function loaded(el: Billed, isLoaded: (el: Billed) => boolean): Promise<void> {
  await waitUntil(() => isLoaded(el), `<${el.localName}> never finished loading`, { timeout: 15000 });
  await el.updateComplete;
}

/** Records console warnings while `body` runs. */
async function warningsDuring(body: () => Promise<void>): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...values: unknown[]) => warnings.push(values.map(String).join(' '));
  try {
    await body();
  } finally {
    console.warn = original;
  }
  return warnings;
}

async function withPageLang(lang: string, body: () => Promise<void>): Promise<void> {
  const original = document.documentElement.getAttribute('lang');
  document.documentElement.setAttribute('lang', lang);
  try {
    await body();
  } finally {
    if (original === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', original);
  }
}

for (const element of ELEMENTS) {
  describe(`<${element.name}> with locales as sites write them`, () => {
    for (const [lang, expected] of [
      ['en_US', 'english'],
      ['C', 'english'],
      ['POSIX', 'english'],
      ['de_DE', 'german'],
      ['de_DE.UTF-8', 'german'],
    ] as const) {
      it(`loads and speaks ${expected} under <html lang="${lang}">`, async () => {
        await withPageLang(lang, async () => {
          const el = await fixture<Billed>(element.render(null));
          await loaded(el, element.loaded);
          expect(text(el)).to.contain(element[expected]);
          await expect(el).to.be.accessible();
        });
      });
    }

    it('loads in German with its own locale="de_DE"', async () => {
      const el = await fixture<Billed>(element.render('de_DE'));
      await loaded(el, element.loaded);
      expect(text(el)).to.contain(element.german);
    });

    it('loads in German inside <billing-provider locale="de_DE">', async () => {
      const provider = await fixture<HTMLElement>(html`<billing-provider locale="de_DE">${element.render(null)}</billing-provider>`);
      const el = provider.firstElementChild as Billed;
      await loaded(el, element.loaded);
      expect(text(el)).to.contain(element.german);
    });

    for (const value of HOSTILE) {
      // Unique per element: each distinct value is reported once per page, and the three elements share the page.
      const hostile = `${value} ${element.name}`;
      it(`falls back to the provider's locale for its own locale ${JSON.stringify(hostile.slice(0, 30))}, with one warning`, async () => {
        const warnings = await warningsDuring(async () => {
          const provider = await fixture<HTMLElement>(html`<billing-provider locale="de-DE">${element.render(hostile)}</billing-provider>`);
          const el = provider.firstElementChild as Billed;
          await loaded(el, element.loaded);
          expect(text(el)).to.contain(element.german);
          // More renders must not warn again.
          el.requestUpdate();
          await el.updateComplete;
        });
        const about = warnings.filter((warning) => warning.includes(hostile.slice(0, 30)));
        expect(about.length, warnings.join('\n')).to.equal(1);
      });
    }

    it('falls back to English when the provider’s locale is no locale either', async () => {
      await withPageLang('', async () => {
        const provider = await fixture<HTMLElement>(html`<billing-provider locale="&lt;b&gt;">${element.render('no such locale')}</billing-provider>`);
        const el = provider.firstElementChild as Billed;
        await loaded(el, element.loaded);
        expect(text(el)).to.contain(element.english);
        await expect(el).to.be.accessible();
      });
    });
  });
}
