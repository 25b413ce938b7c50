import { DateTime } from 'luxon'
import { BaseModel, column } from '@adonisjs/lucid/orm'
import { compose } from '@adonisjs/core/helpers'
import { WithKommune } from '#tenancy/with_kommune'
import { dateTimeMsColumn } from '#support/columns'
import type { SandboxStatus } from '#channels/sandbox/outbox_types'

/** One message the demo's local SMTP server or SMS gateway received. */
export default class SandboxMessage extends compose(BaseModel, WithKommune) {
  @column({ isPrimary: true })
  declare id: number

  @column()
  declare connectionId: string | null

  @column()
  declare channel: 'email' | 'sms'

  @column()
  declare from: string

  @column()
  declare to: string

  @column()
  declare subject: string | null

  @column()
  declare text: string

  @column()
  declare replyTo: string | null

  @column()
  declare externalId: string

  @column()
  declare idempotencyKey: string | null

  @column()
  declare status: SandboxStatus

  @column()
  declare segments: number | null

  @dateTimeMsColumn({ autoCreate: true })
  declare createdAt: DateTime
}
