import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import env from '#start/env'
import channelManager from '#channels/channel_manager'
import ConversationMessage from '#models/conversation_message'
import WidgetSession from '#models/widget_session'
import { deflectionFigures } from '#stats/deflection'
import { seedDemoReach } from '#database/demo/demo_reach'
import { assertAccessible } from '#tests/helpers/axe'
import { kommuneByCode, SOROE } from '#tests/helpers/accounts'
import { expectAccessiblePage, loginThroughForm, TABLET } from '#tests/helpers/browser'
import { enableChat } from '#tests/helpers/chat'
import { isolateEachTest } from '#tests/helpers/transactions'

const PHONE = { width: 360, height: 740 }
const QUESTION = 'Mit pas er udløbet og jeg skal rejse til London på fredag'
const today = () => ({
  from: DateTime.utc().minus({ hours: 1 }),
  to: DateTime.utc().plus({ hours: 1 }),
})

test.group('Browser: answer suggestions and deflection before chat', (group) => {
  isolateEachTest(group)
  group.each.setup(async () => {
    await seedDemoReach()
    return () => channelManager.restore()
  })

  test("a Sorø citizen's question: guides first, then the chat with the question; staff get the right guide first and send it in one click", async ({
    visit,
    browser,
    assert,
  }) => {
    const soroe = await kommuneByCode(SOROE)
    await enableChat(soroe)

    // The citizen, on a phone: "chat with us" asks the question and shows guides first.
    const citizen = await visit('/demo/widget/340')
    await citizen.setViewportSize(PHONE)
    await citizen.getByRole('button', { name: 'Få hjælp' }).click()
    await citizen.getByRole('button', { name: 'Chat med os' }).click()
    await citizen.getByLabel('Hvad vil du spørge om?').fill(QUESTION)
    await assertAccessible(citizen, 'widget: the question before a chat')
    await citizen.getByRole('button', { name: 'Fortsæt' }).click()
    await citizen.getByText('Måske svarer en af disse vejledninger').waitFor()
    const suggested = citizen.locator('[data-vejviser-widget]').getByRole('listitem')
    assert.match(await suggested.first().innerText(), /pas/i)
    await assertAccessible(citizen, 'widget: guides before a chat')
    // Nothing stored yet: the session key lives in the page's memory only.
    const stored = await citizen.evaluate(() => {
      const browserGlobal = globalThis as any
      return (
        browserGlobal.localStorage.length +
        browserGlobal.sessionStorage.length +
        browserGlobal.document.cookie.length
      )
    })
    assert.equal(stored, 0)
    await suggested.first().getByRole('button').click()
    await citizen.getByRole('button', { name: 'Jeg har stadig brug for hjælp' }).waitFor()
    await assertAccessible(citizen, 'widget: a suggested guide with the two choices')
    await citizen.getByRole('button', { name: 'Jeg har stadig brug for hjælp' }).click()
    await citizen.getByRole('button', { name: 'Start chat' }).waitFor({ timeout: 10_000 })
    await citizen.getByRole('button', { name: 'Start chat' }).click()
    await citizen.getByRole('log').getByText(QUESTION).waitFor()

    // Staff: the question is already there, the right guide suggested first; one click inserts it.
    const staffContext = await browser.newContext({
      baseURL: `http://${env.get('HOST')}:${env.get('PORT')}`,
      locale: 'da-DK',
    })
    const staff = await staffContext.newPage()
    await staff.goto('/login')
    await staff.setViewportSize(TABLET)
    await loginThroughForm(staff, 'medarbejder@soroe.dk')
    await staff.waitForURL('**/staff')
    await staff.goto('/staff/conversations')
    await expectAccessiblePage(staff, 'Samtaler')
    await staff.locator('.console__waiting').getByRole('button', { name: 'Tag samtalen' }).click()
    await staff.getByRole('log').getByText(QUESTION).waitFor()
    const panel = staff.getByRole('region', { name: 'Forslag fra vejledningen' })
    const first = panel.getByRole('listitem').first()
    await first.waitFor()
    assert.match(await first.innerText(), /pas/i)
    await assertAccessible(staff, 'console with suggestions')
    await first.getByRole('button', { name: /Indsæt svar med link/ }).click()
    const reply = staff.getByLabel('Svar', { exact: true })
    assert.match(await reply.inputValue(), /\/k\/soroe\/vejledning\/(noedpas|pas-bestil)$/)
    await staff.getByRole('button', { name: 'Send', exact: true }).click()
    await citizen.getByRole('log').getByText('/k/soroe/vejledning/').waitFor()

    // "Wrong" takes a suggestion away; the next line brings fresh suggestions.
    const wrongTitle = await panel.getByRole('listitem').nth(2).locator('strong').innerText()
    await panel
      .getByRole('listitem')
      .nth(2)
      .getByRole('button', { name: /Forkert forslag/ })
      .click()
    await panel.getByText(wrongTitle, { exact: true }).waitFor({ state: 'detached' })
    const message = citizen.getByLabel('Din besked')
    await message.fill('Og må jeg bygge en carport uden byggetilladelse?')
    await message.press('Enter')
    await panel
      .getByRole('listitem')
      .first()
      .locator('strong', { hasText: /carport/i })
      .waitFor()

    const lines = await ConversationMessage.query().where('kommune_id', soroe.id).orderBy('seq')
    assert.equal(lines.find((line) => line.author === 'citizen')?.body, QUESTION)
    const session = await WidgetSession.query().where('kommune_id', soroe.id).firstOrFail()
    assert.isTrue(session.asked && session.guideOpened && session.chatStarted)
    assert.isFalse(session.helpful)
    const figures = await deflectionFigures(soroe.id, today())
    assert.equal(figures.asked, 1)
    assert.equal(figures.chatFollowed, 1)
    assert.equal(figures.deflected, 0)
    await staffContext.close()
  })

  test('"this answered my question" ends the step without a chat, and is counted as deflected', async ({
    visit,
    assert,
  }) => {
    const soroe = await kommuneByCode(SOROE)
    await enableChat(soroe)
    const page = await visit('/demo/widget/340')
    await page.getByRole('button', { name: 'Få hjælp' }).click()
    await page.getByLabel('Søg i vejledningen').fill('carport')
    await page.getByRole('button', { name: 'Chat med os' }).click()
    assert.equal(await page.getByLabel('Hvad vil du spørge om?').inputValue(), 'carport')
    await page.getByLabel('Hvad vil du spørge om?').fill('Skal jeg søge om lov til en carport?')
    await page.getByRole('button', { name: 'Fortsæt' }).click()
    await page.getByRole('button', { name: 'Det besvarede mit spørgsmål' }).click()
    await page.getByRole('status').getByText('Godt – tak fordi du fortalte os det.').waitFor()
    await assertAccessible(page, 'widget: answered before a chat')
    assert.equal(await page.locator('[data-vejviser-chat-panel]').count(), 0)
    assert.deepEqual(await page.context().cookies(), [])

    // The step is recorded by a request the page does not wait for.
    let figures = await deflectionFigures(soroe.id, today())
    for (let tries = 0; figures.deflected === 0 && tries < 20; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 100))
      figures = await deflectionFigures(soroe.id, today())
    }
    assert.equal(figures.asked, 1)
    assert.equal(figures.deflected, 1)
    assert.equal(figures.deflectionRate, 1)
    assert.equal(figures.estimatedSaving, 11)
  })
})
