import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { cssLiteralParts, minifyCss } from '../../scripts/minify-css-literals.ts';

describe('minifyCss', () => {
  test('drops comments, and turns whitespace into at most one space, none around braces, semicolons and commas', () => {
    assert.equal(minifyCss('\n  /* why */\n  th,\n  td {\n    padding: 0 4px;\n  }\n'), ' th,td{padding:0 4px;}');
  });

  test('keeps the space of descendant selectors and of values', () => {
    assert.equal(minifyCss('a :hover { margin: calc(100% - 2rem) auto; }'), 'a :hover{margin:calc(100% - 2rem) auto;}');
  });

  test('keeps quoted strings as written, even after a comment with an apostrophe', () => {
    assert.equal(minifyCss("/* the badge's word */ td::before { content: attr(data-label) ':  '; }"), " td::before{content:attr(data-label) ':  ';}");
  });
});

describe('cssLiteralParts', () => {
  test('finds the static text of css literals and skips their interpolations', () => {
    const code = "const a = css`  gap: ${token('space-2')} ${token('space-4')};  `; const b = html`<p> ${x} </p>`;";
    const parts = cssLiteralParts(code).map(({ start, end }) => code.slice(start, end));
    assert.deepEqual(parts, ['  gap: ', ' ', ';  ']);
  });
});
