import type { jsPDF } from 'jspdf';

/**
 * Shortcuts through jsPDF's hot paths for the text an invoice is made of. Each one returns exactly what jsPDF would
 * (the PDF is byte for byte the same) and hands anything it was not written for back to jsPDF. They patch jsPDF's API
 * object, which documents read when they are created; installing them again does nothing.
 *
 * Where a 300-line invoice's time went before them: jsPDF's Arabic shaper and bidi reordering run on every string
 * drawn, Latin or not (about a sixth, and 4%); measuring text builds an array of character widths per string and
 * sums it (9%, called twice per table cell by autotable); wrapping a cell's text measures and rejoins it word by word
 * even when it fits on one line, as almost every cell does (5%). Shortcuts for one document, once it is set up, are
 * in jspdf-document-fast-paths.ts.
 */
export function installJsPdfFastPaths(library: typeof jsPDF): void {
  const api = library.API as unknown as JsPdfApi;
  if (api[INSTALLED]) return;
  skipArabicShapingForOtherScripts(api);
  skipBidiReorderingForLeftToRightText(api);
  measureStandardFontTextWithoutArrays(api);
  keepTextThatFitsWithoutWrapping(api);
  api[INSTALLED] = true;
}

/**
 * The text handlers documents subscribe to, as installed above: the Arabic shaper's and bidi reordering's shortcuts,
 * and jsPDF's Unicode escaping (which leaves text in the standard fonts alone). Writing text directly (below) relies
 * on these being all of them.
 */
export const textHandlers: { preProcess: Handler[]; postProcess: Handler[] } = { preProcess: [], postProcess: [] };

/**
 * How many times each shortcut here and in jspdf-document-fast-paths.ts was taken instead of jsPDF's own path. Each
 * one steps aside, silently, for what it was not written for, which includes a jsPDF release whose internals
 * changed; the fast-path test asserts every count is above zero, so such a release turns it red.
 */
export const fastPathRuns = {
  skipArabicShaping: 0,
  skipBidiReordering: 0,
  measureWithoutArrays: 0,
  keepUnwrapped: 0,
  fontList: 0,
  sameFont: 0,
  currentFont: 0,
  sameTextColor: 0,
  fillColor: 0,
  writeTextDirectly: 0,
};
export type FastPath = keyof typeof fastPathRuns;

const INSTALLED = Symbol('billing-elements.jsPdfFastPaths');

export type Handler = (this: unknown, ...args: unknown[]) => unknown;

interface FontMetadata {
  widthOfString?: unknown;
  Unicode?: { widths: CharacterWidths; kerning: Kerning };
}
/** Width per character code in 1/`fof` of the font size. */
type CharacterWidths = Record<number, number> & { fof?: number };
/** Kerning by character code, then by the code of the character before it. */
type Kerning = Record<number, Record<number, number> | undefined> & { fof?: number };

interface Document {
  internal: { getFont(): { metadata: FontMetadata }; getFontSize(): number; scaleFactor: number };
}
interface MeasureOptions {
  font?: { metadata: FontMetadata };
  widths?: CharacterWidths;
  kerning?: Kerning;
  doKerning?: boolean;
  fontSize?: number;
}
interface SplitOptions {
  fontSize?: number;
  fontName?: string;
  fontStyle?: string;
  widths?: unknown;
  kerning?: unknown;
  textIndent?: number;
  lineIndent?: number;
}
interface TextPayload {
  text: unknown;
  options?: { isInputVisual?: boolean; isInputRtl?: boolean; isOutputRtl?: boolean };
}
interface JsPdfApi {
  events: Array<[string, unknown]>;
  processArabic?: Handler;
  getStringUnitWidth: (this: Document, text: unknown, options?: MeasureOptions) => number;
  splitTextToSize: (this: Document, text: unknown, maxLength: number, options?: SplitOptions) => string[];
  [INSTALLED]?: true;
}

export const ARABIC = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/;
/**
 * Every character jsPDF's bidi engine could treat as right-to-left or as an embedding, generously: Hebrew to the end
 * of its 0x08xx block (which it types as right-to-left wholesale), the bidi controls, the presentation forms, and any
 * surrogate pair.
 */
export const RIGHT_TO_LEFT = /[\u0590-\u08ff\u200f\u202a-\u202e\u2066-\u2069\ufb1d-\ufdff\ufe70-\ufeff\ud800-\udfff]/;

/** Whether a string, or any string in jsPDF's nested text arrays, matches. */
export function anyText(text: unknown, pattern: RegExp): boolean {
  if (typeof text === 'string') return pattern.test(text);
  if (Array.isArray(text)) return text.some((item) => anyText(item, pattern));
  // Coordinates inside those arrays; anything else counts as a match, so it takes jsPDF's own path.
  return typeof text !== 'number';
}

