import { expect, waitUntil } from '@open-wc/testing';
import { SETTINGS_LIMITS } from '../../../src/api/types.js';
import {
  clickSave,
  fieldMessage,
  formFor,
  formInState,
  input,
  LOGO_URL,
  part,
  serverSettings,
  sourceWithSave,
  startEditing,
  tenantSource,
  typeInto,
  uniqueTenant,
  untilState,
} from './helpers.js';
import type { NotificationSettingsForm } from '../../../src/elements/notification-settings-form/notification-settings-form.js';
import { RestDataSource } from '../../../src/api/rest-data-source.js';

const NOT_AN_IMAGE = new URL('/api/customers', location.href).href;
const WIDE_LOGO = new URL('./fixtures/wide-logo.svg', import.meta.url).href;
const SVG_LOGO = new URL('./fixtures/small-logo.svg', import.meta.url).href;

async function editingForm(tenant: string): Promise<NotificationSettingsForm> {
  const el = await formFor(tenantSource(tenant));
  await startEditing(el);
  return el;
}

describe('notification-settings-form: validation', () => {
  let tenant: string;
  beforeEach(() => {
    tenant = uniqueTenant();
  });

  const invalid: Array<[string, string, string]> = [
    ['a javascript: URL', 'javascript:alert(document.domain)', 'Only web addresses starting with https://'],
    ['a data: URL', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', 'Only web addresses starting with https://'],
    ['a relative URL', '/login', 'Enter a complete address'],
    ['an address without a scheme', 'panel.example.com', 'Enter a complete address'],
    ['a scheme without a host', 'https://', 'Enter a complete address'],
    ['a URL over the length limit', `https://example.com/${'x'.repeat(SETTINGS_LIMITS.urlMaxLength)}`, `the limit is ${SETTINGS_LIMITS.urlMaxLength}`],
  ];
  for (const [name, value, message] of invalid) {
    it(`marks ${name} invalid while typing, with a message tied to the field`, async () => {
      const el = await editingForm(tenant);
      await typeInto(el, 'controlPanelUrl', value);
      const field = input(el, 'controlPanelUrl');
      expect(field.getAttribute('aria-invalid')).to.equal('true');
      expect(field.getAttribute('aria-describedby')!.split(' ')).to.include('controlPanelUrl-message');
      expect(fieldMessage(el, 'controlPanelUrl')!.textContent).to.contain(message);
      expect(field.value).to.equal(value);
    });
  }

  it('is accessible with invalid fields', async () => {
    const el = await editingForm(tenant);
    await typeInto(el, 'logoUrl', 'javascript:alert(1)');
    await typeInto(el, 'websiteUrl', '/relative');
    await expect(el).to.be.accessible();
  });

  it('does not save invalid values and focuses the first invalid field on Save', async () => {
    const el = await editingForm(tenant);
    const before = await serverSettings(tenant);
    await typeInto(el, 'websiteUrl', 'javascript:alert(1)');
    await typeInto(el, 'controlPanelUrl', 'not a url');
    await clickSave(el);
    await waitUntil(() => el.shadowRoot!.activeElement === input(el, 'controlPanelUrl'), 'focus did not move to the first invalid field');
    expect(el.currentState.type).to.equal('editing');
    expect(input(el, 'websiteUrl').value).to.equal('javascript:alert(1)');
    expect((await serverSettings(tenant)).etag).to.equal(before.etag);
  });

  it('warns about plain http without blocking Save', async () => {
    const el = await editingForm(tenant);
    await typeInto(el, 'websiteUrl', 'http://insecure.example');
    expect(input(el, 'websiteUrl').getAttribute('aria-invalid')).to.equal('false');
    expect(fieldMessage(el, 'websiteUrl')!.textContent).to.contain('not encrypted');
    await clickSave(el);
    await untilState(el, 'view');
    expect((await serverSettings(tenant)).settings.websiteUrl).to.equal('http://insecure.example');
  });

  it('shows the logo’s pixel size once it has loaded', async () => {
    const el = await editingForm(tenant);
    await typeInto(el, 'logoUrl', `${LOGO_URL}?size`);
    await waitUntil(() => part(el, 'logo-size').textContent!.includes('240 × 64 px'), 'no pixel size shown');
    expect(input(el, 'logoUrl').getAttribute('aria-describedby')!.split(' ')).to.include('logo-size');
  });

  it('warns when the logo is larger than e-mail clients show well', async () => {
    const el = await editingForm(tenant);
    await typeInto(el, 'logoUrl', WIDE_LOGO);
    await waitUntil(() => fieldMessage(el, 'logoUrl')?.textContent?.includes('1200 × 300 px'), 'no size warning');
    expect(fieldMessage(el, 'logoUrl')!.textContent).to.contain('1200 × 300 px');
    expect(input(el, 'logoUrl').getAttribute('aria-invalid')).to.equal('false');
  });

  it('warns that an SVG logo will not show in e-mails, without blocking Save', async () => {
    const el = await editingForm(tenant);
    await typeInto(el, 'logoUrl', SVG_LOGO);
    await waitUntil(() => fieldMessage(el, 'logoUrl')?.textContent?.includes('SVG'), 'no SVG warning');
    expect(fieldMessage(el, 'logoUrl')!.className).to.equal('warning');
    expect(input(el, 'logoUrl').getAttribute('aria-invalid')).to.equal('false');
    expect(part(el, 'save-button').hasAttribute('disabled')).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('blocks Save with a clear message when the logo is not an image, keeping the value', async () => {
    const el = await editingForm(tenant);
    const before = await serverSettings(tenant);
    await typeInto(el, 'logoUrl', NOT_AN_IMAGE);
    await clickSave(el);
    await waitUntil(() => input(el, 'logoUrl').getAttribute('aria-invalid') === 'true', 'logo never marked invalid');
    expect(fieldMessage(el, 'logoUrl')!.textContent).to.contain('No image could be loaded');
    expect(el.shadowRoot!.activeElement).to.equal(input(el, 'logoUrl'));
    expect(input(el, 'logoUrl').value).to.equal(NOT_AN_IMAGE);
    expect((await serverSettings(tenant)).etag).to.equal(before.etag);
  });

  it('shows the server’s reasons next to the fields it names (422)', async () => {
    // A backend stricter than the form: this one rejects what the form accepts, and answers with field pointers.
    const strict = new RestDataSource({ baseUrl: '/api', headers: { 'X-Billing-Tenant': tenant } });
    const el = await formFor(
      sourceWithSave(tenant, (settings, etag, signal) => strict.saveSettings({ ...settings, websiteUrl: 'javascript:void 0' }, etag, signal)),
    );
    await startEditing(el);
    await typeInto(el, 'websiteUrl', 'https://accepted-here.example');
    await clickSave(el);
    await waitUntil(() => el.currentState.type === 'editing' && fieldMessage(el, 'websiteUrl') !== null, 'no server message');
    expect(fieldMessage(el, 'websiteUrl')!.textContent).to.contain('websiteUrl must start with https://');
    expect(input(el, 'websiteUrl').getAttribute('aria-invalid')).to.equal('true');
    expect(input(el, 'websiteUrl').value).to.equal('https://accepted-here.example');
    expect(el.shadowRoot!.activeElement).to.equal(input(el, 'websiteUrl'));
  });

  it('clears the server’s reason for a field once the user changes it', async () => {
    const saved = await serverSettings(tenant);
    const el = await formInState({
      type: 'editing',
      saved,
      draft: { logoUrl: '', controlPanelUrl: 'https://a.example', websiteUrl: '', enabled: {} },
      serverIssues: { controlPanelUrl: { severity: 'error', code: 'server', detail: 'Not allowed here.' } },
    });
    expect(fieldMessage(el, 'controlPanelUrl')!.textContent).to.contain('Not allowed here.');
    await typeInto(el, 'controlPanelUrl', 'https://b.example');
    expect(fieldMessage(el, 'controlPanelUrl')).to.equal(null);
  });
});
