import vine from '@vinejs/vine'

export const sendGuidanceValidator = vine.create({
  channel: vine.enum(['email', 'sms']),
  to: vine.string().trim().minLength(3).maxLength(254),
})

export const emailRecipientValidator = vine.create({
  to: vine.string().trim().email().maxLength(254),
})
