/**
 * The response schemas (valibot and the contract's shapes in `schemas.ts`) are only needed once an answer has
 * arrived. So they are not part of the bundle every page loads: the first request starts loading them, and they
 * arrive while the request is on its way — no extra round trip, about 4 KB gzip less before anything renders.
 */
import { BillingError } from './errors.js';
import { Lazy } from '../lazy.js';

export type ResponseSchemas = typeof import('./schemas.js');

const schemas = new Lazy<ResponseSchemas>(() => import('./schemas.js'));

/**
 * Starts loading the schemas (once per page) and resolves with them. A failed load — the network dropped between the
 * bundle and its chunk — is a `network` error about `what`, and the next request tries again.
 */
export function loadResponseSchemas(what: string): Promise<ResponseSchemas> {
  const loading = schemas.load().catch((error: unknown) => {
    throw new BillingError('network', `Could not load the code that checks ${what}: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  });
  // Callers start this before their request and await it after; if the request fails first, nobody awaits it, and
  // its failure must not surface as an unhandled rejection.
  loading.catch(() => undefined);
  return loading;
}
