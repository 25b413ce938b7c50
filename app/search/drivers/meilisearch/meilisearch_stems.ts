import { stemmer as danishStemmer } from '@orama/stemmers/danish'
import { stemmer as swedishStemmer } from '@orama/stemmers/swedish'
import type { GuideLang } from '#knowledge/guide_content'
import type { SearchDocument } from '#search/search_engine'
import { isStopWord, queryWords } from '#search/drivers/meilisearch/stop_words'

/**
 * Meilisearch has no Danish stemmer ("tilskuddet" does not find
 * "tilskud"). Every document therefore also carries the Snowball stems of
 * its words in a hidden, lowest-ranked attribute, and a query that finds
 * nothing is retried with its words stemmed the same way.
 */

const STEMMERS: Record<GuideLang, (word: string) => string> = {
  da: danishStemmer,
  sv: swedishStemmer,
}

/** The document's distinct stems, space-separated. */
export function documentStems(doc: SearchDocument): string {
  const text = [doc.title, ...doc.keywords, doc.summary, doc.body].join(' ')
  const stems = new Set<string>()
  for (const word of queryWords(text)) {
    if (!isStopWord(word)) stems.add(STEMMERS[doc.lang](word))
  }
  return [...stems].join(' ')
}

/** The query with every word stemmed (stop words dropped), in the language asked for. */
export function stemQuery(q: string, lang: GuideLang): string {
  return queryWords(q)
    .filter((word) => !isStopWord(word))
    .map((word) => STEMMERS[lang](word))
    .join(' ')
}
