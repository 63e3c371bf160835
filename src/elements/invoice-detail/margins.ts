import type { Invoice, InvoiceLine, Money } from '../../api/types.js';

/**
 * The reseller's margin against MSRP, for the opt-in reseller view only: what a line earns above (or below) the
 * platform's suggested price. Exact: integer minor units times a decimal quantity, in BigInt, rounded half away from
 * zero once per line.
 */
export function lineMargin(line: InvoiceLine): Money {
  const perUnit = BigInt(line.unitPrice.amountMinor) - BigInt(line.msrpUnitPrice.amountMinor);
  return { amountMinor: multiplyByDecimal(perUnit, line.quantity), currency: line.unitPrice.currency };
}

/** The MSRP of a whole line (MSRP per unit × quantity), exact. */
export function lineMsrpAmount(line: InvoiceLine): Money {
  return { amountMinor: multiplyByDecimal(BigInt(line.msrpUnitPrice.amountMinor), line.quantity), currency: line.msrpUnitPrice.currency };
}

/** The margin of every line added up. */
export function totalMargin(invoice: Invoice): Money {
  let total = 0;
  for (const line of invoice.lines) total += lineMargin(line).amountMinor;
  return { amountMinor: total, currency: invoice.currency };
}

/** Whether any line is billed at the reseller's own price (only then does the reseller view have something to add). */
export function hasResellerPrices(invoice: Invoice): boolean {
  return invoice.lines.some((line) => line.priceSource === 'reseller');
}

function multiplyByDecimal(amount: bigint, quantity: string): number {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(quantity.trim());
  if (!match) return 0;
  const [, sign, whole, fraction = ''] = match;
  const scale = 10n ** BigInt(fraction.length);
  const product = amount * BigInt(`${sign}${whole}${fraction}`);
  const negative = product < 0n;
  const magnitude = negative ? -product : product;
  const rounded = (magnitude + scale / 2n) / scale;
  return Number(negative ? -rounded : rounded);
}
