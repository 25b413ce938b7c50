import { test } from '@japa/runner'
import { diffGuideContent, summarizeDiff } from '#knowledge/guide_diff'
import { diffWords } from '#knowledge/text_diff'
import type { GuideContent, GuideStep } from '#knowledge/guide_content'

/** A realistic published guide; each test changes one thing in a copy. */
function baseContent(): GuideContent {
  return {
    title: 'Søg om boligstøtte',
    summary: 'Du kan søge boligstøtte, hvis du bor til leje.',
    keywords: ['boligstøtte', 'husleje'],
    serviceArea: 'Bolig',
    selfService: { name: 'Borger.dk', url: 'https://www.borger.dk/boligstoette' },
    guidance: ['Log på med MitID', 'Hav din lejekontrakt klar', 'Send ansøgningen'],
    steps: [
      step('Log på', 'Brug MitID.'),
      step('Udfyld', 'Skriv din husleje.'),
      step('Send', 'Tryk på Send.'),
    ],
    referral: null,
    legalBasis: ['Lov om individuel boligstøtte'],
    contact: null,
  }
}

function step(title: string, text: string): GuideStep {
  return { title, text, screenshotPath: null, screenshotAlt: `Skærmbillede: ${title}` }
}

/**
 * A deterministic pseudo-random text of `count` words in 100-word
 * paragraphs; with `changeEvery`, every n-th word is replaced.
 */
function longText(count: number, changeEvery = 0): string {
  const vocabulary = ['borger', 'ansøgning', 'ydelse', 'kommune', 'frist', 'søg', 'få', 'løn']
  const words: string[] = []
  let state = 1
  for (let i = 0; i < count; i++) {
    state = (state * 1103515245 + 12345) % 2147483648
    const changed = changeEvery > 0 && i % changeEvery === 0
    const word =
      (changed ? `ændret${i}` : vocabulary[state % vocabulary.length]) + (i % 17 === 16 ? '.' : '')
    words.push(i % 100 === 99 ? `${word}\n` : `${word} `)
  }
  return words.join('').trimEnd()
}

test.group('Guide diff: fields', () => {
  test('identical content has no diff', ({ assert }) => {
    assert.deepEqual(diffGuideContent(baseContent(), baseContent()), [])
  })

  test('a changed word in the summary is one removed and one added segment', ({ assert }) => {
    const after = { ...baseContent(), summary: 'Du kan søge boligydelse, hvis du bor til leje.' }
    assert.deepEqual(diffGuideContent(baseContent(), after), [
      {
        field: 'summary',
        label: 'summary',
        change: 'changed',
        before: 'Du kan søge boligstøtte, hvis du bor til leje.',
        after: 'Du kan søge boligydelse, hvis du bor til leje.',
        words: [
          { kind: 'same', text: 'Du kan søge ' },
          { kind: 'removed', text: 'boligstøtte, ' },
          { kind: 'added', text: 'boligydelse, ' },
          { kind: 'same', text: 'hvis du bor til leje.' },
        ],
      },
    ])
  })

  test('a guidance bullet inserted in the middle is one added item', ({ assert }) => {
    const before = baseContent()
    const after = { ...before, guidance: [...before.guidance] }
    after.guidance.splice(1, 0, 'Find din seneste lønseddel')
    assert.deepEqual(diffGuideContent(before, after), [
      {
        field: 'guidance',
        label: 'guidance',
        change: 'changed',
        items: [
          { change: 'same', before: 'Log på med MitID', after: 'Log på med MitID' },
          { change: 'added', after: 'Find din seneste lønseddel' },
          {
            change: 'same',
            before: 'Hav din lejekontrakt klar',
            after: 'Hav din lejekontrakt klar',
          },
          { change: 'same', before: 'Send ansøgningen', after: 'Send ansøgningen' },
        ],
      },
    ])
  })

  test('a removed step is one removed item shown as "title — text"', ({ assert }) => {
    const before = baseContent()
    const after = { ...before, steps: [before.steps[0], before.steps[2]] }
    assert.deepEqual(diffGuideContent(before, after), [
      {
        field: 'steps',
        label: 'steps',
        change: 'changed',
        items: [
          { change: 'same', before: 'Log på — Brug MitID.', after: 'Log på — Brug MitID.' },
          { change: 'removed', before: 'Udfyld — Skriv din husleje.' },
          { change: 'same', before: 'Send — Tryk på Send.', after: 'Send — Tryk på Send.' },
        ],
      },
    ])
  })

  test('an edited step is a changed item with a word diff', ({ assert }) => {
    const before = baseContent()
    const after = { ...before, steps: [...before.steps] }
    after.steps[1] = step('Udfyld', 'Skriv din månedlige husleje.')
    const [diff] = diffGuideContent(before, after)
    assert.deepEqual(diff.items?.[1], {
      change: 'changed',
      before: 'Udfyld — Skriv din husleje.',
      after: 'Udfyld — Skriv din månedlige husleje.',
      words: [
        { kind: 'same', text: 'Udfyld — Skriv din ' },
        { kind: 'added', text: 'månedlige ' },
        { kind: 'same', text: 'husleje.' },
      ],
    })
  })

  test('a reordered list moves the item: added where it is, removed where it was', ({ assert }) => {
    const before = baseContent()
    const after = {
      ...before,
      guidance: [before.guidance[2], before.guidance[0], before.guidance[1]],
    }
    assert.deepEqual(diffGuideContent(before, after)[0].items, [
      { change: 'added', after: 'Send ansøgningen' },
      { change: 'same', before: 'Log på med MitID', after: 'Log på med MitID' },
      { change: 'same', before: 'Hav din lejekontrakt klar', after: 'Hav din lejekontrakt klar' },
      { change: 'removed', before: 'Send ansøgningen' },
    ])
  })

  test('a self-service url change is shown as "name (url)"', ({ assert }) => {
    const after = {
      ...baseContent(),
      selfService: { name: 'Borger.dk', url: 'https://www.borger.dk/bolig' },
    }
    assert.deepEqual(diffGuideContent(baseContent(), after), [
      {
        field: 'selfService',
        label: 'selfService',
        change: 'changed',
        before: 'Borger.dk (https://www.borger.dk/boligstoette)',
        after: 'Borger.dk (https://www.borger.dk/bolig)',
        words: [
          { kind: 'same', text: 'Borger.dk ' },
          { kind: 'removed', text: '(https://www.borger.dk/boligstoette)' },
          { kind: 'added', text: '(https://www.borger.dk/bolig)' },
        ],
      },
    ])
  })

  test('a referral added from null is an added "unit: note"', ({ assert }) => {
    const after = {
      ...baseContent(),
      referral: { unit: 'Borgerservice', note: 'Hvis du ikke har MitID.' },
    }
    assert.deepEqual(diffGuideContent(baseContent(), after), [
      {
        field: 'referral',
        label: 'referral',
        change: 'added',
        after: 'Borgerservice: Hvis du ikke har MitID.',
        words: [{ kind: 'added', text: 'Borgerservice: Hvis du ikke har MitID.' }],
      },
    ])
  })

  test('a removed contact lists its non-null parts', ({ assert }) => {
    const before = {
      ...baseContent(),
      contact: {
        unit: 'Ydelsesservice',
        phone: '70 12 34 56',
        email: null,
        address: 'Torvet 1, 8000 Aarhus',
        web: null,
        openingHours: null,
      },
    }
    const [diff] = diffGuideContent(before, baseContent())
    assert.equal(diff.change, 'removed')
    assert.equal(diff.before, 'Ydelsesservice, 70 12 34 56, Torvet 1, 8000 Aarhus')
    assert.isUndefined(diff.after)
  })

  test('several changed fields come in GuideContent order and summarise', ({ assert }) => {
    const before = baseContent()
    const after = { ...before, legalBasis: [], title: 'Søg boligstøtte', keywords: ['leje'] }
    const diffs = diffGuideContent(before, after)
    assert.deepEqual(summarizeDiff(diffs), ['title', 'keywords', 'legalBasis'])
    assert.equal(diffs[2].change, 'removed')
  })
})

