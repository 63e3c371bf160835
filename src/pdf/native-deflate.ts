import type { jsPDF } from 'jspdf';

/**
 * Writes a document with its page contents compressed by the platform's own deflate (`CompressionStream`) rather than
 * by jsPDF's JavaScript one (fflate, fed byte by byte and read back one character at a time). In Chromium that took
 * about a fifth of a 300-line invoice's time: its 16 pages hold some 240 KB of drawing operators. jsPDF compresses
 * while it writes the file, synchronously, so it cannot wait for an asynchronous compressor; here the pages are
 * compressed first, and jsPDF's compression step is handed the result when it meets the same text.
 *
 * The file differs only in how each page's stream is compressed (zlib at its default level, as fflate's); anything
 * not compressed ahead (fonts, images, a page whose text did not match) goes through jsPDF's own path. Where
 * `CompressionStream` is missing, the document is written as before.
 */
export async function outputWithNativeDeflate(doc: jsPDF, library: typeof jsPDF): Promise<Blob> {
  installPrecompressedFilter(library);
  takenLastTime = 0;
  if (typeof CompressionStream !== 'function') return doc.output('blob');
  const ready: Precompressed[] = [];
  // One after another: in Chromium, all pages at once take longer than one by one.
  for (const text of pageContents(doc)) ready.push({ text, compressed: binaryString(await deflate(binaryBytes(text))) });
  precompressed = ready;
  try {
    return doc.output('blob');
  } finally {
    precompressed = null;
  }
}

/** How many page streams the last `outputWithNativeDeflate` took ready-compressed (for tests). */
export function lastPrecompressedCount(): number {
  return takenLastTime;
}

interface Precompressed {
  text: string;
  compressed: string;
}
/**
 * The pages, ready-compressed, in the order jsPDF writes them, while `outputWithNativeDeflate` writes a document;
 * null otherwise. `takenLastTime` counts those jsPDF has taken, so it is also the next one's index.
 */
let precompressed: Precompressed[] | null = null;
let takenLastTime = 0;

const INSTALLED = Symbol('billing-elements.precompressedFilter');

interface FilterResult {
  data: string;
  reverseChain: string;
}
interface JsPdfApi {
  processDataByFilters(this: unknown, data: string, filters: unknown): FilterResult;
  [INSTALLED]?: true;
}

/**
 * jsPDF passes every stream it writes through `jsPDF.API.processDataByFilters`, looked up at each call; a page's
 * stream comes with just FlateEncode, page after page. This answers the next page's text from `precompressed` (a
 * comparison of two strings, cheaper than looking a 15 KB key up) and leaves every other call to jsPDF.
 */
function installPrecompressedFilter(library: typeof jsPDF): void {
  const api = library.API as unknown as JsPdfApi;
  if (api[INSTALLED]) return;
  const original = api.processDataByFilters;
  api.processDataByFilters = function (this: unknown, data: string, filters: unknown): FilterResult {
    const next = precompressed?.[takenLastTime];
    if (next?.text !== data || !isFlateOnly(filters)) return original.call(this, data, filters);
    takenLastTime++;
    return { data: next.compressed, reverseChain: '/FlateDecode' };
  };
  api[INSTALLED] = true;
}

function isFlateOnly(filters: unknown): boolean {
  return Array.isArray(filters) && filters.length === 1 && (filters[0] === 'FlateEncode' || filters[0] === '/FlateEncode');
}

/**
 * Each page's content as jsPDF's putPage joins it (pages are numbered from 1). The page is left holding just that
 * string, the same content, so jsPDF's own join has nothing left to do and hands back the very string compared above.
 */
function pageContents(doc: jsPDF): string[] {
  const pages = (doc.internal as unknown as { pages: Array<string[] | undefined> }).pages;
  return pages
    .filter((page): page is string[] => Array.isArray(page))
    .map((page) => {
      const text = page.join('\n');
      page.splice(0, page.length, text);
      return text;
    });
}

async function deflate(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  // Written and read directly: a Blob's stream would take the bytes through the browser's blob store.
  const compressor = new CompressionStream('deflate');
  const writer = compressor.writable.getWriter();
  void writer.write(bytes);
  void writer.close();
  const chunks: Uint8Array[] = [];
  const reader = compressor.readable.getReader();
  for (let read = await reader.read(); !read.done; read = await reader.read()) chunks.push(read.value);
  if (chunks.length === 1) return chunks[0]!;
  const whole = new Uint8Array(chunks.reduce((length, chunk) => length + chunk.length, 0));
  chunks.reduce((offset, chunk) => (whole.set(chunk, offset), offset + chunk.length), 0);
  return whole;
}

/**
 * jsPDF's content is a binary string: one byte per character. Page text is nearly always ASCII, which the native
 * encoder takes as is (its UTF-8 is as long as the text only then); otherwise each character's low byte, as jsPDF's
 * own compressor reads it.
 */
function binaryBytes(text: string): Uint8Array<ArrayBuffer> {
  const ascii = ENCODER.encode(text);
  if (ascii.length === text.length) return ascii;
  const bytes = new Uint8Array(text.length);
  for (let index = 0; index < text.length; index++) bytes[index] = text.charCodeAt(index);
  return bytes;
}

/**
 * The bytes back as a binary string. Widened to UTF-16 code units and decoded natively: a code unit below 0x100 is
 * the character of the same code, which is what jsPDF writes out as one byte. (The "latin1" decoder would not do: it
 * is windows-1252, which maps 0x80–0x9f elsewhere.)
 */
function binaryString(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length);
  units.set(bytes);
  return UTF16.decode(units);
}

const ENCODER = new TextEncoder();
const UTF16 = new TextDecoder('utf-16le');
