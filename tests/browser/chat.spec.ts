import { test } from '@japa/runner'
import { SIGNATURE_HEADER, signPayload } from '#channel_kit'
import channelManager from '#channels/channel_manager'
import env from '#start/env'
import Inquiry from '#models/inquiry'
import ConversationMessage from '#models/conversation_message'
import { assertAccessible } from '#tests/helpers/axe'
import { kommuneByCode, SOROE } from '#tests/helpers/accounts'
import { expectAccessiblePage, loginThroughForm, TABLET } from '#tests/helpers/browser'
import { enableChat } from '#tests/helpers/chat'
import { appBase } from '#tests/helpers/channel_provider'
import { drainQueue } from '#tests/helpers/queue'
import { enableSms } from '#tests/helpers/sms_connection'
import { isolateEachTest } from '#tests/helpers/transactions'

test.group('Browser: live chat, citizen and staff', (group) => {
  isolateEachTest(group)
  group.each.teardown(() => channelManager.restore())

  test("a citizen on Sorø's page chats with Sorø staff, gets Sorø's guide link and rates the chat", async ({
    visit,
    browser,
    assert,
  }) => {
    const soroe = await kommuneByCode(SOROE)
    await enableChat(soroe)

    // Staff: the console, at tablet width.
    const staff = await visit('/login')
    await staff.setViewportSize(TABLET)
    await loginThroughForm(staff, 'medarbejder@soroe.dk')
    await staff.waitForURL('**/staff')
    await staff.goto('/staff/conversations')
    await expectAccessiblePage(staff, 'Samtaler')
    await staff.getByText('Ingen venter.').waitFor()

    // Citizen: another browser, on the kommune's page with the chat embedded.
    const citizenContext = await browser.newContext({
      baseURL: `http://${env.get('HOST')}:${env.get('PORT')}`,
      locale: 'da-DK',
    })
    const citizen = await citizenContext.newPage()
    const pageErrors: string[] = []
    citizen.on('pageerror', (error) => pageErrors.push(error.message))
    citizen.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text())
    })
    await citizen.goto(`/demo/chat/${soroe.slug}`)
    await citizen
      .getByRole('button', { name: 'Start chat' })
      .waitFor({ timeout: 10_000 })
      .catch((error) => {
        throw new Error(`The chat client did not start: ${pageErrors.join('; ') || error.message}`)
      })
    await assertAccessible(citizen, 'chat pre-chat step')
    await citizen.getByLabel('Dit navn (valgfrit)').fill('Anna')
    await citizen.getByRole('button', { name: 'Start chat' }).click()
    await citizen.getByText('Du er nummer 1 i køen.').waitFor()
    await assertAccessible(citizen, 'chat waiting in the queue')

    // Staff see where it came from, live, and take it.
    const waiting = staff.locator('.console__waiting', { hasText: 'Sorø' })
    await waiting.getByText('Byggetilladelse – Sorø (demo)').waitFor()
    await assertAccessible(staff, 'console with a waiting chat')
    await waiting.getByRole('button', { name: 'Tag samtalen' }).click()
    await staff.getByRole('heading', { level: 2, name: /Anna · Sorø/ }).waitFor()
    await citizen.getByText('Du chatter med en medarbejder.').waitFor()

    // The citizen writes; staff see it live.
    const message = citizen.getByLabel('Din besked')
    await message.fill('Hvordan søger jeg om byggetilladelse til en carport?')
    await message.press('Enter')
    await staff.getByRole('log').getByText('Hvordan søger jeg om byggetilladelse').waitFor()

    // Staff answer with a canned greeting and Sorø's own guide link.
    const reply = staff.getByLabel('Svar', { exact: true })
    await reply.fill('/hej')
    await reply.press('Space')
    assert.include(await reply.inputValue(), 'Jeg hedder Sofie')
    await staff.getByLabel('Find vejledning').first().fill('byggetilladelse')
    await staff.getByRole('button', { name: 'Find vejledning' }).click()
    await staff.getByRole('button', { name: 'Indsæt link' }).first().click()
    assert.include(await reply.inputValue(), `/k/${soroe.slug}/vejledning/`)
    await staff.getByRole('button', { name: 'Send', exact: true }).click()
    await citizen.getByRole('log').getByText(`/k/${soroe.slug}/vejledning/`).waitFor()
    await citizen.getByRole('log').getByText('Jeg hedder Sofie').waitFor()

    // A CPR number is caught before it leaves the citizen's browser.
    await message.fill('Mit CPR-nummer er 010190-1234')
    await message.press('Enter')
    await citizen.getByRole('alert').getByText('Det ligner et CPR-nummer').waitFor()
    await assertAccessible(citizen, 'CPR warning')
    await citizen.getByRole('button', { name: 'Send uden nummeret' }).click()
    await staff.getByRole('log').getByText('Mit CPR-nummer er').waitFor()
    const lines = await ConversationMessage.query().where('kommune_id', soroe.id)
    assert.isFalse(lines.some((line) => line.body.includes('010190-1234')))
    await assertAccessible(staff, 'console with an open conversation')

    // Staff close with an outcome; the citizen rates the chat.
    await staff.getByLabel('Udfald').selectOption('self_service')
    await staff.getByRole('button', { name: 'Afslut og registrér' }).click()
    await citizen.getByText('Chatten er slut.').waitFor()
    await assertAccessible(citizen, 'chat ended, rating')
    await citizen.getByLabel('5 – meget tilfreds').check()
    await citizen.getByRole('button', { name: 'Send vurdering' }).click()
    await citizen.getByText('Tak for din vurdering.').waitFor()

    const inquiry = await Inquiry.query()
      .where('kommune_id', soroe.id)
      .whereNotNull('conversation_id')
      .firstOrFail()
    assert.equal(inquiry.channel, 'chat')
    assert.equal(inquiry.outcome, 'self_service')
    assert.equal(inquiry.csat, 5)
    await citizenContext.close()
  })

  test("a citizen's SMS reply lands in the same inbox and is answered by SMS", async ({
    visit,
    assert,
  }) => {
    const fake = channelManager.fake()
    const soroe = await kommuneByCode(SOROE)
    const sms = await enableSms(soroe)
    const staff = await visit('/login')
    await staff.setViewportSize(TABLET)
    await loginThroughForm(staff, 'medarbejder@soroe.dk')
    await staff.waitForURL('**/staff')
    await staff.goto('/staff/conversations')
    await expectAccessiblePage(staff, 'Samtaler')

    // The gateway posts the citizen's reply to the guidance SMS.
    const body = JSON.stringify({
      id: 'mo-browser-1',
      msisdn: '4520123456',
      message: 'Tak for vejledningen. Skal jeg også søge om dispensation?',
      senttime: Math.floor(Date.now() / 1000),
    })
    const posted = await fetch(`${appBase()}/webhooks/channels/${sms.id}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [SIGNATURE_HEADER]: signPayload('test-webhook-secret', body),
      },
      body,
    })
    assert.equal(posted.status, 200)
    await drainQueue()

    const waiting = staff.locator('.console__waiting', { hasText: 'SMS' })
    await waiting.waitFor()
    await waiting.getByRole('button', { name: 'Tag samtalen' }).click()
    await staff.getByRole('log').getByText('Skal jeg også søge om dispensation?').waitFor()
    await staff.getByLabel('Svar', { exact: true }).fill('Nej, ikke til en carport under 50 m².')
    await staff.getByRole('button', { name: 'Send', exact: true }).click()
    await staff.getByRole('log').getByText('Nej, ikke til en carport').waitFor()
    await assertAccessible(staff, 'console with an SMS conversation')
    await drainQueue()
    assert.deepEqual(
      fake.sentTo('+4520123456').map((send) => send.message.text),
      ['Nej, ikke til en carport under 50 m².']
    )
  })
})
