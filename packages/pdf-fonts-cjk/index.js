/**
 * Chinese, Japanese and Korean faces for billing-elements' PDFs. Register them once, before the first PDF:
 *
 *     import { registerPdfFonts } from 'billing-elements';
 *     import { cjkFonts } from 'billing-elements-pdf-fonts-cjk';
 *     registerPdfFonts(cjkFonts);
 *
 * Each face is referenced with `new URL(…, import.meta.url)`, so bundlers emit it as an asset and the PDF fetches it
 * only when an invoice's text needs it; in Node it is read from this package with `fs`.
 *
 * In the repository the URLs point at the @expo-google-fonts devDependency; scripts/pack-fonts-cjk.ts copies the
 * files beside this module and rewrites the URLs when the package is packed.
 */

// Kana, CJK punctuation, ideographs (unified, extension A, compatibility) and full-width forms.
const JAPANESE = /[\u3000-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/** Noto Sans JP: kana and kanji, with Latin, Greek and Cyrillic. It has no Simplified-Chinese-only glyphs (务 邮 谢). */
export const notoSansJP = {
  family: 'NotoSansJP',
  covers: (text) => JAPANESE.test(text),
  regular: new URL('../../node_modules/@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf', import.meta.url),
  bold: new URL('../../node_modules/@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf', import.meta.url),
};

/** Every face of this package, for `registerPdfFonts`. */
export const cjkFonts = [notoSansJP];
