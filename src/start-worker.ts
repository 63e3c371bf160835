import { TRUSTED_TYPES_POLICY_NAME, trustedScriptUrl } from './trusted-types.js';

/** A worker that was created (it may still fail to load), or why none could be. */
export type WorkerStart =
  | {
      worker: Worker;
      /** What to tell the developer if the worker fails to load: the URL, and what the page must allow. */
      failureHint: string;
    }
  | { worker: null; problem: string };

/**
 * Creates the library's module worker by calling `create`, which must be the literal
 * `() => new Worker(new URL(…, import.meta.url), { type: 'module' })` with the file's relative path as a string literal: webpack 5 bundles a worker only from
 * that form with the global `Worker` (a local name, even one bound to the same class, makes it copy the file raw),
 * and Vite, Rollup and esbuild's worker plugins look for the same form.
 *
 * For the length of that one synchronous call, the global `Worker` is a subclass that does what the bare constructor
 * cannot:
 * - its script URL goes through the library's Trusted Types policy (src/trusted-types.ts), which a page with
 *   `require-trusted-types-for 'script'` demands of every worker URL;
 * - a worker on another origin than the page (the standalone bundle on a CDN) is started from a same-origin `blob:`
 *   module that `import()`s it, since browsers start workers only from the page's own origin.
 * The global is put back before anything else can run.
 */
export function startWorker(create: () => Worker): WorkerStart {
  const GlobalWorker = globalThis.Worker;
  let started: URL | null = null;
  globalThis.Worker = class LibraryWorker extends GlobalWorker {
    constructor(scriptUrl: URL | string, options?: WorkerOptions) {
      const url = new URL(String(scriptUrl), document.baseURI);
      started = url;
      const bootstrap = url.origin === location.origin ? null : bootstrapUrl(url, options);
      const trusted = trustedScriptUrl(bootstrap ?? url);
      if (trusted === null) {
        if (bootstrap) URL.revokeObjectURL(bootstrap);
        throw new WorkerStartProblem(
          `this page's Content Security Policy does not allow the Trusted Types policy "${TRUSTED_TYPES_POLICY_NAME}" ` +
            `that vouches for the worker's URL: add it to the trusted-types directive (docs/csp.md).`,
        );
      }
      super(trusted as string, options);
      if (bootstrap) {
        // Kept until the worker has run it (or failed to): revoking at once can race the worker's own fetch.
        const release = () => URL.revokeObjectURL(bootstrap);
        this.addEventListener('message', release, { once: true });
        this.addEventListener('error', release, { once: true });
      }
    }
  };
  const failureHint = (url: URL) =>
    url.origin === location.origin
      ? `the worker ${url.href} did not load: a Content-Security-Policy whose worker-src (or script-src) does not allow ` +
        `${url.origin}, or the file is missing (docs/pdf.md, "Bundlers").`
      : `the bundle is on another origin (${url.origin}), so its worker ${url.href} is started from a same-origin blob: ` +
        `module that imports it, and that failed: allow blob: in worker-src (\`worker-src 'self' blob:\`), ${url.origin} in ` +
        `script-src, and serve the bundle with Access-Control-Allow-Origin; or host the bundle on this page's origin (docs/csp.md).`;
  try {
    const worker = create();
    return { worker, failureHint: failureHint(started ?? new URL(location.href)) };
  } catch (error) {
    return { worker: null, problem: error instanceof WorkerStartProblem ? error.message : `the worker could not be created: ${String(error)}.` };
  } finally {
    globalThis.Worker = GlobalWorker;
  }
}

/** A problem the library explains itself, with what to configure. */
class WorkerStartProblem extends Error {}

/** A same-origin `blob:` module that imports the cross-origin worker module (its failure reaches the worker's `error` event). */
function bootstrapUrl(url: URL, options?: WorkerOptions): string {
  if (options?.type !== 'module') {
    throw new WorkerStartProblem(`the worker ${url.href} is on another origin than the page and is not a module worker, so it cannot be imported from a same-origin bootstrap.`);
  }
  const source = `import(${JSON.stringify(url.href)}).catch((error) => setTimeout(() => { throw error; }));\n`;
  return URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
}
