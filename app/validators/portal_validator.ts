import vine from '@vinejs/vine'
import { SEARCH_LIMITS } from '#search/search_engine'

/** The citizen search page's query string (unknown languages fall back to the kommune's). */
export const portalSearchValidator = vine.create({
  q: vine.string().trim().maxLength(SEARCH_LIMITS.maxQueryLength).optional(),
  lang: vine.string().trim().maxLength(5).optional(),
})
