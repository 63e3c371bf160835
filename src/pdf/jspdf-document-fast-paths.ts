import type { jsPDF } from 'jspdf';
import { ARABIC, RIGHT_TO_LEFT, anyText, fastPathRuns, textHandlers, type Handler } from './jspdf-fast-paths.js';

/**
 * Shortcuts for one document, once its fonts are registered; like jsPDF's own path, to the byte, and falling back to
 * it for anything they were not written for. autotable sets the font (three times per cell: to measure, to wrap and
 * to draw), the text colour and the fill colour for every cell, and asks for the font list and the current font again
 * and again; jsPDF looks the font up by name, builds the list, and encodes the colours afresh each time. Here the
 * list is built once, setting the font or the text colour to what it already is does nothing (jsPDF only stores
 * them, and writes them with the next text), the current font is looked up once per change, each fill colour is
 * encoded once, and plain text is written directly. Restoring a saved graphics state, the one other way the font and
 * text colour change, starts over.
 */
export function installDocumentFastPaths(doc: jsPDF): void {
  const fontList = doc.getFontList();
  doc.getFontList = () => {
    fastPathRuns.fontList++;
    return fontList;
  };
  const target = doc as unknown as { setFont: Handler; setTextColor: Handler; getFont: Handler; restoreGraphicsState: Handler; internal: { getFont: Handler } };
  const { setFont, setTextColor, getFont, restoreGraphicsState } = target;
  let fontSetWith: unknown[] | null = null;
  let currentFont: unknown = null;
  let textColorSetWith: unknown[] | null = null;
  // The operator of the text colour jsPDF holds, while known.
  const textColor: { operator: string | null } = { operator: null };
  target.setFont = function (this: unknown, ...font: unknown[]): unknown {
    if (fontSetWith && sameArguments(fontSetWith, font)) {
      fastPathRuns.sameFont++;
      return this;
    }
    const result = setFont.apply(this, font);
    fontSetWith = font;
    currentFont = null;
    return result;
  };
  target.getFont = target.internal.getFont = function (this: unknown, ...font: unknown[]): unknown {
    // Without a name and style, the current font.
    if (font.some((value) => value !== undefined)) return getFont.apply(this, font);
    if (currentFont === null) currentFont = getFont.apply(this, font);
    else fastPathRuns.currentFont++;
    return currentFont;
  };
  target.setTextColor = function (this: unknown, ...color: unknown[]): unknown {
    if (textColorSetWith && sameArguments(textColorSetWith, color)) {
      fastPathRuns.sameTextColor++;
      return this;
    }
    const result = setTextColor.apply(this, color);
    textColorSetWith = color;
    textColor.operator = encodeTextColor(doc, color);
    return result;
  };
  target.restoreGraphicsState = function (this: unknown, ...args: unknown[]): unknown {
    fontSetWith = textColorSetWith = null;
    currentFont = null;
    textColor.operator = null;
    return restoreGraphicsState.apply(this, args);
  };
  rememberFillColors(doc);
  writeTextDirectly(doc, textColor);
}

/** The operator jsPDF's `setTextColor` makes of the colour, from jsPDF's own encoder; null when it is not at hand. */
function encodeTextColor(doc: jsPDF, color: unknown[]): string | null {
  const encode = (doc as unknown as { __private__?: { encodeColorString?: (options: object) => string } }).__private__?.encodeColorString;
  if (typeof encode !== 'function' || colorKey(color) === null) return null;
  return encode({ ch1: color[0], ch2: color[1], ch3: color[2], ch4: color[3], pdfColorType: 'text', precision: 3 });
}

interface TextDocument {
  text: Handler;
  setCharSpace: Handler;
  hpf: (value: number) => string;
  getFontSize(): number;
  getLineHeightFactor(): number;
  getR2L(): boolean;
  isAdvancedAPI(): boolean;
  getCurrentPageInfo(): { pageContext: { usedRenderingMode?: number } };
  internal: {
    getFont(): { id: string; encoding: string };
    pdfEscape(text: string, flags: object): string;
    getHorizontalCoordinate(value: number): number;
    getVerticalCoordinate(value: number): number;
    write(value: string): unknown;
    events: { getTopics(): Record<string, Record<string, [Handler, boolean]>> };
  };
}

/**
 * `text()` is the biggest single cost of a long invoice: autotable calls it for every cell, and jsPDF's general path
 * (options, transforms, alignment, three text handlers, several copies of the text) does for one line of Latin text
 * in a standard font what this does directly: escape each line as jsPDF's escaper does (with an escaper checked
 * against it, `winAnsiEscaper`, or with jsPDF's own) and write the text object jsPDF would write, to the byte. Only that case is taken: left-aligned text without options beyond `isInputVisual`,
 * no Arabic or right-to-left characters, a standard font already written once by jsPDF (which records it as used),
 * the text colour known, no character spacing, rendering mode, right-to-left mode or advanced API, and the text
 * handlers exactly the ones `installJsPdfFastPaths` leaves (whose work on such text is none). Everything else goes to
 * jsPDF.
 */
