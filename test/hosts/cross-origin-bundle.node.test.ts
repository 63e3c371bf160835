/**
 * The standalone bundle on another origin (the README's CDN snippet): the page on one 127.0.0.1 port, the bundle on
 * another that answers with CORS. Browsers start workers only from the page's own origin, so the library starts the
 * PDF worker from a same-origin blob: module that imports the bundle's worker chunk. Under a Content-Security-Policy
 * that forbids blob: workers, the PDF is made in the page and the warning says what to allow.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'puppeteer-core';
import { build } from 'vite';
import { standaloneBuildConfig } from '../../scripts/standalone-build-config.ts';
import { executablePath, launchChromium, serveStatic, type StaticSite } from './host-site.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The page's script: a Cyrillic invoice's PDF (so the worker also fetches a font from the bundle's origin). */
const pageScript = (bundle: string) => `
  import { RestDataSource, invoiceToPdf } from '${bundle}/billing-elements.js';
  const api = new RestDataSource({ baseUrl: '/api' });
  try {
    const [first] = (await api.listInvoices('cus-cyrillic', { limit: 1 })).items;
    const pdf = await invoiceToPdf(await api.getInvoice('cus-cyrillic', first.id), { locale: 'en-US' });
    window.hostResult = { head: new TextDecoder().decode(await pdf.blob.slice(0, 5).arrayBuffer()), warnings: pdf.warnings };
  } catch (error) {
    window.hostResult = { error: String(error) };
  }
`;
const PAGE = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>CDN host</title><script type="module" src="/page.js"></script></head><body></body></html>';

interface Outcome {
  result: { error?: string; head?: string; warnings?: { kind: string; reason?: string; message?: string }[] };
  workers: string[];
  warned: string[];
}

describe('standalone bundle on another origin', { skip: executablePath ? false : 'no Chromium: set CHROME_PATH' }, () => {
  let outDir: string;
  let cdn: StaticSite;
  let browser: Browser;

  before(async () => {
    outDir = mkdtempSync(join(tmpdir(), 'billing-elements-cdn-'));
    await build(standaloneBuildConfig(root, outDir));
    cdn = await serveStatic({ dir: outDir, cors: true });
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await cdn?.close();
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  /** Opens the page (on its own origin, with `headers`) and waits for its PDF. */
  async function makePdf(headers: Record<string, string> = {}): Promise<Outcome> {
    const portal = await serveStatic({ pages: { '/': PAGE, '/page.js': pageScript(cdn.origin) }, headers, api: true });
    const page = await browser.newPage();
    const workers: string[] = [];
    const warned: string[] = [];
    page.on('workercreated', (worker) => workers.push(worker.url()));
    page.on('console', (message) => {
      if (message.type() === 'warn') warned.push(message.text());
    });
    try {
      await page.goto(`${portal.origin}/`);
      await page.waitForFunction(() => (window as { hostResult?: unknown }).hostResult !== undefined, { timeout: 30_000 });
      const result = await page.evaluate(() => (window as unknown as { hostResult: Outcome['result'] }).hostResult);
      return { result, workers, warned };
    } finally {
      await page.close();
      await portal.close();
    }
  }

  it('makes the PDF in a worker started from a same-origin blob: bootstrap, its font from the bundle’s origin', async () => {
    const before = cdn.requests.length;
    const { result, workers, warned } = await makePdf();
    assert.equal(result.error, undefined);
    assert.equal(result.head, '%PDF-');
    assert.deepEqual(result.warnings, []);
    assert.deepEqual(warned, []);
    assert.equal(workers.length, 1);
    assert.match(workers[0]!, /^blob:http:\/\/127\.0\.0\.1:\d+\//);
    const fetched = cdn.requests.slice(before);
    assert.ok(fetched.some((path) => /^\/chunks\/pdf-worker-[\w-]+\.js$/.test(path)), `the worker chunk was not fetched: ${fetched.join(' ')}`);
    assert.ok(fetched.some((path) => /^\/chunks\/NotoSans_400Regular\.ttf$/.test(path)), `the font was not fetched: ${fetched.join(' ')}`);
  });

  it('under a CSP without blob: workers, makes the PDF in the page and says what to allow', async () => {
    const csp = `default-src 'self'; script-src 'self' ${cdn.origin}; connect-src 'self' ${cdn.origin}; worker-src 'self'`;
    const { result, warned } = await makePdf({ 'Content-Security-Policy': csp });
    assert.equal(result.error, undefined);
    assert.equal(result.head, '%PDF-');
    const [warning, ...others] = result.warnings ?? [];
    assert.deepEqual(others, []);
    assert.equal(warning?.kind, 'main-thread');
    assert.equal(warning?.reason, 'worker-unavailable');
    assert.match(warning!.message!, /worker-src 'self' blob:/);
    assert.ok(warned.some((text) => text.includes("worker-src 'self' blob:")), `no console warning: ${warned.join(' | ')}`);
  });
});
