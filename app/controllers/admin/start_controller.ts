import type { HttpContext } from '@adonisjs/core/http'
import { toKommuneDto } from '#transformers/account_dto'
import { adminTodo } from '#services/admin_todo'

/**
 * The administrator's start page: a to-do list (alerts to confirm, feedback
 * to answer, channels failing or missing, broken links) and the kommune's facts.
 */
export default class StartController {
  async render({ inertia, kommune, bouncer, i18n }: HttpContext) {
    await bouncer.with('KommunePolicy').authorize('administer', kommune!)
    return inertia.render('admin/start', {
      kommune: toKommuneDto(kommune!),
      todo: await adminTodo(kommune!, i18n.locale),
    })
  }
}
