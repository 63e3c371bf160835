import { join } from 'node:path';
import type { InlineConfig, Plugin } from 'vite';
import { minifyCssLiterals } from './minify-css-literals.ts';
import { optionalPdfExtrasAlias } from './pdf-extras-alias.ts';

/**
 * What goes in the entry: Lit, the data layer, the provider, the elements' public classes, and the code that more
 * than one element's view uses (formatting, events, shared styles, the shared controllers and directives, the PDF download; not the
 * shared error strings' other languages, which load with an element's language). Left to itself, the
 * bundler puts code an implementation shares with the entry into chunks of their own — six files before anything
 * renders — and code two implementations share into small chunks each implementation must fetch before it runs.
 * With this group, the entry is one file and each implementation is one chunk that imports only the entry.
 * The response checks (`api/schemas` and the generated `api/generated/contract-checks`) stay out: they load alongside
 * the first request.
 */
const ENTRY_MODULES =
  /[\\/]src[\\/](index|define|lazy|lazy-element|trusted-types|api[\\/](?!schemas|generated[\\/]contract-checks)|context|controllers|directives|events|format[\\/](?!error-messages\.[a-zA-Z]{2,3}(-[a-zA-Z0-9]+)?\.ts)|styles|email[\\/]email-frame|pdf[\\/](save-blob|pdf-file-name|base64|registered-fonts))|[\\/]node_modules[\\/](lit|lit-html|lit-element|@lit)[\\/]/;

/**
 * Fonts keep their names (no hash): scripts/build.ts copies the same files into `chunks/` for the unbundled modules
 * of dist/, so each font is in the package once. They change only with a new version of the package.
 */
const ASSET_FILE_NAMES = ({ names }: { names: string[] }): string =>
  names.some((name) => name.endsWith('.ttf')) ? 'chunks/[name][extname]' : 'chunks/[name]-[hash][extname]';

const PRELOAD_HELPER = '\0vite/preload-helper.js';

/**
 * Vite wraps every dynamic `import()` in a 2 KB preload helper even with `modulePreload: false` (vitejs/vite#13952,
 * #18551). With no CSS and no preloading, the wrapper only has to call the import, so it gets a one-line helper.
 */
const noPreloadHelper: Plugin = {
  name: 'billing-elements:no-preload-helper',
  enforce: 'pre',
  resolveId: (id) => (id === PRELOAD_HELPER ? id : null),
  load: (id) => (id === PRELOAD_HELPER ? 'export const __vitePreload = (load) => load();' : null),
};

/**
 * Vite config of the standalone bundle (also used by the size budget test and the bench, so all three measure the
 * same artefact). Everything is bundled, Lit included; dynamic imports become chunks in `chunks/` beside the bundle,
 * and the fonts become files there too, all loaded relative to the bundle's own URL (`base: './'`), so it works
 * wherever it is hosted.
 *
 * Not Vite's library mode: that inlines every asset as base64, which would put megabytes of fonts into the PDF chunk.
 *
 * The entry may export more than `src/index.ts` does (`allow-extension`): code shared by the entry and a lazy chunk
 * (money and date formatting, say) then stays in the entry, instead of becoming one more chunk every page loads.
 */
export function standaloneBuildConfig(root: string, outDir = join(root, 'dist')): InlineConfig {
  return {
    configFile: false,
    root,
    base: './',
    logLevel: 'warn',
    publicDir: false,
    plugins: [noPreloadHelper, minifyCssLiterals()],
    // An ES module worker, whose fonts resolve against its own `import.meta.url`. Vite's default (iife) resolves them
    // against `self.location`, which for a bundle on another origin is the same-origin blob: bootstrap that imports
    // the worker (src/start-worker.ts), not the bundle's folder.
    // 'production' named outright: a process that also runs a Vite dev server (the bench) has NODE_ENV=development,
    // which would otherwise pull Lit's development build into the bundle.
    resolve: { alias: optionalPdfExtrasAlias(root), conditions: ['module', 'browser', 'production'] },
    // The worker's own build emits the fonts it references too: under the same names, so each font is one file.
    worker: { format: 'es', rollupOptions: { output: { assetFileNames: ASSET_FILE_NAMES } } },
    build: {
      outDir,
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      // No source maps: the package does not ship them, and a file must not name a map that is not there.
      sourcemap: false,
      modulePreload: false,
      assetsInlineLimit: 0,
      assetsDir: 'chunks',
      rollupOptions: {
        input: { 'billing-elements': join(root, 'src/index.ts') },
        preserveEntrySignatures: 'allow-extension',
        output: {
          format: 'es',
          entryFileNames: '[name].js',
          chunkFileNames: 'chunks/[name]-[hash].js',
          assetFileNames: ASSET_FILE_NAMES,
          // One group holding the entry module itself becomes the entry file (`billing-elements.js`).
          codeSplitting: { groups: [{ name: 'billing-elements', test: ENTRY_MODULES }] },
        },
      },
    },
  };
}
