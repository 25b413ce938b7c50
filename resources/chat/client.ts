/**
 * Vejviser's citizen chat client — one standalone script, served by the app
 * at `/chat/client.js`, for the widget on a kommune's own pages.
 *
 *   <div id="chat"></div>
 *   <script src="https://<vejviser>/chat/client.js"></script>
 *   <script>VejviserChat.mount(document.getElementById('chat'), { kommune: '340' })</script>
 *
 * or, without any script of your own: `<div data-vejviser-chat data-kommune="340"></div>`.
 * Options: kommune (official code, required), pageUrl and pageTitle (default:
 * the current page), locale (da|sv|en, default da), baseUrl (default: where
 * the script came from), callbackUrl (a page where citizens can ask for a
 * call, offered outside opening hours), question (what the citizen already
 * typed in the widget before asking for a chat: sent as the first message,
 * so staff need not ask again). mount() returns { destroy() }.
 */
import { ChatApi } from './client_api.js'
import { ChatView } from './client_view.js'
import { STYLE } from './dom.js'
import { texts } from './client_text.js'

export type MountOptions = {
  kommune: string
  pageUrl?: string
  pageTitle?: string
  locale?: string
  baseUrl?: string
  callbackUrl?: string
  question?: string
}

const scriptOrigin = (() => {
  const script = document.currentScript as HTMLScriptElement | null
  return script?.src ? new URL(script.src).origin : window.location.origin
})()

let sheet: CSSStyleSheet | null = null

/**
 * The client renders into a shadow root of the element it is mounted on.
 * Its styles are a constructed stylesheet adopted by that root: CSP's
 * style-src governs <style> elements and style attributes, not constructed
 * sheets, so the chat is styled under the strict CSP of our own citizen
 * pages and of kommune sites (an injected <style> was silently refused
 * there). Browsers without adoptedStyleSheets get the same rules as a
 * stylesheet served from our origin (/chat/client.css).
 */
function shadowFor(element: HTMLElement, baseUrl: string): ShadowRoot {
  const root = element.shadowRoot ?? element.attachShadow({ mode: 'open' })
  if ('adoptedStyleSheets' in root && typeof CSSStyleSheet.prototype.replaceSync === 'function') {
    if (!sheet) {
      sheet = new CSSStyleSheet()
      sheet.replaceSync(STYLE)
    }
    root.adoptedStyleSheets = [sheet]
  } else if (!root.querySelector('link[data-vvchat-style]')) {
    const link = document.createElement('link')
    link.rel = 'stylesheet'
    link.href = `${baseUrl}/chat/client.css`
    link.setAttribute('data-vvchat-style', '')
    root.append(link)
  }
  return root
}

export function mount(element: HTMLElement, options: MountOptions) {
  if (!options?.kommune) throw new Error('VejviserChat.mount needs { kommune: "<code>" }')
  const baseUrl = (options.baseUrl ?? scriptOrigin).replace(/\/+$/, '')
  const view = new ChatView(shadowFor(element, baseUrl), {
    api: new ChatApi(baseUrl, options.kommune),
    baseUrl,
    t: texts(options.locale ?? 'da'),
    locale: options.locale ?? 'da',
    pageUrl: options.pageUrl ?? window.location.href,
    pageTitle: options.pageTitle ?? document.title,
    callbackUrl: options.callbackUrl ?? null,
    question: options.question?.trim() || null,
  })
  void view.start()
  return { destroy: () => view.destroy() }
}

function autoMount() {
  for (const element of document.querySelectorAll<HTMLElement>('[data-vejviser-chat]')) {
    if (element.dataset.vejviserMounted) continue
    element.dataset.vejviserMounted = 'true'
    mount(element, {
      kommune: element.dataset.kommune ?? '',
      locale: element.dataset.locale,
      callbackUrl: element.dataset.callbackUrl,
    })
  }
}

declare global {
  interface Window {
    VejviserChat?: { mount: typeof mount }
  }
}
window.VejviserChat = { mount }
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', autoMount)
else autoMount()
