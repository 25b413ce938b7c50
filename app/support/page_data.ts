/**
 * The characters that let text inside a `<script>` element end it early or
 * switch the HTML parser into a state where the real `</script>` no longer
 * closes it (`<!--<script>` does exactly that), plus `&` for good measure
 * and the two line separators old JavaScript parsers reject.
 */
const UNSAFE_IN_SCRIPT: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
}

/**
 * JSON that is safe to place verbatim inside an HTML `<script>` element.
 * JSON.parse reads the `\u…` escapes back to the same characters, so the
 * page sees exactly the stored text, whatever a citizen or colleague typed.
 */
export function jsonForScriptElement(value: unknown) {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (char) => UNSAFE_IN_SCRIPT[char])
}

/**
 * Inertia's mount point and initial page, like the packaged `@inertia()`
 * tag, but with the page data escaped by `jsonForScriptElement`: the
 * packaged tag only escapes `/`, so stored text containing `<!--<script>`
 * swallowed the rest of the document and the page rendered empty.
 */
export function inertiaRoot(page: { ssrBody?: string } & Record<string, unknown>) {
  if (page.ssrBody) return page.ssrBody
  return (
    `<script data-page="app" type="application/json">${jsonForScriptElement(page)}</script>` +
    `<div id="app"></div>`
  )
}
