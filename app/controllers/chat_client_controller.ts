import type { HttpContext } from '@adonisjs/core/http'
import { errors } from '@adonisjs/core'
import Kommune from '#models/kommune'
import { chatClientScript } from '#services/chat/client_bundle'
import { CHAT_CLIENT_STYLE } from '#portal/chat_client_style'

/**
 * The citizen chat client script and its demo page (a stand-in for a
 * kommune's own web page with the chat embedded).
 */
export default class ChatClientController {
  async script({ response }: HttpContext) {
    response.header('Content-Type', 'text/javascript; charset=utf-8')
    response.header('Cache-Control', 'public, max-age=300')
    // Kommune sites load it from their own origin.
    response.header('Cross-Origin-Resource-Policy', 'cross-origin')
    return chatClientScript()
  }

  /**
   * The client's styles as a stylesheet, for browsers without constructed
   * stylesheets (the client adopts the same text directly everywhere else).
   */
  async stylesheet({ response }: HttpContext) {
    response.header('Content-Type', 'text/css; charset=utf-8')
    response.header('Cache-Control', 'public, max-age=300')
    response.header('Cross-Origin-Resource-Policy', 'cross-origin')
    response.header('Access-Control-Allow-Origin', '*')
    return CHAT_CLIENT_STYLE
  }

  async demo({ params, view, request }: HttpContext) {
    const kommune = await Kommune.findByRef(String(params.kommune))
    if (!kommune) throw new errors.E_HTTP_EXCEPTION('Not found', { status: 404 })
    const locale = ['da', 'sv', 'en'].includes(String(request.qs().locale))
      ? String(request.qs().locale)
      : kommune.country === 'SE'
        ? 'sv'
        : 'da'
    return view.render('demo/chat', {
      kommune: { code: kommune.code, name: kommune.name, slug: kommune.slug },
      locale,
    })
  }
}
