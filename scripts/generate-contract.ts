/**
 * `npm run generate:contract`: the backend contract is written once, in `src/api/openapi.yaml`, and this writes the
 * other forms of it from its `components.schemas`:
 *  - `src/api/generated/contract-types.ts`: a TypeScript interface or union per schema, each description as JSDoc;
 *  - `src/api/generated/contract-checks.ts`: a valibot check per schema that some response carries;
 *  - `docs/contract.md`: the same schemas as tables of fields, for readers who do not read YAML or TypeScript.
 * `test/api/contract-generated.node.test.ts` fails when a committed file differs from what this writes.
 *
 * It understands the part of JSON Schema the contract uses and stops on anything else, so a new keyword is a
 * decision here, not a check silently left out. What the response checks enforce and what they leave to the backend
 * is said in `checkOf`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { REPOSITORY } from './generate-api-docs.ts';

/** A JSON Schema node as it appears in the contract. */
interface Schema {
  $ref?: string;
  type?: string | string[];
  description?: string;
  enum?: string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  allOf?: Schema[];
  oneOf?: Schema[];
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  /** Our extension: the message a failed check gives, phrased "must be …" (e.g. "must be a date like 2026-03-31"). */
  'x-check-message'?: string;
  [keyword: string]: unknown;
}

interface OpenApiDocument {
  paths: Record<string, Record<string, unknown>>;
  components: { schemas: Record<string, Schema>; responses?: Record<string, unknown> };
}

export const CONTRACT_SOURCE = 'src/api/openapi.yaml';
export const TYPES_FILE = 'src/api/generated/contract-types.ts';
export const CHECKS_FILE = 'src/api/generated/contract-checks.ts';
export const REFERENCE_FILE = 'docs/contract.md';

/** Keywords that only document, or only limit requests: the types cannot express them and the response checks skip them. */
const DOCUMENTATION_ONLY = new Set(['description', 'default', 'examples', 'contentEncoding', 'minLength', 'maxLength', 'minItems', 'maxItems']);
const UNDERSTOOD = new Set([
  ...DOCUMENTATION_ONLY,
  ...['$ref', 'type', 'enum', 'properties', 'required', 'items', 'allOf', 'oneOf', 'pattern', 'format', 'minimum', 'maximum', 'x-check-message'],
]);

/** `date-time` is checked; `date` is left to IsoDate's pattern, `email` and `uri` to the backend and urls.ts. */
const FORMATS = new Set(['date', 'date-time', 'email', 'uri']);

const header = (what: string): string =>
  `// Generated from ${CONTRACT_SOURCE} by \`npm run generate:contract\`: ${what}.\n// Do not edit; edit the YAML and regenerate.\n`;

/** The generated files, path → content, from the text of the OpenAPI document. */
export function generateContract(yamlText: string): Record<string, string> {
  const document = parse(yamlText) as OpenApiDocument;
  const schemas = document.components.schemas;
  for (const [name, schema] of Object.entries(schemas)) assertUnderstood(schema, name);
  return {
    [TYPES_FILE]: typesFile(schemas),
    [CHECKS_FILE]: checksFile(schemas, responseSchemaNames(document)),
    [REFERENCE_FILE]: referenceFile(schemas),
  };
}

function assertUnderstood(schema: Schema, where: string): void {
  for (const keyword of Object.keys(schema)) {
    if (!UNDERSTOOD.has(keyword)) throw new Error(`${where}: the contract generator does not understand "${keyword}"`);
  }
  if (schema.format && !FORMATS.has(schema.format)) throw new Error(`${where}: the contract generator does not understand format "${schema.format}"`);
  for (const [name, property] of Object.entries(schema.properties ?? {})) assertUnderstood(property, `${where}.${name}`);
  if (schema.items) assertUnderstood(schema.items, `${where}[]`);
  for (const [index, part] of [...(schema.allOf ?? []), ...(schema.oneOf ?? [])].entries()) assertUnderstood(part, `${where}/${index}`);
}

const refName = (ref: string): string => {
  const match = /^#\/components\/schemas\/(\w+)$/.exec(ref);
  if (!match) throw new Error(`Only local schema references are supported, not ${ref}`);
  return match[1]!;
};

