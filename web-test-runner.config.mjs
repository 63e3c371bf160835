// Browser tests: every test/**/*.test.ts runs in a real headless Chromium, against the reference backend mounted
// on the same origin at /api (so tests exercise real HTTP, and inject faults through request headers).
// Run through `npm run test:browser`, which loads tsx so this file can import the TypeScript backend.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { createReferenceBackend } from './demo/backend/reference-backend.ts';
import { toNodeListener } from './demo/backend/node-listener.ts';
import { FileSettingsStore } from './demo/backend/settings-store.ts';
import { prebundledDependencies } from './test/hosts/prebundle-plugin.ts';

function findChromium() {
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/opt/google/chrome/chrome',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ].filter(Boolean);
  const found = candidates.find((path) => existsSync(path));
  if (!found) {
    console.error(
      'No Chromium or Chrome found for the browser tests. Install one (Debian/Ubuntu: `sudo apt-get install chromium`) ' +
        'or point CHROME_PATH at its executable.',
    );
    process.exit(1);
  }
  return found;
}

const rootDir = new URL('.', import.meta.url).pathname;
const dataDir = mkdtempSync(join(tmpdir(), 'billing-elements-test-'));
const backend = createReferenceBackend({ store: new FileSettingsStore(join(dataDir, 'settings.json')), testHooks: true });
const listener = toNodeListener(backend);

export default {
  files: ['test/**/*.test.ts', '!test/**/*.node.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  // One page at a time: Chromium does not run requestAnimationFrame in background tabs, so a second concurrent test
  // page stalls in fixture() and nextFrame() (modernweb-dev/web#2588; the renderer-backgrounding flags do not help).
  concurrency: 1,
  // The whole run, not one test: 770 tests on a shared 2-core machine can pass the old 5 minutes while every test passes.
  testsFinishTimeout: 15 * 60 * 1000,
  testFramework: { config: { timeout: 20000 } },
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: findChromium(),
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
    }),
  ],
  plugins: [
    esbuildPlugin({ ts: true, tsx: true, tsconfig: './tsconfig.json', target: 'es2022' }),
    // The framework host tests (test/hosts/) import React and Vue, which a browser cannot load as published.
    prebundledDependencies(new URL('.', import.meta.url).pathname, [
      'react',
      'react/jsx-runtime',
      'react-dom/client',
      'vue',
      // Vue with its template compiler, for templates compiled in the browser.
      'vue/dist/vue.esm-bundler.js',
    ]),
  ],
  middleware: [
    // `new Worker(new URL('./pdf-worker.js', import.meta.url))` requests the worker by its built name; in the source it
    // is a .ts file (bundlers and tsc map the name; the test server only maps `import` specifiers).
    async function typeScriptWorkerFiles(context, next) {
      if (context.path.startsWith('/src/') && context.path.endsWith('.js')) {
        const typeScriptPath = context.path.replace(/\.js$/, '.ts');
        if (!existsSync(join(rootDir, context.path)) && existsSync(join(rootDir, typeScriptPath))) {
          context.url = context.url.replace(context.path, typeScriptPath);
        }
      }
      return next();
    },
    async function referenceBackend(context, next) {
      if (!context.path.startsWith('/api/')) return next();
      context.respond = false;
      await listener(context.req, context.res);
    },
  ],
};
