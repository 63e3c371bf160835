/**
 * Every element in every shipped locale (issue #17): rendered against the reference backend inside a page of that
 * language and direction, it fits its box and the page (no sideways scrolling, the Arabic and Hebrew mirrors
 * included), passes axe, and shows no string of its English catalog — the sign of a language file not wired in, a
 * string read from the English catalog directly, or one the translation left out.
 *
 * A few English values are the same word in another language by nature (PDF, CC, "Status" in German); they are
 * allowed explicitly, per locale, below. Anything else English in a non-English render fails.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { RestDataSource } from '../../src/api/rest-data-source.js';
import '../../src/elements/invoice-detail/invoice-detail.js';
import { invoiceDetailMessages } from '../../src/elements/invoice-detail/invoice-detail.messages.js';
import '../../src/elements/invoice-history/invoice-history.js';
import { invoiceHistoryMessages } from '../../src/elements/invoice-history/invoice-history.messages.js';
import '../../src/elements/notification-settings-form/notification-settings-form.js';
import type { NotificationSettingsForm } from '../../src/elements/notification-settings-form/notification-settings-form.js';
import { translations as settingsFormMessages } from '../../src/elements/notification-settings-form/notification-settings-form.messages.js';
import { SHIPPED_LANGUAGES, directionOf } from '../../src/format/messages.js';

/** English values that are the same in these languages: loanwords, codes and brand-neutral terms. */
const SAME_IN_LANGUAGE: Record<string, readonly string[]> = {
  everywhere: ['PDF', 'SKU', 'CC', 'BCC', 'Logo', 'E-mail', 'px'],
  de: ['Status', 'Website', 'Marge', 'Logo'],
  fr: ['Total', 'Description', 'Message', 'Date', 'Actions', 'Pages'],
  es: ['Total', 'Subtotal'],
  it: [],
  nl: ['Status', 'Website', 'Marge', 'Logo'],
  pt: ['Status', 'Total', 'Subtotal'],
  pl: ['Status', 'Logo'],
  ja: ['SKU'],
  zh: [],
  ar: [],
  he: [],
};

/** A customer whose data is in (or near) the locale's language and script, so the render is what such a reader sees. */
const CUSTOMER_FOR: Record<string, string> = { de: 'cus-medium', fr: 'cus-fr', ja: 'cus-yen', zh: 'cus-zh', ar: 'cus-kwd', he: 'cus-kwd' };

const source = (): RestDataSource => new RestDataSource({ baseUrl: '/api', headers: { 'X-Billing-Tenant': `locales-${crypto.randomUUID()}` } });

/** Every text an element shows or announces: text nodes and labelling attributes, through nested shadow roots. */
function shownStrings(root: ParentNode): string[] {
  const found: string[] = [];
  const visit = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node.textContent!.trim();
      if (text && !(node.parentElement instanceof HTMLStyleElement)) found.push(text);
      return;
    }
    if (node instanceof Element) {
      for (const name of ['aria-label', 'title', 'placeholder', 'alt', 'data-label']) {
        const value = node.getAttribute(name);
        if (value) found.push(value);
      }
      if (node.shadowRoot) visit(node.shadowRoot);
    }
    for (const child of node.childNodes) visit(child);
  };
  visit(root);
  return found;
}

/** The English strings of a catalog (message functions left out: their English parts are checked through strings). */
function englishStrings(catalog: Record<string, unknown>): string[] {
  return Object.values(catalog).filter((value): value is string => typeof value === 'string');
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The English catalog values found in a render, as whole words (so "Total" is not found in "Totale"). */
function untranslated(shown: string[], english: string[], allowed: readonly string[]): string[] {
  const text = shown.join('\n');
  return [...new Set(english)]
    .filter((value) => !allowed.includes(value))
    .filter((value) => new RegExp(`(^|[^\\p{L}])${escape(value)}($|[^\\p{L}])`, 'u').test(text));
}

interface Case {
  name: string;
  english: string[];
  render(locale: string, customerId: string, invoiceId: string): TemplateResult;
  ready(element: HTMLElement): boolean;
}

const CASES: Case[] = [
  {
    name: 'invoice-history',
    english: englishStrings(invoiceHistoryMessages.en),
    render: (locale, customerId) => html`<invoice-history customer-id=${customerId} locale=${locale} .dataSource=${source()}></invoice-history>`,
    ready: (element) => !!element.shadowRoot?.querySelector('tbody tr'),
  },
  {
    name: 'invoice-detail',
    english: englishStrings(invoiceDetailMessages.en),
    render: (locale, customerId, invoiceId) =>
      html`<invoice-detail customer-id=${customerId} invoice-id=${invoiceId} locale=${locale} .dataSource=${source()}></invoice-detail>`,
    ready: (element) => !!element.shadowRoot?.querySelector('[part~="download"]'),
  },
  {
    name: 'notification-settings-form',
    english: englishStrings(settingsFormMessages.en),
    render: (locale) => html`<notification-settings-form locale=${locale} .dataSource=${source()}></notification-settings-form>`,
    ready: (element) => (element as NotificationSettingsForm).currentState.type === 'view',
  },
];

describe('every element in every shipped locale', () => {
  it('covers the twelve locales of issue #17', () => {
    expect(SHIPPED_LANGUAGES.length).to.equal(12);
  });

  for (const locale of SHIPPED_LANGUAGES) {
    const language = locale.split('-')[0]!;
    // A laptop and a small tablet: the history is a table on the first, cards on the second.
    for (const [element, width] of CASES.flatMap((element) => [1200, 800].map((width) => [element, width] as const))) {
      it(`${element.name} in ${locale} at ${width} px: no overflow, accessible, nothing left in English`, async () => {
        await setViewport({ width, height: 900 });
        const direction = directionOf(locale);
        document.documentElement.lang = locale;
        document.documentElement.dir = direction;
        try {
          const customerId = CUSTOMER_FOR[language] ?? 'cus-small';
          const { items } = await source().listInvoices(customerId, { limit: 1 });
          expect(items.length, `${customerId} has invoices`).to.equal(1);
          const wrapper = await fixture<HTMLDivElement>(
            html`<div lang=${locale} dir=${direction}>${element.render(locale, customerId, items[0]!.id)}</div>`,
          );
          const shown = wrapper.firstElementChild as HTMLElement & { updateComplete: Promise<boolean> };
          await waitUntil(() => element.ready(shown), `${element.name} never rendered its content`, { timeout: 15000 });
          await shown.updateComplete;

          expect(shown.scrollWidth, 'the element scrolls sideways').to.be.at.most(shown.clientWidth);
          expect(document.documentElement.scrollWidth, 'the page scrolls sideways').to.be.at.most(document.documentElement.clientWidth);
          await expect(shown).to.be.accessible();
          if (language !== 'en') {
            const allowed = [...SAME_IN_LANGUAGE['everywhere']!, ...(SAME_IN_LANGUAGE[language] ?? [])];
            const strings = shownStrings(shown);
            expect(strings.length, 'the render shows text').to.be.greaterThan(5);
            expect(untranslated(strings, element.english, allowed)).to.deep.equal([]);
          }
        } finally {
          document.documentElement.lang = 'en';
          document.documentElement.dir = 'ltr';
        }
      });
    }
  }
});
