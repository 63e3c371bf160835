/**
 * URL checks for everything that reaches an `href`, a `src`, a PDF link or an e-mail. Lit does not sanitise URLs in
 * attribute bindings (lit/lit#1196), so a `javascript:` URL from data would run when clicked; every URL that comes
 * from data or settings goes through here first. No DOM: the reference backend uses these too.
 */
import { hasLineBreak } from './header-injection.js';

/** The URL if it is absolute http or https, normalised; otherwise null. */
export function safeHttpUrl(value: string | null | undefined): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  if (trimmed === '') return null;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
}

/** Why a user-typed URL is not acceptable, or null when it is. Plain http is accepted but flagged by `isPlainHttp`. */
export function urlProblem(value: string): 'empty' | 'not-absolute' | 'unsafe-scheme' | null {
  const trimmed = value.trim();
  if (trimmed === '') return 'empty';
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return 'not-absolute';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'unsafe-scheme';
  if (!url.hostname) return 'not-absolute';
  return null;
}

/** True for `http:` URLs, which e-mail clients and browsers flag as insecure. */
export function isPlainHttp(value: string): boolean {
  return /^\s*http:/i.test(value);
}

/** A `mailto:` URL for one address, or null when the address is not a plausible e-mail address. */
export function safeMailto(address: string | null | undefined): string | null {
  return typeof address === 'string' && isEmailAddress(address) ? `mailto:${encodeComponent(address.trim())}`.replace('%40', '@') : null;
}

/**
 * A pragmatic e-mail address check (the one browsers use for `<input type=email>`, from the HTML standard), so the
 * send dialog and the backend agree on what is valid. Surrounding spaces are forgiven, line breaks never (they would
 * start another mail header).
 */
export function isEmailAddress(value: string): boolean {
  return !hasLineBreak(value) && /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/.test(
    value.trim(),
  );
}

/**
 * `encodeURIComponent` for any string: a lone surrogate (which makes `encodeURIComponent` throw "URI malformed")
 * becomes U+FFFD first, so text from data can never throw out of a render or a request.
 */
export function encodeComponent(value: string): string {
  return encodeURIComponent(value.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'));
}
