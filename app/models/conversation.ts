import { DateTime } from 'luxon'
import { BaseModel, belongsTo, column, hasMany, scope } from '@adonisjs/lucid/orm'
import type { BelongsTo, HasMany } from '@adonisjs/lucid/types/relations'
import { compose } from '@adonisjs/core/helpers'
import ChannelConnection from '#models/channel_connection'
import ConversationMessage from '#models/conversation_message'
import ServiceArea from '#models/service_area'
import User from '#models/user'
import { WithKommune } from '#tenancy/with_kommune'
import { dateTimeMsColumn } from '#support/columns'

export const CONVERSATION_STATUSES = ['waiting', 'active', 'closed'] as const
export type ConversationStatus = (typeof CONVERSATION_STATUSES)[number]
export const CONVERSATION_CHANNELS = ['chat', 'email', 'sms'] as const
export type ConversationChannel = (typeof CONVERSATION_CHANNELS)[number]

/**
 * One citizen contact on one channel, from the first message until staff
 * close it: waiting → active (claimed) → closed. Every query goes through
 * `forKommune`; writes go through the actions in app/actions/conversations.
 */
export default class Conversation extends compose(BaseModel, WithKommune) {
  @column({ isPrimary: true })
  declare id: number

  @column()
  declare channelConnectionId: string | null

  @column()
  declare channel: ConversationChannel

  @column()
  declare contact: string | null

  @column()
  declare citizenName: string | null

  @column()
  declare status: ConversationStatus

  @column()
  declare assigneeId: number | null

  @column()
  declare serviceAreaId: number | null

  @column()
  declare guideId: number | null

  @column()
  declare topic: string | null

  @column()
  declare pageUrl: string | null

  @column()
  declare pageTitle: string | null

  @column({ serializeAs: null })
  declare replyToken: string | null

  @column()
  declare lastSeq: number

  @column()
  declare staffReadSeq: number

  @dateTimeMsColumn()
  declare claimedAt: DateTime | null

  @dateTimeMsColumn()
  declare firstResponseAt: DateTime | null

  @dateTimeMsColumn()
  declare closedAt: DateTime | null

  @column()
  declare outcome: string | null

  @column()
  declare csat: number | null

  @column()
  declare previousConversationId: number | null

  /** The citizen's language (da, sv, en); null: the kommune's. */
  @column()
  declare locale: string | null

  @dateTimeMsColumn({ autoCreate: true })
  declare createdAt: DateTime

  @dateTimeMsColumn({ autoCreate: true, autoUpdate: true })
  declare updatedAt: DateTime

  @belongsTo(() => User, { foreignKey: 'assigneeId' })
  declare assignee: BelongsTo<typeof User>

  @belongsTo(() => ServiceArea)
  declare serviceArea: BelongsTo<typeof ServiceArea>

  @belongsTo(() => ChannelConnection, { foreignKey: 'channelConnectionId' })
  declare connection: BelongsTo<typeof ChannelConnection>

  @hasMany(() => ConversationMessage)
  declare messages: HasMany<typeof ConversationMessage>

  /**
   * Closed before `cutoff` (a SQL datetime) and still holding the citizen's
   * details or lines: what retention has yet to purge (the conversations
   * sweeper and conversations:purge read the same rule).
   */
  static closedWithCitizenData = scope((query, cutoff: string) => {
    query
      .where('status', 'closed')
      .where('closed_at', '<', cutoff)
      .where((pending) =>
        pending
          .whereNotNull('contact')
          .orWhereNotNull('citizen_name')
          .orWhereNotNull('topic')
          .orWhereNotNull('page_url')
          .orWhereExists((lines) =>
            lines
              .from('conversation_messages')
              .whereColumn('conversation_messages.conversation_id', 'conversations.id')
          )
      )
  })
}
