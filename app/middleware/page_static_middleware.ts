import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import StaticMiddleware from '@adonisjs/static/static_middleware'
import { isLeanPath } from '#support/lean_paths'

/**
 * Serves files from public/ — but not for lean requests, which never ask
 * for a file and would otherwise pay a filesystem lookup each.
 */
@inject()
export default class PageStaticMiddleware {
  constructor(private staticFiles: StaticMiddleware) {}

  handle(ctx: HttpContext, next: NextFn) {
    return isLeanPath(ctx.request.url()) ? next() : this.staticFiles.handle(ctx, next)
  }
}
