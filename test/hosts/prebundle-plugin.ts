/**
 * A web-test-runner plugin that serves a few npm packages prebundled as ES modules, the way Vite's dependency
 * optimizer does, so the host-framework tests can import them by their bare names.
 *
 * The test server resolves bare imports but serves packages as published: React is CommonJS, and Vue's ESM build
 * reads `process.env.NODE_ENV`, neither of which a browser can load as is. esbuild bundles them once, on first
 * request, with code splitting, so `react`, `react/jsx-runtime` and `react-dom/client` share one React instance.
 */
import { execFileSync } from 'node:child_process';
import { build, type Plugin as EsbuildPlugin } from 'esbuild';

const PREFIX = '/__prebundled/';

export function prebundledDependencies(root: string, specifiers: readonly string[]) {
  // A module's export names, read in a separate Node process (loading the packages here would run them inside the test
  // runner); null if Node cannot `require` it, and then the entry falls back to `export *`.
  const commonJsExportNames = (specifier: string): string[] | null =>
    JSON.parse(
      execFileSync(
        process.execPath,
        ['-e', `let names = null; try { names = Object.keys(require(${JSON.stringify(specifier)})); } catch {} console.log(JSON.stringify(names));`],
        { cwd: root, encoding: 'utf8' },
      ),
    ) as string[] | null;
  let outputs: Promise<Map<string, string>> | undefined;

  // Entries re-export names one by one: `export *` from CommonJS would export nothing.
  const entries: EsbuildPlugin = {
    name: 'prebundle-entries',
    setup(esbuild) {
      esbuild.onResolve({ filter: /^entry:/ }, (args) => ({ path: args.path.slice('entry:'.length), namespace: 'entry' }));
      esbuild.onLoad({ filter: /.*/, namespace: 'entry' }, (args) => {
        const names = commonJsExportNames(args.path)?.filter((name) => /^[A-Za-z_$][\w$]*$/.test(name) && name !== 'default' && name !== '__esModule');
        const contents = names ? `export { ${names.join(', ')} } from '${args.path}';` : `export * from '${args.path}';`;
        return { contents, resolveDir: root, loader: 'js' };
      });
    },
  };

  async function bundle(): Promise<Map<string, string>> {
    const result = await build({
      entryPoints: specifiers.map((specifier) => ({ in: `entry:${specifier}`, out: specifier })),
      bundle: true,
      splitting: true,
      format: 'esm',
      target: 'es2022',
      write: false,
      outdir: '/out',
      logLevel: 'warning',
      define: {
        'process.env.NODE_ENV': '"development"',
        __VUE_OPTIONS_API__: 'true',
        __VUE_PROD_DEVTOOLS__: 'false',
        __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
      },
      plugins: [entries],
    });
    return new Map(result.outputFiles.map((file) => [file.path.slice('/out/'.length), file.text]));
  }

  return {
    name: 'prebundled-dependencies',
    resolveImport({ source }: { source: string }): string | undefined {
      return specifiers.includes(source) ? `${PREFIX}${source}.js` : undefined;
    },
    async serve(context: { path: string }): Promise<{ body: string; type: string } | undefined> {
      if (!context.path.startsWith(PREFIX)) return undefined;
      outputs ??= bundle();
      const body = (await outputs).get(context.path.slice(PREFIX.length));
      return body === undefined ? undefined : { body, type: 'js' };
    },
  };
}
