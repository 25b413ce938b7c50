import { DateTime } from 'luxon'
import type Guide from '#models/guide'
import type Kommune from '#models/kommune'
import LocalSupplement, { type Fee } from '#models/local_supplement'
import type { Contact } from '#knowledge/guide_content'

export type SupplementInput = {
  processText: string | null
  waitingTime: string | null
  fees: { label: string; amountDkk: number; validFrom: Date | null; validTo: Date | null }[]
  contact: Contact | null
}

/**
 * Writes a kommune's supplement to a national guide. Saving it is also a
 * review: it is now based on the current national version.
 */
export default class SaveSupplement {
  async handle(kommune: Kommune, guide: Guide, input: SupplementInput, userId: number) {
    const supplement =
      (await LocalSupplement.query().forKommune(kommune.id).where('guide_id', guide.id).first()) ??
      new LocalSupplement().merge({ kommuneId: kommune.id, guideId: guide.id })
    supplement.merge({
      processText: input.processText,
      waitingTime: input.waitingTime,
      fees: input.fees.map(toFee),
      contact: input.contact,
      basedOnVersion: guide.currentVersion,
      needsReview: false,
      updatedBy: userId,
    })
    await supplement.save()
    return supplement
  }

  /** "The national change does not affect our text": confirm without editing. */
  async confirm(supplement: LocalSupplement, guide: Guide, userId: number) {
    supplement.merge({
      basedOnVersion: guide.currentVersion,
      needsReview: false,
      updatedBy: userId,
    })
    await supplement.save()
  }
}

function toFee(fee: SupplementInput['fees'][number]): Fee {
  const isoDate = (date: Date | null) =>
    date ? DateTime.fromJSDate(date, { zone: 'utc' }).toISODate() : null
  return {
    label: fee.label,
    amountDkk: fee.amountDkk,
    validFrom: isoDate(fee.validFrom),
    validTo: isoDate(fee.validTo),
  }
}
