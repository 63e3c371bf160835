import { join } from 'node:path';

/** Vite `resolve.alias` entries that keep jsPDF's optional extras out of every build (see src/pdf/unavailable-extra.ts). */
export function optionalPdfExtrasAlias(root: string): Record<string, string> {
  const stub = join(root, 'src/pdf/unavailable-extra.ts');
  return { html2canvas: stub, dompurify: stub, canvg: stub };
}
