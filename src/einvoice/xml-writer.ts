/**
 * A tiny XML writer for the e-invoice writers: elements as plain objects, serialised to a string with every text and
 * attribute escaped. No DOM (it runs in Node and in a worker).
 *
 * Why not fast-xml-parser's XMLBuilder, already a dependency of the reader: it escapes `& < > " '` but passes control
 * characters and lone surrogates through, which makes a document no XML parser accepts (XML 1.0 cannot carry U+0000–
 * U+001F other than tab, newline and carriage return, nor unpaired surrogates, not even as character references), and
 * it would pull ~12 KB of builder into a chunk that needs ~40 lines. Here those characters become U+FFFD, the
 * replacement character, so a hostile string still yields a well-formed document that shows where text was lost.
 *
 * Empty content is dropped: an element whose text is undefined or empty, or whose children all drop, is not written,
 * so optional EN 16931 terms are absent rather than empty (an empty element breaks the rules as a wrong value does).
 */

/** An element to write: its qualified name, attributes and children (undefined attributes are left out). */
export interface XmlOut {
  name: string;
  attributes: Record<string, string | undefined>;
  children: XmlOut[];
  text: string | undefined;
  /** Written even when empty: the schema requires the element (CII's header trade delivery). */
  keep?: boolean;
}

/** What may stand as a child: an element, nothing (any falsy value, so `value && element(…)` reads naturally), or a list of either (nested lists flatten). */
export type XmlChild = XmlOut | undefined | null | false | '' | 0 | readonly XmlChild[];

/** An element with children. */
export function element(name: string, attributes: Record<string, string | undefined>, ...children: XmlChild[]): XmlOut {
  const flat: XmlOut[] = [];
  const add = (child: XmlChild): void => {
    if (Array.isArray(child)) (child as readonly XmlChild[]).forEach(add);
    else if (child) flat.push(child as XmlOut);
  };
  children.forEach(add);
  return { name, attributes, children: flat, text: undefined };
}

/** An element holding text; left out when the text is undefined or empty. */
export function leaf(name: string, value: string | undefined | null, attributes: Record<string, string | undefined> = {}): XmlOut | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  return { name, attributes, children: [], text: value };
}

/**
 * Characters XML 1.0 cannot carry, C0 controls other than tab/newline/CR, U+FFFE/U+FFFF, and surrogates without their
 * pair; replaced by U+FFFD.
 */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text content, escaped: `&`, `<`, and `>` (so `]]>` cannot appear); carriage returns kept as references. */
export function escapeText(value: string): string {
  return value.replace(NOT_XML, '\uFFFD').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

/** An attribute value, escaped for double quotes; whitespace as references so attribute normalisation keeps it. */
export function escapeAttribute(value: string): string {
  return escapeText(value).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}

/** The element, written even when it has no content. */
export function required(node: XmlOut): XmlOut {
  return { ...node, keep: true };
}

/** Whether an element has anything to write. */
function hasContent(node: XmlOut): boolean {
  if (node.keep) return true;
  return node.text !== undefined ? node.text !== '' : node.children.some(hasContent);
}

function write(node: XmlOut, out: string[], depth: number): void {
  if (!hasContent(node)) return;
  const indent = '  '.repeat(depth);
  const attributes = Object.entries(node.attributes)
    .filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '')
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
  if (node.text !== undefined) {
    out.push(`${indent}<${node.name}${attributes}>${escapeText(node.text)}</${node.name}>`);
    return;
  }
  if (!node.children.some(hasContent)) {
    out.push(`${indent}<${node.name}${attributes}/>`);
    return;
  }
  out.push(`${indent}<${node.name}${attributes}>`);
  for (const child of node.children) write(child, out, depth + 1);
  out.push(`${indent}</${node.name}>`);
}

/** The document: an XML declaration and the root, indented by two spaces, ending in a newline. */
export function serializeXml(root: XmlOut): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  write(root, out, 0);
  return `${out.join('\n')}\n`;
}
