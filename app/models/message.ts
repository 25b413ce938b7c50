import { DateTime } from 'luxon'
import { BaseModel, belongsTo, column, hasMany } from '@adonisjs/lucid/orm'
import type { BelongsTo, HasMany } from '@adonisjs/lucid/types/relations'
import { compose } from '@adonisjs/core/helpers'
import ChannelConnection from '#models/channel_connection'
import Delivery from '#models/delivery'
import { WithKommune } from '#tenancy/with_kommune'
import { dateTimeMsColumn } from '#support/columns'
import { MasksCpr } from '#privacy/masks_cpr'

export const MESSAGE_STATUSES = ['queued', 'sending', 'sent', 'delivered', 'failed'] as const
export type MessageStatus = (typeof MESSAGE_STATUSES)[number]

/**
 * One outbound message on one connection. Written by SendMessage, delivered
 * by DeliverMessageJob; `status` moves queued → sending → sent (→ delivered
 * on a provider receipt) or → failed. Every try is a Delivery row.
 */
export default class Message extends compose(
  BaseModel,
  WithKommune,
  MasksCpr('subject', 'text', 'html', 'lastError')
) {
  @column({ isPrimary: true })
  declare id: number

  @column()
  declare connectionId: string

  /** The plugin's kind at the time of writing (email, sms, …). */
  @column()
  declare channel: string

  @column()
  declare idempotencyKey: string

  @column()
  declare to: string

  @column()
  declare subject: string | null

  @column()
  declare text: string

  @column()
  declare html: string | null

  @column()
  declare replyToken: string | null

  @column()
  declare status: MessageStatus

  @column()
  declare externalId: string | null

  @column()
  declare attempts: number

  @column()
  declare lastError: string | null

  @column()
  declare guideId: number | null

  @column()
  declare userId: number | null

  @dateTimeMsColumn()
  declare sentAt: DateTime | null

  @dateTimeMsColumn()
  declare deliveredAt: DateTime | null

  @dateTimeMsColumn({ autoCreate: true })
  declare createdAt: DateTime

  @dateTimeMsColumn({ autoCreate: true, autoUpdate: true })
  declare updatedAt: DateTime

  @belongsTo(() => ChannelConnection, { foreignKey: 'connectionId' })
  declare connection: BelongsTo<typeof ChannelConnection>

  @hasMany(() => Delivery)
  declare deliveries: HasMany<typeof Delivery>
}
