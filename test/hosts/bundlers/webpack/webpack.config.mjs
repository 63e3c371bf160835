// Nothing is needed for the PDF worker or its fonts: webpack 5 bundles `new Worker(new URL(…, import.meta.url))`
// and emits `new URL('./x.ttf', import.meta.url)` as an asset by default.
import { fileURLToPath } from 'node:url';

export default {
  mode: 'production',
  entry: './main.js',
  output: { path: fileURLToPath(new URL('./dist', import.meta.url)), filename: 'main.js' },
  // The fonts are large by design and fetched only when an invoice needs them.
  performance: { hints: false },
};
