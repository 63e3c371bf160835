import { BillingError } from '../api/errors.js';

/**
 * Fired by any billing element whose request was refused with 401 or 403, so the host can sign the user in again or
 * explain the missing permission. The element also shows the error itself; listening is optional.
 *
 * Shared by every element: one event name, one type, whatever element fires it.
 */
export class AuthRequiredEvent extends Event {
  static readonly eventName = 'auth-required';

  /** 401 (sign in again) or 403 (signed in, not allowed). */
  readonly status: 401 | 403;
  /** The error the data source threw. */
  readonly error: BillingError;

  constructor(error: BillingError) {
    super(AuthRequiredEvent.eventName, { bubbles: true, composed: true });
    this.error = error;
    this.status = error.kind === 'forbidden' ? 403 : 401;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'auth-required': AuthRequiredEvent;
  }
}

/** Fires `auth-required` on `target` when `error` is the backend's 401 or 403; the one place every element does it. */
export function reportAuthFailure(target: EventTarget, error: unknown): void {
  if (error instanceof BillingError && (error.kind === 'unauthorized' || error.kind === 'forbidden')) {
    target.dispatchEvent(new AuthRequiredEvent(error));
  }
}
