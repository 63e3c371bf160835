/**
 * The plain-HTML host: examples/plain-html/index.html with the standalone bundle, in headless Chromium.
 *
 * The bundle is built fresh into a temporary folder and served under a nested path (/vendor/billing/), while the page
 * is served from another one (/portal/), with its one script URL pointed at the bundle. So the lazy chunks and fonts can
 * only arrive if the bundle resolves them against its own URL; resolved against the page, they would 404 under
 * /portal/. The reference backend answers at /api, as the page expects.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { build } from 'vite';
import { createExampleServer, examplePage } from '../../examples/plain-html/serve.ts';
import { standaloneBuildConfig } from '../../scripts/standalone-build-config.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const BUNDLE_PATH = '/vendor/billing/';

const executablePath = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(
  (path) => path && existsSync(path),
);

describe('plain HTML host (examples/plain-html)', { skip: executablePath ? false : 'no Chromium: set CHROME_PATH' }, () => {
  let outDir: string;
  let server: Server;
  let origin: string;
  let browser: Browser;
  /** Every path (with query) the browser asked for, and the ones that were not found. */
  const requested: string[] = [];
  const notFound: string[] = [];

  before(async () => {
    outDir = mkdtempSync(join(tmpdir(), 'billing-elements-plain-html-'));
    await build(standaloneBuildConfig(root, outDir));

    server = createExampleServer({
      bundleDir: outDir,
      bundlePath: BUNDLE_PATH,
      pages: {
        '/portal/': examplePage(`${BUNDLE_PATH}billing-elements.js`),
        // The library twice: the same bundle under a second URL is a second copy of every module, Lit included.
        '/portal/twice.html': examplePage(
          `${BUNDLE_PATH}billing-elements.js`,
          `\n    <script type="module" src="${BUNDLE_PATH}billing-elements.js?copy=2"></script>`,
        ),
      },
      onRequest(path, found) {
        requested.push(path);
        if (!found) notFound.push(path);
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

    browser = await puppeteer.launch({
      executablePath: executablePath!,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  });

  after(async () => {
    await browser?.close();
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  /** Opens a page, collecting uncaught errors and console errors, with downloads refused (saved nowhere). */
  async function open(path: string): Promise<{ page: Page; errors: string[] }> {
    const page = await browser.newPage();
    page.setDefaultTimeout(30_000);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    const session = await page.createCDPSession();
    await session.send('Browser.setDownloadBehavior', { behavior: 'deny' });
    await page.goto(origin + path);
    return { page, errors };
  }

  /** Waits until the history has rows, the settings form shows the saved settings, and returns the row ids. */
  async function elementsRendered(page: Page): Promise<string[]> {
    await page.waitForFunction(() => {
      const history = document.querySelector('invoice-history');
      const form = document.querySelector('notification-settings-form');
      return history?.currentState.type === 'loaded' && form?.currentState.type === 'view';
    });
    return page.evaluate(() =>
      [...document.querySelector('invoice-history')!.shadowRoot!.querySelectorAll('tr[data-id]')].map((row) => row.getAttribute('data-id')!),
    );
  }

  it('renders the provider and all three elements from a bundle hosted under a nested path', async () => {
    const { page, errors } = await open('/portal/');
    try {
      const rows = await elementsRendered(page);
      assert.deepEqual(rows.toSorted(), ['inv-small-1', 'inv-small-2', 'inv-small-3']);
      const defined = await page.evaluate(() =>
        ['billing-provider', 'invoice-history', 'invoice-detail', 'notification-settings-form'].map((tag) => Boolean(customElements.get(tag))),
      );
      assert.deepEqual(defined, [true, true, true, true]);
      const settingsText = await page.evaluate(() => document.querySelector('notification-settings-form')!.shadowRoot!.textContent);
      assert.match(settingsText ?? '', /Edit/);
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  });

  it('opens the selected invoice and loads the PDF code and a Greek font from beside the bundle on Download PDF', async () => {
    const { page, errors } = await open('/portal/');
    try {
      await elementsRendered(page);
      const before = requested.length;
      await page.select('#customer', 'cus-greek');
      await page.waitForFunction(() => {
        const history = document.querySelector('invoice-history')!;
        return history.currentState.type === 'loaded' && history.customerId === 'cus-greek';
      });
      // The invoice number is a button (no href-template); the page's invoice-select listener opens the invoice.
      await page.evaluate(() => document.querySelector('invoice-history')!.shadowRoot!.querySelector<HTMLElement>('[part="open"]')!.click());
      await page.waitForFunction(() => document.querySelector('invoice-detail')!.currentState.type === 'loaded');

      const pdfBeforeDownload = requested.slice(before).filter((path) => /\/chunks\/(.*pdf.*\.js|.*\.ttf)$/i.test(path));
      assert.deepEqual(pdfBeforeDownload, [], 'the PDF code and fonts must not load before a PDF is asked for');

      await page.evaluate(() => {
        // saveBlob() clicks a temporary <a download>; remember its file name as the sign the PDF was made.
        document.addEventListener('click', (event) => {
          const link = event.target as HTMLAnchorElement;
          if (link.download) (window as unknown as { savedPdf: string }).savedPdf = link.download;
        }, true);
        document.querySelector('invoice-detail')!.shadowRoot!.querySelector<HTMLElement>('[part="download"]')!.click();
      });
      const fileName = await page.waitForFunction(() => (window as unknown as { savedPdf?: string }).savedPdf, { timeout: 120_000 });
      assert.match(String(await fileName.jsonValue()), /\.pdf$/);

      const lazy = requested.slice(before).filter((path) => path.includes('/chunks/'));
      assert.ok(lazy.some((path) => /^\/vendor\/billing\/chunks\/[^/]*pdf[^/]*\.js$/i.test(path)), `no PDF chunk from /vendor/billing/chunks/: ${lazy.join(', ')}`);
      assert.ok(lazy.some((path) => /^\/vendor\/billing\/chunks\/[^/]+\.ttf$/.test(path)), `no font from /vendor/billing/chunks/: ${lazy.join(', ')}`);
      assert.deepEqual(lazy.filter((path) => !path.startsWith(`${BUNDLE_PATH}chunks/`)), []);
      assert.deepEqual(notFound, []);
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  });

  it('loads the bundle twice, from two URLs, without an error, and the elements still work', async () => {
    const { page, errors } = await open('/portal/twice.html');
    try {
      await page.waitForFunction(() => performance.getEntriesByType('resource').some((entry) => entry.name.endsWith('?copy=2')));
      const rows = await elementsRendered(page);
      assert.equal(rows.length, 3);
      assert.ok(requested.includes(`${BUNDLE_PATH}billing-elements.js?copy=2`), 'the second copy was never requested');
      // The second URL is a second instance of every module, so each element class was evaluated again; the first
      // definitions stay, and they still react to the page.
      await page.select('#customer', 'cus-medium');
      await page.waitForFunction(() => {
        const history = document.querySelector('invoice-history')!;
        return history.currentState.type === 'loaded' && history.customerId === 'cus-medium';
      });
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  });
});