/** `[string, 'null']` or `oneOf: [X, {type: 'null'}]`: the schema without its null, or undefined if it is not nullable. */
function withoutNull(schema: Schema): Schema | undefined {
  if (Array.isArray(schema.type) && schema.type.includes('null')) {
    const rest = schema.type.filter((type) => type !== 'null');
    return { ...schema, type: rest.length === 1 ? rest[0] : rest };
  }
  const parts = schema.oneOf;
  if (parts?.length === 2 && parts.some((part) => part.type === 'null')) return parts.find((part) => part.type !== 'null');
  return undefined;
}

/** `allOf: [X]` with a description beside it, the way OpenAPI documents a property of a referenced type. */
const single = (schema: Schema): Schema => (schema.allOf?.length === 1 ? schema.allOf[0]! : schema);

// ---------------------------------------------------------------------------------------------------------------- types

function jsDoc(description: string | undefined, indent: string): string {
  if (!description) return '';
  const lines = description.trim().replace(/\*\//g, '*\\/').split('\n');
  if (lines.length === 1) return `${indent}/** ${lines[0]} */\n`;
  return `${indent}/**\n${lines.map((line) => `${indent} *${line ? ` ${line}` : ''}`).join('\n')}\n${indent} */\n`;
}

/** Schemas that are only a constrained primitive (IsoDate, DecimalString) are written as that primitive. */
function isPrimitiveAlias(schema: Schema): boolean {
  return typeof schema.type === 'string' && schema.type !== 'object' && !schema.enum;
}

/** The TypeScript type of a schema; `aliases` keeps the names of primitive aliases (for the reference, not for code). */
function typeOf(schema: Schema, schemas: Record<string, Schema>, aliases = false): string {
  const nonNull = withoutNull(schema);
  if (nonNull) return `${typeOf(nonNull, schemas, aliases)} | null`;
  schema = single(schema);
  if (schema.$ref) {
    const name = refName(schema.$ref);
    return isPrimitiveAlias(schemas[name]!) && !aliases ? typeOf(schemas[name]!, schemas) : name;
  }
  if (schema.enum) return schema.enum.map((value) => `'${value}'`).join(' | ');
  switch (schema.type) {
    case 'string':
      return 'string';
    case 'integer':
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'array': {
      const items = typeOf(schema.items!, schemas, aliases);
      return /[ |]/.test(items) ? `Array<${items}>` : `${items}[]`;
    }
    case 'object':
      return `{\n${propertiesOf(schema, schemas, '  ')}}`;
  }
  throw new Error(`No TypeScript type for ${JSON.stringify(schema)}`);
}

function propertiesOf(schema: Schema, schemas: Record<string, Schema>, indent: string): string {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {})
    .map(([name, property]) => `${jsDoc(property.description, indent)}${indent}${name}${required.has(name) ? '' : '?'}: ${typeOf(property, schemas)};\n`)
    .join('');
}

/** INVOICE_STATUSES for InvoiceStatus. */
function constantName(name: string): string {
  const words = name.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();
  return /(S|X|CH|SH)$/.test(words) ? `${words}ES` : /[^AEIOU]Y$/.test(words) ? `${words.slice(0, -1)}IES` : `${words}S`;
}

function typesFile(schemas: Record<string, Schema>): string {
  let out = header('the contract as TypeScript types');
  for (const [name, schema] of Object.entries(schemas)) {
    if (isPrimitiveAlias(schema)) continue;
    out += '\n' + jsDoc(schema.description, '');
    if (schema.enum) {
      out += `export type ${name} = ${typeOf(schema, schemas)};\n`;
      out += `/** Every ${name}, in the contract's order. */\n`;
      out += `export const ${constantName(name)}: readonly ${name}[] = [${schema.enum.map((value) => `'${value}'`).join(', ')}];\n`;
    } else if (schema.allOf && schema.allOf.length === 2 && schema.allOf[0]!.$ref) {
      out += `export interface ${name} extends ${refName(schema.allOf[0]!.$ref)} {\n${propertiesOf(schema.allOf[1]!, schemas, '  ')}}\n`;
    } else if (schema.type === 'object') {
      out += `export interface ${name} {\n${propertiesOf(schema, schemas, '  ')}}\n`;
    } else {
      throw new Error(`${name}: no TypeScript declaration for this kind of schema`);
    }
  }
  return out;
}

