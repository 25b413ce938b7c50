import { readFileSync } from 'node:fs'
import { test } from '@japa/runner'
import { containsCpr, maskCpr } from '#support/mask_cpr'

interface Corpus {
  positives: { text: string; cpr: string; kind: string }[]
  negatives: { text: string; kind: string }[]
}

const corpus: Corpus = JSON.parse(
  readFileSync(new URL('../../fixtures/privacy/cpr_corpus.json', import.meta.url), 'utf8')
)

/** What the text must look like once masked: the number's digits (and O-for-zero) as x, the rest untouched. */
function expectedMask(text: string, cpr: string) {
  return text.replace(cpr, cpr.replace(/[\p{Nd}Oo]/gu, 'x'))
}

test.group('CPR masker corpus', () => {
  test('the corpus is large enough to measure', ({ assert }) => {
    assert.isAtLeast(corpus.positives.length, 60)
    assert.isAtLeast(corpus.negatives.length, 60)
    for (const { text, cpr } of corpus.positives) assert.include(text, cpr)
  })

  test('recall on CPR numbers and personnummer is at least 99 %', ({ assert }) => {
    const missed = corpus.positives.filter(
      ({ text, cpr }) => maskCpr(text) !== expectedMask(text, cpr)
    )
    const recall = 1 - missed.length / corpus.positives.length
    console.log(
      `  CPR masker recall: ${(recall * 100).toFixed(1)} % ` +
        `(${corpus.positives.length - missed.length}/${corpus.positives.length} positives)`
    )
    assert.deepEqual(
      missed.map(({ text, kind }) => `${kind}: ${maskCpr(text)}`),
      [],
      'missed or wrongly masked'
    )
    assert.isAtLeast(recall, 0.99)
  })

  test('no false positive on phone numbers, and none elsewhere in the corpus', ({ assert }) => {
    const masked = corpus.negatives.filter(({ text }) => maskCpr(text) !== text)
    const phones = corpus.negatives.filter(({ kind }) => kind.startsWith('phone'))
    console.log(
      `  CPR masker false positives: ${masked.length}/${corpus.negatives.length} negatives ` +
        `(${phones.length} of them phone numbers)`
    )
    assert.isAtLeast(phones.length, 30)
    assert.deepEqual(
      masked.map(({ text, kind }) => `${kind}: ${text} -> ${maskCpr(text)}`),
      []
    )
  })

  test('containsCpr agrees with maskCpr on the whole corpus', ({ assert }) => {
    for (const { text } of corpus.positives) assert.isTrue(containsCpr(text), text)
    for (const { text } of corpus.negatives) assert.isFalse(containsCpr(text), text)
  })
})

test.group('CPR masker details', () => {
  test('separators and the rest of the text are kept', ({ assert }) => {
    assert.equal(maskCpr('CPR: 010190–1234, tak'), 'CPR: xxxxxx–xxxx, tak')
    assert.equal(maskCpr('01.01.90-1234'), 'xx.xx.xx-xxxx')
    assert.equal(maskCpr('０１０１９０-１２３４'), 'xxxxxx-xxxx')
  })

  test('a phone word does not save a number with a CPR word nearer to it', ({ assert }) => {
    assert.equal(maskCpr('tlf 0701234567'), 'tlf 0701234567')
    assert.equal(maskCpr('tlf 20123456, cpr 0701234567'), 'tlf 20123456, cpr xxxxxxxxxx')
    assert.equal(maskCpr('0701234567'), 'xxxxxxxxxx')
  })

  test('months and days must exist', ({ assert }) => {
    assert.equal(maskCpr('3102901234'), '3102901234')
    assert.equal(maskCpr('3104951234'), '3104951234')
    assert.equal(maskCpr('2902961234'), 'xxxxxxxxxx')
  })

  test('empty and digit-free text pass through', ({ assert }) => {
    assert.equal(maskCpr(''), '')
    assert.equal(maskCpr('Ingen tal her, kun ord og OOO'), 'Ingen tal her, kun ord og OOO')
  })

  test('a 1 MB hostile string is masked in linear time', ({ assert }) => {
    const hostile = [
      '0'.repeat(1_000_000),
      '01-01-01-01-01-'.repeat(70_000),
      '010190 '.repeat(150_000),
      ' - '.repeat(350_000) + '010190',
      'O1O'.repeat(350_000),
      '０１'.repeat(500_000),
      '010190-1234 '.repeat(85_000),
    ]
    for (const text of hostile) {
      const started = performance.now()
      const masked = maskCpr(text)
      const took = performance.now() - started
      assert.isBelow(took, 1500, `${text.slice(0, 20)}… took ${took.toFixed(0)} ms`)
      assert.equal(masked.length, text.length)
    }
    assert.notInclude(maskCpr('010190-1234 '.repeat(85_000)), '1')
  })
})
