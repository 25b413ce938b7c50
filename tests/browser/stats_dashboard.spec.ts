import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import ServiceArea from '#models/service_area'
import { assertAccessible } from '#tests/helpers/axe'
import { kommuneByCode, SOROE } from '#tests/helpers/accounts'
import { expectAccessiblePage, loginThroughForm, TABLET } from '#tests/helpers/browser'
import User from '#models/user'
import { recordInquiries, steps, widgetSessions } from '#tests/helpers/stats_fixture'
import { isolateEachTest } from '#tests/helpers/transactions'

const DESKTOP = { width: 1280, height: 900 }

test.group('Browser: management statistics', (group) => {
  isolateEachTest(group)

  for (const size of [DESKTOP, TABLET]) {
    test(`the Sorø manager reads the dashboard, its tables and a what-if at ${size.width} px`, async ({
      visit,
      assert,
    }) => {
      const soroe = await kommuneByCode(SOROE)
      const [area] = await ServiceArea.query().orderBy('id').limit(1)
      const start = DateTime.utc().minus({ hours: 2 })
      await recordInquiries(soroe, [
        { serviceAreaId: area.id, startedAt: start, csat: 5 },
        { serviceAreaId: area.id, startedAt: start },
        { channel: 'chat', source: 'chat', outcome: 'self_service', startedAt: start },
      ])
      // Four citizens asked to chat in the widget; one found the answer in a guide.
      await widgetSessions(soroe, 1, [
        steps(true, true, true, false),
        steps(true, true, false, true),
        steps(true, false, false, true),
        steps(true, false, false, false),
      ])
      const page = await visit('/login')
      await page.setViewportSize(size)
      await loginThroughForm(page, 'leder@soroe.dk')
      await expectAccessiblePage(page, 'Statistik – Sorø')
      await page.locator('[data-metric="volume"] .kpi__value').getByText('3').waitFor()
      // The charts draw (SVG), hidden from screen readers behind a labelled image.
      await page.locator('[data-chart="channel_mix"] svg').first().waitFor()

      const deflection = page.locator('[data-chart="deflection"]')
      await deflection
        .locator('[data-metric="deflectionRate"]')
        .getByText(/25,0\s%/)
        .waitFor()
      await deflection.getByText(/1 chat sparet à 11,00\skr\./).waitFor()
      await deflection.locator('svg').first().waitFor()
      for (const chart of [
        'areas',
        'channel_mix',
        'times',
        'csat',
        'costs',
        'shift',
        'deflection',
      ]) {
        const card = page.locator(`[data-chart="${chart}"]`)
        await card.getByRole('button', { name: 'Tabel' }).click()
        await card.getByRole('table').waitFor()
      }
      const costs = page.locator('[data-chart="costs"]').getByRole('table')
      await costs
        .getByRole('row', { name: /Telefon/ })
        .getByText('80,00')
        .waitFor()
      await deflection
        .getByRole('row', { name: /Gik videre til chat/ })
        .getByText(/50,0\s%/)
        .waitFor()
      await assertAccessible(page, `dashboard table views at ${size.width} px`)

      // What-if: move 50 % of the area's 2 yearly calls to self-service → 1 × 40 kr.
      await page.getByLabel('Andel af telefonopkaldene, der flyttes (%)').fill('50')
      await page.getByLabel('Selvbetjening').check()
      const result = page.getByTestId('what-if-result')
      await result.getByText(/Besparelse pr\. år: 40/).waitFor()

      const downloading = page.waitForEvent('download')
      await page.locator('[data-chart="costs"]').getByRole('link', { name: /CSV/ }).click()
      const download = await downloading
      assert.match(download.suggestedFilename(), /^soroe-costs-.*\.csv$/)

      await page.getByRole('link', { name: 'Sammenlign med andre kommuner' }).click()
      await expectAccessiblePage(page, 'Sammenligning med andre kommuner')
      await page
        .getByText(/Vises ikke: kun/)
        .first()
        .waitFor()
      await assertAccessible(page, `peer comparison at ${size.width} px`)
    })
  }

  for (const [locale, title, step] of [
    ['sv', 'Svar före chatt', 'Hittade svaret utan chatt'],
    ['en', 'Answers before chat', 'Found the answer without a chat'],
  ]) {
    test(`the deflection panel and its table in ${locale}, accessible`, async ({ visit }) => {
      await widgetSessions(await kommuneByCode(SOROE), 1, [
        steps(true, true, true, false),
        steps(true, true, false, true),
      ])
      await User.query().where('email', 'leder@soroe.dk').update({ locale })
      const page = await visit('/login')
      await page.setViewportSize(DESKTOP)
      await loginThroughForm(page, 'leder@soroe.dk')
      const card = page.locator('[data-chart="deflection"]')
      await card.getByRole('heading', { name: title }).waitFor()
      await card.locator('[data-metric="deflectionRate"]').getByText(step).waitFor()
      await card.locator('svg').first().waitFor()
      await assertAccessible(page, `dashboard with the deflection chart (${locale})`)
      await card.getByRole('button', { name: locale === 'sv' ? 'Tabell' : 'Table' }).click()
      await card.getByRole('table').getByRole('row').nth(5).waitFor()
      await assertAccessible(page, `deflection table (${locale})`)
    })
  }
})