/**
 * jsPDF's Arabic shaper (a "preProcessText" handler, also called when measuring) rebuilds every string character by
 * character and returns strings without Arabic letters unchanged; this skips it for those.
 */
function skipArabicShapingForOtherScripts(api: JsPdfApi): void {
  const shape = api.processArabic;
  if (typeof shape !== 'function') return;
  const shapeWhenArabic = function (this: unknown, ...args: unknown[]): unknown {
    const [first] = args;
    const text = typeof first === 'string' ? first : (first as { text?: unknown } | null)?.text;
    if (anyText(text, ARABIC)) return shape.apply(this, args);
    fastPathRuns.skipArabicShaping++;
    return first;
  };
  api.processArabic = shapeWhenArabic;
  if (replaceHandler(api, 'preProcessText', (handler) => handler === shape, () => shapeWhenArabic)) {
    textHandlers.preProcess = [shapeWhenArabic];
  }
}

/**
 * jsPDF's bidi handler ("postProcessText") runs the Unicode bidi algorithm on every string drawn. Unless right-to-left
 * is forced by an option, text without a right-to-left character resolves to level 0 throughout, so the algorithm
 * returns it unchanged; this skips it for such text. It keeps the handler's two visible effects: each string of an
 * array becomes an array (`[text]`, or `[text, x, y]` copied), and the options get `isInputVisual` defaulted to true.
 */
function skipBidiReorderingForLeftToRightText(api: JsPdfApi): void {
  // The handler is an anonymous function in jsPDF's builds; it is the one that defaults `isInputVisual`.
  const replaced = replaceHandler(
    api,
    'postProcessText',
    (handler) => String(handler).includes('isInputVisual'),
    (reorder) =>
      function (this: unknown, ...args: unknown[]): void {
        const payload = args[0] as TextPayload;
        const options = payload.options ?? {};
        if (options.isInputRtl || options.isOutputRtl || anyText(payload.text, RIGHT_TO_LEFT)) {
          reorder.apply(this, args);
          return;
        }
        fastPathRuns.skipBidiReordering++;
        options.isInputVisual = typeof options.isInputVisual === 'boolean' ? options.isInputVisual : true;
        if (Array.isArray(payload.text)) {
          payload.text = payload.text.map((item: unknown) => (Array.isArray(item) ? [item[0], item[1], item[2]] : [item]));
        }
      },
  );
  const handlers = api.events.filter(([name]) => name === 'postProcessText').map(([, handler]) => handler as Handler);
  // jsPDF's Unicode escaping, then the bidi shortcut.
  if (replaced && handlers.length === 2 && handlers[1] === replaced) textHandlers.postProcess = handlers;
}

/**
 * `getStringUnitWidth` (behind `getTextWidth`) builds an array of per-character widths and sums it. For the standard
 * fonts this sums the same widths and kerning in the same order, so to the same number, without the array.
 * Embedded TrueType fonts measure with their own metrics and keep jsPDF's path.
 */
function measureStandardFontTextWithoutArrays(api: JsPdfApi): void {
  const measure = api.getStringUnitWidth;
  api.getStringUnitWidth = function (this: Document, text: unknown, options?: MeasureOptions): number {
    const font = options?.font || this.internal.getFont();
    if (typeof text !== 'string' || typeof font.metadata.widthOfString === 'function' || !font.metadata.Unicode) {
      return measure.call(this, text, options);
    }
    fastPathRuns.measureWithoutArrays++;
    return standardUnitWidth(text, options?.widths || font.metadata.Unicode.widths, options?.kerning || font.metadata.Unicode.kerning, options?.doKerning !== false);
  };
}

/**
 * jsPDF's `getCharWidthsArray` for a standard font, summed as it sums it: from 0, left to right. `start` and `end`
 * measure part of the text as if it were a string of its own (so a word is measured without cutting it out).
 */
function standardUnitWidth(text: string, widths: CharacterWidths, kerning: Kerning, doKerning: boolean, start = 0, end = text.length): number {
  const { advances, pairsAfter } = tablesFor(widths, kerning);
  const kerningFractionOf = kerning.fof || 1;
  let sum = 0;
  let previous = 0;
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    let kern = 0;
    const pairs = doKerning ? (code < 256 ? pairsAfter[code] : kerning[code]) : undefined;
    if (typeof pairs === 'object' && pairs !== null) {
      const pair = pairs[previous];
      if (pair !== undefined && !Number.isNaN(parseInt(pair as unknown as string, 10))) kern = pair / kerningFractionOf;
    }
    sum += (code < 256 ? advances[code]! : advance(widths, code)) + kern;
    previous = code;
  }
  return sum;
}

