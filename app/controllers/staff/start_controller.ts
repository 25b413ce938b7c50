import type { HttpContext } from '@adonisjs/core/http'
import { toKommuneDto } from '#transformers/account_dto'

/**
 * The staff start page: which kommune the user answers for right now.
 */
export default class StartController {
  async render({ inertia, kommune, bouncer }: HttpContext) {
    await bouncer.with('KommunePolicy').authorize('support', kommune!)
    return inertia.render('staff/start', { kommune: toKommuneDto(kommune!) })
  }
}
