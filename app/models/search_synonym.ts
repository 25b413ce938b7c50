import { DateTime } from 'luxon'
import { BaseModel, column } from '@adonisjs/lucid/orm'
import { jsonColumn } from '#support/columns'

/** One synonym group: every term finds what any other term finds. */
export default class SearchSynonym extends BaseModel {
  @column({ isPrimary: true })
  declare id: number

  @jsonColumn<string[]>({ fallback: [] })
  declare terms: string[]

  @column()
  declare updatedBy: number | null

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @column.dateTime({ autoCreate: true, autoUpdate: true })
  declare updatedAt: DateTime
}
