/**
 * The strict-CSP demo: demo/csp.html with the BUILT standalone bundle and the reference backend, every response
 * sent with `STRICT_CSP` (docs/csp.md). Vite's dev server cannot show this honestly (its client is an inline
 * script), so this builds the bundle exactly as `npm run build` does (standaloneBuildConfig) into a temporary
 * directory and serves it with node:http. The CSP test (test/csp/) drives a browser through it.
 *
 *   node --import tsx demo/csp-server.ts          # http://localhost:5174/ (PORT=… to change)
 *
 * Settings live in memory for the life of the process.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, transformWithOxc } from 'vite';
import { standaloneBuildConfig } from '../scripts/standalone-build-config.ts';
import { TRUSTED_TYPES_POLICY_NAME } from '../src/trusted-types.ts';
import { MemorySettingsStore } from './backend/memory-settings-store.ts';
import { toNodeListener } from './backend/node-listener.ts';
import { createReferenceBackend } from './backend/reference-backend.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The Trusted Types policies the library creates: Lit's, for its templates, and its own (previews, PDF worker). */
export const TRUSTED_TYPES_POLICIES = ['lit-html', TRUSTED_TYPES_POLICY_NAME] as const;

/** The policy from docs/csp.md: nothing inline, nothing evaluated, Trusted Types enforced. */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' https: data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
  `trusted-types ${TRUSTED_TYPES_POLICIES.join(' ')}`,
].join('; ');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
  '.ttf': 'font/ttf',
  '.png': 'image/png',
};

export interface CspDemoOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Default: loopback only. */
  host?: string;
  /** Honour the backend's test headers (`X-Billing-Tenant`, `X-Billing-Fault`). */
  testHooks?: boolean;
  /** A different policy, e.g. to show what breaks without a Trusted Types policy name. */
  policy?: string;
}

export interface CspDemo {
  /** The page, e.g. `http://127.0.0.1:41234/`. */
  url: string;
  policy: string;
  /** The path of every request served so far, in order (tests check which files a flow loaded). */
  requests: string[];
  close(): Promise<void>;
}

/** Builds the standalone bundle into a temporary directory and serves the demo page with it under `STRICT_CSP`. */
export async function startCspDemo(options: CspDemoOptions = {}): Promise<CspDemo> {
  const policy = options.policy ?? STRICT_CSP;
  const outDir = await mkdtemp(join(tmpdir(), 'billing-elements-csp-'));
  await build({ ...standaloneBuildConfig(root, outDir), logLevel: 'error' });
  const pageScript = (await transformWithOxc(await readFile(join(root, 'demo/csp.ts'), 'utf8'), 'csp.ts')).code;

  // The page and its own files by name; the bundle and its chunks from the build; everything else is the backend's.
  const pageFiles: Record<string, string> = {
    '/': join(root, 'demo/csp.html'),
    '/csp.html': join(root, 'demo/csp.html'),
    '/csp.css': join(root, 'demo/csp.css'),
    '/themes.css': join(root, 'src/styles/themes.css'),
  };
  const requests: string[] = [];
  const backend = toNodeListener(createReferenceBackend({ store: new MemorySettingsStore(), testHooks: options.testHooks ?? false }));

  async function serveFile(res: ServerResponse, body: string | Buffer, extension: string): Promise<void> {
    res.setHeader('Content-Type', CONTENT_TYPES[extension] ?? 'application/octet-stream');
    res.setHeader('Cache-Control', 'no-store');
    res.end(body);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // Every response carries the policy: a worker script is governed by the policy of its own response.
    res.setHeader('Content-Security-Policy', policy);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    requests.push(path);
    if (path === '/api' || path.startsWith('/api/')) return backend(req, res);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.statusCode = 405;
      return void res.end();
    }
    const pageFile = pageFiles[path];
    if (pageFile) return serveFile(res, await readFile(pageFile), extname(pageFile) || '.html');
    if (path === '/csp.js') return serveFile(res, pageScript, '.js');
    const built = normalize(join(outDir, path));
    if ((path === '/billing-elements.js' || path.startsWith('/chunks/')) && built.startsWith(outDir + sep)) {
      try {
        return await serveFile(res, await readFile(built), extname(built));
      } catch {
        // Not built: falls through to 404.
      }
    }
    res.statusCode = 404;
    res.end();
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve));
  const { address, port } = server.address() as AddressInfo;
  const host = address.includes(':') ? `[${address}]` : address;

  return {
    url: `http://${host}:${port}/`,
    policy,
    requests,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await rm(outDir, { recursive: true, force: true });
    },
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === normalize(process.argv[1])) {
  const demo = await startCspDemo({ port: Number(process.env.PORT ?? 5174), host: process.env.HOST ?? 'localhost' });
  console.log(`Strict-CSP demo on ${demo.url}\nPolicy: ${demo.policy}`);
  const shutDown = () => void demo.close().then(() => process.exit(0));
  process.on('SIGTERM', shutDown);
  process.on('SIGINT', shutDown);
}
