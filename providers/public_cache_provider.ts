import type { ApplicationService } from '@adonisjs/core/types'
import type { LucidRow } from '@adonisjs/lucid/types/model'
import env from '#start/env'
import { publicCache } from '#portal/public_cache'
import type { PublicCacheBus } from '#portal/public_cache_bus'

/**
 * Keeps the citizen cache exact: every saved or deleted row a citizen page
 * is built from invalidates it (again after the transaction commits, so a
 * page rebuilt in between cannot keep the old text). With
 * `PUBLIC_CACHE_BUS=redis` the invalidations reach every instance.
 */
export default class PublicCacheProvider {
  #bus?: PublicCacheBus

  constructor(protected app: ApplicationService) {}

  async boot() {
    const { default: Guide } = await import('#models/guide')
    const { default: GuideVersion } = await import('#models/guide_version')
    const { default: LocalSupplement } = await import('#models/local_supplement')
    const { default: ServicePolicy } = await import('#models/service_policy')
    const { default: ServiceArea } = await import('#models/service_area')
    const { default: Kommune } = await import('#models/kommune')
    const { default: ChannelConnection } = await import('#models/channel_connection')

    const byOwner = (row: LucidRow & { kommuneId: number | null }) =>
      afterCommit(row, () =>
        row.kommuneId === null
          ? publicCache.invalidateAll()
          : publicCache.invalidateKommune(row.kommuneId)
      )
    const everything = (row: LucidRow) => afterCommit(row, () => publicCache.invalidateAll())
    const kommune = (row: LucidRow & { id: number }) =>
      afterCommit(row, () => publicCache.invalidateKommune(row.id))

    for (const event of ['save', 'delete'] as const) {
      Guide.after(event, byOwner)
      LocalSupplement.after(event, byOwner)
      ServicePolicy.after(event, byOwner)
      GuideVersion.after(event, everything)
      ServiceArea.after(event, everything)
      Kommune.after(event, kommune)
      // Which contact options the pages offer follows the enabled channels.
      ChannelConnection.after(event, byOwner)
    }
  }

  async ready() {
    if (env.get('PUBLIC_CACHE_BUS', 'memory') !== 'redis') return
    const { default: redis } = await import('@adonisjs/redis/services/main')
    const { PublicCacheBus } = await import('#portal/public_cache_bus')
    this.#bus = new PublicCacheBus(redis.connection(), publicCache)
    await this.#bus.start()
  }

  async shutdown() {
    await this.#bus?.stop()
  }
}

/**
 * Invalidate now, and once more when the row's transaction ends: a page
 * rebuilt in between may hold the uncommitted row (commit) or one that
 * never existed (rollback).
 */
function afterCommit(row: LucidRow, invalidate: () => void) {
  invalidate()
  row.$trx?.after('commit', invalidate)
  row.$trx?.after('rollback', invalidate)
}
