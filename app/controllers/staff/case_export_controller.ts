import { inject } from '@adonisjs/core'
import { errors } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import ExportCase from '#actions/privacy/export_case'
import { renderCasePdf } from '#services/case_export/case_pdf'

/** Download one conversation as a case (JSON or PDF) for journalisering. */
export default class CaseExportController {
  @inject()
  async json(ctx: HttpContext, exportCase: ExportCase) {
    const file = await this.#file(ctx, exportCase, 'json')
    this.#attachment(ctx, `sag-${file.kommune.code}-${file.conversation.id}.json`)
    return ctx.response.json(file)
  }

  @inject()
  async pdf(ctx: HttpContext, exportCase: ExportCase) {
    const file = await this.#file(ctx, exportCase, 'pdf')
    this.#attachment(ctx, `sag-${file.kommune.code}-${file.conversation.id}.pdf`)
    ctx.response.header('content-type', 'application/pdf')
    return ctx.response.send(await renderCasePdf(file, ctx.i18n))
  }

  async #file(ctx: HttpContext, exportCase: ExportCase, format: 'json' | 'pdf') {
    const id = Number(ctx.params.conversation)
    const actor = { user: ctx.auth.user!, ip: ctx.request.ip() }
    const file = await exportCase.handle(ctx.kommune!, id, actor, format)
    if (!file) throw new errors.E_HTTP_EXCEPTION('Not found', { status: 404 })
    return file
  }

  #attachment(ctx: HttpContext, name: string) {
    ctx.response.header('content-disposition', `attachment; filename="${name}"`)
    ctx.response.header('cache-control', 'no-store')
  }
}
