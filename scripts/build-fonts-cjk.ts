/**
 * `npm run build:fonts-cjk`: cuts the CJK companion's faces (packages/pdf-fonts-cjk/subsets/, not committed) from
 * the full Noto Sans JP/SC/TC/KR faces of the @expo-google-fonts devDependencies:
 * - `NotoSansXX-Common.ttf.gz`: the regular face with only the language's common characters
 *   (common-characters.js), some 0.3–0.8 MB gzip: what a typical invoice downloads;
 * - `NotoSansXX-Regular.ttf.gz` / `-Bold.ttf.gz`: every character, loaded only for a string with a rarer one.
 * All without hinting and layout tables (jsPDF reads neither), gzip-wrapped so the download is small whatever the
 * server does (pdf-fonts.ts unwraps them). Run before the tests, the demo, the bench and packing; a face is cut again
 * only when its sources are newer.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { commonCharacters } from '../packages/pdf-fonts-cjk/common-characters.js';
import { subsetFont } from './subset-font.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const packageDir = join(root, 'packages/pdf-fonts-cjk');
const outputDir = join(packageDir, 'subsets');

const FACES = [
  { language: 'ja', family: 'NotoSansJP', expo: 'noto-sans-jp' },
  { language: 'zh-Hans', family: 'NotoSansSC', expo: 'noto-sans-sc' },
  { language: 'zh-Hant', family: 'NotoSansTC', expo: 'noto-sans-tc' },
  { language: 'ko', family: 'NotoSansKR', expo: 'noto-sans-kr' },
] as const;

/** Every code point a full face may map: the Basic Multilingual Plane and the supplementary ideographic planes. */
function allCodePoints(): number[] {
  const codePoints: number[] = [];
  for (let code = 0x20; code <= 0xffff; code++) if (code < 0xd800 || code > 0xdfff) codePoints.push(code);
  for (let code = 0x20000; code <= 0x3134f; code++) codePoints.push(code);
  return codePoints;
}

function isFresh(output: string, sources: string[]): boolean {
  if (!existsSync(output)) return false;
  const built = statSync(output).mtimeMs;
  return sources.every((source) => statSync(source).mtimeMs <= built);
}

/** Cuts every face that is missing or stale; returns the files written. */
export function buildFontsCjk(): string[] {
  mkdirSync(outputDir, { recursive: true });
  const definitions = [fileURLToPath(import.meta.url), join(root, 'scripts/subset-font.ts'), join(packageDir, 'common-characters.js'), join(packageDir, 'frequent-hant.js')];
  const written: string[] = [];
  let everything: number[] | null = null;
  for (const face of FACES) {
    const source = (weight: string) => join(root, 'node_modules/@expo-google-fonts', face.expo, `${weight}/${face.family}_${weight}.ttf`);
    const jobs = [
      { file: `${face.family}-Common.ttf.gz`, font: source('400Regular'), codePoints: () => commonCharacters(face.language) },
      { file: `${face.family}-Regular.ttf.gz`, font: source('400Regular'), codePoints: () => (everything ??= allCodePoints()) },
      { file: `${face.family}-Bold.ttf.gz`, font: source('700Bold'), codePoints: () => (everything ??= allCodePoints()) },
    ];
    for (const job of jobs) {
      const output = join(outputDir, job.file);
      if (!existsSync(job.font)) {
        // A checkout whose node_modules predates these devDependencies: say what to do, and let the tests that do not
        // print CJK run (those that do fail on the missing face, with its URL).
        console.warn(`build-fonts-cjk: ${job.font} is missing; run \`npm install\` to get the CJK fonts. ${job.file} not cut.`);
        continue;
      }
      if (isFresh(output, [job.font, ...definitions])) continue;
      writeFileSync(output, gzipSync(subsetFont(readFileSync(job.font), job.codePoints()), { level: 9 }));
      written.push(job.file);
    }
  }
  return written;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const written = buildFontsCjk();
  console.log(written.length > 0 ? `CJK fonts cut: ${written.join(', ')}` : 'CJK fonts up to date');
}
