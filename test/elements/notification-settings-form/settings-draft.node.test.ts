import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { NotificationSettings } from '../../../src/api/types.js';
import {
  changedFields,
  draftFromSettings,
  settingsFromDraft,
  withFieldFrom,
} from '../../../src/elements/notification-settings-form/settings-draft.js';

const settings: NotificationSettings = {
  logoUrl: 'https://cdn.example/logo.png',
  controlPanelUrl: null,
  websiteUrl: 'https://example.com',
  notifications: [
    { type: 'invoice-issued', label: 'Invoice issued', enabled: true },
    { type: 'payment-received', label: 'Payment received', enabled: false },
  ],
};

test('a draft shows a missing URL as an empty field', () => {
  assert.equal(draftFromSettings(settings).controlPanelUrl, '');
});

test('an empty or blank field is saved as null, and URLs are saved trimmed', () => {
  const draft = { ...draftFromSettings(settings), logoUrl: '   ', websiteUrl: '  https://example.org  ' };
  const saved = settingsFromDraft(draft, settings.notifications);
  assert.equal(saved.logoUrl, null);
  assert.equal(saved.websiteUrl, 'https://example.org');
});

test('saved notifications keep the server’s types and labels and take the draft’s switches', () => {
  const draft = draftFromSettings(settings);
  draft.enabled['payment-received'] = true;
  draft.enabled['unknown-type'] = true;
  assert.deepEqual(settingsFromDraft(draft, settings.notifications).notifications, [
    { type: 'invoice-issued', label: 'Invoice issued', enabled: true },
    { type: 'payment-received', label: 'Payment received', enabled: true },
  ]);
});

test('an unchanged draft has no changed fields, even with blanks around a URL', () => {
  const draft = { ...draftFromSettings(settings), websiteUrl: ' https://example.com ' };
  assert.deepEqual(changedFields(draftFromSettings(settings), draft), []);
});

test('changed fields name URL fields and notification switches', () => {
  const draft = draftFromSettings(settings);
  draft.controlPanelUrl = 'https://panel.example';
  draft.enabled['invoice-issued'] = false;
  assert.deepEqual(changedFields(draftFromSettings(settings), draft), ['controlPanelUrl', 'notification:invoice-issued']);
});

test('a merge takes one field from the other draft and leaves the rest', () => {
  const mine = { ...draftFromSettings(settings), websiteUrl: 'https://mine.example' };
  const theirs = { ...draftFromSettings(settings), logoUrl: 'https://theirs.example/logo.png' };
  theirs.enabled['payment-received'] = true;
  const merged = withFieldFrom(withFieldFrom(mine, theirs, 'logoUrl'), theirs, 'notification:payment-received');
  assert.equal(merged.logoUrl, 'https://theirs.example/logo.png');
  assert.equal(merged.websiteUrl, 'https://mine.example');
  assert.equal(merged.enabled['payment-received'], true);
});
