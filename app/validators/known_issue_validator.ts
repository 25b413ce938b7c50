import vine from '@vinejs/vine'
import { toPlainText } from '#knowledge/plain_text'

/** A national notice as an editor enters it (times in Danish time, see KnownIssues). */
export const knownIssueValidator = vine.create({
  title: vine.string().trim().minLength(3).maxLength(200).transform(toPlainText),
  message: vine.string().trim().minLength(3).maxLength(1000).transform(toPlainText),
  severity: vine.enum(['info', 'warning']),
  startsAt: vine.date({ formats: ['YYYY-MM-DDTHH:mm', 'iso8601'] }),
  endsAt: vine.date({ formats: ['YYYY-MM-DDTHH:mm', 'iso8601'] }),
})
