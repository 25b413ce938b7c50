import { test } from '@japa/runner'
import Vocabulary from '#search/analysis/vocabulary'

test.group('Search vocabulary', () => {
  test('counts documents per term and forgets terms no document holds', ({ assert }) => {
    const vocabulary = new Vocabulary()
    vocabulary.addDocument(['pas', 'pas', 'korekort'])
    vocabulary.addDocument(['pas'])
    assert.equal(vocabulary.frequency('pas'), 2)
    vocabulary.removeDocument(['pas', 'korekort'])
    assert.equal(vocabulary.frequency('pas'), 1)
    assert.isFalse(vocabulary.has('korekort'))
    assert.deepEqual(vocabulary.similar('korekort', 1), [])
  })

  test('a typo in the first letter costs two', ({ assert }) => {
    const vocabulary = new Vocabulary()
    vocabulary.addDocument(['boligstot', 'folkepension'])
    assert.deepEqual(vocabulary.similar('boligstat', 1), [{ term: 'boligstot', distance: 1 }])
    assert.deepEqual(vocabulary.similar('voligstot', 1), [])
    assert.deepEqual(vocabulary.similar('volkepension', 2), [{ term: 'folkepension', distance: 2 }])
    assert.deepEqual(vocabulary.similar('xyz', 2), [])
  })

  test('finds completions and compounds ending in a word', ({ assert }) => {
    const vocabulary = new Vocabulary()
    vocabulary.addDocument(['bornepasning', 'pasning', 'pasningsgaranti'])
    assert.sameMembers(vocabulary.startingWith('pasning'), ['pasningsgaranti'])
    assert.deepEqual(vocabulary.endingWith('pasning'), ['bornepasning'])
  })
})
