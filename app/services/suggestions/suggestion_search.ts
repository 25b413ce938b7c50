import type { GuideLang } from '#knowledge/guide_content'
import type SearchEngine from '#search/search_engine'
import {
  conversationQueries,
  keyWords,
  termsOf,
  type ConversationText,
} from '#services/suggestions/suggestion_query'
import { rank, type Demotion, type Ranked } from '#services/suggestions/suggestion_ranking'

/** Hits asked of the engine per query; the fusion needs a few more than it shows. */
const HITS_PER_QUERY = 8

export type SuggestionInput = {
  /** The kommune whose citizens' guides are searched (its code). */
  kommune: string
  lang: GuideLang
  text: ConversationText
  feedback: Demotion[]
  conversationId: number | null
  limit: number
}

/**
 * The guides that best answer a conversation, through the SearchEngine
 * contract only (so both drivers, and the benchmark without a database,
 * rank the same way): each weighted query searched as the kommune's
 * citizens search, the lists fused, staff's "wrong" marks applied.
 */
export async function suggestGuides(engine: SearchEngine, input: SuggestionInput) {
  const queries = conversationQueries(input.text, input.lang)
  const lists = await Promise.all(
    queries.map(async (query) => {
      const { hits } = await engine.search({
        q: query.q,
        scope: { citizen: input.kommune },
        limit: HITS_PER_QUERY,
      })
      return { weight: query.weight, slugs: hits.map((hit) => hit.slug) }
    })
  )
  const terms = questionTerms(input.text, input.lang)
  return {
    ranked: rank(lists, terms, input.feedback, input.conversationId, input.limit) as Ranked[],
    terms,
  }
}

/** The terms of the latest line that says something (what a "wrong" mark is remembered by). */
export function questionTerms(text: ConversationText, lang: GuideLang): string[] {
  const line = [...text.citizenLines].reverse().find((l) => keyWords(l, lang).length)
  return termsOf(line ?? [text.pageTitle, text.topic].filter(Boolean).join(' '), lang)
}
