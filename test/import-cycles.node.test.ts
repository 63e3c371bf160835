/**
 * No import cycle between the files of `src/` (issue #13): a cycle makes evaluation order decide whether a class
 * exists yet when another module uses it, and it is how a lazily loaded chunk ends up needing its loader.
 *
 * Edges are the imports that exist at run time: value imports, re-exports, side-effect imports and dynamic
 * `import()`. `import type` / `export type` are erased (`verbatimModuleSyntax`), so they cannot form a cycle at run
 * time; a view module may name its element's type.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { test } from 'node:test';
import ts from 'typescript';

const root = new URL('..', import.meta.url).pathname;
const src = join(root, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [join(dir, entry.name)] : [],
  );
}

/** The relative specifiers a file imports at run time. */
export function runtimeImports(fileName: string, text: string): string[] {
  const file = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && !node.importClause?.isTypeOnly && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push(node.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(node) && !node.isTypeOnly && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) {
      found.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found.filter((specifier) => specifier.startsWith('.'));
}

/** Every cycle's files, as found by a depth-first walk (each cycle reported once, from where the walk met it). */
export function findCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const cycles: string[][] = [];
  const done = new Set<string>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const walk = (node: string): void => {
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (onStack.has(next)) cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!done.has(next)) walk(next);
    }
    stack.pop();
    onStack.delete(node);
    done.add(node);
  };
  for (const node of graph.keys()) if (!done.has(node)) walk(node);
  return cycles;
}

function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(src)) {
    const targets = runtimeImports(file, readFileSync(file, 'utf8')).map((specifier) =>
      relative(root, resolve(dirname(file), specifier.replace(/\.js$/, '.ts'))),
    );
    graph.set(relative(root, file), targets);
  }
  return graph;
}

test('the walk finds a cycle, through a dynamic import too, and ignores type-only imports', () => {
  const imports = runtimeImports('a.ts', `import type { B } from './b.js';\nexport type { C } from './c.js';\nimport { d } from './d.js';\nconst e = () => import('./e.js');`);
  assert.deepEqual(imports, ['./d.js', './e.js']);
  const graph = new Map([
    ['a', ['b']],
    ['b', ['c']],
    ['c', ['a']],
    ['d', ['a']],
  ]);
  assert.deepEqual(findCycles(graph), [['a', 'b', 'c', 'a']]);
});

test('no file in src/ imports itself through other files', () => {
  const graph = importGraph();
  assert.ok(graph.size > 50, `only ${graph.size} files read from src/`);
  assert.ok([...graph.values()].some((targets) => targets.length > 0), 'no imports were found at all');
  const cycles = findCycles(graph).map((cycle) => cycle.join(' → '));
  assert.deepEqual(cycles, []);
});
