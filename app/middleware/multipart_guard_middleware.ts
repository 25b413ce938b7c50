import { unlink } from 'node:fs/promises'
import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import type { MultipartFile } from '@adonisjs/core/bodyparser'
import { UPLOAD_ROUTES } from '#config/bodyparser'

/**
 * Runs before the body parser. A multipart body is accepted only by the
 * routes that take files (UPLOAD_ROUTES); anywhere else it is refused with
 * 415 before a byte is written to disk. After an upload route has answered,
 * temp files it did not move to drive (invalid, refused, failed) are removed.
 */
export default class MultipartGuardMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    if (!ctx.request.is(['multipart/form-data'])) return next()
    if (!ctx.route || !UPLOAD_ROUTES.includes(ctx.route.pattern)) {
      return ctx.response
        .status(415)
        .send({ errors: [{ message: 'This address does not take file uploads' }] })
    }
    try {
      return await next()
    } finally {
      await removeLeftovers(ctx)
    }
  }
}

async function removeLeftovers(ctx: HttpContext) {
  const files = Object.values(ctx.request.allFiles()).flat() as MultipartFile[]
  await Promise.all(
    files
      .filter((file) => file.tmpPath && file.state !== 'moved')
      .map((file) => unlink(file.tmpPath!).catch(() => {}))
  )
}
