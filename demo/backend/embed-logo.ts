/**
 * Regenerates `logo-png.ts` from `assets/logo.png` after the logo changes:
 *   node --import tsx demo/backend/embed-logo.ts
 * The backend serves the inlined copy so it needs no file access in the browser; a Node test checks both agree.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const png = readFileSync(new URL('./assets/logo.png', import.meta.url));
const target = new URL('./logo-png.ts', import.meta.url);
const chunks = png.toString('base64').match(/.{1,100}/g) ?? [];
const source = readFileSync(target, 'utf8').replace(
  /const LOGO_PNG_BASE64 = \[[\s\S]*?\]\.join\(''\);/,
  `const LOGO_PNG_BASE64 = [\n${chunks.map((chunk) => `  '${chunk}',`).join('\n')}\n].join('');`,
);
writeFileSync(target, source);
console.log(`logo-png.ts now holds ${png.length} bytes of logo`);
