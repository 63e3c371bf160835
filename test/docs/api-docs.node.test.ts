import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { renderApiDocs, updateThemingGuide, type Manifest } from '../../scripts/generate-api-docs.ts';
import { TOKEN_DEFAULTS } from '../../src/styles/tokens.ts';

const root = new URL('../../', import.meta.url).pathname;

/**
 * The manifest as `npm run analyze` makes it now, from the source as it is. The analyzer runs with the same options
 * as the npm script, in a scratch directory that links to src/, because it writes a `customElements` field into
 * the package.json of the directory it runs in: the repository's own must stay untouched.
 */
function analyzeSource(scratch: string): Manifest {
  const script = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts['analyze']!;
  const options = [...script.matchAll(/"([^"]*)"|(\S+)/g)].map((match) => match[1] ?? match[2]!);
  const args = options.slice(options.indexOf('analyze'));
  symlinkSync(join(root, 'src'), join(scratch, 'src'), 'dir');
  writeFileSync(join(scratch, 'package.json'), '{ "name": "api-docs-check", "private": true }\n');
  const analyzer = join(root, 'node_modules/@custom-elements-manifest/analyzer/cem.js');
  execFileSync(process.execPath, [analyzer, ...args, '--quiet'], { cwd: scratch, stdio: 'pipe' });
  return JSON.parse(readFileSync(join(scratch, 'custom-elements.json'), 'utf8')) as Manifest;
}

describe('docs/api and the theming guide', () => {
  let scratch: string;
  let manifest: Manifest;
  let pages: Map<string, string>;

  before(() => {
    scratch = mkdtempSync(join(tmpdir(), 'api-docs-'));
    manifest = analyzeSource(scratch);
    pages = renderApiDocs(manifest);
  });

  after(() => {
    rmSync(scratch, { recursive: true, force: true });
  });

  it('has a page for every element and no page for an element that is gone', () => {
    const committed = readdirSync(join(root, 'docs/api')).filter((file) => file.endsWith('.md')).sort();
    assert.deepEqual(committed, [...pages.keys()].sort(), 'docs/api is stale: run `npm run docs` and commit docs/api');
  });

  it('says what the JSDoc in src/ says now', () => {
    for (const [file, expected] of pages) {
      const committed = readFileSync(join(root, 'docs/api', file), 'utf8');
      assert.equal(committed, expected, `docs/api/${file} is stale: run \`npm run docs\` and commit docs/api`);
    }
  });

  it('lists every part and custom property in the theming guide as the JSDoc says', () => {
    const guide = readFileSync(join(root, 'docs/theming.md'), 'utf8');
    assert.equal(guide, updateThemingGuide(guide, manifest), 'docs/theming.md is stale: run `npm run docs` and commit it');
  });

  it('has every global token in the theming guide', () => {
    const guide = readFileSync(join(root, 'docs/theming.md'), 'utf8');
    const missing = Object.keys(TOKEN_DEFAULTS).filter((name) => !guide.includes(`\`--billing-${name}\``));
    assert.deepEqual(missing, []);
  });

  it('documents every public element', () => {
    assert.deepEqual(
      [...pages.keys()].sort(),
      ['README.md', 'billing-provider.md', 'invoice-detail.md', 'invoice-history.md', 'notification-settings-form.md'],
    );
  });
});

describe('renderApiDocs', () => {
  const element = (overrides: object): Manifest => ({
    modules: [{ path: 'src/x-element.ts', declarations: [{ kind: 'class', name: 'XElement', customElement: true, tagName: 'x-element', ...overrides }] }],
  });

  it('escapes pipes in union types so a table keeps its columns', () => {
    const page = renderApiDocs(element({ attributes: [{ name: 'mode', fieldName: 'mode', type: { text: "'a' | 'b'" } }] })).get('x-element.md')!;
    assert.match(page, /\| `mode` \| `mode` \| `'a' \\\| 'b'` \|/);
  });

  it('leaves out events the analyzer found without a name', () => {
    const page = renderApiDocs(element({ events: [{ type: { text: 'XEvent' } }, { name: 'x-change', description: 'Changed.' }] })).get('x-element.md')!;
    assert.match(page, /\| `x-change` \| Changed\. \|/);
    assert.doesNotMatch(page, /XEvent/);
  });

  it('leaves out elements without a tag, such as internal ones', () => {
    const pages = renderApiDocs({ modules: [{ path: 'src/inner.ts', declarations: [{ kind: 'class', name: 'Inner', customElement: true }] }] });
    assert.deepEqual([...pages.keys()], ['README.md']);
  });
});
