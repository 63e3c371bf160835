/**
 * `einvoiceToInvoice`, the importer: every CEN/TC 434 example in ../shared/einvoice/examples (UBL and CII) becomes an
 * invoice the contract's checks accept and whose figures pass `checkInvoiceTotals`; a few are compared field by field
 * with their XML; hostile XML is refused, never expanded.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import * as v from 'valibot';
import { invoiceSchema } from '../../src/api/generated/contract-checks.ts';
import { EinvoiceReadError, einvoiceToInvoice } from '../../src/einvoice/read-einvoice.ts';
import { minorUnitDigits } from '../../src/format/money.ts';
import { checkInvoiceTotals } from '../../src/invoice/check-invoice-totals.ts';

const examplesDir = new URL('../../../shared/einvoice/examples', import.meta.url).pathname;
const haveExamples = existsSync(examplesDir);
const examples = haveExamples
  ? ['ubl', 'cii'].flatMap((syntax) => readdirSync(join(examplesDir, syntax)).filter((file) => file.endsWith('.xml')).map((file) => `${syntax}/${file}`))
  : [];
const read = (example: string): string => readFileSync(join(examplesDir, example), 'utf8');
/** The first value of an element in the XML, by its local name, read with a regex: independent of the importer. */
const xmlValue = (xml: string, localName: string): string | undefined => new RegExp(`<(?:\\w+:)?${localName}(?:\\s[^>]*)?>([^<]*)<`).exec(xml)?.[1];
/** An amount in the XML as minor units of the currency (as Intl counts them: HUF has none), for comparison only. */
const minor = (decimal: string, currency: string): number => Math.round(Number(decimal) * 10 ** minorUnitDigits(currency));
const skip = haveExamples ? false : 'the CEN/TC 434 examples are not in ../shared/einvoice/examples (a clone without ../shared)';

