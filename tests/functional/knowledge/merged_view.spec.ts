import { test } from '@japa/runner'
import Guide from '#models/guide'
import LocalSupplement from '#models/local_supplement'
import ServiceArea from '#models/service_area'
import ServicePolicy from '#models/service_policy'
import { mergedGuides } from '#knowledge/merged_guide_service'
import { kommuneByCode, SLAGELSE, SOROE } from '#tests/helpers/accounts'
import { editAndPublish, guideBySlug } from '#tests/helpers/knowledge'
import { isolateEachTest } from '#tests/helpers/transactions'

const KRISTINEHAMN = '1781'

test.group('Knowledge base: corpus and merged view', (group) => {
  isolateEachTest(group)

  test('the whole corpus is imported', async ({ assert }) => {
    const count = async (query: ReturnType<typeof Guide.query>) => {
      const rows = await query.count('* as total')
      return Number((rows[0] as Guide).$extras.total)
    }
    assert.equal(await count(Guide.query().whereNull('kommune_id').where('kind', 'guide')), 80)
    assert.equal(await count(Guide.query().whereNull('kommune_id').where('kind', 'faq')), 15)
    assert.equal(await count(Guide.query().whereNotNull('kommune_id').where('country', 'DK')), 24)
    assert.equal(await count(Guide.query().whereNotNull('kommune_id').where('country', 'SE')), 8)
    const supplements = await LocalSupplement.query().count('* as total')
    assert.equal(Number(supplements[0].$extras.total), 156)
    const unpublished = await Guide.query().where('current_version', 0)
    assert.lengthOf(unpublished, 0)
  })

  test('each kommune sees the national text with its own supplement', async ({ assert }) => {
    const soroe = await mergedGuides.find(await kommuneByCode(SOROE), 'pas-bestil', 'citizen')
    const slagelse = await mergedGuides.find(await kommuneByCode(SLAGELSE), 'pas-bestil', 'citizen')
    assert.equal(soroe!.content.title, slagelse!.content.title)
    assert.include(soroe!.contact!.email!, 'soroe.dk')
    assert.include(slagelse!.contact!.email!, 'slagelse.dk')
    assert.notEqual(soroe!.local!.processText, slagelse!.local!.processText)
  })

  test('a kommune without a supplement gets the national text and no contact', async ({
    assert,
  }) => {
    const koebenhavn = await kommuneByCode('101')
    const guide = await mergedGuides.find(koebenhavn, 'pas-bestil', 'citizen')
    assert.isNotNull(guide)
    assert.isNull(guide!.local)
    assert.isNull(guide!.contact)
  })

  test('Danish national content never reaches a Swedish kommune', async ({ assert }) => {
    const kristinehamn = await kommuneByCode(KRISTINEHAMN)
    const all = await mergedGuides.list(kristinehamn, 'citizen')
    assert.lengthOf(all, 8)
    assert.isTrue(all.every((guide) => guide.lang === 'sv' && guide.owner.type === 'own'))
    assert.isNull(await mergedGuides.find(kristinehamn, 'pas-bestil', 'staff'))
    assert.isNull(await mergedGuides.find(kristinehamn, 'faq-mitid-app-godkender-ikke', 'staff'))
  })

  test('an own article is visible to its kommune only', async ({ assert }) => {
    const own = await Guide.query()
      .whereNotNull('kommune_id')
      .preload('kommune')
      .where('country', 'DK')
      .firstOrFail()
    const owner = own.kommune
    const other = await kommuneByCode(owner.code === SOROE ? SLAGELSE : SOROE)
    assert.isNotNull(await mergedGuides.find(owner, own.slug, 'citizen'))
    assert.isNull(await mergedGuides.find(other, own.slug, 'staff'))
  })

  test('readers see the published version, not the working copy', async ({ assert }) => {
    const guide = await guideBySlug('pas-bestil')
    guide.content = { ...guide.content, title: 'Kladde – ikke udgivet' }
    await guide.save()
    const merged = await mergedGuides.find(await kommuneByCode(SOROE), 'pas-bestil', 'citizen')
    assert.equal(merged!.content.title, 'Bestil eller forny pas')
  })

  test('publishing raises needs review on exactly the supplements built on older versions', async ({
    assert,
  }) => {
    const guide = await guideBySlug('pas-bestil')
    const before = await LocalSupplement.query().where('guide_id', guide.id)
    assert.isAbove(before.length, 0)
    assert.isTrue(before.every((row) => !row.needsReview))
    const other = await guideBySlug('noedpas')
    const result = await editAndPublish('pas-bestil', (content) => ({
      ...content,
      guidance: [...content.guidance, 'Nyt råd'],
    }))
    assert.equal(result.version, 2)
    assert.equal(result.flaggedSupplements, before.length)
    const after = await LocalSupplement.query().where('guide_id', guide.id)
    assert.isTrue(after.every((row) => row.needsReview && row.basedOnVersion === 1))
    const untouched = await LocalSupplement.query()
      .where('guide_id', other.id)
      .where('needs_review', 1)
    assert.lengthOf(untouched, 0)
  })

  test('a service area the kommune does not serve is hidden from citizens, flagged for staff', async ({
    assert,
  }) => {
    const soroe = await kommuneByCode(SOROE)
    const area = await ServiceArea.findByOrFail('slug', 'pas-og-koerekort')
    await ServicePolicy.create({
      kommuneId: soroe.id,
      serviceAreaId: area.id,
      served: false,
      channels: [],
      staffScript: 'Henvis til Slagelse.',
    })
    assert.isNull(await mergedGuides.find(soroe, 'pas-bestil', 'citizen'))
    const staffView = await mergedGuides.find(soroe, 'pas-bestil', 'staff')
    assert.isFalse(staffView!.served)
    assert.equal(staffView!.staffScript, 'Henvis til Slagelse.')
    const slagelse = await kommuneByCode(SLAGELSE)
    assert.isNotNull(await mergedGuides.find(slagelse, 'pas-bestil', 'citizen'))
  })

  test("the kommune's contact fills the referral's placeholders", async ({ assert }) => {
    await editAndPublish('pas-bestil', (content) => ({
      ...content,
      referral: {
        unit: '{enhed}',
        note: 'Ring til {enhed} på {telefon} i {kommune} Kommune. {ukendt}',
      },
    }))
    const merged = await mergedGuides.find(await kommuneByCode(SOROE), 'pas-bestil', 'citizen')
    const contact = merged!.contact!
    assert.equal(merged!.content.referral!.unit, contact.unit)
    assert.equal(
      merged!.content.referral!.note,
      `Ring til ${contact.unit} på ${contact.phone} i Sorø Kommune. {ukendt}`
    )
  })

  test('which kommuner have local text for a guide', async ({ assert }) => {
    const list = await mergedGuides.kommunerWithLocalText(await guideBySlug('pas-bestil'))
    assert.includeMembers(
      list.map((row) => row.code),
      [SOROE, SLAGELSE]
    )
    assert.isTrue(list.every((row) => row.kind === 'supplement'))
  })
})
