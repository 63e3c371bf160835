/**
 * The elements under a strict Content Security Policy (docs/csp.md), end to end: demo/csp.html with the BUILT
 * standalone bundle and the reference backend, every response sent with `STRICT_CSP` (no inline script or style,
 * no eval, Trusted Types enforced with only `lit-html` and `billing-elements` allowed). A headless Chromium goes
 * through what a user does — list, next page, open an invoice, Download PDF, send it with the preview open, edit and
 * save the settings — and every step must meet no violation, seen three ways: `securitypolicyviolation` events in
 * every frame, DevTools' Content-Security-Policy issues (the page's and the PDF worker's), and the console. Page
 * errors fail it too.
 *
 * A Node test, not a web-test-runner one: that runner serves its own pages with inline scripts a strict policy
 * forbids.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, before, describe, it } from 'node:test';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { startCspDemo, STRICT_CSP, type CspDemo } from '../../demo/csp-server.ts';

const executablePath = [process.env['CHROME_PATH'], '/usr/bin/chromium', '/usr/bin/google-chrome'].find((path) => path && existsSync(path));
const STEP_MS = 15_000;

interface Violation {
  channel: 'event' | 'issue' | 'console' | 'page-error';
  detail: string;
}

// Runs in every frame before its own scripts: records violations where a test can read them, and defines the
// helper tsx's compiled functions call (`__name`), since page.evaluate ships those functions to the page.
const COLLECTOR = `
  globalThis.__name = (target) => target;
  document.addEventListener('securitypolicyviolation', (event) => {
    console.error('securitypolicyviolation ' + JSON.stringify({
      directive: event.effectiveDirective, blocked: event.blockedURI, sample: event.sample,
      source: event.sourceFile + ':' + event.lineNumber + ':' + event.columnNumber, document: location.href,
    }));
  }, true);
`;

async function until<T>(page: Page, predicate: () => T, what: string): Promise<void> {
  try {
    await page.waitForFunction(predicate, { timeout: STEP_MS, polling: 50 });
  } catch (error) {
    throw new Error(`Timed out waiting until ${what}`, { cause: error });
  }
}

function launch(): Promise<Browser> {
  return puppeteer.launch({
    executablePath: executablePath!,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** Opens `url` in a new page that records every violation into `violations`, and saves downloads to `downloads`. */
async function openWatched(browser: Browser, url: string, violations: Violation[], downloads?: string): Promise<Page> {
  const page = await browser.newPage();
  page.setDefaultTimeout(STEP_MS);
  const recordIssue = ({ issue }: { issue: { code: string; details: unknown } }) => {
    if (issue.code === 'ContentSecurityPolicyIssue') violations.push({ channel: 'issue', detail: JSON.stringify(issue.details) });
  };
  const cdp = await page.createCDPSession();
  cdp.on('Audits.issueAdded', recordIssue);
  await cdp.send('Audits.enable');
  // A worker's violations reach only its own DevTools session (enabling Audits replays those raised before).
  page.on('workercreated', (worker) => {
    worker.client.on('Audits.issueAdded', recordIssue);
    worker.client.send('Audits.enable').catch(() => violations.push({ channel: 'issue', detail: `cannot watch the worker ${worker.url()}` }));
  });
  if (downloads) await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });
  page.on('console', (message) => {
    const text = message.text();
    if (text.startsWith('securitypolicyviolation ')) violations.push({ channel: 'event', detail: text });
    else if (/Content Security Policy|Trusted ?Type/i.test(text)) violations.push({ channel: 'console', detail: text });
  });
  page.on('pageerror', (error) => violations.push({ channel: 'page-error', detail: String(error) }));
  await page.evaluateOnNewDocument(COLLECTOR);
  await page.goto(url);
  return page;
}

