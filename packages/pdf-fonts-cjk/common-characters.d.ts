/** The code points of a language's common subset (see common-characters.js). */
export declare function commonCharacters(language: 'ja' | 'zh-Hans' | 'zh-Hant' | 'ko'): Set<number>;
