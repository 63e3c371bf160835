import { MAX_LOGO_PIXELS, type LogoProblem, type PdfLogo } from './pdf-logo.js';

/**
 * Whether a logo URL names an SVG file (`.svg` or `.svgz` path). A worker cannot draw SVG, so such a logo is loaded
 * in the page before the PDF is handed to the worker; the path is all there is to go on before fetching.
 */
export function hasSvgPath(url: string): boolean {
  try {
    return /\.svgz?$/i.test(new URL(url, document.baseURI).pathname);
  } catch {
    return false;
  }
}

/**
 * Draws an SVG logo onto a canvas and returns it as PNG, in the page: `createImageBitmap` refuses SVG and a worker has
 * no `Image`. An SVG drawn as an image runs no script and loads nothing else, so a hostile file can do no more than
 * fail to decode. Being a drawing, it is drawn at the largest size a logo gets, 600 px on its longer side, so it is
 * sharp in print; one without a size of its own (no `width` and `height`) is drawn at 600 × 300.
 */
export async function rasterizeSvg(blob: Blob): Promise<PdfLogo | LogoProblem> {
  // The server may have said `text/plain` or nothing; as an image the browser needs to be told it is SVG.
  const url = URL.createObjectURL(new Blob([blob], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    try {
      await image.decode();
    } catch {
      return 'not-an-image';
    }
    const naturalWidth = image.naturalWidth || MAX_LOGO_PIXELS;
    const naturalHeight = image.naturalHeight || MAX_LOGO_PIXELS / 2;
    const scale = MAX_LOGO_PIXELS / Math.max(naturalWidth, naturalHeight);
    const width = Math.max(1, Math.round(naturalWidth * scale));
    const height = Math.max(1, Math.round(naturalHeight * scale));
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (!context) return 'not-an-image';
    context.drawImage(image, 0, 0, width, height);
    const png = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!png) return 'not-an-image';
    return { bytes: new Uint8Array(await png.arrayBuffer()), format: 'PNG', width, height };
  } finally {
    URL.revokeObjectURL(url);
  }
}
