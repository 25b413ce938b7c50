import { test } from '@japa/runner'
import type { Page } from 'playwright'
import { assertAccessible } from '#tests/helpers/axe'
import {
  expectAccessiblePage,
  loginThroughForm,
  openAccountMenu,
  TABLET,
} from '#tests/helpers/browser'
import { guideBySlug } from '#tests/helpers/knowledge'
import { isolateEachTest } from '#tests/helpers/transactions'

const DESKTOP = { width: 1280, height: 900 }

/** The accessible name of the focused element (a chip's remove button names its chip). */
function focusedName(page: Page) {
  return page.evaluate(() => {
    const active = (globalThis as any).document.activeElement
    return active?.getAttribute('aria-label') ?? active?.id ?? ''
  })
}

function pageHeight(page: Page) {
  return page.evaluate(() => (globalThis as any).document.documentElement.scrollHeight as number)
}

for (const [name, viewport] of [
  ['768 px', TABLET],
  ['1280 px', DESKTOP],
] as const) {
  test.group(`Browser: keywords as chips in the guide editor at ${name}`, (group) => {
    isolateEachTest(group)

    test('add, walk and remove keywords by keyboard; screen-reader names; saved', async ({
      visit,
      assert,
    }) => {
      const guide = await guideBySlug('pas-bestil')
      const before = guide.content.keywords
      assert.isAbove(before.length, 3, 'the corpus guide has keywords to show')
      const page = await visit('/login')
      await page.setViewportSize(viewport)
      await loginThroughForm(page, 'redaktoer@vejviser.dk')
      await page.waitForURL('**/editorial')
      await page.goto(`/editorial/guides/${guide.id}/edit`)
      await expectAccessiblePage(page, guide.content.title)

      const keywords = page.getByRole('group', { name: 'Søgeord' })
      const chips = keywords.getByRole('list', { name: 'Søgeord' }).getByRole('listitem')
      assert.equal(await chips.count(), before.length)
      // One wrapped line of chips, not a form row per keyword.
      const box = (await keywords.boundingBox())!
      assert.isBelow(box.height, 320, `keywords take ${box.height} px`)
      for (const keyword of before) {
        await keywords
          .getByRole('button', { name: `Fjern søgeord: ${keyword}`, exact: true })
          .waitFor()
      }

      const box1 = keywords.getByRole('textbox', { name: 'Tilføj søgeord' })
      // Pasted text splits on commas; typing a comma adds what came before it.
      await box1.fill('pasfoto, nødpas')
      await keywords.getByRole('status').getByText('Tilføjet: pasfoto, nødpas.').waitFor()
      assert.equal(await chips.count(), before.length + 2)
      assert.equal(await box1.inputValue(), '')
      await page.keyboard.type('ID-kort,')
      await keywords.getByRole('status').getByText('Tilføjet: ID-kort.').waitFor()
      await page.keyboard.press('Backspace')
      assert.equal(await focusedName(page), 'Fjern søgeord: ID-kort')
      await page.keyboard.press('Delete')
      await keywords.getByRole('status').getByText('Fjernet: ID-kort.').waitFor()
      assert.equal(await chips.count(), before.length + 2)

      // A keyword already there is not added twice, and the reason is read out.
      await box1.focus()
      await page.keyboard.type(before[0].toUpperCase())
      await page.keyboard.press('Enter')
      await keywords.getByRole('status').getByText('findes allerede').waitFor()
      assert.equal(await chips.count(), before.length + 2)

      // Backspace in the empty box reaches the last chip; arrows walk; Delete removes.
      await box1.focus()
      await page.keyboard.press('Backspace')
      assert.equal(await focusedName(page), 'Fjern søgeord: nødpas')
      await page.keyboard.press('ArrowLeft')
      assert.equal(await focusedName(page), 'Fjern søgeord: pasfoto')
      await page.keyboard.press('ArrowRight')
      await page.keyboard.press('Delete')
      await keywords.getByRole('status').getByText('Fjernet: nødpas.').waitFor()
      assert.equal(await focusedName(page), 'Fjern søgeord: pasfoto')
      await assertAccessible(page, `keyword chips after editing at ${name}`)

      // "Citizens also say" phrases may hold a comma: Enter alone adds one.
      const alsoSay = page.getByRole('group', { name: /Borgere siger også/ })
      await alsoSay
        .getByRole('textbox', { name: 'Tilføj vending' })
        .fill('mit pas er væk, hvad gør jeg')
      await alsoSay.getByRole('button', { name: 'Tilføj vending' }).click()
      await alsoSay
        .getByRole('button', { name: 'Fjern vending: mit pas er væk, hvad gør jeg' })
        .waitFor()

      await page.getByRole('button', { name: 'Gem kladde' }).click()
      await page.getByRole('status').getByText('Kladden er gemt.').waitFor()
      await guide.refresh()
      assert.deepEqual(guide.content.keywords, [...before, 'pasfoto'])
      assert.include(guide.content.alsoSay ?? [], 'mit pas er væk, hvad gør jeg')
      const height = await pageHeight(page)
      // Was ~8,700 px with a form row per keyword and open steps (~7,400 px when #14 was filed).
      assert.isBelow(height, 6000, `the guide editor is ${height} px tall`)
      console.log(`guide editor (${guide.content.title}) at ${name}: ${height} px tall`)
    })
  })
}

test.group('Browser: keyword chips in Swedish and English', (group) => {
  isolateEachTest(group)

  test('labels and remove buttons speak the UI language', async ({ visit }) => {
    const guide = await guideBySlug('pas-bestil')
    const page = await visit('/login')
    await page.setViewportSize(TABLET)
    await loginThroughForm(page, 'redaktoer@vejviser.dk')
    await page.waitForURL('**/editorial')
    await page.goto(`/editorial/guides/${guide.id}/edit`)
    await page.getByRole('heading', { level: 1 }).waitFor()
    for (const [language, legend, add, remove] of [
      ['Svenska', 'Sökord', 'Lägg till sökord', 'Ta bort sökord: '],
      ['English', 'Keywords', 'Add keyword', 'Remove keyword: '],
      ['Dansk', 'Søgeord', 'Tilføj søgeord', 'Fjern søgeord: '],
    ]) {
      await openAccountMenu(page)
      await page.getByRole('button', { name: language }).click()
      const keywords = page.getByRole('group', { name: legend, exact: true })
      await keywords.getByRole('textbox', { name: add }).waitFor()
      await keywords
        .getByRole('button', { name: `${remove}${guide.content.keywords[0]}`, exact: true })
        .waitFor()
      await assertAccessible(page, `keyword chips in ${language}`)
    }
  })
})
