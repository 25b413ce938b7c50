import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import db from '@adonisjs/lucid/services/db'
import Guide from '#models/guide'
import Kommune from '#models/kommune'
import ServiceArea from '#models/service_area'
import { CorpusError, readRows, type CorpusIssue } from '#knowledge/corpus/corpus_reader'
import * as rows from '#knowledge/corpus/corpus_rows'
import {
  articleContent,
  faqContent,
  toContact,
  type CorpusArticle,
  type CorpusContact,
  type CorpusFaq,
} from '#knowledge/corpus/corpus_mapping'
import {
  upsertCanned,
  upsertGuide,
  upsertServiceArea,
  upsertSupplement,
  type Outcome,
  type UpsertContext,
} from '#knowledge/corpus/corpus_upserts'

export type { Outcome }
export type FileSummary = Record<Outcome, number>
export type ImportSummary = Record<string, FileSummary>
export type ImportProgress = (event: { file: string; done: number; total: number }) => void

export type ImportOptions = {
  onProgress?: ImportProgress
  /** Overwrite rows people have edited in Vejviser since they were imported. */
  force?: boolean
}

type Ctx = ImportOptions & UpsertContext

/**
 * Imports a corpus directory idempotently: rows are upserted by their
 * natural key, unchanged rows are skipped, and rows edited by people in
 * Vejviser are left alone unless `force`. Each file is validated completely
 * (shape and references) before its single transaction starts, so a bad
 * file changes nothing.
 */
export async function importCorpus(dir: string, options: ImportOptions = {}) {
  const summary: ImportSummary = {}
  const allKommuner = await Kommune.all()
  const kommuner = new Map(allKommuner.map((kommune) => [kommune.code, kommune]))

  const areas = await readRows<{ slug: string; name_da: string; name_en: string; name_sv: string }>(
    dir,
    'service_areas.json',
    rows.serviceAreaRow
  )
  summary['service_areas.json'] = await inFile('service_areas.json', areas, options, (ctx, row) =>
    upsertServiceArea(ctx, row)
  )
  const savedAreas = await ServiceArea.all()
  const areaIds = new Map(savedAreas.map((area) => [area.slug, area.id]))

  const alsoSay = await readAlsoSay(dir)
  const national = await readRows<CorpusArticle>(dir, 'guides.json', rows.nationalGuideRow)
  checkRefs('guides.json', national, (row) =>
    areaIds.has(row.service_area) ? null : ['service_area', row.service_area]
  )
  summary['guides.json'] = await inFile(
    'guides.json',
    national,
    options,
    (ctx, row) =>
      upsertGuide(
        ctx,
        {
          slug: row.slug,
          kommuneId: null,
          country: 'DK',
          kind: 'guide',
          lang: 'da',
          factsChecked: row.facts_checked,
        },
        { ...articleContent(row), alsoSay: alsoSay[row.slug] ?? [] }
      ),
    areaIds
  )

  const faq = await readRows<CorpusFaq>(dir, 'technical_faq.json', rows.faqRow)
  summary['technical_faq.json'] = await inFile(
    'technical_faq.json',
    faq,
    options,
    (ctx, row) =>
      upsertGuide(
        ctx,
        {
          slug: row.slug,
          kommuneId: null,
          country: 'DK',
          kind: 'faq',
          lang: 'da',
          factsChecked: false,
        },
        { ...faqContent(row), alsoSay: alsoSay[row.slug] ?? [] }
      ),
    areaIds
  )

  for (const file of ['own_articles.json', 'sweden/guides_sv.json']) {
    const own = await readRows<CorpusArticle>(dir, file, rows.ownArticleRow)
    checkRefs(file, own, (row) =>
      !kommuner.has(row.kommune_code!)
        ? ['kommune_code', row.kommune_code!]
        : areaIds.has(row.service_area)
          ? null
          : ['service_area', row.service_area]
    )
    summary[file] = await inFile(
      file,
      own,
      options,
      (ctx, row) => {
        const kommune = kommuner.get(row.kommune_code!)!
        return upsertGuide(
          ctx,
          {
            slug: row.slug,
            kommuneId: kommune.id,
            country: kommune.country,
            kind: 'guide',
            lang: row.lang ?? (kommune.country === 'SE' ? 'sv' : 'da'),
            factsChecked: row.facts_checked,
          },
          articleContent(row)
        )
      },
      areaIds
    )
  }

  const supplements = await readRows<{
    kommune_code: string
    guide_slug: string
    local_text: string
    contact: CorpusContact
  }>(dir, 'local_supplements.json', rows.supplementRow)
  const nationalRows = await Guide.query().whereNull('kommune_id')
  const nationalGuides = new Map(nationalRows.map((guide) => [guide.slug, guide]))
  checkRefs('local_supplements.json', supplements, (row) =>
    !kommuner.has(row.kommune_code)
      ? ['kommune_code', row.kommune_code]
      : nationalGuides.has(row.guide_slug)
        ? null
        : ['guide_slug', row.guide_slug]
  )
  summary['local_supplements.json'] = await inFile(
    'local_supplements.json',
    supplements,
    options,
    (ctx, row) =>
      upsertSupplement(
        ctx,
        kommuner.get(row.kommune_code)!.id,
        nationalGuides.get(row.guide_slug)!,
        row.local_text,
        toContact(row.contact)
      )
  )

  const canned = await readRows<{ code: string; title: string; text: string; tags: string[] }>(
    dir,
    'canned_responses.json',
    rows.cannedResponseRow
  )
  summary['canned_responses.json'] = await inFile(
    'canned_responses.json',
    canned,
    options,
    (ctx, row) => upsertCanned(ctx, row)
  )
  return summary
}

/** Runs one file's rows in one transaction, counting outcomes and reporting progress. */
async function inFile<T>(
  file: string,
  items: T[],
  options: ImportOptions,
  upsert: (ctx: Ctx, row: T) => Promise<Outcome>,
  areas = new Map<string, number>()
): Promise<FileSummary> {
  const counts: FileSummary = { created: 0, updated: 0, skipped: 0 }
  await db.transaction(async (trx) => {
    const ctx: Ctx = { ...options, trx, areas }
    for (const [index, row] of items.entries()) {
      counts[await upsert(ctx, row)]++
      options.onProgress?.({ file, done: index + 1, total: items.length })
    }
  })
  return counts
}

/** Fails the file before any write when a row points at something that does not exist. */
function checkRefs<T>(file: string, items: T[], missing: (row: T) => [string, string] | null) {
  const issues: CorpusIssue[] = []
  items.forEach((row, index) => {
    const problem = missing(row)
    if (problem)
      issues.push({
        file,
        index,
        field: problem[0],
        message: `unknown ${problem[0]} "${problem[1]}"`,
      })
  })
  if (issues.length) throw new CorpusError(issues)
}

/**
 * "Citizens also say" phrases per guide slug (also_say.json, optional):
 * written from each guide's content and everyday Danish, kept apart from
 * guides.json so the national text and the search phrases change apart.
 */
async function readAlsoSay(dir: string): Promise<Record<string, string[]>> {
  try {
    const text = await readFile(join(dir, 'also_say.json'), 'utf8')
    return JSON.parse(text) as Record<string, string[]>
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {}
    throw error
  }
}
