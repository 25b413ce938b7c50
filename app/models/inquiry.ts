import { DateTime } from 'luxon'
import { BaseModel, belongsTo, column } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import { compose } from '@adonisjs/core/helpers'
import Guide from '#models/guide'
import { WithKommune } from '#tenancy/with_kommune'
import { dateTimeMsColumn } from '#support/columns'

export const INQUIRY_CHANNELS = ['phone', 'in_person', 'chat', 'email', 'sms', 'callback'] as const
export const INQUIRY_OUTCOMES = ['answered', 'self_service', 'referred'] as const
export type InquiryChannel = (typeof INQUIRY_CHANNELS)[number]
export type InquiryOutcome = (typeof INQUIRY_OUTCOMES)[number]

/** One registered citizen contact — the fact the statistics are built on. */
export default class Inquiry extends compose(BaseModel, WithKommune) {
  @column({ isPrimary: true })
  declare id: number

  @column()
  declare userId: number | null

  @column()
  declare guideId: number | null

  @column()
  declare serviceAreaId: number | null

  @column()
  declare channel: InquiryChannel

  @column()
  declare outcome: InquiryOutcome

  /** Where it was registered: support_view, chat, callback, … */
  @column()
  declare source: string

  @dateTimeMsColumn()
  declare startedAt: DateTime

  @dateTimeMsColumn()
  declare answeredAt: DateTime | null

  @dateTimeMsColumn()
  declare endedAt: DateTime

  @column()
  declare handleSeconds: number

  @column()
  declare csat: number | null

  @dateTimeMsColumn({ autoCreate: true })
  declare createdAt: DateTime

  @belongsTo(() => Guide)
  declare guide: BelongsTo<typeof Guide>
}
