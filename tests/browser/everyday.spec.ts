import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import type { Page } from 'playwright'
import ChannelConnection from '#models/channel_connection'
import { seedDemoReach } from '#database/demo/demo_reach'
import { assertAccessible } from '#tests/helpers/axe'
import { enableSms } from '#tests/helpers/sms_connection'
import { kommuneByCode, demoUser, SOROE } from '#tests/helpers/accounts'
import {
  expectAccessiblePage,
  loginThroughForm,
  logOutThroughMenu,
  openAccountMenu,
  TABLET,
} from '#tests/helpers/browser'
import { guideBySlug } from '#tests/helpers/knowledge'
import { isolateEachTest } from '#tests/helpers/transactions'

const DESKTOP = { width: 1280, height: 900 }

for (const [name, viewport] of [
  ['768 px', TABLET],
  ['1280 px', DESKTOP],
] as const) {
  test.group(`Browser: everyday admin and editorial at ${name}`, (group) => {
    isolateEachTest(group)

    test('admin: to-do start page, policy warning, structured hours, 404 keeps the menu', async ({
      visit,
      assert,
    }) => {
      const soroe = await kommuneByCode(SOROE)
      await ChannelConnection.query()
        .where('kommune_id', soroe.id)
        .where('plugin_id', 'sms')
        .delete()
      const page = await visit('/login')
      await page.setViewportSize(viewport)
      await loginThroughForm(page, 'admin@soroe.dk')
      await expectAccessiblePage(page, 'Administration – Sorø')
      await page.getByRole('heading', { level: 2, name: 'Det skal gøres' }).waitFor()
      await page
        .getByText('Servicepolitikken tilbyder SMS, men kanalen er ikke slået til.')
        .waitFor()

      await page.goto('/admin/policy')
      await expectAccessiblePage(page, 'Servicepolitik')
      await page.getByRole('heading', { name: 'Kanaler uden forbindelse' }).waitFor()
      assert.include(await page.locator('.notice--warning').textContent(), 'SMS')

      await page.goto('/admin/channels')
      await page.getByRole('heading', { level: 1 }).waitFor()
      const existing = await ChannelConnection.query()
        .where('kommune_id', soroe.id)
        .where('plugin_id', 'phone_callback')
        .first()
      const connection =
        existing ??
        (await ChannelConnection.create({
          kommuneId: soroe.id,
          pluginId: 'phone_callback',
          enabled: false,
        }))
      await page.goto(`/admin/channels/${connection.id}`)
      const hours = page.getByRole('group', { name: 'Telefonens åbningstider' })
      await hours.waitFor()
      await hours.getByRole('checkbox', { name: 'Åben mandag' }).check()
      await hours.getByLabel('mandag åbner').fill('08:30')
      await hours.getByLabel('mandag lukker').fill('15:00')
      await hours.getByRole('checkbox', { name: 'Åben fredag' }).check()
      await hours.getByLabel('fredag lukker').fill('13:00')
      await assertAccessible(page, `structured opening hours at ${name}`)
      await page.getByRole('button', { name: 'Gem indstillinger' }).click()
      await page.getByRole('status').getByText('Indstillingerne er gemt.').waitFor()
      await connection.refresh()
      assert.deepEqual(JSON.parse(String(connection.readSettings().openingHours)), {
        mon: ['08:30', '15:00'],
        fri: ['08:00', '13:00'],
      })

      await page.goto('/admin/findes-ikke')
      await expectAccessiblePage(page, 'Siden findes ikke')
      assert.isTrue(
        await page
          .getByRole('navigation', { name: 'Hovednavigation' })
          .getByRole('link', { name: 'Administration' })
          .isVisible()
      )
    })

    test('a second editor approves; the author cannot; Sorø sees the change note', async ({
      visit,
      assert,
    }) => {
      const guide = await guideBySlug('pas-bestil')
      const author = await demoUser('redaktoer@vejviser.dk')
      guide.merge({ status: 'review', submittedBy: author.id, updatedBy: author.id })
      guide.content = { ...guide.content, title: 'Bestil, forny eller erstat pas' }
      await guide.save()

      const page = await visit('/login')
      await page.setViewportSize(viewport)
      await loginThroughForm(page, 'redaktoer@vejviser.dk')
      await expectAccessiblePage(page, 'National redaktion')
      await page.getByRole('heading', { name: 'Dine tekster hos en anden redaktør' }).waitFor()
      await logOutThroughMenu(page)

      await loginThroughForm(page, 'korrektur@vejviser.dk')
      await expectAccessiblePage(page, 'National redaktion')
      const queue = page.getByRole('region', { name: 'Til godkendelse' })
      await queue.getByRole('link', { name: 'Bestil, forny eller erstat pas' }).click()
      await expectAccessiblePage(page, 'Bestil, forny eller erstat pas')
      await page.getByRole('button', { name: 'Udgiv', exact: true }).click()
      const dialog = page.getByRole('dialog', { name: 'Udgiv ny version' })
      await dialog.getByLabel('Hvad er ændret (valgfrit)').fill('Nyt navn: erstat også pas')
      await dialog.getByRole('button', { name: 'Udgiv' }).click()
      await page.getByText('Status: Udgivet · udgivet version 2').waitFor()
      await logOutThroughMenu(page)

      await loginThroughForm(page, 'admin@soroe.dk')
      await expectAccessiblePage(page, 'Administration – Sorø')
      const alertsLink = page.getByRole('link', { name: /Ændringer/ }).first()
      if (await alertsLink.isVisible()) {
        assert.match((await alertsLink.textContent()) ?? '', /\d+ nye?/)
      }
      await page.goto('/admin/alerts')
      await expectAccessiblePage(page, 'Ændringer at gennemgå')
      await page.getByText('Nyt navn: erstat også pas').waitFor()
      await page.getByRole('heading', { name: 'Redaktionens note om ændringen' }).first().waitFor()
    })
  })
}

