import { test } from '@japa/runner'
import { assertAccessible } from '#tests/helpers/axe'
import { expectAccessiblePage, loginThroughForm, TABLET } from '#tests/helpers/browser'
import { isolateEachTest } from '#tests/helpers/transactions'

const DESKTOP = { width: 1280, height: 900 }

for (const [name, viewport] of [
  ['768 px', TABLET],
  ['1280 px', DESKTOP],
] as const) {
  test.group(`Browser: keyboard-only look-up at ${name}`, (group) => {
    isolateEachTest(group)

    test('↓ into the results, ↑/↓ between them, Esc back, Enter opens; Back keeps the query', async ({
      visit,
      assert,
    }) => {
      const page = await visit('/login')
      await page.setViewportSize(viewport)
      await loginThroughForm(page, 'medarbejder@soroe.dk')
      await expectAccessiblePage(page, 'Slå op – Sorø')
      await page.keyboard.type('byggetilladelse')
      await page.locator('.hit__title').first().waitFor()
      await page.waitForURL(/\/staff\?q=byggetilladelse/)
      const focused = async () => (await page.locator(':focus').getAttribute('class')) ?? ''
      await page.keyboard.press('ArrowDown')
      assert.include(await focused(), 'hit__title')
      await page.keyboard.press('ArrowDown')
      const second = await page.locator(':focus').textContent()
      await page.keyboard.press('Escape')
      assert.include(await focused(), 'lookup__input')
      await page.keyboard.press('ArrowDown')
      await page.keyboard.press('ArrowDown')
      assert.equal(await page.locator(':focus').textContent(), second)
      await assertAccessible(page, 'look-up with a focused result')
      await page.keyboard.press('Enter')
      await page.waitForURL(/\/staff\/guides\//)
      await page.goBack()
      await page.waitForURL(/\/staff\?q=byggetilladelse/)
      assert.equal(
        await page.getByLabel('Hvad spørger borgeren om?').inputValue(),
        'byggetilladelse'
      )
      await page.locator('.hit__title').first().waitFor()
    })
  })
}
