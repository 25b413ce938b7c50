import { test } from '@japa/runner'
import { assertAccessible } from '#tests/helpers/axe'
import {
  expectAccessiblePage,
  loginThroughForm,
  logOutThroughMenu,
  TABLET,
} from '#tests/helpers/browser'
import { editAndPublish, guideBySlug } from '#tests/helpers/knowledge'
import { isolateEachTest } from '#tests/helpers/transactions'

test.group('Browser: editorial edit → publish → alert', (group) => {
  isolateEachTest(group)

  test('an editor edits, submits and publishes a guide; history shows the diff', async ({
    visit,
    assert,
  }) => {
    const page = await visit('/login')
    await page.setViewportSize({ width: 1280, height: 900 })
    await loginThroughForm(page, 'redaktoer@vejviser.dk')
    await page.waitForURL('**/editorial')

    await page.goto('/editorial/guides?q=forny+pas')
    await expectAccessiblePage(page, 'Nationale vejledninger')
    await page.getByRole('link', { name: 'Bestil eller forny pas' }).click()
    await expectAccessiblePage(page, 'Bestil eller forny pas')

    const firstBullet = page.getByLabel('Punkt 1', { exact: true })
    await firstBullet.fill('Tjek udløbsdatoen mindst to måneder før afrejse.')
    await page.getByRole('button', { name: 'Gem kladde' }).click()
    await page.getByRole('status').getByText('Kladden er gemt.').waitFor()
    await page.getByRole('button', { name: 'Send til godkendelse' }).click()
    await page.getByRole('status').getByText('Sendt til godkendelse.').waitFor()
    // Two pairs of eyes: the author cannot publish; a second editor approves.
    await page.getByText('en anden redaktør skal godkende og udgive den').waitFor()
    assert.equal(await page.getByRole('button', { name: 'Udgiv', exact: true }).count(), 0)
    const editUrl = page.url()
    await logOutThroughMenu(page)
    await loginThroughForm(page, 'korrektur@vejviser.dk')
    await page.waitForURL('**/editorial')
    await page.goto(editUrl)
    await expectAccessiblePage(page, 'Bestil eller forny pas')

    await page.getByRole('button', { name: 'Udgiv', exact: true }).click()
    const dialog = page.getByRole('dialog', { name: 'Udgiv ny version' })
    await dialog.getByLabel('Hvad er ændret (valgfrit)').fill('Skarpere råd om udløbsdato')
    await assertAccessible(page, 'publish dialog')
    await dialog.getByRole('button', { name: 'Udgiv' }).click()
    await page.getByText('Status: Udgivet · udgivet version 2').waitFor()

    await page.getByRole('link', { name: 'Versionshistorik' }).click()
    await expectAccessiblePage(page, 'Versioner af Bestil eller forny pas')
    const diff = page.locator('ins').first()
    assert.include(await diff.textContent(), 'to')

    const guide = await guideBySlug('pas-bestil')
    await page.goto(`/editorial/guides/${guide.id}/preview?kommune=330`)
    await expectAccessiblePage(page, /som Slagelse viser den/)
    await page.getByText('borgerservice@slagelse.dk').first().waitFor()
  })

  test('the Sorø admin sees the change with its diff and confirms it', async ({ visit }) => {
    await editAndPublish('pas-bestil', (content) => ({
      ...content,
      title: 'Bestil, forny eller erstat pas',
    }))
    const page = await visit('/login')
    await page.setViewportSize(TABLET)
    await loginThroughForm(page, 'admin@soroe.dk')
    await page.waitForURL('**/admin')
    await expectAccessiblePage(page, 'Administration – Sorø')

    await page.goto('/admin/alerts')
    await expectAccessiblePage(page, 'Ændringer at gennemgå')
    const alert = page.getByRole('article').filter({ hasText: 'Bestil, forny eller erstat pas' })
    await alert.getByText('National tekst: version 1 → 2').waitFor()
    await alert.getByRole('button', { name: 'Bekræft – ingen ændring hos os' }).click()
    await page.getByText('Alle jeres tekster bygger på de nyeste versioner.').waitFor()
    await assertAccessible(page, 'alerts after confirming')
  })
})

test.group('Browser: admin supplement, library copy, policy', (group) => {
  isolateEachTest(group)

  test('an admin edits a local supplement with a fee', async ({ visit }) => {
    const page = await visit('/login')
    await page.setViewportSize(TABLET)
    await loginThroughForm(page, 'admin@soroe.dk')
    await page.waitForURL('**/admin')
    await page.goto('/admin/supplements?q=carport')
    await expectAccessiblePage(page, 'Lokale tillæg')
    await page
      .getByRole('link', { name: /carport/i })
      .first()
      .click()
    await expectAccessiblePage(page, /Lokalt tillæg:/)

    await page.getByLabel('Ventetid / sagsbehandlingstid').fill('5 uger')
    await page.getByRole('button', { name: 'Tilføj gebyr' }).click()
    await page.getByLabel('Gebyr for').fill('Byggesagsgebyr')
    await page.getByLabel('Beløb i kr.').fill('1250')
    await page.getByRole('button', { name: 'Gem lokalt tillæg' }).click()
    await page.getByRole('status').getByText('Det lokale tillæg er gemt.').waitFor()
    await page.getByText('Byggesagsgebyr: 1.250,00 kr.').waitFor()
    await assertAccessible(page, 'supplement after save')
  })

  test('an admin copies another kommune’s article and sees its provenance', async ({ visit }) => {
    const page = await visit('/login')
    await page.setViewportSize(TABLET)
    await loginThroughForm(page, 'admin@soroe.dk')
    await page.waitForURL('**/admin')
    await page.goto('/admin/library')
    await expectAccessiblePage(page, 'Andre kommuners artikler')
    const first = page.getByRole('table').getByRole('link').first()
    const title = (await first.textContent())!.trim()
    await first.click()
    await expectAccessiblePage(page, title)
    await page.getByRole('button', { name: 'Kopiér til vores artikler' }).click()
    await expectAccessiblePage(page, title)
    await page
      .getByRole('status')
      .getByText(/er kopieret fra/)
      .waitFor()

    await page.goto('/admin/articles')
    await expectAccessiblePage(page, 'Egne artikler')
    await page.goto('/admin/policy')
    await expectAccessiblePage(page, 'Servicepolitik')
    await page.getByLabel('Pas og kørekort betjenes').uncheck()
    await page.getByRole('button', { name: 'Gem servicepolitik' }).click()
    await page.getByRole('status').getByText('Servicepolitikken er gemt.').waitFor()
  })
})
