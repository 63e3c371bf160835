/**
 * An e-mail's subject and addresses become mail headers. A CR or LF in one ends that header early and starts another
 * (`Invoice\r\nBcc: someone@else.example`), so both the send dialog and the backend refuse them. No DOM: the
 * reference backend uses this too.
 */
export function hasLineBreak(text: string): boolean {
  return /[\r\n]/.test(text);
}
