import vine from '@vinejs/vine'

const slug = () =>
  vine
    .string()
    .trim()
    .regex(/^[a-z0-9-]{1,200}$/)

/** Staff mark one suggested guide wrong for the conversation. */
export const wrongSuggestionValidator = vine.create({ slug: slug() })

/** The widget asks which guides answer a question before a chat (no storage, no text kept). */
export const deflectionQueryValidator = vine.create({
  q: vine.string().trim().minLength(1).maxLength(500),
  title: vine.string().trim().maxLength(300).optional(),
})

export const DEFLECTION_STEPS = ['asked', 'opened', 'helpful', 'chat'] as const

/** One step of an anonymous widget session (a random key kept in the page's memory). */
export const deflectionEventValidator = vine.create({
  session: vine
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{16,64}$/),
  step: vine.enum(DEFLECTION_STEPS),
  slug: slug().optional(),
})
