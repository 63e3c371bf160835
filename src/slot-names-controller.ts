import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The slot names the host's children ask for (their `slot` attributes), kept up to date as children come and go or
 * change slot, with a render asked for on each change. For an element with a slot per item, e.g. one per table row:
 * it can render only the slots something will go into, rather than a thousand empty ones on a long page.
 */
export class SlotNamesController implements ReactiveController {
  /** The names in use. */
  names: ReadonlySet<string> = new Set();
  private observer: MutationObserver | undefined;

  /**
   * @param slotted The element whose children are slotted, if not the host: for an implementation rendering in
   *   another element's shadow root (see `LazyElement`), that element.
   */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly slotted: () => Element = () => host,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Children's `slot` attributes are attributes of the subtree, hence `subtree`; `read` only looks at children.
    this.observer ??= new MutationObserver(() => this.read());
    this.observer.observe(this.slotted(), { childList: true, subtree: true, attributes: true, attributeFilter: ['slot'] });
    this.read();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  private read(): void {
    const names = new Set<string>();
    for (const child of this.slotted().children) if (child.slot) names.add(child.slot);
    if (names.size === this.names.size && [...names].every((name) => this.names.has(name))) return;
    this.names = names;
    this.host.requestUpdate();
  }
}
