/**
 * The size budget (issue #6). Size is deterministic, so it is a test: the real standalone build, measured. A page
 * downloads the entry — `billing-elements.js` and every chunk it imports statically — before any element renders;
 * everything else (the response checks, other languages, the send dialog, the e-mail renderer, the PDF code) loads on
 * first use.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { buildAndMeasure, total, type BundleReport } from '../../scripts/bundle-report.ts';

/** Issue #6's budget for the entry, in gzip bytes (gzip -9, every file of the entry counted). */
const ENTRY_BUDGET_GZIP = 25 * 1024;

const ELEMENTS = ['invoice-history', 'invoice-detail', 'notification-settings-form'];

const root = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');
const outDir = mkdtempSync(join(tmpdir(), 'billing-elements-budget-'));
let report: BundleReport;

const entryModules = (): string[] => report.entry.flatMap((file) => file.modules);
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

describe('standalone bundle size', () => {
  before(async () => {
    report = await buildAndMeasure(root, outDir);
  });
  after(() => rmSync(outDir, { recursive: true, force: true }));

  const assertEntryWithin = (budget: number): void => {
    const { gzip } = total(report.entry);
    const files = report.entry.map((file) => `${file.file} ${kb(file.gzip)}`).join(', ');
    assert.ok(gzip <= budget, `the entry is ${kb(gzip)} gzip (${files}); the budget is ${kb(budget)}`);
  };

  test(`the entry, Lit and all three elements included, is at most ${kb(ENTRY_BUDGET_GZIP)} gzip`, () => {
    assertEntryWithin(ENTRY_BUDGET_GZIP);
  });

  test('the entry is one file: nothing else is fetched before the elements render', () => {
    assert.deepEqual(
      report.entry.map((file) => file.file),
      ['billing-elements.js'],
    );
  });

  test('the entry defines all three elements and bundles Lit', () => {
    const modules = entryModules();
    for (const element of ELEMENTS) {
      assert.ok(modules.includes(`src/elements/${element}/${element}.ts`), `${element} is not in the entry`);
    }
    assert.ok(modules.some((id) => id.startsWith('node_modules/lit-html/')), 'Lit is not bundled in the entry');
  });

  test('each element’s implementation is one lazy chunk that needs nothing but the entry', () => {
    for (const element of ELEMENTS) {
      const implementation = `src/elements/${element}/${element}-view.ts`;
      assert.ok(!entryModules().includes(implementation), `${element}'s implementation is in the entry`);
      const chunk = report.javascript.find((file) => file.modules.includes(implementation));
      assert.ok(chunk, `no chunk holds ${implementation}`);
      // Anything else it imported statically would be fetched only after it arrived: one more round trip.
      assert.deepEqual(report.imports[chunk.file], ['billing-elements.js'], `${chunk.file} imports more than the entry`);
    }
  });

  test('the entry holds no PDF code: jsPDF, autotable and the PDF module load on the first PDF', () => {
    const pdf = entryModules().filter((id) => /^node_modules\/(jspdf|jspdf-autotable)\/|^src\/pdf\/invoice-to-pdf\.ts$/.test(id));
    assert.deepEqual(pdf, []);
    assert.ok(report.pdf.length > 0, 'the build has no lazy PDF chunk');
  });

  test('the entry holds no code that only a user action needs: other languages, the send dialog, the e-mail renderer', () => {
    const lazy = entryModules().filter((id) =>
      /[.-]messages\.[a-z]{2}(-[A-Z]{2})?\.ts$|invoice-send-dialog\.ts$|^src\/email\/render-invoice-email\.ts$/.test(id),
    );
    assert.deepEqual(lazy, []);
  });

  test('the entry holds no e-invoice code: the writers, einvoiceProblems, the reader and its XML parser load on first use', () => {
    assert.deepEqual(
      entryModules().filter((id) => id.startsWith('src/einvoice/') || id.startsWith('node_modules/fast-xml-parser/')),
      [],
    );
  });

  test('the entry holds no response checks (valibot and the schemas): they load alongside the first request', () => {
    assert.deepEqual(
      entryModules().filter((id) => id.startsWith('node_modules/valibot/') || id === 'src/api/schemas.ts'),
      [],
    );
  });

  test("the entry holds Lit's production build, not its development build", () => {
    assert.deepEqual(
      entryModules().filter((id) => /^node_modules\/(@lit\/[^/]+|lit|lit-html|lit-element)\/development\//.test(id)),
      [],
    );
  });

  test("jsPDF's optional extras (html2canvas, dompurify, canvg) are nowhere in the output", () => {
    const extras = /(^|\/)(html2canvas|dompurify|purify|canvg)([.\-/]|$)/i;
    assert.deepEqual(report.javascript.flatMap((file) => file.modules).filter((id) => extras.test(id)), []);
    assert.deepEqual(report.files.filter((file) => extras.test(file)), []);
  });
});
