/**
 * A font for billing-elements' PDFs: the shape of `PdfFont` from `billing-elements/pdf.js`, so `registerPdfFonts`
 * and `invoiceToPdf`'s `fonts` option take it.
 */
export interface CjkPdfFont {
  /** The name the font is registered under in the PDF. */
  readonly family: string;
  /** Whether the text has characters this font is for. */
  readonly covers: (text: string) => boolean;
  /** The regular face (TrueType), beside this module. */
  readonly regular: URL;
  /** The bold face (TrueType), beside this module. */
  readonly bold: URL;
}

/** Noto Sans JP: kana and kanji, with Latin, Greek and Cyrillic. It has no Simplified-Chinese-only glyphs (务 邮 谢). */
export declare const notoSansJP: CjkPdfFont;

/** Every face of this package, for `registerPdfFonts`. */
export declare const cjkFonts: readonly CjkPdfFont[];
