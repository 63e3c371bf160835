/**
 * Shows an e-mail (a whole HTML document from `renderInvoiceEmail`) in an `<iframe>`, in a way that works under a
 * strict Content Security Policy (browser only). Use on an iframe the template marks `sandbox="allow-same-origin"`:
 *
 *   html`<iframe sandbox="allow-same-origin" title=${title} ${emailFrame(email.html)}></iframe>`
 *
 * Why not `srcdoc=${email.html}`: a srcdoc document inherits the page's policy, so under `style-src 'self'` every
 * inline `style="…"` of the e-mail (mail clients only honour inline styles) would be refused, and under
 * `require-trusted-types-for 'script'` the string itself would be. Instead the frame gets an empty standards-mode
 * document once; the e-mail is parsed with `DOMParser` (inert: nothing loads or runs) with its `style` attributes
 * renamed, so the parser does not meet them as styles (Chromium checks the page's policy there too), moved in, and
 * each element's declarations are applied through CSSOM (`style.cssText`), which no policy restricts. Both HTML
 * strings pass through the library's Trusted Types policy (src/trusted-types.ts). A new e-mail replaces the
 * document's content in place, so typing does not reload the frame.
 *
 * The sandbox keeps what the old `sandbox=""` kept: no script, form, popup or top-level navigation. Only
 * `allow-same-origin` is granted, so the page can write into the frame; without `allow-scripts` nothing in it can
 * use that origin.
 *
 * Links in the preview are inert: followed in place, a link would replace the preview with a web page in a box, and
 * under a strict policy (`frame-src 'none'`) be refused as a violation. So every link gets `target="_blank"
 * rel="noopener noreferrer"`, which takes it out of the frame, and the sandbox (no `allow-popups`) does not open the
 * new browsing context: a click does nothing, while hovering still shows where the link goes.
 */
import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import { trustedHtml } from '../trusted-types.js';

/** The frame's own document: empty, but with a doctype, so the e-mail lays out in standards mode. */
const SHELL = '<!DOCTYPE html><html><head></head><body></body></html>';

class EmailFrameDirective extends Directive {
  private html = '';
  private frame: HTMLIFrameElement | null = null;

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('emailFrame() goes on an <iframe> element.');
  }

  render(_html: string): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [html]: [string]): typeof noChange {
    const frame = part.element as HTMLIFrameElement;
    if (frame !== this.frame) {
      this.frame = frame;
      const shell = trustedHtml(SHELL);
      if (shell === null) return noChange;
      // Re-filled on every load of the shell: the first, and again if the iframe is moved (which reloads it).
      frame.addEventListener('load', () => fillFrame(frame, this.html));
      frame.srcdoc = shell as string;
    }
    if (html !== this.html) {
      this.html = html;
      fillFrame(frame, html);
    }
    return noChange;
  }
}

/** Puts the e-mail into the frame's shell document, if that is loaded (not before, nor after a link was followed). */
function fillFrame(frame: HTMLIFrameElement, html: string): void {
  const target = frame.contentDocument;
  // A frame being moved has a document without a root for a moment; its next load fills it.
  if (!target?.documentElement || target.URL !== 'about:srcdoc' || html === '') return;
  const trusted = trustedHtml(withInertStyles(html));
  if (trusted === null) return;
  const parsed = new DOMParser().parseFromString(trusted as string, 'text/html');
  const root = target.adoptNode(parsed.documentElement);
  target.documentElement.replaceWith(root);
  for (const element of root.querySelectorAll<HTMLElement>(`[${INERT_STYLE}]`)) {
    element.style.cssText = element.getAttribute(INERT_STYLE)!;
    element.removeAttribute(INERT_STYLE);
  }
  for (const link of root.querySelectorAll<HTMLAnchorElement | HTMLAreaElement>('a[href], area[href]')) {
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
  }
}

const INERT_STYLE = 'data-billing-style';
const TAG = /<[a-zA-Z][^<>]*>/g;
const ATTRIBUTE = /(\s)([^\s"'=<>/]+)(="[^"]*")?/g;

/**
 * The HTML with every `style="…"` attribute renamed to `data-billing-style="…"`. Exact for `renderInvoiceEmail`'s
 * output, which quotes every attribute value with `"` and escapes `<`, `>` and `"` in all values and text: a tag is
 * then `<` up to the next `>`, and an attribute is a name, optionally `="…"`. For other HTML it may miss a style,
 * which the page's policy then refuses (and reports); it never runs anything.
 */
export function withInertStyles(html: string): string {
  return html.replace(TAG, (tag) =>
    tag.replace(ATTRIBUTE, (attribute, space: string, name: string, value: string | undefined) =>
      name.toLowerCase() === 'style' ? `${space}${INERT_STYLE}${value ?? ''}` : attribute,
    ),
  );
}

/** Shows the e-mail document `html` in the iframe it is placed on (see the module comment). */
export const emailFrame = directive(EmailFrameDirective);
