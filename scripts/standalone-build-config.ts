import { join } from 'node:path';
import type { InlineConfig } from 'vite';
import { optionalPdfExtrasAlias } from './pdf-extras-alias.ts';

/**
 * Vite config of the standalone bundle (also used by the size budget test and the bench, so all three measure the
 * same artefact). Everything is bundled, Lit included; dynamic imports become chunks in `chunks/` beside the bundle,
 * and the fonts become files there too, all loaded relative to the bundle's own URL (`base: './'`), so it works
 * wherever it is hosted.
 *
 * Not Vite's library mode: that inlines every asset as base64, which would put megabytes of fonts into the PDF chunk.
 */
export function standaloneBuildConfig(root: string, outDir = join(root, 'dist')): InlineConfig {
  return {
    configFile: false,
    root,
    base: './',
    logLevel: 'warn',
    publicDir: false,
    resolve: { alias: optionalPdfExtrasAlias(root) },
    build: {
      outDir,
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      sourcemap: true,
      modulePreload: false,
      assetsInlineLimit: 0,
      assetsDir: 'chunks',
      rollupOptions: {
        input: { 'billing-elements': join(root, 'src/index.ts') },
        preserveEntrySignatures: 'strict',
        output: {
          format: 'es',
          entryFileNames: '[name].js',
          chunkFileNames: 'chunks/[name]-[hash].js',
          assetFileNames: 'chunks/[name]-[hash][extname]',
        },
      },
    },
  };
}
