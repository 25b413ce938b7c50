import vine from '@vinejs/vine'

/** A simulated citizen reply in the demo's outbox. */
export const sandboxReplyValidator = vine.create({
  text: vine.string().trim().minLength(1).maxLength(1000),
})
