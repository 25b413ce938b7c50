import vine from '@vinejs/vine'
import { toPlainText, toPlainTextOrNull } from '#knowledge/plain_text'

const optionalText = (max: number) =>
  vine.string().trim().maxLength(max).transform(toPlainTextOrNull).nullable()

/**
 * A kommune's local supplement: typed fields, fees with validity dates.
 */
export const supplementValidator = vine.create({
  processText: optionalText(4000),
  waitingTime: optionalText(200),
  fees: vine
    .array(
      vine.object({
        label: vine.string().trim().minLength(1).maxLength(200).transform(toPlainText),
        amountDkk: vine.number().min(0).max(1_000_000),
        validFrom: vine.date({ formats: ['YYYY-MM-DD'] }).nullable(),
        validTo: vine
          .date({ formats: ['YYYY-MM-DD'] })
          .afterOrSameAs('validFrom')
          .nullable(),
      })
    )
    .maxLength(20),
  contact: vine
    .object({
      unit: vine.string().trim().minLength(1).maxLength(200).transform(toPlainText),
      phone: optionalText(40),
      email: vine.string().trim().email().maxLength(254).nullable(),
      address: optionalText(300),
      web: vine.string().trim().url().maxLength(500).nullable(),
      openingHours: optionalText(500),
    })
    .nullable(),
})
