/**
 * The download name for an invoice: `invoice-<number>.pdf`. The number comes from data, so everything but letters,
 * digits, dot, dash and underscore becomes a dash: no path separators, no reserved characters on any file system, no
 * leading dot, and a bounded length.
 */
export function invoiceFileName(invoiceNumber: string): string {
  const safe = invoiceNumber
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}._-]+/gu, '-')
    .replace(/^[.-]+|[.-]+$/g, '')
    .slice(0, 80);
  return `invoice-${safe || 'unnumbered'}.pdf`;
}
