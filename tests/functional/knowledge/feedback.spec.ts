import { test } from '@japa/runner'
import type { ApiClient } from '@japa/api-client'
import AuditLog from '#models/audit_log'
import Feedback from '#models/feedback'
import Guide from '#models/guide'
import type Kommune from '#models/kommune'
import { demoUser, kommuneByCode, SLAGELSE, SOROE } from '#tests/helpers/accounts'
import { guideBySlug } from '#tests/helpers/knowledge'
import { drainQueue } from '#tests/helpers/queue'
import { isolateEachTest } from '#tests/helpers/transactions'

const SOROE_STAFF = 'medarbejder@soroe.dk'
const SLAGELSE_STAFF = 'medarbejder@slagelse.dk'
const SOROE_ADMIN = 'admin@soroe.dk'
const SLAGELSE_ADMIN = 'admin@slagelse.dk'
const EDITOR = 'redaktoer@vejviser.dk'

/** A published own article of the kommune (the corpus has some for each demo kommune). */
function ownArticle(kommune: Kommune) {
  return Guide.query()
    .where('kommune_id', kommune.id)
    .withScopes((scopes) => scopes.live())
    .orderBy('id')
    .firstOrFail()
}

/** Posts feedback as `email` the way the form does; returns the response (no redirects followed). */
async function send(
  client: ApiClient,
  email: string,
  guideId: number,
  body: Record<string, string>
) {
  return client
    .post(`/staff/guides/${guideId}/feedback`)
    .form(body)
    .loginAs(await demoUser(email))
    .withCsrfToken()
    .redirects(0)
}

/** Sends valid feedback and returns the row it created. */
async function submit(
  client: ApiClient,
  email: string,
  guideId: number,
  section: string,
  text: string,
  kind = 'error'
) {
  const response = await send(client, email, guideId, { section, kind, text })
  response.assertStatus(302)
  return Feedback.findByOrFail('text', text)
}

async function answer(client: ApiClient, email: string, url: string, body: Record<string, string>) {
  return client
    .put(url)
    .form(body)
    .loginAs(await demoUser(email))
    .withCsrfToken()
    .redirects(0)
}

async function inbox(client: ApiClient, email: string, url: string) {
  const response = await client
    .get(url)
    .loginAs(await demoUser(email))
    .withInertia()
  response.assertStatus(200)
  return response
}

const texts = (response: { inertiaProps: Record<string, any> }) =>
  response.inertiaProps.items.map((item: { text: string }) => item.text) as string[]

