/**
 * Arithmetic is checked, not trusted: `checkInvoiceTotals` recomputes an invoice's totals by the EN 16931 calculation
 * rules and names each figure that does not add up. It is pure (no DOM, no I/O) and exact: amounts are integer minor
 * units, rates decimal strings, and every product is taken in BigInt, so nothing is ever a float.
 *
 * The rules, by the ids of the official validation artefacts (`[BR-CO-10]` … in EN16931-UBL-validation.xslt):
 *  - BR-CO-10 … BR-CO-16, the document totals (BG-22);
 *  - per VAT category, the taxable amount of each VAT breakdown row (BT-116) is the sum of the line net amounts plus
 *    document charges minus document allowances in its category (…-08), and its tax (BT-117) follows from it (…-09):
 *    BR-S (standard rated), BR-Z (zero rated), BR-E (exempt), BR-AE (reverse charge), BR-IC (intra-community, code K),
 *    BR-G (export), BR-O (outside the scope), BR-AF (IGIC, code L), BR-AG (IPSI, code M). Categories with a rate
 *    (S, Z, L, M) group by category and rate, the others by category alone.
 *
 * Rounding, as the standard computes BT-117: taxable amount × rate ÷ 100, rounded to the currency's minor unit, half
 * away from zero (2.5 cents → 3, −2.5 → −3). The official artefacts tolerate a difference of up to one major unit in
 * BR-S-09 and its kind; this check does not, so a backend that rounds per line instead of per rate is told so.
 *
 * The contract's own figures are checked too, under `BE-…` ids (billing-elements, not EN 16931): `subtotal`,
 * `discountTotal` and `amountPaid`; a breakdown row for a tax that is not VAT (no category: US sales tax) follows the
 * S rules under BE-TAX-08 / BE-TAX-09; and every amount must be in the invoice's currency (BE-CURRENCY).
 *
 * Taxes that are not VAT may stack: a US line bears state and local sales tax, so its `taxRate` is their sum ("10.25")
 * and the breakdown has a row per tax (6.5 % state, 3.75 % local), each on the same taxable amount. Rows without a
 * category, at a rate no line has, that have the same taxable amount are read as one such stack, at the sum of their
 * rates.
 */
import type { AllowanceCharge, Invoice, Money } from '../api/types.js';
import { minorUnitDigits, minorToDecimalString } from '../format/money.js';

/** One figure that does not add up. */
export interface TotalsFinding {
  /** The rule broken, e.g. `BR-CO-15`, `BR-S-08`, or one of the contract's own (`BE-SUBTOTAL`). */
  rule: string;
  /** What is wrong, in English, naming the EN 16931 terms, e.g. "BT-112 Invoice total amount with VAT is 120.00 EUR; BT-109 + BT-110 is 119.00 EUR." */
  message: string;
  /** What the figure should be, by the rule. */
  expected: Money;
  /** What the invoice says. */
  actual: Money;
}

/** The figures of an invoice that the rules read; the contract's `Invoice` has them all. */
export type CheckedInvoice = Pick<Invoice, 'currency' | 'status' | 'lines' | 'subtotal' | 'discountTotal' | 'taxes' | 'total' | 'payments' | 'amountPaid' | 'amountDue'> &
  Partial<Pick<Invoice, 'lineNetTotal' | 'allowances' | 'charges' | 'allowanceTotal' | 'chargeTotal' | 'netTotal' | 'taxTotal' | 'prepaidAmount' | 'roundingAmount'>>;

/** Rule id prefix per VAT category code; the categories without a rate group by category alone. */
const CATEGORY_RULES: Readonly<Record<string, { prefix: string; rated: boolean; name: string }>> = {
  S: { prefix: 'BR-S', rated: true, name: 'Standard rated' },
  Z: { prefix: 'BR-Z', rated: true, name: 'Zero rated' },
  E: { prefix: 'BR-E', rated: false, name: 'Exempt from VAT' },
  AE: { prefix: 'BR-AE', rated: false, name: 'Reverse charge' },
  K: { prefix: 'BR-IC', rated: false, name: 'Intra-community supply' },
  G: { prefix: 'BR-G', rated: false, name: 'Export outside the EU' },
  O: { prefix: 'BR-O', rated: false, name: 'Not subject to VAT' },
  L: { prefix: 'BR-AF', rated: true, name: 'IGIC' },
  M: { prefix: 'BR-AG', rated: true, name: 'IPSI' },
};
/** A row without a category (a tax that is not VAT) is checked like a standard-rated one. */
const UNCATEGORISED = { prefix: 'BE-TAX', rated: true, name: 'Tax without a VAT category' };

