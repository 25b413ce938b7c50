import { test } from '@japa/runner'
import {
  assertRefusesOversizedBody,
  assertSurvivesBadInput,
  type BadInputTarget,
} from '#tests/helpers/bad_input'

/**
 * Every public endpoint, fed random and hostile input (fast-check): no 5xx.
 * A 429 is a fine answer to a flood, so a property run past the public
 * API's rate limit still counts.
 */
const TARGETS: Record<string, BadInputTarget> = {
  'public search': { method: 'GET', path: (code) => `/api/v1/kommuner/${code}/search` },
  'public search (Sorø)': { method: 'GET', path: '/api/v1/kommuner/340/search' },
  'search misses': { method: 'POST', path: '/api/v1/kommuner/340/search/misses' },
  'webhooks': { method: 'POST', path: (id) => `/webhooks/channels/${id}` },
  'citizen pages': { method: 'GET', path: (slug) => `/k/soroe/vejledning/${slug}` },
  'citizen index': { method: 'GET', path: (kommune) => `/k/${kommune}` },
  'login': { method: 'POST', path: '/login' },
}

test.group('Bad input: public endpoints never answer 5xx', () => {
  for (const [name, target] of Object.entries(TARGETS)) {
    test(name, async () => {
      await assertSurvivesBadInput({ ...target, runs: 30 })
    }).timeout(60_000)
  }

  test('oversized JSON bodies answer 413', async ({ assert }) => {
    for (const target of [TARGETS['search misses'], TARGETS.webhooks]) {
      assert.equal(await assertRefusesOversizedBody(target), 413)
    }
  })
})
