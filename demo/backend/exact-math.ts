/**
 * Integer arithmetic for the seed's amounts. Quantities and tax rates are decimal strings ("12.5", "7.5"); they are
 * read as integer thousandths so every product and sum stays an exact integer, and the one rounding step per
 * amount is explicit (half away from zero, as invoices round).
 */

/** "12.5" → 12500, "0.125" → 125, "-3" → -3000. Throws on anything but a plain decimal with ≤ 3 decimals. */
export function toThousandths(decimal: string): number {
  const match = /^(-?)(\d+)(?:\.(\d{1,3}))?$/.exec(decimal);
  if (!match) throw new RangeError(`Not a decimal with at most 3 decimals: ${decimal}`);
  const [, sign, whole, fraction = ''] = match;
  const value = Number(whole) * 1000 + Number(fraction.padEnd(3, '0'));
  return sign === '-' ? -value : value;
}

/** numerator / denominator rounded half away from zero; both integers, denominator positive. */
export function divideRounded(numerator: number, denominator: number): number {
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator) || denominator <= 0) {
    throw new RangeError(`Cannot divide ${numerator} by ${denominator} exactly`);
  }
  const magnitude = Math.abs(numerator);
  let quotient = Math.floor(magnitude / denominator);
  let remainder = magnitude - quotient * denominator;
  // The float division can land one off near an integer; the remainder tells, and fixes it.
  if (remainder < 0) {
    quotient -= 1;
    remainder += denominator;
  } else if (remainder >= denominator) {
    quotient += 1;
    remainder -= denominator;
  }
  const rounded = remainder * 2 >= denominator ? quotient + 1 : quotient;
  return numerator < 0 ? -rounded : rounded;
}

/** round(quantity × unitPriceMinor), with the quantity as a decimal string. */
export function multiplyByQuantity(unitPriceMinor: number, quantity: string): number {
  return divideRounded(unitPriceMinor * toThousandths(quantity), 1000);
}

/** round(amountMinor × rate / 100), with the rate in percent as a decimal string ("7.5"). */
export function percentOf(amountMinor: number, ratePercent: string): number {
  return divideRounded(amountMinor * toThousandths(ratePercent), 100_000);
}
