import type { HttpContext } from '@adonisjs/core/http'
import GuideVersion from '#models/guide_version'
import { diffGuideContent } from '#knowledge/guide_diff'
import { findOwnedGuide, type GuideOwner } from '#knowledge/guide_owner'
import { CORPUS_IMPORT_NOTE } from '#knowledge/corpus/corpus_upserts'

/**
 * A guide's version history and a readable diff between any two versions
 * (`?from=2&to=5`; by default the previous against the latest).
 */
export default class GuideVersionsController {
  async national(ctx: HttpContext) {
    await ctx.bouncer.with('NationalContentPolicy').authorize('edit')
    return this.#render(ctx, { type: 'national', country: 'DK' }, '/editorial/guides')
  }

  async own(ctx: HttpContext) {
    await ctx.bouncer.with('KommunePolicy').authorize('administer', ctx.kommune!)
    return this.#render(ctx, { type: 'kommune', kommune: ctx.kommune! }, '/admin/articles')
  }

  async #render(ctx: HttpContext, owner: GuideOwner, basePath: string) {
    const guide = await findOwnedGuide(owner, ctx.params.guide)
    const versions = await GuideVersion.query()
      .where('guide_id', guide.id)
      .preload('publisher')
      .orderBy('version', 'desc')
    const latest = versions[0]?.version ?? 0
    const to = clampVersion(ctx.request.qs().to, latest, latest)
    const from = clampVersion(ctx.request.qs().from, Math.max(1, to - 1), latest)
    const byNumber = new Map(versions.map((version) => [version.version, version]))
    const before = byNumber.get(from)
    const after = byNumber.get(to)
    return ctx.inertia.render('knowledge/guide_versions', {
      basePath,
      guide: { id: guide.id, title: guide.title, currentVersion: guide.currentVersion },
      versions: versions.map((version) => ({
        version: version.version,
        publishedAt: version.publishedAt.toISO()!,
        publishedBy: version.publisher?.fullName ?? null,
        changeNote:
          version.changeNote === CORPUS_IMPORT_NOTE
            ? ctx.i18n.t('alert_notes.corpus_import')
            : version.changeNote,
      })),
      from,
      to,
      diff: before && after && from !== to ? diffGuideContent(before.snapshot, after.snapshot) : [],
    })
  }
}

function clampVersion(value: unknown, fallback: number, latest: number) {
  const number = Number(value)
  return Number.isInteger(number) && number >= 1 && number <= latest ? number : fallback
}
