import { test } from '@japa/runner'
import { EMPTY_CONTENT } from '#knowledge/guide_content'
import type { MergedGuide } from '#knowledge/merged_guide'
import { toCitizenGuide } from '#portal/citizen_guide_dto'

const STAFF_ONLY = 'STAFF-ONLY'

/** A merged guide whose every staff field carries a marker. */
function mergedGuide(): MergedGuide {
  return {
    id: 1,
    slug: 'pas',
    kind: 'guide',
    lang: 'da',
    version: 3,
    owner: { type: 'national' },
    serviceArea: { slug: 'pas-og-koerekort', name: 'Pas og kørekort' },
    served: true,
    staffScript: `${STAFF_ONLY} script`,
    content: {
      ...EMPTY_CONTENT,
      title: 'Pas',
      summary: 'Om pas.',
      guidance: [`Spørg først ${STAFF_ONLY}`],
      referral: { unit: 'Borgerservice', note: `${STAFF_ONLY} note` },
      keywords: [`${STAFF_ONLY} keyword`],
      citizen: { intro: 'Du bestiller pas.', todo: ['Book tid.'], haveReady: [] },
    },
    local: {
      processText: 'Hent passet selv.',
      waitingTime: '10 dage',
      fees: [],
      needsReview: true,
      basedOnVersion: 2,
    },
    contact: null,
    copiedFrom: { kommuneName: STAFF_ONLY, slug: 'x', version: 1, sourceChanged: true },
  }
}

test.group('Citizen guide DTO (allow-list)', () => {
  test('carries no staff-only field, whatever the merged guide holds', ({ assert }) => {
    const dto = toCitizenGuide(mergedGuide(), ['callback'])
    assert.notInclude(JSON.stringify(dto), STAFF_ONLY)
    assert.sameMembers(Object.keys(dto), [
      'slug',
      'kind',
      'lang',
      'title',
      'summary',
      'ownArticle',
      'serviceArea',
      'citizen',
      'selfService',
      'steps',
      'local',
      'contact',
      'legalBasis',
      'channels',
    ])
    assert.sameMembers(Object.keys(dto.local!), ['processText', 'waitingTime', 'fees'])
    assert.equal(dto.citizen.intro, 'Du bestiller pas.')
  })
})
