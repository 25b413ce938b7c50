import { test } from '@japa/runner'
import { SOROE } from '#tests/search/fixtures'
import { slugs } from '#tests/search/contract_helpers'
import type { ContractContext } from '#tests/search/contract_helpers'

/**
 * Search engine contract, part 4: ranking that both drivers must agree on
 * (#13) — not only what matches, but what comes first.
 */
export function relevanceContract({ citizen, staff }: ContractContext) {
  test('a full-sentence question ranks the guide with its rare word above guides sharing its common words', async ({
    assert,
  }) => {
    const q = 'hvor lang tid tager en byggetilladelse'
    assert.equal(slugs(await staff([SOROE], q))[0], 'byggetilladelse', 'staff')
    assert.equal(slugs(await staff('all', q, { limit: 10 }))[0], 'byggetilladelse', 'staff, all')
    assert.equal(slugs(await citizen(SOROE, q))[0], 'byggetilladelse', 'citizen')
    const common = slugs(await citizen(SOROE, 'hvor lang tid tager et pas'))
    assert.equal(common[0], 'pas-bestil', 'the common words still count when the rare one is there')
  })
}
