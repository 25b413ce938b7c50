import { test } from '@japa/runner'
import {
  expectAccessiblePage,
  loginThroughForm,
  logOutThroughMenu,
  openAccountMenu,
  TABLET,
} from '#tests/helpers/browser'
import { assertAccessible } from '#tests/helpers/axe'

test.group('Browser: login, kommune switch, logout', () => {
  test('the login page is accessible and rejects a wrong password', async ({ visit, assert }) => {
    const page = await visit('/login')
    await page.setViewportSize(TABLET)
    await expectAccessiblePage(page, 'Log ind')
    assert.equal(await page.locator('html').getAttribute('lang'), 'da')

    await page.getByLabel('E-mail').fill('medarbejder@soroe.dk')
    await page.getByLabel('Adgangskode').fill('forkert')
    await page.getByRole('button', { name: 'Log ind' }).click()
    await page.getByText('E-mail eller adgangskode er forkert.').waitFor()
    assert.equal(await page.getByLabel('E-mail').getAttribute('aria-invalid'), 'true')
    await assertAccessible(page, 'login with an error')
  })

  test('a staff member logs in and out', async ({ visit }) => {
    const page = await visit('/login')
    await page.setViewportSize(TABLET)
    await loginThroughForm(page, 'medarbejder@soroe.dk')
    await expectAccessiblePage(page, 'Slå op – Sorø')
    await logOutThroughMenu(page)
    await expectAccessiblePage(page, 'Log ind')
  })

  test('a hotline user switches between kommuner', async ({ visit, assert }) => {
    const page = await visit('/login')
    await page.setViewportSize(TABLET)
    await loginThroughForm(page, 'hotline@vejviser.dk')
    await expectAccessiblePage(page, 'Slå op – Sorø')

    await openAccountMenu(page)
    await assertAccessible(page, 'account menu open')
    await page.getByRole('button', { name: 'Slagelse – Medarbejder' }).click()
    await expectAccessiblePage(page, 'Slå op – Slagelse')
    await page.getByRole('status').getByText('Du arbejder nu for Slagelse.').waitFor()
    await openAccountMenu(page)
    const current = page.locator('.account-menu__item[aria-current="true"]')
    assert.match((await current.textContent()) ?? '', /^\s*Slagelse – Medarbejder/)
  })

  test('each role start page is accessible', async ({ visit }) => {
    const pages: [string, string | RegExp][] = [
      ['admin@soroe.dk', 'Administration – Sorø'],
      ['leder@soroe.dk', 'Statistik – Sorø'],
      ['redaktoer@vejviser.dk', 'National redaktion'],
    ]
    for (const [email, heading] of pages) {
      const page = await visit('/login')
      await page.setViewportSize(TABLET)
      await loginThroughForm(page, email)
      await expectAccessiblePage(page, heading)
      await logOutThroughMenu(page)
      await page.getByRole('heading', { level: 1, name: 'Log ind' }).waitFor()
    }
  })

  test('the language switcher turns the UI English in one step', async ({ visit }) => {
    const page = await visit('/login')
    await page.getByRole('button', { name: 'English' }).click()
    await expectAccessiblePage(page, 'Log in')
  })

  test('404 page is accessible', async ({ visit }) => {
    const page = await visit('/findes-ikke')
    await expectAccessiblePage(page, 'Siden findes ikke')
  })
})
