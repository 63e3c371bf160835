import assert from 'node:assert/strict';
import { test } from 'node:test';
import { encodeComponent } from '../../src/api/urls.ts';

test('encodeComponent encodes what encodeURIComponent encodes', () => {
  assert.equal(encodeComponent('inv 1/ä?#%'), encodeURIComponent('inv 1/ä?#%'));
  assert.equal(encodeComponent('😀'), '%F0%9F%98%80');
});

test('encodeComponent never throws: a lone surrogate becomes U+FFFD', () => {
  assert.equal(encodeComponent('a\uD800b'), 'a%EF%BF%BDb');
  assert.equal(encodeComponent('\uDFFF'), '%EF%BF%BD');
  assert.equal(encodeComponent('nul\u0000'), 'nul%00');
});
