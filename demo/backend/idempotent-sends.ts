/**
 * `Idempotency-Key` for the send route (IETF draft-ietf-httpapi-idempotency-key-header): the first request with a
 * key is handled; every later one with the same key, in the same scope, gets that first answer again (same status,
 * headers and body) and sends nothing. So a client whose answer was lost can retry safely.
 *
 * Only a success is kept: a failed send sent nothing, so a retry with its key is handled afresh. A request that
 * arrives while the first with its key is still being handled waits for that one's answer. A key reused for a
 * different e-mail is refused (422), as the draft asks. Keys are per scope (tenant and customer), so one customer's
 * key can never replay another's e-mail. In memory and bounded, like the outbox.
 */
import { problemResponse } from './responses.js';

export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';
/** Set on an answer that repeats an earlier one, so a client (or a test) can tell. */
export const REPLAYED_HEADER = 'Idempotent-Replayed';
const KEY_MAX_LENGTH = 255;
/** How many keys are remembered; the oldest are forgotten first. */
export const REMEMBERED_KEYS = 1000;

interface Answer {
  status: number;
  headers: Headers;
  body: ArrayBuffer;
}

interface Remembered {
  /** What was asked for, so a key reused for something else is caught. */
  fingerprint: string;
  answer: Promise<Answer>;
}

export class IdempotentSends {
  private readonly remembered = new Map<string, Remembered>();

  /**
   * Handles a send once per key: `handle` runs for the first request with `key` in `scope`; later ones get its answer.
   * Without a key (`null`) every request is handled, as before the header existed.
   */
  async once(scope: string, key: string | null, fingerprint: string, handle: () => Promise<Response>): Promise<Response> {
    if (key === null) return handle();
    if (key.trim() === '' || key.length > KEY_MAX_LENGTH) {
      return problemResponse(400, `${IDEMPOTENCY_KEY_HEADER} must be 1–${KEY_MAX_LENGTH} characters.`);
    }
    const id = `${scope}\u0000${key}`;
    const earlier = this.remembered.get(id);
    if (earlier) {
      if (earlier.fingerprint !== fingerprint) {
        return problemResponse(422, `This ${IDEMPOTENCY_KEY_HEADER} was already used for a different e-mail; send a new key.`);
      }
      return replay(await earlier.answer, true);
    }
    const answer = handle().then(async (response): Promise<Answer> => ({ status: response.status, headers: response.headers, body: await response.arrayBuffer() }));
    this.remembered.set(id, { fingerprint, answer });
    for (const oldest of this.remembered.keys()) {
      if (this.remembered.size <= REMEMBERED_KEYS) break;
      this.remembered.delete(oldest);
    }
    try {
      const first = await answer;
      if (first.status < 200 || first.status > 299) this.remembered.delete(id);
      return replay(first, false);
    } catch (error) {
      this.remembered.delete(id);
      throw error;
    }
  }
}

function replay(answer: Answer, replayed: boolean): Response {
  const headers = new Headers(answer.headers);
  if (replayed) headers.set(REPLAYED_HEADER, 'true');
  return new Response(answer.body.slice(0), { status: answer.status, headers });
}
