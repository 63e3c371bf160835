import type { jsPDF } from 'jspdf';

/**
 * jsPDF runs its Arabic shaper on every string it draws or measures, Latin or not: a character-by-character rebuild
 * of the string that was about a sixth of a 300-line invoice's time (and much of its garbage). This skips it for
 * strings without Arabic letters, which it returns unchanged anyway; Arabic text still goes through it. The output is
 * byte for byte the same. Idempotent; patches jsPDF's API object, which the documents read when they are created.
 */
export function skipArabicShapingForOtherScripts(library: typeof jsPDF): void {
  const api = library.API as unknown as { events: Array<[string, unknown]>; processArabic?: Shaper; [PATCHED]?: true };
  const shape = api.processArabic;
  if (api[PATCHED] || typeof shape !== 'function') return;
  const shapeWhenArabic = function (this: unknown, ...args: unknown[]): unknown {
    const [first] = args;
    const text = typeof first === 'string' ? first : (first as { text?: unknown } | null)?.text;
    return hasArabic(text) ? shape.apply(this, args) : first;
  };
  api.processArabic = shapeWhenArabic;
  // Documents subscribe to these events when created; the shaper is registered there as "preProcessText".
  for (const event of api.events) if (event[1] === shape) event[1] = shapeWhenArabic;
  api[PATCHED] = true;
}

type Shaper = (this: unknown, ...args: unknown[]) => unknown;

const PATCHED = Symbol('billing-elements.arabicFastPath');
const ARABIC = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/;

/** Whether a string, or any string in jsPDF's nested text arrays, has an Arabic character. */
function hasArabic(text: unknown): boolean {
  if (typeof text === 'string') return ARABIC.test(text);
  if (Array.isArray(text)) return text.some(hasArabic);
  // Coordinates inside those arrays; anything else is left to the shaper, as before.
  return typeof text !== 'number';
}