const ENGLISH =
  /\b(the|and|with|your|please|must|should|cannot|which|this|that|these|been|has|not|are|was|were|will|you|from|imported|unreachable|failed|required|settings|loading|save|cancel|delete|submit|search|edit)\b/i

/**
 * Words of the page that read as English, with some context: the visible
 * text, what a screen reader says instead (aria-label, alt, placeholder,
 * title), the document's title, and inside shadow roots (the widget).
 */
async function englishOn(page: Page) {
  const raw = await page.evaluate(() => {
    const doc = (globalThis as any).document
    const texts: string[] = [doc.title]
    const read = (root: any) => {
      for (const el of root.querySelectorAll('*')) {
        for (const name of ['aria-label', 'alt', 'placeholder', 'title']) {
          if (el.getAttribute(name)) texts.push(el.getAttribute(name))
        }
        if (!el.shadowRoot) continue
        for (const child of el.shadowRoot.children) {
          if (!['STYLE', 'SCRIPT', 'LINK'].includes(child.tagName)) texts.push(child.innerText)
        }
        read(el.shadowRoot)
      }
    }
    read(doc)
    return [doc.body.innerText, ...texts].join('\n')
  })
  // Addresses are not language: drop URLs, e-mail addresses and file names before reading.
  const text = raw.replace(/\S*[/@]\S*|\S+\.(dk|se|com|org|pdf|png)\b/gi, ' ')
  const found: string[] = []
  const pattern = new RegExp(ENGLISH.source, 'gi')
  for (const match of text.matchAll(pattern)) {
    found.push(text.slice(Math.max(0, match.index! - 30), match.index! + 30).replace(/\s+/g, ' '))
  }
  return found
}

