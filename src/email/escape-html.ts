/**
 * Escapes text for HTML element content and quoted attribute values. The e-mail is built as a string (it is sent
 * from Node and shown in previews), so no template engine escapes for us: every value from data or settings goes
 * through this.
 */
const REPLACEMENTS: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => REPLACEMENTS[character] ?? character);
}
