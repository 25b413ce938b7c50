/**
 * Guide content is structured (bullets, steps, fields), so every text field
 * is plain text: it is rendered escaped, with line breaks kept. Markup
 * pasted in from Word or a web page is stripped on write rather than
 * stored and trusted later.
 */
export function toPlainText(value: string) {
  return (
    value
      .replace(/<\s*(br|\/p|\/li|\/div)\s*\/?>/gi, '\n')
      .replace(/<[^>]*>/g, '')
      .replace(/&nbsp;/g, ' ')
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      // eslint-disable-next-line no-control-regex -- control characters are exactly what we strip
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
      .replace(/[ \t]+\n/g, '\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
  )
}

/** For nullable fields: VineJS runs their transforms with null too. */
export function toPlainTextOrNull(value: string | null) {
  return value === null || value === undefined ? null : toPlainText(value)
}
