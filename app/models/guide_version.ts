import { DateTime } from 'luxon'
import { BaseModel, belongsTo, column } from '@adonisjs/lucid/orm'
import { compose } from '@adonisjs/core/helpers'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import Guide from '#models/guide'
import User from '#models/user'
import type { GuideContent } from '#knowledge/guide_content'
import { dateTimeMsColumn, jsonColumn } from '#support/columns'
import { MasksCpr } from '#privacy/masks_cpr'

/** One published version of a guide. Never updated after insert. */
export default class GuideVersion extends compose(BaseModel, MasksCpr('snapshot', 'changeNote')) {
  @column({ isPrimary: true })
  declare id: number

  @column()
  declare guideId: number

  @column()
  declare version: number

  @jsonColumn<GuideContent>()
  declare snapshot: GuideContent

  @column()
  declare changeNote: string | null

  @column()
  declare publishedBy: number | null

  @dateTimeMsColumn()
  declare publishedAt: DateTime

  @belongsTo(() => Guide)
  declare guide: BelongsTo<typeof Guide>

  @belongsTo(() => User, { foreignKey: 'publishedBy' })
  declare publisher: BelongsTo<typeof User>
}
