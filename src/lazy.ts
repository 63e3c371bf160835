import type { ReactiveControllerHost } from 'lit';

/**
 * Code or data that is loaded the first time something needs it, once per page: a language's strings, the send
 * dialog, the e-mail renderer. Keeping them out of the bundle every page loads is what keeps that bundle small.
 */
export class Lazy<T> {
  /** The loaded value; undefined until it has arrived. */
  value: T | undefined = undefined;
  private loading: Promise<T> | undefined;

  constructor(private readonly loader: () => Promise<T>) {}

  /** Loads the value (once; a failed load is tried again on the next call). */
  load(): Promise<T> {
    this.loading ??= this.loader().then(
      (value) => (this.value = value),
      (error: unknown) => {
        this.loading = undefined;
        throw error;
      },
    );
    return this.loading;
  }
}

/**
 * Lets an element render with lazy values: `use(lazy)` gives the value, or undefined while it loads — the element
 * renders without it and renders again when it arrives. `settled` is for the element's `getUpdateComplete`, so that
 * `await element.updateComplete` also waits for what the render asked for.
 */
export class LazyController {
  private readonly pending = new Set<Promise<unknown>>();

  // Needs no lifecycle callbacks: it only asks the host to render again.
  constructor(private readonly host: ReactiveControllerHost) {}

  /** The value if it is loaded; otherwise starts loading it and returns undefined. */
  use<T>(lazy: Lazy<T>): T | undefined {
    if (lazy.value === undefined) this.wait(lazy.load());
    return lazy.value;
  }

  /** Whether `lazy` (if any) is loaded; if not, starts loading it. For "render nothing until the strings are here". */
  ready(lazy: Lazy<unknown> | undefined): boolean {
    return !lazy || this.use(lazy) !== undefined;
  }

  /** Resolves once nothing the host asked for is still loading (failures included: the host shows its fallback). */
  async settled(): Promise<void> {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
  }

  private wait(loading: Promise<unknown>): void {
    if (this.pending.has(loading)) return;
    this.pending.add(loading);
    loading.then(
      () => {
        this.pending.delete(loading);
        this.host.requestUpdate();
      },
      (error: unknown) => {
        // No re-render on failure (it would only ask again); the next render tries again.
        this.pending.delete(loading);
        console.warn('billing-elements: a part of the library could not be loaded', error);
      },
    );
  }
}
