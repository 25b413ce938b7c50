/**
 * Text that has broken pages elsewhere: HTML comment and script openers
 * (which switch the parser's script state), CDATA ends, the JavaScript line
 * separators, quotes, Vue mustaches and template-literal syntax.
 */
export const HOSTILE_STRINGS = [
  '<!--<script>',
  '</script><b>fed</b>',
  '<!--',
  ']]>',
  'linje\u2028skift\u2029afsnit',
  `"dobbelt" 'enkelt' \`tilbage\``,
  '{{ 7*7 }}',
  '${7*7}',
  '<img src=x onerror=alert(1)>',
]

/** One field's hostile text, tagged so the page check knows which field it is. */
export function hostileText(field: string) {
  return `[${field}] ${HOSTILE_STRINGS.join(' ')}`
}

/**
 * The same text as it arrives pasted from a web page (entities), which the
 * plain-text rule of guide fields decodes back to the hostile characters.
 */
export function asEntities(text: string) {
  return text.replace(/</g, '&lt;').replace(/>/g, '&gt;')
}
