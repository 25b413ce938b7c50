import { test } from '@japa/runner'
import type { RetentionKind } from '#privacy/retention/retention_kinds'
import { retentionPeriodsFor } from '#privacy/retention/retention_policy'
import { assertAccessible } from '#tests/helpers/axe'
import { kommuneByCode, SOROE } from '#tests/helpers/accounts'
import {
  expectAccessiblePage,
  followLink,
  loginThroughForm,
  openAccountMenu,
  TABLET,
} from '#tests/helpers/browser'
import { isolateEachTest } from '#tests/helpers/transactions'

const DESKTOP = { width: 1280, height: 900 }

async function periodFor(kind: RetentionKind) {
  const periods = await retentionPeriodsFor(await kommuneByCode(SOROE))
  return periods[kind]
}

test.group('Browser: the kommune admin sets retention periods', (group) => {
  isolateEachTest(group)

  test('set a period, see a refusal, at 1280 and 768 px, in Danish and English, axe-clean', async ({
    visit,
    assert,
  }) => {
    const page = await visit('/login')
    await page.setViewportSize(DESKTOP)
    await loginThroughForm(page, 'admin@soroe.dk')
    await page.getByRole('heading', { level: 1 }).waitFor()
    await followLink(page, 'Sletning af data')
    await expectAccessiblePage(page, 'Sletning af personoplysninger')

    const feedback = page.getByLabel('Feedback på vejledninger (besvaret) (dage)')
    assert.equal(await feedback.inputValue(), '365')
    await feedback.fill('60')
    await page.getByRole('button', { name: 'Gem sletteregler' }).click()
    await page.getByText('Slettereglerne er gemt.').first().waitFor()
    assert.equal(await periodFor('feedback'), 60)
    await assertAccessible(page, 'retention saved, 1280 px')

    await page.setViewportSize(TABLET)
    const audit = page.getByLabel('Revisionslog (dage)')
    await audit.fill('30')
    await page.getByRole('button', { name: 'Gem sletteregler' }).click()
    await page.locator('input[name="audit_log"][aria-invalid="true"]').waitFor()
    assert.equal(await periodFor('audit_log'), 730)
    await assertAccessible(page, 'retention refused, 768 px')

    await page.reload()
    await openAccountMenu(page)
    await page.getByRole('button', { name: 'English' }).click()
    await expectAccessiblePage(page, 'Retention of personal data')
    await page.getByLabel('Feedback on guides (answered) (days)').waitFor()
  })
})
