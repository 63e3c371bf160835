/**
 * The e-invoice writers, checked by the official EN 16931 rules (../shared/einvoice, run with SaxonJS): the seed's
 * invoices written as UBL and as CII pass with no fatal failure, and so does every CEN/TC 434 example read with
 * `einvoiceToInvoice` and written again, in both syntaxes, keeping its totals, VAT breakdown and party ids. An invoice
 * the rules would refuse is one `einvoiceProblems` names, for the rules that refuse it.
 *
 * Without ../shared (a clone on its own) the rule-based tests say so and are skipped; the rest runs.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import type { Invoice } from '../../src/api/types.ts';
import { einvoiceProblems, einvoiceToInvoice, invoiceToCii, invoiceToUbl } from '../../src/einvoice/einvoice.ts';
import { CUSTOMERS, generateInvoice, type SeedInvoice } from '../../demo/backend/seed.ts';

const rulesDir = new URL('../../../shared/einvoice', import.meta.url).pathname;
const haveRules = ['validate.mjs', 'EN16931-UBL-validation.sef.json', 'EN16931-CII-validation.sef.json'].every((file) => existsSync(join(rulesDir, file)));
const skip = haveRules ? false : `the EN 16931 rules are not in ${rulesDir} (a clone without ../shared): rule-based tests skipped`;
if (!haveRules) console.log(`# ${skip}`);

interface Validation {
  fired: number;
  failures: Array<{ id: string; flag: string; text: string; location: string }>;
}
const validate = async (xml: string): Promise<Validation> => {
  const { validateEn16931 } = (await import(join(rulesDir, 'validate.mjs'))) as { validateEn16931: (xml: string) => Promise<Validation> };
  return validateEn16931(xml);
};
const fatal = (result: Validation) => result.failures.filter((failure) => failure.flag === 'fatal');
const describeFatal = (result: Validation) => fatal(result).map((failure) => `${failure.id} at ${failure.location}: ${failure.text}`).join('\n');

const asInvoice = (seed: SeedInvoice): Invoice => ({ ...seed, emails: [] });

/**
 * The seed's invoices to write: every hand-written EN 16931 scenario, and of each generated customer the first two
 * invoices, its first credit note and its specially named invoices (300 lines, hostile strings). Not all 10,000 of the
 * large customer: they are made by the same code from the same catalog.
 */
function seedSelection(): Invoice[] {
  const invoices: Invoice[] = [];
  for (const customer of CUSTOMERS) {
    if (customer.invoices) {
      invoices.push(...customer.invoices(null).map(asInvoice));
      continue;
    }
    const indexes = new Set([0, 1, ...Object.keys(customer.specialIds ?? {}).map(Number)].filter((index) => index < customer.invoiceCount));
    for (let index = 0; index < Math.min(customer.invoiceCount, 60); index++) {
      if (generateInvoice(customer, index, null).kind === 'credit_note') {
        indexes.add(index);
        break;
      }
    }
    for (const index of indexes) invoices.push(asInvoice(generateInvoice(customer, index, null)));
  }
  return invoices;
}

/** What must survive reading and writing again: every total, the VAT breakdown, and who the parties are. */
function figures(invoice: Invoice) {
  const party = (party: Invoice['seller'] | Invoice['buyer']) => ({
    name: party.name,
    taxId: party.taxId,
    identifiers: party.identifiers,
    legalRegistration: party.legalRegistration?.id,
    electronicAddress: party.electronicAddress,
    country: party.address.country,
  });
  return {
    kind: invoice.kind,
    number: invoice.number,
    currency: invoice.currency,
    // An absent total is what the contract says it means (BT-107/108/113/114: zero; BT-110: Σ of the breakdown), so a
    // writer that states it explicitly (UBL requires BT-110) keeps the figure.
    totals: [
      invoice.lineNetTotal?.amountMinor,
      invoice.allowanceTotal?.amountMinor ?? 0,
      invoice.chargeTotal?.amountMinor ?? 0,
      invoice.netTotal?.amountMinor,
      invoice.taxTotal?.amountMinor ?? invoice.taxes.reduce((sum, row) => sum + row.tax.amountMinor, 0),
      invoice.total.amountMinor,
      invoice.prepaidAmount?.amountMinor ?? 0,
      invoice.roundingAmount?.amountMinor ?? 0,
      invoice.amountDue.amountMinor,
    ],
    taxes: invoice.taxes.map((row) => [row.category, row.rate, row.taxableAmount.amountMinor, row.tax.amountMinor, row.exemptionReason, row.exemptionReasonCode]),
    lines: invoice.lines.map((line) => [line.quantity, line.lineTotal.amountMinor, line.vatCategory, line.taxRate]),
    seller: party(invoice.seller),
    buyer: party(invoice.buyer),
  };
}

