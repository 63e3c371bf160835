import { safeHttpUrl } from '../api/urls.js';

/** Why the logo is missing from a PDF. */
export type LogoProblem = 'unsafe-url' | 'unreachable' | 'http-error' | 'too-large' | 'not-an-image';

/** A logo ready for `doc.addImage`: PNG bytes re-encoded by the browser, and its pixel size. */
export interface PdfLogo {
  png: Uint8Array;
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
    return { png: new Uint8Array(await png.arrayBuffer()), width, height };
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
