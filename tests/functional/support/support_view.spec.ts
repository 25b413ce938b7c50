import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import Guide from '#models/guide'
import Inquiry from '#models/inquiry'
import KnownIssue from '#models/known_issue'
import { demoUser, kommuneByCode, SLAGELSE, SOROE } from '#tests/helpers/accounts'
import { guideBySlug } from '#tests/helpers/knowledge'
import { isolateEachTest } from '#tests/helpers/transactions'

const soroeStaff = () => demoUser('medarbejder@soroe.dk')
const slagelseStaff = () => demoUser('medarbejder@slagelse.dk')

test.group('Support view: guide page', (group) => {
  isolateEachTest(group)

  test('Sorø and Slagelse staff get their own answer for the same building-permit guide', async ({
    client,
    assert,
  }) => {
    const guide = await guideBySlug('byggetilladelse')
    const soroe = await client
      .get(`/staff/guides/${guide.id}`)
      .loginAs(await soroeStaff())
      .withInertia()
    const slagelse = await client
      .get(`/staff/guides/byggetilladelse`)
      .loginAs(await slagelseStaff())
      .withInertia()
    soroe.assertInertiaComponent('staff/guide')
    slagelse.assertInertiaComponent('staff/guide')
    const soroeGuide = soroe.inertiaProps.guide
    const slagelseGuide = slagelse.inertiaProps.guide
    assert.equal(soroeGuide.content.title, slagelseGuide.content.title)
    assert.include(soroeGuide.contact.email, 'soroe.dk')
    assert.include(slagelseGuide.contact.email, 'slagelse.dk')
    assert.match(soroeGuide.local.processText, /uger/)
    assert.notEqual(soroeGuide.local.processText, slagelseGuide.local.processText)
    assert.isString(soroe.inertiaProps.openedAt)
    // "Local text also in" names the other kommuner only, never the staff member's own.
    const alsoIn = soroe.inertiaProps.localText.map((row: { code: string }) => row.code)
    assert.include(alsoIn, SLAGELSE)
    assert.notInclude(alsoIn, SOROE)
  })

  test("another kommune's own article is a 404 in the support view", async ({ client }) => {
    const slagelse = await kommuneByCode(SLAGELSE)
    const own = await Guide.query().where('kommune_id', slagelse.id).firstOrFail()
    const response = await client
      .get(`/staff/guides/${own.id}`)
      .loginAs(await soroeStaff())
      .withInertia()
    response.assertStatus(404)
    const bySlug = await client
      .get(`/staff/guides/${own.slug}`)
      .loginAs(await soroeStaff())
      .withInertia()
    bySlug.assertStatus(404)
  })

  test('open now is computed from the unit opening hours', async ({ client, assert }) => {
    const response = await client
      .get('/staff/guides/pas-bestil')
      .loginAs(await soroeStaff())
      .withInertia()
    assert.oneOf(response.inertiaProps.openNow, [true, false])
  })
})