/** Every figure of the invoice that does not add up; empty when all do. */
export function checkInvoiceTotals(invoice: CheckedInvoice): TotalsFinding[] {
  const findings: TotalsFinding[] = [];
  const currency = invoice.currency;
  const digits = safeDigits(currency);
  const show = (minor: number): string => `${minorToDecimalString(minor, digits)} ${currency}`;
  const money = (amountMinor: number): Money => ({ amountMinor: amountMinor + 0, currency });
  /** Reads an amount, reporting one in another currency (its figure is still used, as the backend meant it). */
  const amount = (value: Money | undefined, where: string): number => {
    if (value === undefined) return 0;
    if (value.currency !== currency) {
      findings.push({
        rule: 'BE-CURRENCY',
        message: `${where} is in ${value.currency}, not in the invoice currency (BT-5) ${currency}.`,
        expected: { amountMinor: value.amountMinor, currency },
        actual: value,
      });
    }
    return value.amountMinor;
  };
  const sum = (values: readonly (Money | undefined)[], where: string): number => values.reduce((total, value) => total + amount(value, where), 0);
  const expect = (rule: string, expected: number, actual: number, message: (expected: string, actual: string) => string): void => {
    if (expected !== actual) findings.push({ rule, message: message(show(expected), show(actual)), expected: money(expected), actual: money(actual) });
  };

  const allowances = invoice.allowances ?? [];
  const charges = invoice.charges ?? [];

  // The contract's own sums.
  const lineNetSum = sum(invoice.lines.map((line) => line.lineTotal), 'A line net amount (BT-131)');
  const discountSum = sum(invoice.lines.map((line) => line.discount), 'A line discount');
  const subtotal = amount(invoice.subtotal, 'subtotal');
  const discountTotal = amount(invoice.discountTotal, 'discountTotal');
  expect('BE-SUBTOTAL', lineNetSum + discountSum, subtotal, (e, a) => `subtotal is ${a}; the sum of line totals before discounts is ${e}.`);
  expect('BE-DISCOUNT-TOTAL', discountSum, discountTotal, (e, a) => `discountTotal is ${a}; the sum of line discounts is ${e}.`);
  const amountPaid = amount(invoice.amountPaid, 'amountPaid');
  expect('BE-AMOUNT-PAID', sum(invoice.payments.map((payment) => payment.amount), 'A payment'), amountPaid, (e, a) => `amountPaid is ${a}; the sum of the payments is ${e}.`);

  // BG-22, the document totals, each from the figures the invoice carries.
  const lineNetTotal = invoice.lineNetTotal === undefined ? subtotal - discountTotal : amount(invoice.lineNetTotal, 'lineNetTotal (BT-106)');
  expect('BR-CO-10', lineNetSum, lineNetTotal, (e, a) => `BT-106 Sum of Invoice line net amount is ${a}; the sum of the line net amounts (BT-131) is ${e}.`);
  const allowanceTotal = amount(invoice.allowanceTotal, 'allowanceTotal (BT-107)');
  expect('BR-CO-11', sum(allowances.map((item) => item.amount), 'A document allowance (BT-92)'), allowanceTotal, (e, a) => `BT-107 Sum of allowances on document level is ${a}; the sum of the allowances (BT-92) is ${e}.`);
  const chargeTotal = amount(invoice.chargeTotal, 'chargeTotal (BT-108)');
  expect('BR-CO-12', sum(charges.map((item) => item.amount), 'A document charge (BT-99)'), chargeTotal, (e, a) => `BT-108 Sum of charges on document level is ${a}; the sum of the charges (BT-99) is ${e}.`);
  const expectedNet = lineNetTotal - allowanceTotal + chargeTotal;
  const netTotal = invoice.netTotal === undefined ? expectedNet : amount(invoice.netTotal, 'netTotal (BT-109)');
  expect('BR-CO-13', expectedNet, netTotal, (e, a) => `BT-109 Invoice total amount without VAT is ${a}; BT-106 − BT-107 + BT-108 is ${e}.`);
  const taxSum = sum(invoice.taxes.map((row) => row.tax), 'A VAT category tax amount (BT-117)');
  const taxTotal = invoice.taxTotal === undefined ? taxSum : amount(invoice.taxTotal, 'taxTotal (BT-110)');
  expect('BR-CO-14', taxSum, taxTotal, (e, a) => `BT-110 Invoice total VAT amount is ${a}; the sum of the VAT category tax amounts (BT-117) is ${e}.`);
  const total = amount(invoice.total, 'total (BT-112)');
  expect('BR-CO-15', netTotal + taxTotal, total, (e, a) => `BT-112 Invoice total amount with VAT is ${a}; BT-109 + BT-110 is ${e}.`);
  const prepaid = amount(invoice.prepaidAmount, 'prepaidAmount (BT-113)');
  const rounding = amount(invoice.roundingAmount, 'roundingAmount (BT-114)');
  // A void invoice is cancelled: nothing is due on it, whatever its figures.
  const expectedDue = invoice.status === 'void' ? 0 : total - prepaid + rounding - amountPaid;
  expect('BR-CO-16', expectedDue, amount(invoice.amountDue, 'amountDue (BT-115)'), (e, a) =>
    invoice.status === 'void'
      ? `BT-115 Amount due for payment is ${a} on a void invoice; nothing is due on it.`
      : `BT-115 Amount due for payment is ${a}; BT-112 − BT-113 + BT-114, less the payments received (amountPaid), is ${e}.`,
  );

  // BG-23, the VAT breakdown, per category (and rate): what the lines, allowances and charges of each add up to.
  const taxableByKey = new Map<string, number>();
  const add = (category: string | undefined, rate: string | undefined, minor: number): void => {
    const key = breakdownKey(category, rate);
    taxableByKey.set(key, (taxableByKey.get(key) ?? 0) + minor);
  };
  for (const line of invoice.lines) add(line.vatCategory, line.taxRate, line.lineTotal.amountMinor);
  const addDocumentLevel = (items: readonly AllowanceCharge[], sign: 1 | -1): void => {
    for (const item of items) add(item.vatCategory, item.vatRate, sign * item.amount.amountMinor);
  };
  addDocumentLevel(charges, 1);
  addDocumentLevel(allowances, -1);

  const stackRates = new Map<number, string>();
  for (const row of invoice.taxes) {
    // A row at a rate some lines have is a tax on its own; only rows at rates no line has can be part of a stack.
    if (row.category !== undefined || !isDecimal(row.rate) || taxableByKey.has(breakdownKey(undefined, row.rate))) continue;
    const taxable = row.taxableAmount.amountMinor;
    const before = stackRates.get(taxable);
    stackRates.set(taxable, before === undefined ? row.rate : addDecimals(before, row.rate));
  }
  const rowKeys = new Set<string>();
  for (const row of invoice.taxes) {
    const stacked = row.category === undefined ? stackRates.get(row.taxableAmount.amountMinor) : undefined;
    const key = breakdownKey(row.category, stacked ?? row.rate);
    rowKeys.add(key);
    const rules = rulesOf(row.category);
    const what = `the VAT breakdown row ${describeKey(row.category, row.rate)}`;
    const taxable = amount(row.taxableAmount, `The taxable amount (BT-116) of ${what}`);
    expect(`${rules.prefix}-08`, taxableByKey.get(key) ?? 0, taxable, (e, a) =>
      `BT-116 VAT category taxable amount of ${what} is ${a}; its lines, less its allowances, plus its charges, come to ${e}.`,
    );
    // A rate that is not a decimal cannot be checked (the response checks refuse it before this runs).
    const expectedTax = !rules.rated ? 0 : isDecimal(row.rate) ? percentOf(taxable, row.rate) : amount(row.tax, 'tax');
    expect(`${rules.prefix}-09`, expectedTax, amount(row.tax, `The tax amount (BT-117) of ${what}`), (e, a) =>
      rules.rated
        ? `BT-117 VAT category tax amount of ${what} is ${a}; its taxable amount × ${row.rate} % is ${e} (rounded half away from zero).`
        : `BT-117 VAT category tax amount of ${what} is ${a}; in this category it must be ${e}.`,
    );
  }
  // Lines (or allowances, charges) in a category and rate that the breakdown has no row for.
  for (const [key, taxable] of taxableByKey) {
    if (rowKeys.has(key)) continue;
    const [category, rate] = JSON.parse(key) as [string | null, string | null];
    const rules = rulesOf(category ?? undefined);
    findings.push({
      rule: `${rules.prefix}-08`,
      message: `The VAT breakdown has no row ${describeKey(category ?? undefined, rate ?? undefined)}, though lines, allowances or charges in it come to ${show(taxable)}.`,
      expected: money(taxable),
      actual: money(0),
    });
  }
  return findings;
}

