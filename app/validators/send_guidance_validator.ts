import vine from '@vinejs/vine'

export const sendGuidanceValidator = vine.create({
  channel: vine.enum(['email', 'sms']),
  to: vine.string().trim().minLength(3).maxLength(254),
  /** The message as staff edited it in the preview (absent: the composed one). */
  text: vine.string().trim().minLength(1).maxLength(4000).optional(),
})

export const emailRecipientValidator = vine.create({
  to: vine.string().trim().email().maxLength(254),
})
