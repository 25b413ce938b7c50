import { DateTime } from 'luxon'
import { BaseModel, column } from '@adonisjs/lucid/orm'

/** One area of the national taxonomy (e.g. "Pas og kørekort"). */
export default class ServiceArea extends BaseModel {
  @column({ isPrimary: true })
  declare id: number

  @column()
  declare slug: string

  @column()
  declare nameDa: string

  @column()
  declare nameEn: string

  @column()
  declare nameSv: string

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @column.dateTime({ autoCreate: true, autoUpdate: true })
  declare updatedAt: DateTime

  nameIn(locale: string) {
    if (locale === 'en') return this.nameEn
    if (locale === 'sv') return this.nameSv
    return this.nameDa
  }
}
