/**
 * Test helpers for the e-mail previews (src/email/email-frame.ts): what a preview frame shows, and what it should
 * show for a given e-mail. The frame is filled a moment after it loads, so tests wait for `shownHtml` to change.
 */

/** The e-mail document a preview frame shows, or null before it has been filled. */
export function shownEmail(frame: HTMLIFrameElement | null | undefined): Document | null {
  const document = frame?.contentDocument;
  return document && document.URL === 'about:srcdoc' && document.body?.hasChildNodes() ? document : null;
}

/** The shown e-mail as HTML; '' before the frame is filled. */
export function shownHtml(frame: HTMLIFrameElement | null | undefined): string {
  return shownEmail(frame)?.documentElement.outerHTML ?? '';
}

/**
 * The e-mail `html` as a preview frame shows it: parsed, with each inline style written back the way CSSOM
 * serialises it (the frame applies styles through CSSOM) and links opening outside the frame, so it can be compared
 * with `shownHtml` exactly.
 */
export function asShown(html: string): string {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  for (const link of parsed.querySelectorAll<HTMLAnchorElement>('a[href]')) Object.assign(link, { target: '_blank', rel: 'noopener noreferrer' });
  // The frame renames each style attribute and sets it again, so it comes last.
  for (const element of parsed.querySelectorAll<HTMLElement>('[style]')) {
    const declarations = element.getAttribute('style')!;
    element.removeAttribute('style');
    element.style.cssText = declarations;
  }
  return parsed.documentElement.outerHTML;
}
