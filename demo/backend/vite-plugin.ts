/**
 * A Vite plugin that mounts the reference backend at /api in the dev server and the preview server, so the demo
 * portal talks to it on its own origin. Settings are kept in `.data/settings.json` in the repository (git-ignored),
 * so they survive restarting `npm start`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import type { Connect, Plugin } from 'vite';
import { toNodeListener } from './node-listener.js';
import { createReferenceBackend } from './reference-backend.js';
import { FileSettingsStore } from './settings-store.js';

export interface ReferenceBackendPluginOptions {
  /** The settings file. Default: `.data/settings.json` in the repository. */
  dataFile?: string;
  /** Honour the test headers (`X-Billing-Tenant`, `X-Billing-Fault`); handy for trying error states in the demo. */
  testHooks?: boolean;
}

export function referenceBackend(options: ReferenceBackendPluginOptions = {}): Plugin {
  const dataFile = options.dataFile ?? fileURLToPath(new URL('../../.data/settings.json', import.meta.url));
  const listener = toNodeListener(createReferenceBackend({ store: new FileSettingsStore(dataFile), testHooks: options.testHooks ?? false }));

  // Mounted without a path prefix: connect would strip `/api` from req.url, and the backend routes on the full path.
  const middleware: Connect.NextHandleFunction = (req: IncomingMessage, res: ServerResponse, next) => {
    const path = req.url ?? '';
    if (path !== '/api' && !path.startsWith('/api/') && !path.startsWith('/api?')) return next();
    listener(req, res).catch(next);
  };

  return {
    name: 'billing-elements-reference-backend',
    configureServer(server) {
      server.middlewares.use(middleware);
    },
    configurePreviewServer(server) {
      server.middlewares.use(middleware);
    },
  };
}
