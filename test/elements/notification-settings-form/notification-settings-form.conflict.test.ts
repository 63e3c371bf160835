import { expect, fixture, html } from '@open-wc/testing';
import type { NotificationSettingsForm } from '../../../src/elements/notification-settings-form/notification-settings-form.js';
import { clickSave, input, part, serverSettings, startEditing, tenantSource, typeInto, uniqueTenant, untilState } from './helpers.js';

/** Two forms on one page, both editing the same tenant's settings, as two people in two tabs would. */
async function twoForms(tenant: string): Promise<[NotificationSettingsForm, NotificationSettingsForm]> {
  const a = await fixture<NotificationSettingsForm>(html`<notification-settings-form .dataSource=${tenantSource(tenant)} no-preview></notification-settings-form>`);
  const b = await fixture<NotificationSettingsForm>(html`<notification-settings-form .dataSource=${tenantSource(tenant)} no-preview></notification-settings-form>`);
  await Promise.all([untilState(a, 'view'), untilState(b, 'view')]);
  await startEditing(a);
  await startEditing(b);
  return [a, b];
}

/** A changes the website and saves; then B, who started from the same version, changes the control panel and saves. */
async function conflictOnB(tenant: string): Promise<[NotificationSettingsForm, NotificationSettingsForm]> {
  const [a, b] = await twoForms(tenant);
  await typeInto(a, 'websiteUrl', 'https://a-website.example');
  await clickSave(a);
  await untilState(a, 'view');
  await typeInto(b, 'controlPanelUrl', 'https://b-panel.example');
  await clickSave(b);
  await untilState(b, 'conflict');
  return [a, b];
}

function conflictRows(form: NotificationSettingsForm): string[] {
  return [...form.shadowRoot!.querySelectorAll('[part="conflict"] tbody tr')].map((row) => row.textContent!.replace(/\s+/g, ' ').trim());
}

function choice(form: NotificationSettingsForm, field: string, side: 'mine' | 'theirs'): HTMLInputElement {
  return form.shadowRoot!.querySelector<HTMLInputElement>(`input[data-field="${field}"][value="${side}"]`)!;
}

describe('notification-settings-form: someone else saved first (412)', () => {
  let tenant: string;
  beforeEach(() => {
    tenant = uniqueTenant();
  });

  it('shows their version beside the user’s and keeps what the user typed', async () => {
    const [, b] = await conflictOnB(tenant);
    const rows = conflictRows(b);
    expect(rows.some((row) => row.includes('Website') && row.includes('https://a-website.example'))).to.be.true;
    expect(rows.some((row) => row.includes('Customer control panel') && row.includes('https://b-panel.example'))).to.be.true;
    expect(b.dirty).to.be.true;
    expect(b.currentState.type === 'conflict' && b.currentState.draft.controlPanelUrl).to.equal('https://b-panel.example');
  });

  it('is accessible and puts focus on the explanation', async () => {
    const [, b] = await conflictOnB(tenant);
    expect(b.shadowRoot!.activeElement?.id).to.equal('conflict-heading');
    await expect(b).to.be.accessible();
  });

  it('preselects their value where the user changed nothing and the user’s where they did', async () => {
    const [, b] = await conflictOnB(tenant);
    expect(choice(b, 'websiteUrl', 'theirs').checked).to.be.true;
    expect(choice(b, 'controlPanelUrl', 'mine').checked).to.be.true;
  });

  it('saves the chosen values over theirs, so both people’s changes survive', async () => {
    const [, b] = await conflictOnB(tenant);
    part(b, 'save-button').click();
    await untilState(b, 'view');
    const { settings } = await serverSettings(tenant);
    expect(settings.websiteUrl).to.equal('https://a-website.example');
    expect(settings.controlPanelUrl).to.equal('https://b-panel.example');
  });

  it('keeps the user’s value for a field both changed when they choose theirs elsewhere', async () => {
    const [a, b] = await twoForms(tenant);
    await typeInto(a, 'websiteUrl', 'https://a-website.example');
    await clickSave(a);
    await untilState(a, 'view');
    await typeInto(b, 'websiteUrl', 'https://b-website.example');
    await clickSave(b);
    await untilState(b, 'conflict');
    expect(choice(b, 'websiteUrl', 'mine').checked).to.be.true;
    part(b, 'save-button').click();
    await untilState(b, 'view');
    expect((await serverSettings(tenant)).settings.websiteUrl).to.equal('https://b-website.example');
  });

  it('saves their value for a field when the user picks theirs', async () => {
    const [, b] = await conflictOnB(tenant);
    const before = await serverSettings(tenant);
    choice(b, 'controlPanelUrl', 'theirs').click();
    await b.updateComplete;
    part(b, 'save-button').click();
    await untilState(b, 'view');
    const after = await serverSettings(tenant);
    expect(after.settings.controlPanelUrl).to.equal(before.settings.controlPanelUrl);
    expect(after.settings.websiteUrl).to.equal('https://a-website.example');
  });

  it('drops the user’s edits only when they choose “Use theirs”', async () => {
    const [, b] = await conflictOnB(tenant);
    const before = await serverSettings(tenant);
    part(b, 'use-theirs-button').click();
    await untilState(b, 'view');
    expect(b.dirty).to.be.false;
    expect(b.shadowRoot!.textContent).to.contain('https://a-website.example');
    expect(b.shadowRoot!.textContent).not.to.contain('https://b-panel.example');
    expect((await serverSettings(tenant)).etag).to.equal(before.etag);
  });

  it('returns to editing with the merged values and their version on “Keep editing”', async () => {
    const [, b] = await conflictOnB(tenant);
    part(b, 'keep-editing-button').click();
    await untilState(b, 'editing');
    expect(input(b, 'websiteUrl').value).to.equal('https://a-website.example');
    expect(input(b, 'controlPanelUrl').value).to.equal('https://b-panel.example');
    await typeInto(b, 'logoUrl', '');
    await clickSave(b);
    await untilState(b, 'view');
    const { settings } = await serverSettings(tenant);
    expect(settings).to.include({ logoUrl: null, websiteUrl: 'https://a-website.example', controlPanelUrl: 'https://b-panel.example' });
  });

  it('treats the conflict as saved when the other person saved exactly the same values', async () => {
    const [a, b] = await twoForms(tenant);
    await typeInto(a, 'websiteUrl', 'https://same.example');
    await clickSave(a);
    await untilState(a, 'view');
    await typeInto(b, 'websiteUrl', 'https://same.example');
    await clickSave(b);
    await untilState(b, 'view');
    expect(b.dirty).to.be.false;
    expect(part(b, 'status').textContent).to.contain('Settings saved.');
  });
});
