import Guide from '#models/guide'
import { searchIndexer } from '#search/search_indexer'

type Touched = { guides: Set<number>; kommuner: Set<number>; synonyms: boolean }

/**
 * The search index lives outside the database, so a test's rollback does not
 * undo what the test's saves fed into it. This notes what a test wrote to the
 * index and, after the rollback, refreshes exactly that from the restored rows
 * (cheap on both engines). Only a guide the test created, which no longer
 * exists to be refreshed, costs a full rebuild.
 */
export function watchSearchIndex() {
  const touched: Touched = { guides: new Set(), kommuner: new Set(), synonyms: false }
  const original = {
    refreshGuide: searchIndexer.refreshGuide,
    refreshKommune: searchIndexer.refreshKommune,
    applySynonyms: searchIndexer.applySynonyms,
  }
  searchIndexer.refreshGuide = (guideId: number) => {
    touched.guides.add(guideId)
    return original.refreshGuide.call(searchIndexer, guideId)
  }
  searchIndexer.refreshKommune = (kommuneId: number) => {
    touched.kommuner.add(kommuneId)
    return original.refreshKommune.call(searchIndexer, kommuneId)
  }
  searchIndexer.applySynonyms = () => {
    touched.synonyms = true
    return original.applySynonyms.call(searchIndexer)
  }

  return {
    /** Stops watching; call after the rollback to put the index back. */
    async restore() {
      Object.assign(searchIndexer, original)
      const guides = [...touched.guides]
      const surviving = guides.length ? await Guide.query().whereIn('id', guides) : []
      if (surviving.length < guides.length) return void (await searchIndexer.rebuild())
      for (const guide of surviving) await searchIndexer.refreshGuide(guide.id)
      for (const kommuneId of touched.kommuner) await searchIndexer.refreshKommune(kommuneId)
      if (touched.synonyms) await searchIndexer.applySynonyms()
    },
  }
}
