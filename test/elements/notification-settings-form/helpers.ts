import { fixture, html, waitUntil } from '@open-wc/testing';
import type { BillingDataSource } from '../../../src/api/data-source.js';
import { RestDataSource } from '../../../src/api/rest-data-source.js';
import type { NotificationSettings, VersionedSettings } from '../../../src/api/types.js';
import '../../../src/elements/notification-settings-form/notification-settings-form.js';
import type { NotificationSettingsForm } from '../../../src/elements/notification-settings-form/notification-settings-form.js';
import type { SettingsFormState } from '../../../src/elements/notification-settings-form/settings-form-state.js';
import type { UrlField } from '../../../src/elements/notification-settings-form/settings-draft.js';

/** A settings namespace on the reference backend that no other test shares. */
export function uniqueTenant(): string {
  return `nsf-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/** A data source for one tenant of the reference backend, optionally with faults on every request. */
export function tenantSource(tenant: string, fault?: string): RestDataSource {
  const headers: Record<string, string> = { 'X-Billing-Tenant': tenant };
  if (fault) headers['X-Billing-Fault'] = fault;
  return new RestDataSource({ baseUrl: '/api', headers });
}

/**
 * Reads from the tenant normally, but saves through `saveSettings` — so a test can break only the save (a fault
 * header, a closed port) and heal it again for Retry.
 */
export function sourceWithSave(tenant: string, saveSettings: BillingDataSource['saveSettings']): BillingDataSource {
  const normal = tenantSource(tenant);
  return {
    listInvoices: (...args) => normal.listInvoices(...args),
    getInvoice: (...args) => normal.getInvoice(...args),
    sendInvoice: (...args) => normal.sendInvoice(...args),
    getSettings: (...args) => normal.getSettings(...args),
    saveSettings,
  };
}

/** A data source that is not the reference backend: it answers with whatever settings it is given (a hostile server). */
export function fixedSource(settings: NotificationSettings): BillingDataSource {
  const unused = () => Promise.reject(new Error('not used'));
  return {
    listInvoices: unused,
    getInvoice: unused,
    sendInvoice: unused,
    getSettings: async () => ({ settings, etag: '"fixed"' }),
    saveSettings: async (saved) => ({ settings: saved, etag: '"fixed-2"' }),
  };
}

export async function formFor(dataSource: BillingDataSource, locale = 'en'): Promise<NotificationSettingsForm> {
  const el = await fixture<NotificationSettingsForm>(
    html`<notification-settings-form .dataSource=${dataSource} locale=${locale}></notification-settings-form>`,
  );
  await untilState(el, 'view');
  return el;
}

/** A form showing the given state, without any backend. */
export async function formInState(state: SettingsFormState, locale = 'en'): Promise<NotificationSettingsForm> {
  const el = await fixture<NotificationSettingsForm>(
    html`<notification-settings-form .state=${state} locale=${locale}></notification-settings-form>`,
  );
  await el.updateComplete;
  return el;
}

export async function untilState(el: NotificationSettingsForm, kind: SettingsFormState['type']): Promise<void> {
  await waitUntil(() => el.currentState.type === kind, `form never reached "${kind}" (is "${el.currentState.type}")`, { timeout: 10000 });
  await el.updateComplete;
}

export function part<T extends HTMLElement = HTMLElement>(el: NotificationSettingsForm, name: string): T {
  const found = el.shadowRoot!.querySelector<T>(`[part~="${name}"]`);
  if (!found) throw new Error(`no part "${name}" in state "${el.currentState.type}"`);
  return found;
}

export function input(el: NotificationSettingsForm, field: UrlField): HTMLInputElement {
  const found = el.shadowRoot!.querySelector<HTMLInputElement>(`#${field}`);
  if (!found) throw new Error(`no input ${field} in state "${el.currentState.type}"`);
  return found;
}

export function fieldMessage(el: NotificationSettingsForm, field: UrlField): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(`#${field}-message`);
}

export function toggle(el: NotificationSettingsForm, type: string): HTMLInputElement {
  const found = el.shadowRoot!.querySelector<HTMLInputElement>(`input[data-type="${type}"]`);
  if (!found) throw new Error(`no toggle ${type}`);
  return found;
}

/** Types a value the way an input event from the user delivers it. */
export async function typeInto(el: NotificationSettingsForm, field: UrlField, value: string): Promise<void> {
  const target = input(el, field);
  target.value = value;
  target.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

export async function startEditing(el: NotificationSettingsForm): Promise<void> {
  part(el, 'edit-button').click();
  await untilState(el, 'editing');
}

export async function clickSave(el: NotificationSettingsForm): Promise<void> {
  part<HTMLButtonElement>(el, 'save-button').click();
  await el.updateComplete;
}

/** The settings as the server has them now, read fresh. */
export function serverSettings(tenant: string): Promise<VersionedSettings> {
  return tenantSource(tenant).getSettings();
}

/** A PNG the reference backend serves (240 × 64), as an absolute URL. */
export const LOGO_URL = new URL('/api/assets/logo.png', location.href).href;