/**
 * A seed invoice's figures as an e-invoice states them: kind, totals with BT-115 before the payments received later
 * (the contract's amountDue subtracts them), the breakdown's amounts and the lines'. Categories and party ids are
 * not compared: the writer fills a category a generated invoice lacks and leaves out what the rules forbid.
 */
function seedFigures(invoice: Invoice) {
  const { totals, kind, number, currency } = figures(invoice);
  const sum = (amounts: number[]) => amounts.reduce((total, amount) => total + amount, 0);
  const lineNet = invoice.lineNetTotal?.amountMinor ?? sum(invoice.lines.map((line) => line.lineTotal.amountMinor));
  // A generated invoice states no BT-106/109; they are what the contract says they are.
  totals[0] = lineNet;
  totals[3] ??= lineNet - totals[1]! + totals[2]!;
  const payable = invoice.total.amountMinor - (invoice.prepaidAmount?.amountMinor ?? 0) + (invoice.roundingAmount?.amountMinor ?? 0);
  return {
    kind,
    number,
    currency,
    totals: [...totals.slice(0, -1), payable],
    taxes: invoice.taxes.map((row) => [row.rate, row.taxableAmount.amountMinor, row.tax.amountMinor]),
    lines: invoice.lines.map((line) => [line.lineTotal.amountMinor, line.taxRate]),
  };
}

describe('invoiceToUbl and invoiceToCii: the seed invoices pass the EN 16931 rules', { skip }, () => {
  const invoices = seedSelection();

  test('the selection covers every hand-written scenario and each generated customer', () => {
    assert.ok(invoices.length >= 30, String(invoices.length));
    assert.ok(invoices.some((invoice) => invoice.kind === 'credit_note'));
    assert.ok(invoices.some((invoice) => invoice.lines.length === 300));
    assert.ok(invoices.some((invoice) => invoice.id === 'inv-hostile-1'));
  });

  // An invoice EN 16931 cannot carry is one `einvoiceProblems` names; there must be few, and they must be these.
  const refused = invoices.filter((invoice) => einvoiceProblems(invoice, 'cii').length > 0);
  test('einvoiceProblems refuses only the US sales-tax invoice and the KWD invoices whose amounts have three decimals', () => {
    assert.ok(refused.length > 0);
    for (const invoice of refused) assert.ok(invoice.id === 'inv-cascade-sales-tax' || invoice.currency === 'KWD', invoice.id);
  });

  for (const invoice of invoices) {
    const problems = einvoiceProblems(invoice, 'cii');
    for (const [syntax, write] of [
      ['UBL', invoiceToUbl],
      ['CII', invoiceToCii],
    ] as const) {
      if (problems.length === 0) {
        test(`${invoice.id} as ${syntax}: no fatal failure, rules fired, and it reads back with the same figures`, async () => {
          const xml = write(invoice);
          const result = await validate(xml);
          assert.ok(result.fired > 0, 'no rule fired');
          assert.equal(fatal(result).length, 0, describeFatal(result));
          // Read back, it is the same invoice: a credit note's amounts, positive in the document, negative again.
          assert.deepEqual(seedFigures(einvoiceToInvoice(xml).invoice), seedFigures(invoice));
        });
      } else {
        test(`${invoice.id} as ${syntax}: the rules refuse it for what einvoiceProblems names (${problems.map((problem) => problem.rule).join(', ')})`, async () => {
          const failed = new Set(fatal(await validate(write(invoice))).map((failure) => failure.id));
          for (const problem of problems) assert.ok(failed.has(problem.rule), `${problem.rule} did not fail: ${[...failed].join(', ')}`);
        });
      }
    }
  }
});

const examplesDir = join(rulesDir, 'examples');
const examples = existsSync(examplesDir)
  ? ['ubl', 'cii'].flatMap((syntax) => readdirSync(join(examplesDir, syntax)).filter((file) => file.endsWith('.xml')).map((file) => `${syntax}/${file}`))
  : [];

