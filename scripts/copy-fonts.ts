import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Copies the TrueType fonts a built module references in the repository's node_modules
 * (`new URL('../../node_modules/…/X.ttf', import.meta.url)`, the form the source uses, so the repository's tests and
 * demo load them from the devDependency) into `fontsDir`, each font package's licence beside them, and rewrites the
 * module's URLs to `${urlPrefix}X.ttf`. An installed package cannot reach into its own node_modules, so this is how
 * the fonts come with the package (dist/) and the CJK companion (packages/pdf-fonts-cjk). Returns the fonts copied.
 */
export function copyReferencedFonts(root: string, moduleFile: string, fontsDir: string, urlPrefix: string): string[] {
  mkdirSync(fontsDir, { recursive: true });
  const copied: string[] = [];
  const source = readFileSync(moduleFile, 'utf8').replace(/'\.\.\/\.\.\/(node_modules\/[^']+\.ttf)'/g, (_, path: string) => {
    const font = join(root, path);
    copyFileSync(font, join(fontsDir, basename(path)));
    // The font package's root (…/noto-sans/400Regular/X.ttf → …/noto-sans) holds the SIL Open Font License.
    const fontPackage = dirname(dirname(font));
    copyFileSync(join(fontPackage, 'LICENSE_FONT'), join(fontsDir, `${basename(fontPackage)}-OFL.txt`));
    copied.push(basename(path));
    return `'${urlPrefix}${basename(path)}'`;
  });
  writeFileSync(moduleFile, source);
  return copied;
}
