import type { HttpContext } from '@adonisjs/core/http'
import { requestI18n } from '#support/request_i18n'

type Rejection = { status: number; rule: string; key: string }

/**
 * What the body parser refuses, as the API answers it: a body that is not
 * JSON (or JSON that is not an object or array) is invalid input, 422 like
 * any other; too large is 413; a charset we cannot read is 415. The parser's
 * own messages (English, with positions from inside the body) never reach
 * the caller.
 */
export function bodyRejection(error: unknown): Rejection | null {
  const failure = error as { status?: unknown; code?: unknown; message?: unknown } | null
  if (!failure || typeof failure !== 'object') return null
  if (failure.code === 'E_REQUEST_ENTITY_TOO_LARGE') {
    return { status: 413, rule: 'too_large', key: 'bad_input.too_large' }
  }
  if (failure.code === 'E_ENCODING_UNSUPPORTED') {
    return { status: 415, rule: 'encoding', key: 'bad_input.unsupported_encoding' }
  }
  const malformed =
    (error instanceof SyntaxError && failure.status === 400) ||
    (failure.status === 422 && failure.message === 'Invalid JSON, only supports object and array')
  return malformed ? { status: 422, rule: 'json', key: 'bad_input.malformed_json' } : null
}

/** Answers a rejected body in the request's language, JSON like every API error. */
export function sendBodyRejection(ctx: HttpContext, rejection: Rejection) {
  const message = requestI18n(ctx).t(rejection.key)
  return ctx.response.status(rejection.status).send({ errors: [{ rule: rejection.rule, message }] })
}
