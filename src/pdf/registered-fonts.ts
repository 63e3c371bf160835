import type { PdfFont } from './pdf-fonts.js';

/**
 * Fonts the app registers once for every PDF, the elements' included: the companion package
 * `billing-elements-pdf-fonts-cjk` (Japanese) is registered this way. Kept apart from the PDF module so that
 * registering a font does not load it: this module is a few lines in the entry.
 */
const registered: PdfFont[] = [];

/**
 * Adds fonts to every PDF made from now on, tried after `invoiceToPdf`'s `fonts` option and before the built-in Noto
 * Sans and Noto Sans Arabic. A font is downloaded only when an invoice's text needs it. Registering a family again
 * replaces it.
 *
 * ```ts
 * import { registerPdfFonts } from 'billing-elements';
 * import { cjkFonts } from 'billing-elements-pdf-fonts-cjk';
 * registerPdfFonts(cjkFonts);
 * ```
 */
export function registerPdfFonts(fonts: readonly PdfFont[]): void {
  for (const font of fonts) {
    const index = registered.findIndex((known) => known.family === font.family);
    if (index === -1) registered.push(font);
    else registered[index] = font;
  }
}

/** The registered fonts, in the order registered. */
export function registeredPdfFonts(): readonly PdfFont[] {
  return registered;
}
