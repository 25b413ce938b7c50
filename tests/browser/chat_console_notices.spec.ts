import { test } from '@japa/runner'
import type { Page } from 'playwright'
import { assertAccessible } from '#tests/helpers/axe'
import { kommuneByCode, SOROE } from '#tests/helpers/accounts'
import { expectAccessiblePage, loginThroughForm, TABLET } from '#tests/helpers/browser'
import { appBase } from '#tests/helpers/channel_provider'
import { ALWAYS_OPEN, enableChat } from '#tests/helpers/chat'
import { isolateEachTest } from '#tests/helpers/transactions'

const DESKTOP = { width: 1280, height: 900 }

/** A citizen starts a chat from Sorø's page (the public API, as the chat client does). */
async function citizenOpensChat(name: string) {
  const response = await fetch(`${appBase()}/api/v1/chat/340/conversations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      pageUrl: 'https://www.soroe.dk/borger/byggetilladelse',
      pageTitle: 'Byggetilladelse',
      name,
      locale: 'da',
    }),
  })
  if (response.status !== 201) throw new Error(`open chat: ${response.status}`)
}

const liveRegion = (page: Page) => page.locator('p[aria-live="polite"][data-chimes]')

async function openConsole(page: Page, size: { width: number; height: number }) {
  await page.setViewportSize(size)
  await loginThroughForm(page, 'medarbejder@soroe.dk')
  await page.waitForURL('**/staff')
  await page.goto('/staff/conversations')
  await expectAccessiblePage(page, 'Samtaler')
  await page.getByText('Ingen venter.').waitFor()
}

test.group('Browser: staff console notices and auto-assign', (group) => {
  isolateEachTest(group)

  test('a new waiting chat chimes, shows in the title and is announced; muting keeps the visual notice (desktop)', async ({
    visit,
    assert,
  }) => {
    await enableChat(await kommuneByCode(SOROE))
    const page = await visit('/login')
    await openConsole(page, DESKTOP)

    await citizenOpensChat('Anna')
    await liveRegion(page).getByText('Ny henvendelse venter: Sorø').waitFor()
    assert.equal(await liveRegion(page).getAttribute('data-chimes'), '1')
    assert.match(await page.title(), /^\(1\) Samtaler/)
    await assertAccessible(page, 'console with a new waiting chat (desktop)')

    const mute = page.getByLabel('Slå lyd fra ved nye beskeder')
    await mute.check()
    await citizenOpensChat('Bo')
    await page.waitForFunction(() => (globalThis as any).document.title.startsWith('(2) '))
    await liveRegion(page).getByText('Ny henvendelse venter: Sorø').waitFor()
    assert.equal(await liveRegion(page).getAttribute('data-chimes'), '1', 'muted: no chime')

    // The choice is kept in this browser.
    await page.reload()
    await page.getByRole('heading', { level: 1, name: 'Samtaler' }).waitFor()
    assert.isTrue(await page.getByLabel('Slå lyd fra ved nye beskeder').isChecked())
  })

  test('with auto-assign on, the console gets the waiting chat up to its maximum (tablet)', async ({
    visit,
    assert,
  }) => {
    const soroe = await kommuneByCode(SOROE)
    await enableChat(soroe, { openingHours: ALWAYS_OPEN, autoAssign: true, maxPerStaff: 1 })
    const page = await visit('/login')
    await openConsole(page, TABLET)
    await page.getByText('Nye samtaler fordeles automatisk (højst 1 pr. medarbejder).').waitFor()

    await citizenOpensChat('Anna')
    await page.getByRole('heading', { level: 2, name: /Anna · Sorø/ }).waitFor()
    await liveRegion(page).getByText('Du har fået en ny samtale: Sorø').waitFor()
    await citizenOpensChat('Bo')
    // At the maximum: Bo waits in the queue for a colleague.
    await page.locator('.console__waiting', { hasText: 'Sorø' }).waitFor()
    assert.equal(await page.getByRole('heading', { level: 2, name: /Bo · Sorø/ }).count(), 0)
    await assertAccessible(page, 'console after auto-assign (tablet)')
  })
})
