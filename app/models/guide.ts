import { DateTime } from 'luxon'
import {
  BaseModel,
  beforeCreate,
  beforeSave,
  belongsTo,
  column,
  hasMany,
  scope,
} from '@adonisjs/lucid/orm'
import { compose } from '@adonisjs/core/helpers'
import type { BelongsTo, HasMany } from '@adonisjs/lucid/types/relations'
import Kommune from '#models/kommune'
import GuideVersion from '#models/guide_version'
import ServiceArea from '#models/service_area'
import type { Country } from '#models/kommune'
import type { GuideContent, GuideKind, GuideLang, GuideStatus } from '#knowledge/guide_content'
import { booleanColumn, jsonColumn } from '#support/columns'
import { MasksCpr } from '#privacy/masks_cpr'

/**
 * A guide, FAQ entry or own article. National when `kommuneId` is null.
 * `content` is the editors' working copy; what readers see is the snapshot
 * of `currentVersion` (see #knowledge/merged_guide_service).
 */
export default class Guide extends compose(BaseModel, MasksCpr('title', 'content')) {
  @column({ isPrimary: true })
  declare id: number

  @column()
  declare kommuneId: number | null

  @column()
  declare country: Country

  @column()
  declare slug: string

  @column()
  declare kind: GuideKind

  @column()
  declare lang: GuideLang

  @column()
  declare serviceAreaId: number | null

  /** Mirrors content.title for lists and sorting. */
  @column()
  declare title: string

  @jsonColumn<GuideContent>()
  declare content: GuideContent

  /** Mirrors content.selfService.url so the link registry can count users. */
  @column()
  declare selfServiceUrl: string | null

  @booleanColumn()
  declare factsChecked: boolean

  @column()
  declare status: GuideStatus

  /** The latest published version number; 0 = never published. */
  @column()
  declare currentVersion: number

  @column.dateTime()
  declare reviewDueAt: DateTime | null

  @column()
  declare copiedFromGuideId: number | null

  @column()
  declare copiedFromVersion: number | null

  /** A copy whose source published a newer version since it was copied. */
  @booleanColumn()
  declare sourceChanged: boolean

  @column()
  declare updatedBy: number | null

  /** Who sent it for approval (two pairs of eyes: they may not publish it). */
  @column()
  declare submittedBy: number | null

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @column.dateTime({ autoCreate: true, autoUpdate: true })
  declare updatedAt: DateTime

  @belongsTo(() => Kommune)
  declare kommune: BelongsTo<typeof Kommune>

  @belongsTo(() => ServiceArea)
  declare serviceArea: BelongsTo<typeof ServiceArea>

  @hasMany(() => GuideVersion)
  declare versions: HasMany<typeof GuideVersion>

  @belongsTo(() => Guide, { foreignKey: 'copiedFromGuideId' })
  declare copiedFrom: BelongsTo<typeof Guide>

  get isNational() {
    return this.kommuneId === null
  }

  /** Lucid does not read back column defaults after an insert: set them here. */
  @beforeCreate()
  static applyDefaults(guide: Guide) {
    guide.status ??= 'draft'
    guide.currentVersion ??= 0
    guide.sourceChanged ??= false
    guide.factsChecked ??= false
  }

  @beforeSave()
  static mirrorContent(guide: Guide) {
    if (guide.$dirty.content) {
      guide.title = guide.content.title
      guide.selfServiceUrl = guide.content.selfService?.url ?? null
    }
  }

  /** National content of one country. */
  static national = scope((query, country: Country) => {
    query.whereNull('guides.kommune_id').where('guides.country', country)
  })

  /** One kommune's own articles (never another kommune's). */
  static ownedBy = scope((query, kommune: Kommune | number) => {
    query.where('guides.kommune_id', typeof kommune === 'number' ? kommune : kommune.id)
  })

  /** Has a published version readers may see. */
  static live = scope((query) => {
    query.where('guides.current_version', '>', 0).whereNot('guides.status', 'archived')
  })
}
