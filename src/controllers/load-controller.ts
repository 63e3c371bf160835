import { Task, TaskStatus } from '@lit/task';
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { reportAuthFailure } from '../events/auth-required.js';

/**
 * What an element shows when it has what it needs to load but no data source: idle in a browser, where nothing loads
 * until one is given; loading on a server, where no provider's context arrives but the page's script will load.
 */
export function stateWithoutDataSource(): { type: 'idle' } | { type: 'loading' } {
  return isServer ? { type: 'loading' } : { type: 'idle' };
}

export interface LoadOptions<Args extends readonly unknown[], T> {
  /**
   * What to load, or null when there is nothing to load (no id, no data source, a `state` set by the host). Read
   * before every update; a load starts when any element of the array changes (compared with `===`), so build the
   * array from values that keep their identity until they really change.
   */
  args: () => Args | null;
  /** Loads; receives the signal that aborts when the arguments change or the element leaves the page. */
  load: (args: Args, signal: AbortSignal) => Promise<T>;
  /** Called with the value of every load that completes. */
  onComplete?: (value: T) => void;
}

/**
 * One element's load from its data source: starts when what it depends on changes (and only then — no run that finds
 * nothing to do, and so no second render), aborts when that changes again or when nothing is left to load, stops when
 * the element leaves the page and loads again if it comes back (moved in the DOM, a router's cache), and fires
 * `auth-required` when the backend refuses with 401 or 403. Built on a `Task`, whose status and value it exposes.
 */
export class LoadController<Args extends readonly unknown[], T> implements ReactiveController {
  private readonly task: Task<Args, T>;
  private loadedFor: Args | null = null;
  private reloadOnConnect = false;

  constructor(
    host: ReactiveControllerHost & EventTarget,
    private readonly options: LoadOptions<Args, T>,
  ) {
    host.addController(this);
    this.task = new Task<Args, T>(host, {
      autoRun: false,
      task: async (args, { signal }) => {
        try {
          return await options.load(args, signal);
        } catch (error) {
          if (!signal.aborted) reportAuthFailure(host, error);
          throw error;
        }
      },
      args: () => this.loadedFor ?? ([] as unknown as Args),
      ...(options.onComplete ? { onComplete: options.onComplete } : {}),
    });
  }

  get status(): TaskStatus {
    return this.task.status;
  }

  /** The last load's value; kept while the next one runs (a list shows its previous page meanwhile). */
  get value(): T | undefined {
    return this.task.value;
  }

  get error(): unknown {
    return this.task.error;
  }

  /** Loads again what was loaded last (Retry). */
  reload(): void {
    if (this.loadedFor) void this.task.run(this.loadedFor);
  }

  hostUpdate(): void {
    const args = this.options.args();
    if (!args) {
      this.loadedFor = null;
      if (this.task.status === TaskStatus.PENDING) this.task.abort();
      return;
    }
    const last = this.loadedFor;
    if (last && last.length === args.length && last.every((value, index) => value === args[index])) return;
    this.loadedFor = args;
    void this.task.run(args);
  }

  hostConnected(): void {
    if (!this.reloadOnConnect) return;
    this.reloadOnConnect = false;
    this.reload();
  }

  hostDisconnected(): void {
    if (this.task.status !== TaskStatus.PENDING) return;
    this.task.abort();
    this.reloadOnConnect = true;
  }
}
