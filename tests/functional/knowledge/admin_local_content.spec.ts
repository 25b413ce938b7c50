import { test } from '@japa/runner'
import Guide from '#models/guide'
import LocalSupplement from '#models/local_supplement'
import ServiceArea from '#models/service_area'
import ServicePolicy from '#models/service_policy'
import { mergedGuides } from '#knowledge/merged_guide_service'
import { demoUser, kommuneByCode, SLAGELSE, SOROE } from '#tests/helpers/accounts'
import { editAndPublish, guideBySlug } from '#tests/helpers/knowledge'
import { isolateEachTest } from '#tests/helpers/transactions'

const soroeAdmin = () => demoUser('admin@soroe.dk')

test.group('Admin: local supplements and change alerts', (group) => {
  isolateEachTest(group)

  test('the supplement list shows which national guides have local text', async ({
    client,
    assert,
  }) => {
    const response = await client
      .get('/admin/supplements')
      .loginAs(await soroeAdmin())
      .withInertia()
    response.assertInertiaComponent('admin/supplements')
    assert.equal(response.inertiaProps.counts.total, 80)
    assert.equal(response.inertiaProps.counts.withText, 26)
    assert.equal(response.inertiaProps.counts.needsReview, 0)
  })

  test('saving a supplement stores typed fields and fees with validity dates', async ({
    client,
    assert,
  }) => {
    const guide = await guideBySlug('carport-garage-skur')
    const response = await client
      .put(`/admin/supplements/${guide.id}`)
      .json({
        processText: 'Send ansøgningen via Byg og Miljø.',
        waitingTime: '6 uger',
        fees: [
          {
            label: 'Byggesagsgebyr',
            amountDkk: 1250.5,
            validFrom: '2026-01-01',
            validTo: '2026-12-31',
          },
          {
            label: 'Gammelt gebyr',
            amountDkk: 900,
            validFrom: '2020-01-01',
            validTo: '2020-12-31',
          },
        ],
        contact: {
          unit: 'Byggesag Sorø',
          phone: '+45 57 87 60 00',
          email: 'byg@soroe.dk',
          address: null,
          web: null,
          openingHours: null,
        },
      })
      .loginAs(await soroeAdmin())
      .withCsrfToken()
      .redirects(0)
    response.assertStatus(302)
    const soroe = await kommuneByCode(SOROE)
    const merged = await mergedGuides.find(soroe, 'carport-garage-skur', 'citizen')
    assert.equal(merged!.local!.waitingTime, '6 uger')
    assert.deepEqual(
      merged!.local!.fees.map((fee) => fee.label),
      ['Byggesagsgebyr'],
      'only fees valid today'
    )
    assert.equal(merged!.contact!.unit, 'Byggesag Sorø')
  })

  test('fees whose validity ends before it starts are refused', async ({ client, assert }) => {
    const guide = await guideBySlug('carport-garage-skur')
    const response = await client
      .put(`/admin/supplements/${guide.id}`)
      .json({
        processText: null,
        waitingTime: null,
        contact: null,
        fees: [{ label: 'x', amountDkk: 1, validFrom: '2026-05-01', validTo: '2026-01-01' }],
      })
      .loginAs(await soroeAdmin())
      .withCsrfToken()
      .redirects(0)
    assert.properties(response.flashMessages().inputErrorsBag, ['fees.0.validTo'])
  })

  test('a national publish shows up as an alert with its diff; confirming clears it', async ({
    client,
    assert,
  }) => {
    await editAndPublish('pas-bestil', (content) => ({
      ...content,
      title: 'Bestil, forny eller erstat pas',
    }))
    const guide = await guideBySlug('pas-bestil')
    const alerts = await client
      .get('/admin/alerts')
      .loginAs(await soroeAdmin())
      .withInertia()
    const alert = alerts.inertiaProps.alerts.find(
      (row: { guideId: number }) => row.guideId === guide.id
    )
    assert.equal(alert.type, 'supplement')
    assert.deepEqual([alert.fromVersion, alert.toVersion], [1, 2])
    assert.deepEqual(
      alert.diff.map((field: { field: string }) => field.field),
      ['title']
    )

    const edit = await client
      .get(`/admin/supplements/${guide.id}`)
      .loginAs(await soroeAdmin())
      .withInertia()
    assert.isTrue(edit.inertiaProps.supplement.needsReview)
    assert.lengthOf(edit.inertiaProps.diff, 1)

    await client
      .post(`/admin/supplements/${guide.id}/confirm`)
      .loginAs(await soroeAdmin())
      .withCsrfToken()
    const soroe = await kommuneByCode(SOROE)
    const supplement = await LocalSupplement.query()
      .where('kommune_id', soroe.id)
      .where('guide_id', guide.id)
      .firstOrFail()
    assert.isFalse(supplement.needsReview)
    assert.equal(supplement.basedOnVersion, 2)
    const slagelse = await kommuneByCode(SLAGELSE)
    const theirs = await LocalSupplement.query()
      .where('kommune_id', slagelse.id)
      .where('guide_id', guide.id)
      .firstOrFail()
    assert.isTrue(theirs.needsReview, "confirming in Sorø does not touch Slagelse's supplement")
  })

  test('a supplement can only be written for a published national guide', async ({ client }) => {
    const own = await Guide.query().whereNotNull('kommune_id').firstOrFail()
    const response = await client
      .get(`/admin/supplements/${own.id}`)
      .loginAs(await soroeAdmin())
      .withInertia()
    response.assertStatus(404)
  })
})

