/** Whitespace collapsed (pdf.js splits and joins text runs its own way), for `include` checks. */
export function squash(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim();
}
