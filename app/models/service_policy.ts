import { DateTime } from 'luxon'
import { BaseModel, belongsTo, column } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import { compose } from '@adonisjs/core/helpers'
import ServiceArea from '#models/service_area'
import { WithKommune } from '#tenancy/with_kommune'
import { booleanColumn, jsonColumn } from '#support/columns'

export const SERVICE_CHANNELS = ['phone', 'chat', 'email', 'sms', 'callback', 'in_person'] as const
export type ServiceChannel = (typeof SERVICE_CHANNELS)[number]

/** Whether and how a kommune serves one service area. */
export default class ServicePolicy extends compose(BaseModel, WithKommune) {
  @column({ isPrimary: true })
  declare id: number

  @column()
  declare serviceAreaId: number

  @booleanColumn()
  declare served: boolean

  @jsonColumn<ServiceChannel[]>({ fallback: [] })
  declare channels: ServiceChannel[]

  /** What staff should say about this area (shown first on the guide). */
  @column()
  declare staffScript: string | null

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @column.dateTime({ autoCreate: true, autoUpdate: true })
  declare updatedAt: DateTime

  @belongsTo(() => ServiceArea)
  declare serviceArea: BelongsTo<typeof ServiceArea>
}
