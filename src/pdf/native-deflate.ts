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
  const contents = pageContents(doc);
  const ready = new Map<string, string>();
  // One after another: in Chromium, all pages at once take longer than one by one.
  for (const content of contents) ready.set(content, binaryString(await deflate(binaryBytes(content))));
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

/** The page texts, ready-compressed, while `outputWithNativeDeflate` writes a document; null otherwise. */
let precompressed: Map<string, string> | null = null;
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
 * stream comes with just FlateEncode. This answers those from `precompressed` and leaves every other call to jsPDF.
 */
function installPrecompressedFilter(library: typeof jsPDF): void {
  const api = library.API as unknown as JsPdfApi;
  if (api[INSTALLED]) return;
  const original = api.processDataByFilters;
  api.processDataByFilters = function (this: unknown, data: string, filters: unknown): FilterResult {
    const ready = precompressed && isFlateOnly(filters) ? precompressed.get(data) : undefined;
    if (ready === undefined) return original.call(this, data, filters);
    takenLastTime++;
    return { data: ready, reverseChain: '/FlateDecode' };
  };
  api[INSTALLED] = true;
}

function isFlateOnly(filters: unknown): boolean {
  return Array.isArray(filters) && filters.length === 1 && (filters[0] === 'FlateEncode' || filters[0] === '/FlateEncode');
}

/** Each page's content as jsPDF's putPage joins it (pages are numbered from 1). */
function pageContents(doc: jsPDF): string[] {
  const pages = (doc.internal as unknown as { pages: Array<string[] | undefined> }).pages;
  return pages.filter((page): page is string[] => Array.isArray(page)).map((page) => page.join('\n'));
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
 * encoder takes as is; otherwise each character's low byte, as jsPDF's own compressor reads it.
 */
function binaryBytes(text: string): Uint8Array<ArrayBuffer> {
  if (!NON_ASCII.test(text)) return ENCODER.encode(text);
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

const NON_ASCII = /[^\x00-\x7f]/;
const ENCODER = new TextEncoder();
const UTF16 = new TextDecoder('utf-16le');
