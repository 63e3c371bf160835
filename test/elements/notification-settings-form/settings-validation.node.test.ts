import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SETTINGS_LIMITS } from '../../../src/api/types.js';
import type { SettingsDraft } from '../../../src/elements/notification-settings-form/settings-draft.js';
import { hasErrors, validateDraft } from '../../../src/elements/notification-settings-form/settings-validation.js';

const valid: SettingsDraft = {
  logoUrl: 'https://cdn.example/logo.png',
  controlPanelUrl: 'https://panel.example',
  websiteUrl: 'https://example.com',
  enabled: {},
};

function issueFor(value: string) {
  return validateDraft({ ...valid, websiteUrl: value }, null).websiteUrl;
}

test('valid https URLs have no issues', () => {
  assert.deepEqual(validateDraft(valid, null), {});
});

test('empty fields are allowed (they mean "none")', () => {
  assert.deepEqual(validateDraft({ ...valid, logoUrl: '', controlPanelUrl: ' ', websiteUrl: '' }, null), {});
});

for (const [name, value, code] of [
  ['a javascript: URL', 'javascript:alert(1)', 'unsafe-scheme'],
  ['a javascript: URL in mixed case with blanks', '  JaVaScRiPt:alert(document.cookie)', 'unsafe-scheme'],
  ['a data: URL', 'data:text/html,<script>alert(1)</script>', 'unsafe-scheme'],
  ['an ftp: URL', 'ftp://files.example/logo.png', 'unsafe-scheme'],
  ['a relative path', '/panel', 'not-absolute'],
  ['a host without a scheme', 'panel.example.com', 'not-absolute'],
  ['a scheme without a host', 'https://', 'not-absolute'],
] as const) {
  test(`${name} is an error`, () => {
    assert.deepEqual(issueFor(value), { severity: 'error', code });
  });
}

test('a URL over the length limit is an error that says both lengths', () => {
  const long = `https://example.com/${'a'.repeat(SETTINGS_LIMITS.urlMaxLength)}`;
  assert.deepEqual(issueFor(long), { severity: 'error', code: 'too-long', length: long.length, max: SETTINGS_LIMITS.urlMaxLength });
});

test('a URL exactly at the length limit is accepted', () => {
  const url = `https://example.com/${'a'.repeat(SETTINGS_LIMITS.urlMaxLength - 'https://example.com/'.length)}`;
  assert.equal(url.length, SETTINGS_LIMITS.urlMaxLength);
  assert.equal(issueFor(url), undefined);
});

test('plain http is a warning, not an error', () => {
  const issues = validateDraft({ ...valid, controlPanelUrl: 'http://panel.example' }, null);
  assert.deepEqual(issues.controlPanelUrl, { severity: 'warning', code: 'plain-http' });
  assert.equal(hasErrors(issues), false);
});

test('a logo that failed to load is an error', () => {
  const issues = validateDraft(valid, { url: valid.logoUrl, status: 'failed' });
  assert.deepEqual(issues.logoUrl, { severity: 'error', code: 'logo-failed' });
  assert.equal(hasErrors(issues), true);
});

test('a logo larger than e-mail clients show well is a warning with its size', () => {
  const issues = validateDraft(valid, { url: valid.logoUrl, status: 'loaded', width: 1200, height: 300 });
  assert.deepEqual(issues.logoUrl, { severity: 'warning', code: 'logo-too-large', width: 1200, height: 300 });
});

test('an SVG logo is a warning, told by its address: e-mail clients do not show SVG', () => {
  for (const logoUrl of ['https://cdn.example/brand/logo.svg', 'https://cdn.example/LOGO.SVGZ?v=2']) {
    const issues = validateDraft({ ...valid, logoUrl }, { url: logoUrl, status: 'loaded', width: 240, height: 64 });
    assert.deepEqual(issues.logoUrl, { severity: 'warning', code: 'logo-svg' }, logoUrl);
    assert.equal(hasErrors(issues), false);
  }
  // Only the path counts: an .svg in the query or on the host name is not an SVG file.
  const notSvg = 'https://svg.example/logo.png?source=logo.svg';
  assert.deepEqual(validateDraft({ ...valid, logoUrl: notSvg }, { url: notSvg, status: 'loaded', width: 240, height: 64 }), {});
});

test('a logo within the limits has no issue', () => {
  assert.deepEqual(validateDraft(valid, { url: valid.logoUrl, status: 'loaded', width: 240, height: 64 }), {});
});

test('a check of another URL says nothing about the typed logo', () => {
  assert.deepEqual(validateDraft(valid, { url: 'https://other.example/x.png', status: 'failed' }), {});
});