// --------------------------------------------------------------------------------------------------------------- checks

/** Every schema reachable from a response body (success and error), dependencies first. */
function responseSchemaNames(document: OpenApiDocument): string[] {
  const schemas = document.components.schemas;
  const roots = new Set<string>();
  const collectRefs = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(collectRefs);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === '$ref' && typeof value === 'string' && value.startsWith('#/components/schemas/')) roots.add(refName(value));
        else collectRefs(value);
      }
    }
  };
  for (const item of Object.values(document.paths)) {
    for (const operation of Object.values(item)) collectRefs((operation as { responses?: unknown }).responses);
  }
  // Error answers are shared responses, referenced from the paths by name.
  collectRefs(document.components.responses);

  const ordered: string[] = [];
  const visit = (name: string): void => {
    if (ordered.includes(name)) return;
    const dependencies = new Set<string>();
    const walk = (schema: Schema): void => {
      if (schema.$ref) dependencies.add(refName(schema.$ref));
      Object.values(schema.properties ?? {}).forEach(walk);
      if (schema.items) walk(schema.items);
      [...(schema.allOf ?? []), ...(schema.oneOf ?? [])].forEach(walk);
    };
    walk(schemas[name]!);
    dependencies.forEach(visit);
    ordered.push(name);
  };
  [...roots].forEach(visit);
  return ordered;
}

const checkName = (name: string): string => `${name[0]!.toLowerCase()}${name.slice(1)}Schema`;
const quote = (text: string): string => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/**
 * The valibot check for a schema. It enforces what rendering relies on: types, required fields, nullability, enums,
 * patterns, integers and their bounds, date-times. It leaves out lengths and item counts (request limits the backend
 * enforces; an answer over them still renders) and the `email` and `uri` formats (the elements check every URL
 * before use, see urls.ts). Objects drop unknown fields, so a backend may add fields without breaking old clients.
 */
function checkOf(schema: Schema, schemas: Record<string, Schema>): string {
  const nonNull = withoutNull(schema);
  if (nonNull) return `v.nullable(${checkOf(nonNull, schemas)})`;
  schema = single(schema);
  if (schema.$ref) return checkName(refName(schema.$ref));
  if (schema.enum) return `v.picklist([${schema.enum.map(quote).join(', ')}])`;
  const message = schema['x-check-message'];
  const actions: string[] = [];
  switch (schema.type) {
    case 'string':
      if (schema.pattern) actions.push(`v.regex(/${schema.pattern.replace(/\//g, '\\/')}/, ${quote(message ?? `must match ${schema.pattern}`)})`);
      if (schema.format === 'date-time') actions.push(`v.isoTimestamp(${quote(message ?? 'must be an ISO 8601 date-time')})`);
      return pipe('v.string()', actions);
    case 'integer':
      actions.push(`v.safeInteger(${quote(message ?? 'must be an integer')})`);
      // Bounds at the safe-integer limits say no more than safeInteger does.
      if (schema.minimum !== undefined && schema.minimum > Number.MIN_SAFE_INTEGER) {
        actions.push(`v.minValue(${schema.minimum}, ${quote(message ?? (schema.minimum === 0 ? 'must not be negative' : `must be at least ${schema.minimum}`))})`);
      }
      if (schema.maximum !== undefined && schema.maximum < Number.MAX_SAFE_INTEGER) {
        actions.push(`v.maxValue(${schema.maximum}, ${quote(message ?? `must be at most ${schema.maximum}`)})`);
      }
      return pipe('v.number()', actions);
    case 'boolean':
      return 'v.boolean()';
    case 'array':
      return `v.array(${checkOf(schema.items!, schemas)})`;
    case 'object':
      return `v.object({${entriesOf(schema, schemas)}})`;
  }
  throw new Error(`No check for ${JSON.stringify(schema)}`);
}

