/**
 * Smoke test of the BUILT Storybook (`npm run build-storybook` first): every story is opened in headless Chromium and
 * must render its element with content in its shadow root, without a page error. Storybook's portable stories do not
 * support web components, so the built output is what is checked; the stories' templates are also rendered by the
 * browser tests. Run by .ci/run after the build.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';

const root = join(new URL('..', import.meta.url).pathname, 'storybook-static');
if (!existsSync(join(root, 'index.json'))) throw new Error('No storybook-static/: run `npm run build-storybook` first.');

const types: Record<string, string> = {
  '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2', '.ttf': 'font/ttf',
};
const server = createServer((request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
  if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(response);
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const address = server.address();
const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

const entries = Object.values(
  JSON.parse(readFileSync(join(root, 'index.json'), 'utf8')).entries as Record<string, { id: string; type: string; title: string }>,
).filter((entry) => entry.type === 'story');

const executablePath = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/google-chrome'].find((p) => p && existsSync(p));
const browser = await puppeteer.launch({
  executablePath,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const failures: string[] = [];
try {
  for (const entry of entries) {
    // A fresh page per story: Storybook's preview re-creates frames as it boots, which detaches a reused page.
    const page = await browser.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    await page.goto(`${origin}/iframe.html?id=${entry.id}&viewMode=story`, { waitUntil: 'domcontentloaded' });
    const rendered = await page
      .waitForFunction(
        () => {
          // A story shows one of the elements (rendered into its shadow root), or, for the generated-PDF stories,
          // an iframe whose source is the PDF made in the browser.
          const tags = ['invoice-history', 'invoice-detail', 'notification-settings-form'];
          const element = document.querySelector<HTMLElement>(tags.join(','));
          // Parts, not just children: the shadow root first holds the lazily loaded implementation, empty until it renders.
          if (element) return Boolean(element.shadowRoot?.querySelector('[part]:not([part~="load-error"])'));
          return Boolean(document.querySelector<HTMLIFrameElement>('#storybook-root iframe[src^="blob:"]'));
        },
        { timeout: 20_000 },
      )
      .then(() => true, () => false);
    if (!rendered) failures.push(`${entry.id}: no element rendered`);
    if (pageErrors.length) failures.push(`${entry.id}: ${pageErrors.join('; ')}`);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`Storybook: ${entries.length - failures.length} of ${entries.length} stories render their element.`);
if (failures.length) {
  console.error(failures.join('\n'));
  process.exit(1);
}
