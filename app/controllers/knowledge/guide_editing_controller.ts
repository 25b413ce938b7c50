import { DateTime } from 'luxon'
import type { HttpContext } from '@adonisjs/core/http'
import { randomUUID } from 'node:crypto'
import drive from '@adonisjs/drive/services/main'
import type Kommune from '#models/kommune'
import ServiceArea from '#models/service_area'
import CreateGuide from '#actions/knowledge/create_guide'
import GuideWorkflow, { OwnApprovalError } from '#actions/knowledge/guide_workflow'
import SaveGuide from '#actions/knowledge/save_guide'
import {
  findOwnedGuide,
  ownedGuides,
  publishedSnapshot,
  type GuideOwner,
} from '#knowledge/guide_owner'
import { mergedGuides } from '#knowledge/merged_guide_service'
import { searchEvents } from '#search/search_events'
import { toGuideEditorDto, toGuideRowDto, toServiceAreaDto } from '#transformers/guide_dto'
import { toKommuneDto } from '#transformers/account_dto'
import { containsPattern } from '#support/like_pattern'
import { cprMaskedColumns } from '#privacy/masks_cpr'
import { auditRequest } from '#services/request_audit'
import {
  createGuideValidator,
  publishGuideValidator,
  saveGuideValidator,
} from '#validators/guide_validator'
import type { CopyReview } from '#transformers/everyday_types'

const STATUSES = ['draft', 'review', 'published', 'archived'] as const

/**
 * Editing guides, shared by the national editors (national guides and FAQ)
 * and kommune admins (own articles). Subclasses say whose guides they work
 * on, who may, and where they live; everything else is the same flow.
 */
export default abstract class GuideEditingController {
  /** URL prefix of the surface, e.g. /editorial/guides. */
  protected abstract basePath: string
  protected abstract owner(ctx: HttpContext): GuideOwner
  protected abstract authorize(ctx: HttpContext): Promise<void>
  /** Kommuner the preview may show the guide as. */
  protected abstract previewKommuner(ctx: HttpContext): Promise<Kommune[]>

  async index(ctx: HttpContext) {
    await this.authorize(ctx)
    const { q, status, kind, area } = ctx.request.qs()
    const query = ownedGuides(this.owner(ctx)).orderBy('title')
    if (typeof q === 'string' && q.trim()) query.where('title', 'like', containsPattern(q.trim()))
    if (STATUSES.includes(status)) query.where('status', status)
    if (kind === 'guide' || kind === 'faq') query.where('kind', kind)
    if (typeof area === 'string' && area)
      query.whereHas('serviceArea', (areas) => areas.where('slug', area))
    const [guides, counts] = await Promise.all([query, this.#statusCounts(ctx)])
    return ctx.inertia.render('knowledge/guide_list', {
      basePath: this.basePath,
      surface: this.owner(ctx).type,
      guides: guides.map(toGuideRowDto),
      counts,
      filters: { q: q ?? '', status: status ?? '', kind: kind ?? '', area: area ?? '' },
      serviceAreas: await this.#areas(ctx),
    })
  }

  async store(ctx: HttpContext) {
    await this.authorize(ctx)
    const { title, kind } = await ctx.request.validateUsing(createGuideValidator)
    const guide = await new CreateGuide().handle(this.owner(ctx), {
      title,
      kind,
      userId: ctx.auth.user!.id,
    })
    return ctx.response.redirect(`${this.basePath}/${guide.id}/edit`)
  }

  async edit(ctx: HttpContext) {
    await this.authorize(ctx)
    const guide = await findOwnedGuide(this.owner(ctx), ctx.params.guide)
    const kommuner = await this.previewKommuner(ctx)
    return ctx.inertia.render('knowledge/guide_editor', {
      basePath: this.basePath,
      surface: this.owner(ctx).type,
      guide: toGuideEditorDto(guide, await publishedSnapshot(guide)),
      serviceAreas: await this.#areas(ctx),
      previewKommuner: kommuner.map(toKommuneDto),
      cprMasked: ctx.session.flashMessages.get('cprMasked') === true,
      copyReview: (ctx.session.flashMessages.get('copyReview') as CopyReview | undefined) ?? null,
      mayApprove: new GuideWorkflow().mayApprove(guide, ctx.auth.user!.id),
    })
  }

  async update(ctx: HttpContext) {
    await this.authorize(ctx)
    const guide = await findOwnedGuide(this.owner(ctx), ctx.params.guide)
    const { content, reviewDueAt } = await ctx.request.validateUsing(saveGuideValidator)
    await new SaveGuide().handle(guide, {
      content: { ...content, contact: content.contact ?? null },
      reviewDueAt:
        reviewDueAt === undefined ? undefined : reviewDueAt ? toUtcDate(reviewDueAt) : null,
      userId: ctx.auth.user!.id,
    })
    ctx.session.flash('success', ctx.i18n.t('guides.saved'))
    // The text was saved with a CPR number masked: the editor is told on the form.
    if (cprMaskedColumns(guide).length) ctx.session.flash('cprMasked', true)
    return ctx.response.redirect(`${this.basePath}/${guide.id}/edit`)
  }

  async submit(ctx: HttpContext) {
    return this.#step(
      ctx,
      (guide) => new GuideWorkflow().submit(guide, ctx.auth.user!.id),
      'guides.submitted'
    )
  }

  async reject(ctx: HttpContext) {
    return this.#step(ctx, (guide) => new GuideWorkflow().reject(guide), 'guides.rejected')
  }

  async archive(ctx: HttpContext) {
    return this.#step(ctx, (guide) => new GuideWorkflow().archive(guide), 'guides.archived')
  }

  async restore(ctx: HttpContext) {
    return this.#step(ctx, (guide) => new GuideWorkflow().restore(guide), 'guides.restored')
  }

  async publish(ctx: HttpContext) {
    const { changeNote } = await ctx.request.validateUsing(publishGuideValidator)
    return this.#step(
      ctx,
      async (guide) => {
        const published = await new GuideWorkflow().publish(
          guide,
          ctx.auth.user!.id,
          changeNote ?? null
        )
        await auditRequest(ctx, 'guide.published', {
          subject: { type: 'guide', id: guide.id },
          meta: { version: published.version, flaggedSupplements: published.flaggedSupplements },
          kommuneId: guide.kommuneId ?? null,
        })
      },
      'guides.published'
    )
  }

