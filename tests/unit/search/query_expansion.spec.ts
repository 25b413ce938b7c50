import { test } from '@japa/runner'
import { SEARCH_LIMITS } from '#search/search_engine'
import { analyzeText, analyzeWord } from '#search/analysis/danish_analyzer'
import {
  WEIGHTS,
  expandQuery,
  limitQuery,
  splitCompound,
  typoBudget,
} from '#search/analysis/query_expansion'
import type { ExpandedQuery } from '#search/analysis/query_expansion'
import SynonymTable from '#search/analysis/synonym_table'
import Vocabulary from '#search/analysis/vocabulary'

/** A vocabulary holding the terms of a few Danish texts. */
function vocabularyOf(...texts: string[]) {
  const vocabulary = new Vocabulary()
  for (const text of texts) vocabulary.addDocument(analyzeText(text, 'da'))
  return vocabulary
}

const term = (word: string) => analyzeWord(word, 'da')!

function covers(query: ExpandedQuery | null, word: string) {
  return Object.fromEntries(query?.terms.get(term(word))?.covers ?? [])
}

test.group('Query expansion', () => {
  test('typo budget grows with the word: 0 up to 4 letters, 1 up to 8, then 2', ({ assert }) => {
    assert.deepEqual([3, 4, 5, 8, 9, 15].map(typoBudget), [0, 0, 1, 1, 2, 2])
  })

  test('cuts queries to the word and character limits', ({ assert }) => {
    const many = Array.from({ length: 30 }, (_, i) => `ord${i}`).join(' ')
    assert.lengthOf(limitQuery(many).split(' '), SEARCH_LIMITS.maxQueryWords)
    assert.isAtMost(limitQuery('x'.repeat(500)).length, SEARCH_LIMITS.maxQueryLength)
  })

  test('nothing is left of empty and stop-word-only queries', ({ assert }) => {
    const vocabulary = vocabularyOf('Forny dit pas')
    for (const q of ['', '  ', 'og i at', 'hvordan kan jeg']) {
      assert.isNull(expandQuery(q, 'da', vocabulary), q)
    }
  })

  test('adds close spellings within the budget, weaker than the word', ({ assert }) => {
    const vocabulary = vocabularyOf('Forny dit kørekort', 'Søg folkepension')
    const query = expandQuery('folkepenson kørekart', 'da', vocabulary)!
    assert.equal(query.slotCount, 2)
    const pension = query.terms.get(term('folkepension'))!
    assert.isBelow(pension.weight, 1)
    assert.deepEqual(covers(query, 'kørekort'), { 1: 1 })
    assert.isUndefined(expandQuery('pax', 'da', vocabulary)!.terms.get('pas'))
  })

  test('completes the last word only, weaker once it is a known word', ({ assert }) => {
    const vocabulary = vocabularyOf('vuggestueplads og vuggestuer', 'pasningsgaranti')
    const query = expandQuery('vuggestu pasning', 'da', vocabulary)!
    assert.isUndefined(query.terms.get(term('vuggestueplads')), 'not the first word')
    assert.isAbove(query.terms.get(term('pasningsgaranti'))?.weight ?? 0, 0)
    const last = expandQuery('pasning vuggestuep', 'da', vocabulary)!
    assert.isAbove(last.terms.get(term('vuggestueplads'))?.weight ?? 0, WEIGHTS.completedPrefix)
  })

  test('joins two words into a known compound covering both', ({ assert }) => {
    const vocabulary = vocabularyOf('Søg boligstøtte')
    const query = expandQuery('bolig støtte', 'da', vocabulary)
    assert.deepEqual(covers(query, 'boligstøtte'), { 0: 1, 1: 1 })
  })

  test('splits an unknown compound into two known words, half a word each', ({ assert }) => {
    const vocabulary = vocabularyOf('En plads i vuggestue', 'Pasning og legeplads')
    assert.deepEqual(splitCompound('vuggestueplads', 'da', vocabulary), [
      term('vuggestue'),
      term('plads'),
    ])
    assert.deepEqual(splitCompound('pasningsplads', 'da', vocabulary), [
      term('pasning'),
      term('plads'),
    ])
    assert.isNull(splitCompound('kørekort', 'da', vocabulary))
    const query = expandQuery('vuggestueplads', 'da', vocabulary)
    assert.deepEqual(covers(query, 'vuggestue'), { 0: 0.5 })
    assert.equal(query?.terms.get(term('vuggestue'))?.weight, WEIGHTS.split)
  })

  test('finds longer compounds ending in a known word', ({ assert }) => {
    const vocabulary = vocabularyOf('børnepasning', 'pasning')
    const query = expandQuery('pasning', 'da', vocabulary)
    assert.equal(query?.terms.get(term('børnepasning'))?.weight, WEIGHTS.head)
  })

  test('applies synonyms both ways, multi-word ones standing for their words', ({ assert }) => {
    const vocabulary = vocabularyOf('Sundhedskort', 'det gule kort')
    const synonyms = new SynonymTable([['sundhedskort', 'gult kort']], 'da')
    const fromPhrase = expandQuery('nyt gult kort', 'da', vocabulary, synonyms)
    assert.deepEqual(covers(fromPhrase, 'sundhedskort'), { 1: 1, 2: 1 })
    const fromWord = expandQuery('sundhedskort', 'da', vocabulary, synonyms)
    assert.deepEqual(covers(fromWord, 'gult'), { 0: 0.5 })
    assert.deepEqual(covers(fromWord, 'kort'), { 0: 0.5 })
  })

  test('a misspelled synonym still counts, weaker', ({ assert }) => {
    const vocabulary = vocabularyOf('Meld flytning')
    const synonyms = new SynonymTable([['flytning', 'flyttemeddelelse']], 'da')
    const exact = expandQuery('flyttemeddelelse', 'da', vocabulary, synonyms)!
    const typo = expandQuery('flytemeddelelse', 'da', vocabulary, synonyms)!
    const flytning = term('flytning')
    assert.equal(exact.terms.get(flytning)?.weight, WEIGHTS.synonym)
    assert.isBelow(typo.terms.get(flytning)?.weight ?? 1, WEIGHTS.synonym)
    assert.isAbove(typo.terms.get(flytning)?.weight ?? 0, 0)
  })
})
