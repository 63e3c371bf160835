/**
 * Builds the standalone bundle (the same Vite config as `npm run build`) into a folder and measures what a page
 * downloads: the entry — `billing-elements.js` plus every chunk it imports statically, which must all arrive before
 * any element renders — and the chunks loaded on first use (languages, the send dialog, the PDF code, fonts).
 * Used by the size-budget test (test/budget) and the benchmark's load figures (bench/run.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import type { Rolldown } from 'vite';
import { standaloneBuildConfig } from './standalone-build-config.ts';

export interface FileSize {
  file: string;
  raw: number;
  /** gzip -9, as a server that precompresses would send it. */
  gzip: number;
  /** Source modules in the file, relative to the root (`src/…`, `node_modules/…`); empty for worker files and assets. */
  modules: string[];
}

export interface BundleReport {
  outDir: string;
  /** `billing-elements.js` and the chunks it imports statically, transitively: what every page loads up front. */
  entry: FileSize[];
  /** Every JavaScript file of the standalone build (entry and lazy chunks; fonts are not counted). */
  javascript: FileSize[];
  /** Lazy files that hold PDF code (the PDF module, jsPDF, autotable, the PDF worker). */
  pdf: FileSize[];
  /** Every emitted file name, fonts included. */
  files: string[];
  /** The files each JavaScript file imports statically. */
  imports: Record<string, string[]>;
}

/** The root-relative id of a module (`src/lazy.ts`, `node_modules/lit-html/lit-html.js`); virtual ids keep theirs. */
function relativeId(root: string, id: string): string {
  const clean = id.replace(/^\0/, '').replace(/\?.*$/, '');
  return clean.startsWith(root) ? clean.slice(root.length).replace(/^\//, '') : clean;
}

function size(file: string, code: string | Uint8Array, modules: string[]): FileSize {
  const bytes = typeof code === 'string' ? Buffer.from(code) : code;
  return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, modules };
}

const PDF_MODULE = /^node_modules\/(jspdf|jspdf-autotable)\/|^src\/pdf\/(invoice-to-pdf|pdf-layout|pdf-content|pdf-drawer|pdf-colors|pdf-fonts|pdf-worker)/;

/** Builds the standalone bundle into `outDir` (emptied first) and measures it. */
export async function buildAndMeasure(root: string, outDir: string): Promise<BundleReport> {
  const config = standaloneBuildConfig(root, outDir);
  const result = await build({ ...config, logLevel: 'error', build: { ...config.build, emptyOutDir: true } });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const emitted = outputs.flatMap((output) => output.output);
  const chunks = new Map(emitted.filter((item): item is Rolldown.OutputChunk => item.type === 'chunk').map((chunk) => [chunk.fileName, chunk]));

  const entryChunk = [...chunks.values()].find((chunk) => chunk.isEntry && chunk.name === 'billing-elements');
  if (!entryChunk) throw new Error('The standalone build emitted no billing-elements entry');
  const entryFiles = new Set<string>();
  const visit = (fileName: string): void => {
    if (entryFiles.has(fileName)) return;
    entryFiles.add(fileName);
    for (const imported of chunks.get(fileName)?.imports ?? []) visit(imported);
  };
  visit(entryChunk.fileName);

  // Sizes are read from the written files: the emitted code is what a server sends (source-map comment included).
  const measure = (fileName: string): FileSize =>
    size(fileName, readFileSync(join(outDir, fileName)), (chunks.get(fileName)?.moduleIds ?? []).map((id) => relativeId(root, id)));
  const javascript = emitted.filter((item) => item.fileName.endsWith('.js')).map((item) => measure(item.fileName));
  return {
    outDir,
    entry: javascript.filter((file) => entryFiles.has(file.file)),
    javascript,
    pdf: javascript.filter((file) => !entryFiles.has(file.file) && (file.modules.some((id) => PDF_MODULE.test(id)) || /pdf-worker/.test(file.file))),
    files: emitted.map((item) => item.fileName),
    imports: Object.fromEntries([...chunks.values()].map((chunk) => [chunk.fileName, chunk.imports])),
  };
}

/** Adds up sizes. */
export function total(files: readonly FileSize[]): { raw: number; gzip: number } {
  return files.reduce((sum, file) => ({ raw: sum.raw + file.raw, gzip: sum.gzip + file.gzip }), { raw: 0, gzip: 0 });
}
