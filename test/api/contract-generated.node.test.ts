/**
 * The contract is written once, in src/api/openapi.yaml; the types and response checks are generated from it
 * (scripts/generate-contract.ts). These tests fail when a committed generated file is stale, and pin down what the
 * generator carries over: every field documented, each description as JSDoc, each check as the document says.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { parse } from 'yaml';
import { CHECKS_FILE, CONTRACT_SOURCE, REFERENCE_FILE, TYPES_FILE, generateContract } from '../../scripts/generate-contract.ts';
import { SEND_LIMITS, SETTINGS_LIMITS } from '../../src/api/types.ts';

const root = new URL('../..', import.meta.url).pathname;
const source = readFileSync(join(root, CONTRACT_SOURCE), 'utf8');

interface Schema {
  description?: string;
  properties?: Record<string, Schema>;
  allOf?: Schema[];
  maxLength?: number;
  maxItems?: number;
  items?: Schema;
}
const schemas = (parse(source) as { components: { schemas: Record<string, Schema> } }).components.schemas;

/** A small contract in the document's own terms, to see what one schema becomes. */
const sample = (schemaYaml: string): Record<string, string> =>
  generateContract(`paths:
  /thing:
    get:
      responses:
        '200':
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Thing' }
components:
  schemas:
${schemaYaml.replace(/^/gm, '    ')}`);

describe('the generated contract files', () => {
  test('are what `npm run generate:contract` writes from openapi.yaml now', () => {
    const generated = generateContract(source);
    assert.deepEqual(Object.keys(generated).sort(), [CHECKS_FILE, REFERENCE_FILE, TYPES_FILE].sort());
    for (const [path, text] of Object.entries(generated)) {
      assert.ok(readFileSync(join(root, path), 'utf8') === text, `${path} is stale: run \`npm run generate:contract\` and commit it`);
    }
  });

  test('say at the top that they are generated, from what and by which command', () => {
    for (const path of [TYPES_FILE, CHECKS_FILE, REFERENCE_FILE]) {
      assert.match(readFileSync(join(root, path), 'utf8'), /^(\/\/|<!--) Generated from src\/api\/openapi\.yaml by `npm run generate:contract`/);
    }
  });
});

describe('openapi.yaml, the one source of the contract', () => {
  test('describes every schema and every field (the description becomes the JSDoc)', () => {
    const undocumented: string[] = [];
    let fields = 0;
    for (const [name, schema] of Object.entries(schemas)) {
      if (!schema.description) undocumented.push(name);
      for (const part of [schema, ...(schema.allOf ?? [])]) {
        for (const [field, property] of Object.entries(part.properties ?? {})) {
          fields++;
          if (!property.description) undocumented.push(`${name}.${field}`);
        }
      }
    }
    assert.ok(fields > 100, `only ${fields} fields found: is the walk still reaching them?`);
    assert.deepEqual(undocumented, []);
  });

  test('follows the EN 16931 semantic model: each term issue #14 lists is a field whose description names it', () => {
    const described = new Set<string>();
    for (const schema of Object.values(schemas)) {
      for (const part of [schema, ...(schema.allOf ?? [])]) {
        for (const property of Object.values(part.properties ?? {})) {
          for (const term of property.description?.match(/\bB[TG]-\d+\b/g) ?? []) described.add(term);
        }
      }
    }
    // Type, VAT breakdown, line category, allowances and charges, totals, due date and terms, delivery and period,
    // references, parties, payee, tax representative, payment instructions, line price details, notes, item ids.
    const required = [
      'BT-3', 'BG-23', 'BT-116', 'BT-117', 'BT-118', 'BT-119', 'BT-120', 'BT-121', 'BT-151', 'BG-20', 'BG-21', 'BT-92',
      'BT-93', 'BT-94', 'BT-95', 'BT-97', 'BT-98', 'BT-106', 'BT-107', 'BT-108', 'BT-109', 'BT-110', 'BT-112', 'BT-113',
      'BT-114', 'BT-115', 'BT-9', 'BT-20', 'BT-72', 'BG-14', 'BT-10', 'BT-11', 'BT-12', 'BT-13', 'BT-25', 'BT-26',
      'BT-27', 'BT-28', 'BT-30', 'BT-31', 'BT-32', 'BT-34', 'BG-6', 'BT-44', 'BT-45', 'BT-47', 'BT-48', 'BT-49', 'BG-9',
      'BG-10', 'BG-11', 'BT-81', 'BT-83', 'BT-84', 'BT-86', 'BT-87', 'BT-89', 'BT-146', 'BT-147', 'BT-148', 'BT-149',
      'BG-27', 'BG-28', 'BT-127', 'BT-130', 'BT-155', 'BT-157',
    ];
    assert.deepEqual(required.filter((term) => !described.has(term)), []);
  });

  test('holds the limits the settings form and the send dialog check before sending', () => {
    const settings = schemas.NotificationSettings!.properties!;
    const send = schemas.SendInvoiceRequest!.properties!;
    assert.deepEqual(SETTINGS_LIMITS, { urlMaxLength: settings.logoUrl!.maxLength, notificationsMax: settings.notifications!.maxItems });
    assert.deepEqual(
      { recipientsMax: SEND_LIMITS.recipientsMax, subjectMaxLength: SEND_LIMITS.subjectMaxLength, messageMaxLength: SEND_LIMITS.messageMaxLength },
      { recipientsMax: send.to!.maxItems, subjectMaxLength: send.subject!.maxLength, messageMaxLength: send.message!.maxLength },
    );
  });
});

describe('the contract generator', () => {
  test('writes a field’s description as its JSDoc, and a schema’s on its interface', () => {
    const types = sample(`Thing:
  description: A thing.
  type: object
  required: [reference]
  properties:
    reference:
      description: BT-10 Buyer reference.
      type: string`)[TYPES_FILE]!;
    assert.match(types, /\/\*\* A thing\. \*\/\nexport interface Thing \{\n {2}\/\*\* BT-10 Buyer reference\. \*\/\n {2}reference: string;\n\}/);
  });

  test('makes a field outside `required` optional, and a null type nullable, in the type and in the check', () => {
    const files = sample(`Thing:
  type: object
  required: [note]
  properties:
    note: { type: [string, 'null'] }
    extra: { type: boolean }`);
    assert.match(files[TYPES_FILE]!, /note: string \| null;\n {2}extra\?: boolean;/);
    assert.match(files[CHECKS_FILE]!, /note: v\.nullable\(v\.string\(\)\),\n {2}extra: v\.optional\(v\.boolean\(\)\),/);
  });

  test('checks a pattern with the schema’s own message', () => {
    const checks = sample(`Thing:
  type: string
  pattern: '^[A-Z]{3}$'
  x-check-message: must be a three-letter code`)[CHECKS_FILE]!;
    assert.match(checks, /v\.regex\(\/\^\[A-Z\]\{3\}\$\/, 'must be a three-letter code'\)/);
  });

  test('refuses a keyword it does not understand rather than leave it unchecked', () => {
    assert.throws(
      () => sample(`Thing:
  type: object
  properties:
    count: { type: integer, multipleOf: 5 }`),
      /Thing\.count: the contract generator does not understand "multipleOf"/,
    );
    assert.throws(() => sample(`Thing: { type: string, format: uuid }`), /Thing: the contract generator does not understand format "uuid"/);
  });
});
