/**
 * `npm run check:jspdf-latest`: whether the jsPDF fast paths (src/pdf/jspdf-*fast-paths.ts) still hold for the newest
 * jsPDF and autotable, before the exact versions in package.json are moved. Installs both in a temporary folder (never
 * the project's node_modules), loads the builds browsers and bundlers use, and runs the fast paths' check
 * (test/pdf/jspdf-fast-paths-check.ts, the one the browser test runs): the PDF and every measure the same to the byte
 * with and without them, and every fast path taken. Needs the npm registry; not part of `npm test`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { jsPDF } from 'jspdf';
import type { autoTable } from 'jspdf-autotable';
import { generateInvoice, seededInvoices } from '../demo/backend/seed.ts';
import { drawWithAndWithoutFastPaths, fastPathsNotTaken, tableRows } from '../test/pdf/jspdf-fast-paths-check.ts';

const folder = mkdtempSync(join(tmpdir(), 'billing-elements-jspdf-latest-'));
try {
  writeFileSync(join(folder, 'package.json'), JSON.stringify({ private: true, type: 'module' }));
  // autotable declares the jsPDF majors it supports; a newer jsPDF is still checked, and the range is reported.
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--no-package-lock', '--legacy-peer-deps', '--ignore-scripts', '--omit=optional', 'jspdf@latest', 'jspdf-autotable@latest'], {
    cwd: folder,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const jspdf = installed('jspdf', (exports) => exports.browser);
  const autotable = installed('jspdf-autotable', (exports) => exports.import);
  console.log(`jspdf ${jspdf.version}, jspdf-autotable ${autotable.version} (which supports jspdf ${autotable.manifest.peerDependencies?.jspdf ?? 'any'})`);
  const { jsPDF: library } = (await import(jspdf.url)) as { jsPDF: typeof jsPDF };
  const { autoTable: table } = (await import(autotable.url)) as { autoTable: typeof autoTable };

  const seeded = seededInvoices('cus-medium')!;
  const invoice = { ...generateInvoice(seeded.customer, seeded.indexById.get('inv-300-lines')!, null), emails: [] };
  const { before, after, runs } = drawWithAndWithoutFastPaths(library, table, tableRows(invoice));
  const problems: string[] = [];
  if (JSON.stringify(after.measures) !== JSON.stringify(before.measures)) problems.push('a text measure differs from jsPDF’s');
  if (after.output !== before.output) problems.push(`the PDF differs from jsPDF’s (${after.output.length} against ${before.output.length} bytes)`);
  const notTaken = fastPathsNotTaken(runs);
  if (notTaken.length > 0) problems.push(`fast paths not taken (they step aside for this jsPDF): ${notTaken.join(', ')}`);
  for (const [name, count] of Object.entries(runs)) console.log(`  ${name}: taken ${count} times`);
  if (problems.length > 0) {
    console.error(`The fast paths do not hold for these releases:\n- ${problems.join('\n- ')}`);
    process.exitCode = 1;
  } else {
    console.log('The fast paths hold: the same PDF and measures, every fast path taken.');
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}

/** A package installed in the temporary folder: its manifest, version, and the file its export condition names. */
function installed(name: string, entry: (exports: Record<string, string>) => string | undefined) {
  const directory = join(folder, 'node_modules', name);
  const manifest = JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8')) as {
    version: string;
    exports?: Record<string, Record<string, string>>;
    module?: string;
    peerDependencies?: Record<string, string>;
  };
  const file = (manifest.exports?.['.'] && entry(manifest.exports['.'])) ?? manifest.module;
  if (!file) throw new Error(`${name} ${manifest.version}: no ES module entry found in its package.json`);
  return { manifest, version: manifest.version, url: pathToFileURL(join(directory, file)).href };
}
