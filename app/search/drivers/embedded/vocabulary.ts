import SearchableMap from 'minisearch/SearchableMap'

/**
 * Every term indexed in any kommune, with the number of documents holding
 * it. Query expansion (typos, prefixes, compounds) runs once against this
 * instead of once per kommune index, so a staff search over 98 kommuner
 * costs 98 exact look-ups rather than 98 fuzzy walks.
 */
export default class Vocabulary {
  #terms = new SearchableMap<number>()
  /** Terms spelled backwards: compound heads ("pasning" in "børnepasning") by prefix. */
  #reversed = new SearchableMap<number>()

  get size() {
    return this.#terms.size
  }

  /** Counts each distinct term of one document once. */
  addDocument(terms: Iterable<string>) {
    for (const term of new Set(terms)) {
      const count = (this.#terms.get(term) ?? 0) + 1
      this.#terms.set(term, count)
      this.#reversed.set(reverse(term), count)
    }
  }

  removeDocument(terms: Iterable<string>) {
    for (const term of new Set(terms)) {
      const count = (this.#terms.get(term) ?? 0) - 1
      if (count > 0) {
        this.#terms.set(term, count)
        this.#reversed.set(reverse(term), count)
      } else {
        this.#terms.delete(term)
        this.#reversed.delete(reverse(term))
      }
    }
  }

  has(term: string) {
    return this.#terms.has(term)
  }

  /** In how many documents the term occurs (0 when unknown). */
  frequency(term: string) {
    return this.#terms.get(term) ?? 0
  }

  /** Terms within `distance` edits, with their distance (the term itself excluded). */
  similar(term: string, distance: number): Array<{ term: string; distance: number }> {
    if (distance < 1) return []
    const found: Array<{ term: string; distance: number }> = []
    for (const [candidate, [, d]] of this.#terms.fuzzyGet(term, distance)) {
      if (d > 0) found.push({ term: candidate, distance: d })
    }
    return found
  }

  /** Longer terms starting with `prefix`. */
  startingWith(prefix: string): string[] {
    return [...this.#terms.atPrefix(prefix).keys()].filter((term) => term !== prefix)
  }

  /** Longer terms ending with `suffix` (compounds whose head it is). */
  endingWith(suffix: string): string[] {
    return [...this.#reversed.atPrefix(reverse(suffix)).keys()]
      .filter((term) => term.length > suffix.length)
      .map(reverse)
  }
}

function reverse(term: string) {
  return [...term].reverse().join('')
}