function writeTextDirectly(doc: jsPDF, textColor: { operator: string | null }): void {
  const target = doc as unknown as TextDocument;
  const topics = target.internal.events.getTopics();
  const subscribed = (topic: string) => Object.values(topics[topic] ?? {}).map(([handler]) => handler);
  // Documents subscribe to jsPDF's events in reverse order; which handlers, not their order, is what matters here.
  const sameHandlers = (topic: string, expected: Handler[]) => {
    const handlers = subscribed(topic);
    return expected.length > 0 && handlers.length === expected.length && expected.every((handler) => handlers.includes(handler));
  };
  if (!sameHandlers('preProcessText', textHandlers.preProcess) || !sameHandlers('postProcessText', textHandlers.postProcess)) return;
  if (typeof target.hpf !== 'function' || typeof target.internal.pdfEscape !== 'function') return;

  const { text, setCharSpace } = target;
  const flags = { autoencode: true, noBOM: true };
  // Per font: jsPDF's escaper for the text the standard fonts print, where one can be had (see `winAnsiEscaper`).
  const escapers = new Map<string, ((text: string) => string) | null>();
  // jsPDF's number formatting (toFixed and a regular expression) for every coordinate; a table repeats its columns'
  // x, its rows' y and the line spacing cell after cell.
  const formatNumber = rememberedNumbers((value) => target.hpf(value));
  let charSpaceSet = false;
  target.setCharSpace = function (this: unknown, ...args: unknown[]): unknown {
    charSpaceSet = true;
    return setCharSpace.apply(this, args);
  };
  // Fonts jsPDF has drawn text in: it records them as used (only those are embedded), so each goes through it once.
  const drawnFonts = new Set<string>();
  target.text = function (this: unknown, ...args: unknown[]): unknown {
    const [value, x, y, options] = args;
    const font = target.internal.getFont();
    const lines = typeof value === 'string' ? (/[\r\n]/.test(value) ? value.split(/\r\n|\r|\n/g) : [value]) : value;
    // The standard fonts' characters have no Arabic or right-to-left one; most invoice text is that, and this is one scan.
    const winAnsi = Array.isArray(lines) && lines.every((line) => typeof line === 'string' && !NOT_WIN_ANSI.test(line));
    const direct =
      args.length <= 4 &&
      typeof x === 'number' &&
      typeof y === 'number' &&
      !Number.isNaN(x) &&
      !Number.isNaN(y) &&
      plainOptions(options) &&
      // jsPDF writes nothing for an empty string or array (but writes "()" for an empty line in an array).
      (typeof value === 'string' || Array.isArray(value)) &&
      value.length > 0 &&
      Array.isArray(lines) &&
      lines.every((line) => typeof line === 'string') &&
      (winAnsi || (!anyText(lines, ARABIC) && !anyText(lines, RIGHT_TO_LEFT))) &&
      (font.encoding === 'WinAnsiEncoding' || font.encoding === 'StandardEncoding') &&
      drawnFonts.has(font.id) &&
      textColor.operator !== null &&
      !charSpaceSet &&
      !target.getR2L() &&
      !target.isAdvancedAPI() &&
      target.getCurrentPageInfo().pageContext.usedRenderingMode === undefined;
    if (!direct) {
      const result = text.apply(this, args);
      drawnFonts.add(target.internal.getFont().id);
      return result;
    }
    fastPathRuns.writeTextDirectly++;
    const { internal } = target;
    const size = target.getFontSize();
    let escaper = escapers.get(font.id);
    if (escaper === undefined) escapers.set(font.id, (escaper = winAnsiEscaper((line) => internal.pdfEscape(line, flags))));
    const escape = winAnsi && escaper ? escaper : (line: string) => internal.pdfEscape(line, flags);
    const content = (lines as string[]).map((line) => `(${escape(line.includes('\t') ? line.split('\t').join('        ') : line)})`);
    const position = `${formatNumber(internal.getHorizontalCoordinate(x as number))} ${formatNumber(internal.getVerticalCoordinate(y as number))} Td\n`;
    internal.write(
      `BT\n/${font.id} ${size} Tf\n${formatNumber(size * target.getLineHeightFactor())} TL\n${textColor.operator}\n${position}${content.join(' Tj\nT* ')} Tj\nET`,
    );
    return this;
  };
}

/**
 * The characters of Windows-1252 above ASCII that are not at their Latin-1 code point (the ones src/pdf/pdf-text.ts
 * lets through to the standard fonts, such as the en dash of a formatted date range).
 */
