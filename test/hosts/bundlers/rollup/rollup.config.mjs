// Rollup needs three plugins: node-resolve for the package's dependencies, off-main-thread to bundle the PDF worker
// (`new Worker(new URL(…, import.meta.url), { type: 'module' })`) as a chunk of its own, and import-meta-assets to
// emit the fonts (`new URL('./x.ttf', import.meta.url)`). off-main-thread comes first, so the worker is bundled
// rather than copied as an asset; and it is told to leave the fonts' URLs alone: it writes every emitted file's URL
// as a bare relative path, which only its own `new Worker(new URL(…))` rewrite expects.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import offMainThread from '@surma/rollup-plugin-off-main-thread';
import { importMetaAssets } from '@web/rollup-plugin-import-meta-assets';

const workers = offMainThread({ silenceESMWorkerWarning: true });

export default {
  input: 'main.js',
  output: { dir: 'dist', format: 'es' },
  // jsPDF's optional extras (for doc.html() and SVG drawing, which the library never calls) import CommonJS code
  // Rollup cannot bundle without @rollup/plugin-commonjs; left out, they stay unloaded dynamic imports.
  external: ['html2canvas', 'dompurify', 'canvg'],
  plugins: [
    nodeResolve({ browser: true }),
    { ...workers, resolveFileUrl: (file) => (file.fileName.endsWith('.js') ? workers.resolveFileUrl(file) : null) },
    importMetaAssets(),
  ],
};
