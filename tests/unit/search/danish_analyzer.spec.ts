import { test } from '@japa/runner'
import {
  analyzeText,
  analyzeWord,
  fold,
  isStopword,
  prefixKey,
  tokenTerms,
  tokenize,
} from '#search/analysis/danish_analyzer'

test.group('Danish analyzer', () => {
  test('folds æ/ø/å, their ASCII spellings and plain vowels to one key', ({ assert }) => {
    assert.equal(fold('kørekort'), 'korekort')
    assert.equal(fold('koerekort'), 'korekort')
    assert.equal(fold('blåbær'), fold('blaabaer'))
    assert.equal(fold('æble'), fold('able'))
    assert.equal(fold('café'), 'cafe')
    assert.equal(fold('förskola'), 'forskola')
  })

  test('every spelling of a word gives the same term', ({ assert }) => {
    const term = analyzeWord('Kørekortet', 'da')
    assert.equal(term, analyzeWord('koerekortet', 'da'))
    assert.equal(term, analyzeWord('korekortet', 'da'))
    assert.equal(term, analyzeWord('KØREKORT', 'da'))
    assert.equal(analyzeWord('børnehave', 'da'), analyzeWord('boernehave', 'da'))
  })

  test('stems inflections, irregular plurals included', ({ assert }) => {
    assert.equal(analyzeWord('tilskuddet', 'da'), analyzeWord('tilskud', 'da'))
    assert.equal(analyzeWord('ansøgninger', 'da'), analyzeWord('ansøgning', 'da'))
    assert.equal(analyzeWord('børnene', 'da'), analyzeWord('barn', 'da'))
    assert.equal(analyzeWord('mænd', 'da'), analyzeWord('mand', 'da'))
    assert.equal(analyzeWord('förskolor', 'sv'), analyzeWord('förskola', 'sv'))
    assert.notEqual(analyzeWord('børnehave', 'da'), analyzeWord('barn', 'da'))
  })

  test('drops stop words, question words and single letters, keeps numbers', ({ assert }) => {
    for (const word of ['og', 'på', 'paa', 'hvordan', 'Jeg', 'a']) {
      assert.isNull(analyzeWord(word, 'da'), word)
    }
    assert.isTrue(isStopword('och', 'sv'))
    assert.isFalse(isStopword('pas', 'da'))
    assert.equal(analyzeWord('75', 'da'), '75')
    assert.deepEqual(analyzeText('Hvordan fornyer jeg mit pas?', 'da'), [
      analyzeWord('fornyer', 'da')!,
      'pas',
    ])
  })

  test('glued words give the joined word and their parts', ({ assert }) => {
    const terms = tokenTerms('p-licens', 'da')
    assert.include(terms, analyzeWord('plicens', 'da')!)
    assert.include(terms, analyzeWord('licens', 'da')!)
    assert.deepEqual(tokenTerms('mit.dk', 'da'), ['mitdk', 'dk'])
    assert.deepEqual(tokenTerms('og', 'da'), [])
  })

  test('tokenizes with offsets into the original text', ({ assert }) => {
    const text = 'Søg <b>boligstøtte</b> & e-Boks'
    const tokens = tokenize(text)
    assert.deepEqual(
      tokens.map((token) => token.word),
      ['Søg', 'b', 'boligstøtte', 'b', 'e-Boks']
    )
    for (const token of tokens) assert.equal(text.slice(token.start, token.end), token.word)
  })

  test('the prefix key is folded but not stemmed', ({ assert }) => {
    assert.equal(prefixKey('Vuggestu', 'da'), 'vuggestu')
    assert.equal(prefixKey('Boligstøt', 'da'), 'boligstot')
    assert.equal(prefixKey('koerek', 'da'), 'korek')
  })
})
