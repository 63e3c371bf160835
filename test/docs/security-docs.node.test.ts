/**
 * The contract and the docs say how the backend is secured (issue #19, item 8): both schemes declared and applied to
 * every route, the Idempotency-Key header on the send, and a Security section where integrators look.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const openapi = read('src/api/openapi.yaml');

/** The lines of a top-level YAML key's block (up to the next top-level key). */
function block(yaml: string, key: string, indent = ''): string {
  const match = new RegExp(`^${indent}${key}:\\n((?:${indent}[ ].*\\n|\\n)*)`, 'm').exec(yaml);
  assert.ok(match, `no ${key} in openapi.yaml`);
  return match[1]!;
}

/** The text of a Markdown section, from its heading to the next heading of the same level. */
function section(markdown: string, heading: string): string {
  const start = markdown.indexOf(`\n## ${heading}\n`);
  assert.notEqual(start, -1, `no "## ${heading}" section`);
  const end = markdown.indexOf('\n## ', start + 1);
  return markdown.slice(start, end === -1 ? undefined : end);
}

describe('openapi.yaml security', () => {
  test('declares a bearer scheme and a cookie scheme', () => {
    const schemes = block(block(openapi, 'components'), 'securitySchemes', '  ');
    assert.match(schemes, /bearerAuth:\n\s+type: http\n\s+scheme: bearer/);
    assert.match(schemes, /cookieAuth:\n\s+type: apiKey\n\s+in: cookie/);
  });

  test('applies them to every route, which none opts out of', () => {
    const security = block(openapi, 'security');
    assert.match(security, /- bearerAuth: \[\]/);
    assert.match(security, /- cookieAuth: \[\]/);
    assert.doesNotMatch(block(openapi, 'paths'), /security:/);
  });

  test('documents the Idempotency-Key header on the send', () => {
    const paths = block(openapi, 'paths');
    const send = paths.slice(paths.indexOf('  /customers/{customerId}/invoices/{invoiceId}/emails:'), paths.indexOf('  /settings/notifications:'));
    assert.match(send, /- name: Idempotency-Key\n\s+in: header/);
  });
});

for (const file of ['README.md', 'docs/custom-data-source.md']) {
  describe(`${file} has a Security section`, () => {
    const text = section(read(file), 'Security');
    for (const [what, pattern] of [
      ['the backend authorises every id', /authoris\w+ every id|check[^.]*every request/i],
      ['customerId and invoiceId come from editable attributes', /customer-id[\s\S]*invoice-id[\s\S]*anyone/],
      ['the credentials mode', /credentials[\s\S]*same-origin/],
      ['the bearer token', /Bearer|bearer token/],
      ['exposing the ETag', /Access-Control-Expose-Headers: ETag/],
      ['allowing Idempotency-Key in CORS', /Access-Control-Allow-Headers[^.]*Idempotency-Key/],
    ] as const) {
      test(`says ${what}`, () => assert.match(text, pattern));
    }
  });
}
