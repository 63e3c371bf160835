/**
 * `npm run pack:fonts-cjk [-- <folder>]`: packs the CJK font companion (packages/pdf-fonts-cjk) into a tarball in
 * the folder (by default the repository root), ready for `npm publish <tarball>`. The package is staged in a
 * temporary folder: its files, the faces cut by build-fonts-cjk.ts (cut again first when stale) and each font
 * package's licence beside them.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildFontsCjk } from './build-fonts-cjk.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const packageDir = join(root, 'packages/pdf-fonts-cjk');

/** Packs the companion into `destination`; returns the tarball's path. */
export function packFontsCjk(destination: string): string {
  const staging = mkdtempSync(join(tmpdir(), 'pdf-fonts-cjk-'));
  try {
    buildFontsCjk();
    for (const file of readdirSync(packageDir)) if (/\.(js|d\.ts|json|md)$/.test(file)) copyFileSync(join(packageDir, file), join(staging, file));
    mkdirSync(join(staging, 'subsets'));
    for (const file of readdirSync(join(packageDir, 'subsets'))) if (file.endsWith('.ttf.gz')) copyFileSync(join(packageDir, 'subsets', file), join(staging, 'subsets', file));
    for (const font of ['noto-sans-jp', 'noto-sans-sc', 'noto-sans-tc', 'noto-sans-kr']) {
      copyFileSync(join(root, 'node_modules/@expo-google-fonts', font, 'LICENSE_FONT'), join(staging, 'subsets', `${font}-OFL.txt`));
    }
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
