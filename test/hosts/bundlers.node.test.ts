/**
 * The PDF worker in every bundler, from the package as adopters get it: `npm run build`, `npm pack` into a temporary
 * folder, then each host under test/hosts/bundlers/ (Vite, webpack 5, Rollup, esbuild; its config is the one
 * docs/pdf.md gives) copied into a temporary project that `npm install`s that tarball, built there with its bundler,
 * served from 127.0.0.1 with the reference backend, and opened in headless Chromium. Its page (bundlers/main.js)
 * makes a Cyrillic invoice's PDF, which needs a built-in font the bundler must have emitted; the test asserts the
 * PDF was made in the worker (`lastPdfRun()`), the worker fetched the font, and no main-thread warning was given.
 *
 * The tarball is built and installed once; the hosts share that install (each host's folder sits inside the
 * project, so its imports resolve to the installed package, its bundler and plugins to this repository's
 * devDependencies). A host whose bundler is not installed is skipped, saying so.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import type { Browser } from 'puppeteer-core';
import { executablePath, launchChromium, serveStatic } from './host-site.ts';
import { bin, installTarball, root, timer } from './installed-tarball.ts';

const run = promisify(execFile);
const hostsDir = join(root, 'test/hosts/bundlers');

interface Host {
  name: string;
  /** The packages the host's build needs from this repository's devDependencies. */
  needs: string[];
  /** The build command, run in the host's folder; the output goes to `dist/`. */
  build: string[];
  /** The page to serve, when the bundler does not write one (Vite does, from index.html). */
  page?: string;
}

const modulePage = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>host</title><script type="module" src="/main.js"></script></head><body></body></html>';

const HOSTS: Host[] = [
  { name: 'vite', needs: ['vite'], build: [bin('vite/bin/vite.js'), 'build', '--config', 'vite.config.mjs'] },
  {
    name: 'webpack',
    needs: ['webpack', 'webpack-cli'],
    build: [bin('webpack-cli/bin/cli.js'), '--config', 'webpack.config.mjs', '--no-stats'],
    // webpack's default output is a classic script, which finds its chunks and assets through `document.currentScript`.
    page: '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>host</title><script defer src="/main.js"></script></head><body></body></html>',
  },
  {
    name: 'rollup',
    needs: ['rollup', '@rollup/plugin-node-resolve', '@surma/rollup-plugin-off-main-thread', '@web/rollup-plugin-import-meta-assets'],
    build: [bin('rollup/dist/bin/rollup'), '--config', 'rollup.config.mjs', '--silent'],
    page: modulePage,
  },
  { name: 'esbuild', needs: ['esbuild', '@chialab/esbuild-plugin-meta-url'], build: ['build.mjs'], page: modulePage },
];

function missingPackages(host: Host): string[] {
  return host.needs.filter((name) => !existsSync(bin(`${name}/package.json`)));
}

interface HostResult {
  error?: string;
  head?: string;
  pageCount?: number;
  warnings?: { kind: string; message?: string }[];
  run?: { thread: string; workerResources: string[] } | null;
}

describe('bundler hosts: the PDF worker from the installed tarball', { skip: executablePath ? false : 'no Chromium: set CHROME_PATH' }, () => {
  let project: string;
  let browser: Browser;
  const timings: string[] = [];
  const timed = timer(timings);

  before(async () => {
    project = await installTarball('bundler-hosts', timed);
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    if (project) rmSync(project, { recursive: true, force: true });
    console.log(`bundler hosts, time taken: ${timings.join('; ')}`);
  });

  for (const host of HOSTS) {
    const missing = missingPackages(host);
    const skip = missing.length > 0 ? `${host.name} host skipped: ${missing.join(', ')} not installed (npm install)` : false;
    it(`${host.name}: makes the PDF in the worker, with its font`, { skip }, async () => {
      const dir = join(project, host.name);
      cpSync(join(hostsDir, host.name), dir, { recursive: true });
      cpSync(join(hostsDir, 'main.js'), join(dir, 'main.js'));
      await timed(`${host.name} build`, () => run(process.execPath, host.build, { cwd: dir, maxBuffer: 64 * 1024 * 1024 }));
      const dist = join(dir, 'dist');
      assert.ok(readdirSync(dist).length > 0, `${host.name} wrote nothing to dist/`);

      const site = await serveStatic({ dir: dist, pages: host.page ? { '/': host.page } : {}, api: true });
      const page = await browser.newPage();
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(String(error)));
      page.on('requestfailed', (request) => problems.push(`${request.url()} failed: ${request.failure()?.errorText}`));
      page.on('response', (response) => {
        if (response.status() >= 400) problems.push(`${response.url()}: ${response.status()}`);
      });
      page.on('console', (message) => {
        if (message.type() === 'warn' || message.type() === 'error') problems.push(message.text());
      });
      try {
        await page.goto(`${site.origin}/`);
        await page
          .waitForFunction(() => (window as { hostResult?: unknown }).hostResult !== undefined, { timeout: 60_000 })
          .catch((error: unknown) => {
            throw new Error(`${host.name}: the page never finished; the console said: ${problems.join(' | ') || 'nothing'}`, { cause: error });
          });
        const result = await page.evaluate(() => (window as unknown as { hostResult: HostResult }).hostResult);
        assert.equal(result.error, undefined, `${host.name}: the PDF failed`);
        assert.equal(result.head, '%PDF-');
        assert.deepEqual(result.warnings, [], `${host.name}: warnings on the PDF`);
        assert.equal(result.run?.thread, 'worker', `${host.name}: the PDF was made in the page`);
        // webpack names assets by their hash alone, so any TrueType file will do: only the Noto Sans pair is needed.
        assert.ok(result.run.workerResources.some((url) => /\.ttf(\?|$)/.test(url)), `${host.name}: the worker fetched no font: ${result.run.workerResources.join(' ')}`);
        assert.deepEqual(problems, [], `${host.name}: errors or warnings in the console`);
      } finally {
        await page.close();
        await site.close();
      }
    });
  }
});
