const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

/** The HTML part for a message written as plain text: escaped, paragraphs kept. */
export function htmlFromText(text: string) {
  const paragraphs = text
    .replace(/[&<>"']/g, (char) => ESCAPES[char])
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${paragraph.replace(/\n/g, '<br>')}</p>`)
  return `<!doctype html><html><body>${paragraphs.join('\n')}</body></html>`
}

/**
 * Where mail clients start quoting the message being answered: Danish,
 * Swedish and English attribution lines, Outlook's separators and headers.
 */
const QUOTE_STARTS = [
  /^(den|d\.) .+ skrev .*:$/i,
  /^.+ skrev:$/i,
  /^on .+ wrote:$/i,
  /^.+ wrote:$/i,
  /^-{2,}\s*(original message|oprindelig meddelelse|ursprungligt meddelande|videresendt meddelelse)\s*-{2,}$/i,
  /^(fra|from|från):\s.+/i,
  /^_{10,}$/,
]

/** The new text of a reply, without the quoted original below it. */
export function stripQuotedReply(text: string) {
  const lines = text.replace(/\r\n/g, '\n').split('\n')
  const end = lines.findIndex(
    (line) => line.startsWith('>') || QUOTE_STARTS.some((pattern) => pattern.test(line.trim()))
  )
  const kept = (end === -1 ? lines : lines.slice(0, end)).join('\n').trim()
  return kept || text.trim()
}