describe('the elements under a strict Content Security Policy', { skip: executablePath ? false : 'no Chromium (set CHROME_PATH)' }, () => {
  let demo: CspDemo;
  let browser: Browser;
  let page: Page;
  let downloads: string;
  const violations: Violation[] = [];

  const assertNoViolations = () => assert.deepEqual(violations, [], `violations:\n${violations.map((v) => `${v.channel}: ${v.detail}`).join('\n')}`);

  before(async () => {
    [demo, downloads] = await Promise.all([startCspDemo(), mkdtemp(join(tmpdir(), 'billing-elements-csp-downloads-'))]);
    browser = await launch();
    page = await openWatched(browser, demo.url, violations, downloads);
  });

  // Each step answers for what it met, so the first failing step names the cause.
  afterEach(() => void violations.splice(0));

  after(async () => {
    await browser?.close();
    await demo?.close();
    if (downloads) await rm(downloads, { recursive: true, force: true });
  });

  it('loads the page and lists the invoices with no violation', async () => {
    await until(page, () => document.querySelector('invoice-history')?.shadowRoot?.querySelectorAll('tr[part~="row"]').length === 25, 'the first page of invoices is listed');
    assertNoViolations();
  });

  it('shows the saved settings and their e-mail preview, styled, with no violation', async () => {
    await until(
      page,
      () => {
        const frame = document.querySelector('notification-settings-form')?.shadowRoot?.querySelector('iframe');
        const body = frame?.contentDocument?.body;
        return !!body && getComputedStyle(body).backgroundColor === 'rgb(244, 245, 247)';
      },
      'the settings preview shows the e-mail with its inline styles applied',
    );
    assertNoViolations();
  });

  it('leaves a clicked link in the e-mail preview inert: the frame does not navigate, and nothing is violated', async () => {
    const preview = page.frames().find((frame) => frame.url() === 'about:srcdoc');
    assert.ok(preview, 'the settings form previews the e-mail in a frame');
    const link = await preview.waitForSelector('a[href^="https://"]');
    await link!.click();
    await new Promise((resolve) => setTimeout(resolve, 500));
    const shown = await page.evaluate(() => document.querySelector('notification-settings-form')?.shadowRoot?.querySelector('iframe')?.contentDocument?.URL);
    assert.equal(shown, 'about:srcdoc');
    assertNoViolations();
  });

  it('pages the history with no violation', async () => {
    await page.click('invoice-history >>> [data-page="next"]');
    await until(page, () => /^26\D/.test(document.querySelector('invoice-history')?.shadowRoot?.querySelector('[part="position"]')?.textContent?.trim() ?? ''), 'the second page is shown');
    assertNoViolations();
  });

  it('opens an invoice with no violation', async () => {
    await page.click('invoice-history >>> [part~="open"]');
    await until(page, () => !!document.querySelector('invoice-detail')?.shadowRoot?.querySelector('[part="lines"]'), 'the invoice is shown');
    assertNoViolations();
  });

  it('makes and downloads the PDF, in the worker, with no violation', async () => {
    await page.click('invoice-detail >>> [part="download"]');
    await until(page, () => /is ready/.test(document.querySelector('invoice-detail')?.shadowRoot?.querySelector('.pdf-status')?.textContent ?? ''), 'the PDF is ready');
    let file: string | undefined;
    for (let waited = 0; waited < STEP_MS && !file; waited += 100) {
      file = (await readdir(downloads)).find((name) => name.endsWith('.pdf'));
      if (!file) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.ok(file, 'no PDF was downloaded');
    assert.equal((await readFile(join(downloads, file))).subarray(0, 5).toString('latin1'), '%PDF-');
    // The worker is a same-origin file, allowed by script-src 'self' (worker-src falls back to it).
    assert.ok(demo.requests.some((path) => /^\/chunks\/pdf-worker[-.]/.test(path)), `no PDF worker was loaded: ${demo.requests.join(' ')}`);
    assertNoViolations();
  });

  it('sends the invoice, with the e-mail preview open, with no violation', async () => {
    await page.click('invoice-detail >>> [part="send"]');
    const dialog = 'invoice-detail >>> invoice-send-dialog >>> ';
    await until(page, () => !!document.querySelector('invoice-detail')?.shadowRoot?.querySelector('invoice-send-dialog')?.shadowRoot?.querySelector('dialog')?.open, 'the send dialog is open');
    await page.click(`${dialog}.preview-toggle`);
    await until(
      page,
      () => {
        const frame = document.querySelector('invoice-detail')?.shadowRoot?.querySelector('invoice-send-dialog')?.shadowRoot?.querySelector('iframe');
        const button = frame?.contentDocument?.querySelector('a');
        return !!button && /Northwind|Invoice/.test(frame!.contentDocument!.body.textContent ?? '');
      },
      'the dialog previews the e-mail',
    );
    await page.click(`${dialog}button[type="submit"]`);
    await until(page, () => !!document.querySelector('invoice-detail')?.shadowRoot?.querySelector('[part="sent-notice"]'), 'the invoice is sent');
    const outbox = (await (await fetch(new URL('api/outbox', demo.url))).json()) as { items: Array<{ subject: string; attachment: { filename: string } | null }> };
    assert.equal(outbox.items.length, 1);
    assert.match(outbox.items[0]!.attachment?.filename ?? '', /\.pdf$/);
    assertNoViolations();
  });

  it('edits and saves the settings, with the live preview, with no violation', async () => {
    const form = 'notification-settings-form >>> ';
    await page.click(`${form}[part~="edit-button"]`);
    const input = await page.waitForSelector(`${form}#websiteUrl`);
    await input!.click({ count: 3 });
    await input!.type('https://csp.example/');
    await until(
      page,
      () =>
        [...(document.querySelector('notification-settings-form')?.shadowRoot?.querySelector('iframe')?.contentDocument?.querySelectorAll('a') ?? [])].some(
          (link) => link.getAttribute('href') === 'https://csp.example/',
        ),
      'the preview shows the typed website',
    );
    await page.click(`${form}[part~="save-button"]`);
    await until(page, () => !!document.querySelector('notification-settings-form')?.shadowRoot?.querySelector('[part~="edit-button"]'), 'the settings are saved');
    const saved = (await (await fetch(new URL('api/settings/notifications', demo.url))).json()) as { websiteUrl: string | null };
    assert.equal(saved.websiteUrl, 'https://csp.example/');
    assertNoViolations();
  });

  it('serves the page with the strict policy, allowing exactly the two Trusted Types policies', async () => {
    const response = await fetch(demo.url);
    assert.equal(response.headers.get('content-security-policy'), STRICT_CSP);
    assert.match(STRICT_CSP, /require-trusted-types-for 'script'; trusted-types lit-html billing-elements$/);
  });

  it('would notice a violation: an inline style set on the page is reported', async () => {
    const before = violations.length;
    await page.evaluate(() => document.body.setAttribute('style', 'outline: 1px solid red'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const seen = violations.slice(before);
    violations.splice(before);
    assert.ok(seen.some((violation) => violation.channel === 'event'), 'the securitypolicyviolation listener missed it');
    assert.ok(seen.some((violation) => violation.channel === 'console'), 'the console missed it');
    assert.ok(seen.some((violation) => violation.channel === 'issue'), 'DevTools issues missed it');
  });
});

describe('the elements under a strict policy that leaves out billing-elements', { skip: executablePath ? false : 'no Chromium (set CHROME_PATH)' }, () => {
  let demo: CspDemo;
  let browser: Browser;
  let page: Page;
  const violations: Violation[] = [];
  const warnings: string[] = [];

  before(async () => {
    demo = await startCspDemo({ policy: STRICT_CSP.replace(' billing-elements', '') });
    browser = await launch();
    page = await openWatched(browser, demo.url, violations);
    page.on('console', (message) => {
      if (message.type() === 'warn') warnings.push(message.text());
    });
  });

  after(async () => {
    await browser?.close();
    await demo?.close();
  });

  it('still lists, opens and makes PDFs, in the page, meeting only the refused policy', async () => {
    await until(page, () => document.querySelector('invoice-history')?.shadowRoot?.querySelectorAll('tr[part~="row"]').length === 25, 'the invoices are listed');
    await page.click('invoice-history >>> [part~="open"]');
    await page.waitForSelector('invoice-detail >>> [part="download"]');
    await page.click('invoice-detail >>> [part="download"]');
    await until(page, () => /is ready/.test(document.querySelector('invoice-detail')?.shadowRoot?.querySelector('.pdf-status')?.textContent ?? ''), 'the PDF is ready');
    assert.ok(!demo.requests.some((path) => /^\/chunks\/pdf-worker[-.]/.test(path)), 'the worker was started without a policy for its URL');
    // Creating a policy the page does not list is itself reported (directive `trusted-types`, not a sink), and the
    // library warns about it once.
    const policyRefusal = /"(violatedDirective|directive)":"trusted-types"|TrustedTypePolicy named 'billing-elements'|does not allow the Trusted Types policy "billing-elements"/;
    const others = violations.filter((violation) => !policyRefusal.test(violation.detail));
    assert.deepEqual(others, [], 'a violation other than the refused policy');
    assert.ok(violations.some((violation) => policyRefusal.test(violation.detail)), 'the refused policy was not reported');
  });

  it('leaves the e-mail preview empty and says in the console what to add', async () => {
    const frameText = await page.evaluate(
      () => document.querySelector('notification-settings-form')?.shadowRoot?.querySelector('iframe')?.contentDocument?.body?.textContent ?? null,
    );
    assert.equal(frameText, '');
    assert.ok(warnings.some((warning) => warning.includes('trusted-types') && warning.includes('billing-elements')), `no warning: ${warnings.join(' | ')}`);
  });
});