test.group('Feedback: submitting and routing', (group) => {
  isolateEachTest(group)

  test('guidance on a national guide goes to the national editors and is audited', async ({
    client,
    assert,
  }) => {
    const guide = await guideBySlug('pas-bestil')
    const soroe = await kommuneByCode(SOROE)
    const staff = await demoUser(SOROE_STAFF)
    const response = await send(client, SOROE_STAFF, guide.id, {
      section: 'guidance',
      kind: 'unclear',
      text: 'Det er uklart, hvor gammelt et pasfoto må være.',
    })
    response.assertStatus(302)
    response.assertFlashMessage('success', 'Tak! Din feedback er sendt.')

    const row = await Feedback.findByOrFail('guide_id', guide.id)
    assert.equal(row.route, 'national')
    assert.equal(row.status, 'open')
    assert.equal(row.kommuneId, soroe.id)
    assert.equal(row.userId, staff.id)
    assert.equal(row.kind, 'unclear')

    await drainQueue()
    const entry = await AuditLog.query()
      .where('action', 'feedback.submitted')
      .where('subject_id', String(row.id))
      .firstOrFail()
    assert.equal(entry.kommuneId, soroe.id)
    assert.equal(entry.userId, staff.id)
  })

  test('the local section of a national guide goes to the kommune admins', async ({
    client,
    assert,
  }) => {
    const guide = await guideBySlug('pas-bestil')
    const row = await submit(client, SOROE_STAFF, guide.id, 'local', 'Gebyret i Sorø er forkert.')
    assert.equal(row.route, 'local')
  })

  test("every section of the kommune's own article goes to its admins", async ({
    client,
    assert,
  }) => {
    const own = await ownArticle(await kommuneByCode(SOROE))
    for (const section of ['guidance', 'steps', 'referral', 'local']) {
      const row = await submit(client, SOROE_STAFF, own.id, section, `Egen artikel: ${section}`)
      assert.equal(row.route, 'local', section)
    }
  })

  test("feedback on another kommune's own article is a 404 and stores nothing", async ({
    client,
    assert,
  }) => {
    const slagelseArticle = await ownArticle(await kommuneByCode(SLAGELSE))
    const response = await send(client, SOROE_STAFF, slagelseArticle.id, {
      section: 'guidance',
      kind: 'error',
      text: 'Dette burde ingen kunne sende.',
    })
    response.assertStatus(404)
    // Invalid input changes nothing: the 404 comes before validation.
    const empty = await send(client, SOROE_STAFF, slagelseArticle.id, {})
    empty.assertStatus(404)
    assert.isNull(await Feedback.findBy('guide_id', slagelseArticle.id))
  })

  test('feedback on a guide that does not exist is a 404', async ({ client }) => {
    const response = await send(client, SOROE_STAFF, 999999, {
      section: 'guidance',
      kind: 'error',
      text: 'Findes ikke.',
    })
    response.assertStatus(404)
  })

  test('invalid feedback is sent back with errors per field', async ({ client, assert }) => {
    const guide = await guideBySlug('pas-bestil')
    const response = await send(client, SOROE_STAFF, guide.id, {
      section: 'preface',
      kind: 'rant',
      text: 'kort',
    })
    response.assertStatus(302)
    const bag = response.flashMessages().inputErrorsBag as Record<string, string[]>
    assert.containsSubset(Object.keys(bag), ['section', 'kind', 'text'])

    const tooLong = await send(client, SOROE_STAFF, guide.id, {
      section: 'guidance',
      kind: 'error',
      text: 'x'.repeat(2001),
    })
    const longBag = tooLong.flashMessages().inputErrorsBag as Record<string, string[]>
    assert.deepEqual(Object.keys(longBag), ['text'])
    assert.isNull(await Feedback.findBy('guide_id', guide.id))
  })

  test('a manager may not send feedback', async ({ client }) => {
    const guide = await guideBySlug('pas-bestil')
    const response = await send(client, 'leder@soroe.dk', guide.id, {
      section: 'guidance',
      kind: 'error',
      text: 'Ledere har ikke adgang.',
    })
    response.assertStatus(403)
  })
})

