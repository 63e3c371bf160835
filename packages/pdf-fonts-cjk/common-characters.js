import { FREQUENT_HANT } from './frequent-hant.js';

/**
 * The characters each face's common subset has: what a typical invoice in that language prints. Used by this
 * package's `covers` (is a string printable by the small face, or does it need the full one?) and by
 * scripts/build-fonts-cjk.ts, which cuts the subsets from the full faces; one definition, so the two cannot differ.
 *
 * The sets are the national standards' first levels, read from the browser's own legacy decoders (every browser and
 * Node has them, by the Encoding Standard), so no character list is shipped:
 * - Japanese: JIS X 0208 rows 1–8 (symbols, kana, Greek, Cyrillic) and level 1 kanji (rows 16–47, 2,965 kanji).
 * - Simplified Chinese: GB 2312 rows 1–9 and level 1 hanzi (rows 16–55, the 3,755 most used).
 * - Traditional Chinese: Big5 symbols and the 3,023 ideographs used most (frequent-hant.js: Big5's 5,401 常用字 are
 *   too many for the byte budget).
 * - Korean: KS X 1001 symbols and the 2,350 Hangul syllables (rows 1–12, 16–40); no hanja, rare on invoices.
 * Every face also gets ASCII, Latin-1, general punctuation, CJK symbols and the full-width forms.
 */

/** Characters every common subset has, whatever the language. */
const SHARED_RANGES = [[0x20, 0x7e], [0xa0, 0xff], [0x2010, 0x2027], [0x2030, 0x203b], [0x20ac, 0x20ac], [0x2116, 0x2116], [0x25a1, 0x25a1], [0x3000, 0x303f], [0xff01, 0xff9f], [0xffe0, 0xffe6]];

/** The two-byte codes of rows `first`–`last` of a 94×94 (EUC) code table. */
function eucRows(first, last) {
  const codes = [];
  for (let row = first; row <= last; row++) for (let cell = 1; cell <= 94; cell++) codes.push([0xa0 + row, 0xa0 + cell]);
  return codes;
}

/** Big5 codes from `from` to `to`, both as 0xHHLL; the second byte runs 0x40–0x7E and 0xA1–0xFE. */
function big5Range(from, to) {
  const codes = [];
  for (let lead = from >> 8; lead <= to >> 8; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail > 0x7e && trail < 0xa1) continue;
      const code = (lead << 8) | trail;
      if (code >= from && code <= to) codes.push([lead, trail]);
    }
  }
  return codes;
}

function decoded(encoding, codes) {
  const decoder = new TextDecoder(encoding);
  const characters = new Set();
  for (const pair of codes) {
    const character = decoder.decode(new Uint8Array(pair));
    if (character.length > 0 && character !== '\ufffd') characters.add(character.codePointAt(0));
  }
  return characters;
}

const DEFINITIONS = {
  ja: () => decoded('euc-jp', [...eucRows(1, 8), ...eucRows(16, 47)]),
  'zh-Hans': () => decoded('gbk', [...eucRows(1, 9), ...eucRows(16, 55)]),
  'zh-Hant': () => new Set([...decoded('big5', big5Range(0xa140, 0xa3bf)), ...[...FREQUENT_HANT].map((character) => character.codePointAt(0))]),
  ko: () => decoded('euc-kr', [...eucRows(1, 12), ...eucRows(16, 40)]),
};

const cache = new Map();

/**
 * The code points of a language's common subset.
 * @param {'ja' | 'zh-Hans' | 'zh-Hant' | 'ko'} language
 * @returns {Set<number>}
 */
export function commonCharacters(language) {
  let set = cache.get(language);
  if (!set) {
    set = DEFINITIONS[language]();
    for (const [first, last] of SHARED_RANGES) for (let code = first; code <= last; code++) set.add(code);
    cache.set(language, set);
  }
  return set;
}
