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
