/**
 * Registers a custom element unless the tag is already taken, so a page that loads the library twice (two bundles,
 * or a bundle plus a CDN copy) keeps working instead of throwing `NotSupportedError`. The first definition wins.
 *
 * The custom-elements manifest analyzer does not see the tag through this call: give the class a `@tag <name>`
 * line in its doc block.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, constructor);
}