function rulesOf(category: string | undefined): { prefix: string; rated: boolean; name: string } {
  if (category === undefined) return UNCATEGORISED;
  return CATEGORY_RULES[category] ?? { prefix: `BR-${category}`, rated: true, name: category };
}

/** Which breakdown row an amount belongs to: category and rate, or the category alone when it has no rate. */
function breakdownKey(category: string | undefined, rate: string | undefined): string {
  const rated = rulesOf(category).rated;
  return JSON.stringify([category ?? null, rated ? normalRate(rate ?? '0') : null]);
}

function describeKey(category: string | undefined, rate: string | undefined): string {
  const rules = rulesOf(category);
  const name = category === undefined ? 'without a VAT category' : `for category ${category} (${rules.name})`;
  return rules.rated ? `${name} at ${rate ?? '0'} %` : name;
}

const isDecimal = (text: string): boolean => /^-?\d+(\.\d+)?$/.test(text.trim());

/** "19.00" and "19" are the same rate. */
function normalRate(rate: string): string {
  if (!isDecimal(rate)) return rate;
  const { units, scale } = decimal(rate);
  if (units === 0n) return '0';
  let value = units;
  let exponent = scale;
  while (exponent > 0 && value % 10n === 0n) {
    value /= 10n;
    exponent--;
  }
  return `${value}e-${exponent}`;
}

