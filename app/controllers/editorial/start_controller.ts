import type { HttpContext } from '@adonisjs/core/http'
import { kommuneDirectory } from '#services/kommune_directory'
import { toKommuneDto } from '#transformers/account_dto'

/**
 * The national editors' start page: every kommune the content serves.
 */
export default class StartController {
  async render({ inertia, bouncer }: HttpContext) {
    await bouncer.with('NationalContentPolicy').authorize('edit')
    const kommuner = await kommuneDirectory.allKommuner()
    return inertia.render('editorial/start', { kommuner: kommuner.map(toKommuneDto) })
  }
}
