/**
 * Test helpers: a reference backend with in-memory settings, called through `handle()` with real Requests (the same
 * code path the Node listener and Storybook use), and a unique tenant per test so no test sees another's state.
 */
import { createReferenceBackend, type ReferenceBackend } from '../../demo/backend/reference-backend.ts';
import { MemorySettingsStore } from '../../demo/backend/memory-settings-store.ts';
import type { SettingsStore } from '../../demo/backend/settings-store-contract.ts';

export const ORIGIN = 'http://backend.test';

let tenantCounter = 0;

/** A tenant id no other test uses. */
export function uniqueTenant(): string {
  return `test-${process.pid}-${++tenantCounter}`;
}

export interface TestBackend {
  backend: ReferenceBackend;
  /** Calls the backend at `/api` + `path`. */
  call(path: string, init?: RequestInit): Promise<Response>;
  /** Calls and parses the JSON body. */
  json<T = unknown>(path: string, init?: RequestInit): Promise<{ response: Response; body: T }>;
}

export function testBackend(options: { store?: SettingsStore; testHooks?: boolean; tenant?: string } = {}): TestBackend {
  const backend = createReferenceBackend({ store: options.store ?? new MemorySettingsStore(), testHooks: options.testHooks ?? true });
  const tenant = options.tenant ?? uniqueTenant();
  const call = (path: string, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    if (!headers.has('X-Billing-Tenant')) headers.set('X-Billing-Tenant', tenant);
    return backend.handle(new Request(`${ORIGIN}/api${path}`, { ...init, headers }));
  };
  const json = async <T,>(path: string, init?: RequestInit) => {
    const response = await call(path, init);
    return { response, body: (await response.json()) as T };
  };
  return { backend, call, json };
}

/** A small valid PDF, base64-encoded. */
export const PDF_BASE64 = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n').toString('base64');

/** A valid send request body. */
export function sendRequest(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    to: ['ada@bakery.example'],
    cc: [],
    bcc: [],
    subject: 'Your invoice',
    message: 'Hello,\nplease find your invoice attached.',
    attachment: { filename: 'invoice.pdf', contentType: 'application/pdf', contentBase64: PDF_BASE64 },
    ...overrides,
  };
}

export function jsonInit(method: string, body: unknown, headers: Record<string, string> = {}): RequestInit {
  return { method, headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) };
}
