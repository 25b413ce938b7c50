import { DateTime } from 'luxon'
import { BaseModel, column } from '@adonisjs/lucid/orm'
import { compose } from '@adonisjs/core/helpers'
import { WithKommune } from '#tenancy/with_kommune'
import { dateTimeMsColumn } from '#support/columns'

export const MESSAGE_AUTHORS = ['citizen', 'staff', 'system'] as const
export type MessageAuthor = (typeof MESSAGE_AUTHORS)[number]

/**
 * One line of a conversation. `seq` is its place (1, 2, 3 … per
 * conversation); the body was CPR-masked before it was stored.
 */
export default class ConversationMessage extends compose(BaseModel, WithKommune) {
  static table = 'conversation_messages'

  @column({ isPrimary: true })
  declare id: number

  @column()
  declare conversationId: number

  @column()
  declare seq: number

  @column()
  declare author: MessageAuthor

  @column()
  declare userId: number | null

  @column()
  declare body: string

  @column()
  declare clientId: string | null

  @column()
  declare messageId: number | null

  @dateTimeMsColumn({ autoCreate: true })
  declare createdAt: DateTime
}
