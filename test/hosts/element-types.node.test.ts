/**
 * The framework typings' lists (src/frameworks/element-types.ts) against the custom-elements manifest, analysed fresh
 * from the source as `npm run analyze` does: a property, attribute or event added to an element and not to the
 * typings (or the reverse) fails here.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Plugin } from '@custom-elements-manifest/analyzer';
import type * as TypeScript from 'typescript';
import { BILLING_ELEMENTS } from '../../src/frameworks/element-types.ts';

interface Declaration {
  tagName?: string;
  members?: Array<{ kind: string; name: string; privacy?: string; static?: boolean; readonly?: boolean }>;
  attributes?: Array<{ name: string; fieldName?: string }>;
  events?: Array<{ name?: string }>;
}

// The analyzer's own TypeScript and Lit plugin, as its CLI uses them (its type declarations do not cover these).
const ANALYZER = '@custom-elements-manifest/analyzer';
const LIT_PLUGIN = '@custom-elements-manifest/analyzer/src/features/framework-plugins/lit/lit.js';
const { create, ts } = (await import(ANALYZER)) as {
  create(options: { modules: TypeScript.SourceFile[]; plugins: Plugin[] }): unknown;
  ts: typeof TypeScript;
};
const { litPlugin } = (await import(LIT_PLUGIN)) as { litPlugin(): Plugin[] };

const root = fileURLToPath(new URL('../..', import.meta.url));
const sources = (readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' }) as string[])
  .filter((path) => path.endsWith('.ts') && !path.endsWith('.d.ts'))
  .map((path) => ts.createSourceFile(`src/${path}`, readFileSync(join(root, 'src', path), 'utf8'), ts.ScriptTarget.ES2022, true));
const manifest = create({ modules: sources, plugins: litPlugin() }) as { modules: Array<{ declarations?: Declaration[] }> };
const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);

describe('framework typings match the custom-elements manifest', () => {
  for (const [tag, spec] of Object.entries(BILLING_ELEMENTS)) {
    const declaration = declarations.find((candidate) => candidate.tagName === tag);

    it(`lists every public property of <${tag}>`, () => {
      assert.ok(declaration, `<${tag}> is not in the manifest`);
      const settable = (declaration.members ?? []).filter((member) => member.kind === 'field' && !member.privacy && !member.static && !member.readonly);
      assert.deepEqual([...spec.properties].sort(), settable.map((member) => member.name).sort());
    });

    it(`lists every attribute of <${tag}> with the property it sets`, () => {
      assert.ok(declaration, `<${tag}> is not in the manifest`);
      const attributes = Object.fromEntries((declaration.attributes ?? []).map((attribute) => [attribute.name, attribute.fieldName]));
      assert.deepEqual({ ...spec.attributes }, attributes);
    });

    it(`lists every event of <${tag}>`, () => {
      assert.ok(declaration, `<${tag}> is not in the manifest`);
      // Named events come from the @fires tags; the analyzer also lists each `dispatchEvent(new SomeEvent())` it sees,
      // without a name, which adds nothing.
      const named = (declaration.events ?? []).flatMap((event) => (event.name ? [event.name] : []));
      assert.deepEqual([...spec.events].sort(), [...new Set(named)].sort());
    });
  }
});
