import { test } from '@japa/runner'
import channelManager from '#channels/channel_manager'
import Inquiry from '#models/inquiry'
import { assertAccessible } from '#tests/helpers/axe'
import { kommuneByCode, SOROE } from '#tests/helpers/accounts'
import { expectAccessiblePage, loginThroughForm, TABLET } from '#tests/helpers/browser'
import { enableSms } from '#tests/helpers/sms_connection'
import { drainQueue } from '#tests/helpers/queue'
import { isolateEachTest } from '#tests/helpers/transactions'

const QUESTION = 'hvor lang tid tager en byggetilladelse'

test.group('Browser: support view at tablet width', (group) => {
  isolateEachTest(group)
  group.each.teardown(() => channelManager.restore())

  test('Sorø staff answer the building-permit question, send it by SMS and register the inquiry in under 10 s', async ({
    visit,
    assert,
  }) => {
    const fake = channelManager.fake()
    const soroe = await kommuneByCode(SOROE)
    await enableSms(soroe)
    const page = await visit('/login')
    await page.setViewportSize(TABLET)
    await loginThroughForm(page, 'medarbejder@soroe.dk')
    await expectAccessiblePage(page, 'Slå op – Sorø')

    const started = Date.now()
    const box = page.getByLabel('Hvad spørger borgeren om?')
    assert.isTrue(
      await box.evaluate((element) => element === element.ownerDocument.activeElement),
      'search box focused on load'
    )
    await box.fill(QUESTION)
    const answer = page.locator('.hit__title', { hasText: 'Søg byggetilladelse' })
    await answer.waitFor()
    const topThree = await page
      .locator('.hit__title')
      .evaluateAll((links) => links.slice(0, 3).map((link) => link.textContent ?? ''))
    assert.isTrue(
      topThree.some((title) => title.includes('Søg byggetilladelse')),
      `the building-permit guide is in the top 3: ${topThree.join(' | ')}`
    )
    await assertAccessible(page, 'look-up with results')
    await answer.click()
    await page.getByRole('heading', { level: 1, name: /byggetilladelse/i }).waitFor()
    await page.getByText('ca. 7 uger').first().waitFor()
    await expectAccessiblePage(page, /byggetilladelse/i)

    await page.getByLabel('Borgerens mobilnummer').fill('20 12 34 56')
    await page.getByRole('button', { name: 'Send', exact: true }).click()
    await page
      .getByRole('status')
      .getByText(/Modtaget af udbyderen til \+4520123456|Leveret til \+4520123456/)
      .waitFor()

    await page.getByLabel('Udfald').selectOption('self_service')
    await page.getByRole('button', { name: 'Registrér', exact: true }).click()
    await page
      .getByRole('status')
      .getByText(/Henvendelsen er registreret/)
      .waitFor()
    const elapsed = Date.now() - started
    assert.isBelow(elapsed, 10_000, `the whole answer took ${elapsed} ms`)

    await drainQueue()
    assert.lengthOf(fake.sentTo('+4520123456'), 1)
    const inquiry = await Inquiry.query()
      .where('kommune_id', soroe.id)
      .orderBy('id', 'desc')
      .firstOrFail()
    assert.equal(inquiry.outcome, 'self_service')
    assert.equal(inquiry.channel, 'phone')
  })

  test('Slagelse staff see Slagelse’s answer for the same guide', async ({ visit }) => {
    const page = await visit('/login')
    await page.setViewportSize(TABLET)
    await loginThroughForm(page, 'medarbejder@slagelse.dk')
    await expectAccessiblePage(page, 'Slå op – Slagelse')
    await page.getByLabel('Hvad spørger borgeren om?').fill(QUESTION)
    await page.locator('.hit__title', { hasText: 'Søg byggetilladelse' }).click()
    await page.getByRole('heading', { level: 1, name: /byggetilladelse/i }).waitFor()
    await page.getByText('byggeri@slagelse.dk').first().waitFor()
    await assertAccessible(page, 'Slagelse guide page')
  })

  test('steps are navigable by keyboard and the canned answers page is accessible', async ({
    visit,
    assert,
  }) => {
    const page = await visit('/login')
    await page.setViewportSize(TABLET)
    await loginThroughForm(page, 'medarbejder@soroe.dk')
    await page.waitForURL('**/staff')
    await page.goto('/staff/guides/pas-bestil')
    const card = page.locator('.step-card')
    await card.focus()
    await page.keyboard.press('ArrowRight')
    await page.getByText('Trin 2 af').first().waitFor()
    assert.include(await card.textContent(), 'Log ind med MitID')
    await page.goto('/staff/canned-answers')
    await expectAccessiblePage(page, 'Standardsvar')
  })
})