test.group('Browser: no English in the Danish UI; Swedish formats in Swedish', (group) => {
  isolateEachTest(group)

  test('every staff, admin, editor and manager page reads Danish', async ({ visit, assert }) => {
    const guide = await guideBySlug('pas-bestil')
    const roles: [string, string[]][] = [
      [
        'admin@soroe.dk',
        [
          '/admin',
          '/admin/alerts',
          '/admin/supplements',
          '/admin/articles',
          '/admin/library',
          '/admin/policy',
          '/admin/citizen-pages',
          '/admin/feedback',
          '/admin/channels',
        ],
      ],
      [
        'medarbejder@soroe.dk',
        [
          '/staff',
          `/staff/guides/${guide.id}`,
          '/staff/conversations',
          // (canned answers are staff-written texts; the demo has an English one to offer citizens)
          '/staff/feedback',
          '/staff/callbacks',
        ],
      ],
      [
        'redaktoer@vejviser.dk',
        [
          '/editorial',
          '/editorial/guides',
          `/editorial/guides/${guide.id}/edit`,
          `/editorial/guides/${guide.id}/versions`,
          '/editorial/search/synonyms',
          '/editorial/search/misses',
          '/editorial/known-issues',
          '/editorial/feedback',
          '/editorial/links',
        ],
      ],
      ['leder@soroe.dk', ['/stats']],
    ]
    const page = await visit('/login')
    await page.setViewportSize(DESKTOP)
    const offenders: string[] = []
    for (const [email, urls] of roles) {
      await loginThroughForm(page, email)
      await page.waitForURL((url) => !url.pathname.startsWith('/login'))
      for (const url of urls) {
        await page.goto(url)
        await page.getByRole('heading', { level: 1 }).first().waitFor()
        for (const words of await englishOn(page)) offenders.push(`${url}: …${words}…`)
      }
      await logOutThroughMenu(page)
      await page.getByRole('heading', { level: 1, name: 'Log ind' }).waitFor()
    }
    assert.deepEqual(offenders, [], `English in the Danish UI:\n${offenders.join('\n')}`)
  })

  test('every citizen page and the widget on the demo page read Danish', async ({
    visit,
    assert,
  }) => {
    await seedDemoReach()
    await enableSms(await kommuneByCode(SOROE))
    const page = await visit('/k/soroe')
    await page.setViewportSize(DESKTOP)
    const offenders: string[] = []
    const scan = async (where: string) => {
      for (const words of await englishOn(page)) offenders.push(`${where}: …${words}…`)
    }
    for (const url of [
      '/k/soroe',
      '/k/soroe/omraade/byggeri-og-bolig',
      '/k/soroe/vejledning/byggetilladelse',
      '/k/soroe/vejledning/pas-bestil',
      '/k/soroe/soeg?q=byggetilladelse',
      '/k/soroe/soeg?q=xyzzy',
      '/k/soroe/faq',
      '/k/soroe/artikler',
      '/k/soroe/tilgaengelighed',
      '/k/slagelse',
    ]) {
      await page.goto(url)
      await page.getByRole('heading', { level: 1 }).first().waitFor()
      await scan(url)
    }
    // A refused form answers in Danish too (an impossible callback window).
    await page.goto('/k/soroe/vejledning/byggetilladelse')
    let day = DateTime.now().setZone('Europe/Copenhagen').plus({ days: 1 })
    while (day.weekday > 5) day = day.plus({ days: 1 })
    await page.locator('#cb-phone').fill('12')
    await page.locator('#cb-date').fill(day.toISODate()!)
    await page.locator('#cb-from').fill('10:00')
    await page.locator('#cb-to').fill('11:00')
    await page.locator('#cb-phone').press('Enter')
    await page.locator('#callback-error').waitFor()
    await page.getByRole('heading', { level: 1 }).first().waitFor()
    await scan('callback refused')

    await page.goto('/demo/widget/340')
    await page.getByRole('button', { name: 'Få hjælp' }).click()
    await scan('widget opened')
    await page.getByLabel('Søg i vejledningen').fill('byggetilladelse')
    const hit = page.getByRole('button', { name: /byggetilladelse/i }).first()
    await hit.waitFor()
    await scan('widget results')
    await hit.click()
    await page.getByText('ca. 7 uger').waitFor()
    await scan('widget answer')
    await page.getByRole('button', { name: 'Send' }).click()
    await scan('widget callback refused')
    assert.deepEqual(offenders, [], `English on the Danish citizen pages:\n${offenders.join('\n')}`)
  })

  test('the Swedish UI writes dates the Swedish way; kroner stay kroner', async ({
    visit,
    assert,
  }) => {
    const page = await visit('/login')
    await page.setViewportSize(TABLET)
    await loginThroughForm(page, 'redaktoer@vejviser.dk')
    await expectAccessiblePage(page, 'National redaktion')
    const guide = await guideBySlug('pas-bestil')
    await page.goto(`/editorial/guides/${guide.id}/versions`)
    await page.getByRole('heading', { level: 1 }).waitFor()
    const danish = await page.locator('main').innerText()
    assert.match(
      danish,
      /\d{1,2}\. (januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december) \d{4}|\d{1,2}\.\d{1,2}\.\d{4}/
    )

    await openAccountMenu(page)
    await page.getByRole('button', { name: 'Svenska' }).click()
    await page.waitForFunction(() => (globalThis as any).document.documentElement.lang === 'sv')
    await page.getByRole('heading', { level: 1 }).waitFor()
    const swedish = await page.locator('main').innerText()
    assert.notMatch(
      swedish,
      /\d{1,2}\. (januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)/
    )
    assert.notMatch(swedish, /\b\d{1,2}\.\d{1,2}\.\d{4}\b/, 'no Danish dd.mm.yyyy in Swedish')
    await assertAccessible(page, 'versions in Swedish')
    await openAccountMenu(page)
    await page.getByRole('button', { name: 'Dansk' }).click()
    await page.waitForFunction(() => (globalThis as any).document.documentElement.lang === 'da')
  })
})
