/**
 * Mounts a Fetch-style backend (`handle(Request) → Response`) on Node's HTTP server: Vite's dev and preview
 * servers, web-test-runner's middleware and `serve.ts` all speak `(req, res)`.
 *
 * The request's absolute URL is rebuilt from the Host header (the backend derives the logo's URL from it). When the
 * client goes away, the Request's signal aborts, so a hanging or slow fault stops waiting. Request bodies are capped:
 * the largest legal one is a 10 MB PDF in base64 (~13.4 MB).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TLSSocket } from 'node:tls';
import type { ReferenceBackend } from './reference-backend.js';
import { problemResponse } from './responses.js';

export const MAX_BODY_BYTES = 16 * 1024 * 1024;

async function readBody(request: IncomingMessage, limit: number): Promise<Uint8Array<ArrayBuffer> | 'too-large'> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > limit) return 'too-large';
    chunks.push(buffer);
  }
  // Buffer.concat always allocates a fresh, unshared ArrayBuffer.
  return Buffer.concat(chunks) as Uint8Array<ArrayBuffer>;
}

async function writeResponse(response: Response, res: ServerResponse): Promise<void> {
  let body: Buffer | null;
  try {
    body = response.body ? Buffer.from(await response.arrayBuffer()) : null;
  } catch {
    // A body that fails (the `drop` fault) cuts the connection: the client sees no answer at all.
    res.destroy();
    return;
  }
  res.statusCode = response.status;
  response.headers.forEach((value, name) => res.setHeader(name, value));
  if (body) res.setHeader('Content-Length', body.length);
  res.end(body);
}

/** A Node `(req, res)` listener that answers every request through `backend.handle`. */
export function toNodeListener(backend: ReferenceBackend, options: { maxBodyBytes?: number } = {}) {
  const maxBodyBytes = options.maxBodyBytes ?? MAX_BODY_BYTES;
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const protocol = (req.socket as TLSSocket).encrypted ? 'https' : 'http';
    const url = new URL(req.url ?? '/', `${protocol}://${req.headers.host ?? 'localhost'}`);
    const aborted = new AbortController();
    res.on('close', () => {
      if (!res.writableFinished) aborted.abort();
    });

    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
      if (Array.isArray(value)) value.forEach((item) => headers.append(name, item));
      else if (value !== undefined) headers.set(name, value);
    }

    let body: Uint8Array<ArrayBuffer> | undefined;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      const read = await readBody(req, maxBodyBytes);
      if (read === 'too-large') {
        await writeResponse(problemResponse(413, `The request body is larger than ${maxBodyBytes} bytes.`), res);
        return;
      }
      body = read;
    }

    let response: Response;
    try {
      response = await backend.handle(new Request(url, { method: req.method, headers, body, signal: aborted.signal }));
    } catch (error) {
      console.error('Reference backend failed:', error);
      response = problemResponse(500, 'The reference backend failed; see its log.');
    }
    if (aborted.signal.aborted || res.destroyed) return;
    await writeResponse(response, res);
  };
}
