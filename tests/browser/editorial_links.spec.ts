import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import app from '@adonisjs/core/services/app'
import SelfServiceLink from '#models/self_service_link'
import Queue from '#queue/queue'
import CheckSelfServiceLinksJob from '#jobs/check_self_service_links_job'
import { syncSelfServiceLinks } from '#knowledge/self_service_links'
import { assertAccessible } from '#tests/helpers/axe'
import { expectAccessiblePage, loginThroughForm, TABLET, followLink } from '#tests/helpers/browser'
import { isolateEachTest } from '#tests/helpers/transactions'

/** The registry built from the corpus, with one broken and one redirected link. */
async function seedRegistry() {
  await syncSelfServiceLinks()
  const [broken, moved] = await SelfServiceLink.query().orderBy('url').limit(2)
  const checkedAt = DateTime.fromISO('2026-03-05T10:00:00Z')
  await broken.merge({ broken: true, lastStatus: 404, lastError: null, checkedAt }).save()
  await moved
    .merge({ broken: false, lastStatus: 200, redirectTo: `${moved.url}/ny`, checkedAt })
    .save()
  return { broken, moved }
}

test.group('Browser: self-service link registry', (group) => {
  isolateEachTest(group)

  test('an editor finds broken links first and starts a check', async ({
    visit,
    assert,
    cleanup,
  }) => {
    const { broken } = await seedRegistry()
    // The check button must not reach the internet: every site answers 200 here.
    const offline: typeof globalThis.fetch = async () => new Response(null, { status: 200 })
    app.container.swap(
      CheckSelfServiceLinksJob,
      () => new CheckSelfServiceLinksJob({ fetch: offline })
    )
    cleanup(() => app.container.restore(CheckSelfServiceLinksJob))

    const page = await visit('/login')
    await page.setViewportSize(TABLET)
    await loginThroughForm(page, 'redaktoer@vejviser.dk')
    await expectAccessiblePage(page, 'National redaktion')
    await followLink(page, 'Selvbetjeningslinks')
    await expectAccessiblePage(page, 'Selvbetjeningslinks')

    const brokenTable = page.getByRole('table', { name: /Links der ikke virkede/ })
    const row = brokenTable.getByRole('row').filter({ hasText: broken.url })
    await row.waitFor()
    assert.include(await row.textContent(), 'HTTP 404')
    assert.include(await row.textContent(), '05.03.2026')
    await row.locator('summary').click()
    await assertAccessible(page, 'links page with a guide list open')

    await page.getByRole('button', { name: 'Tjek alle links nu' }).click()
    await page.getByRole('status').getByText('Tjek af alle links er startet.').waitFor()
    const queue = await app.container.make(Queue)
    await queue.idle()
    await page.reload()
    await expectAccessiblePage(page, 'Selvbetjeningslinks')
    await brokenTable.getByText('Ingen brudte links ved seneste tjek.').waitFor()
  })
})
