import { DateTime } from 'luxon'
import { BaseModel, belongsTo, column } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import { compose } from '@adonisjs/core/helpers'
import Guide from '#models/guide'
import User from '#models/user'
import { WithKommune } from '#tenancy/with_kommune'
import { MasksCpr } from '#privacy/masks_cpr'

export const FEEDBACK_SECTIONS = ['guidance', 'steps', 'referral', 'local'] as const
export const FEEDBACK_KINDS = ['error', 'unclear', 'outdated', 'suggestion'] as const
export const FEEDBACK_STATUSES = ['open', 'acknowledged', 'resolved'] as const
export type FeedbackSection = (typeof FEEDBACK_SECTIONS)[number]
export type FeedbackKind = (typeof FEEDBACK_KINDS)[number]
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number]
/** Who answers: the national editors or the kommune's own admins. */
export type FeedbackRoute = 'national' | 'local'

/** A staff member's remark on one section of a guide. */
export default class Feedback extends compose(BaseModel, WithKommune, MasksCpr('text', 'reply')) {
  static table = 'feedback'

  @column({ isPrimary: true })
  declare id: number

  @column()
  declare userId: number | null

  @column()
  declare guideId: number

  @column()
  declare section: FeedbackSection

  @column()
  declare kind: FeedbackKind

  @column()
  declare text: string

  @column()
  declare route: FeedbackRoute

  @column()
  declare status: FeedbackStatus

  @column()
  declare reply: string | null

  @column()
  declare repliedBy: number | null

  @column.dateTime()
  declare repliedAt: DateTime | null

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @column.dateTime({ autoCreate: true, autoUpdate: true })
  declare updatedAt: DateTime

  @belongsTo(() => Guide)
  declare guide: BelongsTo<typeof Guide>

  @belongsTo(() => User)
  declare user: BelongsTo<typeof User>
}
