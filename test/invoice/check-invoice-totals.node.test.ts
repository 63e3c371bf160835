/**
 * `checkInvoiceTotals`: each EN 16931 calculation rule it implements, first on an invoice where everything adds up
 * (no findings), then broken in exactly the figure the rule guards (one finding, naming that rule).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { InvoiceLine, Money } from '../../src/api/types.ts';
import { checkInvoiceTotals, percentOf, type CheckedInvoice } from '../../src/invoice/check-invoice-totals.ts';

const eur = (amountMinor: number): Money => ({ amountMinor, currency: 'EUR' });

function line(id: string, lineTotal: number, taxRate: string, vatCategory: string | undefined, discount = 0): InvoiceLine {
  return {
    id,
    sku: id,
    description: id,
    period: null,
    quantity: '1',
    unit: 'piece',
    unitPrice: eur(lineTotal + discount),
    msrpUnitPrice: eur(lineTotal + discount),
    priceSource: 'msrp',
    discount: eur(discount),
    taxRate,
    lineTotal: eur(lineTotal),
    ...(vatCategory ? { vatCategory } : {}),
  };
}

/** Two standard rates and an exempt line; a document allowance at 19 %, a charge at 7 %; prepaid, rounding, a payment. */
function validInvoice(): CheckedInvoice {
  return {
    currency: 'EUR',
    status: 'open',
    lines: [line('standard-19', 10_000, '19', 'S', 500), line('standard-7', 5_000, '7', 'S'), line('exempt', 2_000, '0', 'E')],
    subtotal: eur(17_500),
    discountTotal: eur(500),
    lineNetTotal: eur(17_000),
    allowances: [{ amount: eur(1_000), vatCategory: 'S', vatRate: '19', reason: 'Loyalty' }],
    charges: [{ amount: eur(500), vatCategory: 'S', vatRate: '7', reason: 'Shipping' }],
    allowanceTotal: eur(1_000),
    chargeTotal: eur(500),
    netTotal: eur(16_500),
    taxes: [
      { rate: '19', label: 'VAT', category: 'S', taxableAmount: eur(9_000), tax: eur(1_710) },
      { rate: '7.00', label: 'VAT', category: 'S', taxableAmount: eur(5_500), tax: eur(385) },
      { rate: '0', label: 'VAT', category: 'E', taxableAmount: eur(2_000), tax: eur(0), exemptionReason: 'Exempt' },
    ],
    taxTotal: eur(2_095),
    total: eur(18_595),
    prepaidAmount: eur(1_000),
    roundingAmount: eur(5),
    payments: [{ id: 'p1', date: '2026-01-02', method: 'Card', reference: null, amount: eur(8_000) }],
    amountPaid: eur(8_000),
    amountDue: eur(9_600),
  };
}

const rulesOf = (invoice: CheckedInvoice): string[] => checkInvoiceTotals(invoice).map((finding) => finding.rule);

