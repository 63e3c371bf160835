import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { escapeHtml } from '../../src/email/escape-html.ts';
import { renderInvoiceEmail, type InvoiceEmailInput } from '../../src/email/render-invoice-email.ts';
import { SAMPLE_EMAIL, SAMPLE_INVOICE } from '../../src/email/sample-invoice.ts';

const BRANDING = { logoUrl: 'https://cdn.example/logo.png', controlPanelUrl: 'https://panel.example/', websiteUrl: 'https://www.example/' };

function render(overrides: Partial<InvoiceEmailInput> = {}) {
  return renderInvoiceEmail({ invoice: SAMPLE_INVOICE, settings: BRANDING, locale: 'en-US', ...SAMPLE_EMAIL, ...overrides });
}

describe('escapeHtml', () => {
  test('escapes the five characters that matter in text and quoted attributes', () => {
    assert.equal(escapeHtml(`<a href="x" title='y'>&</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});

describe('renderInvoiceEmail', () => {
  test('shows the logo, the control-panel and website links, and the invoice figures', () => {
    const { html, subject } = render();
    assert.equal(subject, SAMPLE_EMAIL.subject);
    assert.ok(html.includes('<img src="https://cdn.example/logo.png"'));
    assert.ok(html.includes('href="https://panel.example/"'));
    assert.ok(html.includes('href="https://www.example/"'));
    assert.ok(html.includes('INV-2026-00042'));
    assert.ok(html.includes('$47.99'));
    assert.ok(html.includes('Dec 15, 2026'));
  });

  test('keeps the message’s line breaks', () => {
    assert.ok(render({ message: 'one\ntwo\r\nthree' }).html.includes('one<br>two<br>three'));
  });

  test('escapes hostile values everywhere', () => {
    const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)>"\'';
    const { html } = render({
      invoice: { ...SAMPLE_INVOICE, number: hostile, buyerName: hostile },
      sellerName: hostile,
      subject: hostile,
      message: hostile,
      settings: { ...BRANDING, logoUrl: null },
    });
    assert.ok(!html.includes('<script'));
    assert.ok(!html.includes('<img src=x'));
    assert.ok(!/onerror=/i.test(html.replace(/&lt;img src=x onerror=alert\(2\)&gt;/g, '')));
    assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
  });

  test('escapes quotes in URLs so they cannot leave the attribute', () => {
    const { html } = render({ settings: { ...BRANDING, logoUrl: 'https://evil.example/logo.png?"><script>alert(1)</script>' } });
    assert.ok(!html.includes('"><script>'));
    assert.ok(!html.includes('<script'));
  });

  test('drops javascript: and other non-http URLs', () => {
    const { html, text } = render({
      settings: { logoUrl: 'javascript:alert(1)', controlPanelUrl: 'JaVaScRiPt:alert(2)', websiteUrl: 'data:text/html,<script>alert(3)</script>' },
    });
    assert.ok(!/javascript:/i.test(html) && !/javascript:/i.test(text));
    assert.ok(!html.includes('data:'));
    assert.ok(!html.includes('<img'));
    assert.ok(!html.includes('<a '));
    assert.ok(html.includes(SAMPLE_EMAIL.sellerName), 'names the seller instead of the logo');
  });

  test('contains no scripts, styles blocks or event handlers', () => {
    const { html } = render();
    assert.ok(!/<script|<style|\son\w+=/i.test(html));
  });

  test('formats 0- and 3-decimal currencies exactly', () => {
    const yen = render({ invoice: { ...SAMPLE_INVOICE, total: { amountMinor: 123456, currency: 'JPY' }, amountDue: { amountMinor: 0, currency: 'JPY' } }, locale: 'ja-JP' });
    assert.ok(yen.html.includes('￥123,456') || yen.html.includes('¥123,456'));
    const dinar = render({ invoice: { ...SAMPLE_INVOICE, total: { amountMinor: 1234567, currency: 'KWD' }, amountDue: { amountMinor: 1234567, currency: 'KWD' } } });
    assert.ok(dinar.html.includes('1,234.567'));
  });

  test('writes right-to-left for Arabic', () => {
    assert.ok(render({ locale: 'ar-KW' }).html.includes('dir="rtl"'));
  });

  test('uses the locale’s strings when it has them', () => {
    assert.ok(render({ locale: 'de-DE' }).html.includes('Offener Betrag'));
  });

  test('a credit note shows no due date', () => {
    const { html } = render({ invoice: { ...SAMPLE_INVOICE, kind: 'credit_note', total: { amountMinor: -500, currency: 'USD' } } });
    assert.ok(html.includes('Credit note number'));
    assert.ok(!html.includes('Due date'));
  });

  test('the plain-text version carries the message and figures', () => {
    const { text } = render({ message: 'Hello <friend>' });
    assert.ok(text.includes('Hello <friend>'));
    assert.ok(text.includes('Amount due: $47.99'));
    assert.ok(text.includes('https://panel.example/'));
  });
});