describe('einvoiceToInvoice: the CEN/TC 434 examples', { skip }, () => {
  test('there are UBL and CII examples to read', () => {
    assert.ok(examples.filter((example) => example.startsWith('ubl/')).length >= 10, examples.join());
    assert.ok(examples.filter((example) => example.startsWith('cii/')).length >= 10, examples.join());
  });

  for (const example of examples) {
    test(`${example}: passes the contract's invoice check and checkInvoiceTotals, with the document's totals`, () => {
      const xml = read(example);
      const { invoice } = einvoiceToInvoice(xml);
      const checked = v.safeParse(invoiceSchema, invoice);
      assert.ok(checked.success, checked.success ? '' : `${checked.issues[0].message} at ${v.getDotPath(checked.issues[0])}`);
      assert.deepEqual(checkInvoiceTotals(invoice), []);
      const ubl = example.startsWith('ubl/');
      const number = ubl ? xmlValue(xml, 'ID') : /<rsm:ExchangedDocument>\s*<ram:ID>([^<]*)</.exec(xml)?.[1];
      assert.equal(invoice.number, number);
      assert.equal(invoice.total.amountMinor, minor(xmlValue(xml, ubl ? 'TaxInclusiveAmount' : 'GrandTotalAmount')!, invoice.currency));
      assert.equal(invoice.amountDue.amountMinor, minor(xmlValue(xml, ubl ? 'PayableAmount' : 'DuePayableAmount')!, invoice.currency));
      assert.ok(invoice.lines.length > 0 && invoice.taxes.length > 0);
    });
  }

  test('ubl-tc434-example2: VAT rows, party ids, references, payment instructions and prepaid amount as in the XML', () => {
    const { invoice, notCarried } = einvoiceToInvoice(read('ubl/ubl-tc434-example2.xml'));
    assert.equal(invoice.currency, 'NOK');
    assert.deepEqual(
      invoice.taxes.map((row) => [row.category, row.rate, row.taxableAmount.amountMinor, row.tax.amountMinor, row.exemptionReason]),
      [
        ['S', '25', 146_050, 36_513, undefined],
        ['S', '15', 100, 15, undefined],
        ['E', '0', -2_500, 0, 'Exempt New Means of Transport'],
      ],
    );
    assert.deepEqual([invoice.total.amountMinor, invoice.prepaidAmount?.amountMinor, invoice.amountDue.amountMinor], [180_178, 100_000, 80_178]);
    assert.equal(invoice.seller.taxId, 'NO123456789MVA');
    assert.deepEqual(invoice.seller.legalRegistration, { id: '123456789' });
    assert.equal(invoice.buyer.taxId, 'NO987654321MVA');
    assert.deepEqual(invoice.buyer.identifiers, [{ id: '3456789012098', scheme: '0088' }]);
    assert.deepEqual(invoice.references, { contractReference: 'Contract321', purchaseOrderReference: '123', buyerAccountingReference: 'Project cost code 123' });
    assert.deepEqual(invoice.paymentInstructions, {
      meansCode: '30',
      remittanceInformation: '0003434323213231',
      creditTransfers: [{ accountId: 'NO9386011117947', serviceProviderId: 'DNBANOKK' }],
    });
    assert.deepEqual(invoice.servicePeriod, { start: '2013-06-01', end: '2013-06-30' });
    const line = invoice.lines[0]!;
    assert.deepEqual([line.sku, line.quantity, line.unitCode, line.vatCategory, line.taxRate, line.discount.amountMinor, line.charges?.length], ['JB007', '2', 'EA', 'S', '25', 1_200, 1]);
    assert.ok(notCarried.includes('BG-24 Additional supporting documents (2)'), notCarried.join('; '));
  });

  test('CII_example5: preceding invoice, VAT in another currency, direct debit, electronic addresses as in the XML', () => {
    const { invoice } = einvoiceToInvoice(read('cii/CII_example5.xml'));
    assert.equal(invoice.currency, 'DKK');
    assert.deepEqual(invoice.references?.precedingInvoices, [{ number: 'TOSL109', issueDate: '2013-03-10' }]);
    assert.deepEqual([invoice.taxCurrency, invoice.taxTotalInTaxCurrency], ['EUR', { amountMinor: 62_862, currency: 'EUR' }]);
    assert.deepEqual(invoice.taxes.map((row) => [row.rate, row.taxableAmount.amountMinor, row.tax.amountMinor]), [['25', 150_000, 37_500], ['12', 250_000, 30_000]]);
    assert.deepEqual(invoice.paymentInstructions?.directDebit, { mandateReference: '123456', creditorId: 'DK5678' });
    assert.equal(invoice.paymentInstructions?.remittanceInformation, 'Payref1');
    assert.deepEqual(invoice.seller.electronicAddress, { id: 'info@selco.nl', scheme: 'EM' });
    assert.deepEqual(invoice.buyer.electronicAddress, { id: 'info@buyercompany.dk', scheme: 'EM' });
    assert.deepEqual([invoice.references?.buyerReference, invoice.references?.purchaseOrderReference, invoice.references?.projectReference], ['qwerty', 'PO4711', 'Project345']);
    assert.deepEqual([invoice.prepaidAmount?.amountMinor, invoice.amountDue.amountMinor], [233_750, 233_750]);
  });

  test('a credit note (type code 381) becomes kind credit_note with negative amounts that still add up', () => {
    const xml = read('cii/CII_example1.xml');
    const original = einvoiceToInvoice(xml).invoice;
    const { invoice } = einvoiceToInvoice(xml.replace(/(<rsm:ExchangedDocument>[\s\S]*?<ram:TypeCode>)380</, '$1381<'));
    assert.deepEqual([invoice.kind, invoice.documentType, invoice.typeCode], ['credit_note', 'credit_note', '381']);
    assert.equal(invoice.total.amountMinor, -original.total.amountMinor);
    assert.ok(original.total.amountMinor > 0);
    assert.deepEqual(checkInvoiceTotals(invoice), []);
  });

  test('a unit price finer than the currency is kept exactly as netPrice', () => {
    const xml = read('cii/CII_example1.xml').replace(/(<ram:NetPriceProductTradePrice>\s*<ram:ChargeAmount>)[^<]+</, '$10.0088<');
    const line = einvoiceToInvoice(xml).invoice.lines[0]!;
    assert.deepEqual([line.netPrice, line.unitPrice.amountMinor], ['0.0088', 1]);
  });
});

