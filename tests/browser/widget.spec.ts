import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import channelManager from '#channels/channel_manager'
import CallbackRequest from '#models/callback_request'
import Guide from '#models/guide'
import { seedDemoReach } from '#database/demo/demo_reach'
import { assertAccessible } from '#tests/helpers/axe'
import { kommuneByCode, SOROE } from '#tests/helpers/accounts'
import { enableSms } from '#tests/helpers/sms_connection'
import { drainQueue } from '#tests/helpers/queue'
import { isolateEachTest } from '#tests/helpers/transactions'

const PHONE = { width: 360, height: 740 }
const DESKTOP = { width: 1280, height: 900 }

function nextWeekday() {
  let day = DateTime.now().setZone('Europe/Copenhagen').plus({ days: 1 })
  while (day.weekday > 5) day = day.plus({ days: 1 })
  return day.toISODate()!
}

test.group('Browser: the widget on a kommune site', (group) => {
  isolateEachTest(group)
  group.each.setup(async () => {
    await seedDemoReach()
    return () => channelManager.restore()
  })

  for (const size of [PHONE, DESKTOP]) {
    test(`a Sorø citizen finds "byggetilladelse", reads Sorø's waiting time, asks for a callback and shares the page by SMS (${size.width} px)`, async ({
      visit,
      assert,
    }) => {
      const fake = channelManager.fake()
      const soroe = await kommuneByCode(SOROE)
      await enableSms(soroe)
      const page = await visit('/demo/widget/340')
      await page.setViewportSize(size)
      const open = page.getByRole('button', { name: 'Få hjælp' })
      await open.click()
      const search = page.getByLabel('Søg i vejledningen')
      await search.fill('byggetilladelse')
      const hit = page.getByRole('button', { name: /byggetilladelse/i }).first()
      await hit.waitFor()
      await assertAccessible(page, `widget with results at ${size.width} px`)
      await hit.click()
      await page.getByText('ca. 7 uger').waitFor()
      await assertAccessible(page, `widget answer at ${size.width} px`)

      await page.getByLabel('Telefonnummer').fill('20 12 34 56')
      await page.getByLabel('Dag').fill(nextWeekday())
      await page.getByLabel('Fra kl.').fill('10:00')
      await page.getByLabel('Til kl.').fill('11:00')
      await page.getByRole('button', { name: 'Send' }).click()
      await page.getByText('Tak – vi ringer dig op.').waitFor()
      const request = await CallbackRequest.query()
        .where('kommune_id', soroe.id)
        .where('phone', '+4520123456')
        .first()
      assert.exists(request, 'the callback request is in Sorø’s queue')

      await page.getByRole('link', { name: 'Hele vejledningen' }).click()
      await page.getByRole('heading', { level: 1, name: /byggetilladelse/i }).waitFor()
      await page
        .getByLabel('Din e-mail eller dit mobilnummer')
        .or(page.getByLabel('Dit mobilnummer'))
        .fill('20 12 34 57')
      await page.getByRole('button', { name: 'Send', exact: true }).click()
      await page.getByRole('heading', { name: 'Siden er sendt' }).waitFor()
      await drainQueue()
      const [sms] = fake.sentTo('+4520123457')
      assert.include(sms.message.text, '/k/soroe/vejledning/byggetilladelse')
    })
  }

  test('the widget stores nothing and sets no cookie before a chat', async ({ visit, assert }) => {
    const page = await visit('/demo/widget/340')
    await page.getByRole('button', { name: 'Få hjælp' }).click()
    await page.getByLabel('Søg i vejledningen').fill('pas')
    await page.getByRole('button', { name: /pas/i }).first().waitFor()
    const stored = await page.evaluate(() => {
      const browser = globalThis as any
      return (
        browser.localStorage.length + browser.sessionStorage.length + browser.document.cookie.length
      )
    })
    assert.equal(stored, 0)
    assert.deepEqual(await page.context().cookies(), [])
    await page.keyboard.press('Escape')
    assert.isTrue(
      await page
        .getByRole('button', { name: 'Få hjælp' })
        .evaluate((el) => el === (el.getRootNode() as any).activeElement)
    )
  })

  test("a Slagelse page never shows Sorø's own articles", async ({ visit, assert }) => {
    const soroe = await kommuneByCode(SOROE)
    const own = await Guide.query()
      .where('kommune_id', soroe.id)
      .where('status', 'published')
      .firstOrFail()
    const page = await visit('/k/slagelse')
    assert.notInclude(await page.content(), own.title)
    await page.goto('/k/slagelse/artikler')
    assert.notInclude(await page.content(), own.title)
    await page.goto('/demo/widget/330')
    await page.getByRole('button', { name: 'Få hjælp' }).click()
    await page.getByLabel('Søg i vejledningen').fill(own.title)
    await page
      .getByRole('status')
      .filter({ hasText: /resultater|Ingen/ })
      .waitFor()
    assert.equal(await page.getByRole('button', { name: own.title }).count(), 0)
  })
})
