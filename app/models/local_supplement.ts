import { DateTime } from 'luxon'
import { BaseModel, belongsTo, column } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import { compose } from '@adonisjs/core/helpers'
import Guide from '#models/guide'
import type { Contact } from '#knowledge/guide_content'
import { WithKommune } from '#tenancy/with_kommune'
import { booleanColumn, jsonColumn } from '#support/columns'
import { MasksCpr } from '#privacy/masks_cpr'

/** A fee with the period it applies to (dates inclusive, ISO yyyy-mm-dd). */
export type Fee = {
  label: string
  amountDkk: number
  validFrom: string | null
  validTo: string | null
}

/** A kommune's local text for one national guide. */
export default class LocalSupplement extends compose(
  BaseModel,
  WithKommune,
  MasksCpr('processText', 'waitingTime', 'fees', 'contact')
) {
  @column({ isPrimary: true })
  declare id: number

  @column()
  declare guideId: number

  @column()
  declare processText: string | null

  @column()
  declare waitingTime: string | null

  @jsonColumn<Fee[]>({ fallback: [] })
  declare fees: Fee[]

  @jsonColumn<Contact>()
  declare contact: Contact | null

  /** The national version this text was written (or last confirmed) against. */
  @column()
  declare basedOnVersion: number

  @booleanColumn()
  declare needsReview: boolean

  @column()
  declare updatedBy: number | null

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @column.dateTime({ autoCreate: true, autoUpdate: true })
  declare updatedAt: DateTime

  @belongsTo(() => Guide)
  declare guide: BelongsTo<typeof Guide>
}
