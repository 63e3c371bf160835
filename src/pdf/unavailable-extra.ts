/**
 * Stands in for jsPDF's optional extras (html2canvas, dompurify, canvg). jsPDF imports them lazily only for
 * `doc.html()` and SVG drawing, which this library never calls; bundlers would still emit them as chunks (about
 * 200 KB) unless the specifiers point here. See `optionalPdfExtrasAlias`.
 */
export default function unavailable(): never {
  throw new Error('billing-elements does not ship jsPDF\u2019s html2canvas/dompurify/canvg extras.');
}