  async preview(ctx: HttpContext) {
    await this.authorize(ctx)
    const guide = await findOwnedGuide(this.owner(ctx), ctx.params.guide)
    const kommuner = await this.previewKommuner(ctx)
    const code = String(ctx.request.qs().kommune ?? kommuner[0]?.code ?? '')
    const kommune = kommuner.find((candidate) => candidate.code === code) ?? kommuner[0]
    const merged = kommune ? await mergedGuides.previewDraft(kommune, guide) : null
    return ctx.inertia.render('knowledge/guide_preview', {
      basePath: this.basePath,
      guideId: guide.id,
      guide: merged,
      kommune: kommune ? toKommuneDto(kommune) : null,
      previewKommuner: kommuner.map(toKommuneDto),
    })
  }

  /**
   * Stores a step screenshot through drive and answers its key; the editor
   * puts the key on the step and it is saved with the next draft save.
   */
  async uploadScreenshot(ctx: HttpContext) {
    await this.authorize(ctx)
    const guide = await findOwnedGuide(this.owner(ctx), ctx.params.guide)
    const file = ctx.request.file('screenshot', {
      size: '5mb',
      extnames: ['png', 'jpg', 'jpeg', 'webp'],
    })
    if (!file || !file.isValid) {
      return ctx.response.unprocessableEntity({
        errors: file?.errors ?? [{ message: 'screenshot is required' }],
      })
    }
    const key = `screenshots/${guide.id}/${randomUUID()}.${file.extname}`
    await file.moveToDisk(key)
    return { path: key, url: await drive.use().getUrl(key) }
  }

  async #step(ctx: HttpContext, run: (guide: any) => Promise<unknown>, message: string) {
    await this.authorize(ctx)
    const guide = await findOwnedGuide(this.owner(ctx), ctx.params.guide)
    try {
      await run(guide)
    } catch (error) {
      // Two pairs of eyes: told on the editor, not as an error page.
      if (!(error instanceof OwnApprovalError)) throw error
      ctx.session.flash('error', ctx.i18n.t('approval.own_refused'))
      return ctx.response.redirect(`${this.basePath}/${guide.id}/edit`)
    }
    // Readers' view may have changed (publish, archive, restore): re-index after commit.
    await searchEvents.guideChanged(guide.id)
    ctx.session.flash('success', ctx.i18n.t(message))
    return ctx.response.redirect(`${this.basePath}/${guide.id}/edit`)
  }

  async #statusCounts(ctx: HttpContext) {
    const rows = await ownedGuides(this.owner(ctx))
      .select('status')
      .count('* as total')
      .groupBy('status')
    const counts: Record<string, number> = { draft: 0, review: 0, published: 0, archived: 0 }
    for (const row of rows) counts[row.status] = Number(row.$extras.total)
    return counts
  }

  async #areas(ctx: HttpContext) {
    const areas = await ServiceArea.query().orderBy('name_da')
    return areas.map((area) => toServiceAreaDto(area, ctx.i18n.locale))
  }
}

function toUtcDate(date: Date) {
  return DateTime.fromJSDate(date, { zone: 'utc' })
}
