import type { HttpContext } from '@adonisjs/core/http'
import { openApiDocument } from '#search/openapi'

/** Serves the public API's OpenAPI 3.1 description. */
export default class OpenApiController {
  async handle({ response }: HttpContext) {
    response.header('Cache-Control', 'public, max-age=300')
    return openApiDocument
  }
}
