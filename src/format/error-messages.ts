import { BillingError, type BillingErrorKind } from '../api/errors.js';

/**
 * The messages for a failed request that every element shares, in English. An element's catalog includes them and
 * overrides only those it words its own way ("Sign in again to see this invoice"). Each other language is a file
 * beside this one (`error-messages.de.ts`), which `withErrorMessages` loads with each element's language file.
 */
export const errorMessages = {
  errorNetwork: 'The billing service could not be reached. Check the connection and try again.',
  errorTimeout: 'The billing service took too long to answer. Try again.',
  errorUnauthorized: 'Your session has ended. Sign in again.',
  errorForbidden: 'You are not allowed to do this.',
  errorRateLimited: 'Too many requests. Wait a moment and try again.',
  errorServer: 'The billing service had a problem. Try again in a moment.',
  errorInvalidResponse: 'The billing service sent an answer that could not be read. Try again.',
  errorInvalidRequest: 'The billing service did not accept the request.',
  errorUnknown: 'Something went wrong. Try again.',
};

export type ErrorMessages = typeof errorMessages;

/** The last part of a message's key per kind of error; a kind not listed gets `Unknown`. */
const KEY_SUFFIXES: Partial<Record<BillingErrorKind, string>> = {
  network: 'Network',
  timeout: 'Timeout',
  unauthorized: 'Unauthorized',
  forbidden: 'Forbidden',
  'not-found': 'NotFound',
  'rate-limited': 'RateLimited',
  server: 'Server',
  'invalid-response': 'InvalidResponse',
  'invalid-request': 'InvalidRequest',
};

/**
 * The message for a failed request: `messages[prefix + kind]` (`errorNetwork`, or `sendErrorNetwork` for the send
 * dialog's own wording), else `messages[prefix + 'Unknown']`. Anything that is not a `BillingError` is unknown.
 */
export function errorMessage(error: unknown, messages: object, prefix = 'error'): string {
  const catalog = messages as Record<string, unknown>;
  const suffix = error instanceof BillingError ? KEY_SUFFIXES[error.kind] : undefined;
  const found = suffix === undefined ? undefined : catalog[prefix + suffix];
  return typeof found === 'string' ? found : String(catalog[`${prefix}Unknown`] ?? errorMessages.errorUnknown);
}

/** An element's catalog in a language other than English: every string of its own; the shared error messages only where it rewords them. */
export type OwnStrings<T> = Omit<T, keyof ErrorMessages> & Partial<ErrorMessages>;

/** The shared messages in every other shipped language, by catalog key (`languageOf`). */
const sharedLanguages: Record<string, () => Promise<{ default: Partial<ErrorMessages> }>> = {
  de: () => import('./error-messages.de.js'),
  fr: () => import('./error-messages.fr.js'),
  es: () => import('./error-messages.es.js'),
  it: () => import('./error-messages.it.js'),
  nl: () => import('./error-messages.nl.js'),
  pt: () => import('./error-messages.pt-BR.js'),
  pl: () => import('./error-messages.pl.js'),
  ja: () => import('./error-messages.ja.js'),
  zh: () => import('./error-messages.zh-CN.js'),
  ar: () => import('./error-messages.ar.js'),
  he: () => import('./error-messages.he.js'),
};

/**
 * An element's language loader that also brings the shared error messages in that language, fetched side by side
 * (not one after the other), with the element's own wording laid over them.
 */
export function withErrorMessages<T>(language: string, load: () => Promise<{ default: Partial<T> }>): () => Promise<{ default: Partial<T> }> {
  const shared = sharedLanguages[language] ?? (async () => ({ default: {} }));
  return async () => {
    const [errors, own] = await Promise.all([shared(), load()]);
    return { default: { ...errors.default, ...own.default } as Partial<T> };
  };
}
