import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { AuthRequiredEvent } from '../../../src/events/auth-required.js';
import { RestDataSource } from '../../../src/api/rest-data-source.js';
import type { BillingDataSource } from '../../../src/api/data-source.js';
import type { NotificationSettingsForm } from '../../../src/elements/notification-settings-form/notification-settings-form.js';
import {
  clickSave,
  formFor,
  input,
  part,
  serverSettings,
  sourceWithSave,
  startEditing,
  tenantSource,
  typeInto,
  uniqueTenant,
  untilState,
} from './helpers.js';

/** A save that fails with `fault` until `heal()`, then goes through to the backend. */
function breakableSave(tenant: string, fault: string | RestDataSource) {
  const healthy = tenantSource(tenant);
  const broken = typeof fault === 'string' ? tenantSource(tenant, fault) : fault;
  let healed = false;
  const dataSource: BillingDataSource = sourceWithSave(tenant, (...args) => (healed ? healthy : broken).saveSettings(...args));
  return { dataSource, heal: () => (healed = true) };
}

async function failSave(tenant: string, fault: string | RestDataSource) {
  const { dataSource, heal } = breakableSave(tenant, fault);
  const el = await formFor(dataSource);
  await startEditing(el);
  await typeInto(el, 'websiteUrl', 'https://typed-before-failure.example');
  await typeInto(el, 'controlPanelUrl', 'https://panel-typed.example');
  await clickSave(el);
  await waitUntil(() => el.currentState.type === 'editing' && el.shadowRoot!.querySelector('[part~="alert"]'), 'no save error shown', { timeout: 10000 });
  return { el, heal };
}

function expectValuesKept(el: NotificationSettingsForm) {
  expect(input(el, 'websiteUrl').value).to.equal('https://typed-before-failure.example');
  expect(input(el, 'controlPanelUrl').value).to.equal('https://panel-typed.example');
  expect(el.dirty).to.be.true;
}

