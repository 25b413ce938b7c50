import { DateTime } from 'luxon'
import { BaseModel, belongsTo, column } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import Kommune from '#models/kommune'
import User from '#models/user'
import type { Role } from '#tenancy/roles'

/**
 * What a user may do where. A national editor's membership has no kommune.
 */
export default class Membership extends BaseModel {
  @column({ isPrimary: true })
  declare id: number

  @column()
  declare userId: number

  @column()
  declare kommuneId: number | null

  @column()
  declare role: Role

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @column.dateTime({ autoCreate: true, autoUpdate: true })
  declare updatedAt: DateTime

  @belongsTo(() => User)
  declare user: BelongsTo<typeof User>

  @belongsTo(() => Kommune)
  declare kommune: BelongsTo<typeof Kommune>

  get isNational() {
    return this.kommuneId === null
  }
}