test.group('Guide diff: words', () => {
  test('Danish letters æøå survive', ({ assert }) => {
    assert.deepEqual(diffWords('Blå bølger på sø', 'Blå bølger ved Ærø'), [
      { kind: 'same', text: 'Blå bølger ' },
      { kind: 'removed', text: 'på sø' },
      { kind: 'added', text: 'ved Ærø' },
    ])
  })

  test('line breaks are kept and a removed last word keeps its separator', ({ assert }) => {
    assert.deepEqual(diffWords('Første linje\nanden linje', 'Første linje'), [
      { kind: 'same', text: 'Første linje\n' },
      { kind: 'removed', text: 'anden linje' },
    ])
  })

  test('removed + same and added + same rebuild the two texts', ({ assert }) => {
    const before = 'Et to tre\nfire fem seks\nsyv otte ni'
    const after = 'Et TO tre\nfire fem seks\nsyv otte NI'
    const words = diffWords(before, after)
    assert.equal(
      words
        .filter((w) => w.kind !== 'added')
        .map((w) => w.text)
        .join(''),
      before
    )
    assert.equal(
      words
        .filter((w) => w.kind !== 'removed')
        .map((w) => w.text)
        .join(''),
      after
    )
  })

  test('a 5,000-word text diff completes in under 200 ms', ({ assert }) => {
    const before = longText(5000)
    // Every 40th word changed, from the very first: prefix trimming can't help.
    const after = longText(5000, 40)
    const started = performance.now()
    const words = diffWords(before, after)
    const elapsed = performance.now() - started
    console.log(`5,000-word diff: ${elapsed.toFixed(1)} ms`)
    assert.isBelow(elapsed, 200)
    assert.equal(
      words
        .filter((w) => w.kind !== 'added')
        .map((w) => w.text)
        .join(''),
      before
    )
    assert.equal(
      words
        .filter((w) => w.kind !== 'removed')
        .map((w) => w.text)
        .join(''),
      after
    )
    assert.isAbove(words.filter((w) => w.kind === 'same').length, 50)
  })

  test('two unrelated 5,000-word texts fall back to lines and still rebuild both', ({ assert }) => {
    const before = longText(5000)
    // Every word replaced: nothing in common but the layout.
    const after = longText(5000, 1)
    const started = performance.now()
    const words = diffWords(before, after)
    const elapsed = performance.now() - started
    console.log(`unrelated 5,000-word diff: ${elapsed.toFixed(1)} ms`)
    assert.isBelow(elapsed, 1000)
    const side = (skip: string) =>
      words
        .filter((w) => w.kind !== skip)
        .map((w) => w.text)
        .join('')
    assert.equal(side('added'), before)
    assert.equal(side('removed'), after)
  })
})