describe('notification-settings-form: failures keep the user’s edits', () => {
  let tenant: string;
  beforeEach(() => {
    tenant = uniqueTenant();
  });

  it('keeps the form and its values when the network fails, with a message and Retry', async () => {
    const closedPort = new RestDataSource({ baseUrl: 'http://127.0.0.1:9/api', headers: { 'X-Billing-Tenant': tenant } });
    const { el } = await failSave(tenant, closedPort);
    expectValuesKept(el);
    expect(part(el, 'alert').textContent).to.contain('Could not reach the server');
    expect(part(el, 'alert').getAttribute('role')).to.equal('alert');
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'retry-button'));
  });

  it('is accessible while showing a save error', async () => {
    const { el } = await failSave(tenant, 'status=500');
    await expect(el).to.be.accessible();
  });

  it('keeps the values on a server error and saves them on Retry', async () => {
    const { el, heal } = await failSave(tenant, 'status=500');
    expectValuesKept(el);
    expect(part(el, 'alert').textContent).to.contain('The server had a problem');
    heal();
    part(el, 'retry-button').click();
    await untilState(el, 'view');
    const { settings } = await serverSettings(tenant);
    expect(settings.websiteUrl).to.equal('https://typed-before-failure.example');
    expect(settings.controlPanelUrl).to.equal('https://panel-typed.example');
  });

  it('keeps the values when the save times out', async () => {
    const hanging = new RestDataSource({ baseUrl: '/api', headers: { 'X-Billing-Tenant': tenant, 'X-Billing-Fault': 'hang' }, timeoutMs: 300 });
    const { el } = await failSave(tenant, hanging);
    expectValuesKept(el);
    expect(part(el, 'alert').textContent).to.contain('took too long');
  });

  it('keeps the values when the answer to a save is malformed', async () => {
    const { el } = await failSave(tenant, 'body=malformed');
    expectValuesKept(el);
    expect(part(el, 'retry-button')).to.exist;
  });

  it('asks to sign in again on 401, without Retry, keeping the values', async () => {
    const { el } = await failSave(tenant, 'status=401');
    expectValuesKept(el);
    expect(part(el, 'alert').textContent).to.contain('Sign in again');
    expect(el.shadowRoot!.querySelector('[part~="retry-button"]')).to.equal(null);
  });

  it('fires auth-required when a save is refused with 403', async () => {
    const { dataSource } = breakableSave(tenant, 'status=403');
    const el = await formFor(dataSource);
    await startEditing(el);
    await typeInto(el, 'websiteUrl', 'https://forbidden.example');
    setTimeout(() => part(el, 'save-button').click());
    const event = (await oneEvent(el, 'auth-required')) as AuthRequiredEvent;
    expect(event.status).to.equal(403);
    await waitUntil(() => el.currentState.type === 'editing', 'form left editing');
    expect(input(el, 'websiteUrl').value).to.equal('https://forbidden.example');
  });

  it('says to wait on 429 and offers Retry', async () => {
    const { el } = await failSave(tenant, 'status=429;retry-after=1');
    expectValuesKept(el);
    expect(part(el, 'alert').textContent).to.contain('Too many requests');
    expect(part(el, 'retry-button')).to.exist;
  });

  it('keeps guarding unsaved changes after a failed save', async () => {
    const { el } = await failSave(tenant, 'status=503');
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    expect(event.defaultPrevented).to.be.true;
    expect(el.dirty).to.be.true;
  });

  it('offers the same edits again when the form is removed mid-save and put back', async () => {
    const { dataSource } = breakableSave(tenant, 'latency=5000');
    const el = await formFor(dataSource);
    await startEditing(el);
    await typeInto(el, 'websiteUrl', 'https://interrupted.example');
    await clickSave(el);
    await untilState(el, 'saving');
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await untilState(el, 'editing');
    expect(input(el, 'websiteUrl').value).to.equal('https://interrupted.example');
  });

  it('keeps the draft when the host switches the data source mid-edit', async () => {
    const el = await formFor(tenantSource(tenant));
    await startEditing(el);
    await typeInto(el, 'websiteUrl', 'https://kept.example');
    const other = tenantSource(uniqueTenant());
    let loaded = false;
    el.dataSource = {
      ...sourceWithSave(tenant, (...args) => other.saveSettings(...args)),
      getSettings: (signal) => other.getSettings(signal).finally(() => (loaded = true)),
    };
    await waitUntil(() => loaded, 'the new data source was never asked');
    await el.updateComplete;
    expect(el.currentState.type).to.equal('editing');
    expect(input(el, 'websiteUrl').value).to.equal('https://kept.example');
  });

  it('shows a load failure with Retry, accessibly', async () => {
    const el = await fixture<NotificationSettingsForm>(
      html`<notification-settings-form .dataSource=${tenantSource(tenant, 'status=503')}></notification-settings-form>`,
    );
    await untilState(el, 'error-loading');
    expect(part(el, 'alert').textContent).to.contain('could not be loaded');
    await expect(el).to.be.accessible();
  });

  it('loads the settings on Retry after a load failure', async () => {
    let failing = true;
    const healthy = tenantSource(tenant);
    const broken = tenantSource(tenant, 'status=500');
    const dataSource: BillingDataSource = {
      ...sourceWithSave(tenant, (...args) => healthy.saveSettings(...args)),
      getSettings: (signal) => (failing ? broken : healthy).getSettings(signal),
    };
    const el = await fixture<NotificationSettingsForm>(html`<notification-settings-form .dataSource=${dataSource}></notification-settings-form>`);
    await untilState(el, 'error-loading');
    failing = false;
    part(el, 'retry-button').click();
    await untilState(el, 'view');
    expect(part(el, 'edit-button')).to.exist;
  });

  it('shows a clear error when the settings response has the wrong shape', async () => {
    const el = await fixture<NotificationSettingsForm>(
      html`<notification-settings-form .dataSource=${tenantSource(tenant, 'body=wrong-shape')}></notification-settings-form>`,
    );
    await untilState(el, 'error-loading');
    expect(part(el, 'alert').textContent).to.contain('could not be loaded');
  });
});
