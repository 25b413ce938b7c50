import { test } from '@japa/runner'
import type { Page } from 'playwright'
import { assertAccessible } from '#tests/helpers/axe'
import { kommuneByCode, SOROE } from '#tests/helpers/accounts'
import { expectAccessiblePage, loginThroughForm, TABLET, followLink } from '#tests/helpers/browser'
import { sandboxFor, waitForOutbox, withSandbox } from '#tests/helpers/sandbox'
import { isolateEachTest } from '#tests/helpers/transactions'

const DESKTOP = { width: 1280, height: 900 }

async function answerAndSend(page: Page, phone: string) {
  await page.getByLabel('Hvad spørger borgeren om?').fill('byggetilladelse')
  await page.locator('.hit__title', { hasText: 'Søg byggetilladelse' }).first().click()
  await page.getByRole('heading', { level: 1, name: /byggetilladelse/i }).waitFor()
  const preview = page.locator('.send-preview')
  await preview.getByText(/1 SMS|\d SMS'er/).waitFor()
  await preview.getByText(/Pris ca\. /).waitFor()
  await page.getByLabel('Borgerens mobilnummer').fill(phone)
  await page.getByRole('button', { name: 'Send', exact: true }).click()
  await page
    .getByText(/^Lagt i kø til/)
    .first()
    .waitFor()
}

for (const [name, viewport] of [
  ['768 px', TABLET],
  ['1280 px', DESKTOP],
] as const) {
  test.group(`Browser: the sandbox outbox at ${name}`, (group) => {
    withSandbox(group)
    isolateEachTest(group)

    test('Sorø staff send the guidance by SMS and read it in the outbox within 10 s', async ({
      visit,
      assert,
    }) => {
      const soroe = await kommuneByCode(SOROE)
      await sandboxFor(soroe)
      const page = await visit('/login')
      await page.setViewportSize(viewport)
      await loginThroughForm(page, 'medarbejder@soroe.dk')
      await expectAccessiblePage(page, 'Slå op – Sorø')

      const started = Date.now()
      await answerAndSend(page, '20 12 34 56')
      await page.getByRole('status').getByText('Leveret til +4520123456.').waitFor()
      await assertAccessible(page, 'guide page after a delivered SMS')
      await followLink(page, 'Udbakke (sandkasse)')
      await expectAccessiblePage(page, 'Udbakke – sandkasse')
      const item = page.locator('.outbox__item', { hasText: '+4520123456' })
      await item.getByText('Leveret').first().waitFor()
      const elapsed = Date.now() - started
      assert.isBelow(elapsed, 10_000, `look-up to SMS in the outbox took ${elapsed} ms`)
      assert.notInclude(await item.locator('pre').textContent(), '–', 'no en dash left in the SMS')

      await item.getByLabel('Borgerens svar').fill('Tak! Hvornår har I åbent?')
      await item.getByRole('button', { name: 'Send svar som borger' }).click()
      // Either answer names the webhook's HTTP status, so a refusal fails with its reason.
      const notice = page.getByText(/kanalens webhook/i).first()
      await notice.waitFor()
      assert.match((await notice.textContent()) ?? '', /Svaret kom ind .*\(HTTP 200\)/)
      await assertAccessible(page, 'outbox after a simulated reply')
      await waitForOutbox(soroe, (message) => message.status === 'delivered')
    })
  })
}
