import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import SubmitFeedback from '#actions/feedback/submit_feedback'
import { assertAccessible } from '#tests/helpers/axe'
import { demoUser, kommuneByCode, SLAGELSE, SOROE } from '#tests/helpers/accounts'
import {
  expectAccessiblePage,
  loginThroughForm,
  TABLET,
  logOutThroughMenu,
  followLink,
} from '#tests/helpers/browser'
import { guideBySlug } from '#tests/helpers/knowledge'
import { isolateEachTest } from '#tests/helpers/transactions'
import type { FeedbackKind, FeedbackSection } from '#models/feedback'

const GUIDE_TITLE = 'Bestil eller forny pas'

/** Feedback sent the way the staff form does, without a browser. */
async function seedFeedback(
  email: string,
  code: string,
  section: FeedbackSection,
  text: string,
  kind: FeedbackKind = 'error'
) {
  const submit = await app.container.make(SubmitFeedback)
  const guide = await guideBySlug('pas-bestil')
  return submit.handle({
    kommune: await kommuneByCode(code),
    user: await demoUser(email),
    guideId: guide.id,
    section,
    kind,
    text,
  })
}

test.group('Browser: feedback on guides', (group) => {
  isolateEachTest(group)

  test('a staff member sends feedback and follows it under "Min feedback"', async ({ visit }) => {
    const page = await visit('/login')
    await page.setViewportSize(TABLET)
    await loginThroughForm(page, 'medarbejder@soroe.dk')
    await expectAccessiblePage(page, 'Slå op – Sorø')
    await followLink(page, /^Min feedback/)
    await expectAccessiblePage(page, 'Min feedback')
    await page.getByText('Du har ikke sendt feedback endnu.').waitFor()

    await page.getByLabel('Vejledning', { exact: true }).selectOption({ label: GUIDE_TITLE })
    await page.getByLabel('Afsnit').selectOption({ label: 'Lokal tekst' })
    await page.getByLabel('Slags').selectOption({ label: 'Forældet' })

    // Too short: the error shows at the field and the page stays accessible.
    await page.getByLabel('Din bemærkning').fill('kort')
    await page.getByRole('button', { name: 'Send feedback' }).click()
    await page.getByText('skal være mindst 5 tegn').waitFor()
    await assertAccessible(page, 'feedback form with an error')

    await page.getByLabel('Din bemærkning').fill('Åbningstiden i Sorø er ændret.')
    await page.getByRole('button', { name: 'Send feedback' }).click()
    await page.getByRole('status').getByText('Tak! Din feedback er sendt.').waitFor()
    const row = page.getByRole('row', { name: /Åbningstiden i Sorø er ændret/ })
    await row.getByText('Åben').waitFor()
    await row.getByText('Endnu intet svar.').waitFor()
    await assertAccessible(page, 'my feedback after sending')
  })

  test('a kommune admin filters the inbox, opens a remark and answers it', async ({
    visit,
    assert,
  }) => {
    await seedFeedback('medarbejder@soroe.dk', SOROE, 'local', 'Gebyret i Sorø er 10 kr. for lavt.')
    await seedFeedback(
      'medarbejder@soroe.dk',
      SOROE,
      'guidance',
      'National bemærkning, ikke jeres.'
    )
    await seedFeedback('medarbejder@slagelse.dk', SLAGELSE, 'local', 'Slagelses egen bemærkning.')

    const page = await visit('/login')
    await page.setViewportSize(TABLET)
    await loginThroughForm(page, 'admin@soroe.dk')
    await expectAccessiblePage(page, 'Administration – Sorø')
    await followLink(page, /^Feedback til os/)
    await expectAccessiblePage(page, 'Feedback til os – Sorø')
    await page.getByRole('heading', { level: 2, name: '1 bemærkning' }).waitFor()
    assert.equal(await page.getByText('Slagelses egen bemærkning.').count(), 0)
    assert.equal(await page.getByText('National bemærkning, ikke jeres.').count(), 0)

    const filters = page.getByRole('region', { name: 'Filtrer' })
    await filters.getByLabel('Status', { exact: true }).selectOption({ label: 'Åben (1)' })
    await filters.getByRole('button', { name: 'Vis', exact: true }).click()
    await page.waitForURL(/status=open/)

    const toggle = page.getByRole('button', { name: `Vis feedback om ${GUIDE_TITLE}` })
    await toggle.click()
    await page.getByRole('button', { name: `Skjul feedback om ${GUIDE_TITLE}` }).waitFor()
    const detail = page.getByRole('article', { name: `Feedback om ${GUIDE_TITLE}` })
    await detail.getByText('Gebyret i Sorø er 10 kr. for lavt.').waitFor()
    await assertAccessible(page, 'admin inbox with a remark open')

    await detail.getByLabel('Status', { exact: true }).selectOption({ label: 'Løst' })
    await detail.getByLabel('Svar til medarbejderen').fill('Rettet – tak for det.')
    await detail.getByRole('button', { name: 'Gem svar' }).click()
    await page.getByRole('status').getByText('Svaret er gemt.').waitFor()
    await logOutThroughMenu(page)

    // The author reads the reply.
    await loginThroughForm(page, 'medarbejder@soroe.dk')
    await expectAccessiblePage(page, 'Slå op – Sorø')
    await followLink(page, /^Min feedback/)
    await expectAccessiblePage(page, 'Min feedback')
    const row = page.getByRole('row', { name: /Gebyret i Sorø er 10 kr\. for lavt\./ })
    await row.getByText('Rettet – tak for det.').waitFor()
    await row.getByText('Løst').waitFor()
  })

  test('the editors see national feedback from every kommune and filter by kommune', async ({
    visit,
    assert,
  }) => {
    await seedFeedback(
      'medarbejder@soroe.dk',
      SOROE,
      'steps',
      'Trin 2 nævner et gammelt skema.',
      'outdated'
    )
    await seedFeedback(
      'medarbejder@slagelse.dk',
      SLAGELSE,
      'guidance',
      'Vejledningen om børn er uklar.',
      'unclear'
    )
    await seedFeedback('medarbejder@slagelse.dk', SLAGELSE, 'local', 'Lokal, ikke redaktionens.')

    const page = await visit('/login')
    await page.setViewportSize(TABLET)
    await loginThroughForm(page, 'redaktoer@vejviser.dk')
    await expectAccessiblePage(page, 'National redaktion')
    await followLink(page, /^Feedback( \d+ nye?)?$/)
    await expectAccessiblePage(page, 'Feedback fra kommunerne')
    await page.getByRole('heading', { level: 2, name: '2 bemærkninger' }).waitFor()
    assert.equal(await page.getByText('Lokal, ikke redaktionens.').count(), 0)

    const filters = page.getByRole('region', { name: 'Filtrer' })
    await filters.getByLabel('Kommune', { exact: true }).selectOption({ label: 'Slagelse' })
    await filters.getByRole('button', { name: 'Vis', exact: true }).click()
    await page.getByRole('heading', { level: 2, name: '1 bemærkning' }).waitFor()
    await page.getByRole('button', { name: `Vis feedback om ${GUIDE_TITLE}` }).click()
    await page.getByText('Vejledningen om børn er uklar.').waitFor()
    await assertAccessible(page, 'editor inbox filtered, a remark open')
  })
})
