import vine from '@vinejs/vine'
import { existsInKommune, tenantValidatorMeta } from '#tenancy/validator_metadata'

const slug = () =>
  vine
    .string()
    .trim()
    .regex(/^[a-z0-9-]{1,200}$/)

/** A guide the kommune can see (its own or a national one), by slug. */
const guideSlug = () =>
  slug().use(existsInKommune({ table: 'guides', column: 'slug', national: true }))

/** Staff mark one suggested guide wrong for the conversation (meta: its kommune). */
export const wrongSuggestionValidator = tenantValidatorMeta.create(
  vine.object({ slug: guideSlug() })
)

/** The widget asks which guides answer a question before a chat (no storage, no text kept). */
export const deflectionQueryValidator = vine.create({
  q: vine.string().trim().minLength(1).maxLength(500),
  title: vine.string().trim().maxLength(300).optional(),
})

export const DEFLECTION_STEPS = ['asked', 'opened', 'helpful', 'chat'] as const

/** One step of an anonymous widget session (a random key kept in the page's memory; meta: the kommune). */
export const deflectionEventValidator = tenantValidatorMeta.create(
  vine.object({
    session: vine
      .string()
      .trim()
      .regex(/^[A-Za-z0-9_-]{16,64}$/),
    step: vine.enum(DEFLECTION_STEPS),
    slug: guideSlug().optional(),
  })
)
