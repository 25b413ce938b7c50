const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

/**
 * Text as HTML text: the five characters that can end an element, an
 * attribute or an entity are escaped, everything else is left as written.
 * The one rule for every string the app puts into HTML outside a template
 * engine (e-mails, the public API, search highlights).
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char])
}
