/**
 * Every string catalog is complete in every shipped language: same keys as English, no more, no fewer, and a function
 * wherever English has one. Catalogs are found on disk, not listed here, so a module that adds a catalog
 * (`*.messages.ts`, `*-messages.ts`) is held to the same rule the day it lands.
 *
 * A catalog module is checked through what the elements really load: its `Translations` export (an object with `en`)
 * overlaid with what its lazy loaders bring (`lazyLanguages`), so a language file that exists but is not wired in
 * fails too. A module without `Translations` (the shared error messages) is checked file by file.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { SHIPPED_LANGUAGES, languageOf } from '../../src/format/messages.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const src = join(root, 'src');

type Catalog = Record<string, unknown>;

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(folder, entry.name)) : [join(folder, entry.name)],
  );
}

const allFiles = filesUnder(src);
/** English catalog modules: `x.messages.ts`, `error-messages.ts` — not their language files (`x.messages.de.ts`). */
const englishModules = allFiles.filter((file) => /[.-]messages\.ts$/.test(file));
/** A catalog's language files: `<base>.<language>.ts` beside it. */
function languageFiles(englishFile: string): Map<string, string> {
  const base = basename(englishFile, '.ts');
  const pattern = new RegExp(`^${base.replace(/[.]/g, '\\.')}\\.([A-Za-z]{2,3}(?:-[A-Za-z0-9]+)*)\\.ts$`);
  const found = new Map<string, string>();
  for (const file of allFiles) {
    if (dirname(file) !== dirname(englishFile)) continue;
    const match = pattern.exec(basename(file));
    if (match) found.set(match[1]!, file);
  }
  return found;
}

const isObject = (value: unknown): value is Catalog => typeof value === 'object' && value !== null && !Array.isArray(value);
const isTranslations = (value: unknown): value is { en: Catalog } & Record<string, Catalog> => isObject(value) && isObject(value['en']);
const isLazyMap = (value: unknown): value is Record<string, { load(): Promise<unknown> }> =>
  isObject(value) && Object.keys(value).length > 0 && Object.values(value).every((entry) => isObject(entry) && typeof entry['load'] === 'function');

const otherLanguages = SHIPPED_LANGUAGES.filter((language) => language !== 'en');

/** What is wrong with `catalog` against `english`, one line per key. */
function problems(english: Catalog, catalog: Catalog): string[] {
  const found: string[] = [];
  for (const [key, value] of Object.entries(english)) {
    if (!(key in catalog)) found.push(`missing ${key}`);
    else if (typeof catalog[key] !== typeof value) found.push(`${key} is a ${typeof catalog[key]}, English has a ${typeof value}`);
    else if (typeof value === 'function') {
      const translated = catalog[key] as (...values: string[]) => unknown;
      const result = translated('3', '7', '11');
      if (typeof result !== 'string' || result.trim() === '') found.push(`${key}(…) gives ${JSON.stringify(result)}, not a string`);
    } else if (typeof value === 'string' && String(catalog[key]).trim() === '') found.push(`${key} is blank`);
  }
  for (const key of Object.keys(catalog)) if (!(key in english)) found.push(`extra ${key} (not in English)`);
  return found;
}

describe('string catalogs', () => {
  it('are found on disk', () => {
    // Guards the discovery itself: the elements, the shared errors, the PDF and the e-mail at least.
    assert.ok(englishModules.length >= 6, `found only ${englishModules.map((file) => relative(root, file)).join(', ')}`);
  });

  for (const file of englishModules) {
    const name = relative(root, file);
    describe(name, () => {
      it(`is complete in ${otherLanguages.join(', ')}`, async () => {
        const module = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
        const translations = Object.values(module).filter(isTranslations);
        const lazyMaps = Object.values(module).filter(isLazyMap);
        const files = languageFiles(file);
        const failures: string[] = [];

        if (translations.length > 0) {
          assert.equal(translations.length, 1, `${name} exports ${translations.length} Translations objects; expected one`);
          const catalogs = translations[0]!;
          const loaders = lazyMaps[0];
          for (const language of otherLanguages) {
            const key = languageOf(language);
            const loaded = loaders?.[key] ? ((await loaders[key]!.load()) as Catalog) : undefined;
            const catalog = loaded ?? catalogs[key];
            if (!catalog) failures.push(`${language}: no catalog (neither inline under "${key}" nor a lazy loader)`);
            else failures.push(...problems(catalogs.en, catalog).map((problem) => `${language}: ${problem}`));
          }
          // A language file nobody loads is dead weight and a false sense of coverage.
          for (const [language, languageFile] of files) {
            const key = languageOf(language);
            if (!loaders?.[key]) failures.push(`${relative(root, languageFile)} is not registered in a lazy loader under "${key}"`);
            if (!SHIPPED_LANGUAGES.some((shipped) => languageOf(shipped) === key)) failures.push(`${language} is not in SHIPPED_LANGUAGES`);
          }
        } else {
          // The English is the module's one catalog export; each language is a complete file of its own.
          const englishCatalogs = Object.values(module).filter(
            (value): value is Catalog => isObject(value) && Object.values(value).length > 0 && Object.values(value).every((entry) => typeof entry === 'string' || typeof entry === 'function'),
          );
          assert.equal(englishCatalogs.length, 1, `${name}: expected one English catalog export`);
          for (const language of otherLanguages) {
            const languageFile = files.get(language);
            if (!languageFile) {
              failures.push(`${language}: no file ${basename(file, '.ts')}.${language}.ts`);
              continue;
            }
            const { default: catalog } = (await import(pathToFileURL(languageFile).href)) as { default: Catalog };
            failures.push(...problems(englishCatalogs[0]!, catalog).map((problem) => `${language}: ${problem}`));
          }
        }
        assert.deepEqual(failures, []);
      });
    });
  }
});
