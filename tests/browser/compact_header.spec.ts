import { test } from '@japa/runner'
import type { Page } from 'playwright'
import { assertAccessible } from '#tests/helpers/axe'
import {
  expectAccessiblePage,
  loginThroughForm,
  openAccountMenu,
  TABLET,
} from '#tests/helpers/browser'
import { isolateEachTest } from '#tests/helpers/transactions'

const DESKTOP = { width: 1280, height: 900 }

/** Top edges of the banner's visible parts: one row means they all sit within one line's height. */
async function bannerRows(page: Page) {
  return page.evaluate(() => {
    const doc = (globalThis as any).document
    const bar = doc.querySelector('.shell-bar')
    const parts = [
      ...bar.querySelectorAll(
        '.brand, .shell-nav__item, .shell-nav__more:not(.shell-nav__more--idle), .shell-tools'
      ),
    ] as any[]
    const tops = parts
      .filter((el) => el.offsetParent !== null)
      .map((el) =>
        Math.round(el.getBoundingClientRect().top + el.getBoundingClientRect().height / 2)
      )
    return {
      spread: Math.max(...tops) - Math.min(...tops),
      height: Math.round(bar.getBoundingClientRect().height),
      overflow: doc.documentElement.scrollWidth > doc.documentElement.clientWidth,
    }
  })
}

for (const [name, viewport] of [
  ['768 px', TABLET],
  ['1280 px', DESKTOP],
] as const) {
  test.group(`Browser: one-row header at ${name}`, (group) => {
    isolateEachTest(group)

    test('a staff member sees every link and one menu on one row', async ({ visit, assert }) => {
      const page = await visit('/login')
      await page.setViewportSize(viewport)
      await loginThroughForm(page, 'hotline@vejviser.dk')
      await expectAccessiblePage(page, 'Slå op – Sorø')
      const rows = await bannerRows(page)
      assert.isBelow(rows.spread, 8, `banner parts on several rows: ${JSON.stringify(rows)}`)
      assert.isBelow(rows.height, 80)
      assert.isFalse(rows.overflow)
      // Every staff link is reachable: in the row, or (if the row is full) under "Mere".
      const staffLinks = ['Borgerservice', 'Samtaler', 'Standardsvar', 'Min feedback', 'Opkaldskø']
      const inRow: string[] = []
      for (const link of staffLinks) {
        if (await page.locator('.shell-nav__item').getByRole('link', { name: link }).isVisible()) {
          inRow.push(link)
        }
      }
      assert.include(inRow, 'Borgerservice')
      if (inRow.length < staffLinks.length) {
        await page.getByRole('button', { name: /^Mere/ }).click()
        for (const link of staffLinks.filter((label) => !inRow.includes(label))) {
          await page.locator('#shell-nav-more').getByRole('link', { name: link }).waitFor()
        }
        await page.keyboard.press('Escape')
      }
      console.log(`header at ${name}: ${inRow.length}/${staffLinks.length} staff links in the row`)

      await openAccountMenu(page)
      await page.getByRole('group', { name: 'Sprog' }).waitFor()
      await assertAccessible(page, `account menu at ${name}`)
      await page.keyboard.press('Escape')
      assert.isFalse(await page.locator('#account-menu-panel').isVisible())

      // One step: a language button switches at once.
      await openAccountMenu(page)
      await page.getByRole('button', { name: 'Svenska' }).click()
      await expectAccessiblePage(page, /Slå upp – Sorø|Sök/)
      await openAccountMenu(page)
      await page.getByRole('button', { name: 'Dansk' }).click()
      await expectAccessiblePage(page, 'Slå op – Sorø')
    })

    test('an administrator’s longer menu folds into "Mere" and stays on one row', async ({
      visit,
      assert,
    }) => {
      const page = await visit('/login')
      await page.setViewportSize(viewport)
      await loginThroughForm(page, 'admin@soroe.dk')
      await expectAccessiblePage(page, /Administration – Sorø/)
      const rows = await bannerRows(page)
      assert.isBelow(rows.spread, 8, `banner parts on several rows: ${JSON.stringify(rows)}`)
      assert.isFalse(rows.overflow)
      const more = page.getByRole('button', { name: /^Mere/ })
      await more.click()
      const folded = page.locator('#shell-nav-more a')
      assert.isAbove(await folded.count(), 0)
      await assertAccessible(page, `"Mere" open at ${name}`)
      await folded.last().click()
      await page.waitForURL(/\/(admin|staff|sandbox)\//)
    })
  })
}
