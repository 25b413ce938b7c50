import { test } from '@japa/runner'
import { readFile } from 'node:fs/promises'
import Guide from '#models/guide'
import GuideVersion from '#models/guide_version'
import LocalSupplement from '#models/local_supplement'
import { demoUser } from '#tests/helpers/accounts'
import { guideBySlug } from '#tests/helpers/knowledge'
import { isolateEachTest } from '#tests/helpers/transactions'

async function editor() {
  return demoUser('redaktoer@vejviser.dk')
}

/** The second pair of eyes: publishes what the first editor wrote. */
async function approver() {
  return demoUser('korrektur@vejviser.dk')
}

/** The editor posts the whole content back, as the form does. */
function payload(guide: Guide, change: Partial<Guide['content']> = {}) {
  return { content: { ...guide.content, ...change }, reviewDueAt: null }
}

test.group('Editorial: national guides', (group) => {
  isolateEachTest(group)

  test('lists, filters and searches national guides and FAQ', async ({ client, assert }) => {
    const all = await client
      .get('/editorial/guides')
      .loginAs(await editor())
      .withInertia()
    all.assertInertiaComponent('knowledge/guide_list')
    assert.lengthOf(all.inertiaProps.guides, 95)
    assert.equal(all.inertiaProps.counts.published, 95)

    const faq = await client
      .get('/editorial/guides?kind=faq')
      .loginAs(await editor())
      .withInertia()
    assert.lengthOf(faq.inertiaProps.guides, 15)
    const search = await client
      .get('/editorial/guides?q=pas')
      .loginAs(await editor())
      .withInertia()
    assert.isTrue(
      search.inertiaProps.guides.every((row: { title: string }) => /pas/i.test(row.title))
    )
    const area = await client
      .get('/editorial/guides?area=pas-og-koerekort')
      .loginAs(await editor())
      .withInertia()
    assert.isTrue(
      area.inertiaProps.guides.every(
        (row: { serviceArea: string }) => row.serviceArea === 'pas-og-koerekort'
      )
    )
  })

  test('edit → submit → publish creates version 2 and raises needs review on its supplements', async ({
    client,
    assert,
  }) => {
    const guide = await guideBySlug('pas-bestil')
    const user = await editor()
    const saved = await client
      .put(`/editorial/guides/${guide.id}`)
      .json(
        payload(guide, {
          guidance: [...guide.content.guidance, 'Husk at tjekke udløbsdatoen.<script>x</script>'],
        })
      )
      .loginAs(user)
      .withCsrfToken()
      .redirects(0)
    saved.assertStatus(302)
    await guide.refresh()
    assert.equal(guide.status, 'draft')
    assert.equal(
      guide.content.guidance.at(-1),
      'Husk at tjekke udløbsdatoen.x',
      'markup is stripped'
    )
    assert.equal(guide.currentVersion, 1, 'saving does not publish')

    const premature = await client
      .post(`/editorial/guides/${guide.id}/publish`)
      .loginAs(user)
      .withCsrfToken()
      .redirects(0)
    premature.assertStatus(422)

    await client
      .post(`/editorial/guides/${guide.id}/submit`)
      .loginAs(user)
      .withCsrfToken()
      .redirects(0)
    const own = await client
      .post(`/editorial/guides/${guide.id}/publish`)
      .form({ changeNote: 'Nyt råd om udløbsdato' })
      .loginAs(user)
      .withCsrfToken()
      .redirects(0)
    own.assertStatus(302)
    await guide.refresh()
    assert.equal(guide.status, 'review', 'the author cannot approve their own text')
    const second = await approver()
    const published = await client
      .post(`/editorial/guides/${guide.id}/publish`)
      .form({ changeNote: 'Nyt råd om udløbsdato' })
      .loginAs(second)
      .withCsrfToken()
      .redirects(0)
    published.assertStatus(302)
    await guide.refresh()
    assert.equal(guide.currentVersion, 2)
    assert.equal(guide.status, 'published')
    const version = await GuideVersion.query()
      .where('guide_id', guide.id)
      .where('version', 2)
      .firstOrFail()
    assert.equal(version.publishedBy, second.id)
    assert.equal(version.changeNote, 'Nyt råd om udløbsdato')

    const supplements = await LocalSupplement.query().where('guide_id', guide.id)
    assert.isAbove(supplements.length, 0)
    assert.isTrue(supplements.every((row) => row.needsReview))
    const elsewhere = await LocalSupplement.query()
      .whereNot('guide_id', guide.id)
      .where('needs_review', 1)
    assert.lengthOf(elsewhere, 0)
  })

  test('the version history shows a readable diff between two versions', async ({
    client,
    assert,
  }) => {
    const guide = await guideBySlug('noedpas')
    const user = await editor()
    await client
      .put(`/editorial/guides/${guide.id}`)
      .json(payload(guide, { title: 'Nødpas ved akut rejse' }))
      .loginAs(user)
      .withCsrfToken()
    await client.post(`/editorial/guides/${guide.id}/submit`).loginAs(user).withCsrfToken()
    await client
      .post(`/editorial/guides/${guide.id}/publish`)
      .loginAs(await approver())
      .withCsrfToken()
    const history = await client
      .get(`/editorial/guides/${guide.id}/versions?from=1&to=2`)
      .loginAs(user)
      .withInertia()
    history.assertInertiaComponent('knowledge/guide_versions')
    assert.lengthOf(history.inertiaProps.versions, 2)
    assert.deepEqual(
      history.inertiaProps.diff.map((field: { field: string }) => field.field),
      ['title']
    )
  })

  test('invalid content is refused with field errors and nothing is saved', async ({
    client,
    assert,
  }) => {
    const guide = await guideBySlug('pas-bestil')
    const response = await client
      .put(`/editorial/guides/${guide.id}`)
      .json(payload(guide, { title: '', selfService: { name: 'x', url: 'ikke-en-url' } }))
      .loginAs(await editor())
      .withCsrfToken()
      .redirects(0)
    response.assertStatus(302)
    const errors = response.flashMessages().inputErrorsBag as Record<string, string[]>
    assert.properties(errors, ['content.title', 'content.selfService.url'])
    await guide.refresh()
    assert.equal(guide.title, 'Bestil eller forny pas')
  })

  test('a new draft gets a unique ASCII slug and is invisible to readers until published', async ({
    client,
    assert,
  }) => {
    const response = await client
      .post('/editorial/guides')
      .form({ title: 'Bestil eller forny pas', kind: 'guide' })
      .loginAs(await editor())
      .withCsrfToken()
      .redirects(0)
    response.assertStatus(302)
    const created = await Guide.query()
      .where('title', 'Bestil eller forny pas')
      .whereNot('slug', 'pas-bestil')
      .firstOrFail()
    assert.equal(created.slug, 'bestil-eller-forny-pas')
    assert.equal(created.status, 'draft')
    assert.equal(created.currentVersion, 0)
  })

  test('preview shows the working copy as a chosen kommune with its supplement', async ({
    client,
    assert,
  }) => {
    const guide = await guideBySlug('pas-bestil')
    const user = await editor()
    await client
      .put(`/editorial/guides/${guide.id}`)
      .json(payload(guide, { summary: 'Kladdeteksten.' }))
      .loginAs(user)
      .withCsrfToken()
    const preview = await client
      .get(`/editorial/guides/${guide.id}/preview?kommune=330`)
      .loginAs(user)
      .withInertia()
    preview.assertInertiaComponent('knowledge/guide_preview')
    assert.equal(preview.inertiaProps.guide.content.summary, 'Kladdeteksten.')
    assert.include(preview.inertiaProps.guide.contact.email, 'slagelse.dk')
  })

  test('a step screenshot is stored through drive and served under /uploads', async ({
    client,
    assert,
  }) => {
    const guide = await guideBySlug('pas-bestil')
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
      'base64'
    )
    const response = await client
      .post(`/editorial/guides/${guide.id}/screenshots`)
      .file('screenshot', png, { filename: 'trin.png' })
      .loginAs(await editor())
      .withCsrfToken()
    response.assertStatus(200)
    const { path, url } = response.body()
    assert.match(path, new RegExp(`^screenshots/${guide.id}/.+\\.png$`))
    const served = await client.get(url)
    served.assertStatus(200)
    const stored = await readFile(new URL(`../../../tmp/test-uploads/${path}`, import.meta.url))
    assert.deepEqual(stored, png)

    const wrong = await client
      .post(`/editorial/guides/${guide.id}/screenshots`)
      .file('screenshot', Buffer.from('not an image'), { filename: 'virus.exe' })
      .loginAs(await editor())
      .withCsrfToken()
    wrong.assertStatus(422)
  })

  test('editors cannot open a kommune own article and admins cannot open national guides', async ({
    client,
  }) => {
    const own = await Guide.query().whereNotNull('kommune_id').firstOrFail()
    const asEditor = await client
      .get(`/editorial/guides/${own.id}/edit`)
      .loginAs(await editor())
      .withInertia()
    asEditor.assertStatus(404)
    const national = await guideBySlug('pas-bestil')
    const asAdmin = await client
      .get(`/admin/articles/${national.id}/edit`)
      .loginAs(await demoUser('admin@soroe.dk'))
      .withInertia()
    asAdmin.assertStatus(404)
  })
})
