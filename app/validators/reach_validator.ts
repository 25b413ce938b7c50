import vine from '@vinejs/vine'

/** The guide page's "call me back" form (RequestCallback checks the rest). */
export const callbackFormValidator = vine.create({
  phone: vine.string().trim().minLength(6).maxLength(30),
  date: vine
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/),
  from: vine
    .string()
    .trim()
    .regex(/^\d{2}:\d{2}$/),
  to: vine
    .string()
    .trim()
    .regex(/^\d{2}:\d{2}$/),
  note: vine.string().trim().maxLength(400).optional(),
})

/** "Send this page to me": an e-mail address or a phone number. */
export const shareFormValidator = vine.create({
  to: vine.string().trim().minLength(3).maxLength(254),
})
