import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What is known about the logo at one URL. */
export type LogoCheck =
  | { url: string; status: 'checking' }
  | { url: string; status: 'loaded'; width: number; height: number }
  | { url: string; status: 'failed' };

/**
 * The largest logo that shows well in e-mail clients: most render messages about 600 px wide, and a taller logo
 * pushes the message itself below the fold.
 */
export const LOGO_LIMITS = { maxWidth: 600, maxHeight: 200 } as const;

/** A logo host that has not answered by then counts as failed, so Save never waits on it for long. */
const CHECK_TIMEOUT_MS = 10_000;

/**
 * Loads a logo URL as an image to learn whether it is one and how big it is. An `Image` needs no CORS to report its
 * natural size, so this works for any host the reseller uses. Only the latest URL counts: checking a new one forgets
 * the previous one, so fast typing never shows a stale result.
 */
export class LogoCheckController implements ReactiveController {
  private current: LogoCheck | null = null;
  private image: HTMLImageElement | null = null;
  private timeout: ReturnType<typeof setTimeout> | undefined;
  private settledWaiters: Array<(check: LogoCheck | null) => void> = [];

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** The latest result, or null when no URL is being checked. */
  get check(): LogoCheck | null {
    return this.current;
  }

  /**
   * Starts checking `url` (an absolute http(s) URL), or forgets the check when `url` is null. Meant to be called
   * while the host updates (`willUpdate`), so it does not ask for another update itself; the result does.
   */
  request(url: string | null): void {
    if (url === (this.current?.url ?? null)) return;
    this.stopLoading();
    this.current = url === null ? null : { url, status: 'checking' };
    this.resolveWaiters();
    if (url === null) return;
    const image = new Image();
    // The logo host learns nothing about the page that checks it.
    image.referrerPolicy = 'no-referrer';
    image.onload = () => {
      if (this.image !== image) return;
      this.settle({ url, status: 'loaded', width: image.naturalWidth, height: image.naturalHeight });
    };
    image.onerror = () => {
      if (this.image !== image) return;
      this.settle({ url, status: 'failed' });
    };
    this.image = image;
    image.src = url;
    this.timeout = setTimeout(() => {
      if (this.image !== image) return;
      this.stopLoading();
      this.settle({ url, status: 'failed' });
    }, CHECK_TIMEOUT_MS);
  }

  /** Resolves once the current check has a result (at once when there is nothing to wait for). */
  settled(): Promise<LogoCheck | null> {
    if (this.current?.status !== 'checking') return Promise.resolve(this.current);
    return new Promise((resolve) => this.settledWaiters.push(resolve));
  }

  hostDisconnected(): void {
    this.stopLoading();
    this.current = null;
    this.resolveWaiters();
  }

  private stopLoading(): void {
    clearTimeout(this.timeout);
    if (!this.image) return;
    this.image.onload = this.image.onerror = null;
    this.image.removeAttribute('src');
    this.image = null;
  }

  private settle(check: LogoCheck): void {
    clearTimeout(this.timeout);
    this.image = null;
    this.current = check;
    this.resolveWaiters();
    this.host.requestUpdate();
  }

  // Waiters wait for the current check; when a newer URL replaced theirs, they wait for that one instead.
  private resolveWaiters(): void {
    if (this.current?.status === 'checking') return;
    const waiters = this.settledWaiters;
    this.settledWaiters = [];
    for (const resolve of waiters) resolve(this.current);
  }
}
