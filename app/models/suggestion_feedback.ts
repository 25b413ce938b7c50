import { DateTime } from 'luxon'
import { BaseModel, column } from '@adonisjs/lucid/orm'
import { compose } from '@adonisjs/core/helpers'
import { WithKommune } from '#tenancy/with_kommune'
import { dateTimeMsColumn } from '#support/columns'

/**
 * A suggested guide a staff member marked wrong for a conversation. Only
 * analyzed terms of the (CPR-masked) citizen text are kept, never the text:
 * enough to recognise a similar question, and to demote the guide for it.
 */
export default class SuggestionFeedback extends compose(BaseModel, WithKommune) {
  static table = 'suggestion_feedback'

  @column({ isPrimary: true })
  declare id: number

  @column()
  declare conversationId: number | null

  @column()
  declare guideSlug: string

  @column()
  declare queryTerms: string

  @column()
  declare userId: number | null

  @dateTimeMsColumn({ autoCreate: true })
  declare createdAt: DateTime
}