/** A decimal string as an integer and a count of decimals: "7.5" → 75 and 1. */
function decimal(text: string): { units: bigint; scale: number } {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text.trim());
  if (!match) throw new RangeError(`Not a decimal number: "${text}"`);
  const [, sign, whole, fraction = ''] = match;
  const units = BigInt(whole! + fraction);
  return { units: sign === '-' ? -units : units, scale: fraction.length };
}

/** The exact sum of two decimal strings: "6.5" + "3.75" → "10.25". */
function addDecimals(a: string, b: string): string {
  const x = decimal(a);
  const y = decimal(b);
  const scale = Math.max(x.scale, y.scale);
  const units = x.units * 10n ** BigInt(scale - x.scale) + y.units * 10n ** BigInt(scale - y.scale);
  const digits = (units < 0n ? -units : units).toString().padStart(scale + 1, '0');
  const text = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  return units < 0n ? `-${text}` : text;
}

/** round(amountMinor × rate ÷ 100), half away from zero, exactly. */
export function percentOf(amountMinor: number, ratePercent: string): number {
  const { units, scale } = decimal(ratePercent);
  const numerator = BigInt(amountMinor) * units;
  const denominator = 100n * 10n ** BigInt(scale);
  const magnitude = numerator < 0n ? -numerator : numerator;
  let quotient = magnitude / denominator;
  if ((magnitude % denominator) * 2n >= denominator) quotient += 1n;
  return Number(numerator < 0n ? -quotient : quotient);
}

/** The currency's decimals; a code Intl does not know still gets checked, with two. */
function safeDigits(currency: string): number {
  try {
    return minorUnitDigits(currency);
  } catch {
    return 2;
  }
}