test.group('Support view: registering inquiries', (group) => {
  isolateEachTest(group)

  test('registering stores channel, area, outcome and handle time', async ({ client, assert }) => {
    const guide = await guideBySlug('byggetilladelse')
    const startedAt = DateTime.utc().minus({ seconds: 95 }).toISO()
    const response = await client
      .post('/staff/inquiries')
      .json({
        guideId: guide.id,
        serviceArea: null,
        channel: 'phone',
        outcome: 'self_service',
        startedAt,
      })
      .loginAs(await soroeStaff())
      .withCsrfToken()
      .redirects(0)
    response.assertStatus(302)
    const soroe = await kommuneByCode(SOROE)
    const inquiry = await Inquiry.query()
      .where('kommune_id', soroe.id)
      .orderBy('id', 'desc')
      .firstOrFail()
    assert.equal(inquiry.guideId, guide.id)
    assert.equal(
      inquiry.serviceAreaId,
      guide.serviceAreaId,
      'service area prefilled from the guide'
    )
    assert.equal(inquiry.channel, 'phone')
    assert.equal(inquiry.outcome, 'self_service')
    assert.closeTo(inquiry.handleSeconds, 95, 3)
    assert.equal(inquiry.source, 'support_view')
  })

  test('a start time in the future or days ago is clamped', async ({ client, assert }) => {
    const user = await soroeStaff()
    await client
      .post('/staff/inquiries')
      .json({
        guideId: null,
        serviceArea: 'pas-og-koerekort',
        channel: 'in_person',
        outcome: 'answered',
        startedAt: DateTime.utc().minus({ days: 3 }).toISO(),
      })
      .loginAs(user)
      .withCsrfToken()
    const inquiry = await Inquiry.query()
      .where('user_id', user.id)
      .orderBy('id', 'desc')
      .firstOrFail()
    assert.equal(inquiry.handleSeconds, 4 * 3600)
  })

  test("an inquiry on another kommune's own article is refused", async ({ client, assert }) => {
    const slagelse = await kommuneByCode(SLAGELSE)
    const own = await Guide.query().where('kommune_id', slagelse.id).firstOrFail()
    const before = await Inquiry.query().where('guide_id', own.id).count('* as n').first()
    const response = await client
      .post('/staff/inquiries')
      .json({
        guideId: own.id,
        serviceArea: null,
        channel: 'phone',
        outcome: 'answered',
        startedAt: DateTime.utc().toISO(),
      })
      .loginAs(await soroeStaff())
      .withCsrfToken()
      .redirects(0)
    // The id is checked with the kommune's other ids (existsInKommune): a field error, no row.
    assert.properties(response.flashMessages().inputErrorsBag, ['guideId'])
    const after = await Inquiry.query().where('guide_id', own.id).count('* as n').first()
    assert.equal(Number(after?.$extras.n), Number(before?.$extras.n))
  })

  test('invalid channel or outcome is refused', async ({ client, assert }) => {
    const response = await client
      .post('/staff/inquiries')
      .json({
        guideId: null,
        serviceArea: null,
        channel: 'fax',
        outcome: 'maybe',
        startedAt: 'igår',
      })
      .loginAs(await soroeStaff())
      .withCsrfToken()
      .redirects(0)
    assert.properties(response.flashMessages().inputErrorsBag, ['channel', 'outcome', 'startedAt'])
  })

  test('registered inquiries feed recent and most used on the look-up page', async ({
    client,
    assert,
  }) => {
    const user = await soroeStaff()
    const guide = await guideBySlug('tilskud-briller')
    await client
      .post('/staff/inquiries')
      .json({
        guideId: guide.id,
        serviceArea: null,
        channel: 'phone',
        outcome: 'answered',
        startedAt: DateTime.utc().toISO(),
      })
      .loginAs(user)
      .withCsrfToken()
    const page = await client.get('/staff').loginAs(user).withInertia()
    assert.equal(page.inertiaProps.recent[0].id, guide.id)
    assert.equal(page.inertiaProps.mostUsed[0].id, guide.id)
    const other = await client
      .get('/staff')
      .loginAs(await slagelseStaff())
      .withInertia()
    assert.isFalse(other.inertiaProps.mostUsed.some((row: { id: number }) => row.id === guide.id))
  })
})

test.group('Support view: canned answers and known issues', (group) => {
  isolateEachTest(group)

  test('canned answers are searchable', async ({ client, assert }) => {
    const all = await client
      .get('/staff/canned-answers')
      .loginAs(await soroeStaff())
      .withInertia()
    assert.lengthOf(all.inertiaProps.answers, 20)
    const hello = await client
      .get('/staff/canned-answers?q=/hej')
      .loginAs(await soroeStaff())
      .withInertia()
    assert.deepEqual(
      hello.inertiaProps.answers.map((row: { code: string }) => row.code),
      ['/hej']
    )
  })

  test('an editor posts a known issue and every kommune’s staff see it while it is valid', async ({
    client,
    assert,
  }) => {
    const editor = await demoUser('redaktoer@vejviser.dk')
    const now = DateTime.now().setZone('Europe/Copenhagen')
    const response = await client
      .post('/editorial/known-issues')
      .form({
        title: 'MitID er nede',
        message: 'Borgere kan ikke logge ind. Henvis til personligt fremmøde.',
        severity: 'warning',
        startsAt: now.minus({ minutes: 5 }).toFormat("yyyy-MM-dd'T'HH:mm"),
        endsAt: now.plus({ hours: 2 }).toFormat("yyyy-MM-dd'T'HH:mm"),
      })
      .loginAs(editor)
      .withCsrfToken()
      .redirects(0)
    response.assertStatus(302)
    for (const user of [await soroeStaff(), await slagelseStaff()]) {
      const page = await client.get('/staff').loginAs(user).withInertia()
      assert.deepEqual(
        page.inertiaProps.knownIssues.map((issue: { title: string }) => issue.title),
        ['MitID er nede']
      )
    }
    const issue = await KnownIssue.findByOrFail('title', 'MitID er nede')
    await client.post(`/editorial/known-issues/${issue.id}/end`).loginAs(editor).withCsrfToken()
    const after = await client
      .get('/staff')
      .loginAs(await soroeStaff())
      .withInertia()
    assert.lengthOf(after.inertiaProps.knownIssues, 0)
  })
})
