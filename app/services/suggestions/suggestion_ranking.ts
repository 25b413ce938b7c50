/**
 * Fuses the hits of several weighted queries into one ranking and applies
 * what staff taught it (guides marked wrong for similar questions). Pure:
 * the service feeds it search results and feedback rows.
 */

export type RankedList = { weight: number; slugs: string[] }
export type Demotion = { slug: string; terms: string[]; conversationId: number | null }
export type Ranked = { slug: string; score: number; demotion: number }

/**
 * Weighted reciprocal-rank fusion: a query's first hit earns its weight,
 * the second half of it, and so on — so the latest question's top hit leads
 * unless earlier lines and the page agree on another guide.
 */
export function fuse(lists: RankedList[]): Map<string, number> {
  const scores = new Map<string, number>()
  for (const { weight, slugs } of lists) {
    slugs.forEach((slug, place) => {
      scores.set(slug, (scores.get(slug) ?? 0) + weight / (place + 1))
    })
  }
  return scores
}

/** Shared terms over the smaller set: 1 when one question's terms hold the other's. */
export function similarity(a: string[], b: string[]) {
  if (!a.length || !b.length) return 0
  const small = a.length <= b.length ? a : b
  const large = new Set(a.length <= b.length ? b : a)
  return small.filter((term) => large.has(term)).length / small.length
}

/** Below this similarity a "wrong" mark was about another question and does not count. */
export const SIMILAR = 0.5
/** How much one fully similar "wrong" mark keeps of a guide's score. */
const KEEP_PER_MARK = 0.35

/**
 * The share of its score a guide keeps: each similar "wrong" mark in the
 * kommune multiplies it down (a fully similar one to 35 %); a mark made in
 * this very conversation removes the guide from it.
 */
export function demotionFactor(
  slug: string,
  terms: string[],
  feedback: Demotion[],
  conversationId: number | null
): number {
  let factor = 1
  for (const mark of feedback) {
    if (mark.slug !== slug) continue
    if (conversationId !== null && mark.conversationId === conversationId) return 0
    const similar = similarity(terms, mark.terms)
    if (similar >= SIMILAR) factor *= 1 - (1 - KEEP_PER_MARK) * similar
  }
  return factor
}

export function rank(
  lists: RankedList[],
  terms: string[],
  feedback: Demotion[],
  conversationId: number | null,
  limit: number
): Ranked[] {
  const ranked: Ranked[] = []
  for (const [slug, score] of fuse(lists)) {
    const demotion = demotionFactor(slug, terms, feedback, conversationId)
    if (demotion > 0) ranked.push({ slug, score: score * demotion, demotion })
  }
  return ranked.sort((a, b) => b.score - a.score || a.slug.localeCompare(b.slug)).slice(0, limit)
}
