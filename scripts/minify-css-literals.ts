import MagicString from 'magic-string';
import type { Plugin } from 'vite';

/**
 * A Vite plugin that minifies the static text of Lit's `css`…`` literals in our own sources: comments go, runs of
 * whitespace become one space, and spaces around `{ } ; ,` and after `:` go. JavaScript minifiers leave template text alone, and
 * the stylesheets are a tenth of the standalone bundle. Interpolations (`${token('space-2')}`) and quoted strings
 * (`content: ': '`) are kept as written.
 */
export function minifyCssLiterals(): Plugin {
  return {
    name: 'billing-elements:minify-css-literals',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      const output = new MagicString(code);
      for (const part of cssLiteralParts(code)) {
        const text = code.slice(part.start, part.end);
        const minified = minifyCss(text);
        if (minified !== text) output.overwrite(part.start, part.end, minified || ' ');
      }
      return { code: output.toString(), map: output.generateMap({ hires: 'boundary' }) };
    },
  };
}

/** The static stretches of every css`…` literal: between the backticks, minus `${…}` interpolations. */
export function cssLiteralParts(code: string): Array<{ start: number; end: number }> {
  const parts: Array<{ start: number; end: number }> = [];
  const tag = /\bcss`/g;
  let match: RegExpExecArray | null;
  while ((match = tag.exec(code))) {
    let index = match.index + match[0].length;
    let start = index;
    while (index < code.length && code[index] !== '`') {
      if (code[index] === '\\') {
        index += 2;
      } else if (code.startsWith('${', index)) {
        if (index > start) parts.push({ start, end: index });
        index += 2;
        for (let depth = 1; depth > 0 && index < code.length; index++) {
          if (code[index] === '{') depth++;
          else if (code[index] === '}') depth--;
        }
        start = index;
      } else {
        index++;
      }
    }
    if (index > start) parts.push({ start, end: index });
    tag.lastIndex = index + 1;
  }
  return parts;
}

/** Minifies a piece of CSS text; quoted strings pass through untouched (comments go first: they may hold quotes). */
export function minifyCss(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split(/('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")/)
    .map((piece, index) =>
      index % 2 === 1
        ? piece
        : piece
            .replace(/\s+/g, ' ')
            .replace(/ ?([{};,]) ?/g, '$1')
            .replace(/: /g, ':'),
    )
    .join('');
}
