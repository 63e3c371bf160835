/**
 * Keys for the `Idempotency-Key` request header (IETF draft-ietf-httpapi-idempotency-key-header): a send that
 * carries the key of an earlier one is answered with that one's result, and nothing is sent again. So a user who
 * retries after an answer was lost (a dropped connection, a garbled body) cannot e-mail the customer twice.
 */

/** The request header that carries the key. */
export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';

/**
 * A fresh random key, a UUID v4. Built from `crypto.getRandomValues`, not `crypto.randomUUID`, which browsers
 * offer only in secure contexts: a portal on plain HTTP must be able to send too.
 */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40; // version 4
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // RFC 4122 variant
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
