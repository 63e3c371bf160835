/**
 * Text as jsPDF can draw it. No jsPDF import here: the element and the font chooser use these without loading the
 * PDF library.
 */

// The characters of Windows-1252 above ASCII that are not at their Latin-1 code point. jsPDF's standard fonts
// (Helvetica and friends) encode text as WinAnsi, so these, printable ASCII and U+00A0–U+00FF are all they can print.
const WIN_ANSI_EXTRAS = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

/** Whether jsPDF's standard fonts can print every character of the text. */
export function isWinAnsi(text: string): boolean {
  for (const character of text) {
    const code = character.codePointAt(0)!;
    if (code === 0x0a || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff)) continue;
    if (!WIN_ANSI_EXTRAS.has(character)) return false;
  }
  return true;
}

// Every character `pdfText` replaces or drops.
const NEEDS_CLEANING = /[\u2009\u200a\u202f\u2007\u2002-\u2006\u2212\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069\u200b\ufeff\r\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

/**
 * Prepares a string for the PDF: Intl's typographic spaces (thin, narrow no-break) become no-break spaces and its
 * minus sign a hyphen, so a formatted date range or amount does not force a Unicode font on an otherwise Latin
 * invoice; bidi control marks are dropped because fonts have no glyph for them and jsPDF orders right-to-left text
 * itself; other control characters are dropped so hostile data cannot break the layout.
 */
export function pdfText(value: string | null | undefined): string {
  if (value == null) return '';
  const text = String(value);
  // Most strings have none of these; one test is cheaper than five replacements.
  if (!NEEDS_CLEANING.test(text)) return text;
  return text
    .replace(/[\u2009\u200a\u202f\u2007\u2002\u2003\u2004\u2005\u2006]/g, '\u00a0')
    .replace(/\u2212/g, '-')
    .replace(/[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069\u200b\ufeff]/g, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g, '');
}

/**
 * A document-information string (title, author, subject) as jsPDF writes one: text beyond Latin-1 as UTF-16BE after
 * a byte order mark, one byte per character. jsPDF makes the same bytes itself, but with `String.fromCharCode.apply`
 * over all of them, which overflows the call stack for long text (a customer name of 100,000 characters); handed the
 * bytes, it finds nothing to encode and only escapes them.
 */
export function pdfInfoText(text: string): string {
  if (!/[^\u0000-\u00ff]/.test(text)) return text;
  const bytes = ['\u00fe\u00ff'];
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    bytes.push(String.fromCharCode(code >> 8, code & 0xff));
  }
  return bytes.join('');
}
