import { test } from '@japa/runner'
import type { Page } from 'playwright'
import channelManager from '#channels/channel_manager'
import { seedDemoReach } from '#database/demo/demo_reach'
import { assertAccessible } from '#tests/helpers/axe'
import { kommuneByCode, SOROE } from '#tests/helpers/accounts'
import { enableSms } from '#tests/helpers/sms_connection'
import { isolateEachTest } from '#tests/helpers/transactions'

const PHONE = { width: 360, height: 740 }
const DESKTOP = { width: 1280, height: 900 }

const PAGES = [
  '/k/soroe',
  '/k/soroe/omraade/byggeri-og-bolig',
  '/k/soroe/vejledning/byggetilladelse',
  '/k/soroe/soeg?q=byggetilladelse',
  '/k/soroe/soeg?q=xyzzy',
  '/k/soroe/faq',
  '/k/soroe/artikler',
  '/k/soroe/tilgaengelighed',
  '/k/soroe?lang=en',
  '/k/kristinehamn',
]

/** Which element has focus, described for assertions. */
function focused(page: Page) {
  return page.evaluate(() => {
    // Runs in the browser; the server's tsconfig has no DOM types.
    const active = (globalThis as any).document.activeElement
    return {
      tag: active?.tagName.toLowerCase() ?? '',
      id: active?.id ?? '',
      href: active?.getAttribute('href') ?? '',
      text: active?.textContent?.trim() ?? '',
    }
  })
}

async function tabUntil(page: Page, match: (el: Awaited<ReturnType<typeof focused>>) => boolean) {
  for (let presses = 0; presses < 80; presses++) {
    await page.keyboard.press('Tab')
    if (match(await focused(page))) return presses + 1
  }
  throw new Error('never reached by Tab')
}

test.group('Browser: citizen pages', (group) => {
  isolateEachTest(group)
  group.each.setup(async () => {
    channelManager.fake()
    await seedDemoReach()
    await enableSms(await kommuneByCode(SOROE))
    return () => channelManager.restore()
  })

  test('every public page passes axe (WCAG 2.1 A/AA) at 360 and 1280 px', async ({ visit }) => {
    const page = await visit('/k/soroe')
    for (const size of [PHONE, DESKTOP]) {
      await page.setViewportSize(size)
      for (const path of PAGES) {
        await page.goto(path)
        await page.getByRole('heading', { level: 1 }).first().waitFor()
        await assertAccessible(page, `${path} at ${size.width} px`)
      }
    }
  })

  test('keyboard only: search → guide → self-service link → contact', async ({ visit, assert }) => {
    const page = await visit('/k/soroe')
    await page.setViewportSize(DESKTOP)
    await tabUntil(page, (el) => el.id === 'portal-q')
    await page.keyboard.type('byggetilladelse')
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { level: 1, name: 'Søgning' }).waitFor()
    await tabUntil(page, (el) => el.href === '/k/soroe/vejledning/byggetilladelse')
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { level: 1, name: /byggetilladelse/i }).waitFor()
    const toSelfService = await tabUntil(page, (el) =>
      el.href.startsWith('https://www.bygogmiljoe.dk')
    )
    assert.isBelow(toSelfService, 12, 'the self-service button comes early')
    await tabUntil(page, (el) => el.id === 'cb-phone')
    await page.keyboard.type('20 12 34 56')
    assert.equal(await page.locator('#cb-phone').inputValue(), '20 12 34 56')
  })

  test('suggestions appear while typing and open the guide', async ({ visit }) => {
    const page = await visit('/k/soroe')
    await page.getByLabel('Søg i vejledningen').fill('byggetill')
    const suggestion = page.getByRole('option', { name: /byggetilladelse/i }).first()
    await suggestion.waitFor()
    await suggestion.getByRole('link').click()
    await page.getByRole('heading', { level: 1, name: /byggetilladelse/i }).waitFor()
  })
})
