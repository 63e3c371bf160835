import { expect, waitUntil } from '@open-wc/testing';
import { renderInvoiceEmail } from '../../../src/email/render-invoice-email.js';
import { SAMPLE_EMAIL, SAMPLE_INVOICE } from '../../../src/email/sample-invoice.js';
import type { NotificationSettingsForm } from '../../../src/elements/notification-settings-form/notification-settings-form.js';
import { asShown, shownEmail, shownHtml } from '../../email/shown-email.js';
import { formFor, startEditing, tenantSource, typeInto, uniqueTenant } from './helpers.js';

function preview(el: NotificationSettingsForm): HTMLIFrameElement {
  return el.shadowRoot!.querySelector('[part="preview"] iframe')!;
}

describe('notification-settings-form: live preview', () => {
  let tenant: string;
  beforeEach(() => {
    tenant = uniqueTenant();
  });

  it('shows the e-mail exactly as the shared renderer makes it for the saved settings', async () => {
    const el = await formFor(tenantSource(tenant));
    const { settings } = await tenantSource(tenant).getSettings();
    const expected = renderInvoiceEmail({ invoice: SAMPLE_INVOICE, settings, ...SAMPLE_EMAIL, locale: 'en' }).html;
    await waitUntil(() => shownHtml(preview(el)) !== '', 'preview never shown');
    expect(shownHtml(preview(el))).to.equal(asShown(expected));
  });

  it('runs the preview in a sandbox with no scripts, under a title', async () => {
    const el = await formFor(tenantSource(tenant));
    // allow-same-origin only lets the element write the e-mail into the frame (see src/email/email-frame.ts).
    expect([...preview(el).sandbox]).to.deep.equal(['allow-same-origin']);
    expect(preview(el).title).to.equal('Preview of the customer e-mail');
  });

  it('updates the preview as the user types', async () => {
    const el = await formFor(tenantSource(tenant));
    await startEditing(el);
    await typeInto(el, 'controlPanelUrl', 'https://typed-panel.example/');
    await waitUntil(() => shownHtml(preview(el)).includes('typed-panel.example'), 'preview never updated');
    const email = shownEmail(preview(el))!;
    expect([...email.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.include('https://typed-panel.example/');
  });

  it('leaves an invalid URL out of the preview, as the e-mail would', async () => {
    const el = await formFor(tenantSource(tenant));
    await startEditing(el);
    await waitUntil(() => shownHtml(preview(el)) !== '', 'preview never shown');
    const before = shownHtml(preview(el));
    await typeInto(el, 'websiteUrl', 'javascript:alert(1)');
    // The website link disappears from the footer once the preview catches up.
    await waitUntil(() => shownHtml(preview(el)) !== before, 'preview never updated');
    expect(shownHtml(preview(el))).not.to.contain('javascript:');
  });

  it('speaks the form’s locale in the preview', async () => {
    const el = await formFor(tenantSource(tenant), 'de');
    await waitUntil(() => shownHtml(preview(el)) !== '', 'preview never shown');
    expect(shownEmail(preview(el))!.documentElement.lang).to.equal('de');
  });

  it('can be hidden by the host', async () => {
    const el = await formFor(tenantSource(tenant));
    el.noPreview = true;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="preview"]')).to.equal(null);
  });
});
