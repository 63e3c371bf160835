/**
 * What the bundler and cross-origin host tests share: a static server for a build's output (with the reference
 * backend at /api, and CORS where a bundle is served to another origin), and headless Chromium.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { MemorySettingsStore } from '../../demo/backend/memory-settings-store.ts';
import { toNodeListener } from '../../demo/backend/node-listener.ts';
import { createReferenceBackend } from '../../demo/backend/reference-backend.ts';

export const executablePath = [process.env['CHROME_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(
  (path) => path && existsSync(path),
);

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.map': 'application/json',
  '.ttf': 'font/ttf',
  '.css': 'text/css',
};

export interface StaticSite {
  origin: string;
  /** Every path (with query) asked for, in order. */
  requests: string[];
  close(): Promise<void>;
}

export interface StaticSiteOptions {
  /** The folder served at `/`. */
  dir?: string;
  /** Pages (or scripts, by their extension) by URL path, served before files. */
  pages?: Record<string, string>;
  /** Headers added to every response (a Content-Security-Policy, say). */
  headers?: Record<string, string>;
  /** Answer cross-origin requests (`Access-Control-Allow-Origin: *`), as a CDN does. */
  cors?: boolean;
  /** Serve the reference backend at /api. */
  api?: boolean;
}

/** Serves `dir` (and `pages`) on 127.0.0.1 at a free port. */
export async function serveStatic({ dir, pages = {}, headers = {}, cors = false, api = false }: StaticSiteOptions): Promise<StaticSite> {
  const backend = api ? toNodeListener(createReferenceBackend({ store: new MemorySettingsStore() })) : null;
  const root = dir ? normalize(dir + sep) : null;
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(url.pathname + url.search);
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    if (cors) res.setHeader('Access-Control-Allow-Origin', '*');
    if (backend && url.pathname.startsWith('/api/')) {
      void backend(req, res);
      return;
    }
    const path = url.pathname.endsWith('/') ? `${url.pathname}index.html` : url.pathname;
    const page = pages[url.pathname] ?? pages[path];
    const file = root ? normalize(join(root, decodeURIComponent(path))) : null;
    if (url.pathname === '/favicon.ico') {
      res.statusCode = 204;
      res.end();
    } else if (page !== undefined) {
      res.setHeader('Content-Type', CONTENT_TYPES[extname(path)] ?? CONTENT_TYPES['.html']!);
      res.end(page);
    } else if (root && file?.startsWith(root) && existsSync(file)) {
      res.setHeader('Content-Type', CONTENT_TYPES[extname(file)] ?? 'application/octet-stream');
      res.end(readFileSync(file));
    } else {
      res.statusCode = 404;
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/** Headless Chromium as the project runs it. */
export function launchChromium(): Promise<Browser> {
  return puppeteer.launch({
    executablePath: executablePath!,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}
