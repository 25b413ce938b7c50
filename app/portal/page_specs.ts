import type { PageSpec } from '#portal/portal_pages'
import type { PortalView } from '#portal/portal_view'
import type { translator } from '#portal/portal_locale'

type T = ReturnType<typeof translator>

/** What each citizen page shows: template, title, description and path. */
export function homePage(view: PortalView, t: T): PageSpec {
  const name = view.kommune.name
  return {
    template: 'home',
    title: t('site_title', { kommune: name }),
    description: t('intro'),
    path: '',
  }
}

export function areaPage(view: PortalView, t: T, slug: string): PageSpec | null {
  const area = view.areas.find((candidate) => candidate.slug === slug)
  if (!area) return null
  return {
    template: 'area',
    title: `${area.name} – ${view.kommune.name}`,
    description: t('area_intro', { area: area.name, kommune: view.kommune.name }),
    path: `/omraade/${area.slug}`,
    state: { area },
  }
}

export function guidePage(view: PortalView, _t: T, slug: string): PageSpec | null {
  const guide = view.guides.get(slug)
  if (!guide) return null
  return {
    template: 'guide',
    title: `${guide.title} – ${view.kommune.name}`,
    description: guide.citizen.intro || guide.summary,
    path: `/vejledning/${guide.slug}`,
    state: { guide },
  }
}

export function articlesPage(view: PortalView, t: T): PageSpec {
  const name = view.kommune.name
  return {
    template: 'list',
    title: t('own_articles', { kommune: name }),
    description: t('articles_intro', { kommune: name }),
    path: '/artikler',
    state: { heading: t('own_articles', { kommune: name }), links: view.ownArticles },
  }
}

export function faqPage(view: PortalView, t: T): PageSpec {
  return {
    template: 'list',
    title: `${t('faq')} – ${view.kommune.name}`,
    description: t('faq_intro'),
    path: '/faq',
    state: { heading: t('faq'), links: view.faq },
  }
}

export function accessibilityPage(view: PortalView, t: T): PageSpec {
  return {
    template: 'accessibility',
    title: `${t('accessibility')} – ${view.kommune.name}`,
    description: t('accessibility'),
    path: '/tilgaengelighed',
  }
}
