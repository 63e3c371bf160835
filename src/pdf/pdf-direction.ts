/**
 * Which way an invoice PDF reads, and how a left-to-right layout is mirrored for a right-to-left one (Arabic, Hebrew):
 * points flipped about the page's vertical centre, alignments swapped, table columns in reverse order. The drawer
 * lays out in left-to-right terms and asks these where a thing goes, so each part of the layout is written once.
 */

export type PdfDirection = 'ltr' | 'rtl';

/** Languages written right to left (BCP 47 primary subtags). */
const RIGHT_TO_LEFT = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ku', 'ps', 'sd', 'ug', 'ur', 'yi']);

/** The direction of a locale's script: `ar-KW` and `he` read right to left. */
export function directionOf(locale: string): PdfDirection {
  const language = locale.split(/[-_]/)[0]!.toLowerCase();
  return RIGHT_TO_LEFT.has(language) ? 'rtl' : 'ltr';
}

export type HorizontalAlign = 'left' | 'center' | 'right';

/** A horizontal layout of a page `pageWidth` wide, mirrored when the direction is right to left. */
export class PdfDirectionLayout {
  constructor(
    readonly direction: PdfDirection,
    private readonly pageWidth: number,
  ) {}

  get rtl(): boolean {
    return this.direction === 'rtl';
  }

  /** Where a point laid out from the left goes. */
  x(x: number): number {
    return this.rtl ? this.pageWidth - x : x;
  }

  /** Where a box laid out from the left at `x`, `width` wide, starts (its left edge on the page). */
  boxX(x: number, width: number): number {
    return this.rtl ? this.pageWidth - x - width : x;
  }

  /** The alignment of text laid out with `align`. */
  align<T extends HorizontalAlign | undefined>(align: T): T {
    if (!this.rtl) return align;
    return (align === 'right' ? 'left' : align === 'center' ? 'center' : 'right') as T;
  }

  /** A table row's cells in drawing order (left to right on the page). */
  row<T>(cells: readonly T[]): T[] {
    return this.rtl ? [...cells].reverse() : [...cells];
  }

  /** The drawn column of the `index`th of `count` columns laid out from the left. */
  column(index: number, count: number): number {
    return this.rtl ? count - 1 - index : index;
  }

  /** Left and right page margins laid out from the left, as the page's. */
  margins(margins: { left: number; right: number }): { left: number; right: number } {
    return this.rtl ? { left: margins.right, right: margins.left } : margins;
  }
}
