import type { Index } from 'meilisearch'
import type { GuideLang } from '#knowledge/guide_content'
import Vocabulary from '#search/analysis/vocabulary'
import type { MeiliDocument } from '#search/drivers/meilisearch/meilisearch_documents'

/**
 * The Meilisearch driver's copy of the indexed vocabulary (every distinct
 * content's terms, counted once however many kommuner show it) and which
 * kommuner are Swedish: what query analysis needs to split compounds and
 * to pick a citizen's language. Loaded from Meilisearch itself in one
 * request, so a web instance that never indexes still has it; refreshed in
 * the background when older than a minute, and at once by this process's
 * own writes.
 */

const MAX_AGE_MS = 60_000
const MAX_CONTENTS = 10_000

type Loaded = Pick<MeiliDocument, 'ck' | 'lang' | 't' | 'kommune'>

/** A term used by this many kommuners' texts or more counts as everyone's. */
const WIDESPREAD = 8

export default class MeiliVocabulary {
  vocabularies: Record<GuideLang, Vocabulary> = { da: new Vocabulary(), sv: new Vocabulary() }
  swedishKommuner = new Set<string>()
  /**
   * For terms only a few kommuner's own texts use (supplements, own
   * articles): which kommuner. A citizen's query word that only other
   * kommuner use can match nothing in scope, and Meilisearch's 'frequency'
   * strategy, counting over every kommune, would keep it as the last word.
   */
  #local = new Map<string, Set<string> | 'all'>()
  #contents = new Set<string>()
  #loadedAt = 0
  #loading: Promise<void> | null = null

  /** A citizen's language: Swedish for the kommuner whose documents are Swedish. */
  langOf(kommune: string): GuideLang {
    return this.swedishKommuner.has(kommune) ? 'sv' : 'da'
  }

  /** Whether a kommune's documents may hold the term (unknown terms: yes). */
  usedIn(term: string, kommune: string): boolean {
    const kommuner = this.#local.get(term)
    return kommuner === undefined || kommuner === 'all' || kommuner.has(kommune)
  }

  /** Documents this process wrote: counted now, before Meilisearch is asked again. */
  add(docs: MeiliDocument[]) {
    for (const doc of docs) {
      if (doc.lang === 'sv') this.swedishKommuner.add(doc.kommune)
      this.#count(doc)
      for (const term of termsOf(doc)) this.#useIn(term, doc.kommune)
    }
  }

  #useIn(term: string, kommune: string | 'all') {
    const kommuner = this.#local.get(term)
    if (kommuner === 'all') return
    if (kommune === 'all') return void this.#local.set(term, 'all')
    const next = kommuner ?? new Set<string>()
    next.add(kommune)
    this.#local.set(term, next.size >= WIDESPREAD ? 'all' : next)
  }

  /** Starts a reload when stale; searches go on with what is known meanwhile. */
  refreshIfStale(index: Index<MeiliDocument>) {
    if (Date.now() - this.#loadedAt > MAX_AGE_MS) void this.load(index).catch(() => {})
  }

  load(index: Index<MeiliDocument>): Promise<void> {
    this.#loading ??= this.#load(index).finally(() => (this.#loading = null))
    return this.#loading
  }

  async #load(index: Index<MeiliDocument>) {
    this.#loadedAt = Date.now()
    const [contents, counts, swedish] = await Promise.all([
      index.search<Loaded>(null, {
        distinct: 'ck',
        limit: MAX_CONTENTS,
        attributesToRetrieve: ['ck', 'lang', 't', 'kommune'],
      }),
      index.search(null, { facets: ['ck'], limit: 0 }),
      index.search(null, { filter: 'lang = "sv"', facets: ['kommune'], limit: 0 }),
    ])
    const copies = counts.facetDistribution?.ck ?? {}
    const next = new MeiliVocabulary()
    for (const doc of contents.hits) {
      next.#count(doc)
      const shared = (copies[doc.ck] ?? 1) > 1
      for (const term of termsOf(doc)) next.#useIn(term, shared ? 'all' : doc.kommune)
    }
    next.swedishKommuner = new Set(Object.keys(swedish.facetDistribution?.kommune ?? {}))
    this.vocabularies = next.vocabularies
    this.#contents = next.#contents
    this.#local = next.#local
    this.swedishKommuner = next.swedishKommuner
  }

  #count(doc: Loaded) {
    if (this.#contents.has(doc.ck)) return
    this.#contents.add(doc.ck)
    this.vocabularies[doc.lang].addDocument(termsOf(doc))
  }
}

function termsOf(doc: Pick<MeiliDocument, 't'>): string[] {
  return [...new Set(Object.values(doc.t).flatMap((field) => field.split(' ')))].filter(Boolean)
}