const WIN_ANSI_EXTRAS = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';
/** Anything but tabs (made spaces before escaping) and the characters the standard fonts print. */
const NOT_WIN_ANSI = new RegExp(`[^\\t\\x20-\\x7e\\xa0-\\xff${WIN_ANSI_EXTRAS}]`);
/** The characters the standard fonts print that jsPDF's escaper changes. */
const CHANGED_BY_ESCAPING = new RegExp(`[\\\\()${WIN_ANSI_EXTRAS}]`, 'g');
/** Every character the standard fonts print, to check an escaper against jsPDF's once per font. */
const ALL_WIN_ANSI = [
  String.fromCharCode(...Array.from({ length: 0x7f - 0x20 }, (_, index) => 0x20 + index)),
  String.fromCharCode(...Array.from({ length: 0x100 - 0xa0 }, (_, index) => 0xa0 + index)),
  WIN_ANSI_EXTRAS,
].join('');

/**
 * jsPDF's `pdfEscape` for the characters a standard font prints, or null when the font's encoding does not map them
 * the way WinAnsiEncoding does. jsPDF re-encodes every line drawn character by character into an array and joins it;
 * this replaces only the characters that change (backslashes and parentheses, escaped; the Windows-1252 extras, each
 * to the byte jsPDF makes of it). jsPDF's escaper maps characters one at a time, so an escaper that gives its result
 * for every one of those characters at once gives it for any string of them.
 */
function winAnsiEscaper(pdfEscape: (text: string) => string): ((text: string) => string) | null {
  const replacements = new Map<string, string>([
    ['\\', '\\\\'],
    ['(', '\\('],
    [')', '\\)'],
  ]);
  for (const character of WIN_ANSI_EXTRAS) replacements.set(character, pdfEscape(character));
  const escape = (text: string) => text.replace(CHANGED_BY_ESCAPING, (character) => replacements.get(character)!);
  return pdfEscape(ALL_WIN_ANSI) === escape(ALL_WIN_ANSI) ? escape : null;
}

/** `format`, remembering its results (up to a thousand values at a time; a page has a few hundred coordinates). */
function rememberedNumbers(format: (value: number) => string): (value: number) => string {
  const results = new Map<number, string>();
  return (value) => {
    let result = results.get(value);
    if (result === undefined) {
      if (results.size >= 1000) results.clear();
      results.set(value, (result = format(value)));
    }
    return result;
  };
}

/** Options `text()` treats as none: absent, or only `isInputVisual` (the bidi handler's) and left alignment. */
function plainOptions(options: unknown): boolean {
  if (options === undefined) return true;
  if (typeof options !== 'object' || options === null || Object.getPrototypeOf(options) !== Object.prototype) return false;
  return Object.entries(options).every(([key, value]) => (key === 'isInputVisual' && typeof value === 'boolean') || (key === 'align' && (value === 'left' || value === undefined)));
}

/**
 * autotable sets the fill colour for every cell, then sets it again to what `getFillColor()` returns (a workaround of
 * its own), and jsPDF encodes the colour into its operator, or decodes it, every time. Here each distinct colour is
 * encoded once, with jsPDF's own encoder; setting the colour jsPDF already holds writes the operator it would write,
 * and reading it back is decoded once per colour. Only `setFillColor` changes jsPDF's fill colour.
 */
function rememberFillColors(doc: jsPDF): void {
  const target = doc as unknown as {
    setFillColor: Handler;
    getFillColor: Handler;
    internal: { write(operator: string): unknown };
    __private__?: { encodeColorString?: (options: object) => string };
  };
  const encode = target.__private__?.encodeColorString;
  if (typeof encode !== 'function') return;
  const { setFillColor, getFillColor } = target;
  const operators = new Map<string, string>();
  const decoded = new Map<string, unknown>();
  // The operator of the colour jsPDF holds; null until known.
  let held: string | null = null;
  target.setFillColor = function (this: unknown, ...color: unknown[]): unknown {
    const key = colorKey(color);
    if (key === null) {
      held = null;
      return setFillColor.apply(this, color);
    }
    let operator = operators.get(key);
    if (operator === undefined) {
      // The options jsPDF's setFillColor passes to the same encoder.
      operator = encode({ ch1: color[0], ch2: color[1], ch3: color[2], ch4: color[3], pdfColorType: 'fill', precision: 2 });
      operators.set(key, operator);
    }
    if (operator === held) {
      fastPathRuns.fillColor++;
      target.internal.write(operator);
      return this;
    }
    const result = setFillColor.apply(this, color);
    held = operator;
    return result;
  };
  target.getFillColor = function (this: unknown): unknown {
    if (held === null) return getFillColor.call(this);
    if (!decoded.has(held)) decoded.set(held, getFillColor.call(this));
    return decoded.get(held);
  };
}

/** A key that tells colour arguments apart exactly (numbers, strings, missing channels); null for anything else. */
function colorKey(color: unknown[]): string | null {
  let key = '';
  for (const channel of color) {
    if (typeof channel === 'number') key += `n${channel}|`;
    else if (typeof channel === 'string') key += `s${channel.length}:${channel}|`;
    else if (channel === undefined) key += 'u|';
    else return null;
  }
  return key;
}

function sameArguments(previous: unknown[], next: unknown[]): boolean {
  return previous.length === next.length && next.every((value, index) => value === previous[index]);
}
