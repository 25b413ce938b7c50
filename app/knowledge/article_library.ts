import type Kommune from '#models/kommune'
import Guide from '#models/guide'
import { containsPattern } from '#support/like_pattern'

/** One article in the library list. */
export type LibraryArticleRow = {
  id: number
  title: string
  kommune: string
  version: number
  alreadyCopied: boolean
}

/**
 * The library an admin copies from: other kommuner's published own
 * articles in the same country (a Swedish kommune never sees Danish ones).
 * Reading other kommuner's rows is the point here, so these queries name
 * the kommune they exclude rather than the one they belong to.
 */
export default class ArticleLibrary {
  /** Titles containing `q` (all when empty), each marked when we already hold a copy. */
  async list(kommune: Kommune, q: string): Promise<LibraryArticleRow[]> {
    const query = this.#others(kommune).preload('kommune').orderBy('title')
    if (q) query.where('title', 'like', containsPattern(q))
    const [articles, ourCopies] = await Promise.all([
      query,
      Guide.query()
        .forKommune(kommune)
        .whereNotNull('copied_from_guide_id')
        .select('copied_from_guide_id'),
    ])
    const copied = new Set(ourCopies.map((copy) => copy.copiedFromGuideId))
    return articles.map((article) => ({
      id: article.id,
      title: article.title,
      kommune: article.kommune.name,
      version: article.currentVersion,
      alreadyCopied: copied.has(article.id),
    }))
  }

  /** One library article with its kommune, or null (ours, unpublished, other country). */
  async find(kommune: Kommune, id: number): Promise<Guide | null> {
    return this.#others(kommune).where('id', id).preload('kommune').first()
  }

  /** Our copy with its source loaded, or null when it is not our copy of anything. */
  async ourCopy(kommune: Kommune, id: number): Promise<(Guide & { copiedFrom: Guide }) | null> {
    const copy = await Guide.query()
      .forKommune(kommune)
      .where('id', id)
      .whereNotNull('copied_from_guide_id')
      .preload('copiedFrom')
      .first()
    return copy?.copiedFrom ? (copy as Guide & { copiedFrom: Guide }) : null
  }

  #others(kommune: Kommune) {
    return Guide.query()
      .whereNotNull('kommune_id')
      .whereNot('kommune_id', kommune.id)
      .where('country', kommune.country)
      .withScopes((scopes) => scopes.live())
  }
}
