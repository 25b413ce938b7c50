import { DateTime } from 'luxon'
import { BaseModel, belongsTo, column } from '@adonisjs/lucid/orm'
import { compose } from '@adonisjs/core/helpers'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import User from '#models/user'
import { dateTimeMsColumn, jsonColumn } from '#support/columns'
import { MasksCpr } from '#privacy/masks_cpr'

/**
 * One audited action. Rows are only ever inserted (by WriteAuditEntryJob).
 */
export default class AuditLog extends compose(BaseModel, MasksCpr('meta')) {
  @column({ isPrimary: true })
  declare id: number

  @column({ serializeAs: null })
  declare entryId: string

  @column()
  declare userId: number | null

  @column()
  declare kommuneId: number | null

  @column()
  declare action: string

  @column()
  declare subjectType: string | null

  @column()
  declare subjectId: string | null

  @jsonColumn<Record<string, unknown>>()
  declare meta: Record<string, unknown> | null

  @column()
  declare ip: string | null

  @dateTimeMsColumn()
  declare createdAt: DateTime

  @belongsTo(() => User)
  declare user: BelongsTo<typeof User>
}
