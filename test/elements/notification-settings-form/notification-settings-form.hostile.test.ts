import { expect, waitUntil } from '@open-wc/testing';
import type { NotificationSettings } from '../../../src/api/types.js';
import { shownEmail, shownHtml } from '../../email/shown-email.js';
import {
  clickSave,
  fixedSource,
  formFor,
  part,
  serverSettings,
  startEditing,
  tenantSource,
  typeInto,
  uniqueTenant,
  untilState,
} from './helpers.js';

declare global {
  interface Window {
    __hostileRan?: string;
  }
}

// Valid absolute URLs whose text is markup: they pass every URL check, so they reach the view, the preview and the e-mail.
const MARKUP_URL = `https://evil.example/"><img src=x onerror="window.parent.__hostileRan='img'"><script>window.parent.__hostileRan='script'</script>`;
const SVG_URL = `https://evil.example/<svg/onload=window.parent.__hostileRan='svg'>`;

/**
 * Waits until an image that fails to load has reported its error: by then an injected `<img src=x onerror>`, whose
 * load started earlier, would have run its handler too.
 */
function settle(): Promise<void> {
  return new Promise((resolve) => {
    const probe = new Image();
    probe.onerror = probe.onload = () => resolve();
    probe.src = `/x-missing-${Math.random()}.png`;
  });
}

describe('notification-settings-form: hostile values never execute', () => {
  let tenant: string;
  beforeEach(() => {
    tenant = uniqueTenant();
    delete window.__hostileRan;
  });

  it('keeps markup in typed URLs as text in the form and the preview', async () => {
    const el = await formFor(tenantSource(tenant));
    await startEditing(el);
    await typeInto(el, 'controlPanelUrl', MARKUP_URL);
    await typeInto(el, 'websiteUrl', SVG_URL);
    const preview = el.shadowRoot!.querySelector('iframe')!;
    await waitUntil(() => shownHtml(preview).includes('evil.example'), 'preview never updated');
    await settle();
    expect(window.__hostileRan).to.equal(undefined);
    expect(el.shadowRoot!.querySelector('img[onerror], script, svg')).to.equal(null);
    expect(preview.sandbox.contains('allow-scripts')).to.equal(false);
    const sent = shownEmail(preview)!;
    expect(sent.querySelector('img[onerror], script, svg')).to.equal(null);
  });

  it('saves markup URLs and shows them only as escaped text and safe links', async () => {
    const el = await formFor(tenantSource(tenant));
    await startEditing(el);
    await typeInto(el, 'controlPanelUrl', MARKUP_URL);
    await clickSave(el);
    await untilState(el, 'view');
    await settle();
    expect(window.__hostileRan).to.equal(undefined);
    const link = [...el.shadowRoot!.querySelectorAll('a')].find((a) => a.textContent === MARKUP_URL)!;
    expect(link.protocol).to.equal('https:');
    expect(el.shadowRoot!.querySelector('img[onerror], script')).to.equal(null);
  });

  it('never runs markup from saved settings in the e-mail that is sent', async () => {
    const el = await formFor(tenantSource(tenant));
    await startEditing(el);
    await typeInto(el, 'controlPanelUrl', MARKUP_URL);
    await typeInto(el, 'websiteUrl', SVG_URL);
    await clickSave(el);
    await untilState(el, 'view');
    const source = tenantSource(tenant);
    await source.sendInvoice('cus-small', 'inv-small-2', {
      to: ['customer@example.com'],
      cc: [],
      bcc: [],
      subject: 'Your invoice',
      message: 'Hello',
      attachment: { filename: 'invoice.pdf', contentType: 'application/pdf', contentBase64: btoa('%PDF-1.4\n%%EOF\n') },
    });
    const response = await fetch('/api/outbox', { headers: { 'X-Billing-Tenant': tenant } });
    const { items } = (await response.json()) as { items: Array<{ html: string }> };
    const sent = new DOMParser().parseFromString(items[0]!.html, 'text/html');
    expect(sent.querySelector('img[onerror], script, svg')).to.equal(null);
    const hrefs = [...sent.querySelectorAll('a')].map((a) => a.getAttribute('href')!);
    // Both hostile URLs are https, so both are links, each escaped into one attribute.
    expect(hrefs).to.have.length(2);
    expect(hrefs.every((href) => href.startsWith('https://evil.example/'))).to.be.true;
  });

  it('never turns javascript: or data: URLs from a hostile server into links or images', async () => {
    const hostile: NotificationSettings = {
      logoUrl: "javascript:window.__hostileRan='logo'",
      controlPanelUrl: "javascript:window.__hostileRan='panel'",
      websiteUrl: "data:text/html,<script>window.parent.__hostileRan='data'</script>",
      notifications: [{ type: 'x', label: '<img src=x onerror="window.__hostileRan=\'label\'">', enabled: true }],
    };
    const el = await formFor(fixedSource(hostile));
    await settle();
    expect(el.shadowRoot!.querySelector('a[href^="javascript:"], a[href^="data:"], img[src^="javascript:"], img[onerror]')).to.equal(null);
    expect(el.shadowRoot!.textContent).to.contain("javascript:window.__hostileRan='panel'");
    const frame = el.shadowRoot!.querySelector('iframe')!;
    await waitUntil(() => shownEmail(frame), 'preview never shown');
    const preview = shownEmail(frame)!;
    expect(preview.querySelector('a[href^="javascript:"], a[href^="data:"], img[src^="javascript:"]')).to.equal(null);
    expect(window.__hostileRan).to.equal(undefined);
  });

  it('marks hostile values from a hostile server invalid when editing, so they cannot be saved back', async () => {
    const hostile: NotificationSettings = {
      logoUrl: null,
      controlPanelUrl: "javascript:window.__hostileRan='panel'",
      websiteUrl: null,
      notifications: [],
    };
    const el = await formFor(fixedSource(hostile));
    await startEditing(el);
    expect(el.shadowRoot!.querySelector('#controlPanelUrl')!.getAttribute('aria-invalid')).to.equal('true');
    await typeInto(el, 'websiteUrl', 'https://fine.example');
    await clickSave(el);
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'controlPanelUrl', 'focus did not move to the hostile field');
    expect(el.currentState.type).to.equal('editing');
    expect(window.__hostileRan).to.equal(undefined);
  });

  it('stores what the user typed, not a normalised copy', async () => {
    const el = await formFor(tenantSource(tenant));
    await startEditing(el);
    await typeInto(el, 'websiteUrl', '  https://Example.COM/Path?q=ä  ');
    await clickSave(el);
    await untilState(el, 'view');
    expect((await serverSettings(tenant)).settings.websiteUrl).to.equal('https://Example.COM/Path?q=ä');
    expect(part(el, 'status').textContent).to.contain('Settings saved.');
  });
});
