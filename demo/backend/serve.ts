/**
 * The reference backend as a standalone HTTP server, for benchmarks and Node tests:
 *   PORT=8787 DATA_FILE=.data/settings.json TEST_HOOKS=1 node --import tsx demo/backend/serve.ts
 * PORT defaults to 8787 (0 picks a free one); DATA_FILE to `.data/settings.json` in the repository; TEST_HOOKS=1
 * enables the test headers. Prints `listening on <url>` once it accepts connections.
 */
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { toNodeListener } from './node-listener.js';
import { createReferenceBackend } from './reference-backend.js';
import { FileSettingsStore } from './settings-store.js';

const port = Number(process.env.PORT ?? 8787);
const dataFile = process.env.DATA_FILE ?? fileURLToPath(new URL('../../.data/settings.json', import.meta.url));
const backend = createReferenceBackend({ store: new FileSettingsStore(dataFile), testHooks: process.env.TEST_HOOKS === '1' });
const listener = toNodeListener(backend);

const server = createServer((req, res) => {
  listener(req, res).catch((error: unknown) => {
    console.error(error);
    if (!res.headersSent) res.statusCode = 500;
    res.end();
  });
});

server.listen(port, () => {
  const address = server.address();
  console.log(`listening on http://localhost:${typeof address === 'object' && address ? address.port : port}/api`);
});

function shutDown() {
  server.close(() => process.exit(0));
  server.closeAllConnections();
}
process.on('SIGTERM', shutDown);
process.on('SIGINT', shutDown);
