import type { HttpContext } from '@adonisjs/core/http'
import Guide from '#models/guide'
import LocalSupplement from '#models/local_supplement'
import SaveSupplement from '#actions/knowledge/save_supplement'
import { auditRequest } from '#services/request_audit'
import { diffBetween } from '#knowledge/change_alerts'
import { supplementableGuide } from '#knowledge/national_guide_lookup'
import { mergedGuides } from '#knowledge/merged_guide_service'
import { supplementValidator } from '#validators/supplement_validator'
import { searchEvents } from '#search/search_events'
import { containsPattern } from '#support/like_pattern'
import { cprMaskedColumns } from '#privacy/masks_cpr'

/**
 * A kommune admin's local supplements to national guides: which guides
 * have local text, and the typed form for one of them.
 */
export default class SupplementsController {
  async index({ inertia, kommune, bouncer, request }: HttpContext) {
    await bouncer.with('KommunePolicy').authorize('administer', kommune!)
    const { q, filter } = request.qs()
    const query = Guide.query()
      .withScopes((scopes) => scopes.national(kommune!.country))
      .withScopes((scopes) => scopes.live())
      .where('kind', 'guide')
      .orderBy('title')
    if (typeof q === 'string' && q.trim()) query.where('title', 'like', containsPattern(q.trim()))
    const [guides, supplements] = await Promise.all([
      query,
      LocalSupplement.query().forKommune(kommune!.id),
    ])
    const byGuide = new Map(supplements.map((row) => [row.guideId, row]))
    const rows = guides
      .map((guide) => ({
        guideId: guide.id,
        title: guide.title,
        state: !byGuide.has(guide.id)
          ? 'none'
          : byGuide.get(guide.id)!.needsReview
            ? 'needs_review'
            : 'ok',
        updatedAt: byGuide.get(guide.id)?.updatedAt.toISO() ?? null,
      }))
      .filter((row) => !filter || row.state === filter)
    return inertia.render('admin/supplements', {
      rows,
      filters: { q: q ?? '', filter: filter ?? '' },
      counts: {
        total: guides.length,
        withText: supplements.length,
        needsReview: supplements.filter((row) => row.needsReview).length,
      },
    })
  }

  async edit({ inertia, kommune, bouncer, params, session }: HttpContext) {
    await bouncer.with('KommunePolicy').authorize('administer', kommune!)
    const guide = await supplementableGuide(kommune!, params.guide)
    const supplement = await this.#find(kommune!.id, guide.id)
    return inertia.render('admin/supplement_edit', {
      guide: await mergedGuides.findById(kommune!, guide.id, 'staff'),
      supplement: supplement
        ? {
            processText: supplement.processText,
            waitingTime: supplement.waitingTime,
            fees: supplement.fees,
            contact: supplement.contact,
            basedOnVersion: supplement.basedOnVersion,
            needsReview: supplement.needsReview,
          }
        : null,
      currentVersion: guide.currentVersion,
      diff: supplement?.needsReview
        ? await diffBetween(guide.id, supplement.basedOnVersion, guide.currentVersion)
        : [],
      cprMasked: session.flashMessages.get('cprMasked') === true,
    })
  }

  async update(ctx: HttpContext) {
    const { kommune, bouncer, params, request, auth, session, response, i18n } = ctx
    await bouncer.with('KommunePolicy').authorize('administer', kommune!)
    const guide = await supplementableGuide(kommune!, params.guide)
    const input = await request.validateUsing(supplementValidator)
    const supplement = await new SaveSupplement().handle(kommune!, guide, input, auth.user!.id)
    await searchEvents.kommuneChanged(kommune!.id)
    await auditRequest(ctx, 'supplement.saved', {
      subject: { type: 'guide', id: guide.id },
      meta: { basedOnVersion: guide.currentVersion },
    })
    session.flash('success', i18n.t('supplements.saved'))
    // Saved with a CPR number masked: the admin is told on the form.
    if (cprMaskedColumns(supplement).length) session.flash('cprMasked', true)
    return response.redirect(`/admin/supplements/${guide.id}`)
  }

  async confirm(ctx: HttpContext) {
    const { kommune, bouncer, params, auth, session, response, i18n } = ctx
    await bouncer.with('KommunePolicy').authorize('administer', kommune!)
    const guide = await supplementableGuide(kommune!, params.guide)
    const supplement = await this.#find(kommune!.id, guide.id)
    if (!supplement) return response.notFound()
    await new SaveSupplement().confirm(supplement, guide, auth.user!.id)
    await auditRequest(ctx, 'supplement.confirmed', {
      subject: { type: 'guide', id: guide.id },
      meta: { basedOnVersion: guide.currentVersion },
    })
    session.flash('success', i18n.t('supplements.confirmed'))
    return response.redirect().back()
  }

  #find(kommuneId: number, guideId: number) {
    return LocalSupplement.query().forKommune(kommuneId).where('guide_id', guideId).first()
  }
}
