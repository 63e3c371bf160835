/**
 * The benchmark's load figures (issue #6): the sizes of the standalone build — the entry every page downloads before
 * the elements render, the whole bundle, the PDF chunks — and the requests a page makes from navigation until the
 * first rows of an `<invoice-history>` are on screen, counted in Chromium on a page that loads the built
 * `billing-elements.js` from a plain static server (no dev server in between), with the reference backend at /api.
 */
import { readFile } from 'node:fs/promises';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { MemorySettingsStore } from '../demo/backend/memory-settings-store.ts';
import { toNodeListener } from '../demo/backend/node-listener.ts';
import { createReferenceBackend } from '../demo/backend/reference-backend.ts';
import { buildAndMeasure, total, type FileSize } from '../scripts/bundle-report.ts';

export interface LoadRow {
  what: string;
  files: number;
  rawBytes: number;
  gzipBytes: number;
}

export interface FirstRows {
  page: string;
  /** Every request the page made from navigation until the first rows rendered, the document included. */
  requests: number;
  urls: string[];
  milliseconds: number;
}

export interface LoadFigures {
  sizes: LoadRow[];
  firstRows: FirstRows[];
}

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.map': 'application/json', '.ttf': 'font/ttf', '.html': 'text/html' };

function row(what: string, files: readonly FileSize[]): LoadRow {
  const { raw, gzip } = total(files);
  return { what, files: files.length, rawBytes: raw, gzipBytes: gzip };
}

/** A page that shows one customer's invoices with the built bundle, in the given locale. */
function historyPage(locale: string): string {
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>first rows</title>
<script type="module" src="/billing-elements.js"></script></head>
<body><billing-provider base-url="/api" locale="${locale}"><invoice-history customer-id="cus-medium"></invoice-history></billing-provider></body></html>`;
}

async function serve(outDir: string): Promise<Server> {
  const api = toNodeListener(createReferenceBackend({ store: new MemorySettingsStore() }));
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path === '/api' || path.startsWith('/api/')) {
      api(request, response).catch(() => response.destroy());
      return;
    }
    const locale = /^\/history-(\w+)\.html$/.exec(path)?.[1];
    if (locale) {
      response.writeHead(200, { 'content-type': TYPES['.html']! }).end(historyPage(locale));
      return;
    }
    const file = normalize(join(outDir, path));
    if (!file.startsWith(outDir)) return void response.writeHead(403).end();
    readFile(file).then(
      (body) => response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body),
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

async function firstRows(browser: Browser, origin: string, locale: string): Promise<FirstRows> {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setCacheEnabled(false);
    const urls: string[] = [];
    // The browser's own fetches (the favicon, data: URLs of built-in icons) are not the page's.
    page.on('request', (request) => {
      const url = request.url();
      if (url.startsWith(origin) && !url.endsWith('/favicon.ico')) urls.push(url.slice(origin.length));
    });
    await page.goto(`${origin}/history-${locale}.html`);
    await page.waitForFunction(
      () => document.querySelector('invoice-history')?.shadowRoot?.querySelector('[part~="row"][data-id]'),
      { timeout: 30_000 },
    );
    const milliseconds = await page.evaluate(() => performance.now());
    // Counted at the moment the rows were found: nothing the page asks for afterwards.
    const seen = [...urls];
    return { page: `<invoice-history> first rows, ${locale}`, requests: seen.length, urls: seen, milliseconds: Number(milliseconds.toFixed(0)) };
  } finally {
    await context.close();
  }
}

/** Builds the standalone bundle into a temporary folder, measures it, and loads a page with it in Chromium. */
export async function measureLoad(browser: Browser, root: string): Promise<LoadFigures> {
  const outDir = mkdtempSync(join(tmpdir(), 'billing-elements-bench-'));
  try {
    const report = await buildAndMeasure(root.replace(/\/$/, ''), outDir);
    const lazy = report.javascript.filter((file) => !report.entry.includes(file));
    // Fetched when the first element with that tag connects (src/lazy-element.ts).
    const implementations = lazy.filter((file) => file.modules.some((id) => /^src\/elements\/.*-view\.ts$/.test(id)));
    const sizes = [
      row('entry (billing-elements.js + static imports)', report.entry),
      row('standalone bundle (all JavaScript, fonts excluded)', report.javascript),
      ...implementations.map((file) => row(`element implementation ${file.file}`, [file])),
      ...report.pdf.map((file) => row(`PDF chunk ${file.file}`, [file])),
      row('other lazy chunks (languages, send dialog, e-mail)', lazy.filter((file) => !report.pdf.includes(file) && !implementations.includes(file))),
    ];
    const server = await serve(outDir);
    try {
      const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      return { sizes, firstRows: [await firstRows(browser, origin, 'en'), await firstRows(browser, origin, 'de')] };
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

/** Prints the load figures as two tables. */
export function printLoad(load: LoadFigures): void {
  console.log('Load (standalone build; gzip -9):');
  console.table(load.sizes);
  console.table(load.firstRows.map(({ page, requests, milliseconds, urls }) => ({ page, requests, milliseconds, urls: urls.join(' ') })));
}
