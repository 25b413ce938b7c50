import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import SearchMiss from '#models/search_miss'
import { generateInquiries } from '#stats/synthetic/generate_inquiries'
import { rebuildAllRollups } from '#stats/rollup_rebuild_all'
import { NationalStatistics } from '#stats/national/national_statistics'
import { expectAccessiblePage, followLink, loginThroughForm, TABLET } from '#tests/helpers/browser'
import { kommuneByCode, SOROE } from '#tests/helpers/accounts'
import { isolateEachTest } from '#tests/helpers/transactions'

const danish = (value: number) => new Intl.NumberFormat('da-DK').format(value)

test.group('Browser: national statistics', (group) => {
  isolateEachTest(group)

  test('a national editor sees guides used, failing searches and missing local text', async ({
    visit,
    assert,
  }) => {
    await db.from('inquiries').delete()
    await generateInquiries({
      codes: ['340', '330', '316'],
      years: 1,
      spanDays: 45,
      perYear: 60_000,
      seed: 'browser',
    })
    await rebuildAllRollups()
    const soroe = await kommuneByCode(SOROE)
    await SearchMiss.create({
      kommuneId: soroe.id,
      query: 'hundeskat',
      audience: 'citizen',
      reason: 'zero',
      hits: 0,
      createdAt: DateTime.now().minus({ days: 2 }),
    })
    const expected = await new NationalStatistics().forPeriod(90)

    const page = await visit('/login')
    await page.setViewportSize(TABLET)
    await loginThroughForm(page, 'redaktoer@vejviser.dk')
    await expectAccessiblePage(page, 'National redaktion')
    await followLink(page, 'National statistik')
    await expectAccessiblePage(page, 'National statistik')

    const guides = page.getByRole('table', { name: /Vejledninger efter antal/ })
    const top = expected.guides[0]
    const firstRow = guides.getByRole('row').nth(1)
    assert.include(await firstRow.innerText(), top.title)
    assert.include(await firstRow.innerText(), danish(top.contacts))

    const misses = page.getByRole('table', { name: /Søgninger uden resultat/ })
    assert.include(await misses.innerText(), 'hundeskat')
    assert.include(await misses.innerText(), soroe.name)

    const missing = page.getByRole('table', { name: /uden lokalt tillæg/ })
    assert.isAbove(await missing.getByRole('row').count(), 1)

    await page.getByRole('link', { name: 'Seneste 30 dage' }).click()
    await page
      .getByRole('link', { name: 'Seneste 30 dage', exact: true })
      .and(page.locator('[aria-current="page"]'))
      .waitFor()
    await expectAccessiblePage(page, 'National statistik')
  })
})
