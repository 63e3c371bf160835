import { safeHttpUrl } from '../api/urls.js';

/** Why the logo is missing from a PDF. */
export type LogoProblem = 'unsafe-url' | 'unreachable' | 'http-error' | 'too-large' | 'not-an-image' | 'svg-unsupported';

/**
 * A logo ready for `doc.addImage`, and its pixel size: PNG bytes re-encoded by the browser, or, where there is no
 * canvas to do that with (Node), the PNG or JPEG bytes as they came.
 */
export interface PdfLogo {
  bytes: Uint8Array;
  format: 'PNG' | 'JPEG';
  width: number;
  height: number;
}

/** Logos bigger than this are refused rather than decoded. */
const MAX_LOGO_BYTES = 5 * 1024 * 1024;
/** The logo is redrawn at most this wide or high: sharp in print at its size on the page, small in the file. */
export const MAX_LOGO_PIXELS = 600;

/** Draws an SVG logo as PNG: where there is a DOM to do it with (see `svg-logo.ts`). */
export type SvgRasterizer = (blob: Blob) => Promise<PdfLogo | LogoProblem>;

/**
 * Fetches the logo and re-encodes it as PNG through a canvas. The bytes come from a third-party host and are
 * untrusted: decoding them with `createImageBitmap` proves they are an image (an HTML error page or a script is not),
 * and jsPDF only ever sees the PNG the browser itself produced. Never throws: a failure is returned as a problem so the
 * PDF is made without the logo. An SVG is drawn by `rasterizeSvg`; without one (in a worker), the answer is `'svg'`.
 */
export async function loadLogo(url: string | null, signal: AbortSignal | undefined, rasterizeSvg: SvgRasterizer): Promise<PdfLogo | LogoProblem>;
export async function loadLogo(url: string | null, signal?: AbortSignal, rasterizeSvg?: SvgRasterizer): Promise<PdfLogo | LogoProblem | 'svg'>;
export async function loadLogo(url: string | null, signal?: AbortSignal, rasterizeSvg?: SvgRasterizer): Promise<PdfLogo | LogoProblem | 'svg'> {
  const safe = safeHttpUrl(url);
  if (!safe) return 'unsafe-url';
  let response: Response;
  try {
    // No credentials: the logo is public, and a CORS answer with `*` is then enough.
    response = await fetch(safe, { mode: 'cors', credentials: 'omit', ...(signal ? { signal } : {}) });
  } catch (error) {
    if (signal?.aborted) throw error;
    return 'unreachable';
  }
  if (!response.ok) return 'http-error';
  const declaredLength = Number(response.headers.get('content-length'));
  if (declaredLength > MAX_LOGO_BYTES) return 'too-large';
  let blob: Blob;
  try {
    blob = await response.blob();
  } catch (error) {
    if (signal?.aborted) throw error;
    return 'unreachable';
  }
  if (blob.size > MAX_LOGO_BYTES) return 'too-large';
  // Without a way to draw SVG here (a worker), say so: the page can draw it.
  if (await isSvg(blob)) return rasterizeSvg ? rasterizeSvg(blob) : 'svg';
  // No canvas (Node): the bytes go into the PDF as they are, once their header says they are a PNG or JPEG image.
  if (typeof createImageBitmap !== 'function') return embeddableImage(new Uint8Array(await blob.arrayBuffer()));
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(blob);
  } catch {
    return 'not-an-image';
  }
  try {
    if (bitmap.width === 0 || bitmap.height === 0) return 'not-an-image';
    const scale = Math.min(1, MAX_LOGO_PIXELS / Math.max(bitmap.width, bitmap.height));
    const width = Math.max(1, Math.round(bitmap.width * scale));
    const height = Math.max(1, Math.round(bitmap.height * scale));
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d');
    if (!context) return 'not-an-image';
    context.drawImage(bitmap, 0, 0, width, height);
    const png = await canvas.convertToBlob({ type: 'image/png' });
    return { bytes: new Uint8Array(await png.arrayBuffer()), format: 'PNG', width, height };
  } finally {
    bitmap.close();
  }
}

/** SVG by its declared type, or by its start when the server declared something vaguer (`text/plain`, `text/xml`). */
async function isSvg(blob: Blob): Promise<boolean> {
  if (blob.type === 'image/svg+xml') return true;
  if (blob.type.startsWith('image/')) return false;
  const start = await blob.slice(0, 1024).text();
  return /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE svg[^>]*>\s*)?<svg[\s>]/i.test(start);
}

/**
 * A PNG or JPEG file's format and pixel size, read from its header (the PNG IHDR chunk; the JPEG start-of-frame
 * marker); anything else is not an image jsPDF can embed as it is.
 */
export function embeddableImage(bytes: Uint8Array): PdfLogo | LogoProblem {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const image = (format: PdfLogo['format'], width: number, height: number): PdfLogo | LogoProblem =>
    width > 0 && height > 0 ? { bytes, format, width, height } : 'not-an-image';
  const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length >= 24 && PNG_SIGNATURE.every((byte, index) => bytes[index] === byte) && String.fromCharCode(...bytes.subarray(12, 16)) === 'IHDR') {
    return image('PNG', view.getUint32(16), view.getUint32(20));
  }
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) return 'not-an-image';
  // JPEG: marker segments (0xFF, type, 2-byte length) up to a start-of-frame, which holds the height and width.
  let offset = 2;
  while (offset + 9 <= bytes.length && bytes[offset] === 0xff) {
    const marker = bytes[offset + 1]!;
    // SOF0–SOF15, except DHT (C4), JPG (C8) and DAC (CC), which share the range.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return image('JPEG', view.getUint16(offset + 7), view.getUint16(offset + 5));
    }
    offset += 2 + view.getUint16(offset + 2);
  }
  return 'not-an-image';
}
