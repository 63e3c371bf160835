/**
 * Serves the plain-HTML example as a real site would: the page, a copy of the standalone bundle under its own path, and
 * a billing backend at /api (here the reference backend). Used by test/hosts/plain-html.node.test.ts, and to try the
 * page by hand after `npm run build`:
 *
 *   node --import tsx examples/plain-html/serve.ts      → http://localhost:8788/ (PORT=… to change)
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MemorySettingsStore } from '../../demo/backend/memory-settings-store.ts';
import { toNodeListener } from '../../demo/backend/node-listener.ts';
import { createReferenceBackend } from '../../demo/backend/reference-backend.ts';

const EXAMPLE_PAGE = fileURLToPath(new URL('./index.html', import.meta.url));
const EXAMPLE_SCRIPT = '<script type="module" src="./dist/billing-elements.js"></script>';
const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.map': 'application/json',
  '.ttf': 'font/ttf',
  '.css': 'text/css',
};

/** The example page, its bundle script pointed at `bundleUrl`; `extraHead` is inserted after that script. */
export function examplePage(bundleUrl: string, extraHead = ''): string {
  const page = readFileSync(EXAMPLE_PAGE, 'utf8');
  if (!page.includes(EXAMPLE_SCRIPT)) throw new Error('The example page no longer loads ./dist/billing-elements.js');
  return page.replace(EXAMPLE_SCRIPT, `<script type="module" src="${bundleUrl}"></script>${extraHead}`);
}

export interface ExampleServerOptions {
  /** The folder holding billing-elements.js and chunks/ (a build's output). */
  bundleDir: string;
  /** The URL path the bundle folder is served under, with slashes at both ends, e.g. `/vendor/billing/`. */
  bundlePath: string;
  /** HTML pages by URL path. */
  pages: Record<string, string>;
  /** Told of every request (path and query) and whether it was answered. */
  onRequest?: (path: string, found: boolean) => void;
}

/** An HTTP server (not yet listening) for the pages, the bundle folder and the reference backend at /api. */
export function createExampleServer({ bundleDir, bundlePath, pages, onRequest }: ExampleServerOptions): Server {
  const api = toNodeListener(createReferenceBackend({ store: new MemorySettingsStore() }));
  const root = normalize(bundleDir + sep);
  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname + url.search;
    if (url.pathname.startsWith('/api/')) {
      onRequest?.(path, true);
      void api(req, res);
      return;
    }
    const page = pages[url.pathname];
    const file = url.pathname.startsWith(bundlePath) ? normalize(join(root, decodeURIComponent(url.pathname.slice(bundlePath.length)))) : null;
    if (page !== undefined) {
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(page);
    } else if (file?.startsWith(root) && existsSync(file)) {
      res.setHeader('Content-Type', CONTENT_TYPES[extname(file)] ?? 'application/octet-stream');
      res.end(readFileSync(file));
    } else if (url.pathname === '/favicon.ico') {
      res.statusCode = 204;
      res.end();
    } else {
      res.statusCode = 404;
      res.end();
    }
    onRequest?.(path, res.statusCode !== 404);
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const bundleDir = fileURLToPath(new URL('../../dist/', import.meta.url));
  if (!existsSync(join(bundleDir, 'billing-elements.js'))) throw new Error('No dist/billing-elements.js: run `npm run build` first.');
  const port = Number(process.env.PORT ?? 8788);
  createExampleServer({ bundleDir, bundlePath: '/dist/', pages: { '/': examplePage('/dist/billing-elements.js') } }).listen(port, () =>
    console.log(`plain-HTML example on http://localhost:${port}/`),
  );
}
