import { DateTime } from 'luxon'
import { BaseModel, belongsTo, column } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import { compose } from '@adonisjs/core/helpers'
import Guide from '#models/guide'
import { WithKommune } from '#tenancy/with_kommune'
import { booleanColumn, dateTimeMsColumn } from '#support/columns'

export const INQUIRY_CHANNELS = ['phone', 'in_person', 'chat', 'email', 'sms', 'callback'] as const
/** answered; sent to self-service; referred to another unit; not resolved. */
export const INQUIRY_OUTCOMES = ['answered', 'self_service', 'referred', 'not_resolved'] as const
/** Written channels: the ones counted as digital in the channel shift. */
export const DIGITAL_CHANNELS: readonly InquiryChannel[] = ['chat', 'email', 'sms']
export type InquiryChannel = (typeof INQUIRY_CHANNELS)[number]
export type InquiryOutcome = (typeof INQUIRY_OUTCOMES)[number]

/**
 * One registered citizen contact — the fact the statistics are built on.
 * It says nothing about who the citizen was: the repeat-contact flag is
 * decided at write time from a keyed hash kept elsewhere for seven days.
 * Write it only through `RecordInquiry` (#actions/stats/record_inquiry).
 */
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

  /** The contact's local date (yyyy-MM-dd) in the kommune's time zone. */
  @column()
  declare day: string

  /** Queue time before a person took the contact; null where nobody measured it. */
  @column()
  declare waitSeconds: number | null

  /** From the citizen's first message to staff's first reply (written channels, callbacks). */
  @column()
  declare firstResponseSeconds: number | null

  @booleanColumn()
  declare csatAsked: boolean

  @booleanColumn()
  declare repeatContact: boolean

  /** Set once the row is in the daily aggregates (exactly once). */
  @booleanColumn()
  declare rolledUp: boolean

  @column()
  declare csat: number | null

  /** The conversation this inquiry closed (chat, e-mail or SMS), if any. */
  @column()
  declare conversationId: number | null

  @dateTimeMsColumn({ autoCreate: true })
  declare createdAt: DateTime

  @belongsTo(() => Guide)
  declare guide: BelongsTo<typeof Guide>
}
