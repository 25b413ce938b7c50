import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import Guide from '#models/guide'
import SelfServiceLink from '#models/self_service_link'
import { checkLink, type CheckLinkOptions, type LinkCheckResult } from '#knowledge/link_checker'

export type SyncSummary = { created: number; renamed: number; deleted: number; total: number }

export type LinkUserDto = { id: number; title: string; kommune: string | null }

export type LinkDto = {
  id: number
  url: string
  name: string
  lastStatus: number | null
  redirectTo: string | null
  lastError: string | null
  /** null = never checked. */
  broken: boolean | null
  checkedAt: string | null
  usedBy: number
  guides: LinkUserDto[]
}

export type LinkOutcome = 'ok' | 'redirected' | 'broken'

export type CheckSummary = Record<LinkOutcome, number> & { total: number }

export type CheckAllOptions = CheckLinkOptions & {
  /** Requests in flight at once: polite to the sites, still quick. */
  concurrency?: number
  onChecked?: (event: {
    link: SelfServiceLink
    result: LinkCheckResult
    outcome: LinkOutcome
    done: number
    total: number
  }) => void
}

/** Column widths of self_service_links (see its migration). */
const MAX_NAME = 250
const MAX_TEXT = 500

/**
 * Makes the registry hold exactly one row per self-service URL that a guide
 * in use (any status but archived) points to. The name comes from the most
 * recently edited guide using the URL; check results of kept rows survive.
 */
export async function syncSelfServiceLinks(): Promise<SyncSummary> {
  const guides = await Guide.query()
    .select('id', 'content', 'updated_at')
    .whereNot('status', 'archived')
    .orderBy('updated_at', 'desc')
    .orderBy('id', 'desc')
  const names = new Map<string, string>()
  for (const guide of guides) {
    const url = guide.content.selfService?.url?.trim()
    if (url && url.length <= MAX_TEXT && !names.has(url)) {
      names.set(url, guide.content.selfService!.name.trim().slice(0, MAX_NAME) || url)
    }
  }

  return db.transaction(async (trx) => {
    const summary: SyncSummary = { created: 0, renamed: 0, deleted: 0, total: names.size }
    const existing = await SelfServiceLink.query({ client: trx })
    for (const link of existing) {
      const name = names.get(link.url)
      if (name === undefined) {
        await link.useTransaction(trx).delete()
        summary.deleted++
      } else if (link.name !== name) {
        await link.useTransaction(trx).merge({ name }).save()
        summary.renamed++
      }
    }
    const known = new Set(existing.map((link) => link.url))
    for (const [url, name] of names) {
      if (known.has(url)) continue
      await SelfServiceLink.create({ url, name, broken: null }, { client: trx })
      summary.created++
    }
    return summary
  })
}

/**
 * The registry for the editors: each URL with the guides using it, broken
 * ones first, then never checked, then fine; most used first within each.
 */
export async function listLinks(): Promise<LinkDto[]> {
  const links = await SelfServiceLink.all()
  const users = new Map<string, LinkUserDto[]>()
  if (links.length > 0) {
    const guides = await Guide.query()
      .select('id', 'title', 'self_service_url', 'kommune_id')
      .whereNot('status', 'archived')
      // A kommune's unpublished own articles are its own business, not the editors'.
      .where((scope) => scope.whereNull('kommune_id').orWhere('current_version', '>', 0))
      .whereIn(
        'self_service_url',
        links.map((link) => link.url)
      )
      .preload('kommune', (query) => query.select('id', 'name'))
      .orderBy('title')
    for (const guide of guides) {
      const list = users.get(guide.selfServiceUrl!) ?? []
      list.push({ id: guide.id, title: guide.title, kommune: guide.kommune?.name ?? null })
      users.set(guide.selfServiceUrl!, list)
    }
  }
  const rank = (broken: boolean | null) => (broken === true ? 0 : broken === null ? 1 : 2)
  return links
    .map((link) => {
      const guides = users.get(link.url) ?? []
      return {
        id: link.id,
        url: link.url,
        name: link.name,
        lastStatus: link.lastStatus,
        redirectTo: link.redirectTo,
        lastError: link.lastError,
        broken: link.broken,
        checkedAt: link.checkedAt?.toUTC().toISO() ?? null,
        usedBy: guides.length,
        guides,
      }
    })
    .sort(
      (a, b) => rank(a.broken) - rank(b.broken) || b.usedBy - a.usedBy || a.url.localeCompare(b.url)
    )
}

export function outcomeOf(result: Pick<LinkCheckResult, 'broken' | 'redirectTo'>): LinkOutcome {
  return result.broken ? 'broken' : result.redirectTo ? 'redirected' : 'ok'
}

/**
 * Checks every URL in the registry, a few at a time, and stores each
 * result as soon as it is known (a long run that dies keeps what it did).
 */
export async function checkStoredLinks(options: CheckAllOptions = {}): Promise<CheckSummary> {
  const { concurrency = 4, onChecked, ...checkOptions } = options
  const links = await SelfServiceLink.query().orderBy('url')
  const summary: CheckSummary = { total: links.length, ok: 0, redirected: 0, broken: 0 }
  let next = 0
  let done = 0

  const worker = async () => {
    while (next < links.length) {
      const link = links[next++]
      const result = await checkLink(link.url, checkOptions)
      link.merge({
        lastStatus: result.status,
        redirectTo: result.redirectTo?.slice(0, MAX_TEXT) ?? null,
        lastError: result.error?.slice(0, MAX_TEXT) ?? null,
        broken: result.broken,
        checkedAt: DateTime.utc(),
      })
      await link.save()
      const outcome = outcomeOf(result)
      summary[outcome]++
      onChecked?.({ link, result, outcome, done: ++done, total: links.length })
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, links.length) }, worker))
  return summary
}