describe('einvoiceToInvoice: bad and hostile XML is refused with a clear message', () => {
  const refuses = (xml: string, message: RegExp): void => {
    assert.throws(() => einvoiceToInvoice(xml), (error: unknown) => error instanceof EinvoiceReadError && message.test(error.message));
  };
  const ubl = (body: string) => `<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">${body}</Invoice>`;

  test('billion laughs: a DOCTYPE with nested entities is refused unexpanded', () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>${ubl('<cbc:Note>&lol3;</cbc:Note>')}`;
    refuses(laughs, /DOCTYPE/);
  });

  test('an external entity (XXE) is refused', () => {
    refuses(`<!DOCTYPE x [<!ENTITY secret SYSTEM "file:///etc/passwd">]>${ubl('<cbc:Note>&secret;</cbc:Note>')}`, /DOCTYPE/);
  });

  test('malformed XML is named as such', () => {
    refuses(ubl('<cbc:ID>1</cbc:Note>'), /not well-formed XML/);
  });

  test('a document in another namespace is named, with its root', () => {
    refuses('<Invoice xmlns="urn:example:not-ubl"><ID>1</ID></Invoice>', /root is <Invoice> in urn:example:not-ubl/);
    refuses('<html><body>hi</body></html>', /not a UBL 2\.1 Invoice or CreditNote, nor a Cross Industry Invoice/);
  });

  test('empty and oversized input', () => {
    refuses('', /empty/);
    refuses(ubl(`<cbc:Note>${'x'.repeat(21 * 1024 * 1024)}</cbc:Note>`), /larger than 20 MB/);
  });

  test('character references are decoded once: &#13; is a carriage return, &amp;#13; the text "&#13;"', { skip }, () => {
    const xml = read('ubl/ubl-tc434-example2.xml').replace(/<cbc:Note>[^<]*<\/cbc:Note>/, '<cbc:Note>a&#13;b &#x20AC;5 &amp;#13;</cbc:Note>');
    assert.equal(einvoiceToInvoice(xml).invoice.notes, 'a\rb €5 &#13;');
  });

  test('an entity XML does not define (an HTML one such as &nbsp;) is refused as not well-formed', () => {
    refuses(ubl('<cbc:Note>a&nbsp;b</cbc:Note>'), /not well-formed XML: "&nbsp;" is not one of XML's entities/);
  });

  test('a UBL seller identification in scheme SEPA is the direct debit creditor id (BT-90), not a seller identifier (BT-29)', { skip }, () => {
    const xml = read('ubl/ubl-tc434-example2.xml').replace(
      /(<cac:AccountingSupplierParty>\s*<cac:Party>)/,
      '$1<cac:PartyIdentification><cbc:ID schemeID="SEPA">DE98ZZZ09999999999</cbc:ID></cac:PartyIdentification>',
    );
    const { invoice } = einvoiceToInvoice(xml);
    assert.equal(invoice.seller.identifiers?.some((identifier) => identifier.scheme === 'SEPA') ?? false, false);
  });

  test('markup in text stays text: predefined entities are decoded, nothing else happens', { skip }, () => {
    const xml = read('ubl/ubl-tc434-example2.xml').replace(/<cbc:Note>[^<]*<\/cbc:Note>/, '<cbc:Note>&lt;script&gt;alert(1)&lt;/script&gt; &amp; co</cbc:Note>');
    assert.equal(einvoiceToInvoice(xml).invoice.notes, '<script>alert(1)</script> & co');
  });
});
