import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { renderInvoiceEmail } from '../../src/email/render-invoice-email.ts';
import { SAMPLE_EMAIL, SAMPLE_INVOICE } from '../../src/email/sample-invoice.ts';
import { formatDate } from '../../src/format/dates.ts';
import { intlLocale, normalizeLocale, pickLocale } from '../../src/format/locale.ts';
import { directionOf, languageOf } from '../../src/format/messages.ts';
import { formatMoney } from '../../src/format/money.ts';
import { paperSizeForLocale } from '../../src/pdf/paper-size.ts';

/** Records console warnings while `body` runs. */
function warningsDuring(body: () => void): string[] {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...values: unknown[]) => void warnings.push(values.map(String).join(' '));
  try {
    body();
  } finally {
    console.warn = original;
  }
  return warnings;
}

describe('normalizeLocale', () => {
  for (const [written, expected] of [
    ['en_US', 'en-US'],
    ['de_DE', 'de-DE'],
    ['de_DE.UTF-8', 'de-DE'],
    ['de_DE@euro', 'de-DE'],
    ['pt_BR.utf8@x', 'pt-BR'],
    ['C', 'en'],
    ['C.UTF-8', 'en'],
    ['POSIX', 'en'],
    ['posix', 'en'],
    [' EN-us ', 'en-US'],
    ['zh_Hant_TW', 'zh-Hant-TW'],
    ['ja', 'ja'],
  ] as const) {
    test(`${JSON.stringify(written)} → ${expected}`, () => assert.equal(normalizeLocale(written), expected));
  }

  for (const invalid of ['en US', '<script>', 'x', '"><img src=x onerror=alert(1)>', 'en-US-\u0000', 'a'.repeat(101), '-', '_']) {
    test(`${JSON.stringify(invalid.slice(0, 20))} is no locale`, () => assert.equal(normalizeLocale(invalid), null));
  }
});

describe('pickLocale', () => {
  test('skips blank candidates silently and invalid ones with one warning per value', () => {
    const warnings = warningsDuring(() => {
      assert.equal(pickLocale(null, '  ', 'no such locale 1', 'de_AT'), 'de-AT');
      assert.equal(pickLocale('no such locale 1', 'fr'), 'fr');
    });
    assert.equal(warnings.length, 1, warnings.join('\n'));
    assert.match(warnings[0]!, /no such locale 1/);
  });

  test('is null when no candidate is a locale', () => {
    warningsDuring(() => assert.equal(pickLocale('no such locale 2', undefined), null));
  });
});

describe('every path to Intl takes locales as sites write them', () => {
  const silently = <T>(body: () => T): T => {
    let result!: T;
    warningsDuring(() => (result = body()));
    return result;
  };

  test('money and dates', () => {
    assert.equal(formatMoney({ amountMinor: 123456, currency: 'EUR' }, 'de_DE'), formatMoney({ amountMinor: 123456, currency: 'EUR' }, 'de-DE'));
    assert.equal(formatDate('2026-03-31', 'de_DE.UTF-8'), '31.03.2026');
    assert.equal(silently(() => formatDate('2026-03-31', '<b>')), formatDate('2026-03-31', 'en'));
    assert.equal(silently(() => formatMoney({ amountMinor: 5, currency: 'USD' }, 'not a locale')), '$0.05');
  });

  test('language, direction and paper size', () => {
    assert.equal(languageOf('de_AT'), 'de');
    assert.equal(languageOf('C'), 'en');
    assert.equal(directionOf('ar_EG'), 'rtl');
    assert.equal(paperSizeForLocale('en_US'), 'letter');
    assert.equal(paperSizeForLocale('C'), 'letter');
    assert.equal(intlLocale(undefined), 'en');
  });

  test('the e-mail', () => {
    const email = renderInvoiceEmail({ invoice: SAMPLE_INVOICE, settings: { logoUrl: null, controlPanelUrl: null, websiteUrl: null }, locale: 'de_DE', ...SAMPLE_EMAIL });
    assert.match(email.html, /<html lang="de"/);
    assert.ok(email.html.includes(formatDate(SAMPLE_INVOICE.dueDate, 'de-DE')), 'the due date in German');
    const hostile = silently(() => renderInvoiceEmail({ invoice: SAMPLE_INVOICE, settings: { logoUrl: null, controlPanelUrl: null, websiteUrl: null }, locale: '"><b>', ...SAMPLE_EMAIL }));
    assert.match(hostile.html, /<html lang="en"/);
  });
});
