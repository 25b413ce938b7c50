import { DateTime } from 'luxon'
import { BaseModel, column } from '@adonisjs/lucid/orm'
import { booleanColumn } from '#support/columns'

/** A self-service URL guides point to, with the result of its last check. */
export default class SelfServiceLink extends BaseModel {
  @column({ isPrimary: true })
  declare id: number

  @column()
  declare url: string

  @column()
  declare name: string

  @column()
  declare lastStatus: number | null

  @column()
  declare redirectTo: string | null

  @column()
  declare lastError: string | null

  /** null = never checked. */
  @booleanColumn()
  declare broken: boolean | null

  @column.dateTime()
  declare checkedAt: DateTime | null

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @column.dateTime({ autoCreate: true, autoUpdate: true })
  declare updatedAt: DateTime
}
