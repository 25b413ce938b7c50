import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import { DateTime } from 'luxon'
import SendMessage from '#actions/channels/send_message'
import RequestCallback from '#actions/channels/request_callback'
import ChannelConnection from '#models/channel_connection'
import { assertAccessible } from '#tests/helpers/axe'
import { kommuneByCode, SOROE } from '#tests/helpers/accounts'
import { expectAccessiblePage, loginThroughForm, TABLET, followLink } from '#tests/helpers/browser'
import {
  API_KEY,
  FakeProvider,
  WEBHOOK_SECRET,
  withTestMailer,
} from '#tests/helpers/channel_provider'
import { drainQueue } from '#tests/helpers/queue'
import { isolateEachTest } from '#tests/helpers/transactions'
import { TEST_MAILER_ID } from '#tests/fixtures/channels/test_mailer_plugin'

test.group('Browser: channels admin', (group) => {
  isolateEachTest(group)
  withTestMailer(group)
  let provider: FakeProvider
  group.each.setup(async () => {
    provider = await new FakeProvider().start()
    return () => provider.stop()
  })

  test('an admin sets up a channel, saves secrets write-only, tests it and reads the log', async ({
    visit,
    assert,
  }) => {
    const page = await visit('/login')
    await page.setViewportSize(TABLET)
    await loginThroughForm(page, 'admin@soroe.dk')
    await expectAccessiblePage(page, 'Administration – Sorø')
    await followLink(page, 'Kanaler')
    await expectAccessiblePage(page, 'Kanaler')
    const row = page.getByRole('row', { name: /Testmailer/ })
    await row.getByText('Ikke sat op').waitFor()

    await row.getByRole('button', { name: 'Sæt op: Testmailer' }).click()
    await expectAccessiblePage(page, 'Indstillinger for Testmailer')
    await page.getByText('Kanalen er slået fra.', { exact: false }).waitFor()

    // Invalid input: the errors show at their fields, and the page stays accessible.
    await page.getByLabel('API-adresse').fill('ikke en adresse')
    await page.getByRole('button', { name: 'Gem indstillinger' }).click()
    await page.locator('.field--invalid').first().waitFor()
    // The errors name the fields by their Danish labels, never by the setting key.
    await page.getByText(/^API-adresse skal være en gyldig adresse/).waitFor()
    await page.getByText('Afsenderadresse skal udfyldes').waitFor()
    assert.notInclude(await page.locator('main').innerText(), 'fromAddress')
    await assertAccessible(page, 'settings form with errors')

    await page.getByLabel('API-adresse').fill(provider.url)
    await page.getByLabel('API-nøgle').fill(API_KEY)
    await page.getByLabel('Afsenderadresse').fill('borgerservice@soroe.dk')
    await page.getByLabel('Webhook-hemmelighed').fill(WEBHOOK_SECRET)
    await page.getByLabel('Sandkasse').check()
    await page.getByLabel('Dagsgrænse').fill('250')
    await page.getByRole('button', { name: 'Gem indstillinger' }).click()
    await page.getByRole('status').getByText('Indstillingerne er gemt.').waitFor()

    // Secrets are write-only: empty fields saying a value is stored.
    assert.equal(await page.getByLabel('API-nøgle').inputValue(), '')
    assert.equal(await page.getByLabel('Webhook-hemmelighed').inputValue(), '')
    assert.equal(await page.getByText('Gemt. Lad feltet stå tomt').count(), 2)
    assert.notInclude(await page.content(), API_KEY)
    assert.isTrue(await page.getByLabel('Sandkasse').isChecked())
    await page.getByText('/webhooks/channels/').waitFor()
    await assertAccessible(page, 'settings saved')

    await page.getByRole('button', { name: 'Test forbindelse' }).click()
    await page.getByRole('status').getByText('Forbindelsen virker.').waitFor()
    await page.getByRole('button', { name: 'Slå kanalen til' }).click()
    await page.getByRole('status').getByText('Kanalen er slået til.').waitFor()
    await page.getByRole('button', { name: 'Slå kanalen fra' }).waitFor()

    // Two messages: one delivered, one the gateway keeps refusing.
    const connection = await ChannelConnection.findByOrFail('plugin_id', TEST_MAILER_ID)
    const send = await app.container.make(SendMessage)
    await send.handle({
      connection,
      to: 'anna@example.dk',
      subject: 'Pas',
      text: 'Sådan bestiller du pas.',
    })
    await drainQueue()
    provider.failAlways(503)
    await send.handle({ connection, to: 'bo@example.dk', text: 'Kørekort' })
    await drainQueue()

    await page.getByRole('link', { name: 'Leveringslog', exact: true }).click()
    await expectAccessiblePage(page, 'Leveringslog – Testmailer')
    await page.getByRole('heading', { level: 2, name: '2 beskeder' }).waitFor()
    const failed = page.getByRole('row', { name: /bo@example\.dk/ })
    await failed.getByText('Fejlet', { exact: true }).waitFor()
    assert.equal(await failed.getByText(/^Forsøg \d$/).count(), 5)
    const sent = page.getByRole('row', { name: /anna@example\.dk/ })
    await sent.getByText('Sendt', { exact: true }).waitFor()
    await assertAccessible(page, 'delivery log with a failed message')
  })
})

