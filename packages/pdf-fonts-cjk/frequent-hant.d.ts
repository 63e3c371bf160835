/** The 3,023 ideographs Traditional Chinese text uses most (see frequent-hant.js). */
export declare const FREQUENT_HANT: string;
