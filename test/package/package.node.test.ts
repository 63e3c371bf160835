/**
 * The package as an adopter gets it (issue #15): `npm pack`, installed from the tarball into an empty project, never
 * through a path link. Its size, what it brings into node_modules, what dist/ imports and references, the linters
 * for package metadata and types, and that it works in Node: every entry imports, and `invoiceToPdf` makes Greek,
 * Arabic and Japanese PDFs with a logo (Japanese through the CJK companion package, packed and installed beside it).
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createReferenceBackend } from '../../demo/backend/reference-backend.ts';
import { MemorySettingsStore } from '../../demo/backend/memory-settings-store.ts';
import { toNodeListener } from '../../demo/backend/node-listener.ts';
import { RestDataSource } from '../../src/api/rest-data-source.ts';
import type { Invoice } from '../../src/api/types.ts';
import type * as PdfModule from '../../src/pdf/invoice-to-pdf.ts';
import { packFontsCjk } from '../../scripts/pack-fonts-cjk.ts';
import { readPdfInNode, squash } from './pdf-reader-node.ts';

const MB = 1024 * 1024;
/** Issue #15's targets. */
const MAX_TARBALL_BYTES = 3 * MB;
const MAX_NODE_MODULES_BYTES = 75 * MB;

const root = fileURLToPath(new URL('../..', import.meta.url));
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  name: string;
  dependencies: Record<string, string>;
  exports: Record<string, string | Record<string, string>>;
};

interface PackedFile {
  path: string;
  size: number;
}

let work: string;
let project: string;
let tarball: string;
let companionTarball: string;
let packed: { size: number; unpackedSize: number; files: PackedFile[] };
/** The installed package's folder. */
let installed: string;

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : entry.isFile() ? [join(dir, entry.name)] : [],
  );

before(() => {
  work = mkdtempSync(join(tmpdir(), 'billing-elements-package-'));
  // The build `npm pack` would run as `prepack`, run first so its output stays out of the JSON answer.
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'pipe' });
  const [info] = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], { cwd: root, encoding: 'utf8' })) as Array<
    typeof packed & { filename: string }
  >;
  packed = info!;
  tarball = join(work, info!.filename);
  companionTarball = packFontsCjk(work);
  project = join(work, 'consumer');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball, companionTarball], { cwd: project, stdio: 'pipe' });
  installed = join(project, 'node_modules', manifest.name);
});

after(() => rmSync(work, { recursive: true, force: true }));

