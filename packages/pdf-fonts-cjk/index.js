/**
 * Chinese (Simplified and Traditional), Japanese and Korean faces for billing-elements' PDFs. Register them once,
 * before the first PDF:
 *
 *     import { registerPdfFonts } from 'billing-elements';
 *     import { cjkFonts } from 'billing-elements-pdf-fonts-cjk';
 *     registerPdfFonts(cjkFonts);
 *
 * Each language has two faces: a common subset (the characters a typical invoice prints, 0.3–0.8 MB to download,
 * regular weight only) and the full face (regular and bold, megabytes), which is downloaded only for a string with a
 * character the subset lacks. Which language's face prints a string: kana make it Japanese, Hangul Korean; ideographs
 * alone follow the PDF's locale, then whichever language's common subset has them all (a Chinese name on a Japanese
 * invoice keeps its 务 邮 谢 顾). Each face is referenced with `new URL(…, import.meta.url)`, so bundlers emit it as an
 * asset; the files are cut by scripts/build-fonts-cjk.ts (`npm run build:fonts-cjk`) into subsets/.
 */
import { commonCharacters } from './common-characters.js';

/** Characters a CJK face is needed for: Hangul, CJK punctuation, kana, ideographs, full-width forms. */
const CJK = /[\u1100-\u11ff\u2e80-\u2fdf\u3000-\u30ff\u3130-\u318f\u3190-\u31ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u{20000}-\u{3134f}]/u;
const KANA = /[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f]/;
const HANGUL = /[\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\uac00-\ud7ff\uffa0-\uffdc]/;

/** The languages, in the order tried for ideographs when the locale names none of them. */
const LANGUAGES = ['zh-Hans', 'zh-Hant', 'ja', 'ko'];

/** The language of a BCP 47 locale among LANGUAGES, or null. */
function languageOf(locale) {
  const tag = String(locale ?? '').toLowerCase();
  if (/^ja\b/.test(tag)) return 'ja';
  if (/^ko\b/.test(tag)) return 'ko';
  if (/^zh\b/.test(tag)) return /-(hant|tw|hk|mo)\b/.test(tag) ? 'zh-Hant' : 'zh-Hans';
  return null;
}

const choices = new Map();

/**
 * The face that prints a string: `{ language, common }`, or null when the string has nothing a CJK face is for.
 * @param {string} text
 * @param {string | undefined} locale
 */
export function cjkFaceFor(text, locale) {
  const key = `${locale ?? ''}\u0000${text}`;
  let choice = choices.get(key);
  if (choice === undefined) {
    choice = null;
    const needed = [...text].filter((character) => CJK.test(character)).map((character) => character.codePointAt(0));
    if (needed.length > 0) {
      const preferred = languageOf(locale);
      const candidates = KANA.test(text) ? ['ja'] : HANGUL.test(text) ? ['ko'] : preferred ? [preferred, ...LANGUAGES.filter((language) => language !== preferred)] : LANGUAGES;
      const common = candidates.find((language) => {
        const characters = commonCharacters(language);
        return needed.every((codePoint) => characters.has(codePoint));
      });
      choice = common ? { language: common, common: true } : { language: candidates[0], common: false };
    }
    choices.set(key, choice);
  }
  return choice;
}

/** A language's common subset and full face. */
function faces(language, name) {
  const common = {
    family: `${name}-Common`,
    covers: (text, locale) => {
      const choice = cjkFaceFor(text, locale);
      return choice !== null && choice.common && choice.language === language;
    },
    regular: new URL(`./subsets/${name}-Common.ttf.gz`, import.meta.url),
  };
  const full = {
    family: name,
    covers: (text, locale) => {
      const choice = cjkFaceFor(text, locale);
      return choice !== null && !choice.common && choice.language === language;
    },
    regular: new URL(`./subsets/${name}-Regular.ttf.gz`, import.meta.url),
    bold: new URL(`./subsets/${name}-Bold.ttf.gz`, import.meta.url),
  };
  return [common, full];
}

export const [notoSansJPCommon, notoSansJP] = faces('ja', 'NotoSansJP');
export const [notoSansSCCommon, notoSansSC] = faces('zh-Hans', 'NotoSansSC');
export const [notoSansTCCommon, notoSansTC] = faces('zh-Hant', 'NotoSansTC');
export const [notoSansKRCommon, notoSansKR] = faces('ko', 'NotoSansKR');

/** Every face of this package, for `registerPdfFonts`: the common subsets first, so a string takes the smallest. */
export const cjkFonts = [notoSansJPCommon, notoSansSCCommon, notoSansTCCommon, notoSansKRCommon, notoSansJP, notoSansSC, notoSansTC, notoSansKR];