/** jsPDF's width of one character, before kerning: the width, or the font's default, over the fraction. */
function advance(widths: CharacterWidths, code: number): number {
  return (widths[code] || widths[0] || widths.fof || 1) / (widths.fof || 1);
}

/**
 * The widths and kerning of the first 256 character codes (all a standard font prints) as arrays, built once per
 * font: the metrics objects are sparse, and looking codes up in them was most of the cost of measuring.
 */
function tablesFor(widths: CharacterWidths, kerning: Kerning): { advances: Float64Array; pairsAfter: Array<Kerning[number]> } {
  let tables = fontTables.get(widths);
  if (!tables || tables.kerning !== kerning) {
    const advances = new Float64Array(256);
    const pairsAfter: Array<Kerning[number]> = [];
    for (let code = 0; code < 256; code++) {
      advances[code] = advance(widths, code);
      pairsAfter.push(kerning[code]);
    }
    tables = { kerning, advances, pairsAfter };
    fontTables.set(widths, tables);
  }
  return tables;
}

const fontTables = new WeakMap<CharacterWidths, { kerning: Kerning; advances: Float64Array; pairsAfter: Array<Kerning[number]> }>();

/**
 * `splitTextToSize` measures every word of every paragraph and joins the words again, even for a paragraph that fits
 * on one line, as almost every table cell does. For the standard fonts and plain options this runs jsPDF's own
 * line-filling test (the same sums, compared the same way) and returns a paragraph that fits as it is, which is what
 * jsPDF returns for it; paragraphs that need wrapping, and everything else, go through jsPDF.
 */
function keepTextThatFitsWithoutWrapping(api: JsPdfApi): void {
  const split = api.splitTextToSize;
  api.splitTextToSize = function (this: Document, text: unknown, maxLength: number, options?: SplitOptions): string[] {
    const font = this.internal.getFont();
    const metrics = font.metadata.Unicode;
    const plain =
      !options || (!options.fontName && !options.fontStyle && !options.widths && !options.kerning && !options.textIndent && options.lineIndent === undefined);
    if (!plain || typeof font.metadata.widthOfString === 'function' || !metrics || !(Array.isArray(text) || typeof text === 'string')) {
      return split.call(this, text, maxLength, options);
    }
    const fontSize = options?.fontSize || this.internal.getFontSize();
    const paragraphs: unknown[] = Array.isArray(text) ? text : text.split(/\r?\n/);
    // jsPDF's own conversion of the width to font units, to the same number.
    const maxUnits = (1.0 * this.internal.scaleFactor * maxLength) / fontSize;
    const widths = metrics.widths || { 0: 1 };
    const kerning = metrics.kerning || {};
    const spaceWidth = standardUnitWidth(' ', widths, kerning, true);
    const lines: string[] = [];
    for (const paragraph of paragraphs) {
      if (typeof paragraph === 'string' && fitsOnOneLine(paragraph, maxUnits, widths, kerning, spaceWidth)) {
        fastPathRuns.keepUnwrapped++;
        lines.push(paragraph);
      }
      // One by one: spreading a long paragraph's lines into the call would overflow the stack.
      else for (const line of split.call(this, [paragraph], maxLength, options)) lines.push(line);
    }
    return lines;
  };
}

/** jsPDF's `splitParagraphIntoLines` up to its first line break: true when it would not break at all. */
function fitsOnOneLine(paragraph: string, maxUnits: number, widths: CharacterWidths, kerning: Kerning, spaceWidth: number): boolean {
  let lineLength = 0;
  let separatorLength = 0;
  // Word by word, as `paragraph.split(' ')` would cut it, without making the words.
  for (let start = 0; start <= paragraph.length; ) {
    const space = paragraph.indexOf(' ', start);
    const end = space === -1 ? paragraph.length : space;
    const wordLength = standardUnitWidth(paragraph, widths, kerning, true, start, end);
    if (lineLength + separatorLength + wordLength > maxUnits) return false;
    lineLength += separatorLength + wordLength;
    separatorLength = spaceWidth;
    start = end + 1;
  }
  return true;
}

/**
 * Swaps one of jsPDF's event handlers (documents subscribe to these when created) for what `wrap` makes of it, and
 * returns it. Nothing is swapped unless exactly one handler matches, so a jsPDF release that changes them keeps its
 * own path.
 */
function replaceHandler(api: JsPdfApi, event: string, matches: (handler: Handler) => boolean, wrap: (original: Handler) => Handler): Handler | null {
  const found = api.events.filter(([name, handler]) => name === event && typeof handler === 'function' && matches(handler as Handler));
  if (found.length !== 1) return null;
  const replacement = wrap(found[0]![1] as Handler);
  found[0]![1] = replacement;
  return replacement;
}
