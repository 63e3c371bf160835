// esbuild needs @chialab/esbuild-plugin-meta-url: esbuild leaves `new URL('./x', import.meta.url)` alone, and this
// plugin bundles the PDF worker (a .js file) as a separate entry and emits the fonts as files.
import metaUrl from '@chialab/esbuild-plugin-meta-url';
import { build } from 'esbuild';

await build({
  entryPoints: ['main.js'],
  bundle: true,
  format: 'esm',
  outdir: 'dist',
  plugins: [metaUrl()],
  logLevel: 'warning',
});
