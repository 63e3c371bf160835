import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { DirtyChangeEvent, SettingsSavedEvent } from '../../../src/elements/notification-settings-form/notification-settings-form.events.js';
import type { NotificationSettingsForm } from '../../../src/elements/notification-settings-form/notification-settings-form.js';
import {
  clickSave,
  formFor,
  formInState,
  input,
  part,
  serverSettings,
  startEditing,
  tenantSource,
  toggle,
  typeInto,
  uniqueTenant,
  untilState,
} from './helpers.js';

describe('notification-settings-form: view and edit', () => {
  let tenant: string;
  beforeEach(() => {
    tenant = uniqueTenant();
  });

  it('says it is loading, accessibly, before the settings arrive', async () => {
    const el = await formInState({ type: 'loading' });
    expect(el.shadowRoot!.textContent).to.contain('Loading settings');
    await expect(el).to.be.accessible();
  });

  it('shows the saved logo, links and notification switches in view mode', async () => {
    const el = await formFor(tenantSource(tenant));
    const { settings } = await serverSettings(tenant);
    const logo = part<HTMLImageElement>(el, 'logo');
    expect(logo.src).to.equal(settings.logoUrl);
    expect(logo.alt).to.equal('Your logo');
    const links = [...el.shadowRoot!.querySelectorAll('a')].map((link) => link.href);
    expect(links).to.include(new URL(settings.controlPanelUrl!).href);
    expect(links).to.include(new URL(settings.websiteUrl!).href);
    const listed = el.shadowRoot!.querySelector('.toggles')!.textContent!.replace(/\s+/g, ' ');
    expect(settings.notifications).to.not.be.empty;
    for (const notification of settings.notifications) {
      expect(listed).to.contain(`${notification.label}: ${notification.enabled ? 'On' : 'Off'}`);
    }
  });

  it('is accessible in view mode', async () => {
    const el = await formFor(tenantSource(tenant));
    await expect(el).to.be.accessible();
  });

  it('opens the editor with the saved values and focuses the first field', async () => {
    const el = await formFor(tenantSource(tenant));
    const { settings } = await serverSettings(tenant);
    await startEditing(el);
    expect(input(el, 'logoUrl').value).to.equal(settings.logoUrl);
    expect(input(el, 'controlPanelUrl').value).to.equal(settings.controlPanelUrl);
    expect(input(el, 'websiteUrl').value).to.equal(settings.websiteUrl);
    expect(el.shadowRoot!.activeElement).to.equal(input(el, 'logoUrl'));
  });

  it('is accessible in edit mode', async () => {
    const el = await formFor(tenantSource(tenant));
    await startEditing(el);
    await expect(el).to.be.accessible();
  });

  it('keeps Save disabled and the form clean while nothing changed', async () => {
    const el = await formFor(tenantSource(tenant));
    await startEditing(el);
    expect(part<HTMLButtonElement>(el, 'save-button').disabled).to.be.true;
    expect(el.dirty).to.be.false;
  });

  it('enables Save and becomes dirty once a value changes', async () => {
    const el = await formFor(tenantSource(tenant));
    await startEditing(el);
    await typeInto(el, 'websiteUrl', 'https://new.example');
    expect(part<HTMLButtonElement>(el, 'save-button').disabled).to.be.false;
    expect(el.dirty).to.be.true;
  });

  it('is clean again when the value is changed back', async () => {
    const el = await formFor(tenantSource(tenant));
    const { settings } = await serverSettings(tenant);
    await startEditing(el);
    await typeInto(el, 'websiteUrl', 'https://new.example');
    await typeInto(el, 'websiteUrl', settings.websiteUrl!);
    expect(el.dirty).to.be.false;
  });

  it('saves with If-Match, returns to view mode and fires settings-saved with the stored settings', async () => {
    const el = await formFor(tenantSource(tenant));
    await startEditing(el);
    await typeInto(el, 'controlPanelUrl', 'https://my.panel.example/login');
    setTimeout(() => part(el, 'save-button').click());
    const event = (await oneEvent(el, 'settings-saved')) as SettingsSavedEvent;
    expect(event).to.be.instanceOf(SettingsSavedEvent);
    expect(event.bubbles && event.composed).to.be.true;
    expect(event.settings.controlPanelUrl).to.equal('https://my.panel.example/login');
    expect(event.detail).to.equal(event.settings);
    await untilState(el, 'view');
    const fresh = await serverSettings(tenant);
    expect(fresh.settings.controlPanelUrl).to.equal('https://my.panel.example/login');
    expect(event.etag).to.equal(fresh.etag);
  });

  it('announces the save and focuses Edit afterwards', async () => {
    const el = await formFor(tenantSource(tenant));
    await startEditing(el);
    await typeInto(el, 'websiteUrl', 'https://saved.example');
    await clickSave(el);
    await untilState(el, 'view');
    expect(part(el, 'status').textContent).to.contain('Settings saved.');
    expect(part(el, 'status').getAttribute('role')).to.equal('status');
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'edit-button'));
    await expect(el).to.be.accessible();
  });

  it('saves a notification switch', async () => {
    const el = await formFor(tenantSource(tenant));
    const before = await serverSettings(tenant);
    const first = before.settings.notifications[0]!;
    await startEditing(el);
    toggle(el, first.type).click();
    await el.updateComplete;
    await clickSave(el);
    await untilState(el, 'view');
    const after = await serverSettings(tenant);
    expect(after.settings.notifications[0]!.enabled).to.equal(!first.enabled);
  });

  it('saves an emptied field as no URL', async () => {
    const el = await formFor(tenantSource(tenant));
    await startEditing(el);
    await typeInto(el, 'websiteUrl', '');
    await clickSave(el);
    await untilState(el, 'view');
    expect((await serverSettings(tenant)).settings.websiteUrl).to.equal(null);
    expect(el.shadowRoot!.querySelector('dl')!.textContent).to.contain('None');
  });

  it('shows Saving… with Save disabled and the fields read-only while saving', async () => {
    const el = await formFor(tenantSource(tenant));
    const saved = await serverSettings(tenant);
    el.state = { type: 'saving', saved, draft: { logoUrl: '', controlPanelUrl: 'https://a.example', websiteUrl: '', enabled: {} } };
    await el.updateComplete;
    const save = part<HTMLButtonElement>(el, 'save-button');
    expect(save.disabled).to.be.true;
    expect(save.textContent).to.contain('Saving…');
    expect(input(el, 'controlPanelUrl').readOnly).to.be.true;
    await expect(el).to.be.accessible();
  });

  it('discards the edits on Cancel and focuses Edit', async () => {
    const el = await formFor(tenantSource(tenant));
    const before = await serverSettings(tenant);
    await startEditing(el);
    await typeInto(el, 'websiteUrl', 'https://discarded.example');
    part(el, 'cancel-button').click();
    await untilState(el, 'view');
    expect(el.shadowRoot!.textContent).not.to.contain('discarded.example');
    expect(el.dirty).to.be.false;
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'edit-button'));
    expect((await serverSettings(tenant)).etag).to.equal(before.etag);
  });

  it('fires dirty-change when the first edit makes the form dirty', async () => {
    const el = await formFor(tenantSource(tenant));
    await startEditing(el);
    setTimeout(() => void typeInto(el, 'websiteUrl', 'https://dirty.example'));
    const event = (await oneEvent(el, 'dirty-change')) as DirtyChangeEvent;
    expect(event.dirty).to.be.true;
  });

  it('fires dirty-change with false once the edits are saved', async () => {
    const el = await formFor(tenantSource(tenant));
    await startEditing(el);
    await typeInto(el, 'websiteUrl', 'https://clean-again.example');
    setTimeout(() => part(el, 'save-button').click());
    const event = (await oneEvent(el, 'dirty-change')) as DirtyChangeEvent;
    expect(event.dirty).to.be.false;
  });

  it('asks before the page unloads with unsaved changes', async () => {
    const el = await formFor(tenantSource(tenant));
    await startEditing(el);
    await typeInto(el, 'websiteUrl', 'https://unsaved.example');
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    expect(event.defaultPrevented).to.be.true;
  });

  it('lets the page unload when nothing is unsaved', async () => {
    const el = await formFor(tenantSource(tenant));
    await startEditing(el);
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    expect(event.defaultPrevented).to.be.false;
    expect(el.dirty).to.be.false;
  });

  it('stops guarding the page once the form is removed', async () => {
    const el = await formFor(tenantSource(tenant));
    await startEditing(el);
    await typeInto(el, 'websiteUrl', 'https://removed.example');
    el.remove();
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    expect(event.defaultPrevented).to.be.false;
  });

  it('can be used from the keyboard alone: Edit, change a field, Save', async () => {
    const el = await formFor(tenantSource(tenant));
    part(el, 'edit-button').focus();
    await sendKeys({ press: 'Enter' });
    await untilState(el, 'editing');
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(input(el, 'controlPanelUrl'));
    // Tabbing into a text field selects its text, so typing replaces it.
    await sendKeys({ type: 'https://keyboard.example' });
    await sendKeys({ press: 'Enter' });
    await untilState(el, 'view');
    expect((await serverSettings(tenant)).settings.controlPanelUrl).to.equal('https://keyboard.example');
  });

  it('switches a notification with the space bar', async () => {
    const el = await formFor(tenantSource(tenant));
    const first = (await serverSettings(tenant)).settings.notifications[0]!;
    await startEditing(el);
    toggle(el, first.type).focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(toggle(el, first.type).checked).to.equal(!first.enabled);
    expect(el.dirty).to.be.true;
  });

  it('speaks German for locale de', async () => {
    const el = await formFor(tenantSource(tenant), 'de');
    expect(part(el, 'edit-button').textContent).to.contain('Bearbeiten');
    await startEditing(el);
    expect(part(el, 'save-button').textContent).to.contain('Speichern');
  });

  it('speaks Japanese for locale ja', async () => {
    const el = await formFor(tenantSource(tenant), 'ja');
    expect(part(el, 'edit-button').textContent).to.contain('編集');
  });

  it('uses the labels a host gives through messages', async () => {
    const el = await fixture<NotificationSettingsForm>(html`
      <notification-settings-form
        .dataSource=${tenantSource(tenant)}
        .messages=${{ edit: 'Change branding', logoLabel: 'Brand mark' }}
      ></notification-settings-form>
    `);
    await untilState(el, 'view');
    expect(part(el, 'edit-button').textContent).to.contain('Change branding');
    await startEditing(el);
    expect(el.shadowRoot!.querySelector('label[for="logoUrl"]')!.textContent).to.contain('Brand mark');
  });

  it('describes each field with its help text and shows slotted extra help', async () => {
    const el = await fixture<NotificationSettingsForm>(html`
      <notification-settings-form .dataSource=${tenantSource(tenant)}>
        <span slot="logo-help">Upload it to your CDN first.</span>
      </notification-settings-form>
    `);
    await untilState(el, 'view');
    await startEditing(el);
    const describedBy = input(el, 'logoUrl').getAttribute('aria-describedby')!.split(' ');
    expect(describedBy).to.include('logoUrl-help');
    const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="logo-help"]')!;
    expect(slot.assignedElements()[0]!.textContent).to.equal('Upload it to your CDN first.');
  });

  it('keeps URL fields left-to-right and is accessible in a right-to-left page', async () => {
    const el = await fixture<NotificationSettingsForm>(
      html`<notification-settings-form dir="rtl" lang="ar" .dataSource=${tenantSource(tenant)}></notification-settings-form>`,
    );
    await untilState(el, 'view');
    await startEditing(el);
    expect(getComputedStyle(input(el, 'websiteUrl')).direction).to.equal('ltr');
    await expect(el).to.be.accessible();
  });
});
