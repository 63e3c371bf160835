import { expect } from '@open-wc/testing';
import { paperSizeForLocale } from '../../src/pdf/paper-size.js';
import { invoiceFileName } from '../../src/pdf/pdf-file-name.js';
import { cjkFonts } from '../../packages/pdf-fonts-cjk/index.js';
import { FontChooser, BUILT_IN_FONTS, STANDARD_FONT } from '../../src/pdf/pdf-fonts.js';
import { isWinAnsi, pdfText } from '../../src/pdf/pdf-text.js';
import { parseHexColor } from '../../src/pdf/invoice-to-pdf.js';

describe('PDF helpers', () => {
  describe('isWinAnsi', () => {
    it('accepts Western European text with €, £, ¥, umlauts and typographic quotes', () => {
      expect(isWinAnsi('Müller & Søn — “Straße” 12,50 € £ ¥ œ')).to.equal(true);
    });

    for (const text of ['Łódź', '₹ 100', 'Бистра', 'Αιγαίο', '株式会社', 'شركة']) {
      it(`rejects ${text}, which the standard fonts cannot print`, () => {
        expect(isWinAnsi(text)).to.equal(false);
      });
    }
  });

  describe('pdfText', () => {
    it('turns Intl’s thin and narrow no-break spaces into no-break spaces, so dates stay in the standard font', () => {
      expect(isWinAnsi(pdfText('Mar 1\u2009–\u200931, 2026 1\u202f234,56'))).to.equal(true);
    });

    it('drops bidi marks and control characters', () => {
      expect(pdfText('\u200fabc\u0007\u202e')).to.equal('abc');
    });

    it('turns null into an empty string', () => {
      expect(pdfText(null)).to.equal('');
    });
  });

  describe('FontChooser', () => {
    // The Japanese face comes from the CJK companion package, which the app registers before the built-in fonts.
    const chooser = new FontChooser([...cjkFonts, ...BUILT_IN_FONTS]);

    it('uses the standard font for WinAnsi text', () => {
      expect(chooser.familyFor('Ada’s Bakery €')).to.equal(STANDARD_FONT);
    });

    it('uses Noto Sans Arabic for Arabic, Noto Sans JP for Japanese and Noto Sans for Cyrillic', () => {
      expect(chooser.familyFor('شركة ABC')).to.equal('NotoSansArabic');
      expect(chooser.familyFor('株式会社さくらテック')).to.equal('NotoSansJP-Common');
      expect(chooser.familyFor('Бистра Уеб')).to.equal('NotoSans');
    });

    it('replaces a character the chosen font has no glyph for with a mark it has, and names it', () => {
      const marks = new FontChooser(BUILT_IN_FONTS);
      // Noto Sans has U+FFFD but no kanji; it is the catch-all when no CJK font is registered.
      marks.setGlyphs('NotoSans', (codePoint) => codePoint < 0x2000 || codePoint === 0xfffd);
      expect(marks.printable('Tanaka 株式会社')).to.equal('Tanaka \ufffd\ufffd\ufffd\ufffd');
      expect(marks.printable('Ada')).to.equal('Ada');
      expect(marks.missingCharacters()).to.deep.equal(['株', '式', '会', '社']);
    });

    it('asks only for the fonts the texts need', () => {
      expect(chooser.fontsFor(['Hello', 'Бистра']).map((font) => font.family)).to.deep.equal(['NotoSans']);
      expect(chooser.fontsFor(['Hello', '€ 5'])).to.deep.equal([]);
    });
  });

  describe('paperSizeForLocale', () => {
    for (const [locale, size] of [
      ['en-US', 'letter'],
      ['en-CA', 'letter'],
      ['fr-CA', 'letter'],
      ['es-MX', 'letter'],
      ['en', 'letter'],
      ['en-GB', 'a4'],
      ['de-DE', 'a4'],
      ['ja-JP', 'a4'],
      ['en_US', 'letter'],
      ['de_DE.UTF-8', 'a4'],
      // No locale: the PDF is then made in English (`en`, whose likely region is the US), so on its paper too.
      ['not a locale', 'letter'],
    ] as const) {
      it(`uses ${size} for ${locale}`, () => {
        expect(paperSizeForLocale(locale)).to.equal(size);
      });
    }
  });

  describe('invoiceFileName', () => {
    it('is invoice-<number>.pdf', () => {
      expect(invoiceFileName('INV-2026-00001')).to.equal('invoice-INV-2026-00001.pdf');
    });

    it('replaces path separators and reserved characters', () => {
      expect(invoiceFileName('../../etc/passwd')).to.equal('invoice-etc-passwd.pdf');
      expect(invoiceFileName('A<b>:c"d|e?*')).to.equal('invoice-A-b-c-d-e.pdf');
    });

    it('names an empty or all-symbol number "unnumbered"', () => {
      expect(invoiceFileName('')).to.equal('invoice-unnumbered.pdf');
      expect(invoiceFileName('<>/')).to.equal('invoice-unnumbered.pdf');
    });

    it('bounds the length', () => {
      expect(invoiceFileName('x'.repeat(500)).length).to.be.below(100);
    });
  });

  describe('parseHexColor', () => {
    it('reads #rgb and #rrggbb', () => {
      expect(parseHexColor('#0b57d0')).to.deep.equal([11, 87, 208]);
      expect(parseHexColor('#fff')).to.deep.equal([255, 255, 255]);
    });

    it('ignores anything else', () => {
      expect(parseHexColor('red')).to.equal(null);
      expect(parseHexColor('url(javascript:alert(1))')).to.equal(null);
      expect(parseHexColor(null)).to.equal(null);
    });
  });
});
