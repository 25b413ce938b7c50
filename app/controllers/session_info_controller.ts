import type { HttpContext } from '@adonisjs/core/http'
import { toUserDto } from '#transformers/account_dto'

/**
 * GET /session: who is signed in, as JSON (for scripts and clients that
 * need to know without rendering a page).
 */
export default class SessionInfoController {
  async handle({ auth }: HttpContext) {
    return { user: toUserDto(auth.getUserOrFail()) }
  }
}
