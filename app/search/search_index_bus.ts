import { randomUUID } from 'node:crypto'
import app from '@adonisjs/core/services/app'
import logger from '@adonisjs/core/services/logger'
import type { SearchConfig } from '#config/search'
import type SearchEngine from '#search/search_engine'
import type { SearchDocument, SynonymGroup } from '#search/search_engine'

/**
 * Index changes over Redis, for the embedded engine on several processes.
 * Each process holds its own in-memory index, and the indexing jobs run in
 * whichever process picks them up (with BullMQ: the worker). The process
 * that changed its index publishes the change — the documents themselves,
 * not ids to re-read — and every subscribed web instance applies it to its
 * own index, so an edit anywhere is searchable everywhere within a second.
 * Meilisearch needs none of this: there is one index, fed by the jobs.
 */

export type IndexChange = {
  upsert?: SearchDocument[]
  remove?: string[]
  synonyms?: SynonymGroup[]
}

type Message = IndexChange & { origin: string }

/** This process, so it skips its own messages (its index already has the change). */
const ORIGIN = randomUUID()

function busConfig() {
  return app.config.get<SearchConfig>('search').indexBus
}

async function connection() {
  const { default: redis } = await import('@adonisjs/redis/services/main')
  return redis.connection()
}

export const searchIndexBus = {
  enabled() {
    return busConfig().transport === 'redis'
  },

  /** Tells the other processes; a failure is logged, never fails the write that was made. */
  async publish(change: IndexChange) {
    if (!this.enabled()) return
    const message: Message = { ...change, origin: ORIGIN }
    try {
      const redis = await connection()
      await redis.publish(busConfig().channel, JSON.stringify(message))
    } catch (error) {
      logger.error({ err: error }, 'search index bus: publish failed')
    }
  },

  /** Applies every other process's changes to this process's engine. */
  async subscribe(engine: SearchEngine) {
    if (!this.enabled()) return
    const redis = await connection()
    redis.subscribe(busConfig().channel, (raw: string) => {
      void apply(engine, raw).catch((error) =>
        logger.error({ err: error }, 'search index bus: could not apply a change')
      )
    })
  },
}

async function apply(engine: SearchEngine, raw: string) {
  const message = JSON.parse(raw) as Message
  if (message.origin === ORIGIN) return
  if (message.synonyms) await engine.setSynonyms(message.synonyms)
  if (message.remove?.length) await engine.remove(message.remove)
  if (message.upsert?.length) await engine.upsert(message.upsert)
}
