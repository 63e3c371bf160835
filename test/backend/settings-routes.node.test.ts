import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { NotificationSettings, ProblemDetails } from '../../src/api/types.ts';
import { SETTINGS_LIMITS } from '../../src/api/types.ts';
import { MemorySettingsStore } from '../../demo/backend/memory-settings-store.ts';
import { ORIGIN, jsonInit, testBackend, uniqueTenant } from './backend-client.ts';

const PATH = '/settings/notifications';

function edited(settings: NotificationSettings, changes: Partial<NotificationSettings>): NotificationSettings {
  return { ...settings, ...changes };
}

describe('notification settings', () => {
  test('a new tenant gets the default settings at ETag "0"', async () => {
    const { json } = testBackend();
    const { response, body } = await json<NotificationSettings>(PATH);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('ETag'), '"0"');
    assert.match(response.headers.get('Content-Type')!, /^application\/json/);
    assert.equal(body.logoUrl, `${ORIGIN}/api/assets/logo.png`);
    assert.equal(body.controlPanelUrl, 'https://panel.northwind.example');
    assert.equal(body.websiteUrl, 'https://northwind.example');
    assert.deepEqual(
      body.notifications.map((toggle) => toggle.type),
      ['invoice-issued', 'invoice-reminder', 'payment-received', 'service-expiring', 'domain-renewal'],
    );
  });

  test('saving with the current ETag stores the settings and returns a new ETag', async () => {
    const { json } = testBackend();
    const { body: settings } = await json<NotificationSettings>(PATH);
    const changed = edited(settings, { websiteUrl: 'https://reseller.example/', notifications: settings.notifications.map((toggle) => ({ ...toggle, enabled: false })) });
    const { response, body } = await json<NotificationSettings>(PATH, jsonInit('PUT', changed, { 'If-Match': '"0"' }));
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('ETag'), '"1"');
    assert.deepEqual(body, changed);
    const reread = await json<NotificationSettings>(PATH);
    assert.deepEqual(reread.body, changed);
    assert.equal(reread.response.headers.get('ETag'), '"1"');
  });

  test('saving with a stale ETag is a 412 and changes nothing', async () => {
    const { json } = testBackend();
    const { body: settings } = await json<NotificationSettings>(PATH);
    await json(PATH, jsonInit('PUT', edited(settings, { websiteUrl: 'https://first.example' }), { 'If-Match': '"0"' }));
    const { response, body } = await json<ProblemDetails>(PATH, jsonInit('PUT', edited(settings, { websiteUrl: 'https://second.example' }), { 'If-Match': '"0"' }));
    assert.equal(response.status, 412);
    assert.match(response.headers.get('Content-Type')!, /^application\/problem\+json/);
    assert.equal(body.status, 412);
    assert.equal((await json<NotificationSettings>(PATH)).body.websiteUrl, 'https://first.example');
  });

  test('saving without If-Match is a 428', async () => {
    const { json } = testBackend();
    const { body: settings } = await json<NotificationSettings>(PATH);
    const { response } = await json(PATH, jsonInit('PUT', settings));
    assert.equal(response.status, 428);
    assert.match(response.headers.get('Content-Type')!, /^application\/problem\+json/);
  });

  for (const [field, value, reason] of [
    ['logoUrl', 'javascript:alert(1)', 'a javascript: URL'],
    ['controlPanelUrl', 'panel.example.com', 'a relative URL'],
    ['websiteUrl', 'ftp://files.example', 'a non-http scheme'],
    ['websiteUrl', `https://example.com/${'a'.repeat(SETTINGS_LIMITS.urlMaxLength)}`, 'a URL over the length limit'],
    ['logoUrl', 42, 'a number'],
  ] as const) {
    test(`${field} with ${reason} is a 422 pointing at /${field}`, async () => {
      const { json } = testBackend();
      const { body: settings } = await json<NotificationSettings>(PATH);
      const { response, body } = await json<ProblemDetails>(PATH, jsonInit('PUT', { ...settings, [field]: value }, { 'If-Match': '"0"' }));
      assert.equal(response.status, 422);
      assert.deepEqual(body.errors?.map((error) => error.pointer), [`/${field}`]);
    });
  }

  test('an unknown notification type is a 422 pointing at it', async () => {
    const { json } = testBackend();
    const { body: settings } = await json<NotificationSettings>(PATH);
    const notifications = [...settings.notifications, { type: 'crypto-airdrop', label: 'x', enabled: true }];
    const { response, body } = await json<ProblemDetails>(PATH, jsonInit('PUT', { ...settings, notifications }, { 'If-Match': '"0"' }));
    assert.equal(response.status, 422);
    assert.deepEqual(body.errors?.map((error) => error.pointer), ['/notifications/5/type']);
  });

  test('empty URLs are saved as null', async () => {
    const { json } = testBackend();
    const { body: settings } = await json<NotificationSettings>(PATH);
    const { body } = await json<NotificationSettings>(PATH, jsonInit('PUT', { ...settings, logoUrl: '  ', websiteUrl: null }, { 'If-Match': '"0"' }));
    assert.equal(body.logoUrl, null);
    assert.equal(body.websiteUrl, null);
  });

  test('labels sent by the client are replaced by the backend’s', async () => {
    const { json } = testBackend();
    const { body: settings } = await json<NotificationSettings>(PATH);
    const renamed = settings.notifications.map((toggle) => ({ ...toggle, label: '<b>mine</b>' }));
    const { body } = await json<NotificationSettings>(PATH, jsonInit('PUT', { ...settings, notifications: renamed }, { 'If-Match': '"0"' }));
    assert.deepEqual(body.notifications, settings.notifications);
  });

  test('a body that is not JSON is a 400', async () => {
    const { call } = testBackend();
    const response = await call(PATH, { method: 'PUT', headers: { 'Content-Type': 'application/json', 'If-Match': '"0"' }, body: '{"logoUrl":' });
    assert.equal(response.status, 400);
  });

  test('tenants do not see each other’s settings', async () => {
    const store = new MemorySettingsStore();
    const first = testBackend({ store, tenant: uniqueTenant() });
    const { body: settings } = await first.json<NotificationSettings>(PATH);
    await first.json(PATH, jsonInit('PUT', { ...settings, websiteUrl: 'https://first-tenant.example' }, { 'If-Match': '"0"' }));
    const second = testBackend({ store, tenant: uniqueTenant() });
    const { response, body } = await second.json<NotificationSettings>(PATH);
    assert.equal(body.websiteUrl, 'https://northwind.example');
    assert.equal(response.headers.get('ETag'), '"0"');
  });

  test('without test hooks the tenant header is ignored', async () => {
    const store = new MemorySettingsStore();
    const hooked = testBackend({ store, testHooks: false, tenant: 'one' });
    const { body: settings } = await hooked.json<NotificationSettings>(PATH);
    await hooked.json(PATH, jsonInit('PUT', { ...settings, websiteUrl: 'https://shared.example' }, { 'If-Match': '"0"' }));
    const other = testBackend({ store, testHooks: false, tenant: 'two' });
    assert.equal((await other.json<NotificationSettings>(PATH)).body.websiteUrl, 'https://shared.example');
  });

  test('settings survive the restart hook', async () => {
    const { json, call } = testBackend();
    const { body: settings } = await json<NotificationSettings>(PATH);
    await json(PATH, jsonInit('PUT', { ...settings, websiteUrl: 'https://kept.example' }, { 'If-Match': '"0"' }));
    assert.equal((await call('/__test/restart', { method: 'POST' })).status, 204);
    const { response, body } = await json<NotificationSettings>(PATH);
    assert.equal(body.websiteUrl, 'https://kept.example');
    assert.equal(response.headers.get('ETag'), '"1"');
  });
});