describe('the packed package', () => {
  it(`is at most ${MAX_TARBALL_BYTES / MB} MB packed`, () => {
    assert.ok(packed.size <= MAX_TARBALL_BYTES, `the tarball is ${(packed.size / MB).toFixed(2)} MB (${(packed.unpackedSize / MB).toFixed(2)} MB unpacked)`);
  });

  it(`installs into an empty project with at most ${MAX_NODE_MODULES_BYTES / MB} MB of node_modules, the companion fonts aside`, () => {
    const companion = join(project, 'node_modules', 'billing-elements-pdf-fonts-cjk');
    const files = filesUnder(join(project, 'node_modules')).filter((file) => !file.startsWith(companion));
    const bytes = files.reduce((sum, file) => sum + statSync(file).size, 0);
    assert.ok(bytes <= MAX_NODE_MODULES_BYTES, `node_modules holds ${(bytes / MB).toFixed(1)} MB`);
  });

  it('has every font (and every other sizeable file) once', () => {
    const byContent = new Map<string, string[]>();
    for (const file of packed.files.filter((file) => file.size > 16 * 1024)) {
      const hash = createHash('sha256').update(readFileSync(join(installed, file.path))).digest('hex');
      byContent.set(hash, [...(byContent.get(hash) ?? []), file.path]);
    }
    const fonts = packed.files.filter((file) => file.path.endsWith('.ttf'));
    assert.ok(fonts.length >= 4, `only ${fonts.length} fonts in the package`);
    assert.deepEqual([...byContent.values()].filter((paths) => paths.length > 1), []);
  });

  it('imports every runtime dependency somewhere in dist/, and nothing that is not one', () => {
    const dependencies = Object.keys(manifest.dependencies);
    assert.ok(dependencies.length > 0);
    const imported = new Set<string>();
    for (const file of filesUnder(join(installed, 'dist')).filter((file) => file.endsWith('.js'))) {
      // Comments hold examples (`import … from 'billing-elements'`): they are no imports.
      const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm, '');
      for (const match of code.matchAll(/^(?:import|export)\b[^;'"]*?\bfrom\s*['"]([^'"]+)['"]|^import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm)) {
        const specifier = match[1] ?? match[2] ?? match[3]!;
        if (/^[./]/.test(specifier)) continue;
        imported.add(specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!);
      }
    }
    assert.deepEqual(dependencies.filter((name) => !imported.has(name)), [], 'runtime dependencies dist/ never imports');
    assert.deepEqual([...imported].filter((name) => !dependencies.includes(name)).sort(), [], 'imports of packages that are not dependencies');
  });

  it('names no source map that it does not ship', () => {
    const paths = new Set(packed.files.map((file) => file.path));
    const code = packed.files.filter((file) => /\.(js|ts|css)$/.test(file.path));
    assert.ok(code.length > 0);
    const missing = code.flatMap((file) => {
      const map = /\/[/*]# sourceMappingURL=(\S+)/.exec(readFileSync(join(installed, file.path), 'utf8'))?.[1];
      if (!map || map.startsWith('data:')) return [];
      const target = relative(installed, join(installed, file.path, '..', map));
      return paths.has(target) ? [] : [`${file.path} → ${map}`];
    });
    assert.deepEqual(missing, []);
  });

  it('lists only shipped files under sideEffects', () => {
    const sideEffects = (JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as { sideEffects: string[] }).sideEffects;
    const shipped = sideEffects.filter((path) => path.startsWith('./dist/'));
    assert.ok(shipped.length > 0);
    const paths = new Set(packed.files.map((file) => `./${file.path}`));
    assert.deepEqual(shipped.filter((path) => !paths.has(path)), []);
  });

  it('names in custom-elements.json only modules it ships', () => {
    const paths = new Set(packed.files.map((file) => file.path));
    const named = new Set<string>();
    JSON.parse(readFileSync(join(installed, 'custom-elements.json'), 'utf8'), (key, value: unknown) => {
      if ((key === 'path' || key === 'module') && typeof value === 'string') named.add(value.replace(/^\//, ''));
      return value;
    });
    assert.ok(named.size > 0);
    assert.deepEqual([...named].filter((path) => !paths.has(path)), []);
  });

  it('links from its README and docs only to files it ships, or to the repository', () => {
    const docs = packed.files.filter((file) => file.path.endsWith('.md'));
    assert.ok(docs.some((file) => file.path === 'README.md') && docs.some((file) => file.path.startsWith('docs/')));
    const paths = new Set(packed.files.map((file) => file.path));
    const broken = docs.flatMap((file) =>
      [...readFileSync(join(installed, file.path), 'utf8').matchAll(/\]\(([^)\s]+)\)/g)]
        .map((match) => match[1]!.split('#')[0]!)
        .filter((target) => target !== '' && !/^[a-z]+:/.test(target))
        .map((target) => relative(installed, join(installed, file.path, '..', target)))
        // A folder link is good when the package ships something in it.
        .filter((target) => !paths.has(target) && ![...paths].some((path) => path.startsWith(`${target}/`)))
        .map((target) => `${file.path} → ${target}`),
    );
    assert.deepEqual(broken, []);
  });

  it('passes publint --strict, and so does the CJK font companion', () => {
    for (const packed of [tarball, companionTarball]) {
      const result = spawnSync(process.execPath, [join(root, 'node_modules/publint/src/cli.js'), 'run', packed, '--strict'], { encoding: 'utf8' });
      assert.equal(result.status, 0, result.stdout + result.stderr);
      assert.match(result.stdout, /All good/);
    }
  });

  it('passes Are the Types Wrong for ES module consumers (the package offers no CommonJS)', () => {
    // The stylesheet and the OpenAPI document are files, not modules: there are no types to resolve for them.
    const result = spawnSync(
      process.execPath,
      [join(root, 'node_modules/@arethetypeswrong/cli/dist/index.js'), tarball, '--profile', 'esm-only', '--exclude-entrypoints', './themes.css', './openapi.yaml', '--format', 'ascii', '--no-color'],
      { encoding: 'utf8' },
    );
    assert.equal(result.status, 0, result.stdout + result.stderr);
  });

  it('type-checks an app that registers the CJK companion’s fonts (TypeScript, nodenext)', () => {
    writeFileSync(
      join(project, 'app.ts'),
      [
        "import { registerPdfFonts } from 'billing-elements';",
        "import * as standalone from 'billing-elements/standalone';",
        "import type { InvoicePdf } from 'billing-elements/pdf.js';",
        "import { cjkFonts, notoSansJPCommon } from 'billing-elements-pdf-fonts-cjk';",
        'registerPdfFonts(cjkFonts);',
        'standalone.registerPdfFonts([notoSansJPCommon]);',
        "export type Warnings = InvoicePdf['warnings'];",
      ].join('\n'),
    );
    const options = ['--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--lib', 'es2022,dom,dom.iterable'];
    const result = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), ...options, 'app.ts'], { cwd: project, encoding: 'utf8' });
    assert.equal(result.status, 0, result.stdout + result.stderr);
  });

  it('imports in Node without throwing, from every JavaScript entry, the standalone bundle’s included', () => {
    const entries = Object.entries(manifest.exports)
      .filter(([, target]) => (typeof target === 'string' ? target : target['default']!).endsWith('.js'))
      .map(([subpath]) => (subpath === '.' ? manifest.name : `${manifest.name}${subpath.slice(1)}`));
    assert.ok(entries.includes('billing-elements/standalone'));
    entries.push('billing-elements-pdf-fonts-cjk');
    const failures = entries.flatMap((entry) => {
      const result = spawnSync(process.execPath, ['--input-type=module', '--eval', `await import(${JSON.stringify(entry)})`], { cwd: project, encoding: 'utf8' });
      return result.status === 0 ? [] : [`${entry}: ${result.stderr.split('\n').find((line) => /Error/.test(line)) ?? result.stderr}`];
    });
    assert.deepEqual(failures, []);
  });
});

describe('invoiceToPdf in Node, from the installed package', () => {
  let server: Server;
  let origin: string;
  let pdf: typeof PdfModule;
  let backend: RestDataSource;
  const jpeg = readFileSync(new URL('./logo.jpg', import.meta.url));

  before(async () => {
    const listener = toNodeListener(createReferenceBackend({ store: new MemorySettingsStore(), testHooks: true }));
    server = createServer((request, response) => {
      if (request.url === '/logo.jpg') response.writeHead(200, { 'content-type': 'image/jpeg' }).end(jpeg);
      else void listener(request, response);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    backend = new RestDataSource({ baseUrl: `${origin}/api`, headers: { 'X-Billing-Tenant': `package-${process.pid}` } });
    // The installed files, as `billing-elements/pdf.js` resolves in the consumer project.
    pdf = (await import(pathToFileURL(join(installed, 'dist/pdf/invoice-to-pdf.js')).href)) as typeof PdfModule;
    const companion = (await import(pathToFileURL(join(project, 'node_modules/billing-elements-pdf-fonts-cjk/index.js')).href)) as { cjkFonts: PdfModule.PdfFont[] };
    pdf.registerPdfFonts(companion.cjkFonts);
  });

  after(() => server.close());

  const oldestInvoice = async (customerId: string): Promise<Invoice> => {
    const page = await backend.listInvoices(customerId, { limit: 1, sort: 'issueDate', order: 'asc' });
    return backend.getInvoice(customerId, page.items[0]!.id);
  };

  /** The images' sizes and filters in the file (their dictionaries stay plain text in a compressed PDF). */
  const images = async (blob: Blob): Promise<string[]> => {
    const raw = Buffer.from(await blob.arrayBuffer()).toString('latin1');
    return [...raw.matchAll(/\/Subtype \/Image\s*\/Width (\d+)\s*\/Height (\d+)[\s\S]{0,400}?\/Filter \/(\w+)/g)].map((match) => `${match[1]}×${match[2]} ${match[3]}`);
  };

  for (const [customerId, locale, logo, filter] of [
    ['cus-greek', 'el-GR', '/api/assets/logo.png', 'FlateDecode'],
    ['cus-kwd', 'ar-KW', '/logo.jpg', 'DCTDecode'],
    ['cus-yen', 'ja-JP', '/api/assets/logo.png', 'FlateDecode'],
  ] as const) {
    it(`makes ${customerId}'s PDF (${locale}) with its logo and every name and line readable`, async () => {
      const invoice = await oldestInvoice(customerId);
      const made = await pdf.invoiceToPdf(invoice, { locale, branding: { logoUrl: `${origin}${logo}` } });
      assert.deepEqual(made.warnings, []);
      assert.ok((await images(made.blob)).some((image) => image.startsWith('240×64') && image.endsWith(filter)), `no 240×64 ${filter} logo: ${await images(made.blob)}`);
      const text = squash((await readPdfInNode(made.blob)).text);
      // Lines that mix Arabic with Latin read back in visual order (issue #17): their names are checked, not those.
      const lines = locale === 'ar-KW' ? [] : invoice.lines.map((line) => line.description);
      for (const expected of [invoice.buyer.name, invoice.seller.name, ...lines]) {
        assert.ok(text.includes(squash(expected)), `"${expected}" is not in the PDF's text`);
      }
    });
  }

  it('makes the PDF without an SVG logo, which nothing in Node can draw, and says so', async () => {
    const invoice = await oldestInvoice('cus-greek');
    const url = `${origin}/api/assets/logo.svg`;
    const made = await pdf.invoiceToPdf(invoice, { locale: 'el-GR', branding: { logoUrl: url } });
    assert.deepEqual(made.warnings, [{ kind: 'logo-unavailable', reason: 'svg-unsupported', url }]);
    assert.deepEqual(await images(made.blob), []);
    assert.ok(squash((await readPdfInNode(made.blob)).text).includes(squash(invoice.buyer.name)));
  });

  it('draws an SVG logo with the rasterizer the server passes', async () => {
    const invoice = await oldestInvoice('cus-greek');
    // A stand-in for a real rasterizer (@resvg/resvg-js, say): the demo logo's PNG, which is that SVG drawn.
    const png = readFileSync(new URL('../../demo/backend/assets/logo.png', import.meta.url));
    let drawn = '';
    const rasterizeSvg = async (svg: Blob) => ((drawn = await svg.text()), png);
    const made = await pdf.invoiceToPdf(invoice, { locale: 'el-GR', branding: { logoUrl: `${origin}/api/assets/logo.svg` }, rasterizeSvg });
    assert.match(drawn, /<svg[\s>]/);
    assert.deepEqual(made.warnings, []);
    assert.deepEqual(await images(made.blob), ['240×64 FlateDecode', '240×64 FlateDecode']);
  });

  it('prints a Chinese name on a Japanese invoice with the companion’s Chinese face (顾 务 are not in Noto Sans JP)', async () => {
    const invoice = await oldestInvoice('cus-yen');
    const made = await pdf.invoiceToPdf({ ...invoice, buyer: { ...invoice.buyer, name: '上海顾客服务有限公司' } }, { locale: 'ja-JP' });
    assert.deepEqual(made.warnings, []);
    assert.ok(squash((await readPdfInNode(made.blob)).text).includes('上海顾客服务有限公司'));
  });

  it('prints a replacement mark for each character no font has, and names them in the warnings', async () => {
    const invoice = await oldestInvoice('cus-yen');
    // U+31350 (CJK Extension H) is in none of the faces.
    const made = await pdf.invoiceToPdf({ ...invoice, buyer: { ...invoice.buyer, name: '上海\u{31350}客服有限公司' } }, { locale: 'ja-JP' });
    assert.deepEqual(made.warnings, [{ kind: 'characters-missing', characters: ['\u{31350}'] }]);
    assert.ok(squash((await readPdfInNode(made.blob)).text).includes('上海□客服有限公司'));
  });
});
