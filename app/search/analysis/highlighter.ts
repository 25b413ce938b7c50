import type { GuideLang } from '#knowledge/guide_content'
import { tokenTerms, tokenize } from '#search/analysis/danish_analyzer'
import { escapeHtml } from '#support/escape_html'

/**
 * Highlighting for hits: the original text, HTML-escaped, with <mark>
 * around every word whose term matched. Nothing else of the document ever
 * reaches the page as markup.
 */

const SNIPPET_LENGTH = 200
/** Context shown before the first match of a snippet. */
const LEAD_IN = 40

type Word = { start: number; end: number; terms: readonly string[] }

/** A text with collapsed whitespace, its words' terms, and where each term occurs. */
type Prepared = { text: string; words: Word[]; positions: Map<string, number[]> }

/**
 * The same guide texts are highlighted again and again (98 kommuner share
 * them, popular guides top many searches): their analysis is kept in a
 * small bounded cache instead of re-tokenizing a body for every hit.
 */
const MAX_PREPARED = 4000
const prepared: Record<GuideLang, Map<string, Prepared>> = { da: new Map(), sv: new Map() }

function prepare(source: string, lang: GuideLang): Prepared {
  const cache = prepared[lang]
  let entry = cache.get(source)
  if (entry) return entry
  if (cache.size >= MAX_PREPARED) cache.clear()
  const text = source.replace(/\s+/g, ' ').trim()
  const words = tokenize(text).map((token) => ({ ...token, terms: tokenTerms(token.word, lang) }))
  const positions = new Map<string, number[]>()
  words.forEach((word, index) => {
    for (const term of word.terms) {
      const list = positions.get(term)
      if (list) list.push(index)
      else positions.set(term, [index])
    }
  })
  entry = { text, words, positions }
  cache.set(source, entry)
  return entry
}

/** `text` escaped, with matched words wrapped in <mark>. */
export function highlight(text: string, matched: Set<string>, lang: GuideLang): string {
  return mark(prepare(text, lang), matched, 0, Number.POSITIVE_INFINITY)
}

/** The escaped slice [from, to) of a prepared text, matched words marked. */
function mark(source: Prepared, matched: Set<string>, from: number, to: number): string {
  const { text, words } = source
  const end = Math.min(to, text.length)
  let out = ''
  let cursor = from
  for (let i = firstWordFrom(words, from); i < words.length; i++) {
    const word = words[i]
    if (word.end > end) break
    if (!word.terms.some((term) => matched.has(term))) continue
    out += `${escapeHtml(text.slice(cursor, word.start))}<mark>${escapeHtml(text.slice(word.start, word.end))}</mark>`
    cursor = word.end
  }
  return out + escapeHtml(text.slice(cursor, end))
}

/** Index of the first word starting at or after `from` (binary search). */
function firstWordFrom(words: Word[], from: number): number {
  let low = 0
  let high = words.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (words[middle].start < from) low = middle + 1
    else high = middle
  }
  return low
}

type Window = { source: Prepared; start: number; distinct: number }

/**
 * About 200 characters of the summary or body around the densest cluster
 * of matched words (the summary wins ties: it is written to be read first),
 * cut at word boundaries, highlighted.
 */
export function snippet(sources: string[], matched: Set<string>, lang: GuideLang): string {
  const texts = sources.filter((source) => source.trim()).map((source) => prepare(source, lang))
  if (!texts.length) return ''
  let best: Window = { source: texts[0], start: 0, distinct: 0 }
  if (matched.size) {
    for (const source of texts) {
      const candidate = densestWindow(source, matched)
      if (candidate && candidate.distinct > best.distinct) best = candidate
    }
  }
  return cut(best, matched)
}

/** Where in a text a window holds the most distinct matched terms (sliding window). */
function densestWindow(source: Prepared, matched: Set<string>): Window | null {
  const indexes = new Set<number>()
  for (const term of matched)
    for (const index of source.positions.get(term) ?? []) indexes.add(index)
  const hits = [...indexes].sort((a, b) => a - b).map((index) => source.words[index])
  const counts = new Map<string, number>()
  const count = (word: Word, change: number) => {
    for (const term of word.terms) {
      if (!matched.has(term)) continue
      const next = (counts.get(term) ?? 0) + change
      if (next > 0) counts.set(term, next)
      else counts.delete(term)
    }
  }
  let best: Window | null = null
  let end = 0
  for (const anchor of hits) {
    for (; end < hits.length && hits[end].start < anchor.start + SNIPPET_LENGTH - LEAD_IN; end++) {
      count(hits[end], 1)
    }
    if (!best || counts.size > best.distinct) {
      best = { source, start: Math.max(0, anchor.start - LEAD_IN), distinct: counts.size }
    }
    count(anchor, -1)
  }
  return best
}

/** ~200 characters from the window's start, moved to word boundaries, with ellipses where cut. */
function cut({ source, start }: Window, matched: Set<string>): string {
  const text = source.text
  let from = start
  if (from > 0 && text[from - 1] !== ' ') {
    const space = text.indexOf(' ', from)
    from = space === -1 || space > start + LEAD_IN ? from : space + 1
  }
  let to = Math.min(text.length, from + SNIPPET_LENGTH)
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to)
    if (space > from + SNIPPET_LENGTH / 2) to = space
  }
  return `${from > 0 ? '… ' : ''}${mark(source, matched, from, to).trim()}${to < text.length ? ' …' : ''}`
}
