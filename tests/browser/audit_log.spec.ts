import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import AuditLog from '#models/audit_log'
import { assertAccessible } from '#tests/helpers/axe'
import { demoUser, kommuneByCode, SOROE } from '#tests/helpers/accounts'
import {
  expectAccessiblePage,
  followLink,
  loginThroughForm,
  openAccountMenu,
  TABLET,
} from '#tests/helpers/browser'
import { isolateEachTest } from '#tests/helpers/transactions'

const DESKTOP = { width: 1280, height: 900 }

test.group('Browser: the kommune admin reads the audit log', (group) => {
  isolateEachTest(group)

  test('filter by action at 1280 and 768 px, in Danish and English, axe-clean', async ({
    visit,
  }) => {
    const soroe = await kommuneByCode(SOROE)
    const admin = await demoUser('admin@soroe.dk')
    const at = DateTime.utc().minus({ hours: 2 })
    for (const [index, action] of ['service_policy.saved', 'guidance.sent'].entries()) {
      await AuditLog.create({
        entryId: `browser-${index}`,
        kommuneId: soroe.id,
        userId: admin.id,
        action,
        subjectType: null,
        subjectId: null,
        meta: { areas: 3 },
        ip: '127.0.0.1',
        createdAt: at.plus({ minutes: index }),
      })
    }

    const page = await visit('/login')
    await page.setViewportSize(DESKTOP)
    await loginThroughForm(page, 'admin@soroe.dk')
    await page.getByRole('heading', { level: 1 }).waitFor()
    await followLink(page, 'Revisionslog')
    await expectAccessiblePage(page, 'Revisionslog for Sorø')
    await page.getByRole('cell', { name: 'Servicepolitik gemt' }).waitFor()

    await page.getByLabel('Handling').selectOption({ label: 'Vejledning sendt til borger' })
    await page.getByRole('button', { name: 'Vis' }).click()
    await page.waitForURL(/action=guidance\.sent/)
    await page.getByRole('cell', { name: 'Vejledning sendt til borger' }).waitFor()
    await page.getByRole('cell', { name: 'Servicepolitik gemt' }).waitFor({ state: 'detached' })
    await assertAccessible(page, 'audit log filtered, 1280 px')

    await page.setViewportSize(TABLET)
    await assertAccessible(page, 'audit log filtered, 768 px')

    await openAccountMenu(page)
    await page.getByRole('button', { name: 'English' }).click()
    await expectAccessiblePage(page, 'Audit log for Sorø')
    await page.getByRole('columnheader', { name: 'IP address' }).waitFor()
  })
})
