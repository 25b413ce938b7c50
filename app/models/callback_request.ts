import { DateTime } from 'luxon'
import { BaseModel, belongsTo, column } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import { compose } from '@adonisjs/core/helpers'
import ServiceArea from '#models/service_area'
import User from '#models/user'
import { WithKommune } from '#tenancy/with_kommune'
import { dateTimeMsColumn } from '#support/columns'
import { MasksCpr } from '#privacy/masks_cpr'

export const CALLBACK_STATUSES = ['open', 'claimed', 'done', 'cancelled'] as const
export const CALLBACK_OUTCOMES = ['reached', 'not_reached', 'cancelled'] as const
export type CallbackStatus = (typeof CALLBACK_STATUSES)[number]
export type CallbackOutcome = (typeof CALLBACK_OUTCOMES)[number]

/**
 * A citizen's request to be phoned back within a time window. `outcome` is
 * the last call's result; `next_attempt_at` orders the queue (the window
 * start at first, the chosen retry time after "not reached").
 */
export default class CallbackRequest extends compose(
  BaseModel,
  WithKommune,
  MasksCpr('topic', 'notes')
) {
  @column({ isPrimary: true })
  declare id: number

  @column()
  declare messageId: number | null

  /** E.164, e.g. +4512345678. */
  @column()
  declare phone: string

  @dateTimeMsColumn()
  declare windowStart: DateTime

  @dateTimeMsColumn()
  declare windowEnd: DateTime

  @column()
  declare topic: string

  @column()
  declare serviceAreaId: number | null

  @column()
  declare status: CallbackStatus

  @column()
  declare claimedBy: number | null

  @dateTimeMsColumn()
  declare claimedAt: DateTime | null

  @column()
  declare attempts: number

  @column()
  declare outcome: CallbackOutcome | null

  @dateTimeMsColumn()
  declare nextAttemptAt: DateTime

  @column()
  declare notes: string | null

  @dateTimeMsColumn({ autoCreate: true })
  declare createdAt: DateTime

  @dateTimeMsColumn({ autoCreate: true, autoUpdate: true })
  declare updatedAt: DateTime

  @belongsTo(() => ServiceArea)
  declare serviceArea: BelongsTo<typeof ServiceArea>

  @belongsTo(() => User, { foreignKey: 'claimedBy' })
  declare claimer: BelongsTo<typeof User>
}
