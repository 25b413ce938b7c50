import { randomBytes } from 'node:crypto'
import { test } from '@japa/runner'
import { Meilisearch } from 'meilisearch'
import MeilisearchEngine from '#search/drivers/meilisearch/meilisearch_engine'
import MeilisearchTaskError from '#search/drivers/meilisearch/meilisearch_task_error'
import type { SearchDocument, SearchQuery } from '#search/search_engine'
import {
  MEILISEARCH_SKIP_REASON,
  meilisearchTestsEnabled,
  sharedMeilisearch,
} from '#tests/helpers/meilisearch_server'

/**
 * What only the Meilisearch driver has to get right (the shared contract
 * suite covers behaviour both drivers share): the kommune filter on every
 * query, escaping of Meilisearch's highlights, failed tasks surfacing as
 * errors, and the atomic index swap. Runs against the real binary.
 */

function doc(
  overrides: Partial<SearchDocument> & { kommune: string; slug: string }
): SearchDocument {
  return {
    id: `${overrides.kommune}:${overrides.slug}`,
    guideId: 1,
    kind: 'guide',
    lang: 'da',
    serviceArea: 'pas-og-koerekort',
    title: 'Bestil nyt pas',
    summary: 'Sådan bestiller du et nyt pas i Borgerservice.',
    keywords: ['pas'],
    body: 'Mød op i Borgerservice med dit gamle pas.',
    citizenVisible: true,
    hasLocalText: false,
    ...overrides,
  }
}

async function engineWith(docs: SearchDocument[]) {
  const server = await sharedMeilisearch()
  const engine = new MeilisearchEngine({
    host: server.host,
    apiKey: server.key,
    indexPrefix: `t${randomBytes(4).toString('hex')}`,
  })
  await engine.init()
  if (docs.length) await engine.upsert(docs)
  return engine
}

/** A raw client, to look at the server behind the driver's back. */
async function rawClient() {
  const server = await sharedMeilisearch()
  return new Meilisearch({ host: server.host, apiKey: server.key })
}

async function dropIndexes(engine: MeilisearchEngine) {
  const client = await rawClient()
  const { results } = await client.getRawIndexes({ limit: 1000 })
  for (const index of results.filter((i) => i.uid.startsWith(engine.indexUid))) {
    await client.deleteIndex(index.uid).waitTask()
  }
  await engine.close()
}

const ids = (result: { hits: Array<{ id: string }> }) => result.hits.map((hit) => hit.id).sort()

async function totalOf(engine: MeilisearchEngine, query: SearchQuery) {
  const result = await engine.search(query)
  return result.total
}

async function hitsOf(engine: MeilisearchEngine, query: SearchQuery) {
  const result = await engine.search(query)
  return result.hits
}

