/**
 * `npm run pack:fonts-cjk [-- <folder>]`: packs the CJK font companion (packages/pdf-fonts-cjk) into a tarball in
 * the folder (by default the repository root), ready for `npm publish <tarball>`. The package is staged in a
 * temporary folder: its files, plus the fonts its module references in the repository's node_modules, copied beside
 * it with the module's URLs rewritten to them (see copy-fonts.ts).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { copyReferencedFonts } from './copy-fonts.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const packageDir = join(root, 'packages/pdf-fonts-cjk');

/** Packs the companion into `destination`; returns the tarball's path. */
export function packFontsCjk(destination: string): string {
  const staging = mkdtempSync(join(tmpdir(), 'pdf-fonts-cjk-'));
  try {
    for (const file of ['package.json', 'README.md', 'index.js', 'index.d.ts']) copyFileSync(join(packageDir, file), join(staging, file));
    copyReferencedFonts(root, join(staging, 'index.js'), staging, './');
    const output = execFileSync('npm', ['pack', '--json', '--pack-destination', destination], { cwd: staging, encoding: 'utf8' });
    const [packed] = JSON.parse(output) as Array<{ filename: string }>;
    return join(destination, packed!.filename);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(packFontsCjk(resolve(process.argv[2] ?? root)));
}