describe('checkInvoiceTotals', () => {
  test('finds nothing on an invoice whose figures all add up', () => {
    assert.deepEqual(checkInvoiceTotals(validInvoice()), []);
  });

  const broken: Array<[rule: string, breakIt: (invoice: CheckedInvoice) => void]> = [
    ['BR-CO-10', (invoice) => (invoice.lineNetTotal = eur(17_001))],
    ['BR-CO-11', (invoice) => (invoice.allowanceTotal = eur(999))],
    ['BR-CO-12', (invoice) => (invoice.chargeTotal = eur(501))],
    ['BR-CO-13', (invoice) => (invoice.netTotal = eur(16_400))],
    ['BR-CO-14', (invoice) => (invoice.taxTotal = eur(2_096))],
    ['BR-CO-15', (invoice) => (invoice.total = eur(18_594))],
    ['BR-CO-16', (invoice) => (invoice.amountDue = eur(9_595))],
    ['BE-SUBTOTAL', (invoice) => (invoice.subtotal = eur(17_000))],
    ['BE-DISCOUNT-TOTAL', (invoice) => (invoice.discountTotal = eur(400))],
    ['BE-AMOUNT-PAID', (invoice) => (invoice.amountPaid = eur(7_000))],
  ];
  for (const [rule, breakIt] of broken) {
    test(`${rule}: names the rule when its figure is off`, () => {
      const invoice = validInvoice();
      breakIt(invoice);
      const findings = checkInvoiceTotals(invoice);
      // A broken figure can make a later rule that reads it fail too; the rule itself must be among them.
      assert.ok(findings.some((finding) => finding.rule === rule), `${rule} not found in ${JSON.stringify(findings)}`);
      assert.equal(findings[0]!.rule, rule);
    });
  }

  test('BR-CO-16: reports the expected and actual amounts, and a message naming the terms', () => {
    const invoice = validInvoice();
    invoice.amountDue = eur(9_595);
    assert.deepEqual(checkInvoiceTotals(invoice), [
      {
        rule: 'BR-CO-16',
        message: 'BT-115 Amount due for payment is 95.95 EUR; BT-112 − BT-113 + BT-114, less the payments received (amountPaid), is 96.00 EUR.',
        expected: eur(9_600),
        actual: eur(9_595),
      },
    ]);
  });

  test('BR-CO-16: a void invoice has nothing due', () => {
    const invoice = validInvoice();
    invoice.status = 'void';
    assert.deepEqual(rulesOf(invoice), ['BR-CO-16']);
    invoice.amountDue = eur(0);
    assert.deepEqual(rulesOf(invoice), []);
  });

  test('BR-CO-13 and on: totals the invoice leaves out are derived, not reported', () => {
    const invoice = validInvoice();
    delete invoice.lineNetTotal;
    delete invoice.netTotal;
    delete invoice.taxTotal;
    assert.deepEqual(rulesOf(invoice), []);
  });

  test('BR-CO-11: allowances without their sum are a finding (BT-107 is zero when absent)', () => {
    const invoice = validInvoice();
    delete invoice.allowanceTotal;
    assert.ok(rulesOf(invoice).includes('BR-CO-11'));
  });

  test('BR-S-08: a standard-rated row must hold its lines, less its allowances, plus its charges, at its rate', () => {
    const invoice = validInvoice();
    invoice.allowances = [{ amount: eur(1_000), vatCategory: 'S', vatRate: '7', reason: 'Loyalty' }];
    assert.deepEqual(rulesOf(invoice), ['BR-S-08', 'BR-S-08']);
  });

  test('BR-S-09: a standard-rated row’s tax is its taxable amount × its rate, rounded half away from zero', () => {
    const invoice = validInvoice();
    invoice.taxes[1] = { ...invoice.taxes[1]!, tax: eur(384) };
    invoice.taxTotal = eur(2_094);
    invoice.total = eur(18_594);
    invoice.amountDue = eur(9_599);
    assert.deepEqual(rulesOf(invoice), ['BR-S-09']);
  });

  test('BR-S-08: lines in a category and rate without a breakdown row are a finding', () => {
    const invoice = validInvoice();
    invoice.taxes = invoice.taxes.slice(0, 2);
    invoice.taxTotal = eur(2_095);
    const findings = checkInvoiceTotals(invoice);
    assert.deepEqual(findings.map((finding) => finding.rule), ['BR-E-08']);
    assert.match(findings[0]!.message, /no row for category E \(Exempt from VAT\)/);
  });

  // Each category's -08 and -09, on an invoice with one line in it.
  const categories: Array<[code: string, prefix: string, rate: string]> = [
    ['S', 'BR-S', '20'],
    ['Z', 'BR-Z', '0'],
    ['E', 'BR-E', '0'],
    ['AE', 'BR-AE', '0'],
    ['K', 'BR-IC', '0'],
    ['G', 'BR-G', '0'],
    ['O', 'BR-O', '0'],
    ['L', 'BR-AF', '7'],
    ['M', 'BR-AG', '10'],
    [undefined as unknown as string, 'BE-TAX', '8.875'],
  ];
  const oneLine = (code: string | undefined, rate: string, taxable: number, tax: number): CheckedInvoice => ({
    currency: 'EUR',
    status: 'open',
    lines: [line('only', 10_000, rate, code)],
    subtotal: eur(10_000),
    discountTotal: eur(0),
    taxes: [{ rate, label: 'Tax', taxableAmount: eur(taxable), tax: eur(tax), ...(code ? { category: code } : {}) }],
    total: eur(10_000 + tax),
    payments: [],
    amountPaid: eur(0),
    amountDue: eur(10_000 + tax),
  });
  for (const [code, prefix, rate] of categories) {
    const rightTax = percentOf(10_000, rate);
    test(`${prefix}-08 and ${prefix}-09 (category ${code ?? 'none'}): right figures pass, a wrong taxable amount or tax is named`, () => {
      assert.deepEqual(rulesOf(oneLine(code, rate, 10_000, rightTax)), []);
      assert.deepEqual(rulesOf(oneLine(code, rate, 9_999, percentOf(9_999, rate))), [`${prefix}-08`]);
      assert.deepEqual(rulesOf(oneLine(code, rate, 10_000, rightTax + 1)), [`${prefix}-09`]);
    });
  }

  test('the categories without a rate need a zero tax: an exempt row with tax is BR-E-09', () => {
    assert.deepEqual(rulesOf(oneLine('E', '0', 10_000, 100)), ['BR-E-09']);
  });

  test('BE-TAX-08: stacked sales taxes (state and local on the same lines) add up to the lines’ combined rate', () => {
    const usd = (amountMinor: number): Money => ({ amountMinor, currency: 'USD' });
    const invoice: CheckedInvoice = {
      currency: 'USD',
      status: 'open',
      lines: [{ ...line('hosting', 10_000, '10.25', undefined), lineTotal: usd(10_000), discount: usd(0), unitPrice: usd(10_000), msrpUnitPrice: usd(10_000) }],
      subtotal: usd(10_000),
      discountTotal: usd(0),
      taxes: [
        { rate: '6.5', label: 'State sales tax', taxableAmount: usd(10_000), tax: usd(650) },
        { rate: '3.75', label: 'Local sales tax', taxableAmount: usd(10_000), tax: usd(375) },
      ],
      total: usd(11_025),
      payments: [],
      amountPaid: usd(0),
      amountDue: usd(11_025),
    };
    assert.deepEqual(rulesOf(invoice), []);
    invoice.taxes[1] = { ...invoice.taxes[1]!, rate: '3.5', tax: usd(350) };
    invoice.total = usd(11_000);
    invoice.amountDue = usd(11_000);
    assert.deepEqual(rulesOf(invoice), ['BE-TAX-08', 'BE-TAX-08', 'BE-TAX-08']);
  });

  test('BE-TAX-08: rows at the lines’ own rates are not a stack, even with equal taxable amounts', () => {
    const invoice = oneLine(undefined, '7.5', 10_000, 750);
    invoice.lines.push(line('untaxed', 10_000, '0', undefined));
    invoice.subtotal = eur(20_000);
    invoice.taxes.push({ rate: '0', label: 'Tax', taxableAmount: eur(10_000), tax: eur(0) });
    invoice.total = eur(20_750);
    invoice.amountDue = eur(20_750);
    assert.deepEqual(rulesOf(invoice), []);
  });

  test('BE-CURRENCY: an amount in another currency is named', () => {
    const invoice = validInvoice();
    invoice.payments = [{ ...invoice.payments[0]!, amount: { amountMinor: 8_000, currency: 'USD' } }];
    assert.deepEqual(rulesOf(invoice), ['BE-CURRENCY']);
  });
});

describe('percentOf, the VAT of a taxable amount', () => {
  test('rounds half away from zero, exactly, in BigInt', () => {
    assert.equal(percentOf(250, '1'), 3); // 2.5 → 3
    assert.equal(percentOf(-250, '1'), -3); // −2.5 → −3
    assert.equal(percentOf(249, '1'), 2);
    assert.equal(percentOf(1_000, '7.5'), 75);
    assert.equal(percentOf(1, '8.875'), 0);
    assert.equal(percentOf(9_007_199_254_740_991, '20'), 1_801_439_850_948_198); // no float anywhere
  });
});
