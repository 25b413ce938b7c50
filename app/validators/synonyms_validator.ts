import vine from '@vinejs/vine'

/** Synonym groups: each a list of 2–12 terms (a term may be several words). */
export const synonymsValidator = vine.create({
  groups: vine
    .array(
      vine
        .array(vine.string().trim().toLowerCase().minLength(2).maxLength(60))
        .minLength(2)
        .maxLength(12)
    )
    .maxLength(500),
})
