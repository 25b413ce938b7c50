import { test } from '@japa/runner'
import ChannelConnection from '#models/channel_connection'
import Feedback from '#models/feedback'
import Guide from '#models/guide'
import { localizeCopy } from '#knowledge/localize_copy'
import type { CopyReview } from '#transformers/everyday_types'
import { demoUser, kommuneByCode, SLAGELSE, SOROE } from '#tests/helpers/accounts'
import { editAndPublish, guideBySlug } from '#tests/helpers/knowledge'
import { enableSms } from '#tests/helpers/sms_connection'
import { isolateEachTest } from '#tests/helpers/transactions'

const soroeAdmin = () => demoUser('admin@soroe.dk')

test.group('Everyday admin: policy warnings, to-do start page, copies, 404', (group) => {
  isolateEachTest(group)

  test('the policy page says which offered channels have no enabled connection', async ({
    client,
    assert,
  }) => {
    const soroe = await kommuneByCode(SOROE)
    await ChannelConnection.query().where('kommune_id', soroe.id).where('plugin_id', 'sms').delete()
    const before = await client
      .get('/admin/policy')
      .loginAs(await soroeAdmin())
      .withInertia()
    assert.notInclude(before.inertiaProps.readyChannels, 'sms')
    assert.includeMembers(before.inertiaProps.readyChannels, ['phone', 'in_person'])
    const start = await client
      .get('/admin')
      .loginAs(await soroeAdmin())
      .withInertia()
    assert.include(start.inertiaProps.todo.policyGaps, 'sms')

    await enableSms(soroe)
    const after = await client
      .get('/admin/policy')
      .loginAs(await soroeAdmin())
      .withInertia()
    assert.include(after.inertiaProps.readyChannels, 'sms')
    const startAfter = await client
      .get('/admin')
      .loginAs(await soroeAdmin())
      .withInertia()
    assert.notInclude(startAfter.inertiaProps.todo.policyGaps, 'sms')
  })

  test('the admin start page is a to-do list: alerts, feedback and badges', async ({
    client,
    assert,
  }) => {
    await editAndPublish('pas-bestil', (content) => ({ ...content, title: 'Bestil pas' }))
    const soroe = await kommuneByCode(SOROE)
    const guide = await guideBySlug('pas-bestil')
    const staff = await demoUser('medarbejder@soroe.dk')
    await Feedback.create({
      kommuneId: soroe.id,
      userId: staff.id,
      guideId: guide.id,
      section: 'local',
      kind: 'error',
      text: 'Åbningstiden er forkert.',
      route: 'local',
      status: 'open',
    })
    const response = await client
      .get('/admin')
      .loginAs(await soroeAdmin())
      .withInertia()
    response.assertInertiaComponent('admin/start')
    const { todo } = response.inertiaProps
    assert.isAtLeast(todo.alerts.count, 1)
    assert.include(todo.alerts.titles, 'Bestil pas')
    assert.isAtLeast(todo.feedback.count, 1)
    assert.notProperty(response.inertiaProps, 'audit')
    const nav = response.inertiaProps.nav as { href: string; count?: number }[]
    assert.isAtLeast(nav.find((item) => item.href === '/admin/alerts')!.count!, 1)
    assert.isAtLeast(nav.find((item) => item.href === '/admin/feedback')!.count!, 1)
  })

  test('a copy gets our name in title, keywords, texts and links, with a review prompt', async ({
    client,
    assert,
  }) => {
    const slagelse = await kommuneByCode(SLAGELSE)
    const soroe = await kommuneByCode(SOROE)
    const source = await Guide.query().where('kommune_id', slagelse.id).firstOrFail()
    source.content = {
      ...source.content,
      title: 'Affald i Slagelse',
      keywords: ['slagelse', 'affald'],
      summary: 'Slagelses genbrugspladser. Skriv til affald@slagelse.dk.',
      selfService: { name: 'Slagelse Kommune', url: 'https://www.slagelse.dk/affald' },
    }
    await source.save()
    await editAndPublish(source.slug, (content) => content)

    const response = await client
      .post(`/admin/library/${source.id}/copy`)
      .loginAs(await soroeAdmin())
      .withCsrfToken()
      .redirects(0)
    response.assertStatus(302)
    const copy = await Guide.query()
      .where('kommune_id', soroe.id)
      .where('copied_from_guide_id', source.id)
      .firstOrFail()
    assert.equal(copy.title, 'Affald i Sorø')
    assert.deepEqual(copy.content.keywords, ['sorø', 'affald'])
    assert.equal(copy.content.summary, 'Sorøs genbrugspladser. Skriv til affald@soroe.dk.')
    assert.deepEqual(copy.content.selfService, {
      name: 'Sorø Kommune',
      url: 'https://www.soroe.dk/affald',
    })

    // The editor it redirects to reads this flash once (guide_editing_controller's copyReview prop).
    const review = response.flashMessages().copyReview as unknown as CopyReview
    assert.equal(review.from, 'Slagelse')
    assert.equal(review.to, 'Sorø')
    assert.isAtLeast(review.count, 5)
    assert.includeMembers(review.fields, ['title', 'keywords', 'summary', 'selfService'])
  })

  test('renaming leaves other words and storage keys alone', async ({ assert }) => {
    const slagelse = await kommuneByCode(SLAGELSE)
    const soroe = await kommuneByCode(SOROE)
    const guide = await guideBySlug('pas-bestil')
    const { content, count } = localizeCopy(
      {
        ...guide.content,
        title: 'Slagelsevej og Nyslagelse',
        steps: [
          { title: 'Slagelse', text: '', screenshotPath: 'slagelse/1.png', screenshotAlt: '' },
        ],
      },
      slagelse,
      soroe
    )
    assert.equal(content.title, 'Slagelsevej og Nyslagelse')
    assert.equal(content.steps[0].title, 'Sorø')
    assert.equal(content.steps[0].screenshotPath, 'slagelse/1.png')
    assert.equal(count, 1)
  })

  test('a second editor publishes; the change note travels with the alert', async ({
    client,
    assert,
  }) => {
    const guide = await guideBySlug('pas-bestil')
    const author = await demoUser('redaktoer@vejviser.dk')
    guide.merge({ status: 'review', submittedBy: author.id, updatedBy: author.id })
    await guide.save()
    const published = await client
      .post(`/editorial/guides/${guide.id}/publish`)
      .form({ changeNote: 'Nyt om udløbsdato' })
      .loginAs(await demoUser('korrektur@vejviser.dk'))
      .withCsrfToken()
      .redirects(0)
    published.assertStatus(302)
    const alerts = await client
      .get('/admin/alerts')
      .loginAs(await soroeAdmin())
      .withInertia()
    const alert = alerts.inertiaProps.alerts.find(
      (row: { guideId: number }) => row.guideId === guide.id
    )
    assert.deepEqual(alert.changeNotes, [{ version: 2, note: 'Nyt om udløbsdato' }])

    const queue = await client.get('/editorial').loginAs(author).withInertia()
    assert.equal(queue.inertiaProps.queue.toApprove.count, 0)
  })

  test('an unknown address inside /admin is a 404 that keeps the menu', async ({
    client,
    assert,
  }) => {
    const response = await client
      .get('/admin/findes-ikke/heller-ikke')
      .loginAs(await soroeAdmin())
      .withInertia()
    response.assertStatus(404)
    response.assertInertiaComponent('errors/error')
    const hrefs = (response.inertiaProps.nav as { href: string }[]).map((item) => item.href)
    assert.include(hrefs, '/admin/alerts')

    const staff = await client
      .get('/admin/findes-ikke')
      .loginAs(await demoUser('medarbejder@soroe.dk'))
      .withInertia()
    staff.assertStatus(404)
    const guest = await client.get('/admin/findes-ikke')
    guest.assertStatus(404)
    const real = await client
      .get('/admin/channels')
      .loginAs(await soroeAdmin())
      .withInertia()
    real.assertStatus(200)
  })

  test('phone and chat opening hours are structured form fields, stored as before', async ({
    client,
    assert,
  }) => {
    const soroe = await kommuneByCode(SOROE)
    let connection = await ChannelConnection.query()
      .where('kommune_id', soroe.id)
      .where('plugin_id', 'phone_callback')
      .first()
    if (!connection) {
      connection = await ChannelConnection.create({
        kommuneId: soroe.id,
        pluginId: 'phone_callback',
        enabled: false,
      })
    }
    const page = await client
      .get(`/admin/channels/${connection.id}`)
      .loginAs(await soroeAdmin())
      .withInertia()
    const field = page.inertiaProps.fields.find((f: { key: string }) => f.key === 'openingHours')
    assert.equal(field.type, 'weekly_hours')
    assert.equal(field.label, 'Telefonens åbningstider')

    const refused = await client
      .put(`/admin/channels/${connection.id}`)
      .json({ openingHours: '{"mon":["15:00","08:00"]}' })
      .loginAs(await soroeAdmin())
      .withCsrfToken()
      .redirects(0)
    const errors = refused.flashMessages().inputErrorsBag as Record<string, string[]>
    assert.match(String(errors.openingHours), /Telefonens åbningstider: hver åben dag/)

    const ok = await client
      .put(`/admin/channels/${connection.id}`)
      .json({ openingHours: '{"mon":["08:00","15:00"],"fri":["08:00","13:00"]}' })
      .loginAs(await soroeAdmin())
      .withCsrfToken()
      .redirects(0)
    ok.assertStatus(302)
    await connection.refresh()
    assert.deepEqual(JSON.parse(String(connection.readSettings().openingHours)), {
      mon: ['08:00', '15:00'],
      fri: ['08:00', '13:00'],
    })
  })
})
