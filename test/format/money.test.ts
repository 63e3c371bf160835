import { expect } from '@open-wc/testing';
import { formatMoney, minorToDecimalString, minorUnitDigits, sumMoney } from '../../src/format/money.js';

// Expected strings are written out by hand, as Chromium's Intl prints them: U+00A0 is the no-break space Intl puts
// between number and code/symbol, U+FFE5 the full-width yen sign ja-JP uses.
const NBSP = '\u00a0';

describe('minorToDecimalString', () => {
  it('puts two decimals in cents', () => {
    expect(minorToDecimalString(123456, 2)).to.equal('1234.56');
  });

  it('pads amounts smaller than one unit with leading zeros', () => {
    expect(minorToDecimalString(5, 2)).to.equal('0.05');
  });

  it('keeps the sign of a negative amount smaller than one unit', () => {
    expect(minorToDecimalString(-5, 2)).to.equal('-0.05');
  });

  it('writes zero with all its decimals', () => {
    expect(minorToDecimalString(0, 3)).to.equal('0.000');
  });

  it('writes a 0-decimal currency without a decimal point', () => {
    expect(minorToDecimalString(500, 0)).to.equal('500');
  });

  it('writes a 3-decimal currency exactly', () => {
    expect(minorToDecimalString(-1234567, 3)).to.equal('-1234.567');
  });

  it('keeps every digit of the largest safe integer', () => {
    expect(minorToDecimalString(Number.MAX_SAFE_INTEGER, 2)).to.equal('90071992547409.91');
  });

  it('keeps every digit of the most negative safe integer', () => {
    expect(minorToDecimalString(Number.MIN_SAFE_INTEGER, 3)).to.equal('-9007199254740.991');
  });

  it('refuses a fractional amount', () => {
    expect(() => minorToDecimalString(12.5, 2)).to.throw(RangeError);
  });

  it('refuses an integer beyond the safe range', () => {
    expect(() => minorToDecimalString(2 ** 53, 2)).to.throw(RangeError);
  });
});

describe('minorUnitDigits', () => {
  it('knows the minor unit of USD, JPY and KWD', () => {
    expect([minorUnitDigits('USD'), minorUnitDigits('JPY'), minorUnitDigits('KWD')]).to.deep.equal([2, 0, 3]);
  });
});

describe('formatMoney', () => {
  it('formats dollars in en-US', () => {
    expect(formatMoney({ amountMinor: 123456, currency: 'USD' }, 'en-US')).to.equal('$1,234.56');
  });

  it('formats a negative amount with a leading minus', () => {
    expect(formatMoney({ amountMinor: -123456, currency: 'USD' }, 'en-US')).to.equal('-$1,234.56');
  });

  it('formats zero with its decimals', () => {
    expect(formatMoney({ amountMinor: 0, currency: 'USD' }, 'en-US')).to.equal('$0.00');
  });

  it('formats euros in de-DE with dot grouping, decimal comma and the sign after', () => {
    expect(formatMoney({ amountMinor: 123456, currency: 'EUR' }, 'de-DE')).to.equal(`1.234,56${NBSP}€`);
  });

  it('formats a negative cent amount in de-DE', () => {
    expect(formatMoney({ amountMinor: -5, currency: 'EUR' }, 'de-DE')).to.equal(`-0,05${NBSP}€`);
  });

  it('formats pounds in en-GB', () => {
    expect(formatMoney({ amountMinor: 123456, currency: 'GBP' }, 'en-GB')).to.equal('£1,234.56');
  });

  it('formats yen with no decimals in ja-JP', () => {
    expect(formatMoney({ amountMinor: 123456, currency: 'JPY' }, 'ja-JP')).to.equal('\uffe5123,456');
  });

  it('formats negative yen in ja-JP', () => {
    expect(formatMoney({ amountMinor: -500, currency: 'JPY' }, 'ja-JP')).to.equal('-\uffe5500');
  });

  it('formats yen with no decimals in en-US', () => {
    expect(formatMoney({ amountMinor: 123456, currency: 'JPY' }, 'en-US')).to.equal('¥123,456');
  });

  it('formats Kuwaiti dinars with three decimals in en-US', () => {
    expect(formatMoney({ amountMinor: 1234567, currency: 'KWD' }, 'en-US')).to.equal(`KWD${NBSP}1,234.567`);
  });

  it('formats negative Kuwaiti dinars with three decimals in de-DE', () => {
    expect(formatMoney({ amountMinor: -1234567, currency: 'KWD' }, 'de-DE')).to.equal(`-1.234,567${NBSP}KWD`);
  });

  it('formats Kuwaiti dinars with three decimals in ja-JP', () => {
    expect(formatMoney({ amountMinor: 1234567, currency: 'KWD' }, 'ja-JP')).to.equal(`KWD${NBSP}1,234.567`);
  });

  it('formats euros in ja-JP', () => {
    expect(formatMoney({ amountMinor: 123456, currency: 'EUR' }, 'ja-JP')).to.equal('€1,234.56');
  });

  it('formats the largest safe integer of cents without float rounding', () => {
    expect(formatMoney({ amountMinor: Number.MAX_SAFE_INTEGER, currency: 'USD' }, 'en-US')).to.equal('$90,071,992,547,409.91');
  });

  it('formats the largest safe integer of yen without float rounding in ja-JP', () => {
    expect(formatMoney({ amountMinor: Number.MAX_SAFE_INTEGER, currency: 'JPY' }, 'ja-JP')).to.equal('\uffe59,007,199,254,740,991');
  });

  it('formats the most negative safe integer of fils without float rounding in de-DE', () => {
    expect(formatMoney({ amountMinor: Number.MIN_SAFE_INTEGER, currency: 'KWD' }, 'de-DE')).to.equal(
      `-9.007.199.254.740,991${NBSP}KWD`,
    );
  });

  it('refuses a fractional amount instead of rounding it', () => {
    expect(() => formatMoney({ amountMinor: 0.1, currency: 'USD' }, 'en-US')).to.throw(RangeError);
  });
});

describe('sumMoney', () => {
  it('adds amounts of one currency exactly', () => {
    // 0.1 + 0.2 in floats is 0.30000000000000004; in cents it is 30.
    expect(sumMoney([{ amountMinor: 10, currency: 'USD' }, { amountMinor: 20, currency: 'USD' }], 'USD')).to.deep.equal({ amountMinor: 30, currency: 'USD' });
  });

  it('refuses to add different currencies', () => {
    expect(() => sumMoney([{ amountMinor: 10, currency: 'EUR' }], 'USD')).to.throw(RangeError);
  });
});
