import { DateTime } from 'luxon'
import { BaseModel, column } from '@adonisjs/lucid/orm'
import { compose } from '@adonisjs/core/helpers'
import { WithKommune } from '#tenancy/with_kommune'
import { booleanColumn, dateTimeMsColumn } from '#support/columns'

/**
 * One anonymous widget session (a random key the widget keeps in memory;
 * no cookie, no storage) and what happened in it: the citizen asked to chat
 * and was shown guides first, opened one, said it answered the question,
 * or went on to the chat. Read by app/stats/deflection.ts.
 */
export default class WidgetSession extends compose(BaseModel, WithKommune) {
  static table = 'widget_sessions'

  @column({ isPrimary: true })
  declare id: number

  @column()
  declare sessionKey: string

  @booleanColumn()
  declare asked: boolean

  @booleanColumn()
  declare guideOpened: boolean

  @booleanColumn()
  declare helpful: boolean

  @booleanColumn()
  declare chatStarted: boolean

  @column()
  declare guideSlug: string | null

  @dateTimeMsColumn({ autoCreate: true })
  declare createdAt: DateTime

  @dateTimeMsColumn({ autoCreate: true, autoUpdate: true })
  declare updatedAt: DateTime
}
