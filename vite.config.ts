// The demo portal: `npm start` serves demo/ with the reference backend mounted at /api on the same origin.
// The library build lives in scripts/build.ts.
import { defineConfig } from 'vite';
import { referenceBackend } from './demo/backend/vite-plugin.ts';
import { optionalPdfExtrasAlias } from './scripts/pdf-extras-alias.ts';

const root = new URL('.', import.meta.url).pathname;

export default defineConfig({
  root: 'demo',
  server: {
    port: Number(process.env.PORT ?? 5173),
    strictPort: true,
    host: process.env.HOST ?? 'localhost',
    fs: { allow: ['..'] },
  },
  resolve: { alias: optionalPdfExtrasAlias(root) },
  plugins: [referenceBackend()],
});
