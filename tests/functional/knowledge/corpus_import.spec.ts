import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from '@japa/runner'
import Guide from '#models/guide'
import { CORPUS_DIR } from '#database/demo/corpus'
import { CorpusError } from '#knowledge/corpus/corpus_reader'
import { importCorpus } from '#knowledge/corpus/import_corpus'
import { isolateEachTest } from '#tests/helpers/transactions'

async function corpusCopy() {
  const dir = await mkdtemp(join(tmpdir(), 'vejviser-corpus-'))
  await cp(CORPUS_DIR, dir, { recursive: true })
  return dir
}

async function editJson(file: string, change: (rows: any[]) => void) {
  const rows = JSON.parse(await readFile(file, 'utf8'))
  change(rows)
  await writeFile(file, JSON.stringify(rows))
}

test.group('Knowledge base: corpus import', (group) => {
  isolateEachTest(group)

  test('re-importing an unchanged corpus skips everything', async ({ assert }) => {
    const summary = await importCorpus(CORPUS_DIR)
    for (const [file, counts] of Object.entries(summary)) {
      assert.deepEqual(
        { created: counts.created, updated: counts.updated },
        { created: 0, updated: 0 },
        file
      )
    }
    assert.equal(summary['guides.json'].skipped, 80)
  })

  test('a changed guide is updated and published as a new version', async ({ assert }) => {
    const dir = await corpusCopy()
    await editJson(join(dir, 'guides.json'), (rows) => (rows[0].summary = 'Ny opsummering.'))
    const summary = await importCorpus(dir)
    assert.deepEqual(summary['guides.json'], { created: 0, updated: 1, skipped: 79 })
    const guide = await Guide.findByOrFail('slug', 'pas-bestil')
    assert.equal(guide.currentVersion, 2)
  })

  test('a bad row names file, index and field, and nothing of the file is written', async ({
    assert,
  }) => {
    const dir = await corpusCopy()
    await editJson(join(dir, 'guides.json'), (rows) => {
      rows[0].summary = 'Skal ikke gemmes.'
      rows[3].guidance = []
      rows[5].self_service = { name: 'x', url: 'ikke en url' }
    })
    const error = await importCorpus(dir).catch((caught) => caught)
    assert.instanceOf(error, CorpusError)
    const issues = (error as CorpusError).issues.map(
      (issue) => `${issue.file}[${issue.index}].${issue.field}`
    )
    assert.deepEqual(issues, ['guides.json[3].guidance', 'guides.json[5].self_service.url'])
    const guide = await Guide.findByOrFail('slug', 'pas-bestil')
    assert.notEqual(guide.content.summary, 'Skal ikke gemmes.')
  })

  test('an unknown reference is refused before any write', async ({ assert }) => {
    const dir = await corpusCopy()
    await editJson(
      join(dir, 'local_supplements.json'),
      (rows) => (rows[2].guide_slug = 'findes-ikke')
    )
    const error = await importCorpus(dir).catch((caught) => caught)
    assert.instanceOf(error, CorpusError)
    assert.match(
      (error as CorpusError).message,
      /local_supplements\.json\[2\]\.guide_slug: unknown guide_slug "findes-ikke"/
    )
  })

  test('a guide edited in Vejviser is not overwritten by a re-import', async ({ assert }) => {
    const guide = await Guide.findByOrFail('slug', 'pas-bestil')
    guide.merge({ updatedBy: 1, content: { ...guide.content, summary: 'Redigeret i Vejviser.' } })
    await guide.save()
    const dir = await corpusCopy()
    await editJson(join(dir, 'guides.json'), (rows) => (rows[0].summary = 'Fra korpus.'))
    const summary = await importCorpus(dir)
    assert.equal(summary['guides.json'].updated, 0)
    await guide.refresh()
    assert.equal(guide.content.summary, 'Redigeret i Vejviser.')
  })
})
