import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Tells an element's render whether one of its container queries applies. The query stays in the stylesheet, the
 * one place its condition is written: a rule inside it sets a custom property to `1` on a probe, an empty block in
 * the shadow tree as wide as the container. This controller reads the property back whenever the probe's size
 * changes (a container query can only change its answer then) and asks for a render when the answer changed.
 *
 * For what CSS alone does badly: a rule inside a container query still costs a style evaluation on every element
 * its selector matches, even while the query does not apply, so a query that restyles every cell of a long table
 * costs the wide table too. A class rendered from `matches` lets those rules select only when the query applies.
 *
 * The first answer comes with the first layout and before the first paint: resize observations run between layout
 * and paint, and the render they ask for runs in the same frame. The probe has no height, so that render does not
 * resize it (a resize it caused would be reported as a "ResizeObserver loop" error). The one exception: when the
 * render changes the container's width too, say a page scrollbar that comes or goes with the taller or shorter
 * layout, the browser reports that error once and delivers the new width in the next frame.
 */
export class ContainerQueryController implements ReactiveController {
  /** Whether the query applies, as of the last layout. */
  matches = false;
  private observer: ResizeObserver | undefined;
  private observed: Element | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The probe, once rendered. */
    private readonly probe: () => Element | null | undefined,
    /** The custom property the query sets on the probe, e.g. `--invoice-history-cards`. */
    private readonly property: string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observeProbe();
  }

  // The probe may be rendered (or replaced) by any update.
  hostUpdated(): void {
    this.observeProbe();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observed = null;
  }

  private observeProbe(): void {
    const probe = this.probe() ?? null;
    if (probe === this.observed) return;
    this.observer ??= new ResizeObserver(() => this.check());
    if (this.observed) this.observer.unobserve(this.observed);
    this.observed = probe;
    if (probe) this.observer.observe(probe);
  }

  private check(): void {
    if (!this.observed) return;
    // Layout is up to date when resize observations run, so reading a computed style here costs no extra layout.
    const matches = getComputedStyle(this.observed).getPropertyValue(this.property).trim() === '1';
    if (matches === this.matches) return;
    this.matches = matches;
    this.host.requestUpdate();
  }
}
