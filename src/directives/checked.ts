import { noChange, nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Keeps a checkbox's or radio button's `checked` property equal to `value` on every render, whatever the user
 * clicked in between, as `.checked=${live(value)}` does. Write it beside `?checked=${value}`, which gives the markup:
 *
 * ```ts
 * html`<input type="checkbox" ?checked=${on} ${checked(on)} />`
 * ```
 *
 * Why not a property binding: Lit's server renderer writes `.checked=${false}` into the markup as `checked="false"`,
 * which checks the box until the page's script runs, and keeps it checked after hydration, which does not write
 * properties. An element directive writes nothing on the server.
 */
class CheckedDirective extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('checked() belongs on an <input>, as an element expression');
  }

  render(_value: boolean) {
    return nothing;
  }

  override update(part: ElementPart, [value]: [boolean]) {
    const input = part.element as HTMLInputElement;
    if (input.checked !== value) input.checked = value;
    return noChange;
  }
}

export const checked = directive(CheckedDirective);
