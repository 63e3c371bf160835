/**
 * Storybook has no server: the reference backend's request handler runs in the browser, and the stories' data source
 * is the real RestDataSource with an injected fetch that calls it. Stories therefore go through the same contract
 * checks as production, and the same fault hooks as the tests (`X-Billing-Fault`) show loading and error states.
 */
import { createReferenceBackend } from '../../demo/backend/reference-backend.js';
import { MemorySettingsStore } from '../../demo/backend/memory-settings-store.js';
import { RestDataSource } from '../../src/api/rest-data-source.js';

const backend = createReferenceBackend({ store: new MemorySettingsStore(), testHooks: true });

function inBrowserFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  return backend.handle(new Request(input, init));
}

/** A data source over the in-browser reference backend, with optional test-hook headers. */
export function createStoryDataSource(headers: Record<string, string> = {}): RestDataSource {
  return new RestDataSource({ baseUrl: new URL('/api', location.href).href, fetch: inBrowserFetch, headers });
}

/** A data source whose every request fails with the given HTTP status. */
export const failingDataSource = (status: number) => createStoryDataSource({ 'X-Billing-Fault': `status=${status}` });

/** A data source that never answers, to show loading states. */
export const hangingDataSource = () => createStoryDataSource({ 'X-Billing-Fault': 'hang' });

/** The data source most stories use. */
export const storyDataSource = createStoryDataSource();
