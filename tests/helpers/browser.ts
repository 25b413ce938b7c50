import type { Page } from 'playwright'
import { DEMO_PASSWORD } from '#database/demo/demo_users'
import { assertAccessible } from '#tests/helpers/axe'

/** Logs in through the real form, as a person would. */
export async function loginThroughForm(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto('/login')
  await page.getByLabel('E-mail').fill(email)
  await page.getByLabel('Adgangskode').fill(password)
  await page.getByRole('button', { name: 'Log ind' }).click()
}

/** Waits for Inertia to have mounted the page and checks it with axe. */
export async function expectAccessiblePage(page: Page, heading: string | RegExp) {
  await page.getByRole('heading', { level: 1, name: heading }).waitFor()
  await assertAccessible(page)
}

/** Tablet portrait, the staff default. */
export const TABLET = { width: 768, height: 1024 }

/** Opens the header's account menu (kommune, language, log out). */
export async function openAccountMenu(page: Page) {
  const toggle = page.getByRole('button', {
    name: /konto, kommune og sprog|account, kommune and language|konto, kommun och språk/,
  })
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click()
}

/** Logs out through the account menu. */
export async function logOutThroughMenu(page: Page) {
  await openAccountMenu(page)
  await page.getByRole('button', { name: 'Log ud', exact: true }).click()
}

/**
 * Follows a link by name as a person would: the first visible one on the
 * page, else from the header's "Mere" menu (links that do not fit the
 * one-row header at this width fold into it).
 */
export async function followLink(page: Page, name: string | RegExp) {
  for (const link of await page.getByRole('link', { name }).all()) {
    if (await link.isVisible()) return link.click()
  }
  await page.getByRole('button', { name: /^(Mere|Mer|More)\b/ }).click()
  await page.locator('#shell-nav-more').getByRole('link', { name }).click()
}
