/**
 * Server-side rendering (issue #15): the installed package's elements rendered with @lit-labs/ssr in Node, as an
 * adopter's server does, then served with the reference backend and taken over in headless Chromium.
 *
 * On the server: rendering never throws; without `preload` the elements give empty declarative shadow roots; after
 * `preload('de-DE')` they give their German markup: an invoice given as `state` in full, an element with ids and no
 * data (a server has no provider's context) its loading skeleton, one without ids its idle message. In the browser,
 * the markup shows before any script runs; once the library loads, each element replaces it with its own render
 * (one copy, the server's styles gone, its own adopted), keeps the properties the page set before the upgrade, and
 * the history and the form load from the backend over HTTP. The same again with Lit's hydration support loaded.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import type { Browser } from 'puppeteer-core';
import { RestDataSource } from '../../src/api/rest-data-source.ts';
import type { Invoice, InvoicePage } from '../../src/api/types.ts';
import { executablePath, launchChromium, serveStatic, type StaticSite } from './host-site.ts';
import { bin, installTarball, root, timer } from './installed-tarball.ts';

const run = promisify(execFile);
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
const CUSTOMER = 'cus-medium';
const TAGS = ['invoice-history', 'invoice-detail', 'notification-settings-form'];

interface HostResult {
  error?: string;
  before: Record<string, string | null>;
  after: Record<string, string | null>;
  states: Record<string, string>;
  stateKept: boolean;
  showMsrp: boolean;
  bases: Record<string, number>;
  serverStyles: number;
  adoptedSheets: Record<string, number>;
}

describe('server-side rendering, from the installed tarball', { skip: executablePath ? false : 'no Chromium: set CHROME_PATH' }, () => {
  const timings: string[] = [];
  const timed = timer(timings);
  let project: string;
  let site: StaticSite;
  let browser: Browser;
  const pages: Record<string, string> = {};
  let invoice: Invoice;
  let firstPage: InvoicePage;

  const renderOnServer = async (preload: boolean): Promise<string> => {
    const input = join(project, `ssr-input-${preload}.json`);
    writeFileSync(input, JSON.stringify({ customerId: CUSTOMER, invoice, preload }));
    const { stdout } = await run(process.execPath, ['render.mjs', input], { cwd: project, maxBuffer: 64 * 1024 * 1024 });
    return stdout;
  };

  before(async () => {
    const ssr = manifest.devDependencies['@lit-labs/ssr']!;
    project = await installTarball('ssr-host', timed, [`@lit-labs/ssr@${ssr}`]);
    for (const file of ['render.mjs', 'client.js', 'client-hydrate.js']) cpSync(join(root, 'test/hosts/ssr', file), join(project, file));
    await timed('esbuild', () =>
      run(bin('esbuild/bin/esbuild'), ['client.js', 'client-hydrate.js', '--bundle', '--format=esm', '--splitting', '--outdir=dist', '--log-level=warning'], { cwd: project }),
    );
    site = await serveStatic({ dir: join(project, 'dist'), pages, api: true });
    const backend = new RestDataSource({ baseUrl: `${site.origin}/api` });
    firstPage = await backend.listInvoices(CUSTOMER, {});
    invoice = await backend.getInvoice(CUSTOMER, firstPage.items[0]!.id);
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await site?.close();
    if (project) rmSync(project, { recursive: true, force: true });
    console.log(`SSR host, time taken: ${timings.join('; ')}`);
  });

  it('renders every element without its code loaded: an empty declarative shadow root each', async () => {
    const markup = await renderOnServer(false);
    for (const tag of TAGS) assert.match(markup, new RegExp(`<${tag}[^>]*><template shadowroot="open" shadowrootmode="open">`), tag);
    assert.doesNotMatch(markup, new RegExp(invoice.number));
  });

  describe('after preload', () => {
    let markup: string;
    before(async () => {
      markup = await timed('render', () => renderOnServer(true));
      const data = JSON.stringify({ invoice }).replaceAll('<', '\\u003c');
      const page = (script: string) =>
        `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>SSR host</title></head><body>${markup}` +
        `<script type="application/json" id="ssr-data">${data}</script>${script}</body></html>`;
      pages['/static.html'] = page('');
      pages['/'] = page('<script type="module" src="/client.js"></script>');
      pages['/hydrate.html'] = page('<script type="module" src="/client-hydrate.js"></script>');
    });

    it('renders the given invoice in full, in German, and the others loading or idle', () => {
      assert.match(markup, new RegExp(`Rechnung ${invoice.number}`));
      assert.match(markup, /Wählen Sie eine Rechnung\./, 'the detail without ids shows its idle message');
      assert.match(markup, /part="[^"]*skeleton-row/, 'the history with a customer shows its skeleton');
      assert.doesNotMatch(markup, /checked="(false|undefined)"/, 'no unchecked box is marked checked');
    });

    it('shows the server’s markup in the browser before any script runs', async () => {
      const tab = await browser.newPage();
      try {
        await tab.goto(`${site.origin}/static.html`);
        const shown = await tab.evaluate(() =>
          Object.fromEntries(['history', 'given', 'unchosen'].map((id) => [id, document.getElementById(id)!.shadowRoot?.textContent ?? null])),
        );
        assert.match(shown['given'] ?? '', new RegExp(`Rechnung ${invoice.number}`));
        assert.match(shown['unchosen'] ?? '', /Wählen Sie eine Rechnung/);
        assert.notEqual(shown['history'], null, 'the history has its shadow root');
      } finally {
        await tab.close();
      }
    });

    for (const [name, path] of [
      ['the library alone', '/'],
      ['Lit’s hydration support loaded first', '/hydrate.html'],
    ] as const) {
      it(`upgrades in the browser with ${name}: one render each, properties kept, data loaded over HTTP`, async () => {
        const tab = await browser.newPage();
        const problems: string[] = [];
        tab.on('pageerror', (error) => problems.push(String(error)));
        tab.on('console', (message) => {
          if (message.type() === 'warn' || message.type() === 'error') problems.push(message.text());
        });
        try {
          await tab.goto(`${site.origin}${path}`);
          await tab.waitForFunction(() => (window as { hostResult?: unknown }).hostResult !== undefined, { timeout: 60_000 });
          const result = await tab.evaluate(() => (window as unknown as { hostResult: HostResult }).hostResult);
          assert.equal(result.error, undefined);
          assert.match(result.before['given'] ?? '', new RegExp(`Rechnung ${invoice.number}`), 'the server markup was there before the upgrade');
          assert.deepEqual(result.states, { history: 'loaded', given: 'loaded', unchosen: 'idle', settings: 'view' });
          assert.equal(result.stateKept, true, 'the state set before the upgrade is the one the element has');
          assert.equal(result.showMsrp, true, 'the attribute the server rendered is read');
          assert.match(result.after['given'] ?? '', new RegExp(`Rechnung ${invoice.number}`));
          assert.match(result.after['history'] ?? '', new RegExp(firstPage.items[0]!.number), 'the history loaded its first page');
          assert.deepEqual(result.bases, { history: 1, given: 1, unchosen: 1, settings: 1 }, 'each element shows one render, not the server’s beside its own');
          assert.equal(result.serverStyles, 0, 'the server’s <style> elements left with its markup');
          for (const id of ['history', 'given', 'unchosen', 'settings']) assert.ok(result.adoptedSheets[id]! > 1, `${id} adopted its own styles`);
          assert.deepEqual(problems, []);
        } finally {
          await tab.close();
        }
      });
    }
  });
});
