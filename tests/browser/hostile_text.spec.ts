import { test } from '@japa/runner'
import type { Page } from 'playwright'
import Feedback from '#models/feedback'
import LocalSupplement from '#models/local_supplement'
import SearchMiss from '#models/search_miss'
import { demoUser, kommuneByCode, SOROE } from '#tests/helpers/accounts'
import { expectAccessiblePage, loginThroughForm, logOutThroughMenu } from '#tests/helpers/browser'
import { asEntities, hostileText } from '#tests/helpers/hostile_strings'
import { guideBySlug } from '#tests/helpers/knowledge'
import { publishOwnArticle } from '#tests/helpers/own_article'
import { drainQueue } from '#tests/helpers/queue'
import { isolateEachTest } from '#tests/helpers/transactions'

/**
 * Pen-test finding: stored text containing `<!--<script>` broke the page
 * JSON in the root template, so editors' pages and public guide pages
 * rendered empty. Every text field that strangers or colleagues fill in is
 * stored with hostile text (through the same HTTP routes people use), then
 * each page must mount and show that text literally.
 */
test.group('Browser: hostile stored text renders literally', (group) => {
  isolateEachTest(group)

  test('search misses, feedback, own articles and supplements', async ({
    client,
    visit,
    assert,
  }) => {
    const admin = await demoUser('admin@soroe.dk')
    const staff = await demoUser('medarbejder@soroe.dk')

    // A citizen (anonymous) reports a search miss through the public API.
    const miss = await client
      .post('/api/v1/kommuner/340/search/misses')
      .json({ q: hostileText('miss'), hits: 0 })
    miss.assertStatus(204)

    // A staff member sends feedback on the local text and on the national text.
    const passport = await guideBySlug('pas-bestil')
    for (const section of ['local', 'guidance']) {
      const sent = await client
        .post(`/staff/guides/${passport.id}/feedback`)
        .json({ section, kind: 'error', text: hostileText(`feedback-${section}`) })
        .loginAs(staff)
        .withCsrfToken()
        .redirects(0)
      sent.assertStatus(302)
    }
    const local = await Feedback.query().where('route', 'local').orderBy('id', 'desc').firstOrFail()
    const answered = await client
      .put(`/admin/feedback/${local.id}`)
      .json({ reply: hostileText('reply') })
      .loginAs(admin)
      .withCsrfToken()
      .redirects(0)
    answered.assertStatus(302)

    // The admin pastes hostile text (as entities) into a supplement and an own article.
    const supplement = await client
      .put(`/admin/supplements/${passport.id}`)
      .json({
        processText: asEntities(hostileText('process')),
        waitingTime: asEntities(hostileText('waiting')),
        fees: [
          { label: asEntities(hostileText('fee')), amountDkk: 100, validFrom: null, validTo: null },
        ],
        contact: {
          unit: asEntities(hostileText('unit')),
          phone: null,
          email: null,
          address: asEntities(hostileText('address')),
          web: null,
          openingHours: asEntities(hostileText('hours')),
        },
      })
      .loginAs(admin)
      .withCsrfToken()
      .redirects(0)
    supplement.assertStatus(302)
    const article = await publishOwnArticle(client, admin, {
      title: 'Fjendtlig tekst',
      summary: asEntities(hostileText('summary')),
      guidance: [asEntities(hostileText('guidance'))],
    })
    await drainQueue()

    // What is stored is the hostile text itself, not an escaped copy.
    const storedMiss = await SearchMiss.query().orderBy('id', 'desc').firstOrFail()
    assert.include(storedMiss.query, '<!--<script>')
    const soroe = await kommuneByCode(SOROE)
    const storedSupplement = await LocalSupplement.query()
      .where('guide_id', passport.id)
      .where('kommune_id', soroe.id)
      .firstOrFail()
    assert.include(storedSupplement.processText!, '<!--<script>')
    assert.include(article.content.summary, '<!--<script>')

    const page = await visit('/login')
    await loginThroughForm(page, 'redaktoer@vejviser.dk')
    await page.waitForURL('**/editorial')
    await page.goto('/editorial/search/misses')
    await expectAccessiblePage(page, 'Søgninger uden svar')
    await assertShows(assert, page, [storedMiss.query])
    await page.goto('/editorial/feedback')
    await expectAccessiblePage(page, /Feedback/)
    await assertShows(assert, page, [hostileText('feedback-guidance')])
    await logOutThroughMenu(page)

    await loginThroughForm(page, 'admin@soroe.dk')
    await page.waitForURL('**/admin')
    await page.goto('/admin/feedback')
    await expectAccessiblePage(page, /Feedback/)
    await assertShows(assert, page, [hostileText('feedback-local'), hostileText('reply')])

    // Citizens' pages: the national guide with the supplement, and the own article.
    await page.goto(`/k/soroe/vejledning/${passport.slug}`)
    await page.getByRole('heading', { level: 1 }).waitFor()
    await assertShows(assert, page, [
      storedSupplement.processText!,
      storedSupplement.waitingTime!,
      storedSupplement.contact!.unit,
    ])
    await page.goto(`/k/soroe/vejledning/${article.slug}`)
    await page.getByRole('heading', { level: 1 }).waitFor()
    await assertShows(assert, page, [article.content.summary, article.content.guidance[0]])
  })
})

/** The page mounted and its text contains each stored value exactly. */
async function assertShows(assert: any, page: Page, texts: string[]) {
  const body = await page.evaluate(() => (globalThis as any).document.body.textContent as string)
  for (const text of texts) assert.include(body, text, `page ${page.url()} shows ${text}`)
}