const pipe = (base: string, actions: string[]): string => (actions.length ? `v.pipe(${base}, ${actions.join(', ')})` : base);

function entriesOf(schema: Schema, schemas: Record<string, Schema>): string {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {})
    .map(([name, property]) => {
      const check = checkOf(property, schemas);
      return `\n  ${name}: ${required.has(name) ? check : `v.optional(${check})`},`;
    })
    .join('')
    .concat('\n');
}

function checksFile(schemas: Record<string, Schema>, names: string[]): string {
  const typeNames = names.filter((name) => !isPrimitiveAlias(schemas[name]!));
  let out = header('a response check for every schema a response carries');
  out += `import * as v from 'valibot';\n`;
  if (typeNames.length) out += `import type { ${typeNames.join(', ')} } from './contract-types.js';\n`;
  for (const name of names) {
    const schema = schemas[name]!;
    let check: string;
    if (schema.allOf && schema.allOf.length === 2 && schema.allOf[0]!.$ref) {
      check = `v.object({\n  ...${checkName(refName(schema.allOf[0]!.$ref))}.entries,${entriesOf(schema.allOf[1]!, schemas)}})`;
    } else {
      check = checkOf(schema, schemas);
    }
    const satisfies = isPrimitiveAlias(schema) ? '' : ` satisfies v.GenericSchema<${name}>`;
    // Only objects are exported: each export is a name the lazily loaded chunk keeps, and a check of a lone string
    // is only ever used inside an object's.
    const exported = schema.type === 'object' || schema.allOf ? 'export ' : '';
    out += `\n${jsDoc(schema.description, '')}${exported}const ${checkName(name)} = ${check}${satisfies};\n`;
  }
  return out;
}

// ------------------------------------------------------------------------------------------------------------ reference

function referenceFile(schemas: Record<string, Schema>): string {
  const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
  // Schema names in a type become links to their section.
  const linked = (type: string): string =>
    cell(type).replace(/\b[A-Z]\w+\b/g, (name) => (schemas[name] ? `[${name}](#${name.toLowerCase()})` : name));
  let out = `<!-- Generated from ${CONTRACT_SOURCE} by \`npm run generate:contract\`. Edit the YAML, not this file. -->\n\n`;
  out += '# The backend contract, field by field\n\n';
  // docs/ ships in the package, src/ does not: the link goes to the repository.
  out += `Every schema of [the OpenAPI document](${REPOSITORY}/blob/main/${CONTRACT_SOURCE}), which is the contract's one source; the TypeScript `;
  out += 'types the package exports carry the same descriptions. Amounts are integer minor units; dates are ISO 8601.\n';
  for (const [name, schema] of Object.entries(schemas)) {
    out += `\n## ${name}\n\n${cell(schema.description ?? '')}\n`;
    if (schema.enum) {
      out += `\nOne of: ${schema.enum.map((value) => `\`${value}\``).join(', ')}.\n`;
      continue;
    }
    if (isPrimitiveAlias(schema)) {
      out += `\nA ${schema.type}${schema.pattern ? ` matching \`${schema.pattern}\`` : ''}.\n`;
      continue;
    }
    const parts = schema.allOf ?? [schema];
    const base = parts.find((part) => part.$ref);
    if (base) out += `\nEvery field of [${refName(base.$ref!)}](#${refName(base.$ref!).toLowerCase()}), and:\n`;
    out += '\n| Field | Type | Required | Description |\n| --- | --- | --- | --- |\n';
    for (const part of parts.filter((part) => !part.$ref)) {
      const required = new Set(part.required ?? []);
      for (const [field, property] of Object.entries(part.properties ?? {})) {
        out += `| \`${field}\` | ${linked(typeOf(property, schemas, true))} | ${required.has(field) ? 'yes' : 'no'} | ${cell(property.description ?? '')} |\n`;
      }
    }
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = new URL('..', import.meta.url).pathname;
  for (const [path, text] of Object.entries(generateContract(readFileSync(join(root, CONTRACT_SOURCE), 'utf8')))) {
    writeFileSync(join(root, path), text);
    console.log(`wrote ${path}`);
  }
}
