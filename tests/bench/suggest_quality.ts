import { performance } from 'node:perf_hooks'
import type SearchEngine from '#search/search_engine'
import { suggestGuides } from '#services/suggestions/suggestion_search'
import type { DevQuery } from '#tests/bench/search_quality'

/**
 * The dev queries replayed as chat openings (issue 17's benchmark): each
 * query becomes the citizen's first line, as a chat starts ("Hej, <query>"),
 * in its own kommune or — for national queries — Sorø's (340), and the
 * suggestion ranking picks three guides. A hit: an acceptable slug among
 * the three. Driver-neutral: only the SearchEngine contract is called.
 */

export const DEFAULT_KOMMUNE = '340'

export type SuggestOutcome = { query: DevQuery; top: string[]; top1: boolean; top3: boolean }

export type SuggestReport = {
  openings: number
  top1: number
  top3: number
  p50: number
  p95: number
  byKind: Record<string, { openings: number; top3: number }>
  outcomes: SuggestOutcome[]
}

export function chatOpening(query: DevQuery) {
  return `Hej, ${query.q}`
}

async function suggestFor(engine: SearchEngine, query: DevQuery) {
  const { ranked } = await suggestGuides(engine, {
    kommune: query.kommune_code ?? DEFAULT_KOMMUNE,
    lang: query.lang === 'sv' ? 'sv' : 'da',
    text: { citizenLines: [chatOpening(query)] },
    feedback: [],
    conversationId: null,
    limit: 3,
  })
  return ranked.map((entry) => entry.slug)
}

export async function measureSuggestions(
  engine: SearchEngine,
  queries: DevQuery[],
  rounds = 5
): Promise<SuggestReport> {
  const positives = queries.filter((query) => query.expect?.length)
  const outcomes: SuggestOutcome[] = []
  for (const query of positives) {
    const top = await suggestFor(engine, query)
    outcomes.push({
      query,
      top,
      top1: query.expect!.includes(top[0]),
      top3: top.some((slug) => query.expect!.includes(slug)),
    })
  }
  const timings: number[] = []
  for (let round = 0; round < rounds; round++) {
    for (const query of positives) {
      const started = performance.now()
      await suggestFor(engine, query)
      timings.push(performance.now() - started)
    }
  }
  const byKind: SuggestReport['byKind'] = {}
  for (const outcome of outcomes) {
    const row = (byKind[outcome.query.kind] ??= { openings: 0, top3: 0 })
    row.openings++
    if (outcome.top3) row.top3++
  }
  const share = (pick: (o: SuggestOutcome) => boolean) =>
    outcomes.filter(pick).length / Math.max(1, outcomes.length)
  return {
    openings: outcomes.length,
    top1: share((o) => o.top1),
    top3: share((o) => o.top3),
    p50: percentile(timings, 0.5),
    p95: percentile(timings, 0.95),
    byKind,
    outcomes,
  }
}

function percentile(values: number[], p: number) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0
}
