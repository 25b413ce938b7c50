import vine from '@vinejs/vine'
import { SEARCH_LIMITS } from '#search/search_engine'

const base = {
  q: vine.string().trim().maxLength(SEARCH_LIMITS.maxQueryLength).optional(),
  limit: vine.number().min(1).max(SEARCH_LIMITS.maxLimit).optional(),
  offset: vine.number().min(0).max(SEARCH_LIMITS.maxOffset).optional(),
  area: vine.string().trim().maxLength(80).optional(),
  kind: vine.enum(['guide', 'faq']).optional(),
}

export const publicSearchValidator = vine.create(base)

export const staffSearchValidator = vine.create({
  ...base,
  scope: vine.enum(['own', 'all']).optional(),
})

export const searchMissValidator = vine.create({
  q: vine.string().trim().minLength(1).maxLength(SEARCH_LIMITS.maxQueryLength),
  hits: vine.number().min(0).max(1000),
})
