/**
 * `npm run build`:
 *  1. dist/**\/*.js + .d.ts — the package's ES modules, one per source file, for apps with a bundler (tsc);
 *  2. dist/billing-elements.js — a standalone bundle with Lit inside, for a plain `<script type="module">`. Its lazy
 *     parts (the PDF module, jsPDF, fonts) are chunks beside it, imported relative to the bundle's own URL;
 *  3. custom-elements.json — the custom-elements manifest, from the JSDoc in the source (its module paths those of
 *     dist/), and docs/api/ from it.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { build } from 'vite';
import { copyReferencedFonts } from './copy-fonts.ts';
import { standaloneBuildConfig } from './standalone-build-config.ts';
import { writeApiDocs, type Manifest } from './generate-api-docs.ts';

const root = new URL('..', import.meta.url).pathname;
const run = (command: string, args: string[]) => execFileSync(command, args, { cwd: root, stdio: 'inherit' });

rmSync(join(root, 'dist'), { recursive: true, force: true });

run('npx', ['tsc', '-p', 'tsconfig.build.json']);
// Files tsc does not emit (stylesheets, fonts, the OpenAPI document) are copied as they are.
cpSync(join(root, 'src'), join(root, 'dist'), {
  recursive: true,
  filter: (source) => statSync(source).isDirectory() || !/\.(ts|tsx)$/.test(source),
});

// The PDF fonts are referenced from node_modules in the source (bundlers emit them as assets). The unbundled modules
// in dist/ cannot reach the package's own node_modules once installed, so the fonts are copied into dist/chunks/,
// where the standalone build puts the same files under the same names: each font is in the package once.
copyReferencedFonts(root, join(root, 'dist/pdf/pdf-fonts.js'), join(root, 'dist/chunks'), '../chunks/');

await build(standaloneBuildConfig(root));

run('npm', ['run', 'analyze', '--silent']);
// The API reference (docs/api/, and the parts listed in docs/theming.md) is written from the manifest.
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8')) as Manifest;
writeApiDocs(manifest, join(root, 'docs/api'), join(root, 'docs/theming.md'));
// The shipped manifest names the modules the package contains (dist/**/*.js), not the source it was read from; a
// re-export's module, which the analyzer gives as written (`./api/errors.js`), is resolved against its module too.
const shippedPath = (value: string, from: string) =>
  posix.normalize(value.startsWith('.') ? posix.join(posix.dirname(from), value) : value).replace(/^\/?src\/(.*)\.(ts|js)$/, 'dist/$1.js');
const shipped = (manifest as unknown as { modules: Array<{ path: string }> }).modules.map((module) =>
  JSON.parse(JSON.stringify(module), (key, value: unknown) =>
    (key === 'path' || key === 'module') && typeof value === 'string' ? shippedPath(value, module.path) : value,
  ),
);
writeFileSync(join(root, 'custom-elements.json'), `${JSON.stringify({ ...manifest, modules: shipped }, null, 2)}\n`);

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
  );
const built = files(join(root, 'dist'));
console.log(`dist/: ${built.length} files; standalone bundle and chunks: ${built.filter((f) => /billing-elements\.js$|\/chunks\//.test(f)).map((f) => relative(root, f)).join(', ')}`);
