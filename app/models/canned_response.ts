import { DateTime } from 'luxon'
import { BaseModel, column } from '@adonisjs/lucid/orm'
import { compose } from '@adonisjs/core/helpers'
import { jsonColumn } from '#support/columns'
import { MasksCpr } from '#privacy/masks_cpr'

/** A standard answer with a /shortcut; national when kommuneId is null. */
export default class CannedResponse extends compose(BaseModel, MasksCpr('title', 'text')) {
  @column({ isPrimary: true })
  declare id: number

  @column()
  declare kommuneId: number | null

  @column()
  declare code: string

  @column()
  declare title: string

  @column()
  declare text: string

  @jsonColumn<string[]>({ fallback: [] })
  declare tags: string[]

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @column.dateTime({ autoCreate: true, autoUpdate: true })
  declare updatedAt: DateTime
}
