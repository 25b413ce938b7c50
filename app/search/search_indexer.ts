import app from '@adonisjs/core/services/app'
import Guide from '#models/guide'
import Kommune from '#models/kommune'
import SearchSynonym from '#models/search_synonym'
import { mergedGuides } from '#knowledge/merged_guide_service'
import SearchEngine from '#search/search_engine'
import { searchIndexBus } from '#search/search_index_bus'
import { buildAllDocuments, documentsForKommune, toSearchDocument } from '#search/search_documents'

/**
 * Keeps the search index in step with the knowledge base. Called from jobs
 * (after the change is committed) and by `search:reindex`.
 */
export const searchIndexer = {
  async engine() {
    return app.container.make(SearchEngine)
  },

  /** Rebuilds everything and swaps it in atomically. */
  async rebuild(onProgress?: (done: number, total: number, kommune: string) => void) {
    const engine = await this.engine()
    await this.applySynonyms()
    const documents = await buildAllDocuments(onProgress)
    await engine.replaceAll(documents)
    return documents.length
  },

  /** One guide changed: refresh its document in every kommune that shows it. */
  async refreshGuide(guideId: number) {
    const engine = await this.engine()
    const guide = await Guide.find(guideId)
    if (!guide) return
    const kommuner = guide.kommuneId
      ? await Kommune.query().where('id', guide.kommuneId)
      : await Kommune.query().where('country', guide.country)
    const upserts = []
    const removals = []
    for (const kommune of kommuner) {
      const merged = await mergedGuides.findById(kommune, guide.id, 'staff')
      if (merged) upserts.push(toSearchDocument(kommune, merged))
      else removals.push(`${kommune.code}:${guide.slug}`)
    }
    if (removals.length) await engine.remove(removals)
    if (upserts.length) await engine.upsert(upserts)
    await searchIndexBus.publish({ upsert: upserts, remove: removals })
  },

  /**
   * A kommune's supplements, policy or own articles changed. New documents
   * go in first and only vanished ones are removed, so the kommune's search
   * never goes empty in between.
   */
  async refreshKommune(kommuneId: number) {
    const engine = await this.engine()
    const kommune = await Kommune.findOrFail(kommuneId)
    const documents = await documentsForKommune(kommune)
    await engine.upsert(documents)
    const current = new Set(documents.map((document) => document.id))
    const candidates = await Guide.query()
      .where((query) =>
        query
          .where((national) => national.whereNull('kommune_id').where('country', kommune.country))
          .orWhere('kommune_id', kommune.id)
      )
      .select('slug')
    const vanished = candidates
      .map((guide) => `${kommune.code}:${guide.slug}`)
      .filter((id) => !current.has(id))
    if (vanished.length) await engine.remove(vanished)
    await searchIndexBus.publish({ upsert: documents, remove: vanished })
  },

  async applySynonyms() {
    const engine = await this.engine()
    const rows = await SearchSynonym.all()
    const synonyms = rows.map((row) => row.terms)
    await engine.setSynonyms(synonyms)
    await searchIndexBus.publish({ synonyms })
  },
}
