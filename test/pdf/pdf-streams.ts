/**
 * The drawing operators a PDF holds, for tests about how something is drawn rather than what a reader gets out of it
 * (pdf-reader.ts): every FlateDecode stream, inflated with the browser's own DecompressionStream, in file order.
 */
export async function inflatedStreams(blob: Blob): Promise<string[]> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  const text = Array.from(bytes, (byte) => String.fromCharCode(byte)).join('');
  const streams: string[] = [];
  for (const match of text.matchAll(/<<((?:(?!>>\s*stream)[\s\S])*)>>\s*stream\r?\n/g)) {
    const dictionary = match[1]!;
    if (!dictionary.includes('/FlateDecode')) continue;
    const length = Number(/\/Length (\d+)/.exec(dictionary)![1]);
    const start = match.index + match[0].length;
    const inflated = new Blob([bytes.slice(start, start + length)]).stream().pipeThrough(new DecompressionStream('deflate'));
    streams.push(new TextDecoder('latin1').decode(await new Response(inflated).arrayBuffer()));
  }
  return streams;
}
