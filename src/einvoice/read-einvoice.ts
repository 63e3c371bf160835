/**
 * `einvoiceToInvoice(xml)`: an EN 16931 e-invoice — UBL 2.1 Invoice or CreditNote, or UN/CEFACT Cross Industry Invoice
 * (as Factur-X / ZUGFeRD carry it) — read into the contract's `Invoice`, with the list of what the contract could not
 * carry. Pure: no DOM, no I/O, so it runs in Node and in a browser worker.
 *
 * Amounts become integer minor units of the invoice currency. A credit note's amounts are negative, as the contract
 * has them (EN 16931 writes them positive and says "credit note" in the type code). What the contract has and the
 * document does not is filled as an importer must: status `open`, no payments, `sku` empty when the seller gives no
 * item id, the printed unit is the UN/ECE unit code, and a missing due date (BT-9) is the issue date — the last
 * named in `notCarried`, because it is the one figure invented.
 */
import { readCii } from './read-cii.js';
import { readUbl } from './read-ubl.js';
import { EinvoiceReadError, parseXml } from './xml-tree.js';
import type { EinvoiceReading } from './contract-builder.js';

export { EinvoiceReadError } from './xml-tree.js';
export type { EinvoiceReading } from './contract-builder.js';

const UBL_INVOICE = 'urn:oasis:names:specification:ubl:schema:xsd:Invoice-2';
const UBL_CREDIT_NOTE = 'urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2';
const CII = 'urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100';

/** Reads an e-invoice; throws EinvoiceReadError with a clear message for anything that is not one. */
export function einvoiceToInvoice(xml: string): EinvoiceReading {
  const { name, root } = parseXml(xml);
  const namespace = rootNamespace(xml);
  if (name === 'Invoice' && namespace === UBL_INVOICE) return readUbl(root, false);
  if (name === 'CreditNote' && namespace === UBL_CREDIT_NOTE) return readUbl(root, true);
  if (name === 'CrossIndustryInvoice' && namespace === CII) return readCii(root);
  throw new EinvoiceReadError(
    `This is not a UBL 2.1 Invoice or CreditNote, nor a Cross Industry Invoice: its root is <${name}>${namespace ? ` in ${namespace}` : ' without a namespace'}.`,
  );
}

/** The namespace of the root element, from its start tag (prefixed or default). */
function rootNamespace(xml: string): string | undefined {
  const start = /<(?![?!])([\w.-]+:)?[\w.-]+([^>]*)>/.exec(xml);
  if (!start) return undefined;
  const prefix = start[1] ? start[1].slice(0, -1) : '';
  const declaration = new RegExp(`xmlns${prefix ? `:${prefix}` : ''}\\s*=\\s*["']([^"']*)["']`).exec(start[2]!);
  return declaration?.[1];
}