test.group('Admin: library of other kommuner and copies', (group) => {
  isolateEachTest(group)

  test('the library lists other kommuner’s published articles, never our own or drafts', async ({
    client,
    assert,
  }) => {
    const soroe = await kommuneByCode(SOROE)
    const response = await client
      .get('/admin/library')
      .loginAs(await soroeAdmin())
      .withInertia()
    const ids = response.inertiaProps.articles.map((row: { id: number }) => row.id)
    const ours = await Guide.query().where('kommune_id', soroe.id)
    assert.isTrue(ours.every((guide) => !ids.includes(guide.id)))
    assert.equal(ids.length, 20, '24 Danish own articles minus Sorø’s 4; Swedish ones are excluded')
  })

  test('copying records source and version; a newer source version flags the copy', async ({
    client,
    assert,
  }) => {
    const slagelse = await kommuneByCode(SLAGELSE)
    const source = await Guide.query().where('kommune_id', slagelse.id).firstOrFail()
    const response = await client
      .post(`/admin/library/${source.id}/copy`)
      .loginAs(await soroeAdmin())
      .withCsrfToken()
      .redirects(0)
    response.assertStatus(302)
    const soroe = await kommuneByCode(SOROE)
    const copy = await Guide.query()
      .where('kommune_id', soroe.id)
      .where('copied_from_guide_id', source.id)
      .firstOrFail()
    assert.equal(copy.copiedFromVersion, 1)
    assert.equal(copy.status, 'draft')
    assert.isTrue(copy.slug.startsWith('soroe-'))
    assert.notMatch(
      JSON.stringify(copy.content.contact ?? {}),
      /slagelse/i,
      "the source kommune's contact is not copied (ours, if set, is)"
    )

    await editAndPublish(source.slug, (content) => ({
      ...content,
      summary: `${content.summary} Opdateret.`,
    }))
    await copy.refresh()
    assert.isTrue(copy.sourceChanged)
    const alerts = await client
      .get('/admin/alerts')
      .loginAs(await soroeAdmin())
      .withInertia()
    const alert = alerts.inertiaProps.alerts.find(
      (row: { guideId: number }) => row.guideId === copy.id
    )
    assert.equal(alert.type, 'copy')
    assert.equal(alert.sourceKommune, 'Slagelse')

    await client
      .post(`/admin/library/copies/${copy.id}/acknowledge`)
      .loginAs(await soroeAdmin())
      .withCsrfToken()
    await copy.refresh()
    assert.isFalse(copy.sourceChanged)
    assert.equal(copy.copiedFromVersion, 2)
  })

  test('a Swedish article cannot be previewed or copied by a Danish kommune', async ({
    client,
  }) => {
    const swedish = await Guide.query().where('country', 'SE').firstOrFail()
    const response = await client
      .post(`/admin/library/${swedish.id}/copy`)
      .loginAs(await soroeAdmin())
      .withCsrfToken()
      .redirects(0)
    response.assertStatus(404)
  })
})

test.group('Admin: service policy', (group) => {
  isolateEachTest(group)

  test('the matrix is saved and an unserved area disappears for citizens', async ({
    client,
    assert,
  }) => {
    const area = await ServiceArea.findByOrFail('slug', 'pas-og-koerekort')
    const page = await client
      .get('/admin/policy')
      .loginAs(await soroeAdmin())
      .withInertia()
    assert.lengthOf(page.inertiaProps.areas, 16)
    const response = await client
      .put('/admin/policy')
      .json({
        areas: [
          {
            serviceAreaId: area.id,
            served: false,
            channels: ['phone'],
            staffScript: 'Henvis til nabokommunen.',
          },
        ],
      })
      .loginAs(await soroeAdmin())
      .withCsrfToken()
      .redirects(0)
    response.assertStatus(302)
    const soroe = await kommuneByCode(SOROE)
    const policy = await ServicePolicy.query()
      .where('kommune_id', soroe.id)
      .where('service_area_id', area.id)
      .firstOrFail()
    assert.isFalse(policy.served)
    assert.deepEqual(policy.channels, [], 'an unserved area offers no channels')
    assert.isNull(await mergedGuides.find(soroe, 'pas-bestil', 'citizen'))
    const slagelse = await kommuneByCode(SLAGELSE)
    assert.isNotNull(await mergedGuides.find(slagelse, 'pas-bestil', 'citizen'))
  })

  test('unknown channels are refused', async ({ client, assert }) => {
    const area = await ServiceArea.firstOrFail()
    const response = await client
      .put('/admin/policy')
      .json({
        areas: [{ serviceAreaId: area.id, served: true, channels: ['fax'], staffScript: null }],
      })
      .loginAs(await soroeAdmin())
      .withCsrfToken()
      .redirects(0)
    assert.properties(response.flashMessages().inputErrorsBag, ['areas.0.channels.0'])
  })
})