test.group('Browser: callback queue', (group) => {
  isolateEachTest(group)

  test('staff claim a callback and put it back in the queue when not reached', async ({
    visit,
    assert,
  }) => {
    const soroe = await kommuneByCode(SOROE)
    const connection = new ChannelConnection().merge({
      kommuneId: soroe.id,
      pluginId: 'phone_callback',
      enabled: true,
    })
    connection.writeSettings({ openingHours: '{"mon":["08:00","15:00"],"tue":["08:00","15:00"]}' })
    await connection.save()
    const requestCallback = await app.container.make(RequestCallback)
    await requestCallback.handle(
      soroe,
      {
        phone: '22 34 56 78',
        windowStart: '2030-03-04T10:00',
        windowEnd: '2030-03-04T10:30',
        topic: 'Spørgsmål om boligstøtte',
      },
      { now: DateTime.fromISO('2030-03-04T07:00', { zone: 'Europe/Copenhagen' }) }
    )

    const page = await visit('/login')
    await page.setViewportSize(TABLET)
    await loginThroughForm(page, 'medarbejder@soroe.dk')
    await followLink(page, 'Opkaldskø')
    await expectAccessiblePage(page, 'Opkaldskø')
    const row = page.getByRole('row', { name: /Spørgsmål om boligstøtte/ })
    await row.getByRole('link', { name: 'Ring til +4522345678' }).waitFor()

    await row.getByRole('button', { name: 'Tag opkaldet til +4522345678' }).click()
    await page.getByRole('status').getByText('Du har taget opkaldet.').waitFor()
    await row.getByText('Taget af Sofie Medarbejder').waitFor()

    await row
      .getByRole('button', { name: 'Registrér resultat for opkaldet til +4522345678' })
      .click()
    const dialog = page.getByRole('dialog', { name: 'Resultat af opkaldet til +4522345678' })
    await dialog.getByLabel('Resultat').selectOption({ label: 'Fik ikke fat i borgeren' })
    await dialog.getByLabel('Næste forsøg').fill('2030-03-05T09:15')
    await dialog.getByLabel('Note (valgfri)').fill('Telefonsvarer')
    await assertAccessible(page, 'outcome dialog')
    await dialog.getByRole('button', { name: 'Gem resultat' }).click()
    await page.getByRole('status').getByText('Anmodningen er sat i kø igen.').waitFor()
    await row.getByText('Fik ikke fat i borgeren').waitFor()
    await row.getByText('1 forsøg').waitFor()
    assert.isTrue(await row.getByRole('button', { name: /Tag opkaldet/ }).isVisible())
    await assertAccessible(page, 'queue after an attempt')
  })
})
