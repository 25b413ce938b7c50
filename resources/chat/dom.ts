/** A tiny element builder: the chat client has no framework, on purpose (it runs on kommune sites). */
type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>

export function h(tag: string, attrs: Attrs = {}, ...children: (Node | string | null | false)[]) {
  const element = document.createElement(tag)
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue
    if (typeof value === 'function') element.addEventListener(name.replace(/^on/, ''), value)
    else element.setAttribute(name, value === true ? '' : String(value))
  }
  for (const child of children) {
    if (child === null || child === false) continue
    element.append(typeof child === 'string' ? document.createTextNode(child) : child)
  }
  return element
}

let counter = 0
/** A unique id for label/aria wiring, also with several widgets on one page. */
export function uid(prefix: string) {
  counter += 1
  return `vvchat-${prefix}-${counter}`
}

// The styles live server-side too: /chat/client.css serves them to browsers without constructed stylesheets.
export { CHAT_CLIENT_STYLE as STYLE } from '../../app/portal/chat_client_style.js'
