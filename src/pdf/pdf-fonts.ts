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
   * outside WinAnsi), in a PDF of `locale` (the same ideographs want a Japanese or a Chinese face). The first font
   * that says yes is used for that string.
   */
  covers: (text: string, locale: string) => boolean;
  /** The regular face, TrueType (glyf outlines; jsPDF cannot embed CFF/OTF), plain or gzip-wrapped. */
  regular: PdfFontSource;
  /** The bold face; table headers and totals are bold. Defaults to the regular face. */
  bold?: PdfFontSource;
}

/** The standard font used whenever a string is WinAnsi only (no download, smallest file). */
export const STANDARD_FONT = 'helvetica';

const ARABIC = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/;

// The fonts come with the package, in dist/chunks/ (scripts/build.ts copies them there from the @expo-google-fonts
// devDependencies, which ship plain TTF files). Referenced with `new URL(…, import.meta.url)` so bundlers emit each
// as an asset and fetch it relative to the bundle, and only when an invoice needs it; in Node they are read from the
// package with `fs`. The paths are plain string literals because bundlers only rewrite those. Sizes (uncompressed /
// gzip): Noto Sans 629 KB / 297 KB per face; Noto Sans Arabic 194 KB / 89 KB. Chinese, Japanese and Korean faces are
// megabytes each: they come from a companion package the app registers (`registerPdfFonts`, docs/pdf.md).

/**
 * The built-in Unicode fonts, tried after the integrator's and the registered ones. Noto Sans Arabic also covers
 * Latin (digits, amounts, codes mixed into Arabic names); Noto Sans is the catch-all for Latin Extended (ł, ő),
 * Cyrillic, Greek and symbols such as ₹. A character neither has (kanji without a registered CJK font, say) is
 * printed as a replacement mark and named in the PDF's warnings.
 */
export const BUILT_IN_FONTS: readonly PdfFont[] = [
  {
    family: 'NotoSansArabic',
    covers: (text) => ARABIC.test(text),
    regular: new URL('../../node_modules/@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf', import.meta.url),
    bold: new URL('../../node_modules/@expo-google-fonts/noto-sans-arabic/700Bold/NotoSansArabic_700Bold.ttf', import.meta.url),
  },
  {
    family: 'NotoSans',
    covers: () => true,
    regular: new URL('../../node_modules/@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf', import.meta.url),
    bold: new URL('../../node_modules/@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf', import.meta.url),
  },
];

/** Something a font could not print: the PDF shows a replacement mark in its place. */
export interface MissingCharactersWarning {
  kind: 'characters-missing';
  /** Each character no font had a glyph for, once, in the order they first appear. */
  characters: string[];
}

/** Characters that need no glyph of their own: spaces, line breaks, format marks (joiners, bidi marks). */
const NEEDS_NO_GLYPH = /[\p{Cc}\p{Cf}\p{Zs}\p{Zl}\p{Zp}]/u;
/** The mark printed for a missing character, the first of these the font has: a white square, U+FFFD, "?". */
const REPLACEMENT_MARKS = ['\u25a1', '\ufffd', '?'];

/** Picks, for each string, the font that prints it: the standard font when it can, else the first that covers it. */
export class FontChooser {
  // Asked again for the same strings while drawing (each cell is styled more than once).
  private readonly chosen = new Map<string, string>();

  // Per font family, whether it has a glyph for a code point; known once the fonts are loaded.
  private readonly glyphs = new Map<string, (codePoint: number) => boolean>();
  private readonly printed = new Map<string, string>();
  private readonly missing = new Set<string>();

  /** `locale`: the PDF's, passed to each font's `covers`. */
  constructor(
    private readonly fonts: readonly PdfFont[],
    private readonly locale = 'en',
  ) {}

  /** The font for one string (what is passed to `doc.setFont` or autotable's `styles.font`). */
  familyFor(text: string): string {
    let family = this.chosen.get(text);
    if (family === undefined) {
      family = isWinAnsi(text) ? STANDARD_FONT : (this.fonts.find((font) => font.covers(text, this.locale))?.family ?? STANDARD_FONT);
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

  /** Tells the chooser which characters a loaded font has glyphs for (see `glyphsOf`). */
  setGlyphs(family: string, hasGlyph: (codePoint: number) => boolean): void {
    this.glyphs.set(family, hasGlyph);
    this.printed.clear();
  }

  /**
   * The text as its font can print it: each character the font has no glyph for replaced by a mark the font has, and
   * remembered for `missingCharacters`. A font draws nothing for a character it lacks, which would lose it silently.
   */
  printable(text: string, family = this.familyFor(text)): string {
    const hasGlyph = this.glyphs.get(family);
    if (!hasGlyph) return text;
    const key = `${family}\u0000${text}`;
    let result = this.printed.get(key);
    if (result === undefined) {
      const mark = REPLACEMENT_MARKS.find((candidate) => hasGlyph(candidate.codePointAt(0)!)) ?? '?';
      result = '';
      for (const character of text) {
        if (hasGlyph(character.codePointAt(0)!) || NEEDS_NO_GLYPH.test(character)) {
          result += character;
        } else {
          this.missing.add(character);
          result += mark;
        }
      }
      this.printed.set(key, result);
    }
    return result;
  }

  /** Every character `printable` had to replace so far, in the order first met. */
  missingCharacters(): string[] {
    return [...this.missing];
  }
}

/** Whether a font registered with the document has a glyph for a code point (from the cmap jsPDF parsed). */
export function glyphsOf(doc: jsPDF, family: string): (codePoint: number) => boolean {
  const font = (doc.internal as unknown as { getFont(family: string, style: string): { metadata?: { cmap?: { unicode?: { codeMap?: Record<number, number> } } } } }).getFont(family, 'normal');
  const codeMap = font.metadata?.cmap?.unicode?.codeMap;
  // A font jsPDF could not read a cmap from is trusted as it is.
  return codeMap ? (codePoint) => (codeMap[codePoint] ?? 0) !== 0 : () => true;
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
  if (typeof source === 'function') return bytesToBase64(await unwrapped(new Uint8Array(await source())));
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
  // In Node (a server making PDFs), the fonts are files in the package, and Node's fetch cannot read file: URLs.
  if (url.startsWith('file:')) return bytesToBase64(await unwrapped(await readFile(url, signal)));
  const response = await fetch(url, signal ? { signal } : {});
  if (!response.ok) throw new Error(`Could not load the font ${url}: HTTP ${response.status}`);
  return bytesToBase64(await unwrapped(new Uint8Array(await response.arrayBuffer())));
}

/**
 * The TrueType bytes of a font that may come gzip-wrapped (the CJK companion's faces are, so the download is small
 * whatever the server does). A server that sends such a file with `Content-Encoding: gzip` has the browser unwrap it
 * already: the bytes are then TrueType, and used as they are.
 */
async function unwrapped(bytes: Uint8Array): Promise<Uint8Array> {
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** A file's bytes in Node, through `process.getBuiltinModule` so that no bundler sees an import of `node:fs`. */
async function readFile(url: string, signal?: AbortSignal): Promise<Uint8Array> {
  // Typed here rather than through @types/node: the package's types must not need Node's.
  const node = globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } };
  const fs = node.process?.getBuiltinModule?.('node:fs/promises') as
    | { readFile: (path: URL, options: { signal?: AbortSignal }) => Promise<Uint8Array> }
    | undefined;
  if (!fs) throw new Error(`Could not load the font ${url}: file: URLs can only be read in Node`);
  return fs.readFile(new URL(url), signal ? { signal } : {});
}
