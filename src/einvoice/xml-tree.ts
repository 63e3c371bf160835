/**
 * E-invoice XML as a plain tree, safely: no DOM (it runs in Node and in a worker), no entity expansion. A document
 * with a DOCTYPE is refused before it is parsed — EN 16931 documents never have one, and it is where entity tricks
 * (billion laughs, external entities) live — so only the five predefined XML entities and character references are
 * ever decoded.
 *
 * Parsed with fast-xml-parser (pure JavaScript, browsers and Node alike), namespace prefixes dropped: UBL's `cbc:ID`
 * and CII's `ram:ID` are both `ID`; the root's namespace is checked before anything is read.
 */
import { XMLParser } from 'fast-xml-parser';

/** An element: its children by local name (always lists, in document order), its attributes as `@name`, its text as `#text`. */
export interface XmlElement {
  [name: string]: XmlNode[] | string | undefined;
}
export type XmlNode = XmlElement | string;

/** Why an e-invoice could not be read, in words for the person who gave it. */
export class EinvoiceReadError extends Error {
  override name = 'EinvoiceReadError';
}

/** Larger than any real invoice (the CEN examples are ≤ 40 KB; with embedded attachments a few MB). */
export const MAX_XML_BYTES = 20 * 1024 * 1024;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  // Values stay strings: "0.0088" and "000123" must not become numbers.
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (_name, _path, _isLeaf, isAttribute) => !isAttribute,
  processEntities: true,
  // Decodes character references (`&#13;`, `&#x20AC;`), which XML has and the parser otherwise leaves as text. It
  // would decode HTML's named entities too; parseXml refuses those first, as XML without a DTD has none.
  htmlEntities: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
});

/** The document's root element and its local name; throws EinvoiceReadError on anything that is not safe, well-formed XML. */
export function parseXml(xml: string): { name: string; root: XmlElement } {
  if (typeof xml !== 'string' || xml.trim() === '') throw new EinvoiceReadError('The e-invoice is empty.');
  if (xml.length > MAX_XML_BYTES) throw new EinvoiceReadError(`The e-invoice is larger than ${MAX_XML_BYTES / 1024 / 1024} MB; no real invoice is.`);
  if (/<!DOCTYPE/i.test(xml) || /<!ENTITY/i.test(xml)) {
    throw new EinvoiceReadError('The e-invoice has a DOCTYPE or entity declarations; e-invoices never do, and they are refused unexpanded.');
  }
  const undefinedEntity = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)[^;\s<&]*;?/.exec(xml);
  if (undefinedEntity) {
    throw new EinvoiceReadError(`The e-invoice is not well-formed XML: "${undefinedEntity[0].slice(0, 20)}" is not one of XML's entities (&amp; &lt; &gt; &quot; &apos;) nor a character reference.`);
  }
  let parsed: Record<string, unknown>;
  try {
    parsed = parser.parse(xml, true) as Record<string, unknown>;
  } catch (error) {
    throw new EinvoiceReadError(`The e-invoice is not well-formed XML: ${error instanceof Error ? error.message : String(error)}`);
  }
  const names = Object.keys(parsed).filter((key) => !key.startsWith('?') && !key.startsWith('#'));
  const [name] = names;
  const roots = name === undefined ? undefined : (parsed[name] as XmlNode[]);
  if (names.length !== 1 || !roots || roots.length !== 1 || typeof roots[0] !== 'object') {
    throw new EinvoiceReadError('The e-invoice has no single root element.');
  }
  return { name: name!, root: roots[0] };
}

/** The child elements named by a path of local names (`Party/PartyName/Name`), in document order. */
export function all(node: XmlNode | undefined, path: string): XmlNode[] {
  let nodes: XmlNode[] = node === undefined ? [] : [node];
  for (const step of path.split('/')) {
    nodes = nodes.flatMap((current) => (typeof current === 'object' && Array.isArray(current[step]) ? (current[step] as XmlNode[]) : []));
  }
  return nodes;
}

/** The first element at the path, if any. */
export function one(node: XmlNode | undefined, path: string): XmlNode | undefined {
  return all(node, path)[0];
}

/** The text of the first element at the path (or of the node itself with no path); undefined when absent or empty. */
export function text(node: XmlNode | undefined, path?: string): string | undefined {
  const target = path === undefined ? node : one(node, path);
  const value = typeof target === 'object' ? target['#text'] : target;
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** An attribute of the first element at the path. */
export function attribute(node: XmlNode | undefined, path: string, name: string): string | undefined {
  const target = one(node, path);
  const value = typeof target === 'object' ? target[`@${name}`] : undefined;
  return typeof value === 'string' && value !== '' ? value : undefined;
}