test.group('Feedback: inboxes and isolation', (group) => {
  isolateEachTest(group)

  /** National and local feedback from both Sorø and Slagelse. */
  async function seed(client: ApiClient) {
    const national = await guideBySlug('pas-bestil')
    return {
      soroeNational: await submit(
        client,
        SOROE_STAFF,
        national.id,
        'steps',
        'Sorø: trin 2 er forældet',
        'outdated'
      ),
      soroeLocal: await submit(
        client,
        SOROE_STAFF,
        national.id,
        'local',
        'Sorø: lokal åbningstid er forkert'
      ),
      slagelseNational: await submit(
        client,
        SLAGELSE_STAFF,
        national.id,
        'guidance',
        'Slagelse: vejledningen er uklar',
        'unclear'
      ),
      slagelseLocal: await submit(
        client,
        SLAGELSE_STAFF,
        national.id,
        'local',
        'Slagelse: lokal tekst mangler gebyr'
      ),
    }
  }

  test('the editors see national feedback from every kommune, never local', async ({
    client,
    assert,
  }) => {
    await seed(client)
    const response = await inbox(client, EDITOR, '/editorial/feedback')
    response.assertInertiaComponent('editorial/feedback')
    const seen = texts(response)
    assert.includeMembers(seen, ['Sorø: trin 2 er forældet', 'Slagelse: vejledningen er uklar'])
    assert.notInclude(seen, 'Sorø: lokal åbningstid er forkert')
    assert.notInclude(seen, 'Slagelse: lokal tekst mangler gebyr')
    assert.equal(response.inertiaProps.counts.open, 2)
    assert.deepEqual(response.inertiaProps.counts, { open: 2, acknowledged: 0, resolved: 0 })
    const kommuner = response.inertiaProps.kommuner.map((k: { code: string }) => k.code)
    assert.sameMembers(kommuner, [SOROE, SLAGELSE])
  })

  test('the editor inbox filters by kommune, kind, section and status', async ({
    client,
    assert,
  }) => {
    const rows = await seed(client)
    const byKommune = await inbox(client, EDITOR, `/editorial/feedback?kommune=${SOROE}`)
    assert.deepEqual(texts(byKommune), ['Sorø: trin 2 er forældet'])

    const byKind = await inbox(client, EDITOR, '/editorial/feedback?kind=unclear')
    assert.deepEqual(texts(byKind), ['Slagelse: vejledningen er uklar'])

    const bySection = await inbox(client, EDITOR, '/editorial/feedback?section=steps')
    assert.deepEqual(texts(bySection), ['Sorø: trin 2 er forældet'])

    await answer(client, EDITOR, `/editorial/feedback/${rows.soroeNational.id}`, {
      status: 'acknowledged',
    })
    const byStatus = await inbox(client, EDITOR, '/editorial/feedback?status=acknowledged')
    assert.deepEqual(texts(byStatus), ['Sorø: trin 2 er forældet'])
    // Counts are per status under the other filters, whatever status is chosen.
    assert.deepEqual(byStatus.inertiaProps.counts, { open: 1, acknowledged: 1, resolved: 0 })

    const unknown = await inbox(client, EDITOR, '/editorial/feedback?status=bogus&kommune=9999')
    assert.lengthOf(texts(unknown), 0)
    assert.equal(unknown.inertiaProps.filters.status, '')
  })

  test("a kommune admin sees only its own kommune's local feedback", async ({ client, assert }) => {
    await seed(client)
    const soroe = await inbox(client, SOROE_ADMIN, '/admin/feedback')
    soroe.assertInertiaComponent('admin/feedback')
    assert.deepEqual(texts(soroe), ['Sorø: lokal åbningstid er forkert'])
    assert.deepEqual(soroe.inertiaProps.counts, { open: 1, acknowledged: 0, resolved: 0 })
    assert.notInclude(JSON.stringify(soroe.inertiaProps), 'Slagelse')

    const slagelse = await inbox(client, SLAGELSE_ADMIN, '/admin/feedback')
    assert.deepEqual(texts(slagelse), ['Slagelse: lokal tekst mangler gebyr'])

    // Even a kommune filter in the URL cannot widen an admin's inbox.
    const widened = await inbox(client, SOROE_ADMIN, `/admin/feedback?kommune=${SLAGELSE}`)
    assert.deepEqual(texts(widened), ['Sorø: lokal åbningstid er forkert'])
  })

  test("another kommune's feedback answers 404 to an admin, and the wrong inbox too", async ({
    client,
    assert,
  }) => {
    const rows = await seed(client)
    const foreign = await answer(client, SLAGELSE_ADMIN, `/admin/feedback/${rows.soroeLocal.id}`, {
      status: 'resolved',
      reply: 'Det burde vi ikke kunne.',
    })
    foreign.assertStatus(404)
    const foreignEmpty = await answer(
      client,
      SLAGELSE_ADMIN,
      `/admin/feedback/${rows.soroeLocal.id}`,
      {}
    )
    foreignEmpty.assertStatus(404)

    // National feedback is the editors', not the kommune admin's.
    const national = await answer(client, SOROE_ADMIN, `/admin/feedback/${rows.soroeNational.id}`, {
      status: 'resolved',
    })
    national.assertStatus(404)
    // And local feedback is not the editors'.
    const local = await answer(client, EDITOR, `/editorial/feedback/${rows.soroeLocal.id}`, {
      status: 'resolved',
    })
    local.assertStatus(404)
    // Staff cannot reach either inbox.
    const staff = await answer(client, SOROE_STAFF, `/admin/feedback/${rows.soroeLocal.id}`, {
      status: 'resolved',
    })
    staff.assertStatus(403)

    await rows.soroeLocal.refresh()
    await rows.soroeNational.refresh()
    assert.equal(rows.soroeLocal.status, 'open')
    assert.isNull(rows.soroeLocal.reply)
    assert.equal(rows.soroeNational.status, 'open')
  })

  test("staff see only their own feedback under 'my feedback'", async ({ client, assert }) => {
    await seed(client)
    const mine = await inbox(client, SOROE_STAFF, '/staff/feedback')
    mine.assertInertiaComponent('staff/feedback')
    assert.sameMembers(texts(mine), [
      'Sorø: trin 2 er forældet',
      'Sorø: lokal åbningstid er forkert',
    ])
    assert.isAbove(mine.inertiaProps.guides.length, 0)
  })
})

