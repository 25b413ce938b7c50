import type Kommune from '#models/kommune'
import { portalPages, type RenderedPage } from '#portal/portal_pages'
import { portalView, type PortalView } from '#portal/portal_view'
import { portalLang, translator, type PortalLang } from '#portal/portal_locale'
import { guidePage } from '#portal/page_specs'
import type { CitizenGuide } from '#portal/citizen_guide_dto'

/** A guide page request's context for the contact forms. */
export type ReachContext = {
  view: PortalView
  guide: CitizenGuide
  lang: PortalLang
  t: ReturnType<typeof translator>
}

export async function reachContext(
  kommune: Kommune,
  slug: string,
  requestedLang: unknown
): Promise<ReachContext | null> {
  const view = await portalView(kommune)
  const guide = view.guides.get(slug)
  if (!guide) return null
  const lang = portalLang(view.kommune, requestedLang)
  return { view, guide, lang, t: translator(lang) }
}

/** The guide page again, with the form's error and what the citizen typed (not cached). */
export function guideWithError(
  context: ReachContext,
  formName: 'callback' | 'share',
  errorKey: string,
  old: Record<string, unknown>
): Promise<RenderedPage> {
  const spec = guidePage(context.view, context.t, context.guide.slug)!
  return portalPages.render(context.view, context.lang, {
    ...spec,
    state: { ...spec.state, formName, formError: context.t(errorKey), old },
  })
}

/** "Thank you" after a callback request or a sent page. */
export function donePage(
  context: ReachContext,
  what: 'callback' | 'share',
  data: Record<string, string> = {}
) {
  const { t, guide } = context
  return portalPages.render(context.view, context.lang, {
    template: 'done',
    title: `${t(`done_${what}`)} – ${context.view.kommune.name}`,
    description: guide.title,
    path: `/vejledning/${guide.slug}`,
    state: { guide, heading: t(`done_${what}`), message: t(`done_${what}_text`, data) },
  })
}
