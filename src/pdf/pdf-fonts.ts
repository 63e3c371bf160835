import type { jsPDF } from 'jspdf';
import { bytesToBase64 } from './base64.js';
import { isWinAnsi } from './pdf-text.js';

/** Where a font's TrueType bytes come from: a URL to fetch, or a function that returns them. */
export type PdfFontSource = string | URL | (() => Promise<ArrayBuffer | Uint8Array>);

/**
 * A Unicode TrueType font the PDF may embed. Integrators register their own through `invoiceToPdf`'s `fonts` option
 * (they are tried before the built-in ones), e.g. a corporate font, or a smaller subset of Noto.
 *
 * ```ts
 * const fonts: PdfFont[] = [{
 *   family: 'Brand Sans',
 *   covers: (text) => /^[\u0000-\u024f\u0400-\u04ff]*$/.test(text),
 *   regular: new URL('./brand-sans.ttf', import.meta.url),
 *   bold: new URL('./brand-sans-bold.ttf', import.meta.url),
 * }];
 * ```
 */
export interface PdfFont {
  /** The name it is registered under in the PDF; unique among the fonts passed. */
  family: string;
  /**
   * Whether this font should print a string the standard fonts cannot (the string has at least one character
   * outside WinAnsi). The first font that says yes is used for that string.
   */
  covers: (text: string) => boolean;
  /** The regular face, TrueType (glyf outlines; jsPDF cannot embed CFF/OTF). */
  regular: PdfFontSource;
  /** The bold face; table headers and totals are bold. Defaults to the regular face. */
  bold?: PdfFontSource;
}

/** The standard font used whenever a string is WinAnsi only (no download, smallest file). */
export const STANDARD_FONT = 'helvetica';

const ARABIC = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/;
const JAPANESE = /[\u3000-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/;

// The fonts are dependencies of the library (the @expo-google-fonts packages ship plain TTF files). Referenced with
// `new URL(…, import.meta.url)` so bundlers emit each as an asset beside the chunk and fetch it relative to the
// bundle, and only when an invoice needs it. The paths are plain string literals because bundlers only rewrite
// those; scripts/build.ts copies the files beside dist/pdf/ for the unbundled ES modules. Sizes (uncompressed / gzip):
// Noto Sans 629 KB / 297 KB per face; Noto Sans Arabic 194 KB / 89 KB; Noto Sans JP 5.4 MB / 3.2 MB (the whole CJK
// set; subsetting is a build concern).

/**
 * The built-in Unicode fonts, tried after the integrator's. Noto Sans Arabic also covers Latin (digits, amounts,
 * codes mixed into Arabic names); Noto Sans JP covers Latin, Greek and Cyrillic as well as kana and kanji; Noto Sans
 * is the catch-all for Latin Extended (ł, ő), Cyrillic, Greek and symbols such as ₹.
 */
export const BUILT_IN_FONTS: readonly PdfFont[] = [
  {
    family: 'NotoSansArabic',
    covers: (text) => ARABIC.test(text),
    regular: new URL('../../node_modules/@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf', import.meta.url),
    bold: new URL('../../node_modules/@expo-google-fonts/noto-sans-arabic/700Bold/NotoSansArabic_700Bold.ttf', import.meta.url),
  },
  {
    family: 'NotoSansJP',
    covers: (text) => JAPANESE.test(text),
    regular: new URL('../../node_modules/@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf', import.meta.url),
    bold: new URL('../../node_modules/@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf', import.meta.url),
  },
  {
    family: 'NotoSans',
    covers: () => true,
    regular: new URL('../../node_modules/@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf', import.meta.url),
    bold: new URL('../../node_modules/@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf', import.meta.url),
  },
];

/** Picks, for each string, the font that prints it: the standard font when it can, else the first that covers it. */
export class FontChooser {
  // Asked again for the same strings while drawing (each cell is styled more than once).
  private readonly chosen = new Map<string, string>();

  constructor(private readonly fonts: readonly PdfFont[]) {}

  /** The font for one string (what is passed to `doc.setFont` or autotable's `styles.font`). */
  familyFor(text: string): string {
    let family = this.chosen.get(text);
    if (family === undefined) {
      family = isWinAnsi(text) ? STANDARD_FONT : (this.fonts.find((font) => font.covers(text))?.family ?? STANDARD_FONT);
      this.chosen.set(text, family);
    }
    return family;
  }

  /** The fonts a set of strings needs, so only those are downloaded. */
  fontsFor(texts: Iterable<string>): PdfFont[] {
    const needed = new Set<string>();
    for (const text of texts) needed.add(this.familyFor(text));
    return this.fonts.filter((font) => needed.has(font.family));
  }
}

// Downloaded font bytes, base64, by URL: a second PDF in the same page does not download them again.
const fontCache = new Map<string, Promise<string>>();

/** Downloads (or reuses) the fonts and registers normal and bold faces of each with the document. */
export async function registerFonts(doc: jsPDF, fonts: readonly PdfFont[], signal?: AbortSignal): Promise<void> {
  const faces = await Promise.all(
    fonts.map(async (font) => {
      const regular = await loadFontBase64(font.regular, signal);
      const bold = font.bold ? await loadFontBase64(font.bold, signal) : regular;
      return { font, regular, bold };
    }),
  );
  for (const { font, regular, bold } of faces) {
    doc.addFileToVFS(`${font.family}-normal.ttf`, regular);
    doc.addFont(`${font.family}-normal.ttf`, font.family, 'normal');
    doc.addFileToVFS(`${font.family}-bold.ttf`, bold);
    doc.addFont(`${font.family}-bold.ttf`, font.family, 'bold');
  }
}

async function loadFontBase64(source: PdfFontSource, signal?: AbortSignal): Promise<string> {
  if (typeof source === 'function') return bytesToBase64(new Uint8Array(await source()));
  const url = String(source);
  let cached = fontCache.get(url);
  if (!cached) {
    cached = fetchFont(url, signal);
    fontCache.set(url, cached);
    // A failed download is not remembered, so the next PDF tries again.
    cached.catch(() => fontCache.delete(url));
  }
  return cached;
}

async function fetchFont(url: string, signal?: AbortSignal): Promise<string> {
  const response = await fetch(url, signal ? { signal } : {});
  if (!response.ok) throw new Error(`Could not load the font ${url}: HTTP ${response.status}`);
  return bytesToBase64(new Uint8Array(await response.arrayBuffer()));
}