test.group('Feedback: answering', (group) => {
  isolateEachTest(group)

  test('open → acknowledged → resolved, with a reply the author then sees', async ({
    client,
    assert,
  }) => {
    const guide = await guideBySlug('pas-bestil')
    const row = await submit(
      client,
      SOROE_STAFF,
      guide.id,
      'referral',
      'Henvisningen peger forkert.'
    )
    const url = `/editorial/feedback/${row.id}`

    const acknowledged = await answer(client, EDITOR, url, { status: 'acknowledged' })
    acknowledged.assertStatus(302)
    acknowledged.assertFlashMessage('success', 'Svaret er gemt.')
    await row.refresh()
    assert.equal(row.status, 'acknowledged')
    assert.isNull(row.reply)

    const resolved = await answer(client, EDITOR, url, {
      status: 'resolved',
      reply: 'Tak, henvisningen er rettet i version 3.',
    })
    resolved.assertStatus(302)
    const editor = await demoUser(EDITOR)
    await row.refresh()
    assert.equal(row.status, 'resolved')
    assert.equal(row.reply, 'Tak, henvisningen er rettet i version 3.')
    assert.equal(row.repliedBy, editor.id)
    assert.isNotNull(row.repliedAt)

    const mine = await inbox(client, SOROE_STAFF, '/staff/feedback')
    const item = mine.inertiaProps.items.find((entry: { id: number }) => entry.id === row.id)
    assert.equal(item.status, 'resolved')
    assert.equal(item.reply, 'Tak, henvisningen er rettet i version 3.')
    assert.isNotNull(item.repliedAt)
  })

  test('open → resolved directly, by the kommune admin on local feedback', async ({
    client,
    assert,
  }) => {
    const own = await ownArticle(await kommuneByCode(SOROE))
    const row = await submit(client, SOROE_STAFF, own.id, 'steps', 'Trin 3 mangler et link.')
    const response = await answer(client, SOROE_ADMIN, `/admin/feedback/${row.id}`, {
      status: 'resolved',
      reply: 'Linket er tilføjet.',
    })
    response.assertStatus(302)
    const admin = await demoUser(SOROE_ADMIN)
    await row.refresh()
    assert.equal(row.status, 'resolved')
    assert.equal(row.repliedBy, admin.id)
  })

  test('a reply alone keeps the status', async ({ client, assert }) => {
    const guide = await guideBySlug('pas-bestil')
    const row = await submit(client, SOROE_STAFF, guide.id, 'guidance', 'Mangler info om børn.')
    await answer(client, EDITOR, `/editorial/feedback/${row.id}`, { reply: 'Vi kigger på det.' })
    await row.refresh()
    assert.equal(row.status, 'open')
    assert.equal(row.reply, 'Vi kigger på det.')
  })

  test('going back is refused with an error on the status field', async ({ client, assert }) => {
    const guide = await guideBySlug('pas-bestil')
    const row = await submit(
      client,
      SOROE_STAFF,
      guide.id,
      'guidance',
      'Forældet oplysning om gebyr.'
    )
    const url = `/editorial/feedback/${row.id}`
    await answer(client, EDITOR, url, { status: 'resolved' })

    for (const status of ['open', 'acknowledged']) {
      const response = await answer(client, EDITOR, url, { status, reply: 'Genåbnet' })
      response.assertStatus(302)
      const bag = response.flashMessages().inputErrorsBag as Record<string, string[]>
      assert.match(bag.status[0], /^Status kan ikke ændres fra Løst til /)
      await row.refresh()
      assert.equal(row.status, 'resolved')
      assert.isNull(row.reply, 'a refused answer stores no reply either')
    }

    const acknowledged = await submit(client, SOROE_STAFF, guide.id, 'steps', 'Trin 1 er uklart.')
    await answer(client, EDITOR, `/editorial/feedback/${acknowledged.id}`, {
      status: 'acknowledged',
    })
    const back = await answer(client, EDITOR, `/editorial/feedback/${acknowledged.id}`, {
      status: 'open',
    })
    assert.property(back.flashMessages().inputErrorsBag, 'status')
    await acknowledged.refresh()
    assert.equal(acknowledged.status, 'acknowledged')
  })

  test('an unknown status or a too long reply is a validation error', async ({
    client,
    assert,
  }) => {
    const guide = await guideBySlug('pas-bestil')
    const row = await submit(client, SOROE_STAFF, guide.id, 'guidance', 'Noget helt andet.')
    const response = await answer(client, EDITOR, `/editorial/feedback/${row.id}`, {
      status: 'closed',
      reply: 'x'.repeat(2001),
    })
    response.assertStatus(302)
    const bag = response.flashMessages().inputErrorsBag as Record<string, string[]>
    assert.sameMembers(Object.keys(bag), ['status', 'reply'])
    await row.refresh()
    assert.equal(row.status, 'open')
  })
})