if (!meilisearchTestsEnabled()) {
  test('Meilisearch driver').skip(true, MEILISEARCH_SKIP_REASON)
} else {
  test.group('Meilisearch driver', (group) => {
    group.tap((t) => t.timeout(60_000))

    test('a citizen finds only what their kommune offers citizens', async ({ assert, cleanup }) => {
      const engine = await engineWith([
        doc({ kommune: '340', slug: 'pas-bestil' }),
        doc({ kommune: '330', slug: 'pas-bestil' }),
        doc({ kommune: '340', slug: 'pas-hurtig', title: 'Hurtigt pas', citizenVisible: false }),
      ])
      cleanup(() => dropIndexes(engine))

      assert.deepEqual(ids(await engine.search({ q: 'pas', scope: { citizen: '340' } })), [
        '340:pas-bestil',
      ])
      assert.deepEqual(ids(await engine.search({ q: 'pas', scope: { staff: ['340'] } })), [
        '340:pas-bestil',
        '340:pas-hurtig',
      ])
      assert.deepEqual(ids(await engine.search({ q: 'pas', scope: { staff: 'all' } })), [
        '330:pas-bestil',
        '340:pas-bestil',
        '340:pas-hurtig',
      ])
      assert.deepEqual(ids(await engine.search({ q: 'pas', scope: { staff: [] } })), [])
      assert.deepEqual(ids(await engine.search({ q: 'pas', scope: { citizen: '999' } })), [])
    })

    test('kommune codes are quoted in filters, never spliced in', async ({ assert, cleanup }) => {
      const engine = await engineWith([doc({ kommune: '340', slug: 'pas-bestil' })])
      cleanup(() => dropIndexes(engine))

      for (const code of ['340" OR kommune != "x', '340\\', '" OR citizenVisible = false OR "']) {
        const result = await engine.search({ q: 'pas', scope: { citizen: code } })
        assert.equal(result.total, 0, code)
      }
    })

    test('staff distinct by guide: one hit per guide, with the kommuner that have local text', async ({
      assert,
      cleanup,
    }) => {
      const engine = await engineWith([
        doc({ kommune: '340', slug: 'pas-bestil', hasLocalText: true }),
        doc({ kommune: '330', slug: 'pas-bestil', hasLocalText: true }),
        doc({ kommune: '101', slug: 'pas-bestil' }),
        doc({ kommune: '101', slug: 'noedpas', title: 'Nødpas', keywords: ['pas', 'nødpas'] }),
      ])
      cleanup(() => dropIndexes(engine))

      const all = await engine.search({
        q: 'pas',
        scope: { staff: 'all', distinctByGuide: true },
        facets: ['kind'],
      })
      assert.equal(all.total, 2)
      assert.deepEqual(all.facets?.kind, { guide: 2 })
      const bySlug = Object.fromEntries(
        all.hits.map((hit) => [hit.slug, hit.kommunerWithLocalText])
      )
      assert.deepEqual(bySlug, { 'pas-bestil': ['330', '340'], 'noedpas': [] })

      const mine = await engine.search({
        q: 'pas',
        scope: { staff: ['340', '101'], distinctByGuide: true },
      })
      const mineBySlug = Object.fromEntries(
        mine.hits.map((hit) => [hit.slug, hit.kommunerWithLocalText])
      )
      assert.deepEqual(mineBySlug, { 'pas-bestil': ['340'], 'noedpas': [] })
    })

    test('filters, facets and exact totals across pages', async ({ assert, cleanup }) => {
      const docs = Array.from({ length: 23 }, (_, i) =>
        doc({
          kommune: '340',
          slug: `pas-${i}`,
          kind: i % 2 ? 'faq' : 'guide',
          serviceArea: i % 3 ? 'pas-og-koerekort' : null,
          lang: i === 0 ? 'sv' : 'da',
          title: `Pas nummer ${i}`,
        })
      )
      const engine = await engineWith(docs)
      cleanup(() => dropIndexes(engine))

      const faq = await engine.search({
        q: 'pas',
        scope: { citizen: '340' },
        filters: { kind: ['faq'] },
        facets: ['kind', 'serviceArea'],
      })
      assert.equal(faq.total, 11)
      assert.deepEqual(faq.facets, { kind: { faq: 11 }, serviceArea: { 'pas-og-koerekort': 7 } })
      assert.equal(
        await totalOf(engine, { q: 'pas', scope: { citizen: '340' }, filters: { lang: ['sv'] } }),
        1
      )
      assert.equal(
        await totalOf(engine, {
          q: 'pas',
          scope: { citizen: '340' },
          filters: { serviceArea: ['pas-og-koerekort'] },
        }),
        15
      )

      const everything = await engine.search({ q: 'pas', scope: { citizen: '340' }, limit: 50 })
      assert.equal(everything.total, 23)
      assert.lengthOf(everything.hits, 23)
      const window = await engine.search({
        q: 'pas',
        scope: { citizen: '340' },
        limit: 7,
        offset: 5,
      })
      assert.equal(window.total, 23)
      assert.deepEqual(
        window.hits.map((hit) => hit.id),
        everything.hits.slice(5, 12).map((hit) => hit.id)
      )
      const clamped = await engine.search({
        q: 'pas',
        scope: { citizen: '340' },
        limit: 500,
        offset: -3,
      })
      assert.lengthOf(clamped.hits, 23)
      assert.lengthOf(await hitsOf(engine, { q: 'pas', scope: { citizen: '340' } }), 10)
    })

    test('highlights are escaped; only <mark> reaches the page', async ({ assert, cleanup }) => {
      const engine = await engineWith([
        doc({
          kommune: '340',
          slug: 'xss',
          title: 'Pas <script>alert("x")</script> & \uE000fake\uE001',
          summary: `Pas <img src=x onerror=alert(1)> \uE001'quoted'\uE000`,
          body: '',
        }),
      ])
      cleanup(() => dropIndexes(engine))

      const [hit] = await hitsOf(engine, { q: 'pas', scope: { citizen: '340' } })
      assert.equal(
        hit.titleHighlighted,
        '<mark>Pas</mark> &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; fake'
      )
      assert.equal(
        hit.snippet,
        '<mark>Pas</mark> &lt;img src=x onerror=alert(1)&gt; &#39;quoted&#39;'
      )
      assert.equal(hit.title, 'Pas <script>alert("x")</script> & fake')
      for (const html of [hit.titleHighlighted, hit.snippet]) {
        assert.notMatch(html.replace(/<\/?mark>/g, ''), /[<>]/)
      }

      const [plain] = await hitsOf(engine, {
        q: 'pas',
        scope: { citizen: '340' },
        highlight: false,
      })
      assert.notInclude(plain.titleHighlighted, '<mark>')
      assert.notInclude(plain.snippet, '<mark>')
    })

    test('empty and stop-word-only queries find nothing instead of everything', async ({
      assert,
      cleanup,
    }) => {
      const engine = await engineWith([doc({ kommune: '340', slug: 'pas-bestil' })])
      cleanup(() => dropIndexes(engine))

      for (const q of ['', '   ', 'og i at', 'hvordan kan jeg', '?!', 'Og DET']) {
        assert.deepEqual(
          await engine.search({ q, scope: { citizen: '340' } }),
          { hits: [], total: 0 },
          q
        )
      }
      assert.equal(
        await totalOf(engine, { q: 'hvordan får jeg et pas', scope: { citizen: '340' } }),
        1
      )
    })

    test('synonym groups work in both directions', async ({ assert, cleanup }) => {
      const engine = await engineWith([
        doc({
          kommune: '340',
          slug: 'sundhedskort',
          title: 'Sundhedskort',
          keywords: [],
          summary: 'Bestil det',
          body: '',
        }),
        doc({
          kommune: '340',
          slug: 'gult',
          title: 'Det gule kort',
          keywords: [],
          summary: 'Bestil det',
          body: '',
        }),
      ])
      cleanup(() => dropIndexes(engine))

      await engine.setSynonyms([
        ['sundhedskort', 'sygesikringsbevis'],
        ['boligstøtte', 'boligsikring'],
      ])
      const found = await engine.search({ q: 'sygesikringsbevis', scope: { citizen: '340' } })
      assert.deepEqual(ids(found), ['340:sundhedskort'])
      await engine.upsert([
        doc({
          kommune: '340',
          slug: 'bevis',
          title: 'Sygesikringsbevis',
          keywords: [],
          summary: 'x',
          body: '',
        }),
      ])
      assert.deepEqual(ids(await engine.search({ q: 'sundhedskort', scope: { citizen: '340' } })), [
        '340:bevis',
        '340:sundhedskort',
      ])
      await engine.setSynonyms([])
      assert.deepEqual(
        ids(await engine.search({ q: 'sygesikringsbevis', scope: { citizen: '340' } })),
        ['340:bevis']
      )
    })

    test('a failed write surfaces as an error carrying the task error', async ({
      assert,
      cleanup,
    }) => {
      const engine = await engineWith([])
      cleanup(() => dropIndexes(engine))

      // Meilisearch document ids are at most 511 bytes: this one's encoded id is longer.
      const tooLong = doc({ kommune: '340', slug: 'x'.repeat(600) })
      try {
        await engine.upsert([tooLong])
        assert.fail('upsert should have failed')
      } catch (error) {
        assert.instanceOf(error, MeilisearchTaskError)
        assert.equal((error as MeilisearchTaskError).code, 'invalid_document_id')
        assert.match((error as Error).message, /failed: .*invalid_document_id/)
      }
      assert.equal(await engine.count(), 0)
    })

    test('remove, removeKommune, count and health', async ({ assert, cleanup }) => {
      const engine = await engineWith([
        doc({ kommune: '340', slug: 'a' }),
        doc({ kommune: '340', slug: 'b' }),
        doc({ kommune: '330', slug: 'a' }),
      ])
      cleanup(() => dropIndexes(engine))

      assert.equal(await engine.count(), 3)
      await engine.remove(['340:a', 'unknown:id'])
      assert.equal(await engine.count(), 2)
      await engine.removeKommune('330')
      assert.deepEqual(ids(await engine.search({ q: 'pas', scope: { staff: 'all' } })), ['340:b'])
      assert.deepEqual(await engine.health(), { ok: true, driver: 'meilisearch', documents: 1 })
      await assert.rejects(() => engine.remove(Array.from({ length: 10_001 }, (_, i) => `${i}`)))
    })

    test('health reports an unreachable server instead of throwing', async ({ assert }) => {
      const engine = new MeilisearchEngine({ host: 'http://127.0.0.1:9', indexPrefix: 'gone' })
      const health = await engine.health()
      await engine.close()
      assert.isFalse(health.ok)
      assert.equal(health.driver, 'meilisearch')
      assert.isString(health.message)
    })

    test('replaceAll swaps in the new set atomically and keeps synonyms', async ({
      assert,
      cleanup,
    }) => {
      const old = Array.from({ length: 30 }, (_, i) => doc({ kommune: '340', slug: `old-${i}` }))
      const engine = await engineWith(old)
      cleanup(() => dropIndexes(engine))
      await engine.setSynonyms([['pas', 'rejsedokument']])

      const next = Array.from({ length: 45 }, (_, i) => doc({ kommune: '340', slug: `new-${i}` }))
      const seen = new Set<number>()
      let replacing = true
      const watching = (async () => {
        while (replacing) {
          seen.add(await totalOf(engine, { q: 'pas', scope: { citizen: '340' } }))
        }
      })()
      const replaced = engine.replaceAll(next)
      // Issued mid-rebuild: must land in the new set, not vanish with the old one.
      const late = engine.upsert([doc({ kommune: '330', slug: 'late' })])
      await Promise.all([replaced, late])
      replacing = false
      await watching

      assert.isTrue(
        [...seen].every((total) => total === 30 || total === 45),
        [...seen].join(',')
      )
      assert.equal(await engine.count(), 46)
      const result = await engine.search({
        q: 'rejsedokument',
        scope: { citizen: '340' },
        limit: 50,
      })
      assert.equal(result.total, 45)
      assert.isTrue(result.hits.every((hit) => hit.slug.startsWith('new-')))

      const client = await rawClient()
      const { results } = await client.getRawIndexes({ limit: 1000 })
      assert.deepEqual(
        results.map((index) => index.uid).filter((uid) => uid.startsWith(engine.indexUid)),
        [engine.indexUid]
      )
    })
  })
}
