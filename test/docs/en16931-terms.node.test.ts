/**
 * docs/custom-data-source.md maps EN 16931 terms to the contract's fields. The contract's descriptions in openapi.yaml
 * name each field's BT/BG term; this fails when one of those terms is not in the documentation's table, so the table
 * cannot fall behind the contract.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const root = new URL('../..', import.meta.url).pathname;

test('every BT/BG term the contract names is in the EN 16931 table of docs/custom-data-source.md', () => {
  const contract = readFileSync(join(root, 'src/api/openapi.yaml'), 'utf8');
  const doc = readFileSync(join(root, 'docs/custom-data-source.md'), 'utf8');
  const tableTerms = new Set(
    doc
      .split('\n')
      .filter((line) => /^\| B[TG]-/.test(line))
      .flatMap((line) => line.split('|')[1]!.match(/B[TG]-\d+(?:-\d+)?/g) ?? []),
  );
  // The terms a field is: those its description starts with ("BT-28 Seller trading name / BT-45 Buyer trading name").
  const contractTerms = new Set(
    [...contract.matchAll(/description: (B[TG]-.*)/g)].flatMap(([, text]) =>
      text!.split(' (')[0]!.split(/\s*\/\s*(?=B[TG]-)/).flatMap((part) => part.match(/^B[TG]-\d+(?:-\d+)?/g) ?? []),
    ),
  );
  assert.ok(contractTerms.size > 90, `only ${contractTerms.size} terms found in the contract`);
  assert.deepEqual([...contractTerms].filter((term) => !tableTerms.has(term)).sort(), []);
});