describe('the CEN/TC 434 examples, read and written again in both syntaxes, pass and keep their figures', { skip }, () => {
  test('there are examples of both syntaxes', () => {
    assert.ok(examples.filter((example) => example.startsWith('ubl/')).length >= 10);
    assert.ok(examples.filter((example) => example.startsWith('cii/')).length >= 10);
  });

  for (const example of examples) {
    for (const [syntax, write] of [
      ['UBL', invoiceToUbl],
      ['CII', invoiceToCii],
    ] as const) {
      test(`${example} → ${syntax}: no fatal failure; totals, VAT breakdown and party ids as read`, async () => {
        const { invoice } = einvoiceToInvoice(readFileSync(join(examplesDir, example), 'utf8'));
        assert.deepEqual(einvoiceProblems(invoice, 'cii'), []);
        const xml = write(invoice);
        const result = await validate(xml);
        assert.ok(result.fired > 0, 'no rule fired');
        assert.equal(fatal(result).length, 0, describeFatal(result));
        assert.deepEqual(figures(einvoiceToInvoice(xml).invoice), figures(invoice));
      });
    }
  }
});

describe('the rules see what the writer leaves out (the validation can fail)', { skip }, () => {
  const scenario = CUSTOMERS.find((customer) => customer.id === 'cus-hansa')!.invoices!(null).map(asInvoice)[0]!;

  test('a UBL invoice without its seller loses BR-08 and more', async () => {
    const xml = invoiceToUbl(scenario).replace(/<cac:AccountingSupplierParty>[\s\S]*?<\/cac:AccountingSupplierParty>/, '');
    assert.ok(fatal(await validate(xml)).some((failure) => failure.id === 'BR-08'));
  });

  test('a CII invoice whose VAT breakdown is off by a cent fails BR-CO-14', async () => {
    const xml = invoiceToCii({ ...scenario, taxTotal: { ...scenario.taxTotal!, amountMinor: scenario.taxTotal!.amountMinor + 1 } });
    assert.ok(fatal(await validate(xml)).some((failure) => failure.id === 'BR-CO-14'));
  });
});

describe('hostile strings come out as well-formed XML that reads back as the same text', () => {
  /** Any character outside XML 1.0's Char production; with the u flag, a lone surrogate is one code point and matches. */
  const notXmlChar = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
  const hostile = asInvoice(generateInvoice(CUSTOMERS.find((customer) => customer.id === 'cus-hostile')!, 0, null));
  const nasty = ['<script>alert(1)</script>', 'Tom & Jerry ]]> "quoted" \'apostrophe\'', 'a\u0000b\u0007c\u001Fd', 'lone \uD800 high and \uDC00 low', 'tab\tnew\nline\r\nend', '😀 ok pair'];
  const withNasty: Invoice = {
    ...hostile,
    notes: nasty.join(' | '),
    seller: { ...hostile.seller, name: nasty[1]!, contact: { name: nasty[2]!, email: 'billing@example.com' } },
    buyer: { ...hostile.buyer, name: nasty[3]! },
    lines: hostile.lines.map((line, index) => ({ ...line, description: nasty[index % nasty.length]!, note: nasty[4] })),
  };

  for (const [syntax, write] of [
    ['UBL', invoiceToUbl],
    ['CII', invoiceToCii],
  ] as const) {
    // Not left to a parser: SaxonJS and fast-xml-parser both accept control characters that XML 1.0 forbids.
    test(`${syntax}: every character of the document is one XML 1.0 allows`, () => {
      const xml = write(withNasty);
      assert.ok(xml.includes('\uFFFD'));
      assert.equal(notXmlChar.exec(xml)?.[0], undefined);
    });

    test(`${syntax}: markup, ampersands and quotes read back unchanged; characters XML cannot carry become U+FFFD`, () => {
      const read = einvoiceToInvoice(write(withNasty)).invoice;
      assert.equal(read.seller.name, nasty[1]);
      assert.equal(read.seller.contact?.name, 'a\uFFFDb\uFFFDc\uFFFDd');
      assert.equal(read.buyer.name, 'lone \uFFFD high and \uFFFD low');
      assert.equal(read.lines[0]!.description, '<script>alert(1)</script>');
      assert.equal(read.notes, [nasty[0], nasty[1], 'a\uFFFDb\uFFFDc\uFFFDd', 'lone \uFFFD high and \uFFFD low', 'tab\tnew\nline\r\nend', '😀 ok pair'].join(' | '));
    });

    test(`${syntax}: no raw markup from the data reaches the document`, () => {
      const xml = write(withNasty);
      // The elements the writer makes are all namespaced (cbc:, cac:, ram:, …); any other start tag came from the data.
      assert.deepEqual(xml.match(/<(?![?/]|(?:cbc|cac|ram|rsm|udt|qdt):|Invoice[\s>]|CreditNote[\s>])[^\s>]*/g) ?? [], []);
      assert.equal(xml.includes(']]>'), false);
    });
  }
});
