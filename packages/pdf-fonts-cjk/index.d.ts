/**
 * A font for billing-elements' PDFs: the shape of `PdfFont` from `billing-elements/pdf.js`, so `registerPdfFonts`
 * and `invoiceToPdf`'s `fonts` option take it.
 */
export interface CjkPdfFont {
  /** The name the font is registered under in the PDF. */
  readonly family: string;
  /** Whether this face is the one to print the text in the PDF's locale (see `cjkFaceFor`). */
  readonly covers: (text: string, locale?: string) => boolean;
  /** The regular face (TrueType, gzip-wrapped), beside this module. */
  readonly regular: URL;
  /** The bold face; the common subsets have none (bold text prints in the regular weight). */
  readonly bold?: URL;
}

/** Which language's face prints a string, and whether its common subset has every character; null: no CJK in it. */
export declare function cjkFaceFor(text: string, locale?: string): { language: 'ja' | 'zh-Hans' | 'zh-Hant' | 'ko'; common: boolean } | null;

/** Noto Sans JP, JIS X 0208 level 1: kana and the 2,965 common kanji. */
export declare const notoSansJPCommon: CjkPdfFont;
/** Noto Sans JP, every character. It has no Simplified-Chinese-only glyphs (务 邮 谢): those take Noto Sans SC. */
export declare const notoSansJP: CjkPdfFont;
/** Noto Sans SC, GB 2312 level 1: the 3,755 most used hanzi. */
export declare const notoSansSCCommon: CjkPdfFont;
/** Noto Sans SC, every character. */
export declare const notoSansSC: CjkPdfFont;
/** Noto Sans TC, the 3,023 most used ideographs of Traditional Chinese. */
export declare const notoSansTCCommon: CjkPdfFont;
/** Noto Sans TC, every character. */
export declare const notoSansTC: CjkPdfFont;
/** Noto Sans KR, KS X 1001's 2,350 Hangul syllables (no hanja). */
export declare const notoSansKRCommon: CjkPdfFont;
/** Noto Sans KR, every character. */
export declare const notoSansKR: CjkPdfFont;

/** Every face of this package, for `registerPdfFonts`: the common subsets first. */
export declare const cjkFonts: readonly CjkPdfFont[];
