import { join } from 'node:path';
import type { InlineConfig } from 'vite';
import { optionalPdfExtrasAlias } from './pdf-extras-alias.ts';

/**
 * Vite config of the standalone bundle (also used by the size budget test and the bench, so all three measure the
 * same artefact). Everything is bundled, Lit included; dynamic imports become chunks in dist/standalone/chunks/ that
 * the bundle loads relative to its own URL, so it works wherever it is hosted.
 */
export function standaloneBuildConfig(root: string, outDir = join(root, 'dist')): InlineConfig {
  return {
    configFile: false,
    root,
    logLevel: 'warn',
    resolve: { alias: optionalPdfExtrasAlias(root) },
    build: {
      outDir,
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      sourcemap: true,
      lib: {
        entry: join(root, 'src/index.ts'),
        formats: ['es'],
        fileName: () => 'billing-elements.js',
      },
      rollupOptions: {
        output: {
          chunkFileNames: 'chunks/[name]-[hash].js',
          assetFileNames: 'chunks/[name]-[hash][extname]',
        },
      },
    },
  };
}
